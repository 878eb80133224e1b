"""Closing a project asks for its final progress report, once: the whole project up to the day
it closed, with the closing note and how its trials ended, made by the worker as any report;
the partners and officers of the project and its programme are told when it is ready; the
lists, the report's page and the home page call it "Final report" (finding 7)."""

import datetime
import json
import re
import uuid
from urllib.parse import urlsplit

import pytest
from django.core import mail
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from accounts.models import Event, Notification, Role
from accounts.tests.factories import UserFactory
from fieldtrials.tests.factories import FieldTrialFactory
from nextpractice.jobs import JobRefused
from nextpractice.testing.races import at_once
from nextpractice.testing.worker import celery_sending_to
from nextpractice.words import long_date
from programmes.models import Project, Stage
from programmes.services import ProjectClosedAlready, close_project, reopen_project
from programmes.tests.factories import (
    ProgrammeMembershipFactory,
    ProjectFactory,
    ProjectMembershipFactory,
)
from reports.models import MonthlyReportOptOut, Report
from reports.services import REFUSED_MESSAGE, active_projects, month_just_ended
from reports.tasks import make_report

pytestmark = pytest.mark.django_db

DAY = datetime.timedelta(days=1)
NOTE = "Handed to the National College, which runs it from April."


@pytest.fixture
def today():
    return timezone.localdate()


@pytest.fixture
def project(today):
    project = ProjectFactory(
        title="Lantern Project",
        stage=Stage.SYSTEM_LEARNING,
        start_date=today - 300 * DAY,
        stage_entered_at=timezone.now() - datetime.timedelta(days=60),
        created_at=timezone.now() - datetime.timedelta(days=320),
    )
    project.programme.start_date = today - 400 * DAY
    project.programme.save(update_fields=["start_date"])
    FieldTrialFactory(project=project, title="Beacon Trial", status="completed")
    return project


@pytest.fixture
def people(project):
    officer = UserFactory(full_name="Ada Officer", email="ada@example.org")
    ProgrammeMembershipFactory(programme=project.programme, user=officer, role=Role.OFFICER)
    partner = UserFactory(full_name="Pat Partner", email="pat@example.org")
    ProjectMembershipFactory(project=project, user=partner, role=Role.PARTNER)
    consultant = UserFactory(full_name="Cy Consultant", email="cy@example.org")
    ProjectMembershipFactory(project=project, user=consultant, role=Role.CONSULTANT)
    return {"officer": officer, "partner": partner, "consultant": consultant}


def _text(html):
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html))


def _close_form(day):
    return {"closed_on": f"{day.day}/{day.month}/{day.year}", "note": NOTE}


def told(report):
    notes = Notification.objects.filter(key=f"report:{report.pk}")
    return sorted(notes.values_list("recipient__full_name", "kind"))


def test_closing_twice_makes_one_final_report_and_its_partner_and_officer_are_told(
    client, project, people, today, django_capture_on_commit_callbacks
):
    # A partner who turned the monthly reports off is told of the final one all the same.
    MonthlyReportOptOut.objects.create(project=project, person=people["partner"])
    client.force_login(people["officer"])
    url = reverse("programmes:project_close", args=[project.pk])
    closed_on = today - DAY
    with django_capture_on_commit_callbacks(execute=True):
        first = client.post(url, _close_form(closed_on), follow=True)
        again = client.post(url, _close_form(closed_on))  # the button pressed twice
    assert again.status_code == 302
    assert (
        "Lantern Project is closed. Its final progress report is being made: its partners "
        "and officers will be told when it is ready."
    ) in _text(first.content.decode())

    report = Report.objects.get(project=project)  # one report
    assert report.is_final and report.state == Report.State.READY
    # From the day the project was added here, before its planned start, to the day it closed.
    added = timezone.localdate(project.created_at)
    assert (report.covers_from, report.covers_to) == (added, closed_on)
    assert report.requested_by is None and report.period == closed_on
    assert Event.objects.filter(verb="reports.final_report_scheduled").count() == 1
    # The partner and the officer, under the kind of the reports nobody asked for; not the
    # consultant, who is not told of the project's reports made without asking.
    assert told(report) == [
        ("Ada Officer", "monthly_report_ready"),
        ("Pat Partner", "monthly_report_ready"),
    ]
    note = Notification.objects.get(recipient=people["partner"], key=f"report:{report.pk}")
    assert note.message == (
        f"The final report on Lantern Project, made as it closed on {long_date(closed_on)}, "
        "is ready."
    )
    assert note.url == reverse("reports:report_page", args=[report.pk])
    finals = [m for m in mail.outbox if m.subject.startswith("Final report")]
    assert sorted(m.to[0] for m in finals) == ["ada@example.org", "pat@example.org"]
    assert finals[0].subject == (
        f"Final report ready: Lantern Project, closed on {long_date(closed_on)}"
    )

    # Its job delivered again (a retry, a second delivery): nothing new, nobody told twice.
    with django_capture_on_commit_callbacks(execute=True):
        assert make_report.delay(report.pk).get() == "ready"
    assert Report.objects.filter(project=project).count() == 1
    assert len(told(report)) == 2

    # It ends with how the project closed, and says it is the final report.
    page = Client()
    page.force_login(people["partner"])
    body = _text(page.get(reverse("reports:report_page", args=[report.pk])).content.decode())
    assert "Final report : the last progress report of Lantern Project, made as it closed" in body
    assert "project progress report (final report)" in body
    assert f"Closed on {long_date(closed_on)}: {NOTE}" in body
    assert "when the project closed: its last report" in body


def test_the_lists_and_the_home_page_call_it_the_final_report(
    client, project, people, today, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        close_project(project=project, actor=people["officer"], closed_on=today, note=NOTE)
    report = Report.objects.get(project=project)
    on = long_date(today)
    client.force_login(people["partner"])
    for url in (
        reverse("reports:report_list"),
        reverse("reports:subject_reports", args=["project", project.pk]),
    ):
        listed = _text(client.get(url).content.decode())
        assert f"Final report made as the project closed on {on}" in listed
        assert "Closing the project" in listed and "The monthly schedule" not in listed
    home = _text(client.get(reverse("home")).content.decode())
    assert "Final report. Covers" in home and "when the project closed" in home
    overview = _text(client.get(project.get_absolute_url()).content.decode())
    assert f"Latest: the final report, made as the project closed on {on}" in overview
    exported = client.get(reverse("reports:report_list_export")).content.decode()
    assert "Final," in exported and "Closing the project" in exported
    page = client.get(reverse("reports:report_page", args=[report.pk])).content.decode()
    assert f"<title>Final report on Lantern Project, closed on {on}" in page


def test_its_notification_and_e_mail_say_it_is_the_final_report_not_a_monthly_one(
    client, project, people, today, django_capture_on_commit_callbacks
):
    """Told under the monthly reports' kind (no migration), but read as the final report:
    the notification, its e-mail, the notifications page's heading over it, the e-mail
    settings' choice and the e-mail's unsubscribe page all say so."""
    with django_capture_on_commit_callbacks(execute=True):
        close_project(project=project, actor=people["officer"], closed_on=today, note=NOTE)
    said = (
        f"The final report on Lantern Project, made as it closed on {long_date(today)}, is ready."
    )
    [sent] = [m for m in mail.outbox if m.subject.startswith("Final report ready")][-1:]
    paragraphs = sent.body.split("\n\n")
    assert paragraphs[1] == said and paragraphs[2].startswith("To read the report:")
    assert "monthly" not in sent.body.lower().split("-- next practice")[0]

    in_full = "A project’s monthly progress report, or its final report as it closes, is ready"
    client.force_login(people["partner"])
    page = _text(client.get(reverse("accounts:notifications")).content.decode())
    assert said in page
    assert f"{in_full} (1, 1 new)" in page.replace("&#x27;", "’")
    settings = _text(client.get(reverse("accounts:notification_emails")).content.decode())
    assert in_full in settings.replace("&#x27;", "’")
    stop = urlsplit(sent.extra_headers["List-Unsubscribe"].strip("<>")).path
    stop_page = _text(Client().get(stop).content.decode()).replace("&#x27;", "’")
    assert f"“{in_full}”" in stop_page


def test_the_close_page_says_a_final_report_is_made_and_who_is_told(client, project, people):
    client.force_login(people["officer"])
    page = _text(client.get(reverse("programmes:project_close", args=[project.pk])).text)
    assert (
        "a final progress report is made, covering the whole project from its start to the "
        "day it closed, with your note and how each field trial ended. The partners and "
        "officers of the project and its programme are told when it is ready"
    ) in page
    assert not Report.objects.exists()  # a GET writes nothing


def test_closed_reopened_and_closed_again_makes_a_final_report_of_each_closing(
    project, people, today, django_capture_on_commit_callbacks
):
    officer = people["officer"]
    with django_capture_on_commit_callbacks(execute=True):
        close_project(project=project, actor=officer, closed_on=today - 2 * DAY, note=NOTE)
        with pytest.raises(ProjectClosedAlready):
            close_project(project=project, actor=officer, closed_on=today, note="Again")
    assert Report.objects.filter(project=project).count() == 1
    reopen_project(project=Project.objects.get(pk=project.pk), actor=officer, reason="More")
    with django_capture_on_commit_callbacks(execute=True):
        close_project(
            project=Project.objects.get(pk=project.pk), actor=officer, closed_on=today, note=NOTE
        )
    finals = Report.objects.filter(project=project).order_by("pk")
    assert [r.period for r in finals] == [today - 2 * DAY, today]
    assert all(r.is_final and r.state == Report.State.READY for r in finals)


def test_a_project_with_its_final_report_gets_no_monthly_one_for_the_month_it_closed(
    project, people, today, django_capture_on_commit_callbacks, monkeypatch
):
    monkeypatch.setattr("reports.services.send_job", lambda *args: None)  # not made here
    close_project(project=project, actor=people["officer"], closed_on=today, note=NOTE)
    next_month = (today.replace(day=1) + 32 * DAY).replace(day=1)
    assert month_just_ended(next_month) == today.replace(day=1)
    assert project not in active_projects(next_month)
    # Its final report failed: the monthly schedule makes the month's report after all.
    Report.objects.filter(project=project).update(state=Report.State.FAILED)
    assert project in active_projects(next_month)


def test_a_final_report_the_broker_refuses_is_failed_and_its_readers_are_told(
    project, people, today, django_capture_on_commit_callbacks, monkeypatch
):
    def refused(*args):
        raise JobRefused()

    monkeypatch.setattr("reports.services.send_job", refused)
    with django_capture_on_commit_callbacks(execute=True):
        close_project(project=project, actor=people["officer"], closed_on=today, note=NOTE)
    assert Project.objects.get(pk=project.pk).closed_on == today  # closed all the same
    report = Report.objects.get(project=project)
    assert report.state == Report.State.FAILED and report.failure_message == REFUSED_MESSAGE
    assert told(report) == [
        ("Ada Officer", "monthly_report_failed"),
        ("Pat Partner", "monthly_report_failed"),
    ]
    note = Notification.objects.get(recipient=people["partner"], key=f"report:{report.pk}")
    assert note.message == (
        f"The final report on Lantern Project, asked for as it closed on {long_date(today)}, "
        "could not be made. Ask for a new one."
    )


@pytest.fixture
def queued_jobs(redis_url, monkeypatch):
    """Jobs are sent for real to a queue of their own that no worker reads (as
    reports/tests/test_once_only); the fixture returns a function counting the jobs making a
    report waiting there (the closing's e-mails wait there too)."""
    import redis

    queue = f"test-{uuid.uuid4().hex[:8]}"
    client = redis.Redis.from_url(redis_url)

    def reports_queued():
        jobs = [json.loads(job) for job in client.lrange(queue, 0, -1)]
        return sum(job["headers"]["task"] == make_report.name for job in jobs)

    with celery_sending_to(redis_url, monkeypatch, task_routes={"*": {"queue": queue}}):
        yield reports_queued
    client.delete(queue, f"_kombu.binding.{queue}")


@pytest.mark.django_db(transaction=True)
def test_two_officers_closing_at_the_same_moment_ask_for_one_final_report_and_one_job(
    project, people, today, queued_jobs
):
    second = UserFactory(full_name="Bo Officer")
    ProgrammeMembershipFactory(programme=project.programme, user=second, role=Role.OFFICER)
    url = reverse("programmes:project_close", args=[project.pk])

    def closing(officer):
        def post():
            client = Client()
            client.force_login(officer)
            return client.post(url, _close_form(today)).status_code

        return post

    results, errors = at_once([closing(people["officer"]), closing(second)] * 3)
    assert not errors and results == [302] * 6
    assert Report.objects.filter(project=project).count() == 1
    assert queued_jobs() == 1
    assert Event.objects.filter(verb="programmes.project_closed").count() == 1


def test_a_closed_project_s_reports_say_monthly_reports_stopped_and_point_to_its_final_one(
    client, project, people, today, django_capture_on_commit_callbacks
):
    """Its overview's panel and its Reports page no longer say a report is made each month
    once it is closed: they say they stopped, and link its final report; reopened, the
    overview offers the monthly reports' choice as before."""
    client.force_login(people["partner"])
    overview, reports = (
        project.get_absolute_url(),
        reverse("reports:subject_reports", args=["project", project.pk]),
    )
    each_month = "A report is made on the first of each month, and you are told when it is ready."
    assert each_month in _text(client.get(overview).content.decode())
    with django_capture_on_commit_callbacks(execute=True):
        close_project(project=project, actor=people["officer"], closed_on=today, note=NOTE)
    final = Report.objects.get(project=project)
    stopped = (
        f"Monthly reports stopped when the project closed on {long_date(today)}. Its last "
        "report is its final report, made as it closed: read the final report on Lantern "
        "Project ."
    )
    link = f'href="{reverse("reports:report_page", args=[final.pk])}">read the final report'
    for url in (overview, reports):
        html = client.get(url).content.decode()
        assert stopped in _text(html) and link in html
        assert "first of each month" not in html and "monthly reports<" not in html

    reopen_project(
        project=Project.objects.get(pk=project.pk), actor=people["officer"], reason="More"
    )
    for url in (overview, reports):
        html = _text(client.get(url).content.decode())
        assert "Monthly reports stopped" not in html
    assert each_month in _text(client.get(overview).content.decode())


def test_a_closed_project_s_final_report_being_made_shows_its_state_and_asks_one_query(
    client, project, people, today, monkeypatch
):
    """While the final report is made its state is shown, live; the Reports page asks the
    same number of queries with one report or six."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    monkeypatch.setattr("reports.services.send_job", lambda *args: None)  # waits for a worker
    close_project(project=project, actor=people["officer"], closed_on=today, note=NOTE)
    client.force_login(people["officer"])
    url = reverse("reports:subject_reports", args=["project", project.pk])
    html = _text(client.get(url).content.decode())
    assert f"Monthly reports stopped when the project closed on {long_date(today)}." in html
    assert "made as it closed: Being prepared" in html

    def queries():
        with CaptureQueriesContext(connection) as captured:
            assert client.get(url).status_code == 200
        return len(captured)

    few = queries()
    for _ in range(5):
        Report.objects.create(project=project, requested_by=people["officer"])
    assert queries() == few
