"""Where someone works gives them rights in every programme that works with that
organisation: a local authority's people see its toolkit exercises, a trial's team from its
lead organisation lead it, a partner from an agency changes its contributions. So an officer
of one programme may not name, when inviting someone or on the People page, an organisation
that works only with another programme (nor a local authority no programme works with):
they would give that person rights over the other programme's records. Tested on the demo,
with a programme of its own whose officer has no part in the demo's."""

import pytest
from django.urls import reverse

from accounts.models import Invitation, Organisation, Role, User
from accounts.people import services
from accounts.tests.factories import OrganisationFactory, UserFactory
from directory.people import plan_people
from evaluation.models import PartnerContribution
from fieldtrials.models import FieldTrial
from fieldtrials.tests.factories import FieldTrialFactory, FieldTrialMembershipFactory
from nextpractice.testing.demo import load_demo
from programmes.models import Programme
from programmes.tests.factories import (
    ProgrammeFactory,
    ProgrammeMembershipFactory,
    ProjectFactory,
)
from toolkit.models import Exercise

pytestmark = pytest.mark.django_db

REFUSED = "works with other programmes, not with Welcome Programme"


@pytest.fixture
def demo():
    load_demo()


@pytest.fixture
def welcome(demo):
    """Programme A: a programme of its own, with a project, an officer and a member (Pat)."""
    programme = ProgrammeFactory(name="Welcome Programme")
    ProjectFactory(programme=programme, title="Welcome Project")
    officer = UserFactory(full_name="Wendy Welcome")
    ProgrammeMembershipFactory(programme=programme, user=officer, role=Role.OFFICER)
    pat = UserFactory(full_name="Pat Parker", email="pat@example.org")
    ProgrammeMembershipFactory(programme=programme, user=pat, role=Role.PARTNER)
    return programme, officer, pat


def organisation(name):
    return Organisation.objects.get(name=name)


def knowsleys_exercise():
    return Exercise.objects.filter(local_authority__name="Knowsley").earliest("pk")


def people_url(programme):
    return reverse("people:people", args=["programme", programme.pk])


def change_url(programme, person):
    return reverse("people:change_organisation", args=["programme", programme.pk, person.pk])


def test_inviting_someone_as_knowsleys_would_open_knowsleys_exercises_so_it_is_refused(
    client, welcome
):
    programme, officer, _ = welcome
    exercise = knowsleys_exercise()
    client.force_login(officer)
    invite = reverse("people:invite", args=["programme", programme.pk])
    response = client.post(
        invite,
        {"email": "sam@example.org", "organisation": "Knowsley", "role": Role.PARTNER},
    )
    # Refused beside the organisation, with what they typed kept, and nobody invited.
    assert response.status_code == 400
    page = response.content.decode()
    assert f"Knowsley {REFUSED}" in page
    assert 'href="#id_organisation"' in page
    assert 'value="sam@example.org"' in page
    assert not Invitation.objects.filter(email="sam@example.org").exists()
    # Had it been sent and accepted, Sam would read the authority's exercises.
    sam = UserFactory(email="sam@example.org", organisation=organisation("Knowsley"))
    client.force_login(sam)
    assert client.get(exercise.get_absolute_url()).status_code == 200


def test_an_officer_may_not_make_a_member_knowsleys_on_the_people_page(client, welcome):
    programme, officer, pat = welcome
    exercise = knowsleys_exercise()
    client.force_login(pat)
    assert client.get(exercise.get_absolute_url()).status_code == 404
    client.force_login(officer)
    response = client.post(change_url(programme, pat), {"organisation": "Knowsley"})
    assert response.status_code == 400
    assert f"Knowsley {REFUSED}" in response.content.decode()
    pat.refresh_from_db()
    assert pat.organisation is None
    client.force_login(pat)
    assert client.get(exercise.get_absolute_url()).status_code == 404
    with pytest.raises(services.OrganisationRefused):
        services.change_organisation(
            target=programme, user=pat, organisation=organisation("Knowsley"), actor=officer
        )


def test_nor_the_lead_school_of_another_programmes_trial(client, welcome):
    """Pat is also on a demo trial (Stevenage's), added by its officers: named its lead
    organisation's by the Welcome Programme's officer, Pat would lead it and invite to it."""
    programme, officer, pat = welcome
    stevenage = FieldTrial.objects.get(title="Stevenage: A Learning Town")
    FieldTrialMembershipFactory(field_trial=stevenage, user=pat, role=Role.PRACTITIONER)
    invite = reverse("people:invite", args=["field-trial", stevenage.pk])
    client.force_login(pat)
    assert client.get(invite).status_code == 403
    client.force_login(officer)
    lead = stevenage.lead_organisation
    response = client.post(change_url(programme, pat), {"organisation": lead.name})
    assert response.status_code == 400
    assert f"{lead.name} {REFUSED}" in response.content.decode()
    pat.refresh_from_db()
    assert pat.organisation is None
    client.force_login(pat)
    assert client.get(invite).status_code == 403
    # What it would have given: named its lead's (by an administrator), Pat invites.
    User.objects.filter(pk=pat.pk).update(organisation=lead)
    assert client.get(invite).status_code == 200


def test_nor_a_partner_agency_of_another_programme(client, welcome):
    """Pat is also a partner of the Knowsley Innovation Zone from NCSL, added by its officers:
    named Microsoft's by the Welcome Programme's officer, Pat would change Microsoft's
    contribution to the zone."""
    programme, officer, pat = welcome
    zone = Programme.objects.get(name="Knowsley Innovation Zone")
    ncsl = organisation("National College for School Leadership (NCSL)")
    User.objects.filter(pk=pat.pk).update(organisation=ncsl)
    ProgrammeMembershipFactory(programme=zone, user=pat, role=Role.PARTNER)
    microsofts = PartnerContribution.objects.get(programme=zone, organisation__name="Microsoft")
    edit = reverse("records:edit", args=["evaluation", "contribution", microsofts.pk])
    client.force_login(pat)
    assert client.get(edit).status_code == 403
    client.force_login(officer)
    response = client.post(change_url(programme, pat), {"organisation": "Microsoft"})
    assert response.status_code == 400
    assert f"Microsoft {REFUSED}" in response.content.decode()
    pat.refresh_from_db()
    assert pat.organisation == ncsl
    client.force_login(pat)
    assert client.get(edit).status_code == 403
    # What it would have given: named Microsoft's (by an administrator), Pat changes it.
    User.objects.filter(pk=pat.pk).update(organisation=organisation("Microsoft"))
    assert client.get(edit).status_code == 200


def test_nor_in_a_file_of_people(welcome):
    programme, officer, _ = welcome
    rows = [
        (2, {"email": "sam@example.org", "organisation": "Knowsley", "where": programme.name,
             "role": "partner"}),
    ]  # fmt: skip
    plan = plan_people(programme=programme, rows=rows, actor=officer)
    assert not plan.invite
    [(line, problem)] = plan.problems
    assert line == 2 and problem.startswith(f"Knowsley {REFUSED}.")


def test_an_organisation_working_with_their_programme_or_with_none_may_be_named(client, welcome):
    programme, officer, pat = welcome
    school = OrganisationFactory(name="Ash Grove School", kind=Organisation.Kind.SCHOOL)
    client.force_login(officer)
    # A school no programme works with yet: as when inviting someone new.
    response = client.post(change_url(programme, pat), {"organisation": "Ash Grove School"})
    assert response.status_code == 302
    pat.refresh_from_db()
    assert pat.organisation == school
    # Knowsley, once a trial of the programme is in its area.
    FieldTrialFactory(project=programme.projects.get(), local_authority=organisation("Knowsley"))
    response = client.post(change_url(programme, pat), {"organisation": "Knowsley"})
    assert response.status_code == 302
    pat.refresh_from_db()
    assert pat.organisation.name == "Knowsley"
    assert "Pat Parker&#x27;s organisation is now Knowsley." in (
        client.get(people_url(programme)).content.decode()
    )


def test_a_local_authority_no_programme_works_with_is_refused_too(client, welcome):
    """Its people see its exercises without being on any team: an officer names it only once
    their programme works with it."""
    programme, officer, pat = welcome
    OrganisationFactory(name="Rutland", kind=Organisation.Kind.LOCAL_AUTHORITY)
    client.force_login(officer)
    response = client.post(change_url(programme, pat), {"organisation": "Rutland"})
    assert response.status_code == 400
    assert "Rutland is a local authority that Welcome Programme does not work with yet" in (
        response.content.decode()
    )


def test_an_administrator_names_any(client, welcome):
    programme, _, pat = welcome
    admin = UserFactory(is_staff=True, is_superuser=True)
    client.force_login(admin)
    response = client.post(change_url(programme, pat), {"organisation": "Knowsley"})
    assert response.status_code == 302
    pat.refresh_from_db()
    assert pat.organisation.name == "Knowsley"
