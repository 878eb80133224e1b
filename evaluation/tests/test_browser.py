"""In a real Chromium, checked with axe-core: a school leader enters a measurement (a date
before the baseline is refused first) and finds it on the trial's chart; the officer reads
the project's indicators side by side and the programme's evaluation page."""

import pytest
from django.urls import reverse
from playwright.sync_api import expect

from nextpractice.testing.browser import assert_accessible, sign_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
PASSWORD = "correct horse battery"


def checked(page):
    assert_accessible(page)
    return page


def test_a_leader_enters_a_measurement_and_the_officer_reads_the_evaluation(
    live_server, page, world, tmp_path
):
    sign_in(page, live_server, world.users["leader"].email, PASSWORD)
    page.goto(live_server.url + world.coral.get_absolute_url())
    page.get_by_role("link", name="Evaluation: objectives, indicators").click()
    checked(page).get_by_role("link", name="Enter a measurement of Cedar Indicator").click()
    checked(page).get_by_label("Date measured").fill("1/12/2006")
    expect(page.get_by_label("Unit", exact=True)).to_have_count(0)  # named, never asked for
    page.get_by_label("Value (pupils)").fill("16")
    page.get_by_role("button", name="Save the measurement").click()
    expect(page.locator(".govuk-error-summary")).to_contain_text("before the baseline")
    page.console_errors.clear()  # the browser logs the 400 it was meant to get
    checked(page).get_by_label("Date measured").fill("1/6/2007")
    page.get_by_role("button", name="Save the measurement").click()
    expect(page.locator(".govuk-notification-banner")).to_contain_text("measurement was added")
    chart = page.get_by_role("img", name="Cedar Indicator: measurements against baseline")
    expect(chart).to_be_visible()
    page.get_by_text("Show the chart as a table").click()
    expect(page.get_by_role("table", name="Cedar Indicator: baseline")).to_contain_text("16")
    checked(page)
    page.screenshot(path=str(tmp_path / "trial.png"), full_page=True)

    page.context.clear_cookies()
    sign_in(page, live_server, world.users["officer"].email, PASSWORD)
    page.goto(live_server.url + reverse("evaluation:project_evaluation", args=[world.amber.pk]))
    side = checked(page).get_by_role("table", name="Indicators side by side")
    expect(side).to_contain_text("Cedar Indicator")
    expect(side).to_contain_text("60%")  # 16 on the way from 10 to 20
    page.screenshot(path=str(tmp_path / "project.png"), full_page=True)
    page.goto(live_server.url + reverse("evaluation:programme_evaluation", args=[world.quartz.pk]))
    expect(checked(page).get_by_role("heading", name="Xylem Board")).to_be_visible()


def test_a_new_projects_evaluation_page_says_there_is_nothing_to_download_yet(
    live_server, page, world
):
    from accounts.models import Role
    from programmes.tests.factories import (
        ProgrammeFactory,
        ProgrammeMembershipFactory,
        ProjectFactory,
    )

    officer = world.users["officer"]
    programme = ProgrammeFactory()
    ProgrammeMembershipFactory(programme=programme, user=officer, role=Role.OFFICER)
    project = ProjectFactory(programme=programme)
    sign_in(page, live_server, officer.email, PASSWORD)
    page.goto(live_server.url + reverse("evaluation:project_evaluation", args=[project.pk]))
    section = checked(page).get_by_role("region", name="Download for a spreadsheet")
    expect(section).to_contain_text("Nothing to download yet.")
    expect(section).to_contain_text("Add the first with the link in its section above.")
    expect(page.locator("a[download]")).to_have_count(0)
