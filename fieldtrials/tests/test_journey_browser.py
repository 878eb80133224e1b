"""Issue 5's journey in a real Chromium, with axe-core on every page: an officer filters the
field trials list to overdue milestones, opens the trial, logs support and starts a Power to
Innovate request; its school leader submits a monthly update; its partner reads the trial
and finds no control to change it."""

import datetime

import pytest
from django.urls import reverse
from playwright.sync_api import expect

from fieldtrials.models import MonthlyUpdate, PowerToInnovateRequest, SupportSession
from fieldtrials.tests.factories_records import MilestoneFactory
from nextpractice.testing.browser import assert_accessible, sign_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
PASSWORD = "correct horse battery"


def checked(page):
    assert_accessible(page)
    return page


def test_officer_leader_and_partner_each_do_their_part_of_a_trial(live_server, page, world):
    coral = world.coral
    coral.start_date = datetime.date(2006, 9, 1)
    coral.save()
    MilestoneFactory(field_trial=coral, title="Governance group formed", overdue=True)

    # The officer finds the trial that needs them, from the menu.
    sign_in(page, live_server, world.users["officer"].email, PASSWORD)
    checked(page).get_by_role("navigation", name="Menu").get_by_role(
        "link", name="Field trials"
    ).click()
    checked(page)
    expect(page.get_by_role("link", name="Dune Trial")).to_be_visible()
    page.get_by_text("Filter and sort the field trials").click()
    page.get_by_label("Overdue milestones").check()
    page.get_by_role("button", name="Apply filters").click()
    checked(page)
    expect(page.get_by_role("link", name="Dune Trial")).to_have_count(0)
    page.get_by_role("link", name="Coral Trial").click()
    checked(page)
    subpages = page.get_by_role("navigation", name="Pages of this field trial")
    subpages.get_by_role("link", name="Milestones").click()
    checked(page)
    expect(page.get_by_role("cell", name="Governance group formed", exact=True)).to_be_visible()

    # ...logs a consultancy session...
    subpages.get_by_role("link", name="Support").click()
    page.get_by_role("link", name="Log support").click()
    checked(page)
    page.get_by_label("Date").fill("16/1/2007")
    page.get_by_label("Consultancy session").check()
    page.get_by_label("Hours").fill("1.5")
    page.get_by_role("button", name="Log the support").click()
    checked(page)
    session = SupportSession.objects.get(field_trial=coral, held_on=datetime.date(2007, 1, 16))
    assert session.hours == 1.5 and session.given_by == world.users["officer"]

    # ...and drafts a Power to Innovate request for the trial.
    page.goto(live_server.url + reverse("fieldtrials:fieldtrial_support", args=[coral.pk]))
    page.get_by_role("link", name="Request a variation of a regulation (Power to Innovate)").click()
    checked(page)
    page.get_by_label("Which regulation constrains the trial?").fill("School Day Regulations")
    page.get_by_label("What variation of it does the trial seek?").fill("A shorter core day")
    page.get_by_label("What is the case for it?").fill("Evening community learning")
    page.get_by_role("button", name="Save the draft request").click()
    checked(page)
    assert PowerToInnovateRequest.objects.filter(
        field_trial=coral, regulation="School Day Regulations", state="draft"
    ).exists()

    # The school leader submits the month's update.
    page.context.clear_cookies()
    sign_in(page, live_server, world.users["leader"].email, PASSWORD)
    page.goto(live_server.url + reverse("fieldtrials:update_create", args=[coral.pk]))
    checked(page)
    page.get_by_label("Amber").check()
    page.get_by_label("What happened").fill("The governance group met twice.")
    # A new update saves as it is typed: the submit goes once that save is done.
    with page.expect_navigation():
        page.get_by_role("button", name="Submit the update").click()
    checked(page)
    update = MonthlyUpdate.objects.filter(
        field_trial=coral, what_happened="The governance group met twice."
    ).get()
    assert update.status == "submitted" and update.rag == "amber"

    # ...and asks for support from the incubation offer: the officer is told.
    page.goto(live_server.url + reverse("fieldtrials:fieldtrial_support", args=[coral.pk]))
    page.get_by_role("link", name="Ask for support").click()
    checked(page)
    page.get_by_label("Confidence and moral support").check()
    page.get_by_label("What does the trial need?").fill("A coach for the new 14-19 Director")
    page.get_by_role("button", name="Ask for support").click()
    checked(page)
    expect(page.get_by_text("Your ask is sent")).to_be_visible()
    assert world.users["officer"].notifications.filter(kind="support_asked").count() == 1

    # The partner reads all of it and can change none of it.
    page.context.clear_cookies()
    sign_in(page, live_server, world.users["partner"].email, PASSWORD)
    page.goto(live_server.url + coral.get_absolute_url())
    checked(page)
    expect(page.get_by_text("The governance group met twice.")).to_be_visible()
    main = page.locator("main")
    for path in ("", "milestones/", "support/"):  # the overview and two of its sub-pages
        page.goto(f"{live_server.url}{coral.get_absolute_url()}{path}")
        checked(page)
        for control in ("Edit", "Add", "Log support", "Write an update", "Request a variation",
                        "Ask for support", "Record support given"):  # fmt: skip
            expect(main.get_by_role("link", name=control)).to_have_count(0)
            expect(main.get_by_role("button", name=control)).to_have_count(0)
    page.goto(f"{live_server.url}{coral.get_absolute_url()}milestones/")
    expect(page.get_by_role("cell", name="Governance group formed", exact=True)).to_be_visible()
