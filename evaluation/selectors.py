"""What the evaluation pages and reports read, in a fixed number of queries.

Withdrawn records (nextpractice/records) stop counting: lists, charts, counts and reports
read only current ones. A page's lists are read whole and split, so that the withdrawn ones
can stay on the page, marked, in its "Withdrawn" list (`withdrawn`: (noun, record)) without
a query more; records within records (progress, measurements, decisions, take-ups,
questions) are read current only, and their withdrawal is told in the page's history."""

from dataclasses import dataclass

from django.db.models import F, OuterRef, Prefetch, Q, Subquery, Window
from django.db.models.functions import RowNumber

from fieldtrials.rules import visible_fieldtrials
from nextpractice.rules_util import among

from .charts import progress_chart, trend_chart
from .models import (
    BoardDecision,
    BoardMeeting,
    BoardMember,
    CaseStudy,
    EvaluationPlan,
    EvaluationQuestion,
    HighlightReport,
    IndependentEvaluation,
    Indicator,
    Lesson,
    LocalityGroup,
    Measurement,
    Objective,
    PartnerContribution,
    PartnershipBoard,
    PolicyEvidence,
    ProgressEntry,
    SuccessCriterion,
    TakeUp,
)
from .rules import RECORD_SUBJECT, visible_records

# --- Objectives --------------------------------------------------------------------------


@dataclass
class GroupProgress:
    """One group's progress on one objective: its entries over time and where it stands."""

    group: object  # a LocalityGroup, or None for progress recorded without a group
    entries: list

    @property
    def latest(self):
        return self.entries[-1] if self.entries else None

    @property
    def name(self):
        return self.group.name if self.group else "Overall"  # recorded for no one group


# Read with a record, what it is about, as rules.RECORD_SUBJECT names it: its programme,
# project or field trial (with the trial's project), which say who may change it.
SUBJECT_RELATED = {
    "programme": "programme",
    "project": "project",
    "field_trial": "field_trial__project",
}


def with_subject(records):
    """`records` (a queryset) read with what each is about and who withdrew it: who may
    restore a withdrawn one is asked of it (rules.may_change_record) with no query a row."""
    fields, prefix = RECORD_SUBJECT[records.model]
    return records.select_related(
        "withdrawn_by", *(f"{prefix}{SUBJECT_RELATED[name]}" for name in fields)
    )


def kept(records, withdrawn, noun):
    """The records not withdrawn, as a list; the withdrawn ones are added to `withdrawn` as
    (noun, record). One query, the withdrawer's name and the record's subject with it."""
    records = list(with_subject(records))
    withdrawn.extend((noun, r) for r in records if r.is_withdrawn)
    return [r for r in records if not r.is_withdrawn]


# The objectives a subject's page lists: its own, and those agreed in its Analyse need while
# they stay agreed and are not withdrawn (there).
LISTED_OBJECTIVES = Q(need_objective__isnull=True) | Q(
    need_objective__status="agreed", need_objective__withdrawn_at__isnull=True
)


def objectives_of(*where, **subject):
    """The objectives evaluated for a subject (`project=...` and so on, or a Q in `where`),
    as its page lists them (LISTED_OBJECTIVES). Withdrawn evaluation objectives are among
    them: `.current()` leaves them out."""
    return (
        Objective.objects.filter(*where, **subject)
        .filter(LISTED_OBJECTIVES)
        .select_related("need_objective")
    )


# A project's own objectives first, then its field trials' by trial, each in its list's order.
BY_TRIAL = (
    F("field_trial__title").asc(nulls_first=True),
    "field_trial_id",
    F("number").asc(),
    "created_at",
    "id",
)


def trials_objectives(trials):
    """The current objectives of the field trials `trials` (a queryset or list of them, or of
    their keys), each with its trial (`field_trial`) and its progress
    (objectives_with_progress), by trial: where the project's trials stand against their own
    objectives, on its page. Two queries (one with no objectives)."""
    return objectives_with_progress(
        objectives_of(field_trial__in=trials)
        .current()
        .select_related("field_trial")
        .order_by(*BY_TRIAL)
    )


def numbered_objectives(objectives):
    """The current objectives of `objectives` each subject's page lists, with `place`: its
    place in its subject's list, which the page numbers it by when it has no number of its
    own ("objective 2"). In the database, in the query that reads them."""
    in_order = [F("number").asc(), F("created_at").asc(), F("id").asc()]  # Objective's ordering
    return (
        objectives.current()
        .filter(LISTED_OBJECTIVES)
        .annotate(
            place=Window(
                RowNumber(),
                partition_by=[F("programme_id"), F("project_id"), F("field_trial_id")],
                order_by=in_order,
            )
        )
    )


def objective_number(objective):
    """An objective's number as its page gives it: its own, else its place in its subject's
    list (read with it in a list, or asked here: one query); None when it is not listed."""
    if objective.number:
        return objective.number
    place = getattr(objective, "place", None)
    if place is None:
        level = objective.level
        listed = numbered_objectives(
            Objective.objects.filter(**{f"{level}_id": getattr(objective, f"{level}_id")})
        )
        place = next((p for pk, p in listed.values_list("pk", "place") if pk == objective.pk), None)
    return place


def objectives_with_progress(objectives, until=None):
    """The objectives with their progress (in date order; if `until`, a date, only that
    dated on or before it) grouped by who recorded it: `objective.by_group` is a list of
    GroupProgress. Two queries."""
    entries = (
        ProgressEntry.objects.current()
        .select_related("group", "recorded_by")
        .order_by("recorded_on", "id")
    )
    if until is not None:
        entries = entries.filter(recorded_on__lte=until)
    objectives = list(objectives.prefetch_related(Prefetch("progress", queryset=entries)))
    for objective in objectives:
        groups = {}
        for entry in objective.progress.all():
            groups.setdefault(entry.group_id, GroupProgress(entry.group, [])).entries.append(entry)
        objective.by_group = sorted(
            groups.values(), key=lambda g: (g.group is None, g.group.name if g.group else "")
        )
    return objectives


# --- Indicators --------------------------------------------------------------------------


def with_latest(indicators):
    """Indicators annotated with their latest measurement's value and date."""
    latest = (
        Measurement.objects.current()
        .filter(indicator=OuterRef("pk"))
        .order_by("-measured_on", "-id")
    )
    return indicators.annotate(
        latest_value=Subquery(latest.values("value")[:1]),
        latest_on=Subquery(latest.values("measured_on")[:1]),
        latest_pk=Subquery(latest.values("pk")[:1]),
    )


@dataclass
class IndicatorRow:
    """An indicator with its latest value, normalised as progress from baseline to target."""

    indicator: Indicator
    latest_value: object
    latest_on: object
    latest_pk: int | None = None  # the latest measurement, for its Change link
    editable: bool = False  # whether the person may change it (set by the page's view)

    @property
    def trial(self):
        return self.indicator.field_trial

    @property
    def progress(self):
        return self.indicator.progress_of(self.latest_value)

    @property
    def label(self):
        return f"{self.trial.title}: {self.indicator.name}"


def indicator_rows(indicators):
    """Side-by-side rows for indicators (with their trials), ordered by trial and strand.
    One query."""
    indicators = with_latest(indicators.select_related("field_trial__project")).order_by(
        "field_trial__title", "strand", "name"
    )
    return [IndicatorRow(i, i.latest_value, i.latest_on, i.latest_pk) for i in indicators]


def indicators_with_charts(indicators, until=None):
    """Indicators with their measurements (`indicator.readings`; if `until`, a date, only
    those measured on or before it) and trend chart (`indicator.chart`). Two queries,
    however many indicators."""
    ordered = (
        Measurement.objects.current().select_related("entered_by").order_by("measured_on", "id")
    )
    if until is not None:
        ordered = ordered.filter(measured_on__lte=until)
    indicators = list(
        indicators.select_related("field_trial").prefetch_related(
            Prefetch("measurements", queryset=ordered, to_attr="readings")
        )
    )
    for indicator in indicators:
        indicator.chart = trend_chart(indicator, indicator.readings)
        indicator.latest = indicator.readings[-1] if indicator.readings else None
        indicator.progress = indicator.progress_of(
            indicator.latest.value if indicator.latest else None
        )
    return indicators


# --- Learning ----------------------------------------------------------------------------


def learning_rows(lessons, case_studies, until=None):
    """Lessons (with themes and take-ups) and case studies (with take-ups; if `until`, a
    date, only those taken up on or before it), as querysets that read them so when read:
    three queries for the lessons, two for the case studies."""
    take_ups = TakeUp.objects.current().select_related("organisation")
    if until is not None:
        take_ups = take_ups.filter(taken_up_on__lte=until)
    lessons = lessons.select_related("field_trial", "project").prefetch_related(
        "themes", Prefetch("take_ups", queryset=take_ups)
    )
    case_studies = case_studies.select_related("field_trial", "project").prefetch_related(
        Prefetch("take_ups", queryset=take_ups)
    )
    return lessons, case_studies


def learning(lessons, case_studies, until=None):
    """learning_rows, read: lists. Five queries."""
    lessons, case_studies = learning_rows(lessons, case_studies, until)
    return list(lessons), list(case_studies)


def _under_programme(programme, prefix=""):
    return (
        Q(**{f"{prefix}programme": programme})
        | Q(**{f"{prefix}project__programme": programme})
        | Q(**{f"{prefix}field_trial__project__programme": programme})
    )


# --- Pages -------------------------------------------------------------------------------


def _objectives(withdrawn, **subject):
    objectives = objectives_with_progress(with_subject(objectives_of(**subject)))
    withdrawn.extend(("Objective", o) for o in objectives if o.is_withdrawn)
    return [o for o in objectives if not o.is_withdrawn]


def _learning(withdrawn, lessons, case_studies):
    """The lessons and case studies not withdrawn, as querysets for the page to read a page
    of (a subject may have hundreds); the withdrawn ones are added to `withdrawn` (one query
    each, the withdrawer's name and their subject with them)."""
    for noun, records in (("Lesson", lessons), ("Case study", case_studies)):
        gone = with_subject(records.filter(withdrawn_at__isnull=False))
        withdrawn.extend((noun, r) for r in gone)
    return learning_rows(lessons.filter(withdrawn_at=None), case_studies.filter(withdrawn_at=None))


def programme_evaluation(programme, user):
    """Everything the programme's evaluation page shows the user."""
    withdrawn = []
    board = (
        PartnershipBoard.objects.filter(programme=programme)
        .select_related("chair")
        .prefetch_related(
            Prefetch(
                "members",
                queryset=BoardMember.objects.current().select_related("organisation"),
            ),
            Prefetch(
                "meetings",
                queryset=BoardMeeting.objects.current().prefetch_related(
                    Prefetch("decisions", queryset=BoardDecision.objects.current())
                ),
            ),
        )
        .first()
    )
    lessons, case_studies = _learning(
        withdrawn,
        Lesson.objects.filter(programme=programme),
        CaseStudy.objects.filter(programme=programme),
    )
    take_ups = (
        visible_records(user, TakeUp)
        .current()
        .filter(
            _under_programme(programme, "lesson__") | _under_programme(programme, "case_study__")
        )
        .filter(Q(lesson__withdrawn_at=None) & Q(case_study__withdrawn_at=None))
        .select_related("organisation", "lesson", "case_study")
    )
    return {
        "objectives": _objectives(withdrawn, programme=programme),
        "groups": kept(LocalityGroup.objects.filter(programme=programme), withdrawn, "Group"),
        "board": board,
        "criteria": kept(
            SuccessCriterion.objects.filter(programme=programme), withdrawn, "Success criterion"
        ),
        "evaluations": kept(
            IndependentEvaluation.objects.filter(programme=programme),
            withdrawn,
            "Independent evaluation",
        ),
        "policy_evidence": kept(
            PolicyEvidence.objects.filter(programme=programme).select_related("given_by"),
            withdrawn,
            "Evidence to policy makers",
        ),
        "take_ups": list(take_ups),
        "lessons": lessons,
        "case_studies": case_studies,
        "contributions": kept(
            PartnerContribution.objects.filter(programme=programme).select_related(
                "organisation", "entered_by"
            ),
            withdrawn,
            "Partner contribution",
        ),
        "highlights": kept(
            HighlightReport.objects.filter(programme=programme).select_related("group", "author"),
            withdrawn,
            "Highlight report",
        ),
        "withdrawn": withdrawn,
    }


def project_evaluation(project, user):
    """Everything the project's evaluation page shows the user: its trials' indicators are
    those of the trials the user reads."""
    withdrawn = []
    trials = visible_fieldtrials(user).filter(project=project).values("pk")
    rows = indicator_rows(Indicator.objects.current().filter(field_trial__in=trials))
    # "The project's, or one of these trials'": two index scans (rules_util.among).
    of_project = Q(project=project) | among("field_trial_id", trials)
    lessons, case_studies = _learning(
        withdrawn, Lesson.objects.filter(of_project), CaseStudy.objects.filter(of_project)
    )
    return {
        "objectives": _objectives(withdrawn, project=project),
        "trial_objectives": trials_objectives(trials),
        "indicator_rows": rows,
        "progress_chart": progress_chart(rows, id=f"project-{project.pk}-progress"),
        "lessons": lessons,
        "case_studies": case_studies,
        "contributions": kept(
            PartnerContribution.objects.filter(project=project).select_related(
                "organisation", "entered_by"
            ),
            withdrawn,
            "Partner contribution",
        ),
        "highlights": kept(
            HighlightReport.objects.filter(project=project).select_related("group", "author"),
            withdrawn,
            "Highlight report",
        ),
        "withdrawn": withdrawn,
    }


def _baseline_tool():
    """The Gathering baseline data tool, which proposes a trial's indicators, or None."""
    from toolkit.models import Tool

    return Tool.objects.filter(slug="baseline", latest__isnull=False).first()


def trial_evaluation(trial):
    """Everything the field trial's evaluation page shows (read with the trial)."""
    withdrawn = []
    plan = (
        EvaluationPlan.objects.filter(field_trial=trial)
        .prefetch_related(Prefetch("questions", queryset=EvaluationQuestion.objects.current()))
        .first()
    )
    lessons, case_studies = _learning(
        withdrawn,
        Lesson.objects.filter(field_trial=trial),
        CaseStudy.objects.filter(field_trial=trial),
    )
    indicators = indicators_with_charts(with_subject(Indicator.objects.filter(field_trial=trial)))
    withdrawn.extend(("Indicator", i) for i in indicators if i.is_withdrawn)
    shown = [i for i in indicators if not i.is_withdrawn]
    return {
        "objectives": _objectives(withdrawn, field_trial=trial),
        "indicators": shown,
        # With no indicators yet, the tool that proposes them, if the toolkit has it (a new
        # install's toolkit is empty until an administrator adds its tools): one query.
        "baseline_tool": None if shown else _baseline_tool(),
        "plan": plan,
        "lessons": lessons,
        "case_studies": case_studies,
        "withdrawn": withdrawn,
    }
