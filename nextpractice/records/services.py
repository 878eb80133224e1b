"""Changing, withdrawing, restoring and deleting a kept record: one service each, for every
kind.

Each checks the kind's permission, locks the row, changes it, `full_clean()`s (a withdrawal
checks only the fields it writes) and writes one event (`<app>.<kind>_changed`, `_withdrawn`,
`_restored`, `_deleted`) whose target is the kind's `event_target` (what the record belongs
to, unless the kind says otherwise), with {"kind", "id", "noun", "text", "changes":
[{"field", "from", "to"}], "reason"}. What changed from what to what is
`accounts.services.changes_between`'s, as for every other edit in the app.
"""

import functools
import logging
from datetime import UTC, datetime, timedelta

from django.core.exceptions import NON_FIELD_ERRORS, PermissionDenied, ValidationError
from django.db import IntegrityError, models, transaction
from django.utils import timezone
from django.utils.dateformat import format as format_date

from accounts.memberships import read_afresh
from accounts.services import changes_between, record_event
from nextpractice.words import plain_number

logger = logging.getLogger(__name__)

# How long the person who added a record may delete it outright; after that it is withdrawn.
DELETE_WINDOW = timedelta(minutes=15)
EPOCH = datetime(1970, 1, 1, tzinfo=UTC)


# Said when a constraint refuses a save that the model's rules had let through, and checking
# again finds nothing to say beside a field.
SAVED_JUST_NOW = "Someone has just saved something like this: look at the page again"


def save_checked(record, **save_kwargs):
    """Save `record`, already `full_clean()`ed, leaving a race to the database: when another
    request saved its like between the check and this save, its constraint refuses this one
    (IntegrityError). Checked again, now that the other is there, the model's own rule says
    why beside its field (ValidationError); the savepoint keeps the caller's transaction."""
    try:
        with transaction.atomic():
            record.save(**save_kwargs)
    except IntegrityError:
        record.full_clean()
        raise ValidationError(SAVED_JUST_NOW) from None


def moment_token(when):
    """Which save a page was loaded on, for a record with no version of its own: the moment
    it was saved (`when`, its decided_at or concluded_at), in microseconds; 0 for never. The
    page carries it as `based_on`; each new save is at a new moment."""
    if when is None:
        return 0
    return (when - EPOCH) // timedelta(microseconds=1)


class RecordConflict(Exception):
    """Someone saved the record since the editor loaded it; `current` is what they saved."""

    def __init__(self, current):
        super().__init__("Someone else changed this while you were editing.")
        self.current = current


class RecordWithdrawn(Exception):
    """The record is withdrawn: it cannot be changed or withdrawn again."""

    def __init__(self, record):
        super().__init__("This has been withdrawn.")
        self.record = record


class RecordNotWithdrawn(Exception):
    """The record is not withdrawn (restored already: a second click, another tab, someone
    else): there is nothing to restore."""

    def __init__(self, record):
        super().__init__("This is not withdrawn: it has been restored already.")
        self.record = record


class ParentClosed(Exception):
    """What the record belongs to takes no change now (a withdrawn project): nothing is
    changed. Raised by the kind's `open_parent`, before its page is shown or under the
    parent's lock; the kind's `closed_page` answers it. Apps subclass it."""


def shown(record, name):
    """A field's value as people read it: choices by label, dates in words, "" for none."""
    model_field = record._meta.get_field(name)
    if model_field.many_to_many:
        return _listed(getattr(record, name).all())
    value = getattr(record, name)
    if model_field.choices:
        return str(dict(model_field.flatchoices).get(value, value or ""))
    if value is None or value == "":
        return ""
    if isinstance(model_field, models.FileField):
        return value.name.rsplit("/", 1)[-1] if value else ""
    if isinstance(model_field, models.DateTimeField):
        return format_date(timezone.localtime(value), "j M Y H:i")
    if isinstance(model_field, models.DateField):
        return format_date(value, "j M Y")
    if isinstance(model_field, models.BooleanField):
        return "Yes" if value else "No"
    if isinstance(model_field, models.DecimalField):
        return plain_number(value)
    return str(value)


def _require(kind, record, actor):
    if not kind.may_change(actor, record):
        raise PermissionDenied(f"You may not change this {kind.noun}.")


def _require_again(kind, locked, actor):
    """The kind's permission asked again of the row as locked, of what `actor` belongs to
    now (read afresh, not as this request first read it): a right lost since the page was
    sent, to a step taken on the record (a Power to Innovate request submitted) or to a
    change of team (taken off the trial), changes nothing (PermissionDenied)."""
    read_afresh(actor)
    _require(kind, locked, actor)


def _event(kind, record, actor, what, **data):
    return record_event(
        actor=actor,
        verb=kind.verb(what),
        target=kind.event_target(record),
        data={
            "kind": kind.slug,
            "id": record.pk,
            "noun": kind.noun,
            "text": str(record)[:200],
            **data,
        },
    )


def _open_parent(kind, record):
    """First in a change's transaction: what `record` belongs to, locked and asked whether it
    takes changes (ParentClosed if not), when the kind says how (its `open_parent`)."""
    if kind.open_parent:
        kind.open_parent(record, lock=True)


def _locked(record, kind=None):
    if kind is not None and kind.lock_first:
        kind.lock_first(record)
    return type(record).objects.select_for_update().get(pk=record.pk)


def _many(record, name):
    field = record._meta.get_field(name)
    return field if field.many_to_many else None


def _listed(objects):
    return ", ".join(sorted(str(o) for o in objects))


def _counted(objects):
    return str(len(list(objects)))


def _stored_files(record):
    """[(storage, name)] of the files `record`'s file fields hold."""
    return [
        (field.storage, getattr(record, field.attname).name)
        for field in record._meta.concrete_fields
        if isinstance(field, models.FileField) and getattr(record, field.attname)
    ]


def _delete_files_after_commit(files):
    """Delete files no record holds any more (one replaced, removed, or its record deleted),
    once the change is committed: a file someone removed, perhaps for the personal data in
    it, is not kept where nobody can see or remove it. A file that cannot be deleted is
    logged, never a failure of the change."""

    def delete(storage, name):
        try:
            storage.delete(name)
        except Exception:
            logger.exception("Could not delete the stored file %s", name)

    for storage, name in files:
        transaction.on_commit(functools.partial(delete, storage, name))


def change_record(*, kind, record, actor, based_on, values):
    """Save `values` ({field: value}; a many-to-many field's value a list of objects) to
    `record`, unless someone saved it since version `based_on` (RecordConflict, nothing
    saved), it is withdrawn (RecordWithdrawn) or what it belongs to takes no change now
    (ParentClosed). The kind's permission is asked again of the locked row
    (PermissionDenied): taken off the team while the page was open, nothing is saved."""
    _require(kind, record, actor)
    with transaction.atomic():
        _open_parent(kind, record)
        locked = _locked(record)
        if locked.is_withdrawn:
            raise RecordWithdrawn(locked)
        _require_again(kind, locked, actor)
        if locked.version != based_on:
            raise RecordConflict(locked)
        columns = [name for name in values if not _many(locked, name)]
        before = {name: getattr(locked, name) for name in columns}
        files_before = _stored_files(locked)
        for name in columns:
            setattr(locked, name, values[name])
        locked.full_clean()
        changes = changes_between(before, locked, columns)
        for name in values:
            if field := _many(locked, name):  # a lesson's themes, say: compared as a list
                was, now = _listed(getattr(locked, name).all()), _listed(values[name])
                if name in kind.counted_only and was != now:
                    was, now = _counted(getattr(locked, name).all()), _counted(values[name])
                if was != now:
                    label = str(field.verbose_name).capitalize()
                    changes.append({"field": label, "from": was, "to": now})
        if not changes:
            return locked
        locked.version += 1
        locked.changed_at = timezone.now()
        locked.changed_by = actor
        save_checked(locked)
        for name in values:
            if _many(locked, name):
                getattr(locked, name).set(values[name])
        _event(kind, locked, actor, "changed", changes=changes)
        now_stored = set(_stored_files(locked))
        _delete_files_after_commit([f for f in files_before if f not in now_stored])
    return locked


def withdraw_record(*, kind, record, actor, reason):
    """Withdraw a record: it stays, marked with who, when and why, and stops counting. Not
    while what it belongs to takes no change (ParentClosed); the kind's permission is asked
    again of the locked row (PermissionDenied). Its other fields are not checked: one kept
    before a rule it now breaks is withdrawn all the same."""
    _require(kind, record, actor)
    with transaction.atomic():
        _open_parent(kind, record)
        locked = _locked(record, kind)
        if locked.is_withdrawn:
            raise RecordWithdrawn(locked)
        # Asked again of the row as locked: a kind whose rule turns on the record's state (a
        # Power to Innovate request, its team's only while a draft) is not withdrawn by
        # someone whose right went with a step taken meanwhile.
        _require_again(kind, locked, actor)
        locked.withdrawn_at = timezone.now()
        locked.withdrawn_by = actor
        locked.withdrawn_reason = reason.strip()
        locked.version += 1
        # Only what withdrawing changes is checked: a record kept before a rule of its kind
        # (an option with no description, from older data) is withdrawn as it stands.
        locked.clean_fields(exclude=_all_but(locked, WITHDRAWAL_FIELDS))
        locked.save(update_fields=["withdrawn_at", "withdrawn_by", "withdrawn_reason", "version"])
        if kind.settle:
            kind.settle(locked)
        event = _event(kind, locked, actor, "withdrawn", reason=locked.withdrawn_reason)
        if kind.tell_withdrawn:
            kind.tell_withdrawn(locked, actor, event)
    return locked


# What withdrawing a record writes, and all that its withdrawal checks.
WITHDRAWAL_FIELDS = ("withdrawn_at", "withdrawn_by", "withdrawn_reason", "version")


def _all_but(record, names):
    return [f.name for f in record._meta.concrete_fields if f.name not in names]


def _put_back(kind, record):
    """`record` (withdrawn) as it reads restored: no longer marked withdrawn, and what its
    withdrawal changed put back (the kind's `restore`: a Power to Innovate request's state)."""
    record.withdrawn_at = None
    record.withdrawn_by = None
    record.withdrawn_reason = ""
    if kind.restore:
        kind.restore(record)
    return record


def restore_problems(*, kind, record):
    """Why `record` (withdrawn) cannot be restored now, in its kind's own words ([] if it
    can): the rules it would break back among the current records (another has taken its
    place since: the month's update, a milestone due that day under its title), in its
    kind's words for the restore page where it has them. Asked of a copy; nothing is
    written."""
    copy = _put_back(kind, type(record).objects.get(pk=record.pk))
    try:
        copy.full_clean()
    except ValidationError as error:
        return _refused_words(kind, copy, error)
    return []


def _refused_words(kind, record, error):
    """What a restore page says of `error`, the rules `record`'s return breaks: its kind's
    words for the restore page (`restore_refused`), else the rules' own, where they are
    ours; Django's own ("This field cannot be blank.", "Constraint “milestone_once_a_day” is
    violated.", "Milestone with this … already exists.") name no field or name the model, so
    they are said in the record's words instead (_plainly)."""
    if kind.restore_refused:
        return kind.restore_refused(record, error)
    if not hasattr(error, "error_dict"):
        return [_plainly(kind, record, NON_FIELD_ERRORS, e) for e in error.error_list]
    return [
        _plainly(kind, record, name, e) for name, errors in error.error_dict.items() for e in errors
    ]


# The codes of Django's own messages for a model's fields and constraints (our rules give
# none, or their own): a restore page says them in the record's words.
TAKEN_CODES = {"unique", "unique_together"}
DJANGO_CODES = {"blank", "null", "invalid_choice", "invalid", "max_length", *TAKEN_CODES}
DJANGO_CONSTRAINT = "Constraint “"  # a constraint's message when it declares none


def _plainly(kind, record, name, error):
    """One problem of `record`'s return as its restore page says it: what, why, what to do."""
    said = " ".join(error.messages)
    if error.code not in DJANGO_CODES and not said.startswith(DJANGO_CONSTRAINT):
        return said
    if error.code in TAKEN_CODES or name == NON_FIELD_ERRORS:
        return (
            f"Another {kind.noun} of {kind.parent(record)} has taken its place since it was "
            "withdrawn"
        )
    label = str(record._meta.get_field(name).verbose_name)
    return (
        f"Its {label} is {'missing' if error.code in {'blank', 'null'} else 'not one it can have'}"
        f" now, and a withdrawn {kind.noun} cannot be changed: add it again as a new one instead"
    )


def restore_record(*, kind, record, actor, reason):
    """Bring a withdrawn record back: it counts again as it did before, and a `_restored`
    event keeps who restored it and why (its history shows it after the withdrawal). For
    those who may withdraw it (the kind's permission, asked again of the locked row:
    PermissionDenied); not while what it belongs to takes no change (ParentClosed). Once
    only: one not withdrawn, restored already by a second click or someone else, is refused
    (RecordNotWithdrawn). One whose return would break a rule of its kind (another record
    holds its place now) is refused with the rule's words, or its kind's for the restore page
    (ValidationError), nothing changed; the rule's constraint decides a race (save_checked).
    Whoever its withdrawal told is told (the kind's `tell_restored`)."""
    _require(kind, record, actor)
    with transaction.atomic():
        _open_parent(kind, record)
        locked = _locked(record, kind)
        if not locked.is_withdrawn:
            raise RecordNotWithdrawn(locked)
        _require_again(kind, locked, actor)
        was = locked.withdrawn_reason
        _put_back(kind, locked)
        locked.version += 1
        try:
            locked.full_clean()
            save_checked(locked)
        except ValidationError as error:
            raise ValidationError(_refused_words(kind, locked, error)) from None
        if kind.settle:
            kind.settle(locked)
        event = _event(kind, locked, actor, "restored", reason=reason.strip(), withdrawn_reason=was)
        if kind.tell_restored:
            kind.tell_restored(locked, actor, event)
    return locked


def check_delete(*, kind, record, actor, now=None):
    """(allowed, reason): only its author, within DELETE_WINDOW of adding it, and only while
    nothing depends on it; otherwise it is withdrawn instead."""
    if not kind.may_change(actor, record):
        return False, f"You may not change this {kind.noun}."
    if record.is_withdrawn:
        return False, f"This {kind.noun} has been withdrawn, so it stays as a record."
    if kind.author(record) != actor.pk:
        return (
            False,
            f"Only the person who added this {kind.noun} can delete it. Withdraw it instead.",
        )
    now = now or timezone.now()
    if now - record.created_at > DELETE_WINDOW:
        minutes = int(DELETE_WINDOW.total_seconds() // 60)
        return False, (
            f"This {kind.noun} was added more than {minutes} minutes ago, so it stays as a "
            "record. Withdraw it instead."
        )
    depends = kind.dependants(record)
    if depends:
        return False, f"{depends} Withdraw it instead."
    return True, ""


def delete_record(*, kind, record, actor):
    """Delete a record its author added minutes ago and nothing depends on; not while what
    it belongs to takes no change (ParentClosed)."""
    with transaction.atomic():
        _open_parent(kind, record)
        locked = _locked(record, kind)
        allowed, reason = check_delete(kind=kind, record=locked, actor=actor)
        if not allowed:
            raise PermissionDenied(reason)
        record_event(
            actor=actor,
            verb=kind.verb("deleted"),
            target=kind.event_target(locked),
            data={"kind": kind.slug, "id": locked.pk, "noun": kind.noun, "text": str(locked)[:200]},
        )
        files = _stored_files(locked)
        locked.delete()
        _delete_files_after_commit(files)
        if kind.settle:
            kind.settle(locked)
