"""In a real Chromium, checked with axe-core: a school leader reads a reminder, marks it read
in place, and turns off the e-mails of one kind of notification, by keyboard alone."""

import pytest
from playwright.sync_api import expect

from accounts.models import Role
from accounts.tests.factories import NotificationFactory, UserFactory
from fieldtrials.tests.factories import FieldTrialMembershipFactory
from nextpractice.testing.browser import assert_accessible, sign_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
PASSWORD = "correct horse battery"


def test_a_leader_marks_a_reminder_read_and_turns_off_its_emails(live_server, page):
    leader = UserFactory(email="head@example.org", password=PASSWORD)
    # A school leader on a trial: asked about every kind of notification, the trial's too.
    FieldTrialMembershipFactory(user=leader, role=Role.PRACTITIONER)
    NotificationFactory(
        recipient=leader,
        kind="update_missing",
        message="Stevenage: the monthly update for November 2026 has not been submitted yet.",
    )
    sign_in(page, live_server, leader.email, PASSWORD)
    page.get_by_role("link", name="Notifications (1 unread)").click()
    assert_accessible(page)
    page.get_by_role("button", name="Mark as read").focus()
    page.keyboard.press("Enter")
    expect(page.get_by_role("button", name="Mark as read")).to_have_count(0)
    expect(page.get_by_text("has not been submitted yet")).to_be_visible()
    # Focus stays on the notification (not the top of the page); the change is announced,
    # and the menu and the "mark all" button no longer speak of an unread one.
    expect(page.locator("main li").first).to_be_focused()
    expect(page.get_by_role("status").filter(has_text="Marked as read")).to_have_text(
        "Marked as read. You have no unread notifications left."
    )
    expect(page.get_by_role("link", name="Notifications", exact=True)).to_be_visible()
    expect(page.get_by_role("link", name="Notifications (1 unread)")).to_have_count(0)
    expect(page.get_by_role("button", name="Mark the unread one as read")).to_have_count(0)
    assert_accessible(page)

    page.get_by_role("link", name="Choose which notifications are also e-mailed to you").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Notification e-mails")
    assert_accessible(page)
    box = page.get_by_label("Your trial's monthly update is missing")
    expect(box).to_be_checked()
    box.focus()
    page.keyboard.press("Space")
    expect(box).not_to_be_checked()
    page.get_by_role("button", name="Save my choices").focus()
    page.keyboard.press("Enter")
    expect(page.get_by_text("Your e-mail choices have been saved.")).to_be_visible()
    assert_accessible(page)
    leader.refresh_from_db()
    assert leader.email_muted_kinds == ["update_missing"]
