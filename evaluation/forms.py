"""Forms for every kind of evaluation record.

Each form takes `parent` (what the record is added to, or the record's own parent when
editing) and `user`; forms that need neither ignore them. Numbers are typed into text
inputs (`inputmode`), so that a wrong value gets the GOV.UK error border and our reason.
"""

import re

from crispy_forms_gds.layout import Field, Fluid
from django import forms
from django.core.exceptions import ValidationError
from django.utils.text import format_lazy

from accounts.forms import GDSFormMixin
from accounts.search import TYPE_AN_ORGANISATION, TYPE_ITS_NAME, OrganisationField, say_who_adds
from nextpractice.records.forms import PlainDecimalField
from nextpractice.words import shortened
from programmes.forms.lifecycle import (
    THIS_MONTH,
    DateField,
    for_example_after_past,
    for_example_past,
    for_example_today,
)

from .models import (
    BoardDecision,
    BoardMeeting,
    BoardMember,
    CaseStudy,
    EvaluationPlan,
    EvaluationQuestion,
    HighlightReport,
    IndependentEvaluation,
    Indicator,
    Lesson,
    LocalityGroup,
    Measurement,
    Objective,
    PartnerContribution,
    PartnershipBoard,
    PolicyEvidence,
    ProgressEntry,
    ProgressStatus,
    SuccessCriterion,
    TakeUp,
    programme_of,
)
from .models.indicators import is_count, is_percentage
from .services import NOT_A_NUMBER, THEME_MAX_LENGTH, parse_themes, read_number


class NumberField(PlainDecimalField):
    """A number typed as text, with our reason when it is not one; in a form of ours
    (GDSFormMixin) the reason names its field (`invalid_for`): "Enter the baseline value as
    a number, like 42 or 93.5"."""

    default_error_messages = {"invalid": NOT_A_NUMBER}

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("max_digits", 14)
        kwargs.setdefault("decimal_places", 3)
        kwargs.setdefault("widget", forms.TextInput(attrs={"inputmode": "decimal"}))
        super().__init__(*args, **kwargs)

    def invalid_for(self, label):
        """What accounts.forms.name_the_fields says of a value it cannot read in `label`."""
        # Without the unit a label may carry: "Value (pupils)" reads "Enter the value as …".
        label = re.sub(r"\s*\([^()]*\)$", "", str(label))
        return f"Enter the {label[:1].lower()}{label[1:]} as a number, like 42 or 93.5"

    def to_python(self, value):
        # The service's reading: "12,5" refused, not stored as 125; "1e30" too big in words.
        if isinstance(value, str) and value.strip():
            try:
                value = read_number(value)
            except ValidationError as refused:
                if refused.messages != [NOT_A_NUMBER]:
                    raise
                raise ValidationError(self.error_messages["invalid"], code="invalid") from None
        return super().to_python(value)


class MonthField(forms.DateField):
    """A month typed as 3/2009, March 2009 or 2009-03; cleaned to its first day."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("input_formats", ["%m/%Y", "%B %Y", "%b %Y", "%Y-%m", "%d/%m/%Y"])
        kwargs.setdefault(
            "error_messages", {"invalid": format_lazy("Enter a month, for example {}", THIS_MONTH)}
        )
        kwargs.setdefault("widget", forms.TextInput(attrs={"inputmode": "text"}))
        super().__init__(*args, **kwargs)

    def prepare_value(self, value):
        if hasattr(value, "strftime"):
            return f"{value.month}/{value.year}"
        return value

    def to_python(self, value):
        day = super().to_python(value)
        return day.replace(day=1) if day else day


# An organisation is typed, with suggestions (accounts/search.py): a list of every one in
# the page held 25,000 once a national register was imported.


class EvaluationForm(GDSFormMixin, forms.ModelForm):
    """The shared shape: GOV.UK layout chosen by widget, and our messages for missing
    answers."""

    submit_label = "Save"
    required_messages = {}

    def __init__(self, *args, parent=None, user=None, **kwargs):
        self.parent, self.user = parent, user
        super().__init__(*args, **kwargs)
        say_who_adds(self, user)
        for name, message in self.required_messages.items():
            if name in self.fields:
                self.fields[name].error_messages["required"] = message

    def layout_fields(self):
        layout = []
        for name, bound in self.fields.items():
            widget = bound.widget
            if isinstance(widget, forms.Textarea):
                layout.append(Field.textarea(name, rows=4))
            elif isinstance(widget, forms.RadioSelect):
                layout.append(Field.radios(name, legend_size="s"))
            elif isinstance(widget, forms.Select):
                layout.append(Field.select(name))
            elif isinstance(bound, (forms.DateField, forms.DecimalField, forms.IntegerField)):
                layout.append(Field.text(name, field_width=10))
            else:
                layout.append(Field.text(name, field_width=Fluid.TWO_THIRDS))
        return layout

    def themes(self):
        """A lesson's theme names, or None for other records."""
        return None


class ObjectiveForm(EvaluationForm):
    submit_label = "Save the objective"
    number = forms.IntegerField(
        required=False,
        min_value=1,
        max_value=999,
        widget=forms.TextInput(attrs={"inputmode": "numeric"}),
        help_text="Its number, if the objectives are numbered",
        error_messages={"invalid": "Enter the number as a whole number, like 3"},
    )
    required_messages = {"text": "Enter the objective"}

    class Meta:
        model = Objective
        fields = ["number", "text"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.need_objective_id:
            # Its wording is the objective agreed in Analyse need, corrected there.
            del self.fields["text"]
            self.relayout()


class ProgressForm(EvaluationForm):
    submit_label = "Record the progress"
    recorded_on = DateField(label="Date", help_text=for_example_today(": today or earlier"))
    required_messages = {
        "recorded_on": "Enter the date of this progress",
        "what": "Enter what progress or impact there has been",
        "status": "Choose where the objective stands",
    }

    class Meta:
        model = ProgressEntry
        fields = ["recorded_on", "group", "status", "what"]
        widgets = {"status": forms.RadioSelect}
        labels = {"group": "Which group's progress is this?", "status": "Where does it stand?"}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["status"].choices = ProgressStatus.choices  # no "---------" radio
        objective = self.instance.objective
        groups = LocalityGroup.objects.filter(programme=programme_of(objective.subject))
        if groups.exists():
            self.fields["group"].queryset = groups
            self.fields["group"].empty_label = "Not for a group"
        else:
            del self.fields["group"]
            self.relayout()


class LocalityGroupForm(EvaluationForm):
    submit_label = "Save the group"
    required_messages = {"name": "Enter the group's name"}

    class Meta:
        model = LocalityGroup
        fields = ["name"]
        labels = {"name": "Group name"}


class BoardForm(EvaluationForm):
    submit_label = "Save the board"
    required_messages = {"name": "Enter the board's name"}

    chair = OrganisationField(required=False, label="Chaired by", help_text=TYPE_AN_ORGANISATION)

    class Meta:
        model = PartnershipBoard
        fields = ["name", "chair", "purpose"]
        labels = {"name": "Board name"}
        help_texts = {"name": "For example, Strategic Action Team"}


class BoardMemberForm(EvaluationForm):
    submit_label = "Save the member"
    required_messages = {"organisation": "Choose the organisation"}

    organisation = OrganisationField(label="Organisation", help_text=TYPE_AN_ORGANISATION)

    class Meta:
        model = BoardMember
        fields = ["organisation", "representative", "role"]


class MeetingForm(EvaluationForm):
    submit_label = "Save the meeting"
    held_on = DateField(label="Date", help_text=for_example_past("14/1"))
    required_messages = {"held_on": "Enter the date of the meeting"}

    class Meta:
        model = BoardMeeting
        fields = ["held_on", "notes"]


class DecisionForm(EvaluationForm):
    submit_label = "Save the decision"
    required_messages = {"text": "Enter the decision"}

    class Meta:
        model = BoardDecision
        fields = ["text"]


class CriterionForm(EvaluationForm):
    submit_label = "Save the criterion"
    required_messages = {"text": "Enter the success criterion"}

    class Meta:
        model = SuccessCriterion
        fields = ["text", "measure"]


class IndependentEvaluationForm(EvaluationForm):
    submit_label = "Save the evaluation"
    reported_on = DateField(label="When", required=False, help_text=for_example_past("31/3"))
    required_messages = {
        "evaluator": "Enter who evaluated the programme",
        "findings": "Enter what the evaluation found",
    }

    class Meta:
        model = IndependentEvaluation
        fields = ["evaluator", "reported_on", "findings", "url"]
        widgets = {"url": forms.TextInput(attrs={"inputmode": "url", "spellcheck": "false"})}


class PolicyEvidenceForm(EvaluationForm):
    submit_label = "Save the evidence"
    given_on = DateField(label="When", required=False, help_text=for_example_past("1/6"))
    required_messages = {
        "review": "Enter the review or enquiry it went to",
        "what": "Enter what was given",
    }

    given_by = OrganisationField(required=False, label="Given by", help_text=TYPE_AN_ORGANISATION)

    class Meta:
        model = PolicyEvidence
        fields = ["review", "given_by", "given_on", "what"]


class IndicatorForm(EvaluationForm):
    submit_label = "Save the indicator"
    baseline_value = NumberField(label="Baseline value", required=False)
    baseline_date = DateField(
        label="Baseline date",
        required=False,
        help_text=for_example_past("1/9", ": when the baseline was measured"),
    )
    target_value = NumberField(label="Target value", required=False)
    target_date = DateField(
        label="Target date",
        required=False,
        help_text=for_example_after_past("31/7", "1/9", ": when it is for"),
    )
    required_messages = {
        "strand": "Choose the strand or outcome",
        "name": "Enter what the indicator measures",
        "unit": "Enter the unit, for example % of pupils",
        "direction": "Choose whether higher or lower is better",
    }

    class Meta:
        model = Indicator
        fields = [
            "strand",
            "name",
            "unit",
            "direction",
            "baseline_value",
            "baseline_date",
            "target_value",
            "target_date",
            "notes",
        ]
        widgets = {"direction": forms.RadioSelect}
        labels = {"strand": "Strand or Every Child Matters outcome", "name": "What it measures"}


class MeasurementForm(EvaluationForm):
    submit_label = "Save the measurement"
    measured_on = DateField(label="Date measured", help_text=for_example_today())
    value = NumberField(label="Value")
    required_messages = {
        "measured_on": "Enter the date it was measured",
        "value": "Enter the value, as a number",
    }

    class Meta:
        model = Measurement
        # No unit to type: a measurement is always in its indicator's unit, named in the
        # value's label, and stored from the indicator (a box whose only right answer was
        # that same text only caused errors).
        fields = ["measured_on", "value", "note"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        indicator = self.instance.indicator
        self.instance.unit = indicator.unit
        value = self.fields["value"]
        value.label = f"Value ({indicator.unit})"
        value.help_text = "The number only, for example 125"
        if is_percentage(indicator.unit):
            value.help_text = "The number only, between 0 and 100, for example 91.5"
        elif is_count(indicator.unit):
            value.help_text = "The number only, 0 or more, for example 125"
        self.fields["measured_on"].help_text = for_example_today(": today or earlier")
        if indicator.baseline_date:
            self.fields["measured_on"].help_text = (
                f"On or after the baseline date, {indicator.baseline_date:%-d/%-m/%Y}, "
                "and today or earlier"
            )


class PlanForm(EvaluationForm):
    submit_label = "Save the plan"

    class Meta:
        model = EvaluationPlan
        fields = ["co_designed_with", "summary"]


class QuestionForm(EvaluationForm):
    submit_label = "Save the question"
    required_messages = {
        "question": "Enter the evaluation question",
        "methods": "Enter the methods that will answer it",
        "who_collects": "Enter who collects what",
        "when": "Enter when it is collected",
    }

    class Meta:
        model = EvaluationQuestion
        fields = ["question", "methods", "who_collects", "when"]
        # No years: the seed's "July 2007 and July 2008" read as long past.
        help_texts = {"when": "For example, each term, or each July at the end of the school year"}


class LessonForm(EvaluationForm):
    submit_label = "Save the lesson"
    theme_list = forms.CharField(
        label="Themes",
        required=False,
        help_text="Separate themes with commas, for example: governance, student voice",
    )
    required_messages = {"title": "Enter a short title", "text": "Enter what was learned"}

    class Meta:
        model = Lesson
        fields = ["title", "text"]  # and its themes, as a list of names

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk and not self.is_bound:
            self.initial["theme_list"] = ", ".join(t.name for t in self.instance.themes.all())

    def clean_theme_list(self):
        text = self.cleaned_data.get("theme_list")
        for name in parse_themes(text):
            if len(name) > THEME_MAX_LENGTH:
                raise forms.ValidationError(
                    f"Each theme must be {THEME_MAX_LENGTH} characters or fewer; "
                    f"“{shortened(name, 40)}” has {len(name):,}"
                )
        return text

    def themes(self):
        return parse_themes(self.cleaned_data.get("theme_list"))


class CaseStudyForm(EvaluationForm):
    submit_label = "Save the case study"
    # A record of when it appeared outside Next Practice (a website, a report), next to its
    # link: here its readers are those of the page it is on, whatever this date says.
    published_on = DateField(
        label="Published elsewhere on",
        required=False,
        help_text=for_example_past(
            "1/3",
            ". The day the case study appeared on a website or in a report. Leave it empty if"
            " it has not. Whatever this date, on Next Practice the case study is seen only by"
            " the people who can see this evaluation page.",
        ),
    )
    required_messages = {"title": "Enter the title", "summary": "Enter a summary"}

    class Meta:
        model = CaseStudy
        fields = ["title", "summary", "url", "published_on"]
        widgets = {"url": forms.TextInput(attrs={"inputmode": "url", "spellcheck": "false"})}


class TakeUpForm(EvaluationForm):
    submit_label = "Save"
    taken_up_on = DateField(label="When was it taken up?", help_text=for_example_past("1/9"))
    required_messages = {
        "organisation": "Choose the organisation that took it up",
        "taken_up_on": "Enter when it was taken up",
        "how": "Enter how it was taken up",
    }

    # A partner agency, not a school: no word of URNs (accounts.search).
    organisation = OrganisationField(
        label="Which partner agency took it up?", help_text=TYPE_ITS_NAME
    )

    class Meta:
        model = TakeUp
        fields = ["organisation", "taken_up_on", "how"]


class ContributionForm(EvaluationForm):
    """Officers choose the organisation; a partner records their own organisation's."""

    submit_label = "Save the contribution"
    required_messages = {
        "organisation": "Choose the organisation",
        "what": "Enter what the organisation gives",
    }

    organisation = OrganisationField(label="Organisation", help_text=TYPE_ITS_NAME)

    class Meta:
        model = PartnerContribution
        fields = ["organisation", "what"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        subject = self.instance.subject
        steers = self.user is not None and self.user.has_perm("evaluation.steer", subject)
        if not steers:
            del self.fields["organisation"]
            if self.instance.organisation_id is None and self.user is not None:
                self.instance.organisation_id = self.user.organisation_id
            self.fields["what"].label = f"What {self.user.organisation} gives"
            self.relayout()


class HighlightForm(EvaluationForm):
    submit_label = "Save the highlight report"
    month = MonthField(label="Month", help_text=format_lazy("For example, {}", THIS_MONTH))
    required_messages = {"month": "Enter the month reported on", "text": "Enter the report"}

    class Meta:
        model = HighlightReport
        fields = ["month", "group", "rag", "text"]
        widgets = {"rag": forms.RadioSelect}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["rag"].choices = [("", "Not given"), *HighlightReport.Rag.choices]
        groups = LocalityGroup.objects.filter(programme=programme_of(self.instance.subject))
        if groups.exists():
            self.fields["group"].queryset = groups
            self.fields["group"].empty_label = "Not for a group"
            self.fields["group"].label = "Which group is it from?"
        else:
            del self.fields["group"]
            self.relayout()
