"""The demo's project and programme pages in a real Chromium: System Leadership's overview
(17 field trials) and its programme's page fit in 2,500 px at 1280 px wide, nothing scrolls
sideways at 320 px, and axe-core finds nothing (WCAG A/AA) on the overview or a sub-page."""

import pytest
from django.conf import settings
from django.core.management import call_command
from playwright.sync_api import expect

from nextpractice.testing.browser import assert_accessible, sign_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

TALLEST = 2500  # px at 1280 px wide: an overview a person takes in


def height(page):
    return page.evaluate("document.documentElement.scrollHeight")


def width(page):
    return page.evaluate("document.documentElement.scrollWidth")


def test_the_demo_project_and_programme_overviews_are_short_narrow_and_accessible(
    live_server, page
):
    from programmes.models import Project

    call_command("load_demo", quiet=True)
    project = Project.objects.get(title="System Leadership")
    assert project.field_trials.count() == 17
    page.set_viewport_size({"width": 1280, "height": 800})
    sign_in(page, live_server, "officer@example.org", settings.DEMO_PASSWORD)

    page.goto(f"{live_server.url}{project.get_absolute_url()}")
    expect(page.get_by_role("heading", level=1)).to_have_text("System Leadership")
    expect(page.get_by_role("img", name="System Leadership: the three diamonds")).to_be_visible()
    print(f"project overview: {height(page)}px")
    assert height(page) < TALLEST, f"the project overview is {height(page)}px tall"
    assert_accessible(page)

    page.goto(f"{live_server.url}{project.programme.get_absolute_url()}")
    print(f"programme page: {height(page)}px")
    assert height(page) < TALLEST, f"the programme page is {height(page)}px tall"
    assert_accessible(page)

    # The sub-navigation leads to the trials, all 17 on one page with their download.
    page.goto(f"{live_server.url}{project.get_absolute_url()}")
    nav = page.get_by_role("navigation", name="Pages of this project")
    nav.get_by_role("link", name="Field trials").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Field trials")
    expect(nav.get_by_role("link", name="Field trials")).to_have_attribute("aria-current", "page")
    trials = page.get_by_role("region", name="Field trials of this project you can see")
    expect(trials.locator("tbody tr")).to_have_count(17)
    expect(page.get_by_role("link", name="Download as CSV")).to_be_visible()
    assert_accessible(page)

    page.set_viewport_size({"width": 320, "height": 640})
    for path in (project.get_absolute_url(), f"/projects/{project.pk}/field-trials/"):
        page.goto(f"{live_server.url}{path}")
        assert width(page) <= 320, f"{path} scrolls sideways at 320px ({width(page)}px wide)"
    assert_accessible(page)
