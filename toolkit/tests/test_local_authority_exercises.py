"""An exercise a local authority runs for itself (seed 002's networking tool is for one): who
sees it, who runs it, what its pages say, and where the programmes it takes part in show it
(their page and their progress report)."""

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from accounts.models import Organisation, Role
from accounts.tests.factories import OrganisationFactory, UserFactory
from evaluation.models import BoardMember
from evaluation.tests.factories import BoardMemberFactory
from fieldtrials.models import FieldTrial
from fieldtrials.tests.factories import FieldTrialFactory, FieldTrialMembershipFactory
from programmes.models import ProgrammeMembership
from programmes.tests.factories import ProgrammeMembershipFactory
from reports.building import report_html
from toolkit.rules import visible_exercises
from toolkit.tests.factories import ExerciseFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def la_world():
    """An authority's exercise; officers of a programme with a trial in the authority, of a
    programme whose partnership board it sits on, and of neither; a partner of the board's
    programme and a school's teacher on one of its trials (who sees the programme through
    the trial only); the authority's own people (one left), and someone from a school."""
    authority = OrganisationFactory(name="Hampshire", kind=Organisation.Kind.LOCAL_AUTHORITY)
    trial = FieldTrialFactory(local_authority=authority)
    board_seat = BoardMemberFactory(organisation=authority)
    people = {
        "trial_programme_officer": UserFactory(),
        "board_programme_officer": UserFactory(),
        "other_officer": UserFactory(),
        "board_programme_partner": UserFactory(),
        "board_programme_teacher": UserFactory(organisation=OrganisationFactory()),
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
    ProgrammeMembershipFactory(
        programme=board_seat.board.programme,
        user=people["board_programme_partner"],
        role=Role.PARTNER,
    )
    FieldTrialMembershipFactory(
        field_trial=FieldTrialFactory(project__programme=board_seat.board.programme),
        user=people["board_programme_teacher"],
        role=Role.PRACTITIONER,
    )
    ProgrammeMembershipFactory(user=people["other_officer"], role=Role.OFFICER)
    exercise = ExerciseFactory(
        title="Hampshire: choosing our networking approach", local_authority=authority
    )
    return exercise, people


# Those who read the whole of a programme it takes part in (who read its reports) see it.
SEES = {
    "trial_programme_officer",
    "board_programme_officer",
    "board_programme_partner",
    "authority_person",
}
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
    exercise, people = la_world
    officer = people["board_programme_officer"]
    assert officer.has_perm("toolkit.view_exercise", exercise)
    BoardMember.objects.update(withdrawn_at=timezone.now(), withdrawn_reason="Left the board")
    assert not visible_exercises(officer).filter(pk=exercise.pk).exists()
    assert not officer.has_perm("toolkit.change_exercise", exercise)


def _close_and_share(exercise):
    type(exercise).objects.filter(pk=exercise.pk).update(
        closed_at=timezone.now() - timedelta(days=1), results_shared=True
    )


def test_the_programmes_page_links_its_authoritys_exercise_for_those_who_see_it(client, la_world):
    exercise, people = la_world
    programme = BoardMember.objects.get().board.programme
    url = reverse("programmes:programme_detail", args=[programme.pk])
    link = f'href="{exercise.get_absolute_url()}"'
    for name in ("board_programme_officer", "board_programme_partner"):
        client.force_login(people[name])
        page = client.get(url).content.decode()
        assert "Local authorities' toolkit exercises" in page, name
        assert link in page and "Hampshire (local authority)" in page, name
    # The teacher opens the programme's page, through their trial, but not the exercise.
    client.force_login(people["board_programme_teacher"])
    response = client.get(url)
    assert response.status_code == 200
    page = response.content.decode()
    assert link not in page and "Local authorities' toolkit exercises" not in page
    assert exercise.title not in page


def test_a_programmes_report_shows_its_authoritys_closed_exercise_and_no_other_does(la_world):
    exercise, people = la_world
    _close_and_share(exercise)
    board_programme = BoardMember.objects.get().board.programme
    html = report_html(board_programme)
    assert exercise.title in html
    assert "No closed exercise with shared results yet" not in html
    # The programme of a trial in the authority's area takes part too.
    trial_programme = FieldTrial.objects.get(local_authority=exercise.local_authority)
    assert exercise.title in report_html(trial_programme.project.programme)
    # A programme it takes no part in does not show it, nor does one it has left.
    other = ProgrammeMembership.objects.get(user=people["other_officer"]).programme
    other_html = report_html(other)
    assert exercise.title not in other_html
    assert "No closed exercise with shared results yet" in other_html
    BoardMember.objects.update(withdrawn_at=timezone.now(), withdrawn_reason="Left the board")
    assert exercise.title not in report_html(board_programme)
