"""Saving again after an edit clash, without undoing the other person's changes.

An edit page carries the values it was loaded with (`StartedFrom` in its layout: Django's
hidden initial inputs, `initial-<name>`). When its save meets a newer one, `merge_clash`
builds the form the person sees again as a three-way merge: a field they did not change
takes what is saved now; a field they changed keeps theirs; a field both changed keeps
theirs and is named as a clash. Saving that form again then changes only what they changed.
A list (a multi-choice field: boxes to tick, such as a trial's schools or resource domains)
is merged by its items: what is saved now, with the items they added and without those they
took off since the page was loaded. Both started from the same list, so nobody can add an
item the other took off: a list is never marked as changed by both.
A page sent without those values (loaded before they were carried) keeps every field as
they sent it, as before. A box that sends several inputs (a search box: the text and the id
picked, nextpractice.widgets.SearchInput.input_names) is carried and compared as one value.
"""

from dataclasses import dataclass, field
from decimal import Decimal
from itertools import zip_longest

from crispy_forms.layout import LayoutObject
from django import forms
from django.core.exceptions import ValidationError
from django.forms.models import ModelChoiceIterator
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from django.utils.text import get_text_list

from nextpractice.words import long_date, plain_number, shortened

# Sent with every edit page's values, so a save can tell they came (an empty list sends none).
STARTED = "started_from"
# How much of what the other person saved a field both changed quotes beside it (the whole
# is in the page's list of what is saved now).
THEIRS_WIDTH = 120


def _merged(form):
    """The (name, bound field) the merge compares: not the hidden version, nor a file (which
    cannot be sent back), nor a box the person cannot change."""
    for name, formfield in form.fields.items():
        if formfield.widget.is_hidden or formfield.disabled:
            continue
        if isinstance(formfield, forms.FileField):
            continue
        yield name, form[name]


class StartedFrom(LayoutObject):
    """In an edit form's layout: the values its page was loaded with, hidden (kept as they
    came when the page is shown again with a problem to put right). With `swap_oob`, the
    same inputs for an htmx answer to swap into the page (out of band, by id): a draft's
    autosave moves what its page started from on to what it saved."""

    def __init__(self, *, swap_oob=False):
        self.swap_oob = swap_oob

    def render(self, form, context, template_pack=None, **kwargs):
        oob = {"data-hx-swap-oob": "true"} if self.swap_oob else {}
        inputs = [] if oob else [format_html('<input type="hidden" name="{}" value="1">', STARTED)]
        for _, bound in _merged(form):
            if form.is_bound and STARTED in form.data:
                values = _base_sent(bound)
                values = values if isinstance(values, list | tuple) else [values]
            else:
                values = _as_sent(bound)
            names = _input_names(bound, bound.html_initial_name)
            if len(names) > 1:  # a search box: its text and the id picked, one input each
                widget = forms.HiddenInput()
                for name, value in zip_longest(names, values[: len(names)], fillvalue=""):
                    # Ids as the names go: initial-id_consultant, initial-id_consultant_choice.
                    tail = name[len(bound.html_initial_name) :]
                    attrs = {"id": bound.html_initial_id + tail, **oob}
                    inputs.append(widget.render(name, value, attrs=attrs))
                continue
            widget = bound.field.hidden_widget()
            value = values if isinstance(widget, forms.MultipleHiddenInput) else values[0]
            attrs = {"id": bound.html_initial_id, **oob}
            inputs.append(widget.render(bound.html_initial_name, value, attrs=attrs))
        return mark_safe("".join(inputs))


def saved_by_you(saver, user):
    """Whether the save a clash met was `user`'s own, in another tab or window: `saver` is
    who made it (a user or their id, as the page already read it). None when that is not
    known. Its pages say it as theirs ("You changed this in another tab or window since you
    opened it"), not "you both" and "they" (templates/records/_saved_by.html and
    _both_changed.html; changed_since)."""
    saver = getattr(saver, "pk", saver)
    return None if saver is None else saver == user.pk


def changed_since(by_you, what="this", saver=None):
    """A clash page's first words: `what` ("this", "this page") was changed since the page
    was opened, by this person in another tab or window (`by_you` True), by someone else
    (False: named when `saver`, who saved it, is given) or by either (None: not known), and
    nothing is saved from the page."""
    if by_you:
        return (
            f"You changed {what} in another tab or window since you opened it. Nothing has "
            "been saved from this page yet. "
        )
    if by_you is None:
        return (
            f"{what.capitalize()} was changed while you were editing it, by someone else or by "
            "you in another tab or window. Nothing has been saved yet. "
        )
    who = str(saver) if saver else "Someone else"
    return f"{who} changed {what} while you were editing it. Nothing has been saved yet. "


def last_saved(record, version=None):
    """The record's latest history row, with who saved it (history_user): whoever saved it
    last, for a clash page to name, not the record's author. With `version`, the first row
    of that version: the save that made it, which a clash met, not a later one that left
    the version as it was (a trial's status moved)."""
    rows = record.history.select_related("history_user")
    if version is not None:
        return rows.filter(version=version).order_by("history_id").first()
    return rows.order_by("-history_id").first()


def saved_rows(form, both=(), leave_out=()):
    """[(label, value as shown, whether both changed it)] of the fields a clash page lists as
    saved now: `form` is the page's form, unbound, on the record as saved now; `both` names
    the fields both people changed; `leave_out`, boxes that hold no value of the record's."""
    return [
        (bound.label, shown_value(bound), name in both)
        for name, bound in ((name, form[name]) for name in form.fields)
        if not bound.field.widget.is_hidden and name not in leave_out
    ]


def shown_value(bound, empty="Not given"):
    """A field's value as saved (`bound`, of an unbound form on the record), as people read
    it: choices by their labels, a search box by the name it shows, dates in words, a number
    as people write it (15 or 15.5, not 15.000: plain_number); `empty` for none."""
    formfield, value = bound.field, bound.initial
    if isinstance(value, tuple):  # a search box's (name shown, id)
        value = value[0]
    elif hasattr(formfield, "choices"):
        value = formfield.prepare_value(value)
        labels = {}
        for key, label in formfield.choices:
            if isinstance(label, list | tuple):  # a group of choices
                labels.update((str(k), str(v)) for k, v in label)
            else:
                labels[str(key)] = str(label)
        if isinstance(value, list | tuple):
            chosen = {str(each) for each in value}
            value = ", ".join(label for key, label in labels.items() if key in chosen)
        elif value not in (None, ""):
            value = labels.get(str(value), value)
    if hasattr(value, "strftime"):
        value = long_date(value)
    if isinstance(value, Decimal):
        value = plain_number(value)
    if isinstance(value, bool):
        value = "Yes" if value else "No"
    return empty if value in (None, "") else str(value)


def _input_names(bound, name):
    """The names of the inputs the field's box sends, under `name`: one for most; a search
    box's text and the id picked (its widget's `input_names`), one value each."""
    names = getattr(bound.field.widget, "input_names", None)
    return names(name) if names else [name]


def _put(data, bound, name, values):
    """Set the inputs the field's box sends, under `name`, to `values` (as _as_sent)."""
    names = _input_names(bound, name)
    if len(names) == 1:
        data.setlist(name, values)
        return
    for each, value in zip_longest(names, values[: len(names)], fillvalue=""):
        data.setlist(each, [value])


def _as_sent(bound):
    """A field's initial value as its page sends it: a list of texts (one for most fields;
    a search box's text and id). A list of records keeps those the form offers: the others
    (a meeting's trials that this person does not see) are neither shown nor sent."""
    value = bound.field.prepare_value(bound.initial)
    if not isinstance(value, list | tuple):
        return ["" if value is None else str(value)]
    values = ["" if v is None else str(v) for v in value]
    if isinstance(bound.field, forms.ModelMultipleChoiceField) and values:
        choices = bound.field.choices
        if isinstance(choices, ModelChoiceIterator):
            key = bound.field.to_field_name or "pk"
            offered = bound.field.queryset.filter(**{f"{key}__in": values})
            offered = {str(v) for v in offered.values_list(key, flat=True)}
        else:  # the boxes the form lists (a trial's participating organisations)
            offered = {str(pk) for pk, _ in choices}
        values = [v for v in values if v in offered]
    return values


@dataclass
class Clash:
    """The merged answers (`data`, to bind the form again); the fields whose change by this
    person is kept (`yours`), those of them the other person changed too (`both`), each
    field's label, and what is saved now in each field both changed (`theirs`, as shown; ""
    for none)."""

    data: object
    yours: list = field(default_factory=list)
    both: set = field(default_factory=set)
    labels: dict = field(default_factory=dict)
    theirs: dict = field(default_factory=dict)
    # The save it met was this person's own, in another tab or window (the page knows whose
    # it was): said so, rather than "you both" and "they" (saved_by_you; None: not known).
    by_you: bool | None = False
    # Who made the save it met (a user; None when not known): named when it was not theirs.
    saver: object = None

    def _named(self, names):
        return get_text_list([f"“{self.labels[name]}”" for name in names], "and")

    def message(self, said=None):
        """What the page says of the clash; `said`, what happened (by default, that the
        record was changed while they edited it: by them in another tab or window, by the
        person named, or, when that is not known, by either)."""
        if said is None:
            said = changed_since(self.by_you, saver=self.saver)
        if not self.yours:
            return said + (
                "None of your changes differ from what is saved now, so the form shows what "
                "is saved now. Check it, then save again or cancel."
            )
        kept = (
            "what you saved in the other tab or window is kept too"
            if self.by_you
            else "their other changes are kept too"
        )
        said += (
            f"The form keeps your changes to {self._named(self.yours)}. Everything else in "
            f"it is as saved now, so {kept}. "
        )
        if self.both:
            both = self._named([name for name in self.yours if name in self.both])
            said += (
                f"You changed {both} there too: the form has this page's version, and says "
                "above its box what you saved there. "
                if self.by_you
                else f"You both changed {both}: the form has your version, and says "
                "above its box what they saved. "
            )
        return said + "Check it, then save again."

    def show_on(self, form, said=None, *, theirs_said=None):
        """Say the clash on `form` (the page's, bound to `data`): its message (`said` as
        message takes it), at the top of the error summary, which then links to each field
        both changed (`clash_summary`: [(id of its box, what is said)]) rather than to the
        form's first field, or says that nobody else changed what this person did. Each
        field both changed says so as its error (the GOV.UK pattern: beside its box and read
        with it), with what they saved (`clash_errors`, which the summary does not repeat),
        or, for a field named in `theirs_said`, what that says instead (a long text's page
        lists the lines they changed rather than quoting its start)."""
        said = self.message(said)
        form.add_error(None, said)
        form.clash_said = said
        both = [name for name in self.yours if name in self.both]
        if self.by_you:
            both_changed, they = "You changed “{}” in another tab or window too", "You"
            nothing = "Nothing you changed here was changed in the other tab or window"
            this = "You changed this in another tab or window too. "
        else:
            both_changed, they = "You both changed “{}”", "They"
            nothing = "Nothing you changed was changed by them"
            this = "You both changed this. "
        form.clash_summary = [
            (_box_id(form[name]), both_changed.format(self.labels[name])) for name in both
        ] or [("", nothing)]
        form.clash_errors = set()
        for name in both:
            theirs = self.theirs.get(name, "")
            error = this + (
                (theirs_said or {}).get(name)
                or (
                    f"{they} saved: “{shortened(theirs, THEIRS_WIDTH)}”"
                    if theirs
                    else f"{they} left it empty."
                )
            )
            form.add_error(name, error)
            form.clash_errors.add(error)


def _box_id(bound):
    """The id of the field's box, where the error summary sends the reader: a list of radios
    or tick boxes, its first (as templates/gds/layout/error_summary.html links them)."""
    widget = bound.field.widget
    kind = getattr(widget, "input_type", None)
    if kind == "radio" or kind == "checkbox" and getattr(widget, "allow_multiple_selected", False):
        return f"{bound.auto_id}_1"
    return bound.auto_id


def _you_changed(bound):
    """Whether the person changed the field since the page was loaded (its hidden initial)."""
    formfield, sent = bound.field, _base_sent(bound)
    if _texts(sent) == _texts(bound.data):
        # Sent back as it came: unchanged, even if it is no longer one to choose (a school
        # taken off a trial since, which to_python refuses).
        return False
    try:
        base = formfield.to_python(sent)
    except ValidationError:
        return True
    return formfield.has_changed(base, bound.data)


def _texts(value):
    """A value as sent, to compare: a list of choices in any order, else as it is."""
    if isinstance(value, list):
        return sorted(str(v) for v in value)
    return value


def _base_sent(bound):
    """What the field held when the person loaded the page, as the page sent it back."""
    form = bound.form
    widget = bound.field.hidden_widget()
    if len(_input_names(bound, bound.html_initial_name)) > 1:
        widget = bound.field.widget  # it reads its own inputs (a search box's text and id)
    return widget.value_from_datadict(form.data, form.files, bound.html_initial_name)


def _is_list(bound):
    """Whether the field's value is a list of items (its hidden inputs one an item)."""
    return isinstance(bound.field.hidden_widget(), forms.MultipleHiddenInput)


def _merged_items(bound, saved):
    """A list field's items as saved now (`saved`, its bound field on the saved record), with
    those this person added since their page was loaded and without those they took off."""
    base, mine = set(_base_sent(bound)), [str(v) for v in bound.data or ()]
    added = [v for v in mine if v not in base]
    taken_off = base - set(mine)
    now = [v for v in _as_sent(saved) if v not in taken_off]
    return now + [v for v in added if v not in now]


def merge_clash(make_form, current, posted, *, by_you=False, saver=None):
    """Merge what was `posted` (an edit page's answers, based on an older save) with
    `current`, the record as saved now; `make_form(data, record)` builds the page's form.
    Returns a Clash whose `data` holds the merged answers, and `current`'s values as those
    the page now started from: saving it again is based on `current`. `by_you`: the save
    it met was this person's own, in another tab or window; `saver`, who made it (a user,
    named on the page when it was someone else's; None when not known)."""
    sent = make_form(posted, current)
    now = make_form(None, current)
    started = STARTED in posted
    clash = Clash(data=posted.copy(), by_you=by_you, saver=saver)
    for name, bound in _merged(sent):
        formfield, saved = bound.field, now[name]
        clash.labels[name] = str(bound.label)
        if started and _is_list(bound):  # merged by its items: theirs and yours both kept
            merged = _merged_items(bound, saved)
            if _texts(merged) != _texts(_as_sent(saved)):
                clash.yours.append(name)
            _put(clash.data, bound, bound.html_name, merged)
        elif (not started or _you_changed(bound)) and formfield.has_changed(
            saved.initial, bound.data
        ):
            clash.yours.append(name)
            if not started or formfield.has_changed(saved.initial, _base_sent(bound)):
                clash.both.add(name)
                clash.theirs[name] = shown_value(saved, empty="")
        else:
            _put(clash.data, bound, bound.html_name, _as_sent(saved))
        _put(clash.data, bound, bound.html_initial_name, _as_sent(saved))
    clash.data[STARTED] = "1"
    return clash
