"""Forms for what is kept around a field trial: milestones, the incubation offer, support,
Power to Innovate requests, brokered relationships and risks.

Edit forms carry `based_on`, the id of the record's latest history row when the page was
loaded, so a save over someone else's newer change is refused rather than lost. One that
is not a whole number from the id of its first row to that of its latest (letters, none,
0, one not yet saved) is a page tampered with or broken: the form says the page is out of
date, as the record kit's edit page does (nextpractice.records.forms.version_field). One
in between that is another record's row is taken as a clash: the rows of a kind share ids.
"""

from crispy_forms_gds.layout import Button, Field, Fluid, Layout
from django import forms
from django.utils import timezone

from accounts.forms import GDSFormMixin
from nextpractice.dates import not_in_future_problem
from nextpractice.records.forms import PlainDecimalField, based_on, version_field
from nextpractice.records.merge import StartedFrom
from programmes.forms.lifecycle import DateField, for_example_ahead, for_example_past

from ..models import (
    BrokeredRelationship,
    Milestone,
    OfferElement,
    OfferUse,
    PowerToInnovateRequest,
    Risk,
    SupportSession,
)
from ..selectors_records import WITHDRAWN_REQUESTS, support_givers
from ..services.records import (
    MAX_HOURS,
    MIN_HOURS,
    earliest_completion,
    first_history_token,
    history_token,
    milestone_date_problems,
    pti_decision_date_problem,
)


def based_on_field(record):
    """The hidden `based_on` of an edit page of `record`: its latest history row's id, sent
    back as one of its rows' ids or the page is out of date."""
    return version_field(history_token(record), first=first_history_token(record))


class RecordForm(GDSFormMixin, forms.ModelForm):
    """A record's form: GOV.UK messages for missing answers, and `based_on` when editing."""

    required_messages = {}

    def __init__(self, *args, editing=False, **kwargs):
        super().__init__(*args, **kwargs)
        for name, message in self.required_messages.items():
            self.fields[name].error_messages["required"] = message
        if editing:
            self.fields["based_on"] = based_on_field(self.instance)
            self.relayout()

    def relayout(self):
        """Lay the form out again once fields are added after it was built."""
        hidden = [Field("based_on"), StartedFrom()] if "based_on" in self.fields else []
        self.helper.layout = Layout(
            *hidden, *self.layout_fields(), Button("submit", self.submit_label)
        )

    def clean(self):
        data = super().clean()
        # A hidden field's message would show nowhere: said for the whole form.
        if "based_on" in self.fields:
            based_on(self, "based_on")
        return data

    def record_fields(self):
        """The answers, as keyword arguments for the service."""
        return {name: self.cleaned_data[name] for name in self._meta.fields}


class MilestoneForm(RecordForm):
    submit_label = "Save the milestone"
    due_on = DateField(label="Due by", help_text=for_example_ahead("31/3"))
    completed_on = DateField(
        label="Completed on", required=False, help_text="Leave empty until it is done"
    )
    required_messages = {
        "title": "Enter what the milestone is",
        "due_on": "Enter the date it is due by",
    }

    class Meta:
        model = Milestone
        fields = ["title", "due_on", "completed_on", "notes"]
        labels = {"title": "What is the milestone?"}

    def __init__(self, *args, trial, **kwargs):
        super().__init__(*args, **kwargs)
        self.trial = trial
        if trial.start_date and trial.end_date:
            self.fields["due_on"].help_text = (
                f"Between {trial.start_date:%-d/%-m/%Y} and {trial.end_date:%-d/%-m/%Y}, "
                "while the trial runs"
            )
        # Completed from the trial's start (milestone_date_problems) to today.
        earliest = earliest_completion(trial)
        since = "the trial's start" if trial.start_date else "when the trial was set up"
        self.fields["completed_on"].help_text = (
            f"Between {earliest:%-d/%-m/%Y}, {since}, and today. Leave empty until it is done"
            if earliest <= timezone.localdate()
            else f"On or after {earliest:%-d/%-m/%Y}, {since}. Leave empty until it is done"
        )

    def layout_fields(self):
        return [
            Field.text("title", field_width=Fluid.TWO_THIRDS),
            Field.text("due_on", field_width=10),
            Field.text("completed_on", field_width=10),
            Field.textarea("notes", rows=3),
        ]

    def clean(self):
        data = super().clean()
        problems = milestone_date_problems(
            self.trial, due_on=data.get("due_on"), completed_on=data.get("completed_on")
        )
        for name, message in problems.items():
            self.add_error(name, message)
        return data


class OfferUseForm(RecordForm):
    """A use of the incubation offer: what the trial asked for and what was given. Made
    `giving` (the "Record support given" page), what was given must be said: with nothing
    given it would be an ask, which has its own page (OfferAskForm)."""

    submit_label = "Save"
    given_on = DateField(
        label="When was it given?",
        required=False,
        help_text=for_example_past("14/2", ". Leave empty if it has not been given yet"),
    )
    required_messages = {
        "element": "Choose the element of the offer the trial drew on",
        "asked_for": "Enter what the trial asked for",
    }

    class Meta:
        model = OfferUse
        fields = ["element", "asked_for", "given", "given_on", "given_by"]
        widgets = {"element": forms.RadioSelect}
        labels = {
            "element": "Which element of the incubation offer?",
            "asked_for": "What did the trial ask for?",
            "given": "What was given?",
            "given_by": "By whom?",
        }
        help_texts = {"given_by": "A person, a team or an organisation"}

    def __init__(self, *args, giving=False, **kwargs):
        self.giving = giving
        super().__init__(*args, **kwargs)
        self.fields["element"].choices = OfferElement.choices
        if giving:
            self.fields["given_on"].help_text = for_example_past("14/2")

    def layout_fields(self):
        return [
            Field.radios("element", legend_size="m"),
            Field.textarea("asked_for", rows=3),
            Field.textarea("given", rows=3),
            Field.text("given_on", field_width=10),
            Field.text("given_by", field_width=Fluid.TWO_THIRDS),
        ]

    def clean(self):
        data = super().clean()
        problem = not_in_future_problem(data.get("given_on"), "date it was given")
        given = (data.get("given") or "").strip()
        if problem:
            self.add_error("given_on", problem)
        elif data.get("given_on") and not given:
            self.add_error("given", "Say what was given, or leave the date empty")
        elif self.giving and not given and "given" not in self.errors:
            self.add_error("given", "Say what was given")
        return data


class OfferAskForm(RecordForm):
    """A trial asks for support from the incubation offer: which element, and what it needs.
    Nothing is given yet; the trial's consultants and its project's officers are told."""

    submit_label = "Ask for support"
    required_messages = {
        "element": "Choose the element of the offer closest to what the trial needs",
        "asked_for": "Say what the trial needs",
    }

    class Meta:
        model = OfferUse
        fields = ["element", "asked_for"]
        widgets = {"element": forms.RadioSelect}
        labels = {
            "element": "Which element of the incubation offer is closest to what you need?",
            "asked_for": "What does the trial need?",
        }
        help_texts = {
            "asked_for": "Say what would help and, if it matters, by when. The trial's "
            "consultant and the project's officers are told, and see it until someone "
            "records what was given.",
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["element"].choices = OfferElement.choices

    def layout_fields(self):
        return [
            Field.radios("element", legend_size="m"),
            Field.textarea("asked_for", rows=4),
        ]


HOURS_MESSAGE = "Enter the hours as a number, like 1.5"


class SupportSessionForm(RecordForm):
    submit_label = "Log the support"
    held_on = DateField(label="Date", help_text=for_example_past("15/1"))
    hours = PlainDecimalField(
        label="Hours",
        min_value=MIN_HOURS,
        max_value=MAX_HOURS,
        max_digits=5,
        decimal_places=2,
        widget=forms.TextInput(attrs={"inputmode": "decimal", "spellcheck": "false"}),
        help_text="From 0.25 (a quarter of an hour) to 24; for example 1.5",
        error_messages={
            "required": "Enter the hours, like 1.5",
            "invalid": HOURS_MESSAGE,
            "min_value": f"Enter at least {MIN_HOURS} hours (a quarter of an hour)",
            "max_value": f"Enter no more than {MAX_HOURS} hours: log each day separately",
            "max_decimal_places": "Enter the hours to two decimal places at most, like 1.25",
            "max_digits": HOURS_MESSAGE,
            "max_whole_digits": HOURS_MESSAGE,
        },
    )
    required_messages = {
        "held_on": "Enter the date of the session",
        "given_by": "Choose who gave the support",
        "kind": "Choose what kind of support it was",
    }

    class Meta:
        model = SupportSession
        fields = ["held_on", "given_by", "kind", "hours", "notes"]
        widgets = {"kind": forms.RadioSelect}
        labels = {"given_by": "Given by", "kind": "What kind of support was it?"}

    def __init__(self, *args, trial, actor, **kwargs):
        kwargs.setdefault("initial", {}).setdefault("given_by", actor.pk)
        super().__init__(*args, **kwargs)
        self.fields["given_by"] = forms.ModelChoiceField(
            queryset=support_givers(trial, actor),
            label="Given by",
            help_text="The trial's consultants and the project's officers",
            widget=forms.RadioSelect,
            empty_label=None,
            error_messages={
                "required": "Choose who gave the support",
                "invalid_choice": "Choose one of the trial's consultants or the project's officers",
            },
        )
        self.fields["given_by"].label_from_instance = lambda user: user.full_name or user.email
        self.fields["kind"].choices = SupportSession.Kind.choices

    def layout_fields(self):
        return [
            Field.text("held_on", field_width=10),
            Field.radios("given_by"),
            Field.radios("kind"),
            Field.text("hours", field_width=4),
            Field.textarea("notes", rows=3),
        ]

    def clean_held_on(self):
        day = self.cleaned_data["held_on"]
        problem = not_in_future_problem(day, "date of the session")
        if problem:
            raise forms.ValidationError(problem)
        return day


class PowerToInnovateForm(RecordForm):
    submit_label = "Save the draft request"
    required_messages = {
        "regulation": "Enter the regulation that constrains the trial",
        "variation_sought": "Enter the variation the trial seeks",
        "case": "Enter the case for the variation",
    }

    class Meta:
        model = PowerToInnovateRequest
        fields = ["regulation", "variation_sought", "case"]
        labels = {
            "regulation": "Which regulation constrains the trial?",
            "variation_sought": "What variation of it does the trial seek?",
            "case": "What is the case for it?",
        }
        help_texts = {
            "regulation": "Its name and, if you know it, the section, for example "
            "Education Act 2002, section 2",
            "case": "What the trial cannot do because of it, and what the variation would let "
            "it do for its pupils",
        }

    def layout_fields(self):
        return [
            Field.text("regulation"),
            Field.textarea("variation_sought", rows=4),
            Field.textarea("case", rows=8),
        ]


class AdviceForm(GDSFormMixin, forms.Form):
    """The Innovation Unit's advice to the Secretary of State on a submitted request."""

    submit_label = "Record the advice"
    advice = forms.CharField(
        label="The Innovation Unit's advice",
        widget=forms.Textarea(attrs={"rows": 8}),
        help_text="What the Unit advises the Secretary of State and officials, and why",
        error_messages={"required": "Enter the Innovation Unit's advice"},
    )

    def __init__(self, *args, pti, **kwargs):
        kwargs.setdefault("initial", {"advice": pti.advice})
        super().__init__(*args, **kwargs)
        # The request's latest history row when the page was loaded: advice saved meanwhile
        # (in another tab, or by someone else) is shown rather than silently replaced.
        self.fields["based_on"] = based_on_field(pti)
        self.helper.layout = Layout(
            Field("based_on"), *self.layout_fields(), Button("submit", self.submit_label)
        )

    def clean(self):
        data = super().clean()
        based_on(self, "based_on")
        return data

    def layout_fields(self):
        return [Field.textarea("advice", rows=8)]


class ConfirmForm(GDSFormMixin, forms.Form):
    """A step with nothing to type: one button."""

    def __init__(self, *args, action_label, **kwargs):
        self.submit_label = action_label
        super().__init__(*args, **kwargs)

    def layout_fields(self):
        return []


class DecisionForm(ConfirmForm):
    """The Secretary of State's decision on a request, granted or refused: the day it was
    made (today unless said; the decision often reaches the Unit later), neither after today
    nor before the request was submitted."""

    decided_on = DateField(
        label="Date of the Secretary of State's decision",
        error_messages={"required": "Enter the date of the Secretary of State's decision"},
    )

    def __init__(self, *args, pti, **kwargs):
        kwargs.setdefault("initial", {"decided_on": timezone.localdate()})
        super().__init__(*args, **kwargs)
        self.pti = pti
        today, sent = timezone.localdate(), pti.submitted_on
        self.fields["decided_on"].help_text = (
            f"Between {sent:%-d/%-m/%Y}, when the request was submitted, and today, "
            f"{today:%-d/%-m/%Y}"
            if sent
            else f"Today, {today:%-d/%-m/%Y}, or earlier"
        )

    def layout_fields(self):
        return [Field.text("decided_on", field_width=10)]

    def clean_decided_on(self):
        day = self.cleaned_data["decided_on"]
        problem = pti_decision_date_problem(self.pti, day)
        if problem:
            raise forms.ValidationError(problem)
        return day


# The register's filter: a state of the requests on it, or those withdrawn from it (whatever
# state they were in: a request withdrawn before a decision, or one recorded by mistake).
ON_THE_REGISTER = [
    (value, label)
    for value, label in PowerToInnovateRequest.State.choices
    if value != WITHDRAWN_REQUESTS
]


class PowerToInnovateFilterForm(GDSFormMixin, forms.Form):
    submit_label = "Show requests"
    state = forms.ChoiceField(
        label="Show",
        required=False,
        choices=[
            ("", "Every request on the register"),
            *ON_THE_REGISTER,
            (WITHDRAWN_REQUESTS, "Withdrawn requests"),
        ],
    )

    def layout_fields(self):
        return [Field.select("state")]


class BrokeredRelationshipForm(RecordForm):
    submit_label = "Save the relationship"
    required_messages = {
        "with_whom": "Enter who the relationship is with",
        "kind": "Choose what kind of body they are",
        "state": "Choose where the relationship stands",
    }

    class Meta:
        model = BrokeredRelationship
        fields = ["with_whom", "kind", "state", "notes"]
        widgets = {"kind": forms.RadioSelect, "state": forms.RadioSelect}
        labels = {
            "with_whom": "Who is it with?",
            "kind": "What kind of body are they?",
            "state": "Where does it stand?",
        }
        help_texts = {"with_whom": "For example, a potential IT investor or a local health service"}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["kind"].choices = BrokeredRelationship.Kind.choices
        self.fields["state"].choices = BrokeredRelationship.State.choices

    def layout_fields(self):
        return [
            Field.text("with_whom", field_width=Fluid.TWO_THIRDS),
            Field.radios("kind"),
            Field.radios("state"),
            Field.textarea("notes", rows=3),
        ]


class RiskForm(RecordForm):
    submit_label = "Save the risk"
    required_messages = {
        "description": "Describe the risk",
        "likelihood": "Choose how likely it is",
        "impact": "Choose how great its impact would be",
        "owner": "Enter who owns the risk",
    }

    class Meta:
        model = Risk
        fields = ["description", "likelihood", "impact", "owner", "mitigation"]
        widgets = {"likelihood": forms.RadioSelect, "impact": forms.RadioSelect}
        labels = {
            "description": "What is the risk?",
            "likelihood": "How likely is it?",
            "impact": "How great would its impact be?",
            "owner": "Who owns it?",
            "mitigation": "What is being done about it?",
        }

    def __init__(self, *args, editing=False, **kwargs):
        super().__init__(*args, editing=editing, **kwargs)
        for name in ("likelihood", "impact"):
            self.fields[name].choices = Risk.Level.choices
        if editing:
            self.fields["is_open"] = forms.TypedChoiceField(
                label="Is it still open?",
                choices=[(str(v), label) for v, label in Risk._meta.get_field("is_open").choices],
                coerce=lambda value: value == "True",
                widget=forms.RadioSelect,
                initial=str(self.instance.is_open),
                error_messages={"required": "Choose whether the risk is open or closed"},
            )
            self.relayout()

    def layout_fields(self):
        return [
            Field.textarea("description", rows=3),
            Field.radios("likelihood", inline=True),
            Field.radios("impact", inline=True),
            Field.text("owner", field_width=Fluid.TWO_THIRDS),
            Field.textarea("mitigation", rows=3),
            *([Field.radios("is_open", inline=True)] if "is_open" in self.fields else []),
        ]

    def record_fields(self):
        fields = super().record_fields()
        if "is_open" in self.fields:
            fields["is_open"] = self.cleaned_data["is_open"]
        return fields
