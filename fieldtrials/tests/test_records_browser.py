"""In a real Chromium, checked with axe-core on every page: a school leader adds a milestone
(a due date before the trial starts is refused first, then one written in words is kept) and
drafts a Power to Innovate request; the officer records the Innovation Unit's advice and the
Secretary of State's decision."""

import datetime
import re

import pytest
from django.urls import reverse
from playwright.sync_api import expect

from fieldtrials.models import Milestone, PowerToInnovateRequest
from fieldtrials.tests.factories_records import MilestoneFactory
from nextpractice.testing.browser import assert_accessible, sign_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
PASSWORD = "correct horse battery"


def checked(page):
    assert_accessible(page)
    return page


def test_a_leader_keeps_milestones_and_an_officer_decides_a_request(live_server, page, world):
    coral = world.coral
    coral.start_date = datetime.date(2006, 9, 1)
    coral.save()
    sign_in(page, live_server, world.users["leader"].email, PASSWORD)
    page.goto(live_server.url + coral.get_absolute_url())
    checked(page).get_by_role("link", name="Add a milestone").click()
    checked(page)
    page.get_by_label("What is the milestone?").fill("Timetable pilot agreed")
    page.get_by_label("Due by").fill("1/8/2006")
    page.get_by_role("button", name="Save the milestone").click()
    expect(page.locator(".govuk-error-summary")).to_contain_text("1 September 2006")
    page.console_errors.clear()  # the browser logs the 400 it was meant to get
    checked(page)
    # As a head teacher writes a date, in a box that is not a phone's digits-only keypad.
    expect(page.get_by_label("Due by")).not_to_have_attribute("inputmode", "numeric")
    page.get_by_label("Due by").fill("Fri 1st December 2006")
    page.get_by_role("button", name="Save the milestone").click()
    expect(page.locator(".govuk-notification-banner")).to_contain_text("The milestone is added")
    assert Milestone.objects.get(title="Timetable pilot agreed").due_on == datetime.date(
        2006, 12, 1
    )

    page.goto(live_server.url + reverse("fieldtrials:pti_create", args=[coral.pk]))
    checked(page)
    page.get_by_label("Which regulation constrains the trial?").fill("School Day Regulations")
    page.get_by_label("What variation of it does the trial seek?").fill("A four-day week")
    page.get_by_label("What is the case for it?").fill("A fifth day of community learning")
    page.get_by_role("button", name="Save the draft request").click()
    checked(page).get_by_role("link", name="Submit the request").click()
    checked(page).get_by_role("button", name="Submit the request").click()
    expect(page.locator(".govuk-tag").first).to_have_text("Submitted")
    checked(page)

    page.context.clear_cookies()
    sign_in(page, live_server, world.users["officer"].email, PASSWORD)
    pti = PowerToInnovateRequest.objects.get(regulation="School Day Regulations")
    page.goto(live_server.url + reverse("fieldtrials:pti_list"))
    checked(page).get_by_role("link", name="School Day Regulations").click()
    checked(page).get_by_role("link", name="Record the Innovation Unit's advice").click()
    checked(page).get_by_label("The Innovation Unit's advice").fill("Grant it for the trial.")
    page.get_by_role("button", name="Record the advice").click()
    checked(page).get_by_role("link", name="Record that the Secretary of State granted it").click()
    checked(page).get_by_role(
        "button", name="Record that the Secretary of State granted it"
    ).click()
    expect(page.locator(".govuk-tag").first).to_have_text("Granted")
    checked(page)
    pti.refresh_from_db()
    assert pti.state == "granted"
    page.goto(live_server.url + reverse("fieldtrials:project_support", args=[world.amber.pk]))
    checked(page)


def test_marking_a_milestone_done_focuses_the_banner_saying_so_in_view(live_server, page, world):
    """The page after "Mark as done today" (as after adding or changing any of a trial's
    records) went to its table (#milestones): the banner saying it was done was scrolled out
    of view and focus was on nothing, so a keyboard user saw no confirmation and a screen
    reader said none. The banner at the top of the page is focused, in view."""
    coral = world.coral
    coral.start_date = datetime.date(2006, 9, 1)
    coral.save()
    for n in range(12):  # a table taller than the screen
        MilestoneFactory(field_trial=coral, title=f"Step {n} of the timetable pilot")
    page.set_viewport_size({"width": 1280, "height": 700})
    sign_in(page, live_server, world.users["leader"].email, PASSWORD)
    page.goto(live_server.url + reverse("fieldtrials:fieldtrial_milestones", args=[coral.pk]))
    row = page.get_by_role("row").filter(has_text="Step 11 of the timetable pilot")
    done = row.get_by_role("button", name=re.compile("^Mark as done today"))
    done.focus()
    page.keyboard.press("Enter")
    banner = page.get_by_role("alert")
    expect(banner).to_contain_text("“Step 11 of the timetable pilot” is marked as done today.")
    expect(banner).to_be_focused()
    expect(banner).to_be_in_viewport()
    checked(page)
