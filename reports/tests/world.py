"""Progress reports in the shared test world, and who may read them.

A report is read by whoever reads the whole of its subject (reports/rules.py): Amber's by
the officer and Amber's partner; Quartz's (a programme) by its officer only; Coral's (a
trial) by everyone who sees Coral; Quill's by those who see Quill; Onyx's by nobody. An
earlier report of Coral, withdrawn by the officer, by the officer only (who manages Coral's
reports, as an officer of its programme): everyone else who reads Coral's is told only that
it was withdrawn, by whom, when and why; whoever does not gets 404.
"""

import datetime

from django.core.files.base import ContentFile
from django.utils import timezone

# Enough of a PDF for access checks; the report tests make real ones.
WORLD_PDF = b"%PDF-1.4\n% a stored report of the test world\n"
# Its kept web page, with one table.
WORLD_PAGE = (
    '<section><h1 id="report-title">A report of the test world</h1>'
    '<table><caption>Trials</caption><thead><tr><th scope="col">Field trial</th></tr></thead>'
    "<tbody><tr><td>A trial</td></tr></tbody></table></section>"
)


def extend(w):
    from reports.models import Report

    def ready(key, **subject):
        report = Report.objects.create(
            **subject,
            state=Report.State.READY,
            requested_by=w.users["officer"],
            # Yesterday: not among the few reports an hour the officer may ask for.
            requested_at=timezone.now() - datetime.timedelta(days=1),
            pages=1,
            size=len(WORLD_PDF),
        )
        report.file.save(f"{key}.pdf", ContentFile(WORLD_PDF), save=False)
        report.page.save(f"{key}.html", ContentFile(WORLD_PAGE.encode()), save=True)
        return report

    withdrawn = ready("coral-withdrawn", field_trial=w.coral)
    Report.objects.filter(pk=withdrawn.pk).update(
        requested_at=timezone.now() - datetime.timedelta(days=2),
        withdrawn_at=timezone.now() - datetime.timedelta(hours=1),
        withdrawn_by=w.users["officer"],
        withdrawn_reason="It names a risk entered on the wrong trial",
    )
    withdrawn.refresh_from_db()
    w.objects.update(
        coral_withdrawn_report=withdrawn,
        amber_report=ready("amber", project=w.amber),
        onyx_report=ready("onyx", project=w.onyx_project),
        quartz_report=ready("quartz", programme=w.quartz),
        coral_report=ready("coral", field_trial=w.coral),
        quill_report=ready("quill", field_trial=w.quill),
    )
    readers = {
        "amber_report": {"officer", "partner"},
        "quartz_report": {"officer"},
        "coral_report": {"officer", "consultant", "leader", "partner"},
        "quill_report": {"officer", "consultant", "leader"},
        "coral_withdrawn_report": {"officer"},
    }
    for key, personas in readers.items():
        for persona in personas:
            w.visible[persona] |= {key}
    # Who read it before it was withdrawn is told it was (its page says so), not what it said.
    for persona in ("consultant", "leader", "partner"):
        w.named.setdefault(persona, set()).add("coral_withdrawn_report")
    w.visible["admin"] = set(w.objects)
