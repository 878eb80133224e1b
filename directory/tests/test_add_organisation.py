"""Adding an organisation the directory lacks, by hand: who may, the check for one already
here under another form of its name ("is it one of them?"), a URN already used refused
beside its field, the event naming who added it, and the links to the page."""

import pytest
from django.urls import reverse

from accounts.models import Event, Organisation
from accounts.tests.factories import OrganisationFactory
from nextpractice.testing.fixtures import PERSONAS

pytestmark = pytest.mark.django_db
ADD = reverse("directory:organisation_create")
Kind = Organisation.Kind


@pytest.fixture
def officer(client, world):
    client.force_login(world.users["officer"])
    return world.users["officer"]


def answers(**given):
    return {"name": "", "kind": "", "urn": "", "local_authority": "", "not_these": ""} | given


def test_programme_officers_and_administrators_may_add_and_nobody_else(world):
    allowed = {
        persona
        for persona in PERSONAS
        if persona != "anonymous" and world.users[persona].has_perm("directory.add_organisation")
    }
    assert allowed == {"officer", "admin"}


def test_staff_who_are_not_superusers_may_add(world):
    from accounts.tests.factories import UserFactory

    assert UserFactory(is_staff=True).has_perm("directory.add_organisation")


def test_an_officer_adds_a_school_in_its_local_authority_and_the_event_names_them(client, officer):
    calderdale = OrganisationFactory(name="Calderdale Council", kind=Kind.LOCAL_AUTHORITY)
    response = client.post(
        ADD,
        answers(
            name="  Hebden Royd  Free School ",
            kind=Kind.SCHOOL,
            urn=" 149999 ",
            local_authority="calderdale",
        ),
    )
    added = Organisation.objects.get(urn="149999")
    assert response.status_code == 302 and response.url == added.get_absolute_url()
    assert added.name == "Hebden Royd Free School" and added.kind == Kind.SCHOOL
    assert added.local_authority == calderdale
    event = Event.objects.get(verb="directory.organisation_added")
    assert event.actor == officer and event.target_name == "Hebden Royd Free School"
    page = client.get(response.url).content.decode()
    assert "Hebden Royd Free School has been added to the directory." in page


def test_added_from_an_organisation_boxs_link_it_says_to_go_back_to_the_form(client, officer):
    """The "Not in the directory? Add …" link under an organisation box opens this form in a
    new tab (?from=picker): once added, the page says to close that tab and go back, through
    the "is it one of them?" round too; added from anywhere else, it says what was added."""
    back = "You can close this tab and go back to the form you were filling in"
    form = client.get(ADD, {"name": "Hebden Royd", "from": "picker"}).content.decode()
    assert '<input type="hidden" name="from_picker" value="True"' in form
    OrganisationFactory(name="Hebden Royd Academy", kind=Kind.SCHOOL)
    seen = client.post(ADD, answers(name="Hebden Royd", kind=Kind.SCHOOL, from_picker="True"))
    assert seen.status_code == 200 and 'name="from_picker" value="True"' in seen.content.decode()
    confirmed = seen.context["form"]["not_these"].value()
    response = client.post(
        ADD,
        answers(name="Hebden Royd", kind=Kind.SCHOOL, from_picker="True", not_these=confirmed),
        follow=True,
    )
    page = response.content.decode()
    assert (
        "Organisation added. You can close this tab and go back to the form you were filling "
        "in; type its name in the organisation box."
    ) in page
    assert "has been added to the directory" not in page

    plain = client.get(ADD, {"name": "Todmorden"}).content.decode()
    assert 'name="from_picker" value="True"' not in plain
    response = client.post(ADD, answers(name="Todmorden High", kind=Kind.SCHOOL), follow=True)
    page = response.content.decode()
    assert "Todmorden High has been added to the directory." in page and back not in page


@pytest.mark.parametrize(
    "here, typed",
    [
        ("Calderdale Council", "Calderdale"),
        ("Calderdale", "Calderdale Council"),
        ("Royal Borough of Kingston upon Thames", "Kingston upon Thames"),
        ("Kingston upon Thames", "Royal Borough of Kingston upon Thames"),
        ("Café Academy", "Cafe Academy"),
        ("Cafe Academy", "Café Academy"),
        # A local authority's name as the register writes it.
        ("Durham", "County Durham"),
        ("Durham County Council", "County Durham"),
        ("County Durham", "Durham"),
    ],
)
def test_one_already_here_under_another_form_of_its_name_is_shown_before_adding(
    client, officer, here, typed
):
    existing = OrganisationFactory(name=here, kind=Kind.LOCAL_AUTHORITY)
    before = Organisation.objects.count()
    response = client.post(ADD, answers(name=typed, kind=Kind.LOCAL_AUTHORITY))
    assert response.status_code == 200
    page = response.content.decode()
    assert "These already exist — is it one of them?" in page
    # An alert, which GOV.UK Frontend focuses as the page loads: a keyboard or screen reader
    # user hears it, as they hear an error summary.
    assert 'role="alert" aria-labelledby="close-title"' in page
    assert reverse("directory:organisation_detail", args=[existing.pk]) in page
    assert "It is none of these: add it" in page
    assert Organisation.objects.count() == before  # nothing added yet
    # The same answers sent again, marked as seen: none of these, so it is added.
    confirmed = response.context["form"]["not_these"].value()
    assert confirmed
    response = client.post(ADD, answers(name=typed, kind=Kind.LOCAL_AUTHORITY, not_these=confirmed))
    assert response.status_code == 302
    assert Organisation.objects.filter(name=typed).exists()
    assert Event.objects.filter(verb="directory.organisation_added").count() == 1


def test_a_name_changed_after_the_check_is_checked_again(client, officer):
    OrganisationFactory(name="Calderdale Council", kind=Kind.LOCAL_AUTHORITY)
    OrganisationFactory(name="Kirklees Council", kind=Kind.LOCAL_AUTHORITY)
    seen = client.post(ADD, answers(name="Calderdale", kind=Kind.LOCAL_AUTHORITY))
    confirmed = seen.context["form"]["not_these"].value()
    response = client.post(
        ADD, answers(name="Kirklees", kind=Kind.LOCAL_AUTHORITY, not_these=confirmed)
    )
    assert response.status_code == 200
    assert "These already exist — is it one of them?" in response.content.decode()
    assert not Organisation.objects.filter(name="Kirklees").exists()


def test_a_urn_already_used_is_refused_beside_its_field(client, officer):
    OrganisationFactory(name="St Anne's Primary School", urn="123456")
    before = Organisation.objects.count()
    response = client.post(ADD, answers(name="St Anne's", kind=Kind.SCHOOL, urn="123456"))
    assert response.status_code == 400
    form = response.context["form"]
    assert form.errors["urn"] == [
        "St Anne's Primary School already has URN 123456: it is in the directory"
    ]
    page = response.content.decode()
    assert "govuk-error-summary" in page and 'href="#id_urn"' in page
    assert Organisation.objects.count() == before


def test_a_urn_is_checked_as_the_directory_checks_it_and_the_kind_is_needed(client, officer):
    response = client.post(ADD, answers(name="New Academy", urn="12AB"))
    assert response.status_code == 400
    errors = response.context["form"].errors
    assert errors["urn"] == ["A URN is six or seven digits."]
    assert errors["kind"] == ["Choose the kind of organisation"]
    assert not Organisation.objects.filter(name="New Academy").exists()


def test_a_urn_copied_with_a_space_is_read_without_it(client, officer):
    data = answers(name="Hazel Primary", kind=Kind.SCHOOL, urn=" 1234 56 ", not_these="x")
    response = client.post(ADD, data)
    assert response.status_code == 302, response.context["form"].errors
    assert Organisation.objects.get(name="Hazel Primary").urn == "123456"


@pytest.mark.parametrize("typed", ["１２３４５６", "١٢٣٤٥٦"])
def test_a_urn_in_other_digits_is_read_as_the_number_it_is(client, officer, typed):
    # Full-width and Arabic-Indic digits passed "\\d": "123456" was kept twice.
    OrganisationFactory(name="St Anne's Primary School", urn="123456")
    response = client.post(ADD, answers(name="St Anne's", kind=Kind.SCHOOL, urn=typed))
    assert response.status_code == 400
    assert response.context["form"].errors["urn"] == [
        "St Anne's Primary School already has URN 123456: it is in the directory"
    ]
    data = answers(name="Hazel Primary", kind=Kind.SCHOOL, urn="１２３４５６７", not_these="x")
    assert client.post(ADD, data).status_code == 302
    assert Organisation.objects.get(name="Hazel Primary").urn == "1234567"


def test_the_directory_keeps_a_urn_only_in_digits_0_to_9(db):
    from django.core.exceptions import ValidationError

    for urn in ("１２３４５６", "١٢٣٤٥٦٧"):
        with pytest.raises(ValidationError):
            OrganisationFactory.build(name="Odd digits", urn=urn).full_clean()


def test_the_same_name_and_kind_is_refused(client, officer):
    OrganisationFactory(name="Ash Tree Trust", kind=Kind.TRUST)
    before = Organisation.objects.count()
    response = client.post(ADD, answers(name="ash tree trust", kind=Kind.TRUST, not_these="x"))
    assert response.status_code == 400
    assert "already in the directory" in response.context["form"].errors["name"][0]
    assert Organisation.objects.count() == before


def test_the_name_typed_in_a_box_is_offered_on_the_page(client, officer):
    page = client.get(ADD, {"name": "  Hebden Royd Free School "}).content.decode()
    assert 'value="Hebden Royd Free School"' in page
    # The local authority is typed with suggestions, never a list of every organisation.
    assert "<select" in page and page.count("<option") == len(Kind.choices) + 1


def test_the_search_box_offers_adding_to_those_who_may(client, world):
    search = reverse("accounts:organisation_search")
    client.force_login(world.users["officer"])
    assert client.get(search, {"q": "Nowhere"}).json()["add_url"] == ADD
    OrganisationFactory(name="Nowhere Academy")
    assert "add_url" not in client.get(search, {"q": "Nowhere"}).json()  # one matches
    client.force_login(world.users["admin"])
    assert client.get(search, {"q": "Elsewhere"}).json()["add_url"] == ADD
    client.force_login(world.users["leader"])
    assert "add_url" not in client.get(search, {"q": "Nowhere"}).json()


def test_the_programme_people_page_links_to_adding(client, world):
    # Only the programme's officers and administrators open it, and they may add.
    people = reverse("people:people", args=["programme", world.objects["quartz"].pk])
    client.force_login(world.users["officer"])
    assert f'href="{ADD}"' in client.get(people).content.decode()


def test_administrators_are_led_to_the_register_import_from_here_and_their_home_page(client, world):
    """The import from Get Information About Schools was reachable only through the Django
    admin: an administrator finds it on the adding page and their home page; an officer,
    who may not import, is not offered it."""
    imports = reverse("directory:import_create")
    link = f'<a class="govuk-link" href="{imports}">Import schools from Get Information About'
    client.force_login(world.users["admin"])
    assert link in client.get(ADD).content.decode()
    assert link in client.get(reverse("home")).content.decode()
    assert client.get(imports).status_code == 200
    client.force_login(world.users["officer"])
    assert client.get(ADD).status_code == 200
    assert imports not in client.get(ADD).content.decode()
    assert imports not in client.get(reverse("home")).content.decode()


def test_a_partner_agency_added_from_the_project_forms_box_is_one_the_box_finds(client):
    """On a new install, "Not in the directory? Add …" under a project's Partner agency box
    offered every kind: a "Trust" added there was never found by the box, which then said no
    organisation had that name. The link carries the box's kinds, the form offers only those
    and says why, the box's hint names them, and a trust typed there is said to be one."""
    from django.utils.html import escape

    from programmes.tests.factories import ProgrammeFactory, ProgrammeMembershipFactory

    programme = ProgrammeFactory()
    officer = ProgrammeMembershipFactory(programme=programme, role="officer").user
    client.force_login(officer)
    create = reverse("programmes:project_create", args=[programme.pk])
    form = client.get(create).content.decode()
    assert (
        escape("It must be a national agency, a local authority or a research body: start typing")
        in form
    )
    source = str(client.get(create).context["form"].fields["partner_agency"].source)
    assert f'data-np-autocomplete="{escape(source)}"' in form
    found = client.get(f"{source}&q=Shire+Rural").json()
    kinds = "kind=national_agency&kind=local_authority&kind=research_body"
    assert found["results"] == [] and found["add_url"] == f"{ADD}?{kinds}"

    page = client.get(f"{ADD}?{kinds}&name=Shire+Rural+Trust&from=picker")
    offered = [value for value, _ in page.context["form"].fields["kind"].choices]
    assert offered == ["", Kind.NATIONAL_AGENCY, Kind.LOCAL_AUTHORITY, Kind.RESEARCH_BODY]
    body = page.content.decode()
    assert (
        escape(
            "The box you came from takes only a national agency, a local authority or a research "
            "body: the directory can hold other kinds, but that box would not find them"
        )
        in body
    )
    only = "national_agency,local_authority,research_body"
    # A kind not offered is refused beside the field, nothing added.
    refused = client.post(
        ADD, answers(name="Shire Rural Trust", kind=Kind.TRUST, only_kinds=only, not_these="x")
    )
    assert refused.status_code == 400
    assert refused.context["form"].errors["kind"] == ["Choose one of the kinds listed"]
    assert not Organisation.objects.filter(name="Shire Rural Trust").exists()
    added = client.post(
        ADD,
        answers(name="Shire Rural Trust", kind=Kind.RESEARCH_BODY, only_kinds=only, not_these="x"),
    )
    assert added.status_code == 302
    # The box finds it now.
    assert [r["label"] for r in client.get(f"{source}&q=Shire+Rural").json()["results"]] == [
        "Shire Rural Trust"
    ]

    # One of another kind is named as one, with a full stop.
    OrganisationFactory(name="Moor Learning Trust", kind=Kind.TRUST)
    response = client.post(
        create,
        {
            "title": "Rural schools",
            "partner_agency": "Moor Learning Trust",
            "start_date": "1/1/2030",
            "planned_duration_months": "18",
        },
    )
    assert response.status_code == 400
    assert response.context["form"].errors["partner_agency"] == [
        "Moor Learning Trust is a trust: a partner agency must be a national agency, a local "
        "authority or a research body."
    ]


def test_the_add_form_for_a_box_of_one_kind_has_that_kind_chosen(client, officer):
    page = client.get(ADD, {"kind": "local_authority", "name": "Calderdale"})
    assert page.context["form"]["kind"].value() == Kind.LOCAL_AUTHORITY
    assert '<option value="local_authority" selected>' in page.content.decode()
    # A kind that is none is left out: every kind is offered.
    page = client.get(ADD, {"kind": "pirates"})
    assert len(page.context["form"].fields["kind"].choices) == len(Kind.choices) + 1
