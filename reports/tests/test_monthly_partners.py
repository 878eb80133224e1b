"""Monthly reports reach the project's partners and officers, each told once in the app (and
by e-mail if they chose), however often the job runs or retries; a partner can turn a
project's monthly reports off for themselves, and on again."""

import datetime

import pytest
from django.core import mail
from django.core.files.storage import FileSystemStorage
from django.urls import reverse

from accounts.models import Event, Notification, Role
from accounts.tests.factories import UserFactory
from fieldtrials.tests.factories import FieldTrialFactory
from programmes.tests.factories import (
    ProgrammeMembershipFactory,
    ProjectFactory,
    ProjectMembershipFactory,
)
from reports.models import MonthlyReportOptOut, Report
from reports.services import schedule_monthly_report
from reports.tasks import make_monthly_reports, make_report

pytestmark = pytest.mark.django_db

JANUARY = datetime.date(2027, 1, 1)


@pytest.fixture
def project():
    project = ProjectFactory(title="Lantern Project", stage="incubate")
    FieldTrialFactory(project=project, title="Beacon Trial", status="incubating")
    return project


@pytest.fixture
def people(project):
    officer = UserFactory(full_name="Ada Officer", email="ada@example.org")
    ProgrammeMembershipFactory(programme=project.programme, user=officer, role=Role.OFFICER)
    partner = UserFactory(full_name="Pat Partner", email="pat@example.org")
    ProjectMembershipFactory(project=project, user=partner, role=Role.PARTNER)
    consultant = UserFactory(full_name="Cy Consultant", email="cy@example.org")
    ProjectMembershipFactory(project=project, user=consultant, role=Role.CONSULTANT)
    elsewhere = UserFactory(full_name="Other Partner", email="other@example.org")
    ProjectMembershipFactory(project=ProjectFactory(), user=elsewhere, role=Role.PARTNER)
    return {"officer": officer, "partner": partner, "consultant": consultant, "other": elsewhere}


def told(project, kind="report_ready"):
    """Who was told of `project`'s reports, by name, once for each time."""
    url = reverse("reports:subject_reports", args=["project", project.pk])
    notes = Notification.objects.filter(kind=kind, url=url)
    return sorted(notes.values_list("recipient__full_name", flat=True))


def test_the_monthly_report_tells_the_projects_partners_and_officers_once(
    project, people, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        assert make_monthly_reports.delay().get() >= 1
    report = Report.objects.get(project=project, kind=Report.Kind.MONTHLY)
    assert report.state == Report.State.READY
    # Not the consultant (not told of monthly reports), nor a partner of another project.
    assert told(project) == ["Ada Officer", "Pat Partner"]
    note = Notification.objects.get(recipient=people["partner"])
    assert note.message == (
        f"The monthly progress report on Lantern Project for {report.period:%B %Y} is ready."
    )
    assert note.url == reverse("reports:subject_reports", args=["project", project.pk])
    mine = sorted(m.to[0] for m in mail.outbox if "Lantern Project" in m.subject)
    assert mine == ["ada@example.org", "pat@example.org"]

    # The schedule run again, and the task delivered twice: nobody is told twice.
    with django_capture_on_commit_callbacks(execute=True):
        make_monthly_reports.delay().get()
        assert make_report.delay(report.pk).get() == "ready"
    assert told(project) == ["Ada Officer", "Pat Partner"]
    assert len([m for m in mail.outbox if "Lantern Project" in m.subject]) == 2


def test_a_monthly_report_that_is_retried_tells_each_partner_once(
    project, people, monkeypatch, django_capture_on_commit_callbacks
):
    """The disk refuses the first file (the machine's edge): the job retries, makes it, and
    each person is told once, in the app and by e-mail."""
    saves = []
    real_save = FileSystemStorage._save

    def disk_full_once(storage, name, content):
        saves.append(name)
        if len(saves) == 1:
            raise OSError(28, "No space left on device")
        return real_save(storage, name, content)

    monkeypatch.setattr(FileSystemStorage, "_save", disk_full_once)
    with django_capture_on_commit_callbacks(execute=True):
        report, created = schedule_monthly_report(project=project, period=JANUARY)
    # The refused PDF, then the PDF and the report's page on the retry.
    assert created and [name.rsplit(".", 1)[1] for name in saves] == ["pdf", "pdf", "html"]
    report.refresh_from_db()
    assert report.state == Report.State.READY
    assert told(project) == ["Ada Officer", "Pat Partner"]
    assert not Notification.objects.filter(kind="report_failed").exists()
    assert not Notification.objects.filter(recipient=people["other"]).exists()
    assert sorted(m.to[0] for m in mail.outbox) == ["ada@example.org", "pat@example.org"]


def test_a_partner_who_turns_monthly_reports_off_is_not_told_until_they_turn_them_on(
    client, project, people
):
    partner = people["partner"]
    client.force_login(partner)
    page = client.get(project.get_absolute_url()).content.decode()
    assert "Stop telling me about monthly reports" in page

    url = reverse("reports:monthly_reports_choice", args=[project.pk])
    response = client.post(url, {"monthly": "off"}, follow=True)
    assert response.redirect_chain[-1][0] == project.get_absolute_url()
    page = response.content.decode()
    assert "You will no longer be told of the monthly progress reports on Lantern Project" in page
    assert "Tell me about monthly reports" in page
    assert MonthlyReportOptOut.objects.filter(project=project, person=partner).count() == 1

    schedule_monthly_report(project=project, period=JANUARY)
    assert told(project) == ["Ada Officer"]  # the officer still is

    client.post(url, {"monthly": "on"})
    assert not MonthlyReportOptOut.objects.exists()
    schedule_monthly_report(project=project, period=JANUARY.replace(month=2))
    assert told(project) == ["Ada Officer", "Ada Officer", "Pat Partner"]
    verbs = Event.objects.filter(actor=partner).values_list("verb", flat=True)
    assert sorted(verbs) == ["reports.monthly_reports_off", "reports.monthly_reports_on"]


def test_turning_monthly_reports_off_twice_keeps_one_choice_and_one_event(client, project, people):
    client.force_login(people["partner"])
    url = reverse("reports:monthly_reports_choice", args=[project.pk])
    client.post(url, {"monthly": "off"})
    client.post(url, {"monthly": "off"})
    assert MonthlyReportOptOut.objects.count() == 1
    assert Event.objects.filter(verb="reports.monthly_reports_off").count() == 1
    assert client.post(url, {"monthly": "perhaps"}).status_code == 400
    assert MonthlyReportOptOut.objects.count() == 1


def test_only_those_told_of_monthly_reports_see_the_control_or_may_use_it(client, project, people):
    """The consultant reads the project's reports but is not told of monthly ones: no
    control, and 403 if they post; a partner of another project gets 404."""
    url = reverse("reports:monthly_reports_choice", args=[project.pk])
    client.force_login(people["consultant"])
    page = client.get(project.get_absolute_url()).content.decode()
    assert "Progress reports" in page and "monthly reports" not in page.lower()
    assert client.post(url, {"monthly": "off"}).status_code == 403
    client.force_login(people["other"])
    assert client.post(url, {"monthly": "off"}).status_code == 404
    assert not MonthlyReportOptOut.objects.exists()
