"""At 320 px, in Chromium, checked with axe-core: the convenor's requests to join fit the
screen, each request's buttons beside the name they are for (a table scrolled sideways and,
with Approve focused, hid who it was for), and Decline asks first."""

import pytest
from playwright.sync_api import expect

from nextpractice.testing.browser import assert_accessible, sign_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
PASSWORD = "correct horse battery"


def _fits(page):
    assert page.evaluate("document.documentElement.scrollWidth") <= 320
    assert_accessible(page)


def test_a_convenor_approves_and_declines_at_320(live_server, page, world):
    from accounts.tests.factories import OrganisationFactory, UserFactory
    from communities.services import ask_to_join, change_community

    officer, rowan = world.users["officer"], world.rowan
    change_community(community=rowan, name=rowan.name, purpose="Rowan purpose",
                     open_to_others=True, actor=officer)  # fmt: skip
    school = OrganisationFactory(name="St Bartholomew's Church of England Primary Academy")
    for name in ("Rachel Stranger", "Alexandra Montgomery-Smythe"):
        person = UserFactory(full_name=name, organisation=school)
        ask_to_join(community=rowan, actor=person, message=f"I am {name}.\nI lead a school.")
    page.set_viewport_size({"width": 320, "height": 640})
    sign_in(page, live_server, officer.email, PASSWORD)
    page.goto(f"{live_server.url}/communities/{rowan.pk}/requests/")
    _fits(page)

    approve = page.get_by_role("button", name="Approve the request from Rachel Stranger")
    approve.focus()
    # Focused, the button is on the screen, in the card named for the person, and neither the
    # button nor that name is scrolled sideways out of sight.
    expect(approve).to_be_in_viewport(ratio=1)
    beside = page.evaluate(
        """() => {
            const button = document.activeElement;
            const name = button.closest(".govuk-summary-card").querySelector("h3");
            const box = (el) => { const r = el.getBoundingClientRect();
                                  return [r.left, r.right]; };
            return {name: name.textContent, name_box: box(name), button_box: box(button)};
        }"""
    )
    assert beside["name"] == "Rachel Stranger"
    for left, right in (beside["name_box"], beside["button_box"]):
        assert 0 <= left and right <= 320
    assert page.evaluate("document.documentElement.scrollWidth") <= 320

    page.get_by_role("button", name="Decline the request from Alexandra Montgomery-Smythe").click()
    expect(page.get_by_role("heading", level=1)).to_have_text(
        "Decline the request from Alexandra Montgomery-Smythe?"
    )
    expect(page.get_by_text("They will not be able to ask to join again until")).to_be_visible()
    _fits(page)
    page.get_by_role("button", name="Decline the request").click()
    expect(page.get_by_text("Alexandra Montgomery-Smythe's request is declined.")).to_be_visible()
    _fits(page)

    approve.click()
    expect(page.get_by_text("Rachel Stranger has joined the community.")).to_be_visible()
    _fits(page)
