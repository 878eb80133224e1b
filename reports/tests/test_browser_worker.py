"""Issue 7's journey with a real Celery worker on Redis (CI runs it on PostgreSQL): the
officer asks for a project report in the browser, the page says it is being prepared and
turns into the download link when the worker has made it, without a reload; the PDF names
the project's trials; the project's partner downloads it; a partner of another project gets
404. axe-core checks each page."""

import pytest
from django.urls import reverse
from playwright.sync_api import expect

from accounts.models import Notification, Role
from accounts.tests.factories import UserFactory
from nextpractice.testing.browser import assert_accessible, sign_in
from programmes.tests.factories import ProjectMembershipFactory
from reports.models import Report
from reports.tests.helpers import pdf_text

pytestmark = [
    pytest.mark.browser,
    pytest.mark.celery_worker,
    pytest.mark.django_db(transaction=True),
]
PASSWORD = "correct horse battery"


def download(page, where):
    with page.expect_download() as info:
        where.get_by_role("link", name="Download the PDF").first.click()
    return open(info.value.path(), "rb").read()


def test_a_report_made_by_a_worker_reaches_the_officer_and_the_partner_only(
    live_server, page, world, jobs_to_a_worker
):
    sign_in(page, live_server, world.users["officer"].email, PASSWORD)
    page.goto(live_server.url + world.amber.get_absolute_url())
    panel = page.locator("#progress-reports")
    panel.get_by_role("button", name="Make a progress report").click()
    expect(page.locator(".govuk-notification-banner")).to_contain_text("being prepared")
    newest = panel  # the overview shows the latest report
    expect(newest).to_contain_text("Being prepared")
    assert_accessible(page)
    # The worker makes it while the page polls; the link appears without a reload.
    expect(newest.get_by_role("link", name="Download the PDF")).to_be_visible(timeout=90_000)
    report = Report.objects.filter(project=world.amber, kind="on_request").latest("id")
    assert report.state == Report.State.READY and report.pages >= 1
    text = pdf_text(download(page, newest))
    assert "Amber Project" in text
    assert "Coral Trial" in text and "Dune Trial" in text
    assert Notification.objects.filter(
        recipient=world.users["officer"], kind="report_ready"
    ).exists()
    assert_accessible(page)

    page.context.clear_cookies()
    sign_in(page, live_server, world.users["partner"].email, PASSWORD)
    page.goto(
        live_server.url + reverse("reports:subject_reports", args=["project", world.amber.pk])
    )
    assert_accessible(page)
    assert "Coral Trial" in pdf_text(download(page, page.locator("main")))

    stranger = UserFactory(email="other-partner@example.org", password=PASSWORD)
    ProjectMembershipFactory(project=world.onyx_project, user=stranger, role=Role.PARTNER)
    page.context.clear_cookies()
    sign_in(page, live_server, stranger.email, PASSWORD)
    response = page.goto(live_server.url + reverse("reports:report_download", args=[report.pk]))
    assert response.status == 404
    page.console_errors.clear()  # the browser logs the 404 it was meant to get
