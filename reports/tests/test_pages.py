"""The reports pages: the panel on the subject's page, the list, the download."""

import re

import pytest
from django.core.files.base import ContentFile
from django.urls import reverse

from reports.models import Report
from reports.tests.helpers import pdf_text

pytestmark = pytest.mark.django_db


def many_reports(w, size):
    for n in range(size):
        report = Report.objects.create(
            project=w.amber, requested_by=w.users["partner"], state="ready", pages=2, size=9
        )
        report.file.save(f"r{n}.pdf", ContentFile(b"%PDF-1.4\n"), save=True)


def test_the_partner_asks_for_a_report_of_the_project_they_partner_and_downloads_it(client, world):
    client.force_login(world.users["partner"])
    response = client.post(reverse("reports:report_create", args=["project", world.amber.pk]))
    assert response.status_code == 302
    assert response["Location"] == world.amber.get_absolute_url()
    page = client.get(response["Location"]).content.decode()
    report = Report.objects.filter(requested_by=world.users["partner"]).get()
    download = reverse("reports:report_download", args=[report.pk])
    assert "Your progress report is ready to download." in page
    assert f'href="{download}"' in page
    response = client.get(download)
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"].startswith('attachment; filename="progress-report-')
    text = pdf_text(b"".join(response.streaming_content))
    assert "Coral Trial" in text and "Dune Trial" in text


def test_a_report_asked_for_on_the_reports_page_comes_back_to_it(client, world):
    """The Reports page's "Make a progress report" (and "of other dates") led to the project's
    Overview, away from the list the person was reading (tester O)."""
    client.force_login(world.users["partner"])
    reports_page = reverse("reports:subject_reports", args=["project", world.amber.pk])
    page = client.get(reports_page).content.decode()
    button, other_dates = re.findall(r'(?:action|href)="([^"]*report[^"]*from=reports)"', page)
    response = client.post(button)
    assert response.status_code == 302 and response["Location"] == reports_page
    page = client.get(reports_page).content.decode()
    assert "Your progress report is ready to download." in page
    form = client.get(other_dates).content.decode()
    assert f'href="{reports_page}">Back to the progress reports of Amber Project' in form
    response = client.post(other_dates, {"covers_from": "1/9/2006", "covers_to": "30/9/2006"})
    assert response.status_code == 302 and response["Location"] == reports_page


def test_an_unrelated_partner_gets_404_for_a_report_and_its_download(client, world):
    client.force_login(world.users["partner"])
    onyx = world.onyx_report
    for name in ("reports:report_download", "reports:report_status"):
        assert client.get(reverse(name, args=[onyx.pk])).status_code == 404
    assert client.get(world.onyx_project.get_absolute_url()).status_code == 404


def test_those_who_may_not_ask_see_no_button(client, world):
    # Quill's readers through a community of practice read its reports but may not ask.
    client.force_login(world.users["leader"])
    page = client.get(world.quill.get_absolute_url()).content.decode()
    assert "Progress reports" in page and "Make a progress report" not in page
    client.force_login(world.users["officer"])
    page = client.get(world.quill.get_absolute_url()).content.decode()
    assert "Make a progress report" in page


@pytest.mark.parametrize("size", [5, 50])
def test_the_reports_list_costs_the_same_queries_for_5_or_50_reports(
    size, client, world, django_assert_num_queries
):
    many_reports(world, size)
    client.force_login(world.users["partner"])
    url = reverse("reports:subject_reports", args=["project", world.amber.pk])
    with django_assert_num_queries(7):
        response = client.get(url)
    assert response.content.decode().count("Download the PDF") == min(size + 1, 25)


@pytest.mark.parametrize("size", [5, 50])
def test_the_panel_costs_the_same_queries_for_5_or_50_reports(
    size, client, world, django_assert_num_queries
):
    """The project page with its panel: a fixed number of queries, whatever the reports."""
    client.force_login(world.users["partner"])
    url = world.amber.get_absolute_url()
    many_reports(world, 1)
    client.get(url)
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as before:
        client.get(url)
    many_reports(world, size)
    with django_assert_num_queries(len(before)):
        page = client.get(url).content.decode()
    # The overview names the latest report and links to all of them.
    assert page.count("Download the PDF") == 1 and "All progress reports" in page


def _heading_class(page, heading_id):
    found = re.search(rf'<h2 class="([^"]+)" id="{heading_id}"', page)
    assert found, heading_id
    return found.group(1)


def test_the_panels_heading_is_the_size_of_its_neighbours_on_a_trial_and_a_programme(client, world):
    """Beside "Lately" on a trial and "History" on a programme, as big as they are."""
    client.force_login(world.users["officer"])
    trial = client.get(world.quill.get_absolute_url()).content.decode()
    assert _heading_class(trial, "progress-reports-heading") == _heading_class(trial, "history")
    programme = client.get(world.quartz.get_absolute_url()).content.decode()
    assert _heading_class(programme, "progress-reports-heading") == "govuk-heading-m"
    assert _heading_class(programme, "history") == "govuk-heading-m"


@pytest.mark.parametrize("persona", ["partner", "consultant", "leader"])
def test_who_sees_a_programme_through_one_project_or_trial_finds_no_reports_pages_of_it(
    client, world, persona
):
    """Amber's partner (and Coral's consultant and leader) see Quartz, their programme, but
    not all of it: its reports pages are 404 to them, as to someone who does not see Quartz
    at all and as a programme that does not exist (pages one may not use are not shown to
    exist; 403 refuses only an action to someone who reads the reports). Nor does Quartz's
    page offer them its reports."""
    client.force_login(world.users[persona])
    for pk in (world.quartz.pk, world.onyx_programme.pk, 999999):
        reports = reverse("reports:subject_reports", args=["programme", pk])
        create = reverse("reports:report_create", args=["programme", pk])
        for response in (client.get(reports), client.get(create), client.post(create)):
            assert response.status_code == 404, (pk, response.status_code)
            assert "officers, consultants and partners" not in response.content.decode()
    assert not Report.objects.filter(programme=world.quartz).exclude(pk=world.quartz_report.pk)
    download = reverse("reports:report_download", args=[world.quartz_report.pk])
    assert client.get(download).status_code == 404
    page = client.get(world.quartz.get_absolute_url()).content.decode()
    assert reverse("reports:subject_reports", args=["programme", world.quartz.pk]) not in page


def test_a_reader_through_a_community_is_told_why_they_may_not_ask_for_a_report(client, world):
    client.force_login(world.users["leader"])
    response = client.get(reverse("reports:report_create", args=["trial", world.quill.pk]))
    assert response.status_code == 403
    assert "only its team and the officers" in response.content.decode()


def test_the_panels_links_name_the_reports_subject(client, world):
    """A project page's panel and a subject's list name the report's subject in its links,
    as the Reports page does."""
    from .helpers import link_names

    client.force_login(world.users["partner"])
    download = reverse("reports:report_download", args=[world.amber_report.pk])
    for url in (
        world.amber.get_absolute_url(),
        reverse("reports:subject_reports", args=["project", world.amber.pk]),
    ):
        names = dict(link_names(client.get(url).content.decode()))
        assert names[download].startswith("Download the PDF of the report on Amber Project ")


def test_a_trials_overview_names_its_latest_report_in_one_line_and_links_to_them_all(client, world):
    """Not the table of its latest reports (it made the overview some 2,650 px tall): one
    line, "Latest report: <its page> (made <date>) · All reports". The Reports page keeps
    the table."""
    import datetime

    from django.utils import timezone

    older = Report.objects.create(
        field_trial=world.coral, requested_by=world.users["officer"], state="ready", pages=1
    )
    made = timezone.make_aware(datetime.datetime(2026, 12, 3, 9, 30))
    latest = Report.objects.create(
        field_trial=world.coral,
        requested_by=world.users["leader"],
        state="ready",
        covers_from=datetime.date(2026, 11, 1),
        covers_to=datetime.date(2026, 11, 30),
        finished_at=made,
        pages=3,
    )
    client.force_login(world.users["leader"])
    page = client.get(world.coral.get_absolute_url()).content.decode()
    panel = page.split('id="progress-reports"')[1].split("</section>")[0]
    page_url = reverse("reports:report_page", args=[latest.pk])
    list_url = reverse("reports:subject_reports", args=["trial", world.coral.pk])
    line = re.sub(r"\s+", " ", re.sub(r"<[^>]+>", "", panel.split("</h2>")[1].split("</p>")[0]))
    assert line.strip() == (
        "Latest report: Report of 1 November 2026 to 30 November 2026 on Coral Trial "
        "(made 3 December 2026) · All reports on Coral Trial"
    )
    assert f'href="{page_url}"' in panel and f'href="{list_url}"' in panel
    assert "<table" not in panel and reverse("reports:report_page", args=[older.pk]) not in page
    assert "Make a progress report" in panel  # Coral's leader may ask for one
    listed = client.get(list_url).content.decode()
    assert "<table" in listed and f"report-{older.pk}" in listed and f"report-{latest.pk}" in listed


def test_a_trials_overview_tells_of_a_report_being_prepared_and_of_none(client, world):
    client.force_login(world.users["officer"])
    panel = client.get(world.dune.get_absolute_url()).content.decode()
    assert "No progress reports yet." in panel and "All reports" in panel
    Report.objects.create(field_trial=world.dune, requested_by=world.users["officer"])
    panel = client.get(world.dune.get_absolute_url()).content.decode()
    panel = panel.split('id="progress-reports"')[1].split("</section>")[0]
    assert "Latest report: Report asked for on" in panel and "Being prepared" in panel
    assert 'aria-live="polite"' in panel and "data-hx-get" in panel
