"""The demo's field trials in a real Chromium, signed in as the officer (who sees the most):
every trial's overview is under 2,500 px tall at 1280 px wide, none scrolls sideways at 320 px,
and the overviews and a sub-page of the largest trial pass axe-core (WCAG A/AA)."""

import pytest
from django.conf import settings
from django.contrib.auth import get_user_model
from django.db.models import Count
from playwright.sync_api import expect

from fieldtrials.rules import visible_fieldtrials
from nextpractice.testing.browser import assert_accessible, sign_in
from nextpractice.testing.demo import load_demo

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

OFFICER = "officer@example.org"
# The demo's trials measure up to about 2,400 px, Stevenage's (with a progress report) too:
# the overview names its latest report in one line, the table of them is on its Reports page.
MAX_HEIGHT = 2500


def largest_trial(email):
    """The trial the person sees with the most records around it."""
    user = get_user_model().objects.get(email=email)
    counted = visible_fieldtrials(user).annotate(
        rows=Count("milestones", distinct=True)
        + Count("risks", distinct=True)
        + Count("monthly_updates", distinct=True)
        + Count("support_sessions", distinct=True)
        + Count("offer_uses", distinct=True)
        + Count("brokered_relationships", distinct=True)
    )
    return counted.order_by("-rows", "pk").first()


def height(page):
    return page.evaluate("document.documentElement.scrollHeight")


def width(page):
    return page.evaluate("document.documentElement.scrollWidth")


def test_every_demo_trial_overview_is_short_and_fits_a_phone_and_so_do_its_pages(live_server, page):
    load_demo()
    officer = get_user_model().objects.get(email=OFFICER)
    trials = list(visible_fieldtrials(officer).order_by("pk"))
    assert len(trials) >= 30, "the demo's trials"
    sign_in(page, live_server, OFFICER, settings.DEMO_PASSWORD)

    too_tall, too_wide = [], []
    for trial in trials:
        url = f"{live_server.url}{trial.get_absolute_url()}"
        page.set_viewport_size({"width": 1280, "height": 900})
        page.goto(url)
        expect(page.get_by_role("heading", level=1)).to_have_text(trial.title)
        # What a head teacher comes for is still on the overview: the trial's status and
        # what needs doing now.
        expect(page.locator(".govuk-summary-list__key").first).to_have_text("Status")
        expect(page.get_by_role("heading", name="What needs doing now")).to_be_visible()
        tall = height(page)
        print(f"{trial.title}'s overview: {tall}px")
        if tall >= MAX_HEIGHT:
            too_tall.append(f"{trial.title}: {tall}px")
        assert_accessible(page)
        page.set_viewport_size({"width": 320, "height": 640})
        page.goto(url)
        if width(page) > 320:
            too_wide.append(f"{trial.title}: {width(page)}px")
    assert not too_tall, f"overviews {MAX_HEIGHT}px or taller at 1280px: {too_tall}"
    assert not too_wide, f"overviews scrolling sideways at 320px: {too_wide}"
    assert_accessible(page)

    # The largest trial's sub-pages: the sub-navigation marks where one is, and they fit too.
    trial = largest_trial(OFFICER)
    page.set_viewport_size({"width": 1280, "height": 900})
    page.goto(f"{live_server.url}{trial.get_absolute_url()}")
    nav = page.get_by_role("navigation", name="Pages of this field trial")
    expect(nav.get_by_role("link", name="Overview")).to_have_attribute("aria-current", "page")

    nav.get_by_role("link", name="Risks", exact=True).click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Risks and relationships")
    expect(
        page.get_by_role("navigation", name="Pages of this field trial").get_by_role(
            "link", name="Risks", exact=True
        )
    ).to_have_attribute("aria-current", "page")
    assert_accessible(page)

    page.set_viewport_size({"width": 320, "height": 640})
    page.goto(f"{live_server.url}/field-trials/{trial.pk}/milestones/")
    wide = width(page)
    assert wide <= 320, f"the milestones page scrolls sideways at 320px ({wide}px wide)"
    assert_accessible(page)
