"""Filtering and sorting a project's creative options (the list page and its CSV export).

The filterset works on `options_with_scores(...)`, so "characteristics met" and
"classification" filter and sort on the database's own sums, never row by row.
"""

import django_filters
from crispy_forms_gds.helper import FormHelper
from crispy_forms_gds.layout import HTML, Field, Layout
from django import forms

from nextpractice.filtering import ListFilterSet, not_offered

from ..models import CreativeOption, Workshop
from ..selectors_options import CLASSIFICATION_LABELS

SORTS = {
    "newest": ("Newest first", ["-created_at", "-id"]),
    "title": ("Title (A to Z)", ["title", "id"]),
    "characteristics": ("Most characteristics met", ["-characteristics_met", "title", "id"]),
    "status": ("Status", ["status_rank", "title", "id"]),
}


def _workshop_choice(workshop):
    """A workshop to filter by, as the options it produced name it: marked once withdrawn."""
    if workshop.is_withdrawn:
        return f"{workshop.title} ({workshop.held_on:%-d %B %Y}, withdrawn)"
    return str(workshop)


class OptionFilterForm(forms.Form):
    """The filters as a GOV.UK form sent with GET (no named button in the query string)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["workshop"].label_from_instance = _workshop_choice
        self.helper = FormHelper()
        self.helper.form_tag = False
        self.helper.disable_csrf = True
        self.helper.layout = Layout(
            Field.checkboxes("status", legend_size="s", small=True),
            Field.select("classification"),
            Field.select("min_characteristics"),
            Field.select("burning_platform"),
            Field.select("workshop"),
            Field.select("sort"),
            HTML(
                '<button type="submit" class="govuk-button govuk-button--secondary" '
                'data-module="govuk-button">Apply filters</button>'
            ),
        )


class OptionFilter(ListFilterSet):
    not_offered_messages = {
        "classification": not_offered("nature of innovation", "every nature"),
        "min_characteristics": not_offered(
            "number", "options meeting any number of the characteristics"
        ),
        "burning_platform": "That is not a choice for a burning platform; showing options "
        "born of one or not.",
        "sort": "That is not a way you can sort by; showing the newest first.",
    }

    status = django_filters.MultipleChoiceFilter(
        label="Status",
        choices=CreativeOption.Status.choices,
        widget=forms.CheckboxSelectMultiple,
    )
    classification = django_filters.ChoiceFilter(
        label="Nature of the innovation",
        choices=list(CLASSIFICATION_LABELS.items()),
        empty_label="Any",
    )
    min_characteristics = django_filters.ChoiceFilter(
        label="Characteristics of Next Practice met, at least",
        field_name="characteristics_met",
        lookup_expr="gte",
        choices=[(str(n), f"{n} of 7") for n in range(8)],
        empty_label="Any number",
    )
    burning_platform = django_filters.ChoiceFilter(
        label="Born of a burning platform",
        choices=[("yes", "Yes"), ("no", "No")],
        empty_label="Either",
        method="filter_burning_platform",
    )
    workshop = django_filters.ModelChoiceFilter(
        label="Workshop",
        queryset=Workshop.objects.none(),
        empty_label="Any workshop",
    )
    sort = django_filters.ChoiceFilter(
        label="Sort by",
        choices=[(key, label) for key, (label, _) in SORTS.items()],
        empty_label=None,
        method="sort_by",
    )

    class Meta:
        model = CreativeOption
        fields = []
        form = OptionFilterForm

    def __init__(self, data=None, *args, project, **kwargs):
        super().__init__(data, *args, **kwargs)
        self.filters["workshop"].queryset = Workshop.objects.filter(project=project)

    def filter_burning_platform(self, queryset, name, value):
        if value == "yes":
            return queryset.exclude(burning_platform="")
        if value == "no":
            return queryset.filter(burning_platform="")
        return queryset

    def sort_by(self, queryset, name, value):
        return queryset.order_by(*SORTS.get(value, SORTS["newest"])[1])

    def filter_queryset(self, queryset):
        queryset = queryset.order_by(*SORTS["newest"][1])
        return super().filter_queryset(queryset)
