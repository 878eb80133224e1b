import pytest
from django.urls import reverse

from accounts.models import Role
from fieldtrials.tests.factories import FieldTrialFactory
from programmes.tests.factories import ProgrammeMembershipFactory, ProjectFactory


def test_a_programme_page_lists_only_the_projects_the_reader_may_see(client, world):
    client.force_login(world.users["partner"])
    page = client.get(reverse("programmes:programme_detail", args=[world.quartz.pk])).content
    assert b"Amber Project" in page and b"Beryl Project" not in page


def test_a_project_page_shows_its_stage_partner_and_visible_trials(client, world):
    client.force_login(world.users["officer"])
    page = client.get(reverse("programmes:project_detail", args=[world.amber.pk])).content
    assert b"Incubate" in page and b"Coral Trial" in page and b"Dune Trial" in page


@pytest.mark.parametrize("size", [5, 50])
def test_programme_and_project_pages_cost_the_same_queries_for_5_and_50_rows(
    client, django_assert_num_queries, db, size
):
    from accounts.tests.factories import UserFactory

    officer = UserFactory()
    first = ProjectFactory()
    ProgrammeMembershipFactory(programme=first.programme, user=officer, role=Role.OFFICER)
    for _ in range(size - 1):
        ProjectFactory(programme=first.programme)
    FieldTrialFactory.create_batch(size, project=first)
    client.force_login(officer)
    # session, user, unread count, programme, projects
    with django_assert_num_queries(5):
        client.get(reverse("programmes:programme_detail", args=[first.programme.pk]))
    # session, user, unread count, project, can-change check (2), trials
    with django_assert_num_queries(7):
        client.get(reverse("programmes:project_detail", args=[first.pk]))
