"""What changed since the last report of the same subject, for the summary (after what needs
attention, before the summary of each part).

Read from the shared event log (accounts.Event), which places each event in its programme,
project and field trial: stage moves, trials started and ended, red/amber/green changes, new
risks and milestones met since the period of the previous report ended (the latest ready
report of the subject whose period ends on or before this one's starts, `previous_report_end`;
with none, since this period's start), up to the report's own moment (its period's end, so a
report of November made in December tells nothing of December), each kind told in one plain
sentence. Events of records since withdrawn
through the record kit (a monthly update, a risk, a milestone) are left out, as the rest of
the report counts current records only. At most three queries, whatever
the number of trials or events: the previous report, the events since, and (when trials
reported) each one's rating before.
"""

import datetime
from dataclasses import dataclass, field

from django.db.models import BigIntegerField, DateField, Exists, F, Max, OuterRef, Q, Subquery
from django.db.models.fields.json import KeyTextTransform
from django.db.models.functions import Cast, Coalesce, TruncDate
from django.utils import timezone

from .models import Report, subject_filter, subject_kind

STAGE_MOVED = "programmes.stage_moved"
STATUS_MOVED = "fieldtrials.status_moved"
UPDATE_SUBMITTED = "fieldtrials.update_submitted"
RISK_ADDED = "fieldtrials.risk_added"
MILESTONE_MET = "fieldtrials.milestone_completed"
VERBS = [STAGE_MOVED, STATUS_MOVED, UPDATE_SUBMITTED, RISK_ADDED, MILESTONE_MET]

STARTED = {"incubating"}
ENDED = {"completed", "withdrawn"}
# How many names a sentence lists before "and N more".
NAMES_SHOWN = 4
RAG_WORDS = {"red": "red", "amber": "amber", "green": "green"}
EVENT_SCOPE = {"programme": "programme", "project": "project", "trial": "field_trial"}


@dataclass
class Changes:
    """What changed from `since` (a date: the day after the previous report's period, or
    with no previous report this period's start) to the report's end, in `sentences`.
    `previous_end`
    is the last day the previous report covered, None when no report covers the time
    before this one."""

    since: object = None
    previous_end: object = None
    sentences: list = field(default_factory=list)
    # With no report before this one: the last day of the latest report that overlaps it
    # (ends within this period), so the report says why it is not compared with that one.
    overlapping_end: object = None

    @property
    def is_first(self):
        return self.previous_end is None


def previous_report_end(subject, period):
    """The last day covered by the report before this one: the latest ready report of
    `subject` whose period ends on or before `period` starts (whenever it was made, so a
    report asked for later about an earlier time is not the baseline of the next), or None.
    A withdrawn report is none: its readers no longer have it to compare with.
    A report made before reports kept their period counts as ending on the day it was made.
    """
    return _report_ends(subject, period)["previous"]


def _report_ends(subject, period):
    """`previous` (previous_report_end) and `overlapping`: the last day of the latest ready
    report ending within `period` before its end (one that overlaps it), in one query."""
    ended = Coalesce(
        "covers_to", TruncDate(Coalesce("started_at", "requested_at")), output_field=DateField()
    )
    return (
        Report.objects.filter(
            **subject_filter(subject), state=Report.State.READY, withdrawn_at__isnull=True
        )
        .annotate(ended=ended)
        .aggregate(
            previous=Max("ended", filter=Q(ended__lte=period.start)),
            overlapping=Max("ended", filter=Q(ended__gt=period.start, ended__lt=period.end)),
        )
    )


def changes_since_last_report(subject, period, *, as_of):
    """What changed about `subject` after the previous report's period ended (see
    `previous_report_end`) up to `as_of`, the moment the report is as of (its period's end,
    or now for a period ending today). With no previous report, the changes are those
    within `period`, from its start, and the report says so: that reads truer than "This
    is the first report" when other reports exist, of later or overlapping times."""
    from accounts.models import Event

    ends = _report_ends(subject, period)
    previous_end = ends["previous"]
    # The first day not covered by the previous report (its last day is its own).
    since = previous_end + datetime.timedelta(days=1) if previous_end else period.start
    since_at = timezone.make_aware(datetime.datetime.combine(since, datetime.time()))
    scope = {EVENT_SCOPE[subject_kind(subject)]: subject}
    events = list(
        Event.objects.filter(
            **scope, verb__in=VERBS, created_at__gte=since_at, created_at__lt=as_of
        )
        .annotate(record_id=Cast(KeyTextTransform("id", "data"), BigIntegerField()))
        .exclude(_of_withdrawn_record())
        .order_by("created_at", "id")
        .values("verb", "target_name", "field_trial_id", "data")
    )
    by_verb = {verb: [e for e in events if e["verb"] == verb] for verb in VERBS}
    sentences = [
        *_stage_moves(by_verb[STAGE_MOVED]),
        *_status_moves(by_verb[STATUS_MOVED]),
        *_rag_changes(by_verb[UPDATE_SUBMITTED], since=since_at),
        *_counted(by_verb[RISK_ADDED], "new risk was recorded", "new risks were recorded", "for"),
        *_counted(by_verb[MILESTONE_MET], "milestone was met", "milestones were met", "in"),
    ]
    overlapping_end = None if previous_end else ends["overlapping"]
    return Changes(
        since=since, previous_end=previous_end, sentences=sentences, overlapping_end=overlapping_end
    )


def _of_withdrawn_record():
    """A filter (Q) for events whose record has since been withdrawn (the kit's withdrawal:
    it stays, marked, but stops counting), so that this agrees with the rest of the report,
    which counts current records only. A monthly update is its event's target; a risk or
    milestone is named by the event's data["id"] (annotated as `record_id`). Subqueries of
    the one query, not queries of their own."""
    from fieldtrials.models import Milestone, MonthlyUpdate, Risk

    def withdrawn(model, ref):
        return Exists(model.objects.withdrawn().filter(pk=OuterRef(ref)))

    return (
        (Q(verb=UPDATE_SUBMITTED) & Q(withdrawn(MonthlyUpdate, "target_id")))
        | (Q(verb=RISK_ADDED) & Q(withdrawn(Risk, "record_id")))
        | (Q(verb=MILESTONE_MET) & Q(withdrawn(Milestone, "record_id")))
    )


def names(items):
    """ "A", "A and B", "A, B and C", "A, B, C, D and 2 more"."""
    items = list(dict.fromkeys(items))
    shown, rest = items[:NAMES_SHOWN], len(items) - NAMES_SHOWN
    if rest > 0:
        return f"{', '.join(shown)} and {rest} more"
    if len(shown) == 1:
        return shown[0]
    return f"{', '.join(shown[:-1])} and {shown[-1]}"


def _stage_label(value):
    from programmes.models import Stage

    return Stage(value).label if value in Stage.values else value


def _stage_moves(events):
    return [
        f"{e['target_name']} moved from {_stage_label(e['data'].get('from'))} to "
        f"{_stage_label(e['data'].get('to'))}."
        for e in events
    ]


def _trials(count):
    return "1 trial" if count == 1 else f"{count} trials"


def _status_moves(events):
    """Trials started (now incubating) and ended (completed or withdrawn), each trial once,
    as of its last move."""
    last = {}
    for e in events:
        last[e["field_trial_id"]] = e
    started = [e["target_name"] for e in last.values() if e["data"].get("to") in STARTED]
    ended = [
        f"{e['target_name']} ({e['data']['to']})"
        for e in last.values()
        if e["data"].get("to") in ENDED
    ]
    sentences = []
    if started:
        sentences.append(f"{_trials(len(started))} started incubating: {names(started)}.")
    if ended:
        sentences.append(f"{_trials(len(ended))} ended: {names(ended)}.")
    return sentences


def _rag_changes(events, *, since):
    """Trials whose latest submitted rating differs from their last one before `since`."""
    if not events:
        return []
    from accounts.models import Event
    from fieldtrials.models import FieldTrial, MonthlyUpdate

    latest = {}
    for e in events:
        if e["data"].get("rag"):
            latest[e["field_trial_id"]] = e["data"]["rag"]
    before = (
        Event.objects.filter(
            verb=UPDATE_SUBMITTED, field_trial=OuterRef("pk"), created_at__lt=since
        )
        .exclude(Exists(MonthlyUpdate.objects.withdrawn().filter(pk=OuterRef("target_id"))))
        .order_by("-created_at", "-id")
    )
    trials = (
        FieldTrial.objects.filter(pk__in=latest)
        .annotate(rag_before=Subquery(before.values("data__rag")[:1]))
        .order_by(F("title"))
        .values_list("pk", "title", "rag_before")
    )
    changed = [
        f"{title} from {RAG_WORDS.get(rag_before, rag_before)} to {latest[pk]}"
        for pk, title, rag_before in trials
        if rag_before and rag_before != latest[pk]
    ]
    if not changed:
        return []
    return [f"Red, amber or green changed for {_trials(len(changed))}: {names(changed)}."]


def _counted(events, one, many, preposition):
    if not events:
        return []
    what = one if len(events) == 1 else many
    trials = [e["target_name"] for e in events]
    return [f"{len(events)} {what} {preposition} {names(trials)}."]
