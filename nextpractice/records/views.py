"""The pages every declared kind gets: edit (refusing a stale save), withdraw, restore,
delete and export. Access: the kind's `fetch` (404 for what the person may not see) and `may_change`
(403 for what they see but may not change), both answered by the app's rules.py."""

import datetime
import html
from functools import wraps

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.html import strip_tags
from django.utils.text import slugify

from accounts.access import requires
from accounts.search import say_who_adds

from ..told import told_at
from .export import export_columns
from .forms import (
    DeleteForm,
    RestoreForm,
    WithdrawForm,
    apply_errors,
    based_on,
    editing,
    posted,
)
from .kinds import kind_or_404
from .merge import merge_clash, saved_by_you
from .services import (
    ParentClosed,
    RecordConflict,
    RecordNotWithdrawn,
    RecordWithdrawn,
    change_record,
    check_delete,
    delete_record,
    restore_problems,
    restore_record,
    shown,
    withdraw_record,
)

# The kind's own permission (its `may_change`, from its app's rules.py) is asked per record.
KIND_PERMISSION = "records: the kind's may_change"
KIND_VIEW_PERMISSION = "records: the kind's fetch_parent"


def _changeable(request, app, slug, pk, *, withdrawing=False):
    kind = kind_or_404(app, slug)
    if withdrawing and not kind.withdrawable:
        raise Http404("No such page.")
    record = kind.fetch(request.user, pk)
    if not kind.may_change(request.user, record):
        raise PermissionDenied(f"You can see this {kind.noun}, but you may not change it.")
    if kind.open_parent:
        kind.open_parent(record)  # ParentClosed: see _parent_open
    return kind, record


def _parent_open(view):
    """A page changing a record of kind (app, kind): while what it belongs to takes no change
    (its project withdrawn), as the page is asked for or under the parent's lock when it is
    sent (ParentClosed), the kind's own page says so, 409, and nothing is changed."""

    @wraps(view)
    def wrapped(request, app, kind, pk):
        try:
            return view(request, app, kind, pk)
        except ParentClosed as refused:
            answer = kind_or_404(app, kind).closed_page
            if answer is None:  # a kind that declares no open_parent raises none of its own
                raise
            return answer(request, refused)

    return wrapped


def _context(kind, record, **more):
    return {
        "kind": kind,
        "record": record,
        "parent": kind.parent(record),
        "back_url": kind.back_url(record),
        "rows": [(c.heading, _shown(c, record)) for c in kind.columns],
        **more,
    }


def _shown(column, record):
    """A column's value as the record's page says it: its own words where the kind gives
    them (Column.shown), else its value read as read_cell reads it."""
    if column.shown is not None:
        return column.shown(record)
    return read_cell(column.value(record))


def read_cell(value):
    """A column's value as the record's page says it: yes or no, a date in words (the time
    where it has one, in the local time), other values as they are."""
    if isinstance(value, bool):
        return "Yes" if value else "No"
    if isinstance(value, datetime.datetime):
        return date_format(timezone.localtime(value), "j F Y, H:i")
    if isinstance(value, datetime.date):
        return date_format(value, "j F Y")
    return value


def _refused(request, kind, record):
    """Editing or withdrawing a withdrawn record: say so, change nothing (409); for those who
    may withdraw it, a link to restore it."""
    may_restore = kind.may_change(request.user, record)
    context = _context(kind, record, may_restore=may_restore)
    return render(request, "records/record_refused.html", context, status=409)


def refused(request, app, slug, record):
    """A change an app's own page would make to a withdrawn record of kind (app, slug)
    (marking a milestone done, deciding on an option), refused as the kit refuses an edit:
    its page saying so, 409."""
    return _refused(request, kind_or_404(app, slug), record)


def _form(kind, record, request, data=None):
    files = request.FILES if data is not None else None
    form = kind.form(data, files, instance=record, **kind.form_kwargs(record, request.user))
    say_who_adds(form, request.user)
    return editing(form, record.version)


def _label_of(form, name):
    """The words of the box `name` of `form`, as a person reads them (no markup, no
    "(optional)"); "" if the form has no such box."""
    if name not in form.fields:
        return ""
    words = html.unescape(strip_tags(str(form[name].label or "")))
    return words.removesuffix(" (optional)").strip()


@requires(KIND_PERMISSION)
@_parent_open
def record_edit(request, app, kind, pk):
    """Change a record; a save based on an older version is refused with both shown (409)."""
    kind, record = _changeable(request, app, kind, pk)
    if record.is_withdrawn:
        return _refused(request, kind, record)
    form = _form(kind, record, request, posted(request))
    status = 200
    if request.method == "POST":
        status = 400
        if form.is_valid() and (version := based_on(form)) is not None:
            try:
                change_record(
                    kind=kind,
                    record=record,
                    actor=request.user,
                    based_on=version,
                    values=kind.saved_values(form),
                )
            except RecordWithdrawn as refused:
                return _refused(request, kind, refused.record)
            except RecordConflict as conflict:
                return _conflict(request, kind, conflict.current)
            except ValidationError as error:
                apply_errors(form, error)
            else:
                messages.success(request, f"Your changes to the {kind.noun} are saved.")
                return redirect(told_at(kind.back_url(record)))
    return render(
        request, "records/record_edit.html", _context(kind, record, form=form), status=status
    )


def _conflict(request, kind, current):
    """Show what is saved now before their version, save nothing: 409. Their version keeps
    the fields they changed and takes the others as saved now (merge_clash), so saving it
    again undoes nobody's other changes; a field both changed says so on its box."""
    # The forms get their own copy: validating one writes what it holds onto its record.
    editable = type(current).objects.get(pk=current.pk)

    def make_form(data, record):
        return _form(kind, record, request, data)

    # Their own save in another tab or window is said as theirs, not "you both".
    by_you = saved_by_you(current.changed_by_id, request.user)
    clash = merge_clash(make_form, editable, request.POST, by_you=by_you, saver=current.changed_by)
    # Each row named as its box is (the model's own names differ: "Title" beside "What is
    # the milestone?"); the values as the record shows them (its files by name).
    boxes = make_form(None, type(current).objects.get(pk=current.pk))
    theirs = [
        (
            _label_of(boxes, name) or str(current._meta.get_field(name).verbose_name).capitalize(),
            shown(current, name),
            name in clash.both,
        )
        for name in kind.form._meta.fields
    ]
    clash.data["version"] = current.version  # saving again is based on what is saved now
    kept = make_form(clash.data, editable)
    kept.is_valid()
    clash.show_on(kept)
    context = _context(kind, current, form=kept, theirs=theirs, by_you=by_you)
    return render(request, "records/record_edit.html", context, status=409)


@requires(KIND_PERMISSION)
@_parent_open
def record_withdraw(request, app, kind, pk):
    """Confirm withdrawing a record, with a reason; withdrawing twice is refused (409)."""
    kind, record = _changeable(request, app, kind, pk, withdrawing=True)
    if record.is_withdrawn:
        return _refused(request, kind, record)
    form = WithdrawForm(posted(request))
    status = 200
    if request.method == "POST":
        status = 400
        if form.is_valid():
            try:
                withdraw_record(
                    kind=kind, record=record, actor=request.user, reason=form.cleaned_data["reason"]
                )
            except RecordWithdrawn as refused:
                return _refused(request, kind, refused.record)
            messages.success(request, f"The {kind.noun} is withdrawn.")
            return redirect(told_at(kind.back_url(record)))
    allowed, _ = check_delete(kind=kind, record=record, actor=request.user)
    note = kind.withdraw_note(record) if kind.withdraw_note else ""
    listed = kind.withdraw_list(record) if kind.withdraw_list else []
    context = _context(kind, record, form=form, may_delete=allowed, note=note, listed=listed)
    return render(request, "records/record_withdraw.html", context, status=status)


@requires(KIND_PERMISSION)
@_parent_open
def record_restore(request, app, kind, pk):
    """Confirm restoring a withdrawn record, with a reason: it counts again as it did before.
    For those who may withdraw it. One not withdrawn (restored already: a second click,
    someone else) is said, nothing changed (409); so is one whose return would break a rule
    of its kind (another record has taken its place), in the rule's words, with no form."""
    kind, record = _changeable(request, app, kind, pk, withdrawing=True)
    form = RestoreForm(posted(request))
    problems = restore_problems(kind=kind, record=record) if record.is_withdrawn else []
    status = 200 if record.is_withdrawn and not problems else 409
    if request.method == "POST" and status == 200:
        status = 400
        if form.is_valid():
            try:
                restore_record(
                    kind=kind, record=record, actor=request.user, reason=form.cleaned_data["reason"]
                )
            except RecordNotWithdrawn as already:
                record, status = already.record, 409
            except ValidationError as error:
                problems, status = error.messages, 409
            else:
                messages.success(request, f"The {kind.noun} is restored.")
                return redirect(told_at(kind.back_url(record)))
    note = kind.restore_note(record) if kind.restore_note and record.is_withdrawn else ""
    context = _context(kind, record, form=form, problems=problems, note=note)
    return render(request, "records/record_restore.html", context, status=status)


@requires(KIND_PERMISSION)
@_parent_open
def record_delete(request, app, kind, pk):
    """Confirm deleting a record its author added minutes ago; otherwise say why not (409)."""
    kind, record = _changeable(request, app, kind, pk, withdrawing=True)
    allowed, reason = check_delete(kind=kind, record=record, actor=request.user)
    form = DeleteForm(posted(request))
    if request.method == "POST" and allowed:
        try:
            delete_record(kind=kind, record=record, actor=request.user)
        except PermissionDenied as refused:  # the window closed while the page was open
            allowed, reason = False, str(refused)
        else:
            messages.success(request, f"The {kind.noun} is deleted.")
            return redirect(told_at((kind.gone_url or kind.back_url)(record)))
    status = 409 if request.method == "POST" else 200
    context = _context(kind, record, form=form, allowed=allowed, reason=reason)
    return render(request, "records/record_delete.html", context, status=status)


@requires(KIND_VIEW_PERMISSION)
def record_export(request, app, kind, pk, fmt):
    """A kind's list under one parent as CSV or XLSX: the records the person may see, not
    withdrawn."""
    kind = kind_or_404(app, kind)
    parent = kind.fetch_parent(request.user, pk)
    records = kind.exported(parent, request.user)
    name = f"{slugify(kind.noun)}s-{slugify(str(parent))[:40]}"
    return export_columns(
        columns=kind.columns, records=records, filename=name, fmt=fmt, title=f"{kind.noun}s"
    )
