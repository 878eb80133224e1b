"""Searching from the header and browsing the knowledge base in a real Chromium, under our
strict CSP (the `page` fixture fails on any console error), with axe-core on each page; and
the officer's menu on one row at 1280 px with the search box below it."""

import re

import pytest
from django.urls import reverse
from playwright.sync_api import expect

from evaluation.models import Tag
from evaluation.tests.factories import CaseStudyFactory, LessonFactory
from nextpractice.testing.browser import assert_accessible, sign_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
PASSWORD = "correct horse battery"


def test_an_officer_searches_from_the_header_and_browses_the_knowledge_base(
    live_server, page, world
):
    LessonFactory(programme=world.quartz, title="Breakfast clubs <b>lift</b> attendance")
    CaseStudyFactory(programme=world.quartz, title="A breakfast club case study")
    LessonFactory(programme=world.onyx_programme, title="Onyx breakfast secret")
    page.set_viewport_size({"width": 1280, "height": 900})
    sign_in(page, live_server, world.users["officer"].email, PASSWORD)

    items = page.locator(".govuk-service-navigation__item")
    tops = {round(items.nth(i).bounding_box()["y"]) for i in range(items.count())}
    assert len(tops) == 1, "the menu wraps at 1280 px"

    box = page.get_by_role("searchbox", name="Search programmes, trials, lessons, people")
    box.fill("breakfast")
    box.press("Enter")
    expect(page.get_by_role("heading", level=1)).to_have_text("Search")
    expect(page.get_by_role("status").filter(has_text="results")).to_have_text(
        "2 results for ‘breakfast’"
    )
    expect(page.locator("mark").first).to_have_text("Breakfast")
    expect(page.get_by_text("Onyx")).to_have_count(0)
    expect(page.get_by_role("link", name="Breakfast clubs <b>lift</b> attendance")).to_be_visible()
    assert_accessible(page)

    page.get_by_role("link", name="Knowledge base", exact=True).click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Knowledge base")
    expect(page.get_by_role("heading", name=re.compile(r"^Lessons \(\d+\)$"))).to_be_visible()
    expect(page.get_by_role("heading", name=re.compile(r"^Case studies \(\d+\)$"))).to_be_visible()
    expect(page.get_by_role("link", name="A breakfast club case study")).to_be_visible()
    assert_accessible(page)
    page.goto(live_server.url + reverse("search:search") + "?q=nothingmatcheshere")
    expect(page.get_by_role("heading", name="No results")).to_be_visible()
    assert_accessible(page)

    # Words longer than the box takes, from a pasted address: the error summary, whose link
    # goes to the box, which keeps the words and says what is wrong.
    words = "breakfast " * 25
    page.goto(live_server.url + reverse("search:search") + "?q=" + words.replace(" ", "+"))
    page.console_errors.clear()  # the browser logs the 400 it was meant to get
    said = "Your search must be 200 characters or fewer (it has 249)"
    summary = page.locator(".govuk-error-summary")
    expect(summary).to_contain_text("There is a problem")
    box = page.get_by_role("searchbox", name="Search for")
    expect(box).to_have_value(words.strip())
    expect(box).to_have_accessible_description(re.compile(re.escape(said)))
    assert_accessible(page)
    summary.get_by_role("link", name=said).click()
    expect(box).to_be_focused()


def test_at_320_px_the_results_come_straight_after_the_search_box(live_server, page, world):
    for n in range(6):
        LessonFactory(programme=world.quartz, title=f"Narrow lesson {n}")
    hidden = Tag.objects.create(name="Secretive theme")
    LessonFactory(programme=world.onyx_programme, title="Hidden").themes.set([hidden])
    page.set_viewport_size({"width": 320, "height": 640})
    sign_in(page, live_server, world.users["officer"].email, PASSWORD)
    page.goto(f"{live_server.url}{reverse('search:search')}?q=narrow")

    box = page.locator("#id_search_q").bounding_box()
    first = page.locator(".np-search-result").first.bounding_box()
    filters = page.get_by_role("heading", name="Filter the results").bounding_box()
    assert box["y"] < first["y"] < filters["y"]
    assert first["y"] < 700, f"the first result starts {first['y']:.0f} px down"
    assert_accessible(page)

    # The filters still belong to the search: choosing one and applying it keeps the words.
    page.get_by_label("Kind", exact=True).select_option(label="Lessons")
    page.get_by_role("button", name="Apply filters").click()
    expect(page.get_by_text("6 results for ‘narrow’")).to_be_visible()
    expect(page.get_by_role("link", name="All results for ‘narrow’")).to_be_visible()
    assert_accessible(page)

    # A theme not offered: said once, calmly, above the results, and never named.
    page.goto(f"{live_server.url}{reverse('search:knowledge_base')}?theme={hidden.pk}")
    expect(page.get_by_text("That theme is not one you can filter by")).to_have_count(1)
    expect(page.locator(".govuk-inset-text")).to_contain_text("That theme is not one")
    expect(page.locator(".govuk-error-message, .govuk-error-summary")).to_have_count(0)
    expect(page.get_by_text("Secretive")).to_have_count(0)
    assert_accessible(page)
