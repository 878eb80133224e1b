from django import forms
from django.contrib import admin

from nextpractice.admin_widgets import IdsOnlyAutocomplete

from .models import Programme, ProgrammeMembership, Project, ProjectMembership


class ProgrammeMembershipInline(IdsOnlyAutocomplete, admin.TabularInline):
    model = ProgrammeMembership
    autocomplete_fields = ["user"]
    extra = 0


class ProjectMembershipInline(IdsOnlyAutocomplete, admin.TabularInline):
    model = ProjectMembership
    autocomplete_fields = ["user"]
    extra = 0


@admin.register(Programme)
class ProgrammeAdmin(IdsOnlyAutocomplete, admin.ModelAdmin):
    list_display = ["name", "kind", "lead_organisation", "start_date"]
    inlines = [ProgrammeMembershipInline]
    autocomplete_fields = ["lead_organisation"]


@admin.register(Project)
class ProjectAdmin(IdsOnlyAutocomplete, admin.ModelAdmin):
    list_display = ["title", "programme", "partner_agency", "stage", "start_date"]
    list_filter = ["stage", "programme"]
    list_select_related = ["programme", "partner_agency"]
    inlines = [ProjectMembershipInline]
    autocomplete_fields = ["partner_agency", "lead_officer"]


from .forms.need import CheckedDocument  # noqa: E402
from .models import (  # noqa: E402
    Assessment,
    CreativeOption,
    DataSource,
    KeptStimulus,
    Objective,
    PotentialInnovator,
    ProblemStatement,
    StageMove,
    Stimulus,
    StimulusTag,
    Workshop,
    WorkshopParticipant,
)


@admin.register(StageMove)
class StageMoveAdmin(admin.ModelAdmin):
    list_display = ["project", "from_stage", "to_stage", "actor", "overridden", "created_at"]
    list_select_related = ["project", "actor"]

    def has_change_permission(self, request, obj=None):
        return False


@admin.register(Stimulus)
class StimulusAdmin(admin.ModelAdmin):
    list_display = ["title", "sector", "country"]
    list_filter = ["sector"]
    search_fields = ["title", "summary", "provocation"]
    filter_horizontal = ["tags"]


class WorkshopParticipantInline(admin.TabularInline):
    model = WorkshopParticipant
    extra = 0


@admin.register(Workshop)
class WorkshopAdmin(admin.ModelAdmin):
    list_display = ["title", "project", "kind", "held_on"]
    inlines = [WorkshopParticipantInline]


class AssessmentInline(admin.StackedInline):
    model = Assessment
    extra = 0


@admin.register(CreativeOption)
class CreativeOptionAdmin(admin.ModelAdmin):
    list_display = ["title", "project", "status"]
    list_filter = ["status", "project"]
    search_fields = ["title"]
    inlines = [AssessmentInline]


for model in (
    StimulusTag,
    KeptStimulus,
    ProblemStatement,
    Objective,
    PotentialInnovator,
):
    admin.site.register(model)


class DataSourceAdminForm(CheckedDocument, forms.ModelForm):
    class Meta:
        model = DataSource
        fields = ["project", "title", "url", "file", "what_it_shows", "created_by"]

    def save(self, commit=True):
        # A new file: what its content is and its name, as the page's form keeps them.
        for name, value in self.file_values().items():
            setattr(self.instance, name, value)
        return super().save(commit)


@admin.register(DataSource)
class DataSourceAdmin(admin.ModelAdmin):
    """A file added or replaced here is checked by its content, as on the Analyse need page."""

    form = DataSourceAdminForm
    readonly_fields = ["original_name", "file_type"]
    list_display = ["title", "project"]
