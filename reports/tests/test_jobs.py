"""Making reports in the background: ready with a notification, retried then failed with a
readable message, never rebuilt, never left "being prepared", and the monthly schedule."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone
from django_celery_beat.models import PeriodicTask

from accounts.models import Notification, Role
from accounts.tests.factories import UserFactory
from accounts.tests.test_broker_down import broker_down  # noqa: F401  (fixture)
from fieldtrials.tests.factories import FieldTrialFactory
from programmes.tests.factories import ProgrammeMembershipFactory, ProjectFactory
from reports.models import Report
from reports.parts import Period
from reports.services import request_report
from reports.tasks import make_monthly_reports, make_report
from reports.tests.helpers import pdf_text

pytestmark = pytest.mark.django_db


@pytest.fixture
def no_broker(broker_down):  # noqa: F811
    """accounts' broker_down, also dropping a producer pool an earlier test left connected."""
    from nextpractice.celery import app

    app.amqp._producer_pool = None
    yield
    app.amqp._producer_pool = None


@pytest.fixture
def officer_and_project():
    project = ProjectFactory(title="Lantern Project", stage="incubate")
    FieldTrialFactory(project=project, title="Beacon Trial", status="incubating")
    officer = UserFactory(full_name="Ada Officer")
    ProgrammeMembershipFactory(programme=project.programme, user=officer, role=Role.OFFICER)
    return officer, project


def test_an_asked_for_report_is_stored_and_its_reader_told(officer_and_project):
    officer, project = officer_and_project
    report, _ = request_report(subject=project, actor=officer)
    assert report.state == Report.State.READY
    assert report.pages >= 3 and report.size == report.file.size
    with report.file.open("rb") as handle:  # through the storage API
        assert "Beacon Trial" in pdf_text(handle.read())
    note = Notification.objects.get(recipient=officer, kind="report_ready")
    # The period it covers (two reports asked for are told apart), and a link to it.
    period = report.covers
    assert note.message == (
        f"Your progress report on Lantern Project covering {period.start:%-d %B %Y} to "
        f"{period.end:%-d %B %Y} is ready."
    )
    assert note.url == reverse("reports:report_page", args=[report.pk])


def test_a_report_that_keeps_failing_is_retried_then_failed_with_a_message(
    officer_and_project, monkeypatch
):
    """A part that raises (as a bad chart value would) fails the report, not the request."""
    import fieldtrials.reporting

    officer, project = officer_and_project
    tries = []

    def bad_chart_value(subject, period):
        tries.append(subject)
        raise ValueError("a chart value that is not a number")

    monkeypatch.setattr(fieldtrials.reporting, "part", bad_chart_value)
    report, _ = request_report(subject=project, actor=officer)
    assert len(tries) == 3  # the first try and two retries
    assert report.state == Report.State.FAILED
    assert report.failure_message.startswith(
        "This report could not be made: something went wrong while gathering its data, 3 times."
    )
    assert not report.file
    note = Notification.objects.get(recipient=officer, kind="report_failed")
    period = report.covers
    assert note.message == (
        f"Your progress report on Lantern Project covering {period.start:%-d %B %Y} to "
        f"{period.end:%-d %B %Y} could not be made. Ask for a new one."
    )
    assert note.url == report.list_url  # its row, which says why
    assert not Notification.objects.filter(kind="report_ready").exists()


def test_a_report_already_ready_is_not_made_again(officer_and_project):
    officer, project = officer_and_project
    report, _ = request_report(subject=project, actor=officer)
    name = report.file.name
    assert make_report.delay(report.pk).get() == "ready"
    report.refresh_from_db()
    assert report.file.name == name
    assert Notification.objects.filter(kind="report_ready").count() == 1


def test_a_report_preparing_for_too_long_is_shown_as_failed(client, officer_and_project):
    officer, project = officer_and_project
    report = Report.objects.create(
        project=project,
        requested_by=officer,
        requested_at=timezone.now() - datetime.timedelta(minutes=22),
        started_at=timezone.now() - datetime.timedelta(minutes=21),
    )
    client.force_login(officer)
    body = client.get(reverse("reports:report_status", args=[report.pk])).content.decode()
    assert "Failed" in body and "did not finish" in body and "hx-get" not in body
    fresh = Report.objects.create(project=project, requested_by=UserFactory())
    body = client.get(reverse("reports:report_status", args=[fresh.pk])).content.decode()
    assert "Being prepared" in body and 'hx-trigger="every 2s"' in body
    assert "Waiting" not in body


def test_a_report_no_worker_started_says_since_when_it_has_waited(client, officer_and_project):
    officer, project = officer_and_project
    asked = timezone.now() - datetime.timedelta(minutes=21)
    report = Report.objects.create(project=project, requested_by=officer, requested_at=asked)
    client.force_login(officer)
    page = client.get(reverse("reports:subject_reports", args=["project", project.pk]))
    body = page.content.decode()
    assert "Failed" not in body
    assert (
        f"Waiting to be made since {timezone.localtime(asked):%H:%M}: the background service "
        "may be busy or stopped."
    ) in body
    status = reverse("reports:report_status", args=[report.pk])
    assert f'data-hx-get="{status}?shown=waiting"' in body
    # Polled: nothing to swap while it still waits; what a page polling since before it
    # waited long shows is replaced with the waiting.
    htmx = {"HTTP_HX_REQUEST": "true"}
    assert client.get(status, {"shown": "waiting"}, **htmx).status_code == 204
    changed = client.get(status, **htmx)
    assert changed.status_code == 200 and "Waiting to be made since" in changed.content.decode()
    # Once a worker starts it, it is being prepared again.
    Report.objects.filter(pk=report.pk).update(started_at=timezone.now())
    started = client.get(status, {"shown": "waiting"}, **htmx)
    assert started.status_code == 200 and "Being prepared" in started.content.decode()
    assert client.get(status, **htmx).status_code == 204


def test_asking_again_for_a_report_still_waiting_sends_its_job_again(officer_and_project):
    """Its first job may have been lost with the broker's queue: the second makes it (and had
    the first been there, whichever came second would find it made)."""
    officer, project = officer_and_project
    period = Period.month_to(timezone.localdate())
    waiting = Report.objects.create(
        project=project,
        requested_by=officer,
        requested_at=timezone.now() - datetime.timedelta(minutes=30),
        covers_from=period.start,
        covers_to=period.end,
    )
    report, created = request_report(subject=project, actor=officer)
    assert (report.pk, created) == (waiting.pk, False)
    assert report.state == Report.State.READY


def test_with_the_broker_down_the_page_says_so_and_nothing_is_made(
    client, officer_and_project, no_broker
):
    officer, project = officer_and_project
    client.force_login(officer)
    response = client.post(reverse("reports:report_create", args=["project", project.pk]))
    assert response.status_code == 503
    assert "background job service is not responding" in response.content.decode()
    assert not Report.objects.exists()


def test_the_monthly_schedule_makes_one_report_per_active_project_however_often_it_runs(
    officer_and_project,
):
    officer, project = officer_and_project
    ended = ProjectFactory(title="Finished Project")
    ended.programme.end_date = datetime.date(2008, 12, 19)
    ended.programme.save()
    assert make_monthly_reports.delay().get() == 1
    assert make_monthly_reports.delay().get() == 0
    report = Report.objects.get()
    assert (report.project, report.kind, report.state) == (project, "monthly", "ready")
    assert report.period == (timezone.localdate().replace(day=1) - datetime.timedelta(1)).replace(
        day=1
    )
    # Told as a monthly report, which nobody asked for.
    assert not Notification.objects.filter(kind="report_ready").exists()
    notes = Notification.objects.filter(recipient=officer, kind="monthly_report_ready")
    assert [n.message for n in notes] == [
        f"The monthly progress report on Lantern Project for {report.period:%B %Y} is ready."
    ]


def test_the_monthly_schedule_is_a_periodic_task_editable_in_the_admin(client):
    client.force_login(UserFactory(is_staff=True, is_superuser=True))
    task = PeriodicTask.objects.get(task="reports.tasks.make_monthly_reports")
    assert task.enabled
    crontab = task.crontab
    assert (crontab.minute, crontab.hour, crontab.day_of_month) == ("0", "6", "1")
    response = client.get(reverse("admin:django_celery_beat_periodictask_change", args=[task.pk]))
    assert response.status_code == 200
