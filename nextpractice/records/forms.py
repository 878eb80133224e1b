"""The kit's own forms: the version an edit was based on, and the reason for withdrawing or
restoring."""

from decimal import Decimal

from crispy_forms_gds.layout import Button, Field, Layout
from django import forms

from accounts.forms import GDSFormMixin
from nextpractice.words import plain_number

from .merge import StartedFrom

OUT_OF_DATE = "This page is out of date: reload it and make your changes again"


class PlainDecimalField(forms.DecimalField):
    """A stored decimal shown in its form as people write it: 89, 2.5, not 89.000 or 2.50
    (nextpractice.words.plain_number); what someone typed stays as they typed it."""

    def prepare_value(self, value):
        if isinstance(value, Decimal):
            return plain_number(value)
        return super().prepare_value(value)


def posted(request):
    """The POST data for a POST, even an empty one (every box unticked); None otherwise."""
    return request.POST if request.method == "POST" else None


def apply_errors(form, error):
    """Put a service's ValidationError on the form: on its field if the form has one."""
    for name, problems in error.message_dict.items():
        for problem in problems:
            form.add_error(name if name in form.fields else None, problem)


def editing(form, version, *, first=1):
    """Make a kind's form an edit form: carry the version it was based on and the values it
    started from (for a clash: nextpractice.records.merge), say "Save".

    The version sent back must be a whole number from `first` (a record's version before
    any change: 1, or 0 for what starts empty, as the shared page) to `version`, the one
    saved now: anything else (letters, none, 0, -1, one not yet saved, a number too big to
    store) is a page tampered with or broken, not a clash with someone, and the form says
    the page is out of date (based_on) in its summary, whatever else it says."""
    # The form's own fields are laid out before the version joins them: a layout of every
    # field (an evaluation form's) would render the hidden version a second time.
    helper_fields = form.layout_fields() if hasattr(form, "layout_fields") else []
    form.fields["version"] = version_field(version, first=first)
    form.helper.layout = Layout(
        Field("version"), StartedFrom(), *helper_fields, Button("submit", "Save the changes")
    )
    kinds_clean = form.clean

    def clean():
        # A hidden field's own message would show nowhere: said for the whole form.
        based_on(form)
        return kinds_clean()

    form.clean = clean
    return form


def version_field(latest, *, first=1):
    """The hidden field a page carries with the version it showed: a whole number from
    `first` to `latest`, the one saved now; anything else cleans to None (based_on, or
    sent_version where there is no form)."""
    return forms.IntegerField(
        widget=forms.HiddenInput,
        initial=latest,
        required=False,
        min_value=first,
        max_value=latest,
    )


def based_on(form, name="version"):
    """The version the person edited (the form's field `name`, a version_field), or None
    (then the form says the page is out of date, once, in place of the hidden version's own
    message)."""
    version = form.cleaned_data.get(name)
    if version is None:
        form.errors.pop(name, None)
        if OUT_OF_DATE not in form.non_field_errors():
            form.add_error(None, OUT_OF_DATE)
    return version


def sent_version(value, latest, *, first=1):
    """The version a page without a form sent (a button's hidden version), checked as
    version_field checks it: the number, or None when it is not one from `first` to
    `latest` (a page tampered with or broken: out of date, not a clash with someone)."""
    try:
        return version_field(latest, first=first).clean(value)
    except forms.ValidationError:
        return None


class ReasonForm(GDSFormMixin, forms.Form):
    """A form whose one field is the reason for what it does (withdraw, restore)."""

    def layout_fields(self):
        return [Field.textarea("reason", rows=3)]


class WithdrawForm(ReasonForm):
    submit_label = "Withdraw it"
    reason = forms.CharField(
        label="Why are you withdrawing it?",
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text="Everyone who reads it will see your reason, your name and the date.",
        error_messages={"required": "Say why you are withdrawing it"},
    )


class RestoreForm(ReasonForm):
    submit_label = "Restore it"
    reason = forms.CharField(
        label="Why are you restoring it?",
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text="It is kept in its history, with your name and the date.",
        error_messages={"required": "Say why you are restoring it"},
    )


class DeleteForm(GDSFormMixin, forms.Form):
    submit_label = "Delete it"

    def layout_fields(self):
        return []
