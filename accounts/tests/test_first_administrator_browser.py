"""A new install's first administrator, in a real Chromium: their home page leads with
"Getting started", the empty Toolkit page offers the nine tools that come with Next Practice,
and both pass axe-core (WCAG A/AA)."""

import pytest
from playwright.sync_api import expect

from accounts.tests.factories import UserFactory
from nextpractice.testing.browser import assert_accessible, sign_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_the_first_administrator_is_led_from_getting_started_to_a_full_toolkit(live_server, page):
    admin = UserFactory(email="hana@shire.gov.example", is_staff=True, is_superuser=True)
    sign_in(page, live_server, admin.email, "correct horse battery")
    started = page.locator("section", has=page.get_by_role("heading", name="Getting started"))
    expect(started.get_by_role("listitem")).to_have_count(4)
    expect(started.get_by_role("link", name="Create the programme")).to_be_visible()
    assert_accessible(page)
    page.set_viewport_size({"width": 320, "height": 640})
    assert_accessible(page)
    page.set_viewport_size({"width": 1280, "height": 800})
    started.get_by_role("link", name="Add the tools that come with Next Practice").click()
    expect(page.get_by_role("heading", name="The toolkit is empty")).to_be_visible()
    assert_accessible(page)
    page.get_by_role("button", name="Add the nine tools that come with Next Practice").click()
    expect(
        page.get_by_text("The nine tools that come with Next Practice are in the toolkit")
    ).to_be_visible()
    expect(page.get_by_role("link", name="Gathering baseline data")).to_be_visible()
    assert_accessible(page)
