from django.contrib import admin

from .models import Programme, ProgrammeMembership, Project, ProjectMembership


class ProgrammeMembershipInline(admin.TabularInline):
    model = ProgrammeMembership
    autocomplete_fields = ["user"]
    extra = 0


class ProjectMembershipInline(admin.TabularInline):
    model = ProjectMembership
    autocomplete_fields = ["user"]
    extra = 0


@admin.register(Programme)
class ProgrammeAdmin(admin.ModelAdmin):
    list_display = ["name", "kind", "lead_organisation", "start_date"]
    inlines = [ProgrammeMembershipInline]
    autocomplete_fields = ["lead_organisation"]


@admin.register(Project)
class ProjectAdmin(admin.ModelAdmin):
    list_display = ["title", "programme", "partner_agency", "stage", "start_date"]
    list_filter = ["stage", "programme"]
    list_select_related = ["programme", "partner_agency"]
    inlines = [ProjectMembershipInline]
    autocomplete_fields = ["partner_agency", "lead_officer"]
