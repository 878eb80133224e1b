"""Asking for progress reports, and the monthly schedule's reports."""

import datetime

from django.db import transaction
from django.db.models import Q
from django.utils import timezone

from accounts.services import record_event
from nextpractice.jobs import JobRefused, send_job

from .models import STALE_AFTER, Report, subject_filter, subject_kind

LIVE_TRIALS = ["selected", "incubating", "reporting"]
REFUSED_MESSAGE = (
    "The background job service was not responding, so this report was not started. "
    "Ask for a new report."
)


def request_report(*, subject, actor):
    """`actor` asks for a report of `subject` (a programme, project or field trial).

    The report row, its event and the job are one step: if the broker refuses the job,
    JobRefused is raised and nothing is kept. Asking again while a report of the same subject
    is still being prepared (a double click) gives that report rather than a second one.
    """
    from .tasks import make_report

    pending = (
        Report.objects.filter(
            **subject_filter(subject),
            kind=Report.Kind.ON_REQUEST,
            state=Report.State.PREPARING,
            requested_at__gte=timezone.now() - STALE_AFTER,
        )
        .order_by("-requested_at")
        .first()
    )
    if pending is not None:
        return pending
    with transaction.atomic():
        report = Report.objects.create(
            **subject_filter(subject), kind=Report.Kind.ON_REQUEST, requested_by=actor
        )
        record_event(
            actor=actor,
            verb="reports.report_requested",
            target=report,
            data={"subject": subject_kind(subject), "subject_id": subject.pk},
        )
        # Last, so that a refusal rolls the row back. A worker that runs before the commit
        # finds no row yet and retries (reports.tasks.make_report).
        send_job(make_report, report.pk)
    report.refresh_from_db()
    return report


def month_just_ended(today=None):
    """The first day of the month before `today`'s."""
    today = today or timezone.localdate()
    last_of_previous = today.replace(day=1) - datetime.timedelta(days=1)
    return last_of_previous.replace(day=1)


def active_projects(today=None):
    """Projects worth a monthly report: of a programme that has not ended, or with a field
    trial still selected, incubating or reporting."""
    from programmes.models import Project

    today = today or timezone.localdate()
    return Project.objects.filter(
        pk__in=Project.objects.filter(
            Q(programme__end_date__isnull=True)
            | Q(programme__end_date__gte=today)
            | Q(field_trials__status__in=LIVE_TRIALS)
        ).values("pk")
    ).order_by("pk")


def schedule_monthly_report(*, project, period):
    """The monthly report of `project` for the month starting `period`, made once: returns
    (report, created). Running the schedule twice finds the first run's report."""
    from .tasks import make_report

    with transaction.atomic():
        report, created = Report.objects.get_or_create(
            project=project, kind=Report.Kind.MONTHLY, period=period
        )
        if not created:
            return report, False
        record_event(
            actor=None,
            verb="reports.monthly_report_scheduled",
            target=report,
            data={"project": project.pk, "period": period.isoformat()},
        )
    try:
        send_job(make_report, report.pk)
    except JobRefused:
        Report.objects.filter(pk=report.pk, state=Report.State.PREPARING).update(
            state=Report.State.FAILED, failure_message=REFUSED_MESSAGE, finished_at=timezone.now()
        )
    return report, True
