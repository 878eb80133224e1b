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

A report made again because someone it names had their details erased (state "remaking":
services.remake_reports_naming) is made by the same job, as it was made (its period, dated
when it was first made), and nobody is told again. A report whose `names_erased_at` moves on
while the job draws it (someone it names erased meanwhile) is drawn again: the first drawing
may hold their name.
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
    from .services import MAKING

    return bool(
        Report.objects.filter(pk=report.pk, state__in=MAKING, started_at__isnull=True).update(
            started_at=timezone.now()
        )
    )


def _release(report):
    """Give the claim back before a retry, so that the retry can take it again."""
    from .models import Report
    from .services import MAKING

    Report.objects.filter(pk=report.pk, state__in=MAKING).update(started_at=None)


# What became of a report's drawing as it was stored (_finish).
STORED, GONE, AGAIN = "stored", "gone", "again"


def _finish(report, pdf, period, page):
    """Store the file and mark the report ready, once: only while it is still being
    prepared (not failed meanwhile by the sweep) and its project not withdrawn while it was
    drawn (then it is not made); notify its readers (on this run; not of a report made
    again). STORED; GONE when it is no longer being made (nothing kept); AGAIN when someone
    it may name had their details erased while it was drawn (`names_erased_at` moved on):
    this drawing is not kept, and the report is to be drawn again."""
    from .models import Report
    from .services import not_made_if_withdrawn, tell_readers

    remade = report.state == Report.State.REMAKING
    report.file.save(report.filename, ContentFile(pdf.content), save=False)
    report.page.save(f"{report.file_stem}.html", ContentFile(page.encode()), save=False)
    made = {
        "state": Report.State.READY,
        "file": report.file.name,
        "page": report.page.name,
        "failure_message": "",
        "pages": pdf.pages,
        "size": len(pdf.content),
        "covers_from": period.start,
        "covers_to": period.end,
    }
    if not remade:  # made again, it keeps when it was first made, which it says
        made["finished_at"] = timezone.now()
    with transaction.atomic():
        being_made = Report.objects.filter(pk=report.pk, state=report.state)
        updated = not not_made_if_withdrawn(report) and (
            being_made.filter(names_erased_at=report.names_erased_at).update(**made)
        )
        if not updated:  # failed by the sweep, or not made, while this run drew it: no file
            for kept in (report.file, report.page):
                # By name: a drawing again saves the next file under another.
                transaction.on_commit(
                    lambda name=kept.name, storage=kept.storage: storage.delete(name)
                )
            erased = being_made.values_list("names_erased_at", flat=True).first()
            if erased is not None and erased != report.names_erased_at:
                report.names_erased_at = erased
                return AGAIN
            return GONE
        report.covers_from, report.covers_to = period.start, period.end
        if not remade:
            tell_readers(report, ready=True)
    return STORED


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
        finished = AGAIN
        while finished == AGAIN:
            phase = "gathering its data"
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
            finished = _finish(report, pdf, period, document.body)
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
    if report.state not in (Report.State.PREPARING, Report.State.REMAKING):
        return report.state  # made, or failed (by the sweep, say): a second delivery
    with transaction.atomic():  # the project's lock, held until the claim is committed
        if not_made_if_withdrawn(report):  # on every delivery and retry: never made
            return Report.objects.values_list("state", flat=True).get(pk=report.pk)
        if not _claim(report):
            return "running"  # another delivery of this task is making it
    tries = self.request.retries
    made_at = made_at and datetime.datetime.fromisoformat(made_at)
    if report.state == Report.State.REMAKING:  # as it was made: dated then
        made_at = made_at or report.finished_at
    while True:
        phase, exc = _attempt(report, made_at)
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
