"""An exercise a local authority runs for itself (seed 002's networking tool is for one): who
sees it, who runs it, and what its pages say."""

import pytest
from django.urls import reverse

from accounts.models import Organisation, Role
from accounts.tests.factories import OrganisationFactory, UserFactory
from evaluation.tests.factories import BoardMemberFactory
from fieldtrials.tests.factories import FieldTrialFactory
from programmes.tests.factories import ProgrammeMembershipFactory
from toolkit.rules import visible_exercises
from toolkit.tests.factories import ExerciseFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def la_world():
    """An authority's exercise; officers of a programme with a trial in the authority, of a
    programme whose partnership board it sits on, and of neither; the authority's own
    people (one left), and someone from a school."""
    authority = OrganisationFactory(name="Hampshire", kind=Organisation.Kind.LOCAL_AUTHORITY)
    trial = FieldTrialFactory(local_authority=authority)
    board_seat = BoardMemberFactory(organisation=authority)
    people = {
        "trial_programme_officer": UserFactory(),
        "board_programme_officer": UserFactory(),
        "other_officer": UserFactory(),
        "authority_person": UserFactory(organisation=authority),
        "authority_person_left": UserFactory(organisation=authority, is_active=False),
        "school_person": UserFactory(organisation=OrganisationFactory()),
    }
    ProgrammeMembershipFactory(
        programme=trial.project.programme, user=people["trial_programme_officer"], role=Role.OFFICER
    )
    ProgrammeMembershipFactory(
        programme=board_seat.board.programme,
        user=people["board_programme_officer"],
        role=Role.OFFICER,
    )
    ProgrammeMembershipFactory(user=people["other_officer"], role=Role.OFFICER)
    exercise = ExerciseFactory(
        title="Hampshire: choosing our networking approach", local_authority=authority
    )
    return exercise, people


SEES = {"trial_programme_officer", "board_programme_officer", "authority_person"}
RUNS = {"trial_programme_officer", "board_programme_officer"}


def test_the_authoritys_people_and_its_programmes_officers_see_its_exercise(la_world):
    exercise, people = la_world
    for name, user in people.items():
        listed = visible_exercises(user).filter(pk=exercise.pk).exists()
        may_see = user.has_perm("toolkit.view_exercise", exercise)
        assert listed == may_see == (name in SEES), name


def test_only_the_officers_of_its_programmes_run_the_authoritys_exercise(la_world):
    exercise, people = la_world
    for name, user in people.items():
        assert user.has_perm("toolkit.change_exercise", exercise) == (name in RUNS), name
        # Its people read the results once they are shared, as a trial's team does.
        assert not user.has_perm("toolkit.view_results", exercise) or name in RUNS, name


def test_the_exercise_page_names_the_authority_and_hides_it_from_others(client, la_world):
    exercise, people = la_world
    url = reverse("toolkit:exercise_detail", args=[exercise.pk])
    client.force_login(people["authority_person"])
    page = client.get(url)
    assert page.status_code == 200
    assert "Hampshire (local authority)" in page.content.decode()
    client.force_login(people["other_officer"])
    assert client.get(url).status_code == 404
    assert exercise.group_label == "Local authority: Hampshire"


def test_a_withdrawn_board_seat_no_longer_opens_the_authoritys_exercise(la_world):
    from django.utils import timezone

    from evaluation.models import BoardMember

    exercise, people = la_world
    officer = people["board_programme_officer"]
    assert officer.has_perm("toolkit.view_exercise", exercise)
    BoardMember.objects.update(withdrawn_at=timezone.now(), withdrawn_reason="Left the board")
    assert not visible_exercises(officer).filter(pk=exercise.pk).exists()
    assert not officer.has_perm("toolkit.change_exercise", exercise)
