"""In a real Chromium, checked with axe-core: the officer asks for a project report, sees it
ready and downloads it, and the PDF's text names the project's trials; a report being
prepared turns into its download link without a reload (htmx polling).

Jobs run in-process here; CI adds a variant with a real worker on Redis.
"""

import pytest
from django.urls import reverse
from playwright.sync_api import expect

from nextpractice.testing.browser import assert_accessible, sign_in
from reports.models import Report
from reports.tasks import make_report
from reports.tests.helpers import pdf_text

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
PASSWORD = "correct horse battery"


def test_the_officer_asks_for_a_project_report_and_downloads_it(live_server, page, world):
    sign_in(page, live_server, world.users["officer"].email, PASSWORD)
    page.goto(live_server.url + world.amber.get_absolute_url())
    panel = page.locator("#progress-reports")
    assert_accessible(page)
    panel.get_by_role("button", name="Make a progress report").click()
    expect(page.locator(".govuk-notification-banner")).to_contain_text("ready to download")
    assert_accessible(page)
    report = Report.objects.filter(project=world.amber).latest("id")
    with page.expect_download() as info:
        panel.get_by_role("link", name="Download the PDF").first.click()
    download = info.value
    assert download.suggested_filename == report.filename
    text = pdf_text(open(download.path(), "rb").read())
    assert "Coral Trial" in text and "Dune Trial" in text

    page.goto(
        live_server.url + reverse("reports:subject_reports", args=["project", world.amber.pk])
    )
    expect(page.get_by_role("heading", level=1)).to_have_text("Progress reports")
    assert_accessible(page)


def test_after_asking_for_a_trials_report_focus_is_on_the_banner_that_says_so(
    live_server, page, world
):
    """The page comes back at its top, not at #progress-reports far below the banner: the
    banner is announced and focused (GOV.UK Frontend, role=alert), so a keyboard or screen
    reader user is told what became of the request and starts from there."""
    sign_in(page, live_server, world.users["officer"].email, PASSWORD)
    trial_url = live_server.url + world.coral.get_absolute_url()
    page.goto(trial_url)
    button = page.locator("#progress-reports").get_by_role("button", name="Make a progress report")
    button.focus()
    page.keyboard.press("Enter")
    banner = page.get_by_role("alert")
    expect(banner).to_contain_text("Your progress report is ready to download.")
    expect(banner).to_be_focused()
    assert page.url == trial_url
    assert_accessible(page)


def test_a_report_being_prepared_becomes_a_download_link_without_a_reload(live_server, page, world):
    report = Report.objects.create(project=world.amber, requested_by=world.users["partner"])
    sign_in(page, live_server, world.users["partner"].email, PASSWORD)
    page.goto(live_server.url + world.amber.get_absolute_url())
    row = page.locator("#progress-reports")  # the overview's latest report
    expect(row).to_contain_text("Being prepared")
    assert_accessible(page)
    make_report.delay(report.pk)  # as a worker would, while the page waits
    expect(row.get_by_role("link", name="Download the PDF")).to_be_visible(timeout=10_000)
    assert page.locator("#progress-reports [data-hx-get]").count() == 0  # polling has stopped


def test_the_partner_finds_their_reports_from_home_and_the_reports_page(live_server, page, world):
    sign_in(page, live_server, world.users["partner"].email, PASSWORD)
    page.goto(live_server.url + reverse("home"))
    row = page.get_by_role("row", name="Amber Project")
    expect(row.get_by_role("link", name="Download the PDF")).to_be_visible()
    expect(row.get_by_role("button", name="Make a progress report")).to_be_visible()
    assert_accessible(page)
    page.get_by_role("navigation").get_by_role("link", name="Reports").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Progress reports")
    expect(page.get_by_text("Showing 1 to 2 of 2 reports.")).to_be_visible()
    assert_accessible(page)
    page.get_by_text("Filter the reports").click()
    page.get_by_label("Project").select_option(label="Amber Project")
    page.get_by_role("button", name="Apply filters").click()
    expect(page.get_by_text("Showing 1 to 2 of 2 reports.")).to_be_visible()
    assert_accessible(page)
