"""Progress reports in the demo: System Leadership's and the Knowsley Innovation Zone's, so
the partner's home and the Reports page have something to open.

Made while the demo loads, in this process: the report row as `request_report` writes it,
then the report job (`make_report`) run here and now rather than sent to a worker, which a
fresh demo may not have yet. They are made last but for the reminders, so that they show
the demo's completed trial, its exercises and its lessons. Loading again finds them ready
and makes none.
"""

from django.utils import timezone

from accounts.demo_history import happened_at
from accounts.services import record_event
from programmes import demo_content as content

from .models import Report, subject_filter, subject_kind
from .tasks import make_report

INVENTED = [
    "The two progress reports (System Leadership, and the Knowsley Innovation Zone) were "
    "made when this demonstration was loaded, from its data; the seeds contain no reports "
    "of this kind, though Knowsley's case study describes monthly highlight reports.",
]


def load(ctx):
    officer = ctx["users"]["officer"]
    subjects = [ctx["projects"][content.SL], ctx["programmes"]["knowsley"]]
    ctx["reports"] = [make_demo_report(subject, officer) for subject in subjects]
    return ctx


def make_demo_report(subject, officer):
    """`subject`'s report asked for by the demo's officer, made now; an existing ready one
    (or one being made) is kept."""
    reports = Report.objects.filter(**subject_filter(subject), kind=Report.Kind.ON_REQUEST)
    kept = reports.filter(state__in=[Report.State.READY, Report.State.PREPARING]).first()
    if kept is not None:
        return kept
    with happened_at(timezone.now()):
        report = Report.objects.create(
            **subject_filter(subject), kind=Report.Kind.ON_REQUEST, requested_by=officer
        )
        record_event(
            actor=officer,
            verb="reports.report_requested",
            target=report,
            data={"subject": subject_kind(subject), "subject_id": subject.pk},
        )
        make_report.apply(args=[report.pk])
    report.refresh_from_db()
    return report
