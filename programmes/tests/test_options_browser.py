"""The options pages in a real Chromium: no CSP breaks, and each passes axe-core (WCAG A/AA)."""

import os

import pytest
from playwright.sync_api import expect

from nextpractice.testing.browser import assert_accessible, sign_in
from programmes.tests.factories_options import (
    AssessmentFactory,
    KeptStimulusFactory,
    OptionFactory,
    ParticipantFactory,
    WorkshopFactory,
    officer_of,
)

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PASSWORD = "correct horse battery"
SHOTS = os.environ.get("NP_SCREENSHOTS")  # a folder, to look at the pages by eye


def expect_bad_request(page):
    """The browser logs a 400 answer as an error; this one was asked for (a form with errors)."""
    page.console_errors[:] = [e for e in page.console_errors if "400 (Bad Request)" not in e]


def shot(page, name):
    if SHOTS:
        page.screenshot(path=f"{SHOTS}/{name}.png", full_page=True)


@pytest.fixture
def screened():
    """A workshop, three options at different places on the 2x2, one born of a crisis."""
    workshop = WorkshopFactory(title="Futures day")
    project = workshop.project
    ParticipantFactory(workshop=workshop, name="Jo Green", kind="user")
    ParticipantFactory(workshop=workshop, name="Sam Patel", kind="provocateur")
    kept = KeptStimulusFactory(project=project, stimulus__title="Zopa").stimulus
    officer = officer_of(project, email="olive@example.org", full_name="Olive Officer")
    near = OptionFactory(project=project, title="Peer tutoring", workshop=workshop)
    near.stimuli.add(kept)
    AssessmentFactory(option=near, reviewer=officer, user_focused_note="Students asked for it")
    AssessmentFactory(option=near, user_focused=0, change=1)
    far = OptionFactory(project=project, title="Virtual children's centre", crisis=True)
    AssessmentFactory(
        option=far, change=1, distance=1, re_different=True, re_lower_cost=True, re_better=True
    )
    OptionFactory(project=project, title="Learning exchange", status="parked")
    return project, near, officer


def test_the_options_pages_are_accessible(live_server, page, screened):
    project, option, officer = screened
    sign_in(page, live_server, officer.email, PASSWORD)

    page.goto(f"{live_server.url}/projects/{project.pk}/options/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Creative options")
    expect(page.get_by_role("img", name="The nature of innovation")).to_be_visible()
    shot(page, "option_list")
    assert_accessible(page)

    # A kept link's filter not offered: a calm notice near the filters, no error.
    page.goto(f"{live_server.url}/projects/{project.pk}/options/?workshop=999999")
    notice = page.locator(".govuk-inset-text", has_text="That workshop is not one")
    expect(notice).to_be_visible()
    expect(page.locator(".govuk-error-summary, .govuk-error-message")).to_have_count(0)
    shot(page, "option_list_not_offered")
    assert_accessible(page)

    page.goto(f"{live_server.url}{option.get_absolute_url()}")
    expect(page.get_by_text("Reviewers disagree")).to_be_visible()
    shot(page, "option_detail")
    assert_accessible(page)

    page.get_by_role("link", name="Change your assessment").click()
    shot(page, "assessment_form")
    assert_accessible(page)
    page.get_by_role("button", name="Save your assessment").click()  # kept as it was
    expect(page.get_by_text("Your assessment is saved.")).to_be_visible()

    page.goto(f"{live_server.url}/options/{option.pk}/decide/")
    page.get_by_role("button", name="Record the decision").click()
    expect(page.get_by_text("Give a reason for the decision").first).to_be_visible()
    expect_bad_request(page)
    shot(page, "decision_errors")
    assert_accessible(page)

    page.goto(f"{live_server.url}/projects/{project.pk}/workshops/new/")
    page.get_by_label("Who took part? (optional)").fill("Cy | wizard")
    page.get_by_role("button", name="Record the workshop").click()
    expect(page.get_by_text("Line 1: say whether").first).to_be_visible()
    expect_bad_request(page)
    shot(page, "workshop_errors")
    assert_accessible(page)

    page.goto(f"{live_server.url}/workshops/{option.workshop_id}/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Futures day")
    shot(page, "workshop_detail")
    assert_accessible(page)


def test_the_options_list_fits_a_phone(live_server, page, screened):
    project, _, officer = screened
    page.set_viewport_size({"width": 320, "height": 640})
    sign_in(page, live_server, officer.email, PASSWORD)
    page.goto(f"{live_server.url}/projects/{project.pk}/options/")
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= 320, f"the page scrolls sideways at 320px ({width}px wide)"
