"""A link to a report withdrawn since (in a "report ready" e-mail, a notification, a
spreadsheet of reports) says what became of it to whoever read it: its page, PDF and tables
answer 410 with who withdrew it, when and why, and where to ask for a new one. Whoever never
read it gets the plain 404 of a report that does not exist, with nothing about it.

The world's Coral has a report the officer withdrew (reports/tests/world.py): Coral's
leader, consultant and Amber's partner read Coral's reports; Quill's are read by the leader
and consultant through a community of practice, who may not ask for one."""

import re

import pytest
from django.urls import reverse
from django.utils import timezone

from accounts.models import Role
from accounts.tests.factories import NotificationFactory, UserFactory
from fieldtrials.tests.factories import FieldTrialMembershipFactory
from programmes.tests.factories import ProjectMembershipFactory
from reports.models import Report
from reports.services import tell_readers
from reports.tests.world import WORLD_PDF

pytestmark = pytest.mark.django_db

REASON = "It names a risk entered on the wrong trial"
HEADING = "This progress report has been withdrawn"
ADD_YOU = "Ask the programme officer who runs the work to add you"


def reading_urls(report):
    """Its page (the e-mail's link), its PDF (a spreadsheet of reports' link), a table."""
    return [
        reverse("reports:report_page", args=[report.pk]),
        reverse("reports:report_download", args=[report.pk]),
        reverse("reports:report_table", args=[report.pk, 1]),
    ]


def words(response):
    text = re.sub(r"<[^>]+>", " ", response.content.decode())
    return re.sub(r"\s+", " ", text).replace(" :", ":")


def withdrawn_said(report):
    when = timezone.localtime(report.withdrawn_at)
    return f"Withdrawn by Officer Person on {when:%-d %B %Y}: {REASON}"


def test_the_link_in_the_report_ready_email_says_who_withdrew_it_when_and_why(
    client, world, mailoutbox, django_capture_on_commit_callbacks
):
    """The finding's journey: the leader asks for a report of Coral, is e-mailed its link,
    the officer withdraws it, the leader follows the link."""
    leader, officer = world.users["leader"], world.users["officer"]
    Report.objects.filter(pk=world.coral_report.pk).update(requested_by=leader)
    report = Report.objects.get(pk=world.coral_report.pk)
    with django_capture_on_commit_callbacks(execute=True):
        tell_readers(report, ready=True)
    [sent] = [m for m in mailoutbox if m.to == [leader.email]]
    [link] = re.findall(r"/reports/\d+/", sent.body)
    assert link == reverse("reports:report_page", args=[report.pk])

    client.force_login(officer)
    withdraw = reverse("reports:report_withdraw", args=[report.pk])
    assert client.post(withdraw, {"reason": REASON}).status_code == 302
    report.refresh_from_db()

    client.force_login(leader)
    response = client.get(link)
    assert response.status_code == 410
    page = words(response)
    assert HEADING in page and withdrawn_said(report) in page
    assert "Page not found" not in page and ADD_YOU not in page
    # Where to ask for a new one: Coral's progress reports, where the leader may make one.
    reports_url = reverse("reports:subject_reports", args=["trial", world.coral.pk])
    assert f'href="{reports_url}">the progress reports of Coral Trial</a>' in (
        response.content.decode()
    )
    assert "make a new progress report from the progress reports of Coral Trial" in page
    # Nothing of the report itself.
    assert "A report of the test world" not in page
    assert reverse("reports:report_download", args=[report.pk]) not in page


@pytest.mark.parametrize("persona", ["leader", "consultant", "partner"])
def test_its_page_pdf_and_tables_say_it_was_withdrawn_to_each_who_read_it(client, world, persona):
    withdrawn = world.coral_withdrawn_report
    client.force_login(world.users[persona])
    for url in reading_urls(withdrawn):
        response = client.get(url)
        assert response.status_code == 410, url
        assert response["Content-Type"].startswith("text/html"), url
        page = words(response)
        assert HEADING in page and withdrawn_said(withdrawn) in page, url
        assert (
            "It should no longer be read, so only the programme’s officers can open it now" in page
        ), url
        assert WORLD_PDF.decode() not in response.content.decode(), url
        assert "A report of the test world" not in page, url
    # The status its list polls, and withdrawing it: 404 as before, saying nothing.
    for url in (
        reverse("reports:report_status", args=[withdrawn.pk]),
        reverse("reports:report_withdraw", args=[withdrawn.pk]),
    ):
        response = client.get(url)
        assert response.status_code == 404 and REASON not in words(response), url


def test_who_reads_it_but_may_not_ask_for_reports_is_told_whom_to_ask(client, world):
    """Quill's reports are the leader's through a community of practice: the leader may not
    ask for one of Quill, so is told to ask the officer who withdrew it."""
    report = world.quill_report
    Report.objects.filter(pk=report.pk).update(
        withdrawn_at=report.requested_at,
        withdrawn_by=world.users["officer"],
        withdrawn_reason=REASON,
    )
    client.force_login(world.users["leader"])
    response = client.get(reverse("reports:report_page", args=[report.pk]))
    assert response.status_code == 410
    page = words(response)
    assert "If you need a new one, ask Officer Person." in page
    assert "The progress reports of Quill Trial lists those you can read" in page
    assert "make a new progress report" not in page


def _plain_404(response):
    """The 404 page without what differs per request: its reference, and the tokens of its
    sign-out form."""
    assert response.status_code == 404
    page = re.sub(r'<code class="app-request-id">[^<]*</code>', "", response.content.decode())
    return re.sub(r'(<input type="hidden" name="[^"]+") value="[^"]*"', r"\1", page)


@pytest.mark.parametrize("who", ["another trial's member", "another project's partner", "outsider"])
def test_who_never_read_it_gets_the_404_of_a_report_that_does_not_exist(client, world, who):
    withdrawn = world.coral_withdrawn_report
    if who == "another trial's member":  # Dune, Amber's other trial, not in Coral's community
        person = UserFactory()
        FieldTrialMembershipFactory(field_trial=world.dune, user=person, role=Role.PRACTITIONER)
    elif who == "another project's partner":
        person = UserFactory()
        ProjectMembershipFactory(project=world.onyx_project, user=person, role=Role.PARTNER)
    else:
        person = world.users["outsider"]
    client.force_login(person)
    missing = Report(pk=999999)
    for url, none_such in zip(reading_urls(withdrawn), reading_urls(missing), strict=True):
        page = _plain_404(client.get(url))
        assert page == _plain_404(client.get(none_such)), url
        assert "Page not found" in page and REASON not in page and "Coral" not in page, url


def test_its_notification_keeps_its_link_to_the_page_saying_so(client, world):
    """The notifications list leads to the page saying it was withdrawn (not "no longer open
    to you"); someone taken off Coral since no longer reads it: no link, as before."""
    withdrawn = world.coral_withdrawn_report
    link = reverse("reports:report_page", args=[withdrawn.pk])
    leader = world.users["leader"]
    NotificationFactory(recipient=leader, message="Your progress report is ready.", url=link)
    client.force_login(leader)
    page = client.get(reverse("accounts:notifications")).content.decode()
    assert f'href="{link}"' in page and "Its page is no longer open to you." not in page
    assert client.get(link).status_code == 410

    leader.fieldtrial_memberships.all().delete()
    page = client.get(reverse("accounts:notifications")).content.decode()
    assert f'href="{link}"' not in page and "Its page is no longer open to you." in page
