"""Who may import organisations into the directory: administrators (`is_staff`) only.
Access to imports is decided here only; everyone else is refused (deny by default)."""

import rules

from accounts.access import fetch_for
from nextpractice.rules_util import signed_in

from .models import OrganisationImport


def is_administrator(user):
    return signed_in(user) and bool(user.is_staff)


def visible_imports(user):
    """Imports the user may see (`directory.view_import` as a filter)."""
    if is_administrator(user):
        return OrganisationImport.objects.all()
    return OrganisationImport.objects.none()


@rules.predicate
def manages_directory(user, obj=None):
    return is_administrator(user)


rules.add_perm("directory.manage_imports", manages_directory)
rules.add_perm("directory.view_import", manages_directory)


def get_import_for(user, pk, perm="directory.view_import"):
    """Import `pk`: 404 unless the user may see it, 403 if they see it but may not `perm`."""
    return fetch_for(
        user,
        visible_imports(user).select_related("requested_by", "confirmed_by"),
        pk,
        perm,
        view_perm="directory.view_import",
    )
