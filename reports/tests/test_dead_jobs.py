"""Jobs that die: a report whose worker was killed is failed by the sweep with a reason its
reader sees, once; a task delivered twice draws one PDF; and a real worker killed in the
middle of a report leaves one outcome, no second PDF and one e-mail.
"""

import datetime
import os
import signal
import time
from pathlib import Path

import pytest
from django.urls import reverse
from django.utils import timezone
from django_celery_beat.models import PeriodicTask

from accounts.models import Notification, Role
from accounts.tests.factories import UserFactory
from nextpractice.testing.worker import jobs_broker, worker_environment
from programmes.tests.factories import ProgrammeMembershipFactory, ProjectFactory
from reports.models import STALE_MESSAGE, UNSTARTED_MESSAGE, Report
from reports.services import fail_stale_reports, request_report
from reports.tasks import make_report, sweep_stale_reports
from reports.tests.helpers import project_with_trials

pytestmark = pytest.mark.django_db


def officer_of(project):
    officer = UserFactory(full_name="Ada Officer")
    ProgrammeMembershipFactory(programme=project.programme, user=officer, role=Role.OFFICER)
    return officer


def minutes_ago(minutes):
    return timezone.now() - datetime.timedelta(minutes=minutes)


def test_the_sweep_fails_reports_whose_job_died_tells_their_reader_once_and_then_does_nothing(
    client,
):
    project = ProjectFactory(title="Lantern Project")
    officer = officer_of(project)
    dead = Report.objects.create(
        project=project,
        requested_by=officer,
        requested_at=minutes_ago(21),
        started_at=minutes_ago(20),
    )
    monthly = Report.objects.create(  # never started by a worker, for over a day
        project=project,
        kind="monthly",
        period=datetime.date(2007, 1, 1),
        requested_at=minutes_ago(24 * 60 + 1),
    )
    young = Report.objects.create(
        project=project,
        requested_by=UserFactory(),
        requested_at=minutes_ago(25),
        started_at=minutes_ago(5),
    )
    assert sweep_stale_reports.delay().get() == 2
    for report, message in ((dead, STALE_MESSAGE), (monthly, UNSTARTED_MESSAGE)):
        report.refresh_from_db()
        assert (report.state, report.failure_message) == ("failed", message)
        assert report.finished_at is not None
    young.refresh_from_db()
    assert young.state == "preparing"
    notes = Notification.objects.filter(recipient=officer, kind__endswith="report_failed")
    assert sorted((n.kind, n.key) for n in notes) == [
        ("monthly_report_failed", f"report:{monthly.pk}"),
        ("report_failed", f"report:{dead.pk}"),
    ]
    assert notes.get(key=f"report:{dead.pk}").message == (
        "Your progress report on Lantern Project could not be made. Ask for a new one."
    )
    finished = sorted(Report.objects.values_list("pk", "state", "finished_at"))

    assert sweep_stale_reports.delay().get() == 0
    assert sorted(Report.objects.values_list("pk", "state", "finished_at")) == finished
    assert Notification.objects.filter(kind__endswith="report_failed").count() == 2

    client.force_login(officer)
    page = client.get(reverse("reports:subject_reports", args=["project", project.pk]))
    body = page.content.decode()
    assert body.count(STALE_MESSAGE) == 1
    assert body.count("It waited a day without the background service starting it") == 1


def test_reports_waiting_in_the_queue_are_left_waiting_for_a_day():
    """A worker outage, or the first-of-the-month backlog, fails nothing still in the queue:
    only a report a job started is timed out after 20 minutes."""
    project = ProjectFactory()
    waiting = [
        Report.objects.create(project=project, requested_by=UserFactory(), requested_at=ago)
        for ago in (minutes_ago(21), minutes_ago(23 * 60))
    ]
    monthly = Report.objects.create(
        project=project,
        kind="monthly",
        period=datetime.date(2007, 1, 1),
        requested_at=minutes_ago(23 * 60),
    )
    assert fail_stale_reports() == 0
    for report in [*waiting, monthly]:
        report.refresh_from_db()
        assert report.state == "preparing" and report.shown_state == "preparing"
    assert fail_stale_reports(waiting_for=datetime.timedelta(hours=22)) == 2


def test_a_report_another_delivery_holds_or_that_was_failed_is_not_drawn_again():
    project = ProjectFactory()
    claimed = Report.objects.create(
        project=project, requested_by=officer_of(project), started_at=timezone.now()
    )
    assert make_report.delay(claimed.pk).get() == "running"
    failed = Report.objects.create(
        project=project, kind="monthly", period=datetime.date(2007, 1, 1)
    )
    assert (
        fail_stale_reports(older_than=datetime.timedelta(0), waiting_for=datetime.timedelta(0)) == 2
    )
    assert make_report.delay(failed.pk).get() == "failed"
    for report in (claimed, failed):
        report.refresh_from_db()
        assert report.state == "failed" and not report.file
    assert not Notification.objects.filter(kind="report_ready").exists()


def test_the_sweep_is_a_periodic_task_every_five_minutes():
    task = PeriodicTask.objects.get(task="reports.tasks.sweep_stale_reports")
    assert task.enabled
    assert (task.interval.every, task.interval.period) == (5, "minutes")


def worker_pid(queue):
    """The process id of the worker listening on `queue` (Linux: read from /proc)."""
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            command = (entry / "cmdline").read_bytes().split(b"\0")
        except OSError:
            continue
        if b"celery" in command and queue.encode() in command:
            return int(entry.name)
    raise AssertionError(f"no worker listens on {queue}")


def wait_for(condition, *, timeout, message):
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, message
        time.sleep(0.02)


@pytest.mark.celery_worker
@pytest.mark.django_db(transaction=True)
def test_a_worker_killed_mid_report_leaves_one_outcome_no_pdf_and_one_email(
    jobs_to_a_worker, start_worker, redis_url, settings
):
    """A big project, so that drawing its PDF takes seconds; the worker is killed (SIGKILL,
    as the kernel's OOM killer would) as soon as it has claimed the report."""
    queue = jobs_to_a_worker
    project = project_with_trials(60, consultant=UserFactory(), title="Lantern Project")
    officer = officer_of(project)
    report, _ = request_report(subject=project, actor=officer)
    wait_for(
        lambda: Report.objects.filter(pk=report.pk, started_at__isnull=False).exists(),
        timeout=90,
        message="the worker never started the report",
    )
    os.kill(worker_pid(queue), signal.SIGKILL)
    report.refresh_from_db()
    assert report.state == "preparing", "the report was made before the kill: make it bigger"

    # The task delivered again finds the report held and draws nothing.
    assert make_report.apply(args=[report.pk]).get() == "running"
    # The sweep (its time limit shortened, not the clock) fails it and tells the officer.
    assert fail_stale_reports(older_than=datetime.timedelta(0)) == 1
    assert fail_stale_reports(older_than=datetime.timedelta(0)) == 0
    report.refresh_from_db()
    assert (report.state, report.failure_message, report.file.name) == (
        "failed",
        STALE_MESSAGE,
        "",
    )
    note = Notification.objects.get(recipient=officer)
    assert (note.kind, note.key) == ("report_failed", f"report:{report.pk}")

    # A new worker on the same queue sends the notification's e-mail, once.
    start_worker(queue=queue, broker=jobs_broker(redis_url), env=worker_environment(settings))
    wait_for(
        lambda: Notification.objects.filter(pk=note.pk, emailed_at__isnull=False).exists(),
        timeout=90,
        message="the failure was never e-mailed",
    )
    time.sleep(2)  # time for a second e-mail or a late PDF, were there one
    assert Notification.objects.filter(recipient=officer).count() == 1
    pdfs = list(Path(settings.MEDIA_ROOT).rglob("*.pdf"))
    assert len(pdfs) <= 1  # a PDF stored just before the kill, at most; none is offered
    report.refresh_from_db()
    assert report.state == "failed" and not report.file
