"""Asking for a report happens once: one report and one job for a double click or for many
posts at the same moment (the database decides), a clear answer with a link to the report
already being prepared, and at most a few reports an hour a person.

The race tests post from threads, each with its own database connection, on PostgreSQL (CI);
on SQLite, which has no row locks, they are skipped. Jobs go through a real Redis to a queue
no worker reads, so that each job sent can be counted there.
"""

import datetime
import threading
import uuid

import pytest
from django.contrib.messages import get_messages
from django.db import IntegrityError, connection, connections, transaction
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from accounts.models import Event, Notification, Role
from accounts.tests.factories import UserFactory
from fieldtrials.tests.factories import FieldTrialFactory
from nextpractice.testing.worker import celery_sending_to
from programmes.tests.factories import ProgrammeMembershipFactory, ProjectFactory
from reports.models import STALE_MESSAGE, Report
from reports.services import REPORTS_AN_HOUR, request_report

pytestmark = pytest.mark.django_db

BEING_PREPARED = "Your progress report is being prepared."
ALREADY = "is already being prepared, so no second one was started."
LIMIT = f"You have asked for {REPORTS_AN_HOUR} progress reports in the last hour"


@pytest.fixture
def officer_and_project():
    project = ProjectFactory(title="Lantern Project", stage="incubate")
    FieldTrialFactory(project=project, title="Beacon Trial", status="incubating")
    officer = UserFactory(full_name="Ada Officer")
    ProgrammeMembershipFactory(programme=project.programme, user=officer, role=Role.OFFICER)
    return officer, project


@pytest.fixture
def queued_jobs(redis_url, monkeypatch):
    """Jobs are sent for real to a queue of their own that no worker reads; the fixture
    returns a function counting the jobs waiting there."""
    import redis

    queue = f"test-{uuid.uuid4().hex[:8]}"
    client = redis.Redis.from_url(redis_url)
    with celery_sending_to(redis_url, monkeypatch, task_routes={"*": {"queue": queue}}):
        yield lambda: client.llen(queue)
    client.delete(queue, f"_kombu.binding.{queue}")


def create_url(subject):
    return reverse("reports:report_create", args=["project", subject.pk])


def told(response):
    return [str(message) for message in get_messages(response.wsgi_request)]


def post_at_once(posts):
    """Send (client, url) posts from threads released together; (responses, errors)."""
    start = threading.Barrier(len(posts))
    responses, errors = [], []

    def post(client, url):
        try:
            start.wait()
            responses.append(client.post(url))
        except Exception as error:  # reported by the test
            errors.append(error)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=post, args=pair) for pair in posts]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    return responses, errors


def signed_in(user):
    client = Client()
    client.force_login(user)
    return client


def needs_postgresql():
    if connection.vendor != "postgresql":
        pytest.skip("needs real row locks: run with DATABASE_URL set to PostgreSQL")


@pytest.mark.django_db(transaction=True)
def test_fifteen_requests_at_the_same_moment_make_one_report_and_one_job(
    officer_and_project, queued_jobs
):
    needs_postgresql()
    officer, project = officer_and_project
    responses, errors = post_at_once([(signed_in(officer), create_url(project))] * 15)
    assert not errors
    assert [r.status_code for r in responses] == [302] * 15
    assert Report.objects.count() == 1
    assert queued_jobs() == 1
    assert Event.objects.filter(verb="reports.report_requested").count() == 1
    messages = [m for r in responses for m in told(r)]
    assert sum(m.startswith(BEING_PREPARED) for m in messages) == 1
    assert sum(ALREADY in m for m in messages) == 14


@pytest.mark.django_db(transaction=True)
def test_requests_at_the_same_moment_for_many_subjects_stop_at_the_hourly_limit(queued_jobs):
    needs_postgresql()
    officer = UserFactory()
    projects = ProjectFactory.create_batch(REPORTS_AN_HOUR + 3)
    for project in projects:
        ProgrammeMembershipFactory(programme=project.programme, user=officer, role=Role.OFFICER)
    responses, errors = post_at_once([(signed_in(officer), create_url(p)) for p in projects])
    assert not errors
    assert Report.objects.filter(requested_by=officer).count() == REPORTS_AN_HOUR
    assert queued_jobs() == REPORTS_AN_HOUR
    messages = [m for r in responses for m in told(r)]
    assert sum(m.startswith(LIMIT) for m in messages) == 3


def test_a_double_click_is_told_the_report_is_already_being_prepared_with_a_link(
    client, officer_and_project, queued_jobs
):
    officer, project = officer_and_project
    client.force_login(officer)
    first = client.post(create_url(project))
    assert told(first) == [
        BEING_PREPARED + " Its download link will appear below when it is ready, and you "
        "will get a notification."
    ]
    second = client.post(create_url(project))
    assert second["Location"] == project.get_absolute_url()
    report = Report.objects.get()
    link = reverse("reports:subject_reports", args=["project", project.pk]) + f"#report-{report.pk}"
    page = client.get(second["Location"]).content.decode()
    covers = f"{report.covers_from:%-d %B %Y} to {report.covers_to:%-d %B %Y}"
    assert (
        f"Your progress report on Lantern Project covering {covers} is already being "
        f'prepared, so no second one was started. <a class="govuk-link" href="{link}">See it '
        "in the list of reports</a>"
    ) in page
    listing = client.get(link.split("#")[0]).content.decode()
    assert f'id="report-{report.pk}"' in listing and "Being prepared" in listing
    assert queued_jobs() == 1


def test_a_report_of_another_period_is_another_report_and_the_same_period_twice_is_one(
    client, officer_and_project, queued_jobs
):
    """Asking for September to November, then for the last month, starts both; asking for
    September to November again is told of the first and starts nothing."""
    officer, project = officer_and_project
    client.force_login(officer)
    autumn = {"covers_from": "1/9/2007", "covers_to": "30/11/2007"}
    assert told(client.post(create_url(project), autumn))[0].startswith(BEING_PREPARED)
    assert told(client.post(create_url(project)))[-1].startswith(BEING_PREPARED)
    again = told(client.post(create_url(project), autumn))[2:]  # after the first two
    first = Report.objects.get(covers_from=datetime.date(2007, 9, 1))
    assert len(again) == 1 and ALREADY in again[0]
    assert "covering 1 September 2007 to 30 November 2007" in again[0]
    assert f"#report-{first.pk}" in again[0]
    assert Report.objects.filter(project=project, state="preparing").count() == 2
    assert queued_jobs() == 2
    # The service says the same: the same period twice is one report.
    period = Report.objects.exclude(pk=first.pk).get().covers
    assert request_report(subject=project, actor=officer, period=period)[1] is False
    assert Report.objects.count() == 2


def test_past_the_hourly_limit_the_person_is_told_when_to_ask_and_nothing_is_made(
    client, officer_and_project
):
    officer, project = officer_and_project
    trial = project.field_trials.get()
    now = timezone.now()
    asked = [
        Report.objects.create(
            field_trial=trial,
            requested_by=officer,
            state=Report.State.READY,
            requested_at=now - datetime.timedelta(minutes=50 - n),
        )
        for n in range(REPORTS_AN_HOUR)
    ]
    # Neither a monthly report nor another person's request counts towards the limit.
    Report.objects.create(project=project, kind="monthly", period=datetime.date(2007, 1, 1))
    Report.objects.create(project=project, requested_by=UserFactory(), state="ready")
    client.force_login(officer)
    response = client.post(create_url(project))
    assert response["Location"] == project.get_absolute_url()
    page = client.get(response["Location"]).content.decode()
    next_at = timezone.localtime(asked[0].requested_at + datetime.timedelta(hours=1))
    assert (
        f"{LIMIT}, which is as many as one person can. No report was started: you can ask "
        f"for another from {next_at:%H:%M}."
    ) in page
    assert "There is a problem" in page
    assert not Report.objects.filter(project=project, requested_by=officer).exists()
    assert not Event.objects.filter(verb="reports.report_requested").exists()

    # An hour after the first of them, they may ask again.
    Report.objects.filter(pk=asked[0].pk).update(requested_at=now - datetime.timedelta(hours=1))
    client.post(create_url(project))
    assert Report.objects.get(project=project, requested_by=officer).state == "ready"


def test_the_database_refuses_a_second_report_being_prepared_for_one_person_and_subject(
    officer_and_project,
):
    officer, project = officer_and_project
    trial = project.field_trials.get()
    autumn = {"covers_from": datetime.date(2007, 9, 1), "covers_to": datetime.date(2007, 11, 30)}
    november = {"covers_from": datetime.date(2007, 11, 1), "covers_to": autumn["covers_to"]}
    for subject in ({"project": project}, {"field_trial": trial}):
        Report.objects.create(**subject, **autumn, requested_by=officer)
        with pytest.raises(IntegrityError), transaction.atomic():
            Report.objects.create(**subject, **autumn, requested_by=officer)
        # Another period is another report.
        Report.objects.create(**subject, **november, requested_by=officer)
    # Allowed: another person, a report no longer being prepared, the monthly schedule's.
    Report.objects.create(project=project, requested_by=UserFactory())
    Report.objects.create(project=project, requested_by=officer, state="failed")
    Report.objects.create(project=project, kind="monthly", period=datetime.date(2007, 1, 1))
    Report.objects.create(project=project, kind="monthly", period=datetime.date(2007, 2, 1))


def test_a_report_whose_job_died_does_not_stop_its_reader_asking_again(officer_and_project):
    officer, project = officer_and_project
    stale = Report.objects.create(
        project=project,
        requested_by=officer,
        requested_at=timezone.now() - datetime.timedelta(minutes=22),
        started_at=timezone.now() - datetime.timedelta(minutes=21),
    )
    report, created = request_report(subject=project, actor=officer)
    assert created and report.state == "ready"
    stale.refresh_from_db()
    assert (stale.state, stale.failure_message) == ("failed", STALE_MESSAGE)
    assert Notification.objects.filter(kind="report_failed", key=f"report:{stale.pk}").count() == 1
