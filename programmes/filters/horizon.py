"""Searching and filtering the stimulus library; the list page and its CSV share this."""

import django_filters
from django import forms
from django.db.models import Q

from nextpractice.filtering import ListFilterSet

from ..forms.horizon import StimulusSearchForm
from ..models import Sector, Stimulus
from ..selectors_horizon import country_choices, tag_choices

SEARCHED_FIELDS = ("title", "summary", "provocation", "country", "contacts")

SORTS = {
    "title": ("title", "id"),
    "newest": ("-created_at", "-id"),
}


class StimulusFilter(ListFilterSet):
    not_offered_messages = {
        "sort": "That is not a way you can sort by; showing them by title, A to Z.",
    }

    q = django_filters.CharFilter(
        label="Search the library",
        method="search",
        help_text="Words from the title, summary, provocation question, country or contacts.",
    )
    sector = django_filters.MultipleChoiceFilter(
        label="Sector",
        choices=Sector.choices,
        widget=forms.CheckboxSelectMultiple,
        distinct=False,  # one column, no join: no repeats to remove
    )
    country = django_filters.ChoiceFilter(
        label="Country", choices=country_choices, empty_label="Any country"
    )
    tag = django_filters.ModelChoiceFilter(
        label="Tag",
        field_name="tags",
        to_field_name="name",
        queryset=lambda request: tag_choices(),
        empty_label="Any tag",
        distinct=False,  # tag names are unique: a stimulus matches one tag row at most
    )
    sort = django_filters.ChoiceFilter(
        label="Sort by",
        choices=[("title", "Title, A to Z"), ("newest", "Newest first")],
        method="sort_by",
        empty_label=None,
        widget=forms.RadioSelect,
    )

    class Meta:
        model = Stimulus
        fields = []
        form = StimulusSearchForm

    def __init__(self, data=None, *args, **kwargs):
        if data is not None and not data.get("sort"):
            data = data.copy()
            data["sort"] = "title"
        super().__init__(data, *args, **kwargs)

    def search(self, queryset, name, value):
        query = Q()
        for word in value.split():
            query &= Q(*[Q(**{f"{f}__icontains": word}) for f in SEARCHED_FIELDS], _connector="OR")
        return queryset.filter(query)

    def sort_by(self, queryset, name, value):
        return queryset.order_by(*SORTS.get(value, SORTS["title"]))

    def filter_queryset(self, queryset):
        # By title unless sorted otherwise, a sort not offered too (it is dropped).
        return super().filter_queryset(queryset.order_by(*SORTS["title"]))
