"""A withdrawn project (added by mistake; its field trials are withdrawn first): no progress
report of it or of its trials is asked for, nor made by the monthly schedule, until it is
restored; its officers still read the reports it had, on pages that offer none."""

import datetime
import re

import pytest
from django.core import mail
from django.urls import reverse
from django.utils import timezone

from accounts.models import Event, Notification, Role
from accounts.tests.factories import UserFactory
from fieldtrials.models import FieldTrial
from fieldtrials.tests.factories import FieldTrialFactory
from programmes.services import withdraw_project
from programmes.services.lifecycle import ProjectWithdrawn
from programmes.tests.factories import (
    ProgrammeMembershipFactory,
    ProjectFactory,
    ProjectMembershipFactory,
)
from reports.models import Report
from reports.services import (
    active_projects,
    fail_stale_reports,
    request_report,
    schedule_monthly_report,
)
from reports.tasks import make_monthly_reports, make_report

pytestmark = pytest.mark.django_db

WITHDRAWN = "The project has been withdrawn: restore it first."
NOVEMBER, DECEMBER = datetime.date(2026, 11, 1), datetime.date(2026, 12, 1)


@pytest.fixture
def project():
    return ProjectFactory(title="Wrongly Named Project")


@pytest.fixture
def officer(project):
    user = UserFactory()
    ProgrammeMembershipFactory(programme=project.programme, user=user, role=Role.OFFICER)
    return user


@pytest.fixture
def trial(project):
    return FieldTrialFactory(project=project, status=FieldTrial.Status.WITHDRAWN)


def _text(response):
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", response.content.decode()))


def test_no_report_of_a_withdrawn_project_or_its_trial_is_asked_for(
    client, project, officer, trial, mailoutbox
):
    earlier = Report.objects.create(
        project=project, kind=Report.Kind.MONTHLY, period="2025-01-01", state="ready"
    )
    client.force_login(officer)
    before = client.get(project.get_absolute_url())
    assert "Make a progress report" in _text(before)
    assert "Stop telling me about monthly reports" in _text(before)
    withdraw_project(project=project, actor=officer, reason="Added twice")
    events = Event.objects.count()
    choice = reverse("reports:monthly_reports_choice", args=[project.pk])
    for kind, subject in (("project", project), ("trial", trial)):
        new = reverse("reports:report_create", args=[kind, subject.pk])
        for response in (client.get(new), client.post(new)):
            assert response.status_code == 409
            assert WITHDRAWN in _text(response)
        with pytest.raises(ProjectWithdrawn):  # the service decides it too, under the lock
            request_report(subject=subject, actor=officer)
        # Its officers read what was there, with nothing offered.
        for page in (
            client.get(reverse("reports:subject_reports", args=[kind, subject.pk])),
            client.get(subject.get_absolute_url()),
        ):
            assert page.status_code == 200
            assert new not in page.content.decode()
            assert "Make a progress report" not in _text(page)
            assert "telling me about monthly reports" not in _text(page)
            assert choice not in page.content.decode()
    listed = client.get(reverse("reports:subject_reports", args=["project", project.pk]))
    assert f"report-{earlier.pk}" in listed.content.decode()
    assert client.post(choice, {"monthly": "off"}).status_code == 409
    assert list(Report.objects.all()) == [earlier]
    assert Event.objects.count() == events
    assert mailoutbox == []


def test_the_monthly_schedule_makes_no_report_of_a_withdrawn_project(project, officer, trial):
    FieldTrialFactory(project=ProjectFactory(programme=project.programme))  # a live one
    withdraw_project(project=project, actor=officer, reason="Added twice")
    assert project not in active_projects()
    assert make_monthly_reports() == 1
    assert not Report.objects.filter(project=project).exists()
    assert not Report.objects.filter(field_trial=trial).exists()


def _withdrawn_on(project):
    project.refresh_from_db()
    return f"{timezone.localdate(project.withdrawn_at):%-d %B %Y}"


def test_a_monthly_report_scheduled_before_its_project_was_withdrawn_is_not_made(
    client, project, officer, trial, django_capture_on_commit_callbacks
):
    """Scheduled (its row written, its job queued), then the project withdrawn before the
    job ran: the job makes nothing, tells nobody and says why on the Reports page; the task
    delivered again (a retry, a second delivery) does the same, once."""
    monthly = Report.objects.create(project=project, kind=Report.Kind.MONTHLY, period=NOVEMBER)
    withdraw_project(project=project, actor=officer, reason="Added twice")
    events = Event.objects.count()
    with django_capture_on_commit_callbacks(execute=True):
        assert make_report.delay(monthly.pk).get() == "not_made"
        assert make_report.delay(monthly.pk).get() == "not_made"
    monthly.refresh_from_db()
    said = f"Not made: the project was withdrawn on {_withdrawn_on(project)}."
    assert (monthly.state, monthly.failure_message) == (Report.State.NOT_MADE, said)
    assert not monthly.file and not monthly.page and monthly.finished_at is not None
    assert not Notification.objects.exists()
    assert mail.outbox == []
    assert Event.objects.count() == events + 1  # once
    assert Event.objects.get(verb="reports.report_not_made").target_id == monthly.pk
    client.force_login(officer)
    page = client.get(reverse("reports:subject_reports", args=["project", project.pk]))
    row = _text(page)
    assert "Monthly report for November 2026 " + said in row
    assert "Failed" not in row and "Being prepared" not in row


def test_a_trial_s_report_asked_for_before_the_withdrawal_is_not_made(
    project, officer, trial, django_capture_on_commit_callbacks
):
    asked = Report.objects.create(
        field_trial=trial, requested_by=officer, covers_from=NOVEMBER, covers_to=DECEMBER
    )
    withdraw_project(project=project, actor=officer, reason="Added twice")
    with django_capture_on_commit_callbacks(execute=True):
        assert make_report.delay(asked.pk).get() == "not_made"
    asked.refresh_from_db()
    assert asked.state == Report.State.NOT_MADE
    assert asked.failure_message == (
        f"Not made: the field trial's project was withdrawn on {_withdrawn_on(project)}."
    )
    assert not Notification.objects.exists() and mail.outbox == []


def test_a_project_withdrawn_while_its_report_is_drawn_gets_no_report(
    project, officer, trial, monkeypatch, django_capture_on_commit_callbacks
):
    """Decided again as the report is stored, under the project's lock: the PDF drawn is
    not kept, and nobody is told."""
    import reports.building

    monthly = Report.objects.create(project=project, kind=Report.Kind.MONTHLY, period=NOVEMBER)
    draw = reports.building.render_pdf_with_pages

    def withdrawn_meanwhile(html):
        withdraw_project(project=project, actor=officer, reason="Added twice")
        return draw(html)

    monkeypatch.setattr(reports.building, "render_pdf_with_pages", withdrawn_meanwhile)
    with django_capture_on_commit_callbacks(execute=True):
        assert make_report.delay(monthly.pk).get() == "not_made"
    monthly.refresh_from_db()
    assert monthly.state == Report.State.NOT_MADE
    assert not monthly.file and not monthly.pages
    assert not Notification.objects.exists() and mail.outbox == []


def test_the_schedule_writes_no_report_of_a_project_withdrawn_since_it_listed_it(
    project, officer, trial
):
    withdraw_project(project=project, actor=officer, reason="Added twice")
    assert schedule_monthly_report(project=project, period=NOVEMBER) == (None, False)
    assert not Report.objects.exists()


def test_the_sweep_tells_nobody_of_a_withdrawn_project_s_report_that_waited(
    project, officer, trial
):
    waited = Report.objects.create(
        project=project,
        kind=Report.Kind.MONTHLY,
        period=NOVEMBER,
        requested_at=timezone.now() - datetime.timedelta(days=2),
    )
    withdraw_project(project=project, actor=officer, reason="Added twice")
    assert fail_stale_reports() == 0
    waited.refresh_from_db()
    assert waited.state == Report.State.NOT_MADE
    assert not Notification.objects.exists()


REPORT_URLS = (
    ("reports:report_page", ()),
    ("reports:report_download", ()),
    ("reports:report_table", (1,)),
    ("reports:report_status", ()),
)


def _answers(client, user, report):
    """What `user` gets on each of `report`'s addresses."""
    client.force_login(user)
    return {
        name: client.get(reverse(name, args=[report.pk, *more])).status_code
        for name, more in REPORT_URLS
    }


def _listed_and_exported(client, user):
    """The download links on `user`'s list of reports, and the rows of their export."""
    client.force_login(user)
    page = client.get(reverse("reports:report_list")).content.decode()
    listed = set(re.findall(r"/reports/(\d+)/download/", page))
    export = client.get(reverse("reports:report_list_export")).content.decode("utf-8-sig")
    return {int(pk) for pk in listed}, export.splitlines()[1:]


def test_a_withdrawn_project_s_reports_and_its_trials_are_its_officers_only(client, world):
    """Once a project is withdrawn its pages are 404 but to its officers, and so are its
    reports and its trials': every address of theirs, the list and its export. Its
    programme's reports are read as before."""
    amber, officer = world.amber, world.users["officer"]
    # The tester's consultant, of the project; and a partner of its programme, who read it
    # through the programme (a project added to the wrong programme).
    ProjectMembershipFactory(project=amber, user=world.users["consultant"], role=Role.CONSULTANT)
    programme_partner = UserFactory(full_name="Programme Partner")
    ProgrammeMembershipFactory(programme=world.quartz, user=programme_partner, role=Role.PARTNER)
    readers = {
        "consultant": world.users["consultant"],
        "partner": world.users["partner"],
        "leader": world.users["leader"],
        "programme partner": programme_partner,
    }
    read = {  # what each read of Amber's reports (the project's, its trial Coral's)
        "consultant": [world.amber_report, world.coral_report],
        "partner": [world.amber_report, world.coral_report],
        "leader": [world.coral_report],
        "programme partner": [world.amber_report, world.coral_report],
    }
    everything_ok = dict.fromkeys(dict(REPORT_URLS), 200)
    for who, reports in read.items():
        listed, _ = _listed_and_exported(client, readers[who])
        assert {r.pk for r in reports} <= listed, who
        for report in reports:
            assert _answers(client, readers[who], report) == everything_ok, who

    FieldTrial.objects.filter(project=amber).update(status=FieldTrial.Status.WITHDRAWN)
    amber = withdraw_project(project=amber, actor=officer, reason="Added to the wrong programme")

    gone = dict.fromkeys(dict(REPORT_URLS), 404)
    for who, reports in read.items():
        for report in reports:
            assert _answers(client, readers[who], report) == gone, (who, report)
        listed, rows = _listed_and_exported(client, readers[who])
        assert not listed & {world.amber_report.pk, world.coral_report.pk}, who
        assert not [row for row in rows if "Amber" in row or "Coral" in row], who
    # The programme's report is its readers' as before.
    assert _answers(client, programme_partner, world.quartz_report) == everything_ok
    listed, rows = _listed_and_exported(client, programme_partner)
    assert world.quartz_report.pk in listed
    assert any(row.startswith("Quartz Programme,Programme,") for row in rows)
    # Its officers read them still, listed and exported.
    for report in (world.amber_report, world.coral_report, world.quartz_report):
        assert _answers(client, officer, report) == everything_ok
    listed, rows = _listed_and_exported(client, officer)
    assert {world.amber_report.pk, world.coral_report.pk, world.quartz_report.pk} <= listed
    assert any(row.startswith("Amber Project,Project,") for row in rows)
    assert any(row.startswith("Coral Trial,Field trial,") for row in rows)
    # The permission says the same as the list, of each report and of each subject.
    for who, user in readers.items():
        for report in (world.amber_report, world.coral_report):
            assert not user.has_perm("reports.view_report", report), who
        assert not user.has_perm("reports.view_reports", amber), who
    assert officer.has_perm("reports.view_reports", amber)


def test_a_withdrawn_trial_s_reports_follow_its_page_in_a_live_project(client, world):
    """A trial withdrawn on its own (its project live) is still seen by its readers, who
    read its reports: each address answers as the trial's page does, for everyone."""
    coral = world.coral
    FieldTrial.objects.filter(pk=coral.pk).update(status=FieldTrial.Status.WITHDRAWN)
    coral.refresh_from_db()
    for persona, user in world.users.items():
        if user is None:
            continue
        client.force_login(user)
        page = client.get(coral.get_absolute_url()).status_code
        expected = 200 if page == 200 else 404
        answers = _answers(client, user, world.coral_report)
        assert answers == dict.fromkeys(dict(REPORT_URLS), expected), persona
    client.force_login(world.users["partner"])
    assert client.get(coral.get_absolute_url()).status_code == 200
