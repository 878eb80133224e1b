from django.contrib import admin
from django.contrib.auth.admin import UserAdmin as BaseUserAdmin

from nextpractice.admin_widgets import IdsOnlyAutocomplete

from .models import Event, Notification, Organisation, User


@admin.register(User)
class UserAdmin(IdsOnlyAutocomplete, BaseUserAdmin):
    ordering = ["email"]
    list_display = ["email", "full_name", "organisation", "is_staff", "is_active"]
    search_fields = ["email", "full_name"]
    list_select_related = ["organisation"]
    autocomplete_fields = ["organisation"]
    fieldsets = [
        (None, {"fields": ["email", "password"]}),
        ("Details", {"fields": ["full_name", "job_title", "organisation"]}),
        ("Access", {"fields": ["is_active", "is_staff", "is_superuser", "groups"]}),
        ("Dates", {"fields": ["last_login", "date_joined"]}),
    ]
    add_fieldsets = [
        (None, {"classes": ["wide"], "fields": ["email", "full_name", "password1", "password2"]})
    ]
    filter_horizontal = ["groups"]
    list_filter = ["is_staff", "is_active"]


@admin.register(Organisation)
class OrganisationAdmin(IdsOnlyAutocomplete, admin.ModelAdmin):
    list_display = ["name", "kind", "local_authority", "urn"]
    list_filter = ["kind"]
    search_fields = ["name", "urn"]
    list_select_related = ["local_authority"]
    autocomplete_fields = ["local_authority"]


@admin.register(Event)
class EventAdmin(admin.ModelAdmin):
    list_display = ["created_at", "verb", "actor", "target_type", "target_id"]
    list_filter = ["verb"]
    list_select_related = ["actor", "target_type"]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False


@admin.register(Notification)
class NotificationAdmin(admin.ModelAdmin):
    list_display = ["created_at", "recipient", "kind", "message", "read_at"]
    list_select_related = ["recipient"]
