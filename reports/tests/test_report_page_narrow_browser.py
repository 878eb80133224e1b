"""At 320 px, in Chromium, the demo's two reports read as pages without the whole page
scrolling sideways: each wide table scrolls in its own region, named by its caption, and
axe-core finds nothing wrong, for the officer who asked for them and the partner."""

import pytest
from django.conf import settings
from playwright.sync_api import expect

from nextpractice.testing.browser import assert_accessible, sign_in
from nextpractice.testing.demo import load_demo
from programmes.models import Programme, Project
from reports.models import Report

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.mark.parametrize("email", ["officer@example.org", "partner@example.org"])
def test_the_demo_reports_fit_a_narrow_screen(live_server, page, email):
    load_demo()
    reports = [
        Report.objects.get(project=Project.objects.get(title="System Leadership")),
        Report.objects.get(programme=Programme.objects.get(name="Knowsley Innovation Zone")),
    ]
    page.set_viewport_size({"width": 320, "height": 800})
    sign_in(page, live_server, email, settings.DEMO_PASSWORD)
    for report in reports:
        page.goto(f"{live_server.url}/reports/{report.pk}/")
        expect(page.get_by_role("heading", level=1)).to_have_text(str(report.subject))
        assert page.evaluate("document.documentElement.scrollWidth") <= 320
        # Every table of the report is in a region of its own, named by its caption.
        tables = page.locator(".np-report-page table:not(table table)")
        assert tables.count() >= 1
        assert page.locator(".np-report-page .np-table-scroll > table").count() == tables.count()
        caption = tables.first.locator("caption").inner_text()
        expect(page.get_by_role("region", name=caption, exact=True).first).to_be_visible()
        assert_accessible(page)

    # Knowsley's report says the programme has no projects, without a table of none.
    trials = page.get_by_role("region", name="Field trials of Knowsley Innovation Zone")
    expect(trials).to_have_count(0)
    expect(
        page.get_by_text(
            "This innovation zone has no projects: it works through its partnership"
        ).first
    ).to_be_visible()
