"""Reading the event log for pages: a page's history and the activity people may see.

A history is what happened to one thing (a programme, project, option, field trial, or the
evaluation records of one of them); activity is everything that happened under a programme,
project or trial, or (on a person's home page) anywhere they may see, filterable by kind and
paged newest first. Both read events alone, in one query, whatever their number: the
events know their programme, project and trial (indexed) and their target's name, and
accounts.rules.visible_events says which a person may read. Sentences: nextpractice/history.
"""

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from django.contrib.contenttypes.models import ContentType
from django.db.models import Q

from nextpractice.history import KINDS, entries, kind_filter, unstreamed_verbs

from .rules import visible_events

EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
HISTORY_SIZE = 30
PAGE_SIZE = 25
EXPORT_SIZE = 10_000  # the newest events a download holds: a spreadsheet, not an archive
RECENT_SIZE = 10  # on a programme, project or home page, with a link to the rest
LEVELS = {"programmes.programme": "programme", "programmes.project": "project",
          "fieldtrials.fieldtrial": "field_trial"}  # fmt: skip


def level_of(subject):
    """ "programme", "project" or "field_trial" for one of those three."""
    return LEVELS[subject._meta.label_lower]


def _own_events(subject):
    """Events about `subject` itself: those placed at its level and not below it."""
    level = level_of(subject)
    condition = Q(**{f"{level}_id": subject.pk})
    if level == "programme":
        condition &= Q(project=None)
    elif level == "project":
        condition &= Q(field_trial=None)
    return condition


def history_of(subject, user, *, limit=HISTORY_SIZE, verbs_from=None):
    """The newest events of a programme, project or field trial itself, as entries, newest
    first (one query). `verbs_from` keeps only the verbs of one app (e.g. "evaluation", for an
    evaluation page)."""
    events = visible_events(user).filter(_own_events(subject))
    if verbs_from:
        events = events.filter(verb__startswith=f"{verbs_from}.")
    return entries(events[:limit])


def history_of_record(record, user, *, kind="", limit=HISTORY_SIZE):
    """The newest events about `record` (an option, say), newest first: those written on it,
    and, when `kind` names its record kind (nextpractice/records), the kit's events, which
    are written on the record's programme, project or trial with the record's id in data."""
    content_type = ContentType.objects.get_for_model(record)  # cached after the first time
    about = Q(target_type=content_type, target_id=record.pk)
    if kind:
        about |= Q(data__kind=kind, data__id=record.pk)
    return entries(visible_events(user).filter(about)[:limit])


@dataclass
class ActivityPage:
    """One page of activity: its entries, the cursor of the next (older) page, the filter."""

    entries: list
    older: str | None
    kind: str
    kinds: dict


def activity(user, *, subject=None, kind="", before="", size=PAGE_SIZE, places=True, below=False):
    """What happened lately that `user` may see, under `subject` (a programme, project or
    field trial) or anywhere, newest first; `kind` one of nextpractice.history.KINDS;
    `before` the cursor a previous page gave (keyset paging: one query at any depth).
    `places`: name where each happened, below `subject` (False: a narrow overview column,
    whose "See all activity" page names them). `below`: only what happened below `subject`,
    not to it (for a page that shows its own history beside it)."""
    kind = kind if kind in KINDS else ""
    events = _events_under(user, subject, kind)
    if below:
        events = events.exclude(_own_events(subject))
    cursor = parse_cursor(before)
    if cursor:
        at, pk = cursor
        events = events.filter(Q(created_at__lt=at) | Q(created_at=at, pk__lt=pk))
    where = places_below(subject) if places else None
    rows = entries(events.order_by("-created_at", "-id")[: size + 1], where=where)
    older = cursor_of(rows[size - 1]) if len(rows) > size else None
    return ActivityPage(entries=rows[:size], older=older, kind=kind, kinds=KINDS)


def places_below(subject):
    """What names where each event happened under `subject` (nextpractice.history.entries):
    its trial or project, or none when `subject` is one trial."""
    where = "anywhere" if subject is None else level_of(subject)
    return None if where == "field_trial" else where


def _events_under(user, subject, kind):
    if subject is not None:
        events = visible_events(user).filter(**{f"{level_of(subject)}_id": subject.pk})
    else:  # anywhere: a stream across places, without the steps nobody took (Phrase.stream)
        events = visible_events(user, anywhere=True).exclude(verb__in=unstreamed_verbs())
    if kind:
        events = events.filter(kind_filter(kind))
    return events


def activity_for_export(user, *, subject=None, kind="", size=EXPORT_SIZE):
    """The newest `size` events `user` may see under `subject` (or anywhere), with the
    page's filter, as entries newest first (one query)."""
    kind = kind if kind in KINDS else ""
    events = _events_under(user, subject, kind).order_by("-created_at", "-id")[:size]
    return entries(events, where=places_below(subject))


def cursor_of(entry):
    """The cursor that asks for events older than `entry`."""
    micros = (entry.when - EPOCH) // timedelta(microseconds=1)
    return f"{micros}-{entry.pk}"


def parse_cursor(text):
    """(created_at, pk) from a cursor, or None if it is not one."""
    try:
        micros, pk = (int(part) for part in str(text).split("-"))
    except ValueError:
        return None
    try:
        return EPOCH + timedelta(microseconds=micros), pk
    except OverflowError:
        return None
