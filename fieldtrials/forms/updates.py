"""Forms for monthly updates and communities of practice."""

import datetime

from crispy_forms.layout import HTML
from crispy_forms_gds.layout import Button, Div, Field, Fluid, Layout
from django import forms

from accounts.forms import GDSFormMixin
from accounts.models import User
from accounts.search import PersonField
from nextpractice.paging import whole_number
from nextpractice.records.forms import based_on, version_field
from nextpractice.records.merge import StartedFrom
from programmes.forms.lifecycle import DateField, for_example_past

from ..models import FieldTrial, Rag
from ..services.updates import (
    add_months,
    current_month,
    month_label,
    month_problem,
    reportable_months,
)
from .fields import IdsChoiceField

SUBMIT = "submit_update"
SAVE_DRAFT = "save_draft"
AUTOSAVE_STATUS = (
    '<div id="update-autosave-status" class="np-answer-status" aria-live="polite"></div>'
)


class MonthField(forms.ChoiceField):
    """A month as "YYYY-MM", chosen from a list. Any month is parsed, so that a month out of
    the list gets the reason it is refused rather than "not one of the choices"."""

    def valid_value(self, value):
        return True

    def clean(self, value):
        month = self.parse(super().clean(value))
        if month is None:
            raise forms.ValidationError("Choose the month the update is about", code="invalid")
        return month

    @staticmethod
    def parse(value):
        """The first day of the month "YYYY-MM" names, or None (also for a year or month too
        big for a date, from an edited link: it was a server error)."""
        try:
            year, month = (int(part) for part in (value or "").split("-"))
            return datetime.date(year, month, 1)
        except (ValueError, TypeError, OverflowError):
            return None


def suggested_month(months, taken):
    """The month a new update is most likely about: the one after the newest the trial has
    written, else the last complete month; never one that already has an update (`taken`),
    so None when neither is free. `months` are those offered, newest first."""
    if taken:
        after = add_months(max(taken), 1)
        if after in months and after not in taken:
            return after
    last_complete = add_months(current_month(), -1)
    if last_complete in months and last_complete not in taken:
        return last_complete
    return None


class MonthlyUpdateForm(GDSFormMixin, forms.Form):
    """A trial's highlight report for a month. With `trial` (a new update) the month is
    chosen; editing a draft (`update`) carries its `version`, one of its versions from 0 to
    the one saved now: any other (letters, none, -1, one not yet saved) says the page is out
    of date, as the record kit's edit page does. Submitting (`submitting`) needs a RAG status
    and what happened; a draft may be partial."""

    month = MonthField(
        label="Which month is the update about?",
        error_messages={"required": "Choose the month the update is about"},
    )
    rag = forms.ChoiceField(
        label="How is the trial going?",
        choices=Rag.choices,
        required=False,
        widget=forms.RadioSelect,
        help_text="Red, amber or green: how the trial stands against its plan this month.",
    )
    what_happened = forms.CharField(
        label="What happened",
        required=False,
        widget=forms.Textarea,
        help_text="What the trial did this month and what it learned.",
    )
    what_next = forms.CharField(
        label="What is next",
        required=False,
        widget=forms.Textarea,
        help_text="What the trial will do next month.",
    )
    in_the_way = forms.CharField(
        label="What is in the way",
        required=False,
        widget=forms.Textarea,
        help_text="Anything blocking the trial, and what help would remove it.",
    )
    version = forms.IntegerField(required=False, widget=forms.HiddenInput)  # see __init__

    FIELD_NAMES = ("rag", "what_happened", "what_next", "in_the_way")

    def __init__(self, *args, trial=None, update=None, taken=None, submitting=False, **kwargs):
        self.trial = trial
        self.submitting = submitting
        super().__init__(*args, **kwargs)
        if update is not None:
            self.fields["version"] = version_field(update.version, first=0)
        if trial is None:
            del self.fields["month"]
        else:
            del self.fields["version"]
            taken = taken or {}
            months = reportable_months(trial)
            choices = [
                (f"{m:%Y-%m}", month_label(m) + (f" ({taken[m]})" if m in taken else ""))
                for m in months
            ]
            if not self.is_bound and not self.initial.get("month"):
                # Else the newest month with no update; none preselected when all have one.
                free = [m for m in months if m not in taken]
                month = suggested_month(months, taken) or next(iter(free), None)
                if month is None:
                    choices.insert(0, ("", "Choose a month"))
                else:
                    self.initial["month"] = f"{month:%Y-%m}"
            self.fields["month"].choices = choices
        # A new update and a draft autosave (static/js/autosave.js): the status line sits
        # above the buttons, and "Save as draft" is only for people without JavaScript.
        # With the values the page started from: saving a draft again after a clash keeps
        # the others' changes (nextpractice.records.merge).
        self.helper.layout = Layout(
            *self.layout_fields(),
            StartedFrom(),
            HTML(AUTOSAVE_STATUS),
            Div(
                Button(SUBMIT, "Submit the update"),
                Button.secondary(SAVE_DRAFT, "Save as draft", data_autosave_button=""),
                css_class="govuk-button-group",
            ),
        )

    def layout_fields(self):
        fields = [
            Field.radios("rag", legend_size="s"),
            Field.textarea("what_happened", rows=5),
            Field.textarea("what_next", rows=4),
            Field.textarea("in_the_way", rows=4),
        ]
        if "month" in self.fields:
            fields.insert(0, Field.select("month"))
        if "version" in self.fields:
            fields.append(Field("version"))
        return fields

    def clean_month(self):
        month = self.cleaned_data["month"]
        problem = month_problem(self.trial, month)
        if problem:
            raise forms.ValidationError(problem)
        return month

    def clean(self):
        data = super().clean()
        if "version" in self.fields:
            based_on(self)  # a hidden field's message would show nowhere: said for the form
        for name in ("what_happened", "what_next", "in_the_way"):
            if name in data:
                data[name] = data[name].strip()
        if self.submitting:
            if not data.get("rag"):
                self.add_error("rag", "Choose red, amber or green to submit the update")
            if "what_happened" in data and not data["what_happened"]:
                self.add_error("what_happened", "Say what happened to submit the update")
        return data

    def update_fields(self):
        """What the services take as the update's fields."""
        return {name: self.cleaned_data[name] for name in self.FIELD_NAMES}


class TrialChoiceField(IdsChoiceField):
    def label_from_instance(self, trial):
        return trial.title


class CommunityForm(GDSFormMixin, forms.Form):
    """Start a community of practice: a name, its purpose, and the trials it groups."""

    submit_label = "Start the community"

    name = forms.CharField(
        label="Name",
        max_length=200,
        help_text="What its members will call it, like ‘Flexible days’.",
        error_messages={
            "required": "Enter a name for the community",
            "max_length": "Keep the name to 200 characters or fewer",
        },
    )
    purpose = forms.CharField(
        label="Purpose (optional)",
        required=False,
        widget=forms.Textarea,
        help_text="What the trials will share and develop together.",
    )
    field_trials = TrialChoiceField(
        label="Which field trials belong to it?",
        queryset=FieldTrial.objects.none(),
        widget=forms.CheckboxSelectMultiple,
        help_text="Trials of one project or of several. Their teams will be able to read each "
        "other's trials.",
        error_messages={"required": "Choose at least one field trial"},
    )

    def __init__(self, *args, trials, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["field_trials"].queryset = trials.order_by("title")

    def layout_fields(self):
        return [
            Field.text("name", field_width=Fluid.TWO_THIRDS),
            Field.textarea("purpose", rows=3),
            Field.checkboxes("field_trials", small=True, legend_size="s"),
        ]


class CommunityTrialsForm(GDSFormMixin, forms.Form):
    """Choose which of the trials you can see belong to a community. Trials you cannot see
    stay as they are."""

    submit_label = "Save the trials"

    field_trials = TrialChoiceField(
        label="Which field trials belong to the community?",
        queryset=FieldTrial.objects.none(),
        widget=forms.CheckboxSelectMultiple,
        required=False,
        help_text="Their teams can read each other's trials while they belong to it.",
    )

    def __init__(self, *args, trials, current_ids, **kwargs):
        super().__init__(*args, **kwargs)
        self.current_ids = set(current_ids)
        field = self.fields["field_trials"]
        field.queryset = trials.order_by("title")
        if not self.is_bound:
            self.initial["field_trials"] = [pk for pk in self.current_ids]

    def layout_fields(self):
        return [Field.checkboxes("field_trials", small=True, legend_size="m")]

    def changes(self):
        """(trials to add, trials to take out), among the trials offered."""
        chosen = list(self.cleaned_data["field_trials"])
        chosen_ids = {t.pk for t in chosen}
        add = [t for t in chosen if t.pk not in self.current_ids]
        remove = [
            t
            for t in self.fields["field_trials"].queryset
            if t.pk in self.current_ids and t.pk not in chosen_ids
        ]
        return add, remove


class MeetingForm(GDSFormMixin, forms.Form):
    """A meeting of a community of practice and what it shared."""

    submit_label = "Record the meeting"

    held_on = DateField(
        label="Date of the meeting",
        help_text=for_example_past("27/3"),
        error_messages={"required": "Enter the date of the meeting"},
    )
    attended_by = TrialChoiceField(
        label="Which trials came?",
        queryset=FieldTrial.objects.none(),
        widget=forms.CheckboxSelectMultiple,
        required=False,
    )
    shared = forms.CharField(
        label="What was shared",
        widget=forms.Textarea,
        help_text="The practice, tools and learning the trials shared with each other.",
        error_messages={"required": "Say what the meeting shared"},
    )

    def __init__(self, *args, trials, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["attended_by"].queryset = trials.order_by("title")

    def layout_fields(self):
        return [
            Field.text("held_on", field_width=10),
            Field.checkboxes("attended_by", small=True, legend_size="s"),
            Field.textarea("shared", rows=6),
        ]


class ConvenorForm(GDSFormMixin, forms.Form):
    """Name a community's new convenor, typed among those who may convene it; with the
    convenor the page showed, so that a change made meanwhile is refused, not overwritten."""

    submit_label = "Change the convenor"

    convenor = PersonField(
        queryset=User.objects.none(),
        label="Who is the new convenor?",
        help_text="An officer or consultant of the community's trials: start typing their name",
        error_messages={
            "required": "Enter the name of the new convenor",
            "none": "No officer or consultant of the community's trials is called ‘%(text)s’. "
            "Check the spelling",
        },
    )
    convenor_was = forms.CharField(required=False, widget=forms.HiddenInput)

    def __init__(self, *args, candidates, source, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["convenor"].queryset = candidates.select_related("organisation")
        self.fields["convenor"].source = source

    def layout_fields(self):
        return [Field.text("convenor", field_width=Fluid.TWO_THIRDS), Field("convenor_was")]

    def clean_convenor_was(self):
        """The convenor's id as the page showed it, or None: no one (or a tampered value,
        which then matches no convenor and is refused as out of date)."""
        number = whole_number(self.cleaned_data["convenor_was"], digits=18)
        return number if number is not None and number >= 0 else None
