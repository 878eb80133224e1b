"""Naming a community's new convenor in Chromium with the keyboard only, at 320 px, checked
with axe-core: the refusal of an empty box, then a consultant picked by typing part of their
name among the suggestions."""

import pytest
from django.urls import reverse
from playwright.sync_api import expect

from nextpractice.testing.browser import assert_accessible, sign_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
PASSWORD = "correct horse battery"


def _fits(page):
    assert page.evaluate("document.documentElement.scrollWidth") <= 320
    assert_accessible(page)


def test_an_officer_hands_a_community_to_a_consultant_by_keyboard(live_server, page, world):
    rowan = world.rowan
    page.set_viewport_size({"width": 320, "height": 640})
    sign_in(page, live_server, world.users["officer"].email, PASSWORD)
    page.goto(live_server.url + reverse("fieldtrials:community_detail", args=[rowan.pk]))
    page.get_by_role("link", name="Change the convenor").focus()
    page.keyboard.press("Enter")
    expect(page.get_by_role("heading", level=1)).to_have_text("Change the convenor")
    _fits(page)

    page.get_by_role("button", name="Change the convenor").press("Enter")
    expect(page.get_by_role("link", name="Enter the name of the new convenor")).to_be_visible()
    page.console_errors.clear()  # the browser logs the 400 it was meant to get
    _fits(page)

    field = page.get_by_role("combobox", name="Who is the new convenor?")
    field.focus()
    page.keyboard.type("consul")
    # The officers and consultants of its trials' projects whose name holds it: one.
    expect(page.get_by_role("option")).to_have_text(["Consultant Person"])
    page.keyboard.press("ArrowDown")
    page.keyboard.press("Enter")
    expect(field).to_have_value("Consultant Person")
    page.keyboard.press("Enter")  # the menu is closed: Enter sends the form
    expect(
        page.get_by_text("Consultant Person now convenes ‘Rowan Community’, and has been told.")
    ).to_be_visible()
    expect(page.get_by_text("Convened by Consultant Person.")).to_be_visible()
    _fits(page)
    rowan.refresh_from_db()
    assert rowan.convenor == world.users["consultant"]
