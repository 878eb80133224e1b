"""A report being prepared: without JavaScript a "Check again" link reloads its list; with
htmx the poll swaps nothing until the state changes, and the change lands in a live region
that screen readers announce."""

import re

import pytest
from django.urls import reverse

from accounts.models import Role
from accounts.tests.factories import UserFactory
from programmes.tests.factories import ProgrammeMembershipFactory, ProjectFactory
from reports.models import Report

pytestmark = pytest.mark.django_db

HTMX = {"HTTP_HX_REQUEST": "true"}


@pytest.fixture
def preparing(client):
    project = ProjectFactory(title="Lantern Project")
    officer = UserFactory()
    ProgrammeMembershipFactory(programme=project.programme, user=officer, role=Role.OFFICER)
    client.force_login(officer)
    return Report.objects.create(project=project, requested_by=officer)


def test_without_javascript_check_again_reloads_the_list_at_the_report(client, preparing):
    listing = reverse("reports:subject_reports", args=["project", preparing.project_id])
    page = client.get(listing).content.decode()
    link = re.search(r'<a class="govuk-link govuk-body-s" href="([^"]+)">Check again', page)
    assert link and link.group(1) == f"{listing}#report-{preparing.pk}"
    assert f'id="report-{preparing.pk}"' in page
    response = client.get(link.group(1))
    assert response.status_code == 200 and "Being prepared" in response.content.decode()


def test_every_page_showing_the_state_has_the_link_inside_a_live_region(client, preparing):
    for url in [
        reverse("reports:report_list"),
        preparing.project.get_absolute_url(),
    ]:
        page = client.get(url).content.decode()
        # Under a report's name in a list, or the project overview's line about its latest.
        cell = re.search(
            r'<(div class="govuk-!-margin-top-1"|p class="govuk-body") aria-live="polite">'
            r'[^<]*<span class="np-report-status" '
            r'data-hx-get="[^"]+" data-hx-trigger="every 2s" '
            r'data-hx-swap="outerHTML">.*?Check again',
            page,
            re.S,
        )
        assert cell, f"no live region around the state and its link on {url}"


def test_the_poll_swaps_nothing_until_the_state_changes(client, preparing):
    status = reverse("reports:report_status", args=[preparing.pk])
    polled = client.get(status, **HTMX)
    assert polled.status_code == 204 and polled.content == b""  # htmx swaps nothing
    Report.objects.filter(pk=preparing.pk).update(
        state=Report.State.FAILED, failure_message="The disk was full."
    )
    polled = client.get(status, **HTMX)
    assert polled.status_code == 200
    body = polled.content.decode()
    assert "Failed" in body and "The disk was full." in body and "hx-get" not in body


def test_a_ready_reports_download_link_is_in_its_rows_first_cell(client, preparing):
    """In a one-third column or on a phone, a table scrolls sideways: the link a partner
    comes for is under the report's name, not in a last column out of sight."""
    Report.objects.filter(pk=preparing.pk).update(state=Report.State.READY, pages=7, size=2048)
    listing = reverse("reports:subject_reports", args=["project", preparing.project_id])
    for url in (reverse("reports:report_list"), listing):
        page = client.get(url).content.decode()
        row = re.search(
            rf'<tr class="govuk-table__row"[^>]* id="report-{preparing.pk}">(.*?)</tr>', page, re.S
        )
        first_cell = re.search(r"<td[^>]*>(.*?)</td>", row.group(1), re.S).group(1)
        assert "Download the PDF" in first_cell and "7 pages" in first_cell, url
