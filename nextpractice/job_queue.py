"""The job queue's health, read from the jobs' own rows: what waits, what runs, what failed.

Every long job keeps a row with its state (reports, imports), and every invitation e-mail is
claimed on its row as it is sent, so the database says how the queue is doing whichever
broker carries the jobs. The admin's job queue page and the Prometheus metrics read this.
"""

from dataclasses import dataclass
from datetime import datetime, timedelta

from django.db.models import Count, Min, Q
from django.utils import timezone

# Failed jobs are counted over the last week: enough to see a bad night, and old failures
# (kept until housekeeping clears them) do not hide today's.
FAILED_WINDOW = timedelta(days=7)


@dataclass(frozen=True)
class QueueLine:
    """One kind of job: how many wait, run and failed lately, and when the oldest waiting one
    was asked for. `running` and `failed` are None where the rows cannot tell."""

    kind: str
    label: str
    waiting: int
    running: int | None
    failed: int | None
    oldest_waiting_since: datetime | None


def job_queue(*, now=None):
    """Every kind of background job's line, four small indexed queries in all."""
    since = (now or timezone.now()) - FAILED_WINDOW
    return [_reports(since), *_imports(since), _invitation_emails(now or timezone.now())]


def _reports(since):
    from reports.models import Report

    # A report made again (someone it names erased) waits from then, not from its asking.
    preparing = Q(state=Report.State.PREPARING)
    remaking = Q(state=Report.State.REMAKING)
    making = preparing | remaking
    waiting = making & Q(started_at__isnull=True)
    failed = Q(state=Report.State.FAILED, requested_at__gte=since)
    counts = Report.objects.filter(making | failed).aggregate(
        waiting=Count("pk", filter=waiting),
        running=Count("pk", filter=making & Q(started_at__isnull=False)),
        failed=Count("pk", filter=failed),
        oldest=Min("requested_at", filter=waiting & preparing),
        oldest_remake=Min("names_erased_at", filter=waiting & remaking),
    )
    oldest = min(filter(None, [counts["oldest"], counts["oldest_remake"]]), default=None)
    return QueueLine(
        "reports",
        "PDF progress reports",
        counts["waiting"],
        counts["running"],
        counts["failed"],
        oldest,
    )


def _imports(since):
    from directory.models import ImportState, OrganisationImport, PeopleImport

    # An import waits twice: to be read (queued), then, once confirmed, to be imported.
    queued = Q(state=ImportState.QUEUED)
    confirmed = Q(state=ImportState.IMPORTING, import_started_at__isnull=True)
    running = Q(state=ImportState.PREVIEWING) | Q(
        state=ImportState.IMPORTING, import_started_at__isnull=False
    )
    failed = Q(state=ImportState.FAILED, requested_at__gte=since)
    lines = []
    for kind, label, model in [
        ("organisation_imports", "Organisation imports", OrganisationImport),
        ("people_imports", "People imports", PeopleImport),
    ]:
        counts = model.objects.filter(queued | confirmed | running | failed).aggregate(
            waiting=Count("pk", filter=queued | confirmed),
            running=Count("pk", filter=running),
            failed=Count("pk", filter=failed),
            queued_since=Min("requested_at", filter=queued),
            confirmed_since=Min("confirmed_at", filter=confirmed),
        )
        since_times = [t for t in (counts["queued_since"], counts["confirmed_since"]) if t]
        lines.append(
            QueueLine(
                kind,
                label,
                counts["waiting"],
                counts["running"],
                counts["failed"],
                min(since_times, default=None),
            )
        )
    return lines


def _invitation_emails(now):
    from accounts.models import Invitation

    # An invitation's e-mail is claimed on its row as it is sent, and given back if sending
    # fails, so an open invitation never e-mailed is one whose e-mail still waits (or whose
    # job was refused: "Send again" sends it); not one the mail server refused for good, or
    # whose job gave up, which says so on its row and waits for nothing.
    counts = Invitation.objects.filter(
        state=Invitation.State.PENDING,
        emailed_at__isnull=True,
        email_failed_at__isnull=True,
        expires_at__gt=now,
    ).aggregate(waiting=Count("pk"), oldest=Min("created_at"))
    return QueueLine(
        "invitation_emails",
        "Invitation e-mails",
        counts["waiting"],
        None,
        None,
        counts["oldest"],
    )
