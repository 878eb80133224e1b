import pytest
from django.urls import reverse

from accounts.models import Role
from accounts.tests.factories import OrganisationFactory
from fieldtrials.tests.factories import FieldTrialFactory, FieldTrialMembershipFactory


def test_a_trial_page_shows_its_organisations_and_team(client, world):
    client.force_login(world.users["leader"])
    page = client.get(reverse("fieldtrials:fieldtrial_detail", args=[world.coral.pk]))
    body = page.content.decode()
    assert page.status_code == 200
    assert "Coral Trial" in body and "Leader Person" in body and "Consultant Person" in body
    # the leader may not open the project page, so it is named but not linked
    assert reverse("programmes:project_detail", args=[world.amber.pk]) not in body


@pytest.mark.parametrize("size", [5, 50])
def test_a_trial_page_costs_the_same_queries_for_5_and_50_organisations_and_members(
    client, django_assert_num_queries, db, size
):
    trial = FieldTrialFactory()
    trial.participating_organisations.set(OrganisationFactory.create_batch(size))
    members = FieldTrialMembershipFactory.create_batch(size, field_trial=trial)
    leader = members[0].user
    client.force_login(leader)
    assert leader.fieldtrial_memberships.get().role == Role.PRACTITIONER
    # session, user, unread, trial, members, organisations, change check (1-3), view project (2)
    with django_assert_num_queries(9):
        client.get(reverse("fieldtrials:fieldtrial_detail", args=[trial.pk]))
