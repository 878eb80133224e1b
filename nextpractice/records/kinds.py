"""Declaring a kind of record, and finding every kind the apps declare.

Each app lists its kinds in `<app>/kinds.py` as `RECORD_KINDS`; `record_kinds()` discovers
them (as Django discovers admin modules), so the URLs, the access cases and the exports
grow by themselves when a kind is added.
"""

import sys
from collections.abc import Callable
from contextlib import contextmanager
from dataclasses import dataclass
from functools import cache

from django.apps import apps
from django.db.models import Exists
from django.http import Http404
from django.utils.module_loading import autodiscover_modules

from .models import KeptRecord
from .services import ParentClosed


def _nothing_depends(record):
    return ""


def _no_form_kwargs(record, user):
    return {}


def _created_by(record):
    return record.created_by_id


@dataclass(frozen=True)
class Column:
    """One column of a kind's list and of its exports: a heading and how to read a row."""

    heading: str
    value: Callable  # record -> value (text, number, date or None)
    # record -> the value as the record's own pages say it, where the export's reads
    # otherwise (a month: "November 2026", not "2026-11"); default the value, read_cell's way
    shown: Callable | None = None


@dataclass(frozen=True)
class RecordKind:
    """A kind of record, declared once; the kit builds its pages, events and exports."""

    app: str  # the app label: first part of its URLs and its event verbs
    slug: str  # in its URLs; with "-" as "_" in its event verbs ("programmes.option_changed")
    model: type  # a model with the KeptRecord mixin (or Versioned: correcting only)
    form: type  # a ModelForm; the edit page builds it with instance= and form_kwargs
    noun: str  # "problem statement": "Change the problem statement", "Withdraw ..."
    fetch: Callable  # (user, pk) -> the record, 404 if they may not see it (app's rules.py)
    parent: Callable  # record -> what it belongs to (its page; its events' target)
    may_change: Callable  # (user, record) -> bool, asking the app's rules.py
    back_url: Callable  # record -> the page it shows on
    fetch_parent: Callable  # (user, pk) -> the parent whose list is exported, 404 if not seen
    rows: Callable  # (parent, user) -> queryset of the parent's records that user may see
    columns: tuple  # Columns of its list and exports
    form_kwargs: Callable = _no_form_kwargs  # (record, user) -> more arguments for the form
    dependants: Callable = _nothing_depends  # record -> why it cannot be erased, "" if nothing
    author: Callable = _created_by  # record -> the id of who added it
    values: Callable | None = None  # form -> {field: value} to save; default the form's fields
    # record -> what its events are about (whose history shows them); default its parent
    target: Callable | None = None
    # record -> None, run in a withdrawal's, restoration's or deletion's transaction once the
    # record stops (or starts again) counting: keeps what is derived from it true (a trial's
    # latest monthly update, say)
    settle: Callable | None = None
    # record -> None, run on a withdrawn record as it is restored, before it is checked and
    # saved: puts back what `settle` changed when it was withdrawn (a Power to Innovate
    # request's state, back to the one it was withdrawn from)
    restore: Callable | None = None
    # record -> None, run first in a withdrawal's or deletion's transaction, before the
    # record is locked: takes the locks `settle` needs in the order the app's other services
    # take them (a trial before its update), so the two cannot deadlock
    lock_first: Callable | None = None
    # (record, lock=False) -> None, raising the app's ParentClosed (records.services) when
    # what the record belongs to takes no change now (its project withdrawn): asked as the
    # record was read before its edit, withdraw or delete page is shown, and with lock=True
    # first in the change's transaction, under the parent's row lock (before `lock_first`),
    # so that no change meets the parent's closing
    open_parent: Callable | None = None
    # (request, refused) -> the page answering `open_parent`'s ParentClosed (409)
    closed_page: Callable | None = None
    # many-to-many fields whose changes its events give as how many, not which: not everyone
    # who reads its history may see what they name (the trials that came to a meeting)
    counted_only: tuple = ()
    # record -> what withdrawing it means, said on the page that asks why (a Power to
    # Innovate request: whether it still goes to the Secretary of State)
    withdraw_note: Callable | None = None
    # record -> [str], named under its note on that page: what withdrawing it leaves in place,
    # marked (a workshop's creative options, which will say they came from a withdrawn one)
    withdraw_list: Callable | None = None
    # record -> what restoring it means, said on the page that asks why (a Power to Innovate
    # request: the state it returns to)
    restore_note: Callable | None = None
    # record -> where a deleted record's page leads, when back_url is the record's own page
    # (which is gone with it); default back_url
    gone_url: Callable | None = None
    # (record, actor, event) -> None, run in a withdrawal's transaction after its event: tells
    # whoever should know (a monthly update's author, that it no longer counts)
    tell_withdrawn: Callable | None = None
    # (record, actor, event) -> None, run in a restoration's transaction after its event:
    # tells those `tell_withdrawn` told that it counts again
    tell_restored: Callable | None = None
    # (record, error) -> the words its restore page says for `error` (the ValidationError its
    # return would raise), where its rule's own words are for its form and ask what that
    # page cannot do (an option's "give this one another": a withdrawn one is not renamed)
    restore_refused: Callable | None = None
    # Its records are shown (or counted) in progress reports: its withdraw page says that
    # reports already made keep what they showed, and can be withdrawn from their own page
    in_reports: bool = False

    def event_target(self, record):
        return (self.target or self.parent)(record)

    def exported(self, parent, user):
        """What its export of `parent`'s list holds: the records `user` may see, not
        withdrawn (a page asks it too, to offer the download only when it has rows)."""
        records = self.rows(parent, user)
        return records.current() if self.withdrawable else records

    @property
    def withdrawable(self):
        """Kept records are withdrawn and deleted; merely versioned ones (programmes and
        projects) are only corrected."""
        return issubclass(self.model, KeptRecord)

    @property
    def key(self):
        return (self.app, self.slug)

    @property
    def verb_noun(self):
        return self.slug.replace("-", "_")

    def verb(self, what):
        """The event verb: "<app>.<kind>_changed", "_withdrawn", "_restored" or "_deleted"."""
        return f"{self.app}.{self.verb_noun}_{what}"

    def saved_values(self, form):
        if self.values is not None:
            return self.values(form)
        return {name: form.cleaned_data[name] for name in form._meta.fields}

    def __str__(self):
        return f"{self.app}:{self.slug}"


_declared_in_tests = {}


@cache
def _discovered():
    # A kinds module that fails to import fails loudly (autodiscover_modules re-raises).
    autodiscover_modules("kinds")
    found = {}
    for config in apps.get_app_configs():  # kinds listed in INSTALLED_APPS order
        declared = getattr(sys.modules.get(f"{config.name}.kinds"), "RECORD_KINDS", ())
        for kind in declared:
            assert kind.key not in found, f"{kind} is declared twice"
            found[kind.key] = kind
    return found


def record_kinds():
    """{(app, slug): RecordKind} of every kind the apps declare."""
    return {**_discovered(), **_declared_in_tests}


def kind_of(record):
    """The kind declared for `record`'s model (each model has one)."""
    [kind] = [kind for kind in record_kinds().values() if kind.model is type(record)]
    return kind


def lists_with_rows(lists, user, *, anchor):
    """Which of `lists` ([(kind, parent)]) would export a row to `user`, as [bool]: asked in
    one query however many lists (an EXISTS each, read beside `anchor`, a saved row the page
    has read already), so a page offers only the downloads that hold something."""
    if not lists:
        return []
    checks = {
        f"list_{i}": Exists(kind.exported(parent, user)) for i, (kind, parent) in enumerate(lists)
    }
    found = type(anchor)._base_manager.filter(pk=anchor.pk).values(**checks).first() or {}
    return [bool(found.get(f"list_{i}")) for i in range(len(lists))]


def restorable(user, rows, *, closed=False):
    """A "Withdrawn" list of records of several kinds, [(noun, record)], as [(noun, record,
    kind)]: `kind` is the record's kind where `user` may restore it (its `may_change`, as its
    restore page asks, while what it belongs to takes changes: its `open_parent`), else None;
    None for each when the page is `closed` (a withdrawn project's, which its pages refuse).
    No query of its own when the records come with what their rules read (their project)."""
    listed = []
    for noun, record in rows:
        kind = None if closed else kind_of(record)
        if kind is not None and not _may_restore(kind, user, record):
            kind = None
        listed.append((noun, record, kind))
    return listed


def _may_restore(kind, user, record):
    if kind.open_parent:
        try:
            kind.open_parent(record)
        except ParentClosed:
            return False
    return bool(kind.may_change(user, record))


def kind_or_404(app, slug):
    try:
        return record_kinds()[(app, slug)]
    except KeyError:
        raise Http404("No such page.") from None


@contextmanager
def declared(*kinds):
    """Declare kinds for the length of a test (the README's "Add a record kind")."""
    for kind in kinds:
        _declared_in_tests[kind.key] = kind
    try:
        yield
    finally:
        for kind in kinds:
            _declared_in_tests.pop(kind.key, None)
