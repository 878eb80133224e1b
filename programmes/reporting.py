"""The programmes part of a PDF progress report (see reports/parts.py): where a project
stands in the three diamonds, its gate and its stage history (and, on the summary page, in a
sentence); for a programme, its projects and their stages; for a field trial, where its
project stands.

`part(subject, period)` returns sections `{"title", "template", "context"}`, each stage as it
stood at the period's end (from the stage moves), and what each opened out and kept counted
as it stood then; the gate told only of a stage the project has not left since. Queries are a fixed
number for a project or a trial, and a fixed number per project for a programme, however
many field trials there are. The diamonds are the page's (diamond.diamonds_for), drawn by a
print version of the SVG: WeasyPrint does not apply the page's stylesheet inside an SVG.
"""

import copy
from collections import Counter

from django.contrib.contenttypes.models import ContentType
from django.db.models import BigIntegerField, Exists, OuterRef, Subquery
from django.db.models.fields.json import KeyTextTransform
from django.db.models.functions import Cast
from django.utils import timezone

from reports.parts import register

from .diamond import diamonds_for
from .models import (
    STAGE_ORDER,
    CreativeOption,
    DataSource,
    KeptStimulus,
    Objective,
    PotentialInnovator,
    ProblemStatement,
    Programme,
    Project,
    Stage,
    StageMove,
    Stimulus,
    Workshop,
)
from .selectors import stage_summaries
from .selectors_options import OptionSummary
from .workflow import PHASES, STAGE_SHAPE, can_leave

# The fills of the web page's diamonds (static/css: .np-diamonds__segment--*), for print.
FILLS = {"done": "#d8dde0", "current": "#1d70b8", "to-come": "#ffffff"}
TEXT = {"done": "#0b0c0c", "current": "#ffffff", "to-come": "#0b0c0c"}


def _stage_summaries(project, period, agreed):
    """What each stage opened out and kept, counted as the project page counts it, over all
    the project's trials (a report is read only by those who read the whole project), as it
    stood at the end of `period`, as the rest of the report is: the records written (and,
    for a workshop, held) by then, less those withdrawn; the `agreed` objectives then
    (agreed_objectives_then); the stimuli kept then and the options' statuses then, from
    their events; the trials, how many had completed and how many were still under way, from
    their status changes (fieldtrials.reporting.as_they_stood)."""
    from fieldtrials.models import FieldTrial
    from fieldtrials.reporting import as_they_stood

    written = period.recorded()
    problems = ProblemStatement.objects.filter(written, project=project).current().count()
    sources = DataSource.objects.filter(written, project=project).current().count()
    innovators = PotentialInnovator.objects.filter(written, project=project).current().count()
    objectives = Objective.objects.filter(written, project=project).current().count()
    workshops = (
        Workshop.objects.current().filter(written, project=project, held_on__lte=period.end).count()
    )
    options = options_then(project, period)
    trials = list(
        as_they_stood(FieldTrial.objects.filter(project=project), period).values_list(
            "status_then", flat=True
        )
    )
    return stage_summaries(
        problems=problems,
        data_sources=sources,
        innovators=innovators,
        agreed=len(agreed),
        objectives=objectives,
        library=Stimulus.objects.filter(written).count(),
        kept_stimuli=kept_stimuli_then(project, period),
        options=options.total,
        workshops=workshops,
        shortlisted=options.counts.get("shortlisted", 0),
        selected=options.counts.get("selected", 0),
        trials=len(trials),
        completed=trials.count(FieldTrial.Status.COMPLETED),
        under_way=Counter(trials),
    )


KEPT, UNKEPT = "programmes.stimulus_kept", "programmes.stimulus_unkept"


def kept_stimuli_then(project, period):
    """How many stimuli the project kept at the end of `period` (two queries): those it
    keeps now, kept by then, and those its keep and unkeep events say it kept then (one
    stopped being kept since is gone from the table but not from its events)."""
    from accounts.models import Event

    kept = set(
        KeptStimulus.objects.filter(project=project, kept_at__lt=period.ends_at).values_list(
            "pk", flat=True
        )
    )
    unkept = set()
    for verb, data in Event.objects.filter(
        period.recorded(), project=project, verb__in=[KEPT, UNKEPT]
    ).values_list("verb", "data"):
        (kept if verb == KEPT else unkept).add(data.get("kept"))
    return len(kept - unkept - {None})


DECIDED = "programmes.option_decided"


def options_then(project, period):
    """The project's options written by the end of `period`, less those withdrawn, counted
    by their status then (an OptionSummary, in one query): the decision of the last of their
    decision events before the period's end; with none then, proposed if decided since (an
    event after it, or the option's own decision date); with no event at all, as now."""
    from accounts.models import Event

    decisions = Event.objects.filter(
        verb=DECIDED,
        target_type=ContentType.objects.get_for_model(CreativeOption),
        target_id=OuterRef("pk"),
    )
    options = (
        CreativeOption.objects.filter(period.recorded(), project=project)
        .current()
        .annotate(
            decision_then=Subquery(
                decisions.filter(created_at__lt=period.ends_at)
                .order_by("-created_at", "-id")
                .annotate(decision=KeyTextTransform("decision", "data"))
                .values("decision")[:1]
            ),
            decided_since=Exists(decisions.filter(created_at__gte=period.ends_at)),
        )
        .values_list("status", "decided_at", "decision_then", "decided_since")
    )
    counts = dict.fromkeys(CreativeOption.Status.values, 0)
    for status, decided_at, decision_then, decided_since in options:
        if decision_then in counts:
            status = decision_then
        elif decided_since or (decided_at is not None and decided_at >= period.ends_at):
            status = CreativeOption.Status.PROPOSED
        counts[status] += 1
    return OptionSummary(total=sum(counts.values()), counts=counts)


def print_diamonds(stage, summaries=None):
    """The page's diamonds for `stage`, with print colours and, if given, each stage's
    summary and shape (as the project page adds them)."""
    from .models import Stage

    diamonds = diamonds_for(stage)
    for diamond in diamonds:
        for segment in diamond.segments:
            segment.fill = FILLS[segment.state]
            segment.text_fill = TEXT[segment.state]
            segment.stroke_width = 4 if segment.state == "current" else 1
            segment.shape = STAGE_SHAPE[Stage(segment.stage)]
            if summaries is not None:
                segment.summary = summaries[segment.stage]
    return diamonds


def stage_moves(projects):
    """{project pk: its stage moves, oldest first, with who moved it}: one query."""
    moves = {}
    for move in (
        StageMove.objects.filter(project__in=[p.pk for p in projects])
        .select_related("actor")
        .order_by("created_at", "pk")
    ):
        moves.setdefault(move.project_id, []).append(move)
    return moves


def as_it_stood(project, moves, period):
    """A copy of `project` (never saved) in the stage it was in at the end of `period`, and
    since when, read from its stage `moves` (oldest first); and the moves made by then. A
    report of September made in December so tells of September's stage."""
    made = [move for move in moves if move.created_at < period.ends_at]
    later = [move for move in moves if move.created_at >= period.ends_at]
    shown = copy.copy(project)
    if made:
        shown.stage, shown.stage_entered_at = made[-1].to_stage, made[-1].created_at
    elif later:
        shown.stage, shown.stage_entered_at = later[0].from_stage, project.created_at
    shown.moved_on_since = bool(later)
    return shown, made


def stage_history(project, moves):
    """The day the project entered its first stage and its stage `moves` as (date, move or
    None for the start), in date order (the report's table is "oldest first"). Its start is
    the day it was added (Project.first_stage_entered_on), not its planned start date, so
    that a project planned to start later, or back-dated, reads in the order it happened."""
    rows = [(project.first_stage_entered_on(moves), None)]
    rows += [(timezone.localdate(move.created_at), move) for move in moves]
    return sorted(rows, key=lambda row: (row[0], row[1] is not None))


def project_stage_context(project, period):
    shown, moves = as_it_stood(project, stage_moves([project]).get(project.pk, []), period)
    # The gate is checked on the records as they are now: told only of the stage it is in.
    gate_ok, gate_reason = (None, "") if shown.moved_on_since else can_leave(project, shown.stage)
    agreed = agreed_objectives_then(project, period)
    return {
        "project": shown,
        "as_of": period.end,
        # The gate is read on today's records: a report of a period over says "now".
        "gate_now": period.over,
        "diamonds": print_diamonds(shown.stage, _stage_summaries(project, period, agreed)),
        "last_stage": shown.stage == "system_learning",
        "moved_on_since": shown.moved_on_since,
        "gate_ok": gate_ok,
        "gate_reason": gate_reason,
        "moves": moves,
        "history": stage_history(shown, moves),
        # Its planned start still ahead at the end of the period: "planned to start on".
        "starts_later": project.start_date > period.end,
        "agreed_objectives": agreed,
        # Closed by the end of the period: "Closed on 3 December 2026", with its note.
        "closed": project.is_closed and project.closed_on <= period.end,
    }


AGREED, REOPENED = "programmes.objective_agreed", "programmes.objective_reopened"


def agreed_objectives_then(project, period):
    """The project's objectives agreed at the end of `period` (one query): written by then,
    and agreed as their agree and reopen events tell (the last before the period's end; with
    none then, the opposite of the first after it; with none at all, as they are now)."""
    from accounts.models import Event

    moves = (
        Event.objects.filter(project=project, verb__in=[AGREED, REOPENED])
        .annotate(objective_id=Cast(KeyTextTransform("id", "data"), BigIntegerField()))
        .filter(objective_id=OuterRef("pk"))
    )
    objectives = (
        Objective.objects.filter(period.recorded(), project=project)
        .current()
        .annotate(
            last_then=Subquery(
                moves.filter(created_at__lt=period.ends_at)
                .order_by("-created_at", "-id")
                .values("verb")[:1]
            ),
            first_after=Subquery(
                moves.filter(created_at__gte=period.ends_at)
                .order_by("created_at", "id")
                .values("verb")[:1]
            ),
        )
    )
    return [
        objective
        for objective in objectives
        if objective.last_then == AGREED
        or (objective.last_then is None and objective.first_after == REOPENED)
        or (
            objective.last_then is None
            and objective.first_after is None
            and objective.status == Objective.Status.AGREED
        )
    ]


def programme_projects_context(programme, period):
    from fieldtrials.reporting import project_trials_then

    projects = list(
        Project.objects.current()
        .filter(period.recorded(), programme=programme)
        .select_related("partner_agency", "lead_officer")
        .order_by("start_date", "title")
    )
    moves = stage_moves(projects)
    projects = [as_it_stood(project, moves.get(project.pk, []), period)[0] for project in projects]
    project_trials_then(projects, period)
    for project in projects:
        project.gate_ok, project.gate_reason = (
            (None, "") if project.moved_on_since else can_leave(project, project.stage)
        )
        project.diamonds = print_diamonds(project.stage)
        project.svg_id = f"diamonds-{project.pk}"
    return {
        "programme": programme,
        "projects": projects,
        "as_of": period.end,
        "gate_now": period.over,
    }


def before_incubate_section(context):
    """For a project in Phase 1 at the end of the period (`context`: project_stage_context),
    the one section that stands in for the later phases' sections with nothing to tell
    (reports.building.before_incubation, which gives it their titles): it says once where
    the project was, instead of a page each of "No field trials by..." and "No lessons
    recorded". None for a project in Incubate or after."""
    project = context["project"]
    if STAGE_ORDER.index(project.stage) >= STAGE_ORDER.index(Stage.INCUBATE):
        return []
    names = {number: name for number, name, _, _ in PHASES}
    return [
        {
            "title": "Phases 2 and 3: not reached yet",
            "template": "reports/parts/project_before_incubate.html",
            "context": {**context, "phases": names},
            "instead_of_incubation": True,
        }
    ]


@register(order=10)
def part(subject, period):
    if isinstance(subject, Programme):
        context = programme_projects_context(subject, period)
        return [
            {
                "title": "Projects",
                "template": "reports/parts/summary_programme_projects.html",
                "context": context,
                "summary": True,
            },
            {
                "title": "Projects and their stages",
                "template": "reports/parts/programme_projects.html",
                "context": context,
            },
        ]
    if isinstance(subject, Project):
        context = project_stage_context(subject, period)
        return [
            {
                "title": "Where the project is",
                "template": "reports/parts/summary_project_stage.html",
                "context": context,
                "summary": True,
            },
            {
                "title": "Stage and gate status",
                "template": "reports/parts/project_stage.html",
                "context": context,
            },
            *before_incubate_section(context),
        ]
    # A trial's readers may know its project only by name: its stage, not its gate (which
    # counts the project's other trials).
    project = subject.project
    project, _ = as_it_stood(project, stage_moves([project]).get(project.pk, []), period)
    context = {"project": project, "as_of": period.end, "diamonds": print_diamonds(project.stage)}
    return [
        {
            "title": "Its project",
            "template": "reports/parts/summary_trial_project.html",
            "context": context,
            "summary": True,
        },
        {
            "title": "Where its project stands",
            "template": "reports/parts/trial_project_stage.html",
            "context": context,
        },
    ]
