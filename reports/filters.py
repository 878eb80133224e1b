"""Filtering the list of every report a person may download, by programme and project."""

import django_filters
from crispy_forms_gds.helper import FormHelper
from crispy_forms_gds.layout import Field, Layout
from django import forms
from django.db.models import Q

from nextpractice.filtering import ListFilterSet
from programmes.models import Programme, Project
from programmes.rules import visible_programmes, visible_projects

from .models import Report


class ReportFilterForm(forms.Form):
    """The filters as GOV.UK selects, sent with GET; the buttons are in the template."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.helper = FormHelper()
        self.helper.form_tag = False
        self.helper.disable_csrf = True
        self.helper.layout = Layout(Field.select("programme"), Field.select("project"))


class ProgrammeChoiceField(forms.ModelChoiceField):
    """A programme picked by name, saying when one has ended (Programme.choice_label)."""

    def label_from_instance(self, obj):
        return obj.choice_label


class ProgrammeChoiceFilter(django_filters.ModelChoiceFilter):
    field_class = ProgrammeChoiceField


class ReportFilter(ListFilterSet):
    """Choices are only the programmes and projects the person sees; a trial's report counts
    under its project and programme, a project's report under its programme."""

    programme = ProgrammeChoiceFilter(
        label="Programme",
        queryset=Programme.objects.none(),
        empty_label="All programmes",
        method="of_programme",
        error_messages={"invalid_choice": "Choose a programme from the list"},
    )
    project = django_filters.ModelChoiceFilter(
        label="Project",
        queryset=Project.objects.none(),
        empty_label="All projects",
        method="of_project",
        error_messages={"invalid_choice": "Choose a project from the list"},
    )

    class Meta:
        model = Report
        fields = []
        form = ReportFilterForm

    def __init__(self, data=None, *args, user, **kwargs):
        super().__init__(data, *args, **kwargs)
        self.filters["programme"].queryset = visible_programmes(user).order_by("name")
        self.filters["project"].queryset = visible_projects(user).order_by("title")

    def of_programme(self, queryset, name, value):
        return queryset.filter(
            Q(programme=value)
            | Q(project__programme=value)
            | Q(field_trial__project__programme=value)
        )

    def of_project(self, queryset, name, value):
        return queryset.filter(Q(project=value) | Q(field_trial__project=value))
