"""Background jobs for progress reports: making one, and the monthly schedule.

`make_report` is retried on any error (twice, with back-off), then marks the report failed
with a message its reader can act on; a report already ready is never rebuilt, and only the
run that marks it ready sends the notification, so a task delivered twice sends nothing twice.
"""

import logging

from celery import shared_task
from django.core.files.base import ContentFile
from django.db import transaction
from django.urls import reverse
from django.utils import timezone

logger = logging.getLogger(__name__)

MAX_RETRIES = 2
BACKOFF_SECONDS = 10  # then 20: the first retry after 10 s, the second after 20 s


def failure_message(phase):
    return (
        f"This report could not be made: something went wrong while {phase}, "
        f"{MAX_RETRIES + 1} times. Ask for a new report; if that fails too, tell the "
        "Innovation Unit's programme team."
    )


def _readers_to_tell(report):
    """Who hears that the report is ready: whoever asked, or for a monthly report the
    officers of the project and its programme; only those who may still read it."""
    from accounts.models import Role, User
    from programmes.models import ProgrammeMembership, ProjectMembership

    from .rules import reads_reports_of

    if report.requested_by_id:
        people = [report.requested_by]
    else:
        project = report.project
        people = list(
            User.objects.filter(
                pk__in=ProjectMembership.objects.filter(project=project, role=Role.OFFICER).values(
                    "user_id"
                )
            )
            | User.objects.filter(
                pk__in=ProgrammeMembership.objects.filter(
                    programme_id=project.programme_id, role=Role.OFFICER
                ).values("user_id")
            )
        )
    return [p for p in people if p.is_active and reads_reports_of(p, report.subject)]


def _subject_reports_url(report):
    return reverse("reports:subject_reports", args=[report.subject_kind, report.subject.pk])


def _describe(report):
    if report.kind == report.Kind.MONTHLY:
        return f"The monthly progress report on {report.subject} for {report.period:%B %Y}"
    return f"Your progress report on {report.subject}"


def _finish(report, pdf):
    """Store the file and mark the report ready, once; notify its readers (on this run)."""
    from accounts.services import notify

    from .models import Report

    report.file.save(report.filename, ContentFile(pdf.content), save=False)
    with transaction.atomic():
        updated = (
            Report.objects.filter(pk=report.pk)
            .exclude(state=Report.State.READY)
            .update(
                state=Report.State.READY,
                file=report.file.name,
                failure_message="",
                finished_at=timezone.now(),
                pages=pdf.pages,
                size=len(pdf.content),
            )
        )
        if not updated:  # another delivery of this task finished first
            transaction.on_commit(lambda: report.file.storage.delete(report.file.name))
            return False
        for person in _readers_to_tell(report):
            notify(
                recipient=person,
                kind="report_ready",
                message=f"{_describe(report)} is ready.",
                url=_subject_reports_url(report),
            )
    return True


def _fail(report, phase):
    from accounts.services import notify

    from .models import Report

    with transaction.atomic():
        updated = Report.objects.filter(pk=report.pk, state=Report.State.PREPARING).update(
            state=Report.State.FAILED,
            failure_message=failure_message(phase),
            finished_at=timezone.now(),
        )
        if updated:
            for person in _readers_to_tell(report):
                notify(
                    recipient=person,
                    kind="report_failed",
                    message=f"{_describe(report)} could not be made. Ask for a new one.",
                    url=_subject_reports_url(report),
                )


def _attempt(report):
    """One try at making the report: (None, None) when done, else (phase, exception)."""
    from .building import render_pdf_with_pages, report_html

    phase = "gathering its data"
    try:
        with transaction.atomic():
            html = report_html(
                report.subject,
                report.requested_by,
                made_at=timezone.now(),
                kind_label=report.get_kind_display(),
            )
        phase = "drawing the PDF"
        pdf = render_pdf_with_pages(html)
        phase = "storing the file"
        _finish(report, pdf)
    except Exception as exc:
        logger.warning("Report %s failed while %s: %r", report.pk, phase, exc)
        return phase, exc
    return None, None


@shared_task(
    bind=True, acks_late=True, max_retries=MAX_RETRIES, soft_time_limit=240, time_limit=300
)
def make_report(self, report_id):
    """Make report `report_id`'s PDF and store it. Returns "ready", "failed" or "missing".

    On a worker, an error sends the task back to the broker to be retried after a back-off;
    run in-process (no broker: development and tests), it is retried there and then.
    """
    from .models import Report

    report = (
        Report.objects.select_related(
            "programme", "project__programme", "field_trial__project__programme", "requested_by"
        )
        .filter(pk=report_id)
        .first()
    )
    if report is None:
        # Not committed yet (the job was sent inside the asking transaction) or rolled back.
        if not self.request.is_eager and self.request.retries < self.max_retries:
            raise self.retry(countdown=2 ** (self.request.retries + 1))
        return "missing"
    if report.state == Report.State.READY:
        return "ready"
    tries = self.request.retries
    while True:
        phase, exc = _attempt(report)
        if phase is None:
            return "ready"
        if tries >= self.max_retries:
            _fail(report, phase)
            return "failed"
        if not self.request.is_eager:
            raise self.retry(exc=exc, countdown=BACKOFF_SECONDS * 2**tries)
        tries += 1


@shared_task(acks_late=True)
def make_monthly_reports():
    """One report per active project for the month just ended (the beat schedule runs this
    at 06:00 on the 1st). Returns how many reports it started; a second run starts none."""
    from .services import active_projects, month_just_ended, schedule_monthly_report

    period = month_just_ended()
    started = 0
    for project in active_projects():
        _, created = schedule_monthly_report(project=project, period=period)
        started += created
    return started
