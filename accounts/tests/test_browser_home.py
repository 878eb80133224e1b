"""Each demo role signs in in a real Chromium; every home page passes axe-core (WCAG A/AA)."""

import datetime

import pytest
from django.conf import settings
from django.utils import timezone
from django.utils.formats import date_format
from playwright.sync_api import expect

from accounts.demo import PEOPLE
from accounts.models import User
from accounts.tests.factories import UserFactory
from fieldtrials.models import FieldTrial, Milestone
from nextpractice.testing.browser import assert_accessible, sign_in
from nextpractice.testing.demo import load_demo

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_the_sign_in_page_is_accessible_and_explains_the_service(live_server, page):
    page.goto(f"{live_server.url}/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Sign in to Next Practice")
    assert_accessible(page)


@pytest.mark.parametrize("key, email", [(p[0], p[1]) for p in PEOPLE])
def test_each_demo_role_signs_in_to_an_accessible_home_page(live_server, page, key, email):
    load_demo()
    sign_in(page, live_server, email, settings.DEMO_PASSWORD)
    expect(page.get_by_role("heading", level=1)).to_contain_text("Welcome")
    expected = {
        "admin": "Programmes and projects",
        "officer": "Programmes and projects",
        "consultant": "Your field trials",
        "leader": "Your field trials",
        "partner": "Your programmes, projects and field trials",
    }[key]
    expect(page.get_by_role("heading", name=expected)).to_be_visible()
    assert_accessible(page)


def test_the_home_page_works_at_320_pixels_and_by_keyboard(live_server, page):
    load_demo()
    page.set_viewport_size({"width": 320, "height": 640})
    sign_in(page, live_server, "leader@example.org", settings.DEMO_PASSWORD)
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= 320, f"the page scrolls sideways at 320px ({width}px wide)"
    page.keyboard.press("Tab")
    skip = page.get_by_role("link", name="Skip to main content")
    expect(skip).to_be_focused()
    page.keyboard.press("Enter")
    expect(page.locator("#main-content")).to_be_focused()
    assert_accessible(page)


def test_a_long_e_mail_address_in_the_footer_wraps_at_320_pixels(live_server, page):
    """The footer's "Signed in as ..." line did not wrap a long address: every page scrolled
    sideways at 320 px for its owner (WCAG 1.4.10 reflow)."""
    email = "gareth.lloyd.headteacher@meadowbank-primary-school.example"
    UserFactory(email=email, full_name="Gareth Lloyd")
    page.set_viewport_size({"width": 320, "height": 640})
    sign_in(page, live_server, email, "correct horse battery")
    expect(page.locator(".govuk-footer")).to_contain_text(f"Signed in as {email}")
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= 320, f"the page scrolls sideways at 320px ({width}px wide)"


def test_a_partner_on_a_phone_sees_the_button_to_ask_for_a_report(live_server, page):
    load_demo()
    page.set_viewport_size({"width": 320, "height": 640})
    sign_in(page, live_server, "partner@example.org", settings.DEMO_PASSWORD)
    button = page.get_by_role("button", name="Make a progress report on System Leadership")
    button.scroll_into_view_if_needed()
    box = button.bounding_box()
    # Whole within the screen's width, not cut off inside the table's scroll region.
    assert box["x"] >= 0 and box["x"] + box["width"] <= 320, box


def _tab_stops(page):
    """The scroll boxes that are Tab stops, and those whose table is wider than the box."""
    return page.evaluate(
        """() => [...document.querySelectorAll('.np-table-scroll')].map((box) => ({
            label: box.getAttribute('aria-label'),
            stop: box.getAttribute('tabindex') === '0',
            scrolls: box.scrollWidth > box.clientWidth,
        }))"""
    )


def test_a_table_s_scroll_box_is_a_tab_stop_only_while_its_table_scrolls(live_server, page):
    """Every table's box was a Tab stop, with nothing to scroll at 1280 px (two more Tabs on
    a head's home page); axe asks that a box that scrolls be one, as at 320 px."""
    load_demo()
    page.set_viewport_size({"width": 1280, "height": 800})
    sign_in(page, live_server, "leader@example.org", settings.DEMO_PASSWORD)
    expect(page.locator(".np-table-scroll").first).to_be_visible()
    boxes = _tab_stops(page)
    assert len(boxes) >= 2 and not any(b["scrolls"] for b in boxes), boxes
    expect(page.locator(".np-table-scroll[tabindex]")).to_have_count(0)
    assert_accessible(page)

    page.set_viewport_size({"width": 320, "height": 640})  # a phone, or 400% zoom
    scrolling = page.locator(".np-table-scroll[tabindex='0']")
    expect(scrolling).not_to_have_count(0)
    boxes = _tab_stops(page)
    assert any(b["scrolls"] for b in boxes), boxes
    assert all(b["stop"] == b["scrolls"] for b in boxes), boxes
    scrolling.first.focus()
    page.keyboard.press("ArrowRight")  # the keyboard scrolls the table it stops on
    page.wait_for_function(
        "() => document.querySelector(\".np-table-scroll[tabindex='0']\").scrollLeft > 0"
    )
    assert_accessible(page)

    page.set_viewport_size({"width": 1280, "height": 800})
    page.locator("h1").click()  # focus off the box, which keeps its stop while focused
    expect(page.locator(".np-table-scroll[tabindex]")).to_have_count(0)


def test_without_javascript_every_scroll_box_stays_a_tab_stop(live_server, chromium):
    load_demo()
    context = chromium.new_context(java_script_enabled=False)
    page = context.new_page()
    try:
        sign_in(page, live_server, "leader@example.org", settings.DEMO_PASSWORD)
        boxes = page.locator(".np-table-scroll")
        assert boxes.count() >= 2
        expect(page.locator(".np-table-scroll:not([tabindex='0'])")).to_have_count(0)
    finally:
        context.close()


def test_on_a_phone_each_project_s_stage_and_exercise_s_state_are_under_its_name(live_server, page):
    """At 320 px the projects' Stage and the exercises' state columns were a scroll away: a
    copy under each name shows them, for the eye only; a desktop shows the columns alone."""
    load_demo()
    page.set_viewport_size({"width": 320, "height": 640})
    sign_in(page, live_server, "officer@example.org", settings.DEMO_PASSWORD)
    for name in ("Toolkit exercises you run, newest first", "Projects of Next Practice 2006-8"):
        region = page.get_by_role("region", name=name)
        edge = region.bounding_box()
        copies = region.locator("tbody .np-narrow-only")
        assert copies.count() == region.locator("tbody tr").count() > 0, name
        for copy in copies.all():
            assert copy.get_attribute("aria-hidden") == "true"
            box = copy.locator(".govuk-tag").bounding_box()
            assert box["x"] >= edge["x"] and box["x"] + box["width"] <= edge["x"] + edge["width"]
    assert page.evaluate("document.documentElement.scrollWidth") <= 320
    assert_accessible(page)
    page.set_viewport_size({"width": 1280, "height": 800})
    expect(page.locator(".np-narrow-only").first).to_be_hidden()


@pytest.mark.parametrize("width", [320, 1280])
def test_a_head_teachers_needs_attention_names_what_to_do_and_passes_axe(live_server, page, width):
    """The head teacher's panel counted "trials" in officers' words; it now names each thing
    to do in their trial, each a link, at a phone's width and a desktop's."""
    load_demo()
    leader = User.objects.get(email="leader@example.org")
    trial = FieldTrial.objects.filter(memberships__user=leader).order_by("pk").first()
    due = timezone.localdate() + datetime.timedelta(days=3)
    Milestone.objects.create(field_trial=trial, title="Costs of transport agreed", due_on=due)
    page.set_viewport_size({"width": width, "height": 800})
    sign_in(page, live_server, "leader@example.org", settings.DEMO_PASSWORD)
    panel = page.locator("section", has=page.get_by_role("heading", name="Needs attention"))
    line = panel.get_by_role(
        "link", name=f"‘Costs of transport agreed’ is due {date_format(due, 'l j F')}"
    )
    expect(line).to_be_visible()
    assert "selected, incubating" not in panel.inner_text()
    width_now = page.evaluate("document.documentElement.scrollWidth")
    assert width_now <= width, f"the page scrolls sideways at {width}px ({width_now}px wide)"
    assert_accessible(page)
