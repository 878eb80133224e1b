"""Issue 16's journey as the demo's partner, in Chromium with a real worker (CI runs it on
PostgreSQL and Redis): home lists the System Leadership and Knowsley reports; they ask for a
new one, see it being prepared, get the link without reloading and download it; the PDF is
tagged and carries the summary, a school's monthly update in its own words and a toolkit
result. axe-core checks each page."""

import pytest
from django.conf import settings
from playwright.sync_api import expect

from fieldtrials.models import MonthlyUpdate
from nextpractice.testing.browser import assert_accessible, sign_in
from nextpractice.testing.demo import load_demo
from programmes.models import Project
from reports.tests.helpers import pdf_info, pdf_page_text, pdf_text
from reports.tests.test_demo_report import _closed_shared, _words

pytestmark = [
    pytest.mark.browser,
    pytest.mark.celery_worker,
    pytest.mark.django_db(transaction=True),
]


def test_the_demo_partner_gets_a_report_worth_forwarding(live_server, page, jobs_to_a_worker):
    load_demo()
    project = Project.objects.get(title="System Leadership")
    sign_in(page, live_server, "partner@example.org", settings.DEMO_PASSWORD)

    reports = page.get_by_role("region", name="Your programmes, projects and field trials")
    for name in ("System Leadership", "Knowsley Innovation Zone"):
        row = reports.get_by_role("row").filter(has=page.get_by_role("link", name=name))
        expect(row.get_by_role("link", name="Download the PDF")).to_be_visible()
    assert_accessible(page)

    page.get_by_role("button", name="Make a progress report on System Leadership").click()
    expect(page.locator(".govuk-notification-banner")).to_contain_text("being prepared")
    newest = page.locator("#progress-reports")  # the project's overview: its latest report
    expect(newest).to_contain_text("Being prepared")
    assert_accessible(page)
    # The worker makes it while the page asks again; the link comes without a reload.
    link = newest.get_by_role("link", name="Download the PDF")
    expect(link).to_be_visible(timeout=120_000)
    with page.expect_download() as info:
        link.click()
    content = open(info.value.path(), "rb").read()
    assert_accessible(page)

    assert "Tagged:          yes" in pdf_info(content)
    first_page = pdf_page_text(content, 1)
    assert "Summary" in first_page and "Needs attention" in first_page
    text = _words(pdf_text(content))
    update = (
        MonthlyUpdate.objects.filter(
            field_trial__project=project, status=MonthlyUpdate.Status.SUBMITTED
        )
        .exclude(what_happened="")
        .order_by("-month")
        .first()
    )
    assert _words(update.what_happened)[:60] in text
    exercises = _closed_shared(field_trial__project=project)
    assert _words(exercises[0].conclusion)[:60] in text
