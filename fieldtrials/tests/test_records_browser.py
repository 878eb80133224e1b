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
from fieldtrials.tests.factories_records import MilestoneFactory, RiskFactory
from nextpractice.testing.browser import assert_accessible, label_of, sign_in

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


def test_on_a_phone_each_milestone_and_risk_is_a_block_with_its_actions_on_screen(
    live_server, page, world
):
    """At 320 px the milestones' table was 454 px wide in its scroll box and "Mark as done
    today" was a sideways swipe away, the risk register 800 px with its "Change". On a phone
    each row is now a block, each cell under its column's name, its actions on the screen;
    at 1280 px it is still a table, and a table to a screen reader at both widths."""
    coral = world.coral
    coral.start_date = datetime.date(2006, 9, 1)
    coral.save()
    MilestoneFactory(
        field_trial=coral,
        title="Costs of transport between sites agreed by the governance group",
        notes="Agreed at the partnership's review with the consultant last month.",
    )
    RiskFactory(
        field_trial=coral,
        description="A governing body will not give up its say over the 14-19 timetable",
        mitigation="The Director meets each chair of governors before the vote",
    )
    sign_in(page, live_server, world.users["leader"].email, PASSWORD)
    milestones = live_server.url + reverse("fieldtrials:fieldtrial_milestones", args=[coral.pk])
    risks = live_server.url + reverse("fieldtrials:fieldtrial_risks", args=[coral.pk])

    page.set_viewport_size({"width": 320, "height": 640})
    page.goto(milestones)
    table = page.get_by_role("table", name=re.compile("^Milestones"))
    row = table.get_by_role("row").filter(has_text="Costs of transport")
    done = row.get_by_role("button", name=re.compile("^Mark as done today"))
    expect(done).to_be_visible()
    assert done.bounding_box()["x"] + done.bounding_box()["width"] <= 320
    change = row.get_by_role("link", name=re.compile("^Change"))
    assert change.bounding_box()["x"] + change.bounding_box()["width"] <= 320
    assert page.evaluate("document.documentElement.scrollWidth") <= 320
    # Each cell says which column it is; the header row is for screen readers only.
    due = row.get_by_role("cell").nth(1)
    assert label_of(due) == '"Due by"'
    assert table.locator("thead").bounding_box()["width"] <= 1  # visually hidden
    checked(page)

    page.goto(risks)
    table = page.get_by_role("table", name=re.compile("^Risk register"))
    row = table.get_by_role("row").filter(has_text="A governing body")
    change = row.get_by_role("link", name=re.compile("^Change the risk"))
    expect(change).to_be_visible()
    assert change.bounding_box()["x"] + change.bounding_box()["width"] <= 320
    assert label_of(row.get_by_role("cell").nth(4)) == '"Mitigation"'
    checked(page)

    page.set_viewport_size({"width": 1280, "height": 800})
    page.goto(milestones)
    table = page.get_by_role("table", name=re.compile("^Milestones"))
    assert table.evaluate("(t) => getComputedStyle(t).display") == "table"
    assert table.locator("thead").bounding_box()["width"] > 900
    expect(table.get_by_role("columnheader", name="Due by")).to_be_visible()
    row = table.get_by_role("row").filter(has_text="Costs of transport")
    assert label_of(row.get_by_role("cell").nth(1)) == "none"
    checked(page)


def test_on_a_phone_a_toolkit_list_and_an_evaluation_table_are_blocks_with_no_sideways_scroll(
    live_server, page, world
):
    """At 320 px a trial's toolkit exercises, a programme's board members and progress on its
    objectives were tables wider than the screen, an exercise's state, a member's "Change" and
    who recorded progress a sideways swipe away. Each row is now a block, each cell under its
    column's name; a table at 1280 px."""
    from evaluation.tests.factories import ObjectiveFactory, ProgressEntryFactory

    objective = ObjectiveFactory(
        programme=world.quartz, text="Every partner school timetables learning in whole days"
    )
    ProgressEntryFactory(
        objective=objective,
        what="Three of the five schools moved to whole-day blocks for Year 9 in the spring term",
        recorded_by=world.users["officer"],
    )
    sign_in(page, live_server, world.users["officer"].email, PASSWORD)
    exercises = live_server.url + reverse("fieldtrials:fieldtrial_exercises", args=[world.coral.pk])
    evaluation = live_server.url + reverse(
        "evaluation:programme_evaluation", args=[world.quartz.pk]
    )

    page.set_viewport_size({"width": 320, "height": 640})
    page.goto(exercises)
    table = page.get_by_role("table", name=re.compile("^Toolkit exercises of this trial"))
    row = table.get_by_role("row").filter(has_text="Fern Exercise")
    state = row.get_by_role("cell").nth(2)
    assert label_of(state) == '"Exercise state"'
    tag = state.locator(".govuk-tag")
    expect(tag).to_be_visible()
    assert tag.bounding_box()["x"] + tag.bounding_box()["width"] <= 320
    assert page.evaluate("document.documentElement.scrollWidth") <= 320
    assert table.locator("thead").bounding_box()["width"] <= 1  # visually hidden
    checked(page)

    page.goto(evaluation)
    table = page.get_by_role("table", name=re.compile("^Members of"))
    row = table.get_by_role("row").filter(has_text="Larch Representative")
    change = row.get_by_role("link", name=re.compile("^Change"))
    expect(change).to_be_visible()
    assert change.bounding_box()["x"] + change.bounding_box()["width"] <= 320
    assert label_of(row.get_by_role("cell").nth(1)) == '"Representative"'
    page.locator("summary").filter(has_text="Progress over time").last.click()
    table = page.get_by_role("table", name=re.compile("^Progress on objective 2"))
    row = table.get_by_role("row").filter(has_text="Three of the five schools")
    recorded_by = row.get_by_role("cell").nth(4)
    expect(recorded_by).to_have_text("Officer Person")
    assert recorded_by.bounding_box()["x"] + recorded_by.bounding_box()["width"] <= 320
    assert label_of(recorded_by) == '"Recorded by"'
    assert label_of(row.get_by_role("cell").nth(2)) == '"Status"'
    assert page.evaluate("document.documentElement.scrollWidth") <= 320
    checked(page)

    page.set_viewport_size({"width": 1280, "height": 800})
    for url, name in [(exercises, "^Toolkit exercises"), (evaluation, "^Members of")]:
        page.goto(url)
        table = page.get_by_role("table", name=re.compile(name))
        assert table.evaluate("(t) => getComputedStyle(t).display") == "table"
        assert label_of(table.locator("tbody td").first) == "none"
        checked(page)
