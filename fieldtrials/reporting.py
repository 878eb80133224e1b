"""The field trials part of a progress report (see reports/parts.py).

For a project (and a trial, as a project of one): on the summary page, its trials by status
and red/amber/green with the reds named, milestones overdue and due next, the main open
risks and the support given in the period; in the body, the trials, their milestones in
short (what is open, late or due next, and the latest done), each trial's latest monthly
update in its own words with its open risks, the offer and support given, and Power to
Innovate requests. For a programme, its trials by project.

Lateness is measured against the report's own date (`period.end`) and only for trials still
running on it: a trial that ended, whose end date has passed, or that had not started by then
(its start date later, or none yet) has nothing overdue, and is not counted as live. The
report is as of that date where a record carries its own date: a milestone done after it
was still open then; support is that held by then, monthly updates those of months up to
it; and a trial's status and rating, and a risk's being open, as they stood then. Notes
fields are internal and never printed. The number of queries is fixed, however many trials,
milestones, updates or risks there are.
"""

from dataclasses import dataclass, field
from decimal import Decimal

from django.db.models import (
    Case,
    CharField,
    Count,
    DateField,
    DateTimeField,
    Exists,
    F,
    OuterRef,
    Prefetch,
    Q,
    Subquery,
    Sum,
    Value,
    When,
)
from django.db.models.functions import Coalesce
from django.utils import timezone

from nextpractice.words import long_date
from programmes.models import Programme, Project
from reports.parts import register

from .models import (
    FieldTrial,
    Milestone,
    MonthlyUpdate,
    OfferUse,
    PowerToInnovateRequest,
    Risk,
    SupportSession,
    TrialStatusChange,
)
from .models.records import SERIOUS_RISK  # named under "Needs attention"
from .selectors_list import LIVE_STATUSES
from .selectors_records import offer_summary_for, requests_by, trial_records

# Trials still under way, as the home page's "Needs attention" counts them.
LIVE = LIVE_STATUSES
# How many of the worst overdue milestones, risks and red trials the summary names.
WORST = 3
RAG_ORDER = ["red", "amber", "green", ""]
NOT_STARTED = "Not started"


def as_they_stood(trials, period):
    """`trials` (a queryset) as they stood at the end of `period`: those recorded by then,
    each annotated with its status then and since when (`status_then`, `status_since_then`,
    from its status changes) and its latest rating then (`rag_then`, `rag_month_then`: the
    trial's own when that is of a month up to the period's end, else the newest submitted
    monthly update of such a month). A report of September made in December so tells of
    September's statuses and ratings, not December's."""
    changes = TrialStatusChange.objects.filter(field_trial=OuterRef("pk"))
    before = changes.filter(created_at__lt=period.ends_at).order_by("-created_at", "-pk")
    after = changes.filter(created_at__gte=period.ends_at).order_by("created_at", "pk")
    updates = (
        MonthlyUpdate.objects.current()
        .filter(
            field_trial=OuterRef("pk"),
            status=MonthlyUpdate.Status.SUBMITTED,
            month__lte=period.end,
        )
        .order_by("-month", "-pk")
    )
    own_rating = Q(latest_update_month__lte=period.end)
    return trials.filter(period.recorded()).annotate(
        status_then=Coalesce(
            Subquery(before.values("to_status")[:1]),
            Subquery(after.values("from_status")[:1]),
            F("status"),
            output_field=CharField(),
        ),
        status_since_then=Coalesce(
            Subquery(before.values("created_at")[:1]),
            Case(When(Exists(after), then=F("created_at")), default=F("status_changed_at")),
            output_field=DateTimeField(),
        ),
        rag_then=Case(
            When(own_rating, then=F("latest_rag")),
            default=Coalesce(Subquery(updates.values("rag")[:1]), Value("")),
            output_field=CharField(),
        ),
        rag_month_then=Case(
            When(own_rating, then=F("latest_update_month")),
            default=Subquery(updates.values("month")[:1]),
            output_field=DateField(),
        ),
    )


def _as_it_stood(trial):
    """Read `trial` (from as_they_stood) as it stood then: a report's own copy, never saved."""
    trial.status = trial.status_then
    trial.status_changed_at = trial.status_since_then
    trial.latest_rag = trial.rag_then
    trial.latest_update_month = trial.rag_month_then
    return trial


def _started(status, start_date, day):
    """Under way and started by `day`: a trial with no start date yet has not started."""
    return status in LIVE and start_date is not None and start_date <= day


def _runs(status, start_date, end_date, day):
    return _started(status, start_date, day) and (end_date is None or end_date >= day)


def started_by(trial, day):
    """Whether `trial` is under way and had started by `day` (its start date not after it)."""
    return _started(trial.status, trial.start_date, day)


def running_on(trial, day):
    """Whether `trial` is still running on `day`: live, started by then (its start date set
    and not after it), and its end date (if set) not past."""
    return _runs(trial.status, trial.start_date, trial.end_date, day)


def project_trials_then(projects, period):
    """The trials of `projects` (a list), counted per project as they stood at the end of
    `period` (as_they_stood), in one query: sets `trials`, `live` (under way and started by
    the period's end), `not_started` (under way, its start date later or none yet), `red`,
    `amber` and `green` on each project and returns the ids of the trials still running on
    the report's date (only theirs can be overdue). The programme report's projects part and its
    field trials part both count them so."""
    by_project = {project.pk: project for project in projects}
    for project in projects:
        project.trials = project.live = project.not_started = 0
        project.red = project.amber = project.green = 0
    running = []
    for trial in as_they_stood(
        FieldTrial.objects.filter(project__in=list(by_project)), period
    ).values("pk", "project_id", "status_then", "rag_then", "start_date", "end_date"):
        project = by_project[trial["project_id"]]
        project.trials += 1
        started = _started(trial["status_then"], trial["start_date"], period.end)
        project.live += started
        project.not_started += trial["status_then"] in LIVE and not started
        if _runs(trial["status_then"], trial["start_date"], trial["end_date"], period.end):
            running.append(trial["pk"])
        if trial["rag_then"] in ("red", "amber", "green"):
            setattr(project, trial["rag_then"], getattr(project, trial["rag_then"]) + 1)
    return running


@dataclass
class MilestoneDigest:
    """A trial's milestones in short, as of the report's date."""

    running: bool
    total: int = 0
    done: int = 0
    latest_done: Milestone | None = None
    open: list = field(default_factory=list)  # each with .days_late and .due_next
    overdue: list = field(default_factory=list)
    due_next: list = field(default_factory=list)

    @property
    def earlier_done(self):
        """Done milestones not shown (all but the latest)."""
        return max(self.done - 1, 0)


def open_risks_then(period):
    """The risks recorded by the end of `period` and open then: as their history says they
    were at that moment (a risk closed since was open), or as they are if it says nothing."""
    history = (
        Risk.history.model.objects.filter(id=OuterRef("pk"), history_date__lt=period.ends_at)
        .order_by("-history_date", "-history_id")
        .values("is_open")[:1]
    )
    return (
        Risk.objects.current()
        .filter(period.recorded())
        .annotate(open_then=Coalesce(Subquery(history), F("is_open")))
        .filter(open_then=True)
    )


def milestone_digest(trial, milestones, period):
    """`milestones` (of `trial`, by due date) in short as of `period.end`."""
    digest = MilestoneDigest(running=running_on(trial, period.end), total=len(milestones))
    for milestone in milestones:
        # Done after the report's date, it was still open then.
        if milestone.completed_on and milestone.completed_on <= period.end:
            digest.done += 1
            latest = digest.latest_done
            if latest is None or (milestone.completed_on, milestone.pk) > (
                latest.completed_on,
                latest.pk,
            ):
                digest.latest_done = milestone
            continue
        late = digest.running and milestone.due_on < period.end
        milestone.days_late = (period.end - milestone.due_on).days if late else 0
        milestone.due_next = digest.running and period.end <= milestone.due_on <= period.next_end
        digest.open.append(milestone)
        if late:
            digest.overdue.append(milestone)
        if milestone.due_next:
            digest.due_next.append(milestone)
    return digest


def trials_for_report(trials, period):
    """`trials` (a queryset) with what a report says of each, in six queries: milestones in
    short (`.digest`), the latest submitted monthly update up to the report's date
    (`.latest_update`), open risks (`.open_risks`, most serious first), support hours and
    sessions in all and in the period, and how many times the offer was drawn on."""
    milestones = Milestone.objects.current().filter(period.recorded())
    trials = [
        _as_it_stood(trial)
        for trial in as_they_stood(trials, period)
        .select_related("project", "lead_organisation", "local_authority", "consultant")
        .prefetch_related(Prefetch("milestones", queryset=milestones.order_by("due_on", "id")))
        .order_by("title", "pk")
    ]
    ids = [trial.pk for trial in trials]
    submitted = MonthlyUpdate.objects.current().filter(
        status=MonthlyUpdate.Status.SUBMITTED, month__lte=period.end
    )
    newest = submitted.filter(field_trial=OuterRef("field_trial")).order_by("-month", "-pk")
    updates = {
        update.field_trial_id: update
        for update in submitted.filter(field_trial__in=ids)
        .annotate(newest=Subquery(newest.values("pk")[:1]))
        .filter(pk=F("newest"))
        .select_related("author")
    }
    risks = {}
    for risk in (
        open_risks_then(period).filter(field_trial__in=ids).order_by("-likelihood", "-impact", "id")
    ):
        risks.setdefault(risk.field_trial_id, []).append(risk)
    in_period = Q(held_on__gte=period.start, held_on__lte=period.end)
    support = {
        row["field_trial_id"]: row
        for row in SupportSession.objects.filter(
            field_trial__in=ids, withdrawn_at__isnull=True, held_on__lte=period.end
        )
        .order_by()
        .values("field_trial_id")
        .annotate(
            all_hours=Sum("hours"),
            all_sessions=Count("id"),
            period_hours=Sum("hours", filter=in_period),
            period_sessions=Count("id", filter=in_period),
        )
    }
    uses = dict(
        OfferUse.objects.current()
        .filter(period.recorded(), field_trial__in=ids)
        .order_by()
        .values("field_trial_id")
        .annotate(n=Count("id"))
        .values_list("field_trial_id", "n")
    )
    for trial in trials:
        trial.digest = milestone_digest(trial, list(trial.milestones.all()), period)
        trial.running = trial.digest.running
        trial.started = started_by(trial, period.end)
        trial.latest_update = updates.get(trial.pk)
        trial.open_risks = risks.get(trial.pk, [])
        row = support.get(trial.pk, {})
        trial.report_hours = row.get("all_hours") or Decimal("0")
        trial.report_sessions = row.get("all_sessions", 0)
        trial.period_hours = row.get("period_hours") or Decimal("0")
        trial.period_sessions = row.get("period_sessions", 0)
        trial.report_offer_uses = uses.get(trial.pk, 0)
    return trials


def trials_summary(trials, period):
    """The summary page's facts about `trials` (from trials_for_report), and the sentences
    its "Needs attention" list takes from them."""
    by_status = {}
    by_rag = {rag: [] for rag in RAG_ORDER}
    for trial in trials:
        # Under way but not started by the period's end (starting later, or no start date
        # yet): "not started", not "incubating" (it was not running then).
        not_started = trial.status in LIVE and not trial.started
        label = NOT_STARTED if not_started else trial.get_status_display()
        by_status[label] = by_status.get(label, 0) + 1
        if trial.started:
            by_rag.setdefault(trial.latest_rag or "", []).append(trial)
    running = [t for t in trials if t.running]
    past_end = [t for t in trials if t.started and not t.running]
    overdue = sorted(
        ((m, t) for t in running for m in t.digest.overdue),
        key=lambda pair: (-pair[0].days_late, pair[1].title),
    )
    due_next = sorted(
        ((m, t) for t in running for m in t.digest.due_next),
        key=lambda pair: (pair[0].due_on, pair[1].title),
    )
    # The risks of trials still under way (then), as the home page names them: a completed
    # or withdrawn trial's risk left open needs nobody now, and was "Needs attention".
    risks = sorted(
        ((r, t) for t in trials if t.status in LIVE for r in t.open_risks),
        key=lambda pair: (-pair[0].score, pair[1].title),
    )
    month = period.start.replace(day=1)
    # Only a trial that had started by that month could send its update (a trial starting
    # in January is not late with November's).
    no_update = [
        t
        for t in running
        if (t.start_date is None or t.start_date.replace(day=1) <= month)
        and (t.latest_update is None or t.latest_update.month < month)
    ]
    attention = []
    for trial in by_rag["red"]:
        attention.append(f"{trial.title} reported red for {_month(trial.latest_update_month)}.")
    if overdue:
        worst, trial = overdue[0]
        attention.append(
            f"{_count(len(overdue), 'milestone')} overdue in running trials; the longest "
            f"overdue is {worst.title} ({trial.title}), {_count(worst.days_late, 'day')} late."
        )
    serious = [pair for pair in risks if pair[0].score >= SERIOUS_RISK]
    if serious:
        attention.append(
            f"{_count(len(serious), 'serious open risk')} (high likelihood or impact, the other "
            f"at least medium) in {_trials_named({t.pk: t for _, t in serious}.values())}."
        )
    if past_end:
        attention.append(
            f"{_trials_named(past_end)} passed {_their(len(past_end))} end date but "
            "{verb} not marked completed or withdrawn.".format(
                verb="is" if len(past_end) == 1 else "are"
            )
        )
    if no_update:
        attention.append(
            f"{_count(len(no_update), 'running trial')} sent no monthly update for "
            f"{period.start:%B %Y} or later."
        )
    return {
        "trials": trials,
        "by_status": sorted(by_status.items(), key=lambda item: -item[1]),
        "by_rag": [(rag, by_rag[rag]) for rag in RAG_ORDER if by_rag.get(rag)],
        "reds": by_rag["red"],
        "running": running,
        "past_end": past_end,
        "overdue": overdue,
        "worst_overdue": overdue[:WORST],
        "due_next": due_next,
        "soonest_due": due_next[:WORST],
        "due_more": len(due_next[WORST:]),  # due, and not among the soonest listed
        "risks": risks[:WORST],
        "open_risks": len(risks),
        "period_hours": sum((t.period_hours for t in trials), Decimal("0")),
        "period_sessions": sum(t.period_sessions for t in trials),
        "period": period,
        "no_trials": no_trials_by(period),
        "attention": attention,
    }


def _count(n, noun):
    return f"{n} {noun}{'' if n == 1 else 's'}"


def _trials_named(trials):
    """One trial by its title ("Beacon Trial", not "1 trial"), more by their number."""
    trials = list(trials)
    return trials[0].title if len(trials) == 1 else _count(len(trials), "trial")


def _their(n):
    return "its" if n == 1 else "their"


def _month(day):
    return f"{day:%B %Y}" if day else "its latest month"


def _requests(period, **filters):
    """The Power to Innovate requests made (and, if submitted, submitted) by the period's
    end; their state is as it is now (it keeps no history of its own)."""
    return list(
        PowerToInnovateRequest.objects.current()
        .filter(requests_by(period.end), **filters)
        .select_related("field_trial__project")
        .order_by("field_trial__title", "-created_at", "-id")
    )


def no_trials_by(period):
    """What a report says of a project or programme with no field trials recorded by the
    period's end (it may have some now): "No field trials by 30 November 2026"."""
    return f"No field trials by {long_date(period.end)}"


def not_started_by(trial, period):
    """What a trial's report says of a trial not yet recorded at the period's end, or whose
    start date is after it, or that is under way with no start date yet; None when it had
    started (or had ended)."""
    if trial.start_date and trial.start_date > period.end:
        return (
            f"The field trial had not started by {long_date(period.end)}: "
            f"it starts on {long_date(trial.start_date)}."
        )
    if trial.created_at < period.ends_at:
        if trial.start_date is None and trial.status in LIVE:
            return (
                f"The field trial had not started by {long_date(period.end)}: "
                "it has no start date yet."
            )
        return None
    if trial.start_date:  # its start date was in the period, but it was recorded later
        return (
            f"The field trial had not been recorded by {long_date(period.end)}: it was first "
            f"recorded on {long_date(timezone.localdate(trial.created_at))}, so this report "
            "has nothing of it to tell."
        )
    return f"The field trial had not started by {long_date(period.end)}."


def _summary_section(facts, *, one_trial=False):
    return {
        "title": "The field trial" if one_trial else "Field trials",
        "template": "reports/parts/summary_trials.html",
        "context": {**facts, "one_trial": one_trial},
        "summary": True,
        "attention": facts["attention"],
    }


def project_sections(project, period):
    trials = trials_for_report(FieldTrial.objects.filter(project=project), period)
    facts = trials_summary(trials, period)
    shared = {
        "project": project,
        "trials": trials,
        "period": period,
        "no_trials": facts["no_trials"],
    }
    requests = _requests(period, field_trial__project=project)
    # Incubate's work: left out of a report of a project not yet there while it has none
    # (reports.building.before_incubation).
    incubation = {"incubation": True, "empty": not trials}
    return [
        _summary_section(facts),
        {
            "title": "Field trials and their milestones",
            "template": "reports/parts/project_trials.html",
            "context": {**shared, "past_end": facts["past_end"]},
            **incubation,
        },
        {
            "title": "Each trial's latest monthly update and open risks",
            "template": "reports/parts/trial_updates.html",
            "context": shared,
            **incubation,
        },
        {
            "title": "Incubation offer and support given",
            "template": "reports/parts/project_offer.html",
            "context": {
                **shared,
                "offer_summary": offer_summary_for(project, until=period.end),
                # The trials' support held by the report's date, added up.
                "support_summary": {
                    "hours": sum((t.report_hours for t in trials), Decimal("0")),
                    "sessions": sum(t.report_sessions for t in trials),
                },
            },
            **incubation,
        },
        {
            "title": "Power to Innovate requests",
            "template": "reports/parts/pti.html",
            "context": {"requests": requests},
            "incubation": True,
            "empty": not requests,
        },
    ]


def trial_sections(trial, period):
    rows = trials_for_report(FieldTrial.objects.filter(pk=trial.pk), period)
    if not rows:  # recorded after the period: nothing of it to tell, but the report is made
        facts = {**trials_summary([], period), "not_started": not_started_by(trial, period)}
        return [_summary_section(facts, one_trial=True)]
    (trial_row,) = rows
    facts = {**trials_summary(rows, period), "not_started": not_started_by(trial_row, period)}
    records = trial_records(trial, until=period.end)
    updates = list(
        MonthlyUpdate.objects.current()
        .filter(field_trial=trial, status=MonthlyUpdate.Status.SUBMITTED, month__lte=period.end)
        .select_related("author")
        .order_by("-month")[:3]
    )
    # Who takes part keeps no history: told as it is now, and said so for a period over.
    participants = trial.participating_organisations.order_by("name").values_list("name", flat=True)
    shared = {"trial": trial_row, "trials": [trial_row], "period": period, "records": records}
    return [
        _summary_section(facts, one_trial=True),
        {
            "title": "The trial",
            "template": "reports/parts/trial_details.html",
            "context": {
                **shared,
                "updates": updates,
                "participants": list(participants),
                "participants_now": period.over,
            },
        },
        {
            "title": "Milestones in short",
            "template": "reports/parts/milestones.html",
            "context": {**shared, "one_trial": True},
        },
        {
            "title": "Open risks",
            "template": "reports/parts/trial_risks.html",
            "context": shared,
        },
        {
            "title": "Incubation offer and support given",
            "template": "reports/parts/trial_offer.html",
            "context": shared,
        },
        {
            "title": "Power to Innovate requests",
            "template": "reports/parts/pti.html",
            "context": {"requests": _requests(period, field_trial=trial)},
        },
    ]


def programme_sections(programme, period):
    # The projects and trials recorded by the period's end, each trial as it stood then.
    rows = list(
        Project.objects.current()
        .filter(period.recorded(), programme=programme)
        .order_by("start_date", "title")
    )
    running = project_trials_then(rows, period)
    overdue = dict(
        Milestone.objects.current()
        .filter(period.recorded(), field_trial__in=running, due_on__lt=period.end)
        .filter(Q(completed_on__isnull=True) | Q(completed_on__gt=period.end))
        .order_by()
        .values("field_trial__project_id")
        .annotate(n=Count("id"))
        .values_list("field_trial__project_id", "n")
    )
    if not rows:  # no projects (an innovation zone has none): no trials to count, nor tables
        return []
    for row in rows:
        row.overdue = overdue.get(row.pk, 0)
    totals = {
        key: sum(getattr(row, key) for row in rows)
        for key in ("trials", "live", "not_started", "red", "amber", "green", "overdue")
    }
    attention = []
    if totals["red"]:
        named = ", ".join(row.title for row in rows if row.red)
        attention.append(f"{_count(totals['red'], 'trial')} reported red, in {named}.")
    if totals["overdue"]:
        attention.append(f"{_count(totals['overdue'], 'milestone')} overdue in running trials.")
    return [
        {
            "title": "Field trials",
            "template": "reports/parts/summary_programme_trials.html",
            "context": {
                "totals": totals,
                "rows": rows,
                "period": period,
                "no_trials": no_trials_by(period),
            },
            "summary": True,
            "attention": attention,
        },
        {
            "title": "Field trials by project",
            "template": "reports/parts/programme_trials.html",
            "context": {"programme": programme, "rows": rows, "period": period},
        },
        {
            "title": "Power to Innovate requests",
            "template": "reports/parts/pti.html",
            "context": {
                "requests": _requests(period, field_trial__project__programme=programme),
                "show_project": True,
            },
        },
    ]


@register(order=20)
def part(subject, period):
    if isinstance(subject, Programme):
        return programme_sections(subject, period)
    if isinstance(subject, Project):
        return project_sections(subject, period)
    return trial_sections(subject, period)
