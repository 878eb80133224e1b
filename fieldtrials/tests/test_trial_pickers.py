"""The trial edit form's pickers: people only from the trial's programme, organisations
typed with suggestions rather than listed, at any number of organisations."""

import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils.html import escape

from accounts.models import Organisation, Role
from accounts.tests.factories import OrganisationFactory, UserFactory
from fieldtrials.tests.factories import FieldTrialMembershipFactory


def edit_url(trial):
    return reverse("fieldtrials:fieldtrial_edit", args=[trial.pk])


def details(trial, **changes):
    """The edit form as the page posts it, with `changes`."""
    form = {
        "title": trial.title, "summary": "", "locality": "", "trigger": "", "plan": "",
        "start_date": "", "end_date": "", "version": str(trial.version),
        "lead_organisation": "", "local_authority": "", "add_participating": "",
        "consultant": "",
    }  # fmt: skip
    return {**form, **changes}


@pytest.fixture
def olive(world):
    """A consultant of another programme (Onyx), whom Quartz's people have never met."""
    olive = UserFactory(full_name="Olive Onyxconsultant")
    FieldTrialMembershipFactory(field_trial=world.onyx_trial, user=olive, role=Role.CONSULTANT)
    return olive


def test_the_consultant_picker_names_no_one_from_another_programme(client, world, olive):
    client.force_login(world.users["officer"])
    body = client.get(edit_url(world.coral)).content.decode()
    assert "Olive Onyxconsultant" not in body


def test_a_consultant_of_another_programme_cannot_be_chosen(client, world, olive):
    client.force_login(world.users["officer"])
    response = client.post(edit_url(world.coral), details(world.coral, consultant=olive.email))
    assert response.status_code == 400
    assert "only members of this programme can be chosen" in response.content.decode()
    response = client.post(
        edit_url(world.coral),
        details(world.coral, consultant=olive.full_name, consultant_choice=olive.pk),
    )
    assert response.status_code == 400
    world.coral.refresh_from_db()
    assert world.coral.consultant_id is None


def test_the_programmes_consultant_is_chosen_by_name_without_javascript(client, world, olive):
    client.force_login(world.users["officer"])
    response = client.post(edit_url(world.coral), details(world.coral, consultant="consultant p"))
    assert response.status_code == 302
    world.coral.refresh_from_db()
    assert world.coral.consultant == world.users["consultant"]
    body = client.get(edit_url(world.coral)).content.decode()
    assert 'value="Consultant Person"' in body  # shown by name when the form opens again
    search = reverse("programmes:programme_people_search", args=[world.quartz.pk])
    assert f'data-np-autocomplete="{search}?role=consultant"' in body


def test_organisations_are_typed_and_participants_added_one_by_one(client, world):
    la = OrganisationFactory(name="Hertfordshire", kind=Organisation.Kind.LOCAL_AUTHORITY)
    school = OrganisationFactory(name="Barclay School", urn="117520", local_authority=la)
    OrganisationFactory(name="Barclay School", kind=Organisation.Kind.TRUST)
    client.force_login(world.users["officer"])
    trial = world.coral
    post = details(
        trial, lead_organisation="117520", local_authority="hertfordshire",
        add_participating="Barclay School", add_participating_choice=school.pk,
    )  # fmt: skip
    assert client.post(edit_url(trial), post).status_code == 302
    trial.refresh_from_db()
    assert (trial.lead_organisation, trial.local_authority) == (school, la)
    assert list(trial.participating_organisations.all()) == [school]
    # Ticked participants stay; the local authority field offers local authorities only.
    post = details(trial, participating=[school.pk], local_authority="Barclay School")
    response = client.post(edit_url(trial), post)
    assert response.status_code == 400
    # Named as what it is, not "No organisation is called ‘Barclay School’".
    assert "Barclay School is a school, not a local authority." in response.text


def test_an_ambiguous_lead_organisation_is_refused_with_the_choices_named(client, world):
    OrganisationFactory(name="Barclay School", urn="117520")
    OrganisationFactory(name="Barclay School", kind=Organisation.Kind.TRUST)
    client.force_login(world.users["officer"])
    response = client.post(edit_url(world.coral), details(world.coral, lead_organisation="barclay"))
    body = response.content.decode()
    assert response.status_code == 400
    assert 'href="#id_lead_organisation"' in body
    assert "Barclay School (School, URN 117520); Barclay School (Trust)" in body


@pytest.mark.parametrize("persona", ["officer", "leader"])
def test_the_edit_page_costs_the_same_for_10_and_200_organisations(
    client, world, persona, django_assert_num_queries
):
    la = OrganisationFactory(name="Kent", kind=Organisation.Kind.LOCAL_AUTHORITY)
    trial = world.coral
    trial.local_authority = la
    trial.lead_organisation = OrganisationFactory(local_authority=la)
    trial.consultant = world.users["consultant"]
    trial.save()
    trial.participating_organisations.set(OrganisationFactory.create_batch(3, local_authority=la))
    OrganisationFactory.create_batch(5, local_authority=la)
    client.force_login(world.users[persona])
    with CaptureQueriesContext(connection) as small:
        small_size = len(client.get(edit_url(trial)).content)
    OrganisationFactory.create_batch(190, local_authority=la)
    with django_assert_num_queries(len(small.captured_queries)):
        response = client.get(edit_url(trial))
    assert response.status_code == 200
    assert abs(len(response.content) - small_size) < 20
    body = response.content.decode()
    assert body.count('name="participating"') == 3
    # Each organisation taking part starts ticked, and the chosen ones are named in their boxes.
    assert body.count('name="participating" class="govuk-checkboxes__input"') == 3
    assert len(re.findall(r'name="participating"[^>]*checked', body)) == 3
    # The lead organisation is the officers' to choose: the team sees it named, not boxed.
    lead = trial.lead_organisation.name
    assert (f'value="{lead}"' in body) == (persona == "officer")
    assert lead in body
    assert 'value="Kent"' in body


def test_without_javascript_several_organisations_are_added_in_one_save(client, world):
    """The box takes several names or URNs with semicolons between them; those ticked stay."""
    alder = OrganisationFactory(name="Alder School")
    birchwood = OrganisationFactory(name="Birchwood Lane Primary School", urn="117520")
    anne = OrganisationFactory(name="St Anne's CE Primary School")
    trial = world.coral
    trial.participating_organisations.set([alder])
    client.force_login(world.users["officer"])
    typed = " 117520 ;st anne's ce primary school; ; Alder School"
    post = details(trial, participating=[alder.pk], add_participating=typed)
    assert client.post(edit_url(trial), post).status_code == 302
    assert set(trial.participating_organisations.all()) == {alder, birchwood, anne}


def test_each_name_that_means_no_one_organisation_is_said_and_nothing_is_saved(client, world):
    OrganisationFactory(name="Birchwood Lane Primary School")
    OrganisationFactory(name="St Anne's CE Primary School")
    OrganisationFactory(name="St Anne's RC Primary School")
    trial = world.coral
    client.force_login(world.users["officer"])
    typed = "Birchwood Lane Primary School; St Anne's; Hebden Royd"
    response = client.post(edit_url(trial), details(trial, add_participating=typed))
    assert response.status_code == 400
    body = response.content.decode()
    assert "More than one organisation matches ‘St Anne&#x27;s’" in body
    assert "No organisation is called ‘Hebden Royd’" in body
    assert f'value="{escape(typed)}"' in body  # kept, to put right
    assert not trial.participating_organisations.exists()


def test_organisations_ticked_on_the_page_before_the_save_are_added(client, world):
    """With JavaScript, each organisation picked becomes a ticked box in the list (its id,
    not taking part yet); shown again with a problem, the page keeps it ticked."""
    alder = OrganisationFactory(name="Alder School")
    anne = OrganisationFactory(name="St Anne's CE Primary School")
    birchwood = OrganisationFactory(name="Birchwood Lane Primary School")
    trial = world.coral
    trial.participating_organisations.set([alder])
    client.force_login(world.users["officer"])
    ticked = [alder.pk, anne.pk, birchwood.pk]
    response = client.post(edit_url(trial), details(trial, participating=ticked, end_date="x"))
    assert response.status_code == 400
    boxes = re.findall(r'name="participating"[^>]*value="(\d+)" checked', response.text)
    assert boxes == [str(alder.pk), str(birchwood.pk), str(anne.pk)]
    assert "St Anne&#x27;s CE Primary School</label>" in response.text
    assert client.post(edit_url(trial), details(trial, participating=ticked)).status_code == 302
    assert set(trial.participating_organisations.all()) == {alder, anne, birchwood}
    # An id that is no organisation is refused, as before.
    trial.refresh_from_db()
    post = details(trial, participating=[alder.pk, 10**9])
    assert client.post(edit_url(trial), post).status_code == 400


def _history(client, trial):
    url = reverse("fieldtrials:fieldtrial_history", args=[trial.pk])
    return client.get(url).content.decode().split('id="history"')[1]


def test_the_lead_organisations_local_authority_is_filled_in_when_none_is_given(client, world):
    """A lead organisation the directory places in a local authority ("School, Cumbria")
    left "Local authority" empty (tester L): it is filled in, and the history says from
    where."""
    cumbria = OrganisationFactory(name="Cumbria", kind=Organisation.Kind.LOCAL_AUTHORITY)
    school = OrganisationFactory(name="Meadowbank Primary School", local_authority=cumbria)
    client.force_login(world.users["officer"])
    trial = world.coral
    post = details(
        trial, lead_organisation="Meadowbank Primary School", lead_organisation_choice=school.pk
    )
    assert client.post(edit_url(trial), post).status_code == 302
    trial.refresh_from_db()
    assert (trial.lead_organisation, trial.local_authority) == (school, cumbria)
    assert (
        "Local authority: set to Cumbria (filled in from the lead organisation, "
        "Meadowbank Primary School)" in _history(client, trial)
    )
    assert 'value="Cumbria"' in client.get(edit_url(trial)).content.decode()


def test_a_local_authority_chosen_is_kept_whatever_the_lead_organisations(client, world):
    cumbria = OrganisationFactory(name="Cumbria", kind=Organisation.Kind.LOCAL_AUTHORITY)
    OrganisationFactory(name="Lancashire", kind=Organisation.Kind.LOCAL_AUTHORITY)
    OrganisationFactory(name="Meadowbank Primary School", local_authority=cumbria)
    client.force_login(world.users["officer"])
    trial = world.coral
    post = details(trial, lead_organisation="Meadowbank", local_authority="Lancashire")
    assert client.post(edit_url(trial), post).status_code == 302
    trial.refresh_from_db()
    assert trial.local_authority.name == "Lancashire"
    history = _history(client, trial)
    assert "Local authority: set to Lancashire" in history and "filled in" not in history
    # Taken off on purpose, with the same lead, it is not put back.
    post = details(trial, lead_organisation="Meadowbank")
    assert client.post(edit_url(trial), post).status_code == 302
    trial.refresh_from_db()
    assert trial.local_authority is None
    # A local authority mistyped is said beside its box, not replaced by the lead's.
    post = details(trial, lead_organisation="Meadowbank", local_authority="Cumbrai")
    response = client.post(edit_url(trial), post)
    assert response.status_code == 400 and 'href="#id_local_authority"' in response.text
    trial.refresh_from_db()
    assert trial.local_authority is None
