"""In a real Chromium, checked with axe-core: the officer asks for a report of dates they
choose (a wrong date is shown in the error summary and beside its field), then reads the
report as a page in the app.

Jobs run in-process here.
"""

import pytest
from django.urls import reverse
from playwright.sync_api import expect

from nextpractice.testing.browser import assert_accessible, sign_in
from reports.models import Report

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
PASSWORD = "correct horse battery"


def test_the_officer_chooses_the_dates_and_reads_the_report_in_the_app(live_server, page, world):
    sign_in(page, live_server, world.users["officer"].email, PASSWORD)
    page.goto(
        live_server.url + reverse("reports:subject_reports", args=["project", world.amber.pk])
    )
    page.get_by_role("link", name="Make a report of other dates").click()
    expect(page.get_by_role("heading", level=1)).to_have_text(
        "What should the progress report cover?"
    )
    assert_accessible(page)

    page.get_by_label("From").fill("31/12/2006")
    page.get_by_label("To").fill("1/9/2006")
    page.get_by_role("button", name="Make the progress report").click()
    summary = page.locator(".govuk-error-summary")
    expect(summary).to_contain_text("must be before the date it goes up to")
    expect(page.locator("#id_covers_from_1_error")).to_be_visible()
    assert_accessible(page)
    page.console_errors.clear()  # the browser logs the 400 it was meant to get

    page.get_by_label("From").fill("1/9/2006")
    page.get_by_label("To").fill("31/12/2006")
    # Jobs run in the request here: the PDF is drawn before the page comes back.
    page.get_by_role("button", name="Make the progress report").click(timeout=60_000)
    expect(page.locator(".govuk-notification-banner")).to_contain_text(
        "ready to download", timeout=60_000
    )
    report = Report.objects.filter(project=world.amber).latest("id")
    page.goto(
        live_server.url + reverse("reports:subject_reports", args=["project", world.amber.pk])
    )
    row = page.locator(f"#report-{report.pk}")
    expect(row).to_contain_text("1 Sep 2006 to 31 Dec 2006")

    row.get_by_role("link", name="read it here").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Amber Project")
    expect(page.get_by_role("heading", name="Summary", exact=True)).to_be_visible()
    expect(page.get_by_text("Covers 1 September 2006 to 31 December 2006")).to_be_visible()
    assert_accessible(page)
    assert page.url.endswith(reverse("reports:report_page", args=[report.pk]))
