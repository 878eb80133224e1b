"""At 320 px, in Chromium, checked with axe-core: an earlier version of the shared page shows
its text as written, wrapped in its box to copy from, and restores with one button."""

import pytest
from playwright.sync_api import expect

from nextpractice.testing.browser import assert_accessible, sign_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
PASSWORD = "correct horse battery"
GOOD = (
    "## What we found\n\n- Transport costs fell by **a third** once the schools shared buses\n"
    "- See https://example.org/a-very-long-address-that-does-not-break-anywhere-by-itself-at-all"
)


def test_a_member_reads_an_earlier_version_as_written_and_restores_it_at_320(
    live_server, page, world
):
    from communities.services import edit_shared_page

    leader, rowan = world.users["leader"], world.rowan
    edit_shared_page(community=rowan, text=GOOD, note="", based_on=0, actor=leader)
    edit_shared_page(community=rowan, text="Bad edit", note="", based_on=1, actor=leader)
    page.set_viewport_size({"width": 320, "height": 640})
    sign_in(page, live_server, leader.email, PASSWORD)
    page.goto(f"{live_server.url}/communities/{rowan.pk}/page/versions/1/")

    page.get_by_text("Show the text as written").click()
    box = page.get_by_label("Version 1 as it was written, with its formatting marks")
    expect(box).to_be_visible()
    expect(box).to_have_value(GOOD)
    # The box wraps its lines: nothing in it, nor on the page, scrolls sideways.
    assert box.evaluate("el => el.scrollWidth <= el.clientWidth")
    assert page.evaluate("document.documentElement.scrollWidth") <= 320
    assert_accessible(page)

    page.get_by_role("button", name="Restore this version").click()
    expect(
        page.get_by_text(
            "Version 1 is restored: the page reads as it did then, saved as version 3."
        )
    ).to_be_visible()
    expect(page.get_by_text("Transport costs fell by")).to_be_visible()
