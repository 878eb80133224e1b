"""Monthly reports reach the project's partners and officers, each told once in the app (and
by e-mail if they chose), however often the job runs or retries; a partner can turn a
project's monthly reports off for themselves, and on again."""

import datetime
import re

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


def told(project, kind="monthly_report_ready"):
    """Who was told of `project`'s monthly reports, by name, once for each time."""
    notes = Notification.objects.filter(kind=kind, key__in=keys_of(project))
    return sorted(notes.values_list("recipient__full_name", flat=True))


def keys_of(project):
    return [
        f"report:{pk}" for pk in Report.objects.filter(project=project).values_list("pk", flat=True)
    ]


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
    assert note.url == reverse("reports:report_page", args=[report.pk])
    mine = sorted(m.to[0] for m in mail.outbox if "Lantern Project" in m.subject)
    assert mine == ["ada@example.org", "pat@example.org"]
    # Greeted, and led to the report itself rather than to the list of reports.
    sent = next(m for m in mail.outbox if m.to == ["pat@example.org"])
    assert sent.body.startswith("Hello Pat,\n\nThe monthly progress report on Lantern Project")
    assert f"/reports/{report.pk}/\n" in sent.body

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
    assert not Notification.objects.filter(kind__endswith="report_failed").exists()
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
    refused = client.post(url, {"monthly": "off"})
    assert refused.status_code == 403
    assert "Only the officers and partners of the project" in refused.content.decode()
    client.force_login(people["other"])
    assert client.post(url, {"monthly": "off"}).status_code == 404
    assert not MonthlyReportOptOut.objects.exists()


def test_monthly_reports_have_their_own_heading_and_e_mail_choice(
    client, project, people, django_capture_on_commit_callbacks
):
    """A tester found monthly reports told under "A progress report you asked for is ready",
    which the partner never did, and no e-mail choice of their own: the partner turns their
    e-mails off and still gets those of the reports they ask for."""
    from accounts.services import notification_kinds_for
    from reports.services import request_report

    partner = people["partner"]
    client.force_login(partner)
    url = reverse("accounts:notification_emails")
    page = client.get(url).content.decode()
    assert (
        "A project&#x27;s monthly progress report, or its final report as it closes, is ready"
        in page
    )
    assert "A progress report you asked for is ready" in page
    kept = [
        kind
        for kind in notification_kinds_for(partner)  # those they are asked about
        if kind not in ("monthly_report_ready", "monthly_report_failed")
    ]
    assert client.post(url, {"kinds": kept}).status_code == 302
    partner.refresh_from_db()
    assert sorted(partner.email_muted_kinds) == ["monthly_report_failed", "monthly_report_ready"]

    with django_capture_on_commit_callbacks(execute=True):
        monthly, _ = schedule_monthly_report(project=project, period=JANUARY)
        asked, _ = request_report(subject=project, actor=partner)
    assert told(project) == ["Ada Officer", "Pat Partner"]  # in the app all the same
    assert [m.to for m in mail.outbox if m.subject.startswith("Monthly")] == [["ada@example.org"]]
    mine = [m for m in mail.outbox if m.to == ["pat@example.org"]]
    assert [m.body.split("\n\n")[:2] for m in mine] == [
        [
            "Hello Pat,",
            f"Your progress report on Lantern Project covering {asked.covers_from:%-d %B %Y} "
            f"to {asked.covers_to:%-d %B %Y} is ready.",
        ]
    ]

    page = client.get(reverse("accounts:notifications")).content.decode()
    headings = re.findall(r'<h2 class="govuk-heading-m"[^>]*>([^<]+)<', page)
    assert sorted(h.strip() for h in headings) == [  # each group newest first (its order)
        "A progress report you asked for is ready",
        "A project&#x27;s monthly progress report, or its final report as it closes, is ready",
    ]


def test_a_monthly_report_that_could_not_be_made_is_told_as_a_monthly_one(project, people):
    from reports.services import fail_report

    report = Report.objects.create(project=project, kind=Report.Kind.MONTHLY, period=JANUARY)
    assert fail_report(report=report, message="It broke.")
    notes = Notification.objects.filter(key=f"report:{report.pk}")
    assert {note.kind for note in notes} == {"monthly_report_failed"}
    assert {note.message for note in notes} == {
        "The monthly progress report on Lantern Project for January 2027 could not be made. "
        "Ask for a new one."
    }
    # Its row in the list of reports, which says why.
    assert {note.url for note in notes} == {report.list_url}


def test_notifications_of_monthly_reports_sent_before_are_filed_under_their_kind(project, people):
    """The data migration: the notifications of monthly reports move to the new kinds, with
    their keys, those of reports asked for stay; whoever had report e-mails off has monthly
    report e-mails off too."""
    import importlib

    from django.apps import apps

    migration = importlib.import_module("reports.migrations.0010_monthly_report_notifications")
    monthly = Report.objects.create(project=project, kind=Report.Kind.MONTHLY, period=JANUARY)
    asked = Report.objects.create(project=project, requested_by=people["officer"])
    for report, kind in [
        (monthly, "report_ready"),
        (monthly, "report_failed"),
        (asked, "report_ready"),
    ]:
        Notification.objects.create(
            recipient=people["officer"], kind=kind, key=f"report:{report.pk}", message="m"
        )
    partner = people["partner"]
    partner.email_muted_kinds = ["report_ready", "milestone_due"]
    partner.save()

    migration.forwards(apps, None)
    kinds = Notification.objects.order_by("pk").values_list("kind", "key")
    assert list(kinds) == [
        ("monthly_report_ready", f"report:{monthly.pk}"),
        ("monthly_report_failed", f"report:{monthly.pk}"),
        ("report_ready", f"report:{asked.pk}"),
    ]
    partner.refresh_from_db()
    assert partner.email_muted_kinds == ["report_ready", "milestone_due", "monthly_report_ready"]
    people["officer"].refresh_from_db()
    assert people["officer"].email_muted_kinds == []
