"""A project's actual stage history begins the day it entered Analyse need (the day it was
added), not its planned start date: one planned for later never reads "from <a day still to
come> to now", and a back-dated one does not gain months in a stage before it existed."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from accounts.models import Role
from accounts.tests.factories import UserFactory
from programmes.models import Objective, Project, StageMove
from programmes.services import move_stage
from programmes.tests.factories import ProgrammeMembershipFactory, ProjectFactory
from programmes.timeline import actual_stages, programme_timeline

pytestmark = pytest.mark.django_db


def _officer(project):
    user = UserFactory()
    ProgrammeMembershipFactory(programme=project.programme, user=user, role=Role.OFFICER)
    return user


def _long(day):
    return f"{day.day} {day:%B %Y}"


def _short(day):
    return f"{day.day} {day:%b %Y}"


@pytest.mark.parametrize("days", [90, -180])
def test_the_actual_stages_start_when_the_project_was_added_not_on_its_planned_start(days):
    today = timezone.localdate()
    project = ProjectFactory(start_date=today + datetime.timedelta(days=days))
    assert actual_stages(project, []) == [("analyse_need", today, None)]
    timeline = programme_timeline([project])
    (actual,) = [bar for bar in timeline.rows[0].bars if bar.kind == "actual"]
    assert actual.start == today and actual.end is None
    assert timeline.start <= today


def test_a_project_planned_for_later_reads_in_the_order_things_happened(client):
    today = timezone.localdate()
    later = today + datetime.timedelta(days=85)
    project = ProjectFactory(start_date=later)
    officer = _officer(project)
    Objective.objects.create(project=project, text="Spread leadership", status="agreed")
    move_stage(project=project, to_stage="scan_horizon", actor=officer)
    client.force_login(officer)

    history = client.get(reverse("programmes:project_history", args=[project.pk])).text
    started = history.index(f"<strong>{_long(today)}</strong>: started in Analyse need")
    assert started < history.index("moved the project from Analyse need to Scan the horizon")
    assert f"its planned start date is {_long(later)}" in history
    assert f"<strong>{_long(later)}</strong>" not in history

    page = client.get(reverse("programmes:programme_detail", args=[project.programme_id])).text
    assert f"Analyse need: {_short(today)} to {_short(today)}" in page
    assert f"Scan the horizon: {_short(today)} to now" in page
    assert f"{_short(later)} to now" not in page

    detail = client.get(project.get_absolute_url()).text
    assert f"Planned to start on {_long(later)}" in detail


def test_a_history_recorded_before_the_project_was_added_starts_at_its_first_move():
    """The demo (and any history recorded after the fact) may hold moves older than the
    project's row: its first stay then ends where it began, never after."""
    project = ProjectFactory()
    officer = _officer(project)
    earlier = timezone.now() - datetime.timedelta(days=30)
    StageMove.objects.create(
        project=project,
        from_stage="analyse_need",
        to_stage="scan_horizon",
        actor=officer,
        created_at=earlier,
    )
    moves = list(StageMove.objects.filter(project=project))
    day = timezone.localdate(earlier)
    assert actual_stages(Project.objects.get(pk=project.pk), moves) == [
        ("analyse_need", day, day),
        ("scan_horizon", day, None),
    ]
