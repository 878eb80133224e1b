"""A programme that has ended, in a real Chromium: the officer's home page tags it "Ended" and
lists it after the running one, and its closed project's reopen page says why it cannot be
reopened and leads to the programme's end date, by keyboard, as its withdrawn project's restore
page says why it cannot be restored; all pass axe-core (WCAG A/AA) and do not scroll sideways
at 320 px."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone
from playwright.sync_api import expect

from accounts.models import Role
from accounts.tests.factories import UserFactory
from nextpractice.testing.browser import assert_accessible, sign_in
from programmes.models import Stage
from programmes.tests.factories import (
    ProgrammeFactory,
    ProgrammeMembershipFactory,
    ProjectFactory,
)

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

DAY = datetime.timedelta(days=1)
EMAIL = "programme.officer@innovation-unit.example"


def width(page):
    return page.evaluate("document.documentElement.scrollWidth")


def test_an_ended_programme_on_the_home_page_and_its_project_not_reopened(live_server, page):
    today = timezone.localdate()
    ended = ProgrammeFactory(
        name="Next Practice 2003-5", start_date=datetime.date(2003, 1, 6), end_date=today - DAY
    )
    running = ProgrammeFactory(name="Next Practice 2026-9", start_date=today - 400 * DAY)
    project = ProjectFactory(
        programme=ended, title="Learning Futures", stage=Stage.SYSTEM_LEARNING,
        closed_on=today - 3 * DAY, closed_note="Finished",
    )  # fmt: skip
    officer = UserFactory(email=EMAIL, full_name="Pat Officer")
    for programme in (ended, running):
        ProgrammeMembershipFactory(programme=programme, user=officer, role=Role.OFFICER)
    withdrawn = ProjectFactory(
        programme=ended, title="Added Twice", withdrawn_at=timezone.now() - DAY,
        withdrawn_by=officer, withdrawn_reason="Added by mistake",
    )  # fmt: skip
    sign_in(page, live_server, EMAIL, "correct horse battery")

    cards = page.locator("section[aria-labelledby=programmes] h3")
    expect(cards).to_have_count(2)
    expect(cards.nth(0)).to_contain_text("Next Practice 2026-9")
    expect(cards.nth(1)).to_contain_text("Next Practice 2003-5")
    expect(cards.nth(1).locator(".govuk-tag--grey")).to_have_text("Ended")
    assert_accessible(page)
    page.set_viewport_size({"width": 320, "height": 640})
    page.reload()
    assert width(page) <= 320, f"the home page scrolls sideways at 320px ({width(page)}px)"

    page.goto(live_server.url + reverse("programmes:project_reopen", args=[project.pk]))
    expect(page.get_by_role("heading", level=1)).to_have_text("This project cannot be reopened yet")
    expect(page.locator(".govuk-warning-text")).to_contain_text(
        "and a project is not reopened in a programme that has ended"
    )
    expect(page.get_by_role("button", name="Reopen the project")).to_have_count(0)
    assert width(page) <= 320, f"the reopen page scrolls sideways at 320px ({width(page)}px)"
    assert_accessible(page)
    # A withdrawn project of the programme is not restored either, said in the same words.
    page.goto(live_server.url + reverse("programmes:project_restore", args=[withdrawn.pk]))
    expect(page.get_by_role("heading", level=1)).to_have_text("This project cannot be restored yet")
    expect(page.locator(".govuk-warning-text")).to_contain_text(
        "and a project is not restored in a programme that has ended"
    )
    expect(page.get_by_role("button", name="Restore the project")).to_have_count(0)
    expect(page.get_by_role("link", name="Change the programme’s end date")).to_be_visible()
    assert width(page) <= 320, f"the restore page scrolls sideways at 320px ({width(page)}px)"
    assert_accessible(page)
    page.goto(live_server.url + reverse("programmes:project_reopen", args=[project.pk]))
    # By keyboard, to the programme's end date.
    change = page.get_by_role("link", name="Change the programme’s end date")
    for _ in range(40):
        page.keyboard.press("Tab")
        if change.evaluate("link => link === document.activeElement"):
            break
    expect(change).to_be_focused()
    page.keyboard.press("Enter")
    page.wait_for_load_state()
    expect(page.get_by_label("End date")).to_be_visible()
