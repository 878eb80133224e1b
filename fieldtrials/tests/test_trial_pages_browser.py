"""The demo's largest field trial in a real Chromium: its overview is under 2,500 px tall at
1280 px wide, nothing scrolls sideways at 320 px, and the overview and a sub-page pass
axe-core (WCAG A/AA)."""

import pytest
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.db.models import Count
from playwright.sync_api import expect

from fieldtrials.rules import visible_fieldtrials
from nextpractice.testing.browser import assert_accessible, sign_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

OFFICER = "officer@example.org"
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


def test_the_largest_trials_overview_is_short_and_its_pages_fit_a_phone(live_server, page):
    call_command("load_demo", quiet=True)
    trial = largest_trial(OFFICER)
    overview = f"{live_server.url}{trial.get_absolute_url()}"
    page.set_viewport_size({"width": 1280, "height": 900})
    sign_in(page, live_server, OFFICER, settings.DEMO_PASSWORD)
    page.goto(overview)
    expect(page.get_by_role("heading", level=1)).to_have_text(trial.title)
    nav = page.get_by_role("navigation", name="Pages of this field trial")
    expect(nav.get_by_role("link", name="Overview")).to_have_attribute("aria-current", "page")
    tall = height(page)
    assert tall < MAX_HEIGHT, f"{trial.title}'s overview is {tall}px tall at 1280px"
    assert_accessible(page)

    nav.get_by_role("link", name="Risks", exact=True).click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Risks and relationships")
    expect(
        page.get_by_role("navigation", name="Pages of this field trial").get_by_role(
            "link", name="Risks", exact=True
        )
    ).to_have_attribute("aria-current", "page")
    assert_accessible(page)

    page.set_viewport_size({"width": 320, "height": 640})
    for path in (trial.get_absolute_url(), f"/field-trials/{trial.pk}/milestones/"):
        page.goto(f"{live_server.url}{path}")
        wide = width(page)
        assert wide <= 320, f"{path} scrolls sideways at 320px ({wide}px wide)"
    assert_accessible(page)
