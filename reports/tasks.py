"""Background jobs for progress reports: making one, the monthly schedule, and the sweep
for reports whose job died.

`make_report` claims its report (a conditional UPDATE of `started_at`), so a task delivered
twice draws one PDF; it is retried on any error (twice, with back-off), then marks the report
failed with a message its reader can act on. Only the run that changes the report's state
tells its readers, once per report (the notification's key). A worker killed mid-report
leaves the row claimed and preparing: `sweep_stale_reports` fails it STALE_AFTER after it
was started, and its reader is told; the person can ask again at once. A report no job has
started is waiting in the queue (behind others, or for workers to come back): it is failed
only after a day (UNSTARTED_AFTER). A report of a project withdrawn by the time its job
runs (or of a field trial of one) is not made, and nobody is told: decided when the job
claims it and again as it is stored, under the project's lock, by the rule asking for one
follows (services.not_made_if_withdrawn).
"""

import datetime
import logging

from celery import shared_task
from django.core.files.base import ContentFile
from django.db import transaction
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


def _claim(report):
    """Take `report` to make it: True for one job only, so that two deliveries of the task
    (or two sends) never both draw it. False when it is no longer being prepared or another
    job holds it; a job that died holding it is failed by the sweep (fail_stale_reports)."""
    from .models import Report

    return bool(
        Report.objects.filter(
            pk=report.pk, state=Report.State.PREPARING, started_at__isnull=True
        ).update(started_at=timezone.now())
    )


def _release(report):
    """Give the claim back before a retry, so that the retry can take it again."""
    from .models import Report

    Report.objects.filter(pk=report.pk, state=Report.State.PREPARING).update(started_at=None)


def _finish(report, pdf, period, page):
    """Store the file and mark the report ready, once: only while it is still being
    prepared (not failed meanwhile by the sweep) and its project not withdrawn while it was
    drawn (then it is not made); notify its readers (on this run)."""
    from .models import Report
    from .services import not_made_if_withdrawn, tell_readers

    report.file.save(report.filename, ContentFile(pdf.content), save=False)
    report.page.save(f"{report.file_stem}.html", ContentFile(page.encode()), save=False)
    with transaction.atomic():
        updated = not not_made_if_withdrawn(report) and (
            Report.objects.filter(pk=report.pk, state=Report.State.PREPARING).update(
                state=Report.State.READY,
                file=report.file.name,
                page=report.page.name,
                failure_message="",
                finished_at=timezone.now(),
                pages=pdf.pages,
                size=len(pdf.content),
                covers_from=period.start,
                covers_to=period.end,
            )
        )
        if not updated:  # failed by the sweep, or not made, while this run drew it: no file
            for kept in (report.file, report.page):
                transaction.on_commit(lambda kept=kept: kept.storage.delete(kept.name))
            return False
        report.covers_from, report.covers_to = period.start, period.end
        tell_readers(report, ready=True)
    return True


def _attempt(report, made_at=None):
    """One try at making the report: (None, None) when done, else (phase, exception).
    `made_at`: when the report says it was made; by default now."""
    from .building import render_pdf_with_pages, report_document
    from .parts import Period

    phase = "gathering its data"
    try:
        made_at = made_at or timezone.now()
        # The period asked for, or (a monthly report) its month; else the month up to now.
        period = report.covers or Period.month_to(timezone.localdate(made_at))
        with transaction.atomic():
            document = report_document(
                report.subject,
                report.requested_by,
                made_at=made_at,
                kind_label=report.kind_label,
                period=period,
            )
        phase = "drawing the PDF"
        pdf = render_pdf_with_pages(document.html)
        phase = "storing the file"
        if not _finish(report, pdf, period, document.body):
            return None, None  # no longer being prepared: nothing more to do
    except Exception as exc:
        logger.warning("Report %s failed while %s: %r", report.pk, phase, exc)
        return phase, exc
    return None, None


@shared_task(
    bind=True, acks_late=True, max_retries=MAX_RETRIES, soft_time_limit=240, time_limit=300
)
def make_report(self, report_id, made_at=None):
    """Make report `report_id`'s PDF and store it. Returns "ready", "failed", "not_made" (its
    project withdrawn: services.not_made_if_withdrawn), "missing", or "running" when another
    delivery of the task holds the report. `made_at` (ISO 8601): when
    the report says it was made, for the demo's reports, dated in its calendar; else now.

    On a worker, an error sends the task back to the broker to be retried after a back-off;
    run in-process (no broker: development and tests), it is retried there and then.
    """
    from .models import Report
    from .services import fail_report, not_made_if_withdrawn

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
    if report.state != Report.State.PREPARING:
        return report.state  # made, or failed (by the sweep, say): a second delivery
    with transaction.atomic():  # the project's lock, held until the claim is committed
        if not_made_if_withdrawn(report):  # on every delivery and retry: never made
            return Report.objects.values_list("state", flat=True).get(pk=report.pk)
        if not _claim(report):
            return "running"  # another delivery of this task is making it
    tries = self.request.retries
    while True:
        phase, exc = _attempt(report, made_at and datetime.datetime.fromisoformat(made_at))
        if phase is None:
            return Report.objects.values_list("state", flat=True).get(pk=report.pk)
        if tries >= self.max_retries:
            fail_report(report=report, message=failure_message(phase))
            return "failed"
        if not self.request.is_eager:
            _release(report)
            raise self.retry(exc=exc, countdown=BACKOFF_SECONDS * 2**tries)
        tries += 1


@shared_task(acks_late=True)
def sweep_stale_reports():
    """Fail the reports whose job died (the beat schedule runs this every five minutes).
    Returns how many it failed; a second run fails none."""
    from .services import fail_stale_reports

    return fail_stale_reports()


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
