"""The Django admin's index links to the import pages (they are not admin forms)."""

from django.contrib import admin
from django.shortcuts import redirect

from .models import OrganisationImport


@admin.register(OrganisationImport)
class OrganisationImportAdmin(admin.ModelAdmin):
    """Listed on the admin's index as "Organisation imports"; opens the app's own pages."""

    def changelist_view(self, request, extra_context=None):
        return redirect("directory:import_list")

    def add_view(self, request, form_url="", extra_context=None):
        return redirect("directory:import_create")

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False

    def has_view_permission(self, request, obj=None):
        return request.user.has_perm("directory.manage_imports")

    def has_add_permission(self, request):
        return request.user.has_perm("directory.manage_imports")

    def has_module_permission(self, request):
        return request.user.has_perm("directory.manage_imports")
