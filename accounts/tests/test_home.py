import pytest
from django.urls import reverse

from accounts.models import Role
from accounts.tests.factories import UserFactory
from fieldtrials.tests.factories import FieldTrialFactory, FieldTrialMembershipFactory
from programmes.tests.factories import ProgrammeMembershipFactory, ProjectFactory
from toolkit.tests.factories import ParticipationFactory


def home(client, user):
    client.force_login(user)
    return client.get(reverse("home")).content.decode()


def test_an_officer_sees_their_programmes_and_every_project_with_its_stage(client, world):
    page = home(client, world.users["officer"])
    assert "Programmes and projects" in page
    for title in ("Quartz Programme", "Amber Project", "Beryl Project"):
        assert title in page
    assert "Incubate" in page and "Scan the horizon" in page
    assert "Onyx" not in page


def test_a_school_leader_sees_their_trial_and_the_exercise_waiting_for_them(client, world):
    page = home(client, world.users["leader"])
    assert "Your field trials" in page and "Coral Trial" in page
    assert "Your toolkit exercises" in page and "Fern Exercise" in page and "To do" in page
    assert "Dune Trial" not in page
    assert "Programmes and projects" not in page


def test_a_partner_sees_the_projects_they_partner(client, world):
    page = home(client, world.users["partner"])
    assert "Projects you partner" in page and "Amber Project" in page
    assert "Beryl Project" not in page


def test_someone_with_no_memberships_is_told_how_to_get_access(client, world):
    page = home(client, world.users["outsider"])
    assert "not yet a member" in page
    assert "Quartz" not in page


@pytest.mark.parametrize("size", [1, 25])
def test_home_costs_the_same_queries_however_much_there_is(
    client, django_assert_num_queries, db, size
):
    officer, leader = UserFactory(), UserFactory()
    for _ in range(size):
        project = ProjectFactory()
        ProgrammeMembershipFactory(programme=project.programme, user=officer, role=Role.OFFICER)
        trial = FieldTrialFactory(project=project)
        FieldTrialMembershipFactory(field_trial=trial, user=leader, role=Role.PRACTITIONER)
        ParticipationFactory(user=leader, exercise__field_trial=trial)
    client.force_login(officer)
    # session, user, menu, 3 role queries, programmes, prefetched projects, attention counts
    with django_assert_num_queries(9):
        assert client.get(reverse("home")).status_code == 200
    client.force_login(leader)
    # session, user, unread count, 3 role queries, trials, exercises
    with django_assert_num_queries(8):
        assert client.get(reverse("home")).status_code == 200
