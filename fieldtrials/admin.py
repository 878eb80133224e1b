from django.contrib import admin

from nextpractice.admin_widgets import IdsOnlyAutocomplete

from .models import FieldTrial, FieldTrialMembership


class FieldTrialMembershipInline(IdsOnlyAutocomplete, admin.TabularInline):
    model = FieldTrialMembership
    autocomplete_fields = ["user"]
    extra = 0


@admin.register(FieldTrial)
class FieldTrialAdmin(IdsOnlyAutocomplete, admin.ModelAdmin):
    list_display = ["title", "project", "lead_organisation", "status"]
    list_filter = ["status", "project"]
    list_select_related = ["project", "lead_organisation"]
    search_fields = ["title"]
    inlines = [FieldTrialMembershipInline]
    autocomplete_fields = ["lead_organisation", "local_authority", "participating_organisations"]
