"""Adding one organisation to the directory by hand: a small independent school, a new
academy or a charity partner the register's import has not brought in. Who may is
`directory.add_organisation` (directory/rules.py); the page first shows those already here
that it may be (accounts.search.close_organisations), so that none is added twice."""

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction

from accounts.models import Organisation
from accounts.services import record_event

ADDED_MEANWHILE = (
    "An organisation of this name and kind, or with this URN, was added a moment ago: "
    "search for it before adding it again"
)


def add_organisation(*, actor, name, kind, urn="", local_authority=None):
    """`actor` adds an organisation to the directory; its event names who. Raises
    ValidationError (by field) if the directory refuses it: a URN or a name and kind
    already held, whoever added them first."""
    if not actor.has_perm("directory.add_organisation"):
        raise PermissionDenied("Only programme officers and administrators add organisations.")
    organisation = Organisation(name=name, kind=kind, urn=urn, local_authority=local_authority)
    organisation.full_clean()
    try:
        with transaction.atomic():
            organisation.save()
            record_event(
                actor=actor,
                verb="directory.organisation_added",
                target=organisation,
                data={"name": name, "kind": kind, "urn": urn},
            )
    except IntegrityError:  # the same added between the check and the insert
        raise ValidationError(ADDED_MEANWHILE) from None
    return organisation
