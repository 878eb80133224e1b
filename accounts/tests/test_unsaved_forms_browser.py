"""The pages saying a form was not saved, in a real Chromium: what was typed is there to
copy, and each page passes axe-core (WCAG A/AA)."""

import pytest
from django.contrib.sessions.models import Session
from playwright.sync_api import expect

from accounts.tests.factories import UserFactory
from nextpractice.testing.browser import assert_accessible, sign_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PASSWORD = "correct horse battery"


def asked_for(page, status):
    """The browser logs a 4xx answer as an error; this one was asked for."""
    page.console_errors[:] = [e for e in page.console_errors if f"status of {status}" not in e]


def test_a_form_sent_after_signing_in_again_in_another_tab(live_server, page):
    person = UserFactory(full_name="Sam Lewis")
    sign_in(page, live_server, person.email, PASSWORD)
    page.goto(f"{live_server.url}/accounts/profile/")
    page.get_by_label("Full name").fill("Sam <Lewis-Jones>")
    other = page.context.new_page()  # another tab: signing in again changes the token
    other.goto(f"{live_server.url}/accounts/profile/")
    other.get_by_role("button", name="Sign out").click()
    sign_in(other, live_server, person.email, PASSWORD)
    other.close()
    page.get_by_role("button", name="Save changes").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Nothing was saved")
    expect(page.get_by_label("Full name")).to_have_value("Sam <Lewis-Jones>")
    asked_for(page, 403)
    assert_accessible(page)
    page.get_by_role("link", name="Go back to the page").click()
    expect(page.get_by_label("Full name")).to_have_value("Sam Lewis")
    person.refresh_from_db()
    assert person.full_name == "Sam Lewis"


def test_a_form_sent_after_the_session_ended(live_server, page):
    person = UserFactory(full_name="Sam Lewis")
    sign_in(page, live_server, person.email, PASSWORD)
    page.goto(f"{live_server.url}/accounts/profile/")
    page.get_by_label("Full name").fill("Sam Lewis-Jones")
    Session.objects.all().delete()  # 8 hours later
    page.get_by_role("button", name="Save changes").click()
    heading = "You were signed out, so nothing was saved"
    expect(page.get_by_role("heading", level=1)).to_have_text(heading)
    expect(page.get_by_label("Full name")).to_have_value("Sam Lewis-Jones")
    asked_for(page, 401)
    assert_accessible(page)
    page.get_by_role("link", name="Sign in again").click()
    page.get_by_label("E-mail address").fill(person.email)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    expect(page).to_have_url(f"{live_server.url}/accounts/profile/")
    person.refresh_from_db()
    assert person.full_name == "Sam Lewis"
