"""The demo's officer reads a trial's history and the activity pages in a real Chromium: the
sentences are there, the filter and paging work without scripts, and axe-core finds nothing
(WCAG A/AA) on any of the pages."""

import pytest
from django.conf import settings
from playwright.sync_api import expect

from nextpractice.testing.browser import assert_accessible, sign_in
from nextpractice.testing.demo import load_demo

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_an_officer_reads_history_and_activity_in_sentences(live_server, page):
    from fieldtrials.models import FieldTrial
    from programmes.models import Project

    load_demo()
    trial = FieldTrial.objects.filter(milestones__isnull=False).order_by("pk").first()
    project = Project.objects.get(title="System Leadership")
    sign_in(page, live_server, "officer@example.org", settings.DEMO_PASSWORD)

    page.goto(f"{live_server.url}{trial.get_absolute_url()}history/")
    history = page.locator("#history")
    expect(history).to_contain_text("submitted the monthly update for")
    assert_accessible(page)

    page.goto(f"{live_server.url}/projects/{project.pk}/history/")
    expect(page.get_by_role("region", name="Latest changes", exact=True)).to_be_visible()
    assert_accessible(page)
    page.goto(f"{live_server.url}{project.get_absolute_url()}")
    expect(page.get_by_role("region", name="Recent activity")).to_be_visible()
    assert_accessible(page)
    page.get_by_role("region", name="Recent activity").get_by_role(
        "link", name="See all activity"
    ).click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Activity in System Leadership")
    assert_accessible(page)
    page.get_by_label("Show").select_option(label="Stages, status and decisions")
    page.get_by_role("button", name="Show activity").click()
    expect(page.locator(".np-timeline")).to_contain_text("moved System Leadership from")
    expect(page.locator(".np-timeline")).not_to_contain_text("added the milestone")
    assert_accessible(page)

    page.goto(f"{live_server.url}/accounts/activity/")
    page.get_by_role("link", name="Older activity").click()
    expect(page.get_by_role("link", name="Newest activity")).to_be_visible()
    assert_accessible(page)
