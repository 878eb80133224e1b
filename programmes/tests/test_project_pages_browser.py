"""The demo's project and programme pages in a real Chromium, signed in as the officer (who sees
the most): every demo project's overview and its programme's page fit in 2,500 px at 1280 px
wide, nothing scrolls sideways at 320 px, and axe-core finds nothing (WCAG A/AA) on them or on
a sub-page."""

import re

import pytest
from django.conf import settings
from django.contrib.auth import get_user_model
from django.urls import reverse
from playwright.sync_api import expect

from nextpractice.testing.browser import (
    assert_accessible,
    label_of,
    sign_in,
    tables_wider_than_their_box,
)
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


def stacked_pages():
    """The demo's pages whose tables stack on a phone (np-table-stack), as the officer reads
    them: [(what, url)]."""
    from accounts.models import Organisation
    from discussions.models import Thread
    from fieldtrials.models import CommunityOfPractice, FieldTrial
    from programmes.models import CreativeOption, Programme, Project, Stimulus

    programme = Programme.objects.get(name="Next Practice 2006-8")
    project = Project.objects.get(title="System Leadership")
    option = CreativeOption.objects.filter(project=project, assessments__isnull=False).first()
    trial = FieldTrial.objects.filter(project=project).order_by("pk").first()
    kept = Stimulus.objects.get(title="Bromley-by-Bow Healthy Living Centre")
    lead = Organisation.objects.filter(field_trials_led__isnull=False).order_by("pk").first()
    return [
        ("the programme", programme.get_absolute_url()),
        ("its people", reverse("people:people", args=["programme", programme.pk])),
        ("a project", project.get_absolute_url()),
        ("its field trials", reverse("programmes:project_trials", args=[project.pk])),
        ("its creative options", reverse("programmes:option_list", args=[project.pk])),
        ("a creative option", option.get_absolute_url()),
        ("its support", reverse("fieldtrials:project_support", args=[project.pk])),
        ("a trial's people", reverse("people:people", args=["field-trial", trial.pk])),
        ("the Power to Innovate register", reverse("fieldtrials:pti_list")),
        ("the communities", reverse("fieldtrials:community_list")),
        (
            "a community",
            reverse(
                "fieldtrials:community_detail",
                args=[CommunityOfPractice.objects.order_by("pk").first().pk],
            ),
        ),  # fmt: skip
        ("the stimuli", reverse("programmes:stimulus_list")),
        ("a stimulus", kept.get_absolute_url()),
        ("the reports", reverse("reports:report_list")),
        ("an organisation", reverse("directory:organisation_detail", args=[lead.pk])),
        (
            "who may be mentioned",
            reverse("discussions:mentionable", args=[Thread.objects.order_by("pk").first().pk]),
        ),  # fmt: skip
        ("a tool", reverse("toolkit:tool_detail", args=["baseline"])),
        ("how it works", reverse("help")),
    ]


def test_on_a_phone_the_demo_s_tables_are_blocks_with_no_sideways_scroll(live_server, page):
    """At 320 px the programme's projects, the creative options, the project's support per
    trial and per consultant and a dozen other lists were tables wider than the screen (the
    people one may mention pushed the whole page to 452 px). Each row is now a block, each
    value under its column's name; at 1280 px they are tables; axe passes at both widths, with
    every folded table (a chart's data, the timeline's dates) opened."""
    load_demo()
    pages = stacked_pages()
    sign_in(page, live_server, OFFICER, settings.DEMO_PASSWORD)
    open_all = "() => document.querySelectorAll('main details').forEach((d) => { d.open = true })"
    too_wide = []
    for what, url in pages:
        page.set_viewport_size({"width": 320, "height": 640})
        page.goto(live_server.url + url)
        page.evaluate(open_all)
        assert page.locator("main table.np-table-stack").count(), f"{what}: no stacked table"
        scrolled = page.evaluate("document.scrollingElement.scrollWidth")
        if scrolled > 320:
            too_wide.append(f"{what} ({url}): the page is {scrolled}px wide")
        too_wide += [f"{what} ({url}): {table}" for table in tables_wider_than_their_box(page)]
        assert_accessible(page)
        page.set_viewport_size({"width": 1280, "height": 800})
        page.goto(live_server.url + url)
        page.evaluate(open_all)
        table = page.locator("main table.np-table-stack").first
        assert table.evaluate("(t) => getComputedStyle(t).display") == "table", what
        assert_accessible(page)
    assert not too_wide, "at 320px:\n" + "\n".join(too_wide)

    # Each value is under its column's name: a project's stage, an option's status and the
    # hours of support given to each trial.
    page.set_viewport_size({"width": 320, "height": 640})
    for url, table, column in [
        (pages[0][1], "^Projects in this programme", "Stage"),
        (pages[4][1], "^Creative options of this project", "Status"),
        (pages[6][1], "^Support per field trial", "Hours"),
    ]:
        page.goto(live_server.url + url)
        cells = page.get_by_role("table", name=re.compile(table)).locator(
            f"td[data-label='{column}']"
        )
        assert cells.count() > 0, table
        expect(cells.first).to_be_visible()
        assert label_of(cells.first) == f'"{column}"', table
        box = cells.first.bounding_box()
        assert box["x"] >= 0 and box["x"] + box["width"] <= 320, table
