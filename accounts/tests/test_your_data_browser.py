"""'Your data' and the privacy notice in a real Chromium: reached from Your details and the
footer, the download given, and both pages pass axe-core (WCAG A/AA) at 1280 and 320 px."""

import pytest
from playwright.sync_api import expect

from accounts.tests.factories import UserFactory
from nextpractice.testing.browser import assert_accessible, sign_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_a_person_reads_the_privacy_notice_and_downloads_their_data(live_server, page):
    head = UserFactory(email="head@school.example", full_name="Priya Head")
    sign_in(page, live_server, head.email, "correct horse battery")
    page.get_by_role("contentinfo").get_by_role("link", name="Privacy").click()
    expect(page.get_by_role("heading", name="Privacy notice", level=1)).to_be_visible()
    expect(page.get_by_text("Sign-in records are kept for")).to_be_visible()
    for width in (1280, 320):
        page.set_viewport_size({"width": width, "height": 800})
        assert_accessible(page)
    page.set_viewport_size({"width": 1280, "height": 800})
    page.goto(f"{live_server.url}/accounts/profile/")
    page.get_by_role("link", name="Download everything Next Practice holds about you").click()
    expect(page.get_by_role("heading", name="Your data", level=1)).to_be_visible()
    for width in (1280, 320):
        page.set_viewport_size({"width": width, "height": 800})
        assert_accessible(page)
    # The table of files stacks at 320 px: no sideways scrolling to read it.
    assert page.evaluate("document.documentElement.scrollWidth") <= 320
    with page.expect_download() as download:
        page.get_by_role("button", name="Download your data").click()
    assert download.value.suggested_filename.startswith("next-practice-data-priya-head-")
    page.reload()
    expect(page.get_by_text("by Priya Head")).to_be_visible()
