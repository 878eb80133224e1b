"""Planned and actual stage dates of a programme's projects, and their timeline as SVG."""

import datetime
from dataclasses import dataclass, field

from django.utils import timezone

from .models import STAGE_ORDER, Stage, StageMove
from .workflow import PLANNED_MONTHS


def planned_stages(project):
    """[(stage, start, end)] spreading the planned duration over the stages."""
    total = sum(PLANNED_MONTHS.values())
    days = (project.planned_end - project.start_date).days
    start = project.start_date
    result = []
    for stage in STAGE_ORDER:
        length = datetime.timedelta(days=round(days * PLANNED_MONTHS[Stage(stage)] / total))
        result.append((stage, start, start + length))
        start = start + length
    return result


def actual_stages(project, moves):
    """[(stage, entered, left or None)] from the day the project entered its first stage
    (the day it was added, not its planned start: Project.first_stage_entered_on) and its
    stage moves; a closed project's last stage ends the day it closed.

    When a project moved back, a stage appears again: each stay is its own entry.
    """
    stays = [[Stage.ANALYSE_NEED.value, project.first_stage_entered_on(moves), None]]
    for move in moves:
        day = timezone.localdate(move.created_at)
        stays[-1][2] = day
        stays.append([move.to_stage, day, None])
    if project.closed_on and stays[-1][2] is None:
        # Closed: its last stage ended that day, not "now".
        stays[-1][2] = max(project.closed_on, stays[-1][1])
    return [tuple(s) for s in stays]


@dataclass
class Bar:
    stage: str
    label: str
    x: float
    width: float
    y: float
    kind: str  # planned or actual
    start: datetime.date
    end: datetime.date | None


@dataclass
class Row:
    project: object
    y: float
    bars: list = field(default_factory=list)
    actual: list = field(default_factory=list)
    planned: list = field(default_factory=list)


@dataclass
class Timeline:
    width: int
    height: int
    rows: list
    years: list  # [(x, label)]
    start: datetime.date
    end: datetime.date


LEFT, RIGHT, ROW_H = 230, 20, 56


def programme_timeline(projects, width=960):
    """Rows of planned (thin) and actual (thick) stage bars on one date axis."""
    projects = list(projects)
    if not projects:
        return None
    moves = {}
    for move in StageMove.objects.filter(project__in=projects).order_by("created_at", "id"):
        moves.setdefault(move.project_id, []).append(move)
    rows = []
    starts, ends = [], []
    for project in projects:
        planned = planned_stages(project)
        actual = actual_stages(project, moves.get(project.pk, []))
        rows.append((project, planned, actual))
        starts.append(min(project.start_date, actual[0][1]))
        ends.append(planned[-1][2])
        ends.extend(a[2] or a[1] for a in actual)
    start, end = min(starts), max(ends)
    span = max((end - start).days, 1)
    scale = (width - LEFT - RIGHT) / span

    def x(day):
        return LEFT + (day - start).days * scale

    result = []
    for i, (project, planned, actual) in enumerate(rows):
        y = 30 + i * ROW_H
        row = Row(project=project, y=y, planned=planned, actual=actual)
        for stage, s, e in planned:
            row.bars.append(
                Bar(stage, Stage(stage).label, x(s), max(x(e) - x(s), 1), y, "planned", s, e)
            )
        for stage, s, e in actual:
            last = e or max(s, min(end, timezone.localdate()))
            row.bars.append(
                Bar(stage, Stage(stage).label, x(s), max(x(last) - x(s), 3), y + 14, "actual", s, e)
            )
        result.append(row)
    years = [
        (x(datetime.date(year, 1, 1)), str(year))
        for year in range(start.year + 1, end.year + 1)
        if datetime.date(year, 1, 1) <= end
    ]
    return Timeline(width, 40 + len(rows) * ROW_H, result, years, start, end)
