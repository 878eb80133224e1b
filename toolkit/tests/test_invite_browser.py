"""In a real Chromium, checked with axe-core, by keyboard at 320 px: the facilitator of an
open exercise invites someone left out at the start, and is told an address nobody has."""

import pytest
from django.urls import reverse
from playwright.sync_api import expect

from accounts.models import Role
from accounts.tests.factories import UserFactory
from fieldtrials.tests.factories import FieldTrialMembershipFactory
from nextpractice.testing.browser import assert_accessible, sign_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PASSWORD = "correct horse battery"


def test_the_facilitator_invites_someone_left_out_by_keyboard_at_320px(live_server, page, world):
    newcomer = UserFactory(email="nia@school.example", full_name="Nia Newcomer")
    # New to Coral's team, whose exercise Fern is.
    FieldTrialMembershipFactory(field_trial=world.coral, user=newcomer, role=Role.PRACTITIONER)
    page.set_viewport_size({"width": 320, "height": 800})
    sign_in(page, live_server, world.users["consultant"].email, PASSWORD)
    page.goto(live_server.url + reverse("toolkit:exercise_detail", args=[world.fern.pk]))
    page.get_by_role("link", name="Invite more people").focus()
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert_accessible(page)
    box = page.get_by_label("E-mail addresses of the people to invite")
    box.fill("nobody@school.example")
    page.get_by_role("button", name="Invite them").focus()
    with page.expect_navigation():
        page.keyboard.press("Enter")
    summary = page.locator(".govuk-error-summary")
    expect(summary).to_contain_text("No one with the address nobody@school.example")
    assert_accessible(page)
    page.console_errors.clear()  # the browser logs the 400 it was meant to get
    box.fill("nia@school.example")
    page.get_by_role("button", name="Invite them").focus()
    page.keyboard.press("Enter")
    expect(page.locator(".govuk-notification-banner")).to_contain_text(
        "1 more person is invited to the exercise."
    )
    expect(page.get_by_role("table", name="Participants' progress")).to_contain_text(
        newcomer.full_name
    )
    assert page.evaluate("document.documentElement.scrollWidth") <= 320
