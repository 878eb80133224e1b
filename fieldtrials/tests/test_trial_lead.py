"""A trial's lead organisation is the project's officers' to set: its staff on the trial lead
it (fieldtrials.rules.leads_trial: they invite people), so its team, who keep its other
details, may not make their own school its lead, on the page or through the service."""

import pytest
from django.core.exceptions import PermissionDenied
from django.urls import reverse

from accounts.tests.factories import OrganisationFactory
from fieldtrials.services.trial import DETAIL_FIELDS, update_trial_details
from fieldtrials.tests.test_trial_pickers import details, edit_url

pytestmark = pytest.mark.django_db

SET_BY_OFFICERS = "Set by the programme officers"


@pytest.fixture
def school(world):
    """The leader's own school, not Coral's lead: Coral is led by Ash Academy."""
    world.coral.lead_organisation.name = "Ash Academy"
    world.coral.lead_organisation.save()
    school = OrganisationFactory(name="Birch Primary School", urn="654321")
    world.users["leader"].organisation = school
    world.users["leader"].save()
    return school


def invite_url(trial):
    return reverse("people:invite", args=["field-trial", trial.pk])


@pytest.mark.parametrize("persona", ["leader", "consultant"])
def test_the_team_sees_the_lead_organisation_as_set_by_the_officers(client, world, persona):
    client.force_login(world.users[persona])
    body = client.get(edit_url(world.coral)).content.decode()
    assert 'name="lead_organisation"' not in body
    assert world.coral.lead_organisation.name in body
    assert SET_BY_OFFICERS in body
    assert 'name="title"' in body and 'name="plan"' in body  # the rest is theirs


@pytest.mark.parametrize("persona", ["officer", "admin"])
def test_the_officers_and_administrators_choose_it_on_the_page(client, world, persona):
    client.force_login(world.users[persona])
    body = client.get(edit_url(world.coral)).content.decode()
    assert 'name="lead_organisation"' in body
    assert f'value="{world.coral.lead_organisation.name}"' in body
    assert SET_BY_OFFICERS not in body


def test_a_lead_organisation_posted_by_the_team_changes_nothing_of_it(client, world, school):
    """A forged post (or an old page) naming their own school saves the rest of the details
    and leaves the lead organisation, so the leader gains no right to invite people."""
    coral, leader = world.coral, world.users["leader"]
    lead = coral.lead_organisation
    client.force_login(leader)
    post = details(
        coral, plan="Joint timetable by March.", lead_organisation="654321",
        lead_organisation_choice=school.pk,
    )  # fmt: skip
    assert client.post(edit_url(coral), post).status_code == 302
    coral.refresh_from_db()
    assert coral.plan == "Joint timetable by March."
    assert coral.lead_organisation == lead
    assert client.get(invite_url(coral)).status_code == 403
    body = client.get(edit_url(coral)).content.decode()
    assert "Ash Academy" in body and SET_BY_OFFICERS in body


def test_the_service_refuses_the_team_a_new_lead_organisation(world, school):
    coral = world.coral
    current = {name: getattr(coral, name) for name in DETAIL_FIELDS}
    for who in ("leader", "consultant"):
        with pytest.raises(PermissionDenied):
            update_trial_details(
                trial=coral, actor=world.users[who], based_on_version=coral.version,
                participating=[], domains=[], **{**current, "lead_organisation": school},
            )  # fmt: skip
    coral.refresh_from_db()
    assert coral.lead_organisation.name == "Ash Academy"


def test_the_officer_makes_the_leaders_school_the_lead_and_the_leader_invites(
    client, world, school
):
    coral = world.coral
    client.force_login(world.users["leader"])
    assert client.get(invite_url(coral)).status_code == 403
    client.force_login(world.users["officer"])
    post = details(coral, lead_organisation="654321", lead_organisation_choice=school.pk)
    assert client.post(edit_url(coral), post).status_code == 302
    coral.refresh_from_db()
    assert coral.lead_organisation == school
    client.force_login(world.users["leader"])
    assert client.get(invite_url(coral)).status_code == 200
    body = client.get(edit_url(coral)).content.decode()
    assert "Birch Primary School" in body and SET_BY_OFFICERS in body
