"""The demo's import of the register of schools: the administrator loaded the register's
lines for Stevenage's establishments (the 14-19 partnership's college, pupil referral unit and
schools), which gave each its URN, a week before Stevenage's leader joined (the seeds'
August 2006, moved to the demo's calendar). So the administrator's Organisation imports page
has one to open, and their notifications say it has finished.

Made as an administrator makes one, but here and now rather than by a worker, which a fresh
demo may not have yet: the import row as `start_import` writes it, the job reading it
(`preview_import`), the confirmation as `confirm_import` writes it, then the job applying it
(`run_import`), which tells the administrator it has finished. Loading again finds it done
and makes none.
"""

import csv
import io
from datetime import datetime

from django.core.files.base import ContentFile
from django.utils import timezone

from accounts.demo import STEVENAGE_SCHOOLS, STEVENAGE_SPECIAL
from accounts.demo_history import happened_at
from accounts.services import record_event
from nextpractice.demo_calendar import moved_datetime, not_after_today

from .gias import LA_NAME, NAME, STATUS, TOWN, TYPE, URN
from .models import OrganisationImport
from .services import preview_import, run_import

FILE = "edubasealldata20060821.csv"
IMPORTED = datetime(2006, 8, 21, 9, 30)
# (name, the register's type of establishment). The URNs are invented, from FIRST_URN on.
ESTABLISHMENTS = [
    ("Stevenage FE College", "Further education"),
    ("Stevenage Pupil Referral Unit", "Pupil referral unit"),
    *[(name, "Community school") for name in STEVENAGE_SCHOOLS],
    *[(name, "Community special school") for name in STEVENAGE_SPECIAL],
]
FIRST_URN = 990001

INVENTED = [
    "The import of the register of schools (Get Information About Schools), made by the "
    "administrator, is invented: its file holds only the Stevenage partnership's college, "
    "pupil referral unit and schools, and the URNs it gave them are made up.",
]


def register_file():
    """The register's export, as its columns are named, of the Stevenage establishments."""
    out = io.StringIO(newline="")
    writer = csv.writer(out, quoting=csv.QUOTE_ALL, lineterminator="\r\n")
    writer.writerow([URN, LA_NAME, NAME, TYPE, STATUS, TOWN])
    for n, (name, kind) in enumerate(ESTABLISHMENTS):
        writer.writerow([FIRST_URN + n, "Hertfordshire", name, kind, "Open", "Stevenage"])
    return out.getvalue().encode("cp1252")


def load(ctx):
    kept = OrganisationImport.objects.filter(original_name=FILE).first()
    if kept is not None:
        ctx["organisation_import"] = kept
        return ctx
    admin = ctx["users"]["admin"]
    at = not_after_today(moved_datetime(IMPORTED))
    fields = ("requested_at", "started_at", "previewed_at", "confirmed_at")
    dated = [(OrganisationImport, f) for f in (*fields, "import_started_at", "finished_at")]
    with happened_at(at, *dated):
        item = OrganisationImport(original_name=FILE, requested_by=admin)
        item.file.save(FILE, ContentFile(register_file()), save=False)
        item.save()
        record_event(
            actor=admin, verb="directory.import_uploaded", target=item, data={"file": FILE}
        )
        preview_import(pk=item.pk)
        OrganisationImport.objects.filter(
            pk=item.pk, state=OrganisationImport.State.PREVIEWED
        ).update(
            state=OrganisationImport.State.IMPORTING,
            confirmed_by=admin,
            confirmed_at=timezone.now(),
        )
        record_event(
            actor=admin, verb="directory.import_confirmed", target=item, data={"file": FILE}
        )
        run_import(pk=item.pk)
    item.refresh_from_db()
    ctx["organisation_import"] = item
    return ctx
