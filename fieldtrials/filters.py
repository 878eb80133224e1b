"""Filtering and sorting the field trials list; the list page and its CSV share this.

The filterset works on `trials_for_listing(...)`; its conditions come from selectors_list,
so "overdue" here is the same SQL as the attention panel's count of overdue trials.
"""

import django_filters
from crispy_forms_gds.helper import FormHelper
from crispy_forms_gds.layout import Div, Field, Fieldset, Fluid, Layout
from django import forms
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.db.models import Case, F, IntegerField, Q, Value, When

from accounts.models import Organisation
from nextpractice.filtering import ListFilterSet, not_offered
from nextpractice.widgets import ColumnsChoiceIterator, FastSelect
from programmes.models import Programme, Project
from programmes.models.lifecycle import programme_choice_label
from programmes.rules import visible_programmes, visible_projects

from .models import FieldTrial, Rag, ResourceDomain
from .rules import member_trials_filter
from .selectors_list import (
    has_milestone_due_soon,
    has_open_power_to_innovate,
    has_overdue_milestones,
    has_serious_open_risk,
    is_missing_update,
)

NO_UPDATE = "none"
RAG_CHOICES = [
    (Rag.RED.value, "Red"),
    (Rag.AMBER.value, "Amber"),
    (Rag.GREEN.value, "Green"),
    (NO_UPDATE, "No update yet"),
]


def _rank(field, values):
    """Order by the position of `field`'s value in `values`; anything else comes last."""
    return Case(
        *[When(**{field: v}, then=Value(i)) for i, v in enumerate(values)],
        default=Value(len(values)),
        output_field=IntegerField(),
    )


SORTS = {
    "title": ("Title (A to Z)", lambda: ["title", "id"]),
    "status": (
        "Status",
        lambda: [_rank("status", FieldTrial.Status.values), "title", "id"],
    ),
    "rag": (
        "Latest rating (red first)",
        lambda: [_rank("latest_rag", [Rag.RED, Rag.AMBER, Rag.GREEN]), "title", "id"],
    ),
    "overdue": (
        "Most overdue milestones",
        lambda: ["-overdue_count", F("next_due").asc(nulls_last=True), "title", "id"],
    ),
    "next_due": (
        "Next milestone due (soonest first)",
        lambda: [F("next_due").asc(nulls_last=True), "title", "id"],
    ),
    "project": ("Project", lambda: ["project__title", "title", "id"]),
}
DEFAULT_SORT = "title"


class YesCheckbox(forms.CheckboxInput):
    """One checkbox that sends `name=yes` when ticked, so links can read `?overdue=yes`."""

    def __init__(self, attrs=None):
        attrs = {"class": "govuk-checkboxes__input", **(attrs or {})}
        super().__init__(attrs, check_test=lambda value: value in (True, "yes"))

    def format_value(self, value):
        return "yes"

    def value_from_datadict(self, data, files, name):
        return data.get(name)


class YesField(forms.Field):
    """True for "yes", False when absent; anything else is an error, not a silent yes."""

    widget = YesCheckbox

    def to_python(self, value):
        if value in (None, "", False):
            return False
        if value in (True, "yes"):
            return True
        raise ValidationError("Tick the box or leave it unticked", code="invalid")


class YesFilter(django_filters.Filter):
    field_class = YesField


class FieldTrialFilterForm(forms.Form):
    """The filters as GOV.UK controls, sent with GET; the buttons are in the template."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.helper = FormHelper()
        self.helper.form_tag = False
        self.helper.disable_csrf = True
        # Only the trials one is a member of: offered to a trial's members (FieldTrialFilter).
        mine = [Field.checkbox("mine", small=True)] if "mine" in self.fields else []
        self.helper.layout = Layout(
            Field.text("q", field_width=Fluid.TWO_THIRDS),
            *mine,
            Field.select("programme"),
            Field.select("project"),
            Field.checkboxes("status", legend_size="s", small=True),
            Field.checkboxes("rag", legend_size="s", small=True),
            Field.select("local_authority"),
            Field.select("consultant"),
            Field.select("domain"),
            Div(
                Fieldset(
                    Field.checkbox("overdue", small=True),
                    Field.checkbox("due_soon", small=True),
                    Field.checkbox("update_missing", small=True),
                    Field.checkbox("open_pti", small=True),
                    Field.checkbox("serious_risk", small=True),
                    legend="Needs attention",
                    legend_size="s",
                ),
                css_class="govuk-form-group",
            ),
            Field.select("sort"),
        )


class ColumnChoiceFilter(django_filters.ModelChoiceFilter):
    """A ModelChoiceFilter whose choices are read as columns (nextpractice.widgets.
    ColumnsChoiceIterator): `label_columns` = (columns, function of them giving the label)."""

    def __init__(self, *args, label_columns, **kwargs):
        self.label_columns = label_columns
        kwargs.setdefault("widget", FastSelect)
        super().__init__(*args, **kwargs)

    @property
    def field(self):
        field = super().field
        field.label_columns = self.label_columns
        field.iterator = ColumnsChoiceIterator
        return field


class FieldTrialFilter(ListFilterSet):
    not_offered_messages = {
        "rag": not_offered("rating"),
        "overdue": "That is not a choice for overdue milestones; showing trials with or "
        "without them.",
        "due_soon": "That is not a choice for milestones due in the next 7 days; showing "
        "trials with or without one.",
        "update_missing": "That is not a choice for last month's update; showing trials "
        "with or without it.",
        "open_pti": "That is not a choice for Power to Innovate requests; showing trials "
        "with or without an open one.",
        "serious_risk": "That is not a choice for serious risks; showing trials with or "
        "without an open one.",
        "mine": "That is not a choice for the trials you are a member of; showing every "
        "trial you can see.",
        "sort": "That is not a way you can sort by; showing them by title (A to Z).",
    }

    q = django_filters.CharFilter(
        label="Title contains", field_name="title", lookup_expr="icontains"
    )
    # What a trial team's "Needs attention" counts (selectors_list.attention_scope): not the
    # other trials of their communities of practice, which they only read.
    mine = YesFilter(label="Only the trials you are a member of", method="filter_mine")
    programme = ColumnChoiceFilter(
        label="Programme",
        label_columns=(["name", "end_date"], programme_choice_label),
        field_name="project__programme",
        queryset=Programme.objects.none(),
        empty_label="Any programme",
    )
    project = ColumnChoiceFilter(
        label="Project",
        label_columns=(["title"], str),
        queryset=Project.objects.none(),
        empty_label="Any project",
    )
    status = django_filters.MultipleChoiceFilter(
        label="Status",
        choices=FieldTrial.Status.choices,
        widget=forms.CheckboxSelectMultiple,
        distinct=False,  # one column, no join
    )
    rag = django_filters.MultipleChoiceFilter(
        label="Latest rating: red, amber or green",
        choices=RAG_CHOICES,
        widget=forms.CheckboxSelectMultiple,
        method="filter_rag",
    )
    local_authority = ColumnChoiceFilter(
        label="Local authority",
        label_columns=(["name"], str),
        queryset=Organisation.objects.none(),
        empty_label="Any local authority",
    )
    consultant = ColumnChoiceFilter(
        label="Consultant",
        label_columns=(["full_name", "email"], lambda name, email: name or email),  # User.__str__
        queryset=get_user_model().objects.none(),
        empty_label="Any consultant",
    )
    domain = django_filters.ModelChoiceFilter(
        label="Resource domain",
        widget=FastSelect,
        field_name="resource_domains",
        to_field_name="code",
        queryset=ResourceDomain.objects.all(),
        empty_label="Any resource domain",
        distinct=False,  # a trial holds each domain once: one row at most
    )
    overdue = YesFilter(label="Overdue milestones", method="filter_overdue")
    due_soon = YesFilter(label="A milestone due in the next 7 days", method="filter_due_soon")
    update_missing = YesFilter(label="Last month's update missing", method="filter_missing")
    open_pti = YesFilter(label="An open Power to Innovate request", method="filter_open_pti")
    serious_risk = YesFilter(label="A serious open risk", method="filter_serious_risk")
    sort = django_filters.ChoiceFilter(
        label="Sort by",
        choices=[(key, label) for key, (label, _) in SORTS.items()],
        empty_label=None,
        method="sort_by",
    )

    class Meta:
        model = FieldTrial
        fields = []
        form = FieldTrialFilterForm

    def __init__(self, data=None, *args, user, visible, today=None, **kwargs):
        super().__init__(data, *args, **kwargs)
        self.today = today
        self.member_trials = member_trials_filter(user)
        if self.member_trials is None:
            # A member of no trial (an officer, say): nothing to narrow to; a link's
            # `mine=yes` is not read.
            del self.filters["mine"]
        self.filters["programme"].queryset = visible_programmes(user).order_by("name")
        self.filters["project"].queryset = visible_projects(user).order_by("title")
        self.filters["local_authority"].queryset = Organisation.objects.filter(
            kind=Organisation.Kind.LOCAL_AUTHORITY, pk__in=visible.values("local_authority_id")
        ).order_by("name")
        self.filters["consultant"].queryset = (
            get_user_model()
            .objects.filter(pk__in=visible.values("consultant_id"))
            .order_by("full_name", "pk")
        )

    def filter_rag(self, queryset, name, value):
        condition = Q(latest_rag__in=[v for v in value if v != NO_UPDATE])
        if NO_UPDATE in value:
            condition |= Q(latest_rag="")
        return queryset.filter(condition)

    def filter_mine(self, queryset, name, value):
        return queryset.filter(self.member_trials) if value else queryset

    def filter_overdue(self, queryset, name, value):
        return queryset.filter(has_overdue_milestones(self.today)) if value else queryset

    def filter_due_soon(self, queryset, name, value):
        return queryset.filter(has_milestone_due_soon(self.today)) if value else queryset

    def filter_missing(self, queryset, name, value):
        return queryset.filter(is_missing_update(self.today)) if value else queryset

    def filter_open_pti(self, queryset, name, value):
        return queryset.filter(has_open_power_to_innovate()) if value else queryset

    def filter_serious_risk(self, queryset, name, value):
        return queryset.filter(has_serious_open_risk()) if value else queryset

    def sort_by(self, queryset, name, value):
        return queryset.order_by(*SORTS.get(value, SORTS[DEFAULT_SORT])[1]())

    def filter_queryset(self, queryset):
        queryset = queryset.order_by(*SORTS[DEFAULT_SORT][1]())
        return super().filter_queryset(queryset)
