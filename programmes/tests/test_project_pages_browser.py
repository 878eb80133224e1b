"""The demo's project and programme pages in a real Chromium, signed in as the officer (who sees
the most): every demo project's overview and its programme's page fit in 2,500 px at 1280 px
wide, nothing scrolls sideways at 320 px, and axe-core finds nothing (WCAG A/AA) on them or on
a sub-page."""

import pytest
from django.conf import settings
from django.contrib.auth import get_user_model
from playwright.sync_api import expect

from nextpractice.testing.browser import assert_accessible, sign_in
from nextpractice.testing.demo import load_demo

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

OFFICER = "officer@example.org"
TALLEST = 2500  # px at 1280 px wide: an overview a person takes in


def height(page):
    return page.evaluate("document.documentElement.scrollHeight")


def width(page):
    return page.evaluate("document.documentElement.scrollWidth")


def test_every_demo_project_overview_is_short_narrow_and_accessible(live_server, page):
    from programmes.rules import visible_projects

    load_demo()
    officer = get_user_model().objects.get(email=OFFICER)
    projects = list(visible_projects(officer).select_related("programme").order_by("pk"))
    assert len(projects) >= 5, "the demo's projects"
    sign_in(page, live_server, OFFICER, settings.DEMO_PASSWORD)

    too_tall, too_wide = [], []
    for project in projects:
        url = f"{live_server.url}{project.get_absolute_url()}"
        page.set_viewport_size({"width": 1280, "height": 800})
        page.goto(url)
        expect(page.get_by_role("heading", level=1)).to_have_text(project.title)
        # What a head teacher comes for is still on the overview: the stage, the next step
        # and the state of the trials.
        expect(page.get_by_role("img", name=f"{project.title}: the three diamonds")).to_be_visible()
        expect(page.get_by_role("heading", name="Next step")).to_be_visible()
        expect(page.get_by_role("heading", name="Field trials", exact=True)).to_be_visible()
        tall = height(page)
        print(f"{project.title}'s overview: {tall}px")
        if tall >= TALLEST:
            too_tall.append(f"{project.title}: {tall}px")
        assert_accessible(page)
        page.set_viewport_size({"width": 320, "height": 640})
        page.goto(url)
        if width(page) > 320:
            too_wide.append(f"{project.title}: {width(page)}px")
    assert not too_tall, f"overviews {TALLEST}px or taller at 1280px: {too_tall}"
    assert not too_wide, f"overviews scrolling sideways at 320px: {too_wide}"
    assert_accessible(page)

    project = next(p for p in projects if p.title == "System Leadership")
    page.set_viewport_size({"width": 1280, "height": 800})
    page.goto(f"{live_server.url}{project.programme.get_absolute_url()}")
    print(f"programme page: {height(page)}px")
    # The programme page also lists its local authorities' toolkit exercises (stop 47).
    assert height(page) < TALLEST + 400, f"the programme page is {height(page)}px tall"
    assert_accessible(page)

    # The sub-navigation leads to the trials, all 17 on one page with their download.
    page.goto(f"{live_server.url}{project.get_absolute_url()}")
    nav = page.get_by_role("navigation", name="Pages of this project")
    nav.get_by_role("link", name="Field trials").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Field trials")
    expect(nav.get_by_role("link", name="Field trials")).to_have_attribute("aria-current", "page")
    trials = page.get_by_role("region", name="Field trials of this project")
    expect(trials.locator("tbody tr")).to_have_count(17)
    expect(page.get_by_role("link", name="Download as CSV")).to_be_visible()
    assert_accessible(page)

    page.set_viewport_size({"width": 320, "height": 640})
    page.goto(f"{live_server.url}/projects/{project.pk}/field-trials/")
    assert width(page) <= 320, f"the trials page scrolls sideways at 320px ({width(page)}px)"
    assert_accessible(page)
