"""An officer withdraws a progress report that should no longer be read (it shows a record
entered by mistake): from its page, with a reason, once. It stays, marked with who, when and
why, for the officers who manage its subject; it leaves the lists and exports of everyone
else who read it, its status is 404 to them, and its page, PDF and tables say only that it
was withdrawn (410, test_withdrawn_report_link.py). The monthly schedule does
not make a withdrawn month's report again; an officer asks for a new one as before.

The world's Coral has an earlier report the officer withdrew (reports/tests/world.py)."""

import datetime
import threading

import pytest
from django.db import connection, connections
from django.test import Client
from django.urls import reverse

from accounts.models import Event, Role
from accounts.rules import visible_events
from accounts.tests.factories import UserFactory
from fieldtrials.models import Risk
from nextpractice.tests.notices import shows_an_error
from programmes.tests.factories import (
    ProgrammeMembershipFactory,
    ProjectFactory,
    ProjectMembershipFactory,
)
from reports.models import Report
from reports.services import request_report, schedule_monthly_report
from reports.tests.world import WORLD_PDF

pytestmark = pytest.mark.django_db

REASON = "It shows a risk entered on the wrong trial"
WITHDRAWN = "The progress report is withdrawn. Only the programme’s officers can still open it."


def withdraw_url(report):
    return reverse("reports:report_withdraw", args=[report.pk])


def every_url_of(report):
    return [
        reverse("reports:report_page", args=[report.pk]),
        reverse("reports:report_download", args=[report.pk]),
        reverse("reports:report_status", args=[report.pk]),
        reverse("reports:report_table", args=[report.pk, 1]),
        withdraw_url(report),
    ]


def signed_in(client, user):
    client.force_login(user)
    return client


def test_the_officer_withdraws_a_report_from_its_page_with_a_reason(client, world):
    report = world.amber_report
    signed_in(client, world.users["officer"])
    page = client.get(reverse("reports:report_page", args=[report.pk])).content.decode()
    assert f'href="{withdraw_url(report)}">Withdraw this report</a>' in page

    response = client.get(withdraw_url(report))
    assert response.status_code == 200
    assert "Withdraw the progress report" in response.content.decode()

    response = client.post(withdraw_url(report), {"reason": f"  {REASON} "}, follow=True)
    assert response.redirect_chain[0] == (report.list_url, 302)
    page = response.content.decode()
    assert WITHDRAWN in page
    report.refresh_from_db()
    assert report.withdrawn_by == world.users["officer"] and report.withdrawn_reason == REASON
    # Marked on the list of its subject's reports, with who, when and why.
    assert f"by Officer Person on {report.withdrawn_at:%-d %B %Y}: {REASON}" in page
    # Its page says so, and offers no second withdrawal; its PDF is still the officer's.
    page = client.get(reverse("reports:report_page", args=[report.pk])).content.decode()
    assert "Withdrawn</strong> by Officer Person" in page and "Withdraw this report" not in page
    download = client.get(reverse("reports:report_download", args=[report.pk]))
    assert download.status_code == 200 and b"".join(download.streaming_content) == WORLD_PDF
    # One event, in the project's history, read by its officers only.
    [event] = Event.objects.filter(verb="reports.report_withdrawn")
    assert event.project_id == world.amber.pk and event.data == {"reason": REASON}
    assert visible_events(world.users["officer"]).filter(pk=event.pk).exists()
    assert not visible_events(world.users["partner"]).filter(pk=event.pk).exists()


def test_a_second_post_withdraws_nothing_more_and_says_so(client, world):
    report = world.amber_report
    signed_in(client, world.users["officer"])
    assert client.post(withdraw_url(report), {"reason": REASON}).status_code == 302
    response = client.post(withdraw_url(report), {"reason": "Another reason"})
    assert response.status_code == 409
    page = response.content.decode()
    assert "This progress report has already been withdrawn" in page and REASON in page
    assert 'name="reason"' not in page
    report.refresh_from_db()
    assert report.withdrawn_reason == REASON
    assert Event.objects.filter(verb="reports.report_withdrawn").count() == 1


@pytest.mark.django_db(transaction=True)
def test_ten_posts_at_the_same_moment_withdraw_it_once():
    if connection.vendor != "postgresql":
        pytest.skip("needs real concurrent connections: run with DATABASE_URL on PostgreSQL")
    project = ProjectFactory(title="Lantern Project")
    officer = UserFactory(full_name="Ada Officer")
    ProgrammeMembershipFactory(programme=project.programme, user=officer, role=Role.OFFICER)
    report = Report.objects.create(project=project, state=Report.State.READY)
    start, statuses = threading.Barrier(10), []

    def post():
        try:
            client = Client()
            client.force_login(officer)
            start.wait()
            statuses.append(client.post(withdraw_url(report), {"reason": REASON}).status_code)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=post) for _ in range(10)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert sorted(statuses) == [302] + [409] * 9
    assert Event.objects.filter(verb="reports.report_withdrawn").count() == 1


def test_no_reason_is_said_beside_the_box_and_changes_nothing(client, world):
    report = world.amber_report
    signed_in(client, world.users["officer"])
    response = client.post(withdraw_url(report), {"reason": "   "})
    assert response.status_code == 400
    page = shows_an_error(response, "Say why you are withdrawing it")
    # In the summary and beside the box.
    assert 'class="govuk-error-message"' in page
    assert page.count("Say why you are withdrawing it") >= 2
    report.refresh_from_db()
    assert not report.is_withdrawn
    assert not Event.objects.filter(verb="reports.report_withdrawn").exists()


def test_who_reads_it_but_does_not_manage_it_may_not_withdraw_it(client, world):
    report = world.amber_report
    signed_in(client, world.users["partner"])
    page = client.get(reverse("reports:report_page", args=[report.pk])).content.decode()
    assert "Withdraw this report" not in page
    response = client.post(withdraw_url(report), {"reason": REASON})
    assert response.status_code == 403
    assert "only the officers of its programme withdraw one" in response.content.decode()
    for persona in ("consultant", "leader", "outsider"):
        signed_in(client, world.users[persona])
        assert client.post(withdraw_url(report), {"reason": REASON}).status_code == 404
    report.refresh_from_db()
    assert not report.is_withdrawn


@pytest.mark.parametrize("persona", ["partner", "consultant", "leader"])
def test_a_withdrawn_report_is_gone_for_those_who_read_its_subject(client, world, persona):
    """They read Coral's reports (its ready one still), not the one withdrawn."""
    withdrawn, kept = world.coral_withdrawn_report, world.coral_report
    signed_in(client, world.users[persona])
    page, download, status, table, withdraw = every_url_of(withdrawn)
    for url in (page, download, table):  # saying only that it was withdrawn
        assert client.get(url).status_code == 410, url
    for url in (status, withdraw):
        assert client.get(url).status_code == 404, url
    assert client.get(reverse("reports:report_page", args=[kept.pk])).status_code == 200
    download = reverse("reports:report_download", args=[withdrawn.pk])
    opened = reverse("reports:report_page", args=[withdrawn.pk])
    lists = [
        reverse("reports:report_list"),
        reverse("reports:subject_reports", args=["trial", world.coral.pk]),
        world.coral.get_absolute_url(),
    ]
    for url in lists:
        page = client.get(url).content.decode()
        assert reverse("reports:report_page", args=[kept.pk]) in page, url
        assert opened not in page and download not in page, url
        assert f'id="report-{withdrawn.pk}"' not in page, url
        assert "Withdrawn</strong>" not in page, url
    export = client.get(reverse("reports:report_list_export")).content.decode("utf-8-sig")
    assert download not in export and "Withdrawn by" not in export


def test_the_officer_sees_the_withdrawn_report_marked_in_the_list_and_the_export(client, world):
    withdrawn = world.coral_withdrawn_report
    signed_in(client, world.users["officer"])
    said = f"by Officer Person on {withdrawn.withdrawn_at:%-d %B %Y}: {withdrawn.withdrawn_reason}"
    for url in (
        reverse("reports:report_list"),
        reverse("reports:subject_reports", args=["trial", world.coral.pk]),
    ):
        page = client.get(url).content.decode()
        row = page[page.index(f'id="report-{withdrawn.pk}"') :]
        assert said in row[: row.index("</tr>")], url
    lines = client.get(reverse("reports:report_list_export")).content.decode("utf-8-sig")
    [line] = [line for line in lines.splitlines() if line.endswith(withdrawn.withdrawn_reason)]
    assert f"Withdrawn by Officer Person on {withdrawn.withdrawn_at:%-d %B %Y}: " in line
    for url in every_url_of(withdrawn)[:-1]:
        assert client.get(url).status_code == 200, url


@pytest.mark.parametrize("size", [2, 30])
def test_the_officers_list_costs_the_same_queries_with_few_or_many_withdrawn(
    size, client, world, django_assert_num_queries
):
    start = world.coral_withdrawn_report.requested_at
    for n in range(size):
        Report.objects.create(
            field_trial=world.coral,
            state=Report.State.READY,
            requested_by=world.users["officer"],
            requested_at=start - datetime.timedelta(minutes=n),
            withdrawn_at=start,
            withdrawn_by=world.users["officer"],
            withdrawn_reason=f"Mistake {n}",
        )
    signed_in(client, world.users["officer"])
    # session, user, memberships, unread count, count, the page of reports with their
    # subjects, who asked and who withdrew, the programmes and projects to filter by
    with django_assert_num_queries(8):
        page = client.get(reverse("reports:report_list")).content.decode()
    # After the officer's four reports not withdrawn, newer: 21 withdrawn fill the first page.
    assert page.count("Withdrawn</strong> by Officer Person") == min(size + 1, 25 - 4)


def test_the_schedule_does_not_make_a_withdrawn_month_again(client, world):
    officer = world.users["officer"]
    november = datetime.date(2026, 11, 1)
    monthly = Report.objects.create(
        project=world.amber, kind=Report.Kind.MONTHLY, period=november, state=Report.State.READY
    )
    signed_in(client, officer)
    assert client.post(withdraw_url(monthly), {"reason": REASON}).status_code == 302
    report, created = schedule_monthly_report(project=world.amber, period=november)
    assert (report, created) == (monthly, False)
    assert Report.objects.filter(project=world.amber, kind=Report.Kind.MONTHLY).count() == 1
    # The officer asks for a new report of the same month, as for any other.
    made, created = request_report(subject=world.amber, actor=officer)
    assert created and not made.is_withdrawn


def test_a_records_withdraw_page_says_what_becomes_of_the_reports_made(client, world):
    risk = Risk.objects.create(
        field_trial=world.coral, description="Trust", owner="Head", likelihood=1, impact=1
    )
    signed_in(client, world.users["officer"])
    url = reverse("records:withdraw", args=["fieldtrials", "risk", risk.pk])
    page = " ".join(client.get(url).content.decode().split())
    assert "Progress reports already made are not changed" in page
    assert "a programme officer can withdraw it from the report’s page" in page


def test_the_kinds_that_reports_show_are_those_whose_withdraw_page_says_so():
    from nextpractice.records.kinds import record_kinds

    in_reports = {key for key, kind in record_kinds().items() if kind.in_reports}
    assert {("fieldtrials", "risk"), ("evaluation", "lesson"), ("programmes", "objective")} <= (
        in_reports
    )
    assert ("fieldtrials", "meeting") not in in_reports
    assert ("evaluation", "member") not in in_reports


def test_a_partner_of_the_project_only_reads_none_withdrawn_on_the_project_page(client, world):
    """The project's own page lists its reports as its Reports page does."""
    partner = UserFactory()
    ProjectMembershipFactory(project=world.amber, user=partner, role=Role.PARTNER)
    Report.objects.filter(pk=world.amber_report.pk).update(
        withdrawn_at=world.amber_report.requested_at, withdrawn_by=world.users["officer"]
    )
    signed_in(client, partner)
    page = client.get(world.amber.get_absolute_url()).content.decode()
    assert reverse("reports:report_page", args=[world.amber_report.pk]) not in page
    assert "No progress reports yet" in page
