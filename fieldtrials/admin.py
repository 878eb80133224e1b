from django.contrib import admin

from .models import FieldTrial, FieldTrialMembership


class FieldTrialMembershipInline(admin.TabularInline):
    model = FieldTrialMembership
    autocomplete_fields = ["user"]
    extra = 0


@admin.register(FieldTrial)
class FieldTrialAdmin(admin.ModelAdmin):
    list_display = ["title", "project", "lead_organisation", "status"]
    list_filter = ["status", "project"]
    list_select_related = ["project", "lead_organisation"]
    search_fields = ["title"]
    inlines = [FieldTrialMembershipInline]
    autocomplete_fields = ["lead_organisation", "local_authority", "participating_organisations"]
