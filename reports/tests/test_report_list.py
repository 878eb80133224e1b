"""The Reports page: every report the person may download, newest first, by programme and
project, in pages of 25; and its entry in the menu."""

import datetime

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import timezone

from nextpractice.tests.notices import not_offered_notice, shows_an_error
from reports.filters import ReportFilterForm
from reports.models import Report

pytestmark = pytest.mark.django_db
URL = reverse("reports:report_list")


def listed(client, user, **query):
    client.force_login(user)
    response = client.get(URL, query)
    return response, response.content.decode()


def download(report):
    return reverse("reports:report_download", args=[report.pk])


def test_the_partner_sees_the_reports_they_may_download_newest_first(client, world):
    newest = Report.objects.create(
        project=world.amber, state=Report.State.READY, requested_by=world.users["partner"]
    )
    response, page = listed(client, world.users["partner"])
    assert response.status_code == 200
    assert "Showing 1 to 3 of 3 reports." in page
    links = [download(newest), download(world.amber_report), download(world.coral_report)]
    assert all(link in page for link in links)
    assert page.index(links[0]) < page.index(links[1])
    for key in ("onyx_report", "quartz_report", "quill_report"):
        assert download(world.objects[key]) not in page


def test_the_filters_offer_only_what_they_see_and_keep_a_trials_reports_under_its_project(
    client, world
):
    _, page = listed(client, world.users["partner"])
    assert "Amber Project" in page and "Quartz Programme" in page
    assert "Onyx" not in page and "Beryl Project" not in page
    _, page = listed(client, world.users["officer"], project=world.amber.pk)
    assert download(world.amber_report) in page and download(world.coral_report) in page
    assert download(world.quartz_report) not in page and download(world.quill_report) not in page
    _, page = listed(client, world.users["officer"], programme=world.quartz.pk)
    # Coral's withdrawn report too: the officer manages Quartz's reports.
    assert "Showing 1 to 5 of 5 reports." in page


def test_filtering_by_a_programme_they_do_not_see_is_dropped_with_a_message(client, world):
    """A calm notice near the filters, not "There is a problem" and "Error:" in the title:
    a kept link is not the person's mistake."""
    response, page = listed(client, world.users["partner"], programme=world.onyx_programme.pk)
    said = "That programme is not one you can filter by; showing every programme."
    not_offered_notice(response, said)
    assert page.index("np-not-offered") < page.index("Filter the reports")
    assert download(world.onyx_report) not in page and world.onyx_programme.name not in page
    # Every report of theirs, the filter being left out (and the page says so).
    assert download(world.amber_report) in page and download(world.coral_report) in page


def test_the_filters_own_error_is_still_an_error_beside_a_value_dropped(client, world, monkeypatch):
    def clean(form):
        raise ValidationError("Choose fewer filters")  # none has one of its own yet

    monkeypatch.setattr(ReportFilterForm, "clean", clean, raising=False)
    response, page = listed(client, world.users["partner"], programme=world.onyx_programme.pk)
    shows_an_error(response, "Choose fewer filters")
    assert "That programme is not one you can filter by" in page


def test_the_menu_has_reports_for_those_who_belong_to_something(client, world):
    _, page = listed(client, world.users["leader"])
    assert f'href="{URL}"' in page
    client.force_login(world.users["outsider"])
    assert f'href="{URL}"' not in client.get(reverse("home")).content.decode()
    assert client.get(URL).status_code == 403


@pytest.mark.parametrize("size", [3, 40])
def test_the_list_costs_the_same_queries_for_few_or_many_reports(
    size, client, world, django_assert_num_queries
):
    start = timezone.now() - datetime.timedelta(days=2)
    for n in range(size):
        Report.objects.create(
            field_trial=world.coral,
            state=Report.State.READY,
            requested_by=world.users["partner"],
            requested_at=start + datetime.timedelta(minutes=n),
        )
    client.force_login(world.users["partner"])
    # session, user, memberships, unread count, count, the page of reports with their
    # subjects and who asked, the programmes and projects to filter by
    with django_assert_num_queries(8):
        page = client.get(URL, {"page": 2 if size > 25 else 1}).content.decode()
    shown = page.count("Download the PDF")
    assert shown == (size + 2 - 25 if size > 25 else size + 2)


EXPORT = reverse("reports:report_list_export")


def exported(client, user, **query):
    client.force_login(user)
    response = client.get(EXPORT, query)
    return response, response.content.decode("utf-8-sig").splitlines()


def test_the_export_has_only_the_reports_the_person_may_download_with_the_filters(client, world):
    response, lines = exported(client, world.users["partner"])
    assert response["Content-Disposition"] == 'attachment; filename="progress-reports.csv"'
    assert lines[0] == (
        'About,"Programme, project or field trial",Report,Covers from,Covers to,Asked for by,'
        "Asked for at,State,Pages,Size in bytes,Download link,Withdrawn"
    )
    assert len(lines) == 3
    assert any(line.startswith("Coral Trial,Field trial,On request,") for line in lines)
    assert any(line.startswith("Amber Project,Project,On request,") for line in lines)
    # The download link, then nothing in Withdrawn.
    assert any(line.endswith(f"http://testserver{download(world.amber_report)},") for line in lines)
    text = "\n".join(lines)
    for name in ("Onyx", "Quartz", "Quill"):
        assert name not in text

    _, lines = exported(client, world.users["officer"], programme=world.quartz.pk)
    assert len(lines) == 1 + 5  # Coral's withdrawn report too, marked (test_withdraw_report.py)
    # A programme not offered is dropped, as on the list: their every report.
    response, lines = exported(client, world.users["partner"], programme=world.onyx_programme.pk)
    assert response.status_code == 200 and len(lines) == 3
    assert "Onyx" not in "\n".join(lines)


def test_the_export_as_xlsx_and_its_link_on_the_list(client, world):
    from io import BytesIO

    from openpyxl import load_workbook

    _, page = listed(client, world.users["partner"], project=world.amber.pk)
    assert f'href="{EXPORT}?project={world.amber.pk}"' in page
    response = client.get(EXPORT, {"format": "xlsx", "project": world.amber.pk})
    rows = list(load_workbook(BytesIO(response.content)).active.iter_rows(values_only=True))
    assert rows[0][0] == "About" and len(rows) == 3  # Amber's report and its trial Coral's
    assert {row[0] for row in rows[1:]} == {"Amber Project", "Coral Trial"}


@pytest.mark.parametrize("size", [3, 40])
def test_the_export_costs_the_same_queries_for_few_or_many_reports(
    size, client, world, django_assert_num_queries
):
    for _ in range(size):
        Report.objects.create(
            field_trial=world.coral, state=Report.State.READY, requested_by=world.users["partner"]
        )
    client.force_login(world.users["partner"])
    # session, user, memberships, the reports with their subjects and who asked, and the
    # programmes and projects the filters check a choice against
    with django_assert_num_queries(4):
        response = client.get(EXPORT)
    assert len(response.content.decode("utf-8-sig").splitlines()) == 1 + size + 2


def test_many_pages_of_reports_show_a_few_page_links_that_keep_the_filters(client, world):
    start = timezone.now() - datetime.timedelta(days=30)
    Report.objects.bulk_create(
        Report(
            field_trial=world.coral,
            state=Report.State.READY,
            requested_by=world.users["partner"],
            requested_at=start + datetime.timedelta(minutes=n),
        )
        for n in range(25 * 12)
    )
    _, page = listed(client, world.users["partner"], project=world.amber.pk, page=6)
    assert 'aria-label="Pages of reports"' in page
    # The first, the last, this one and its neighbours, and gaps: not a link to every page.
    assert page.count("govuk-pagination__item ") + page.count('govuk-pagination__item"') < 10
    assert "govuk-pagination__item--ellipsis" in page
    assert f"?project={world.amber.pk}&amp;page=13" in page
    assert 'aria-current="page"' in page and f"?project={world.amber.pk}&amp;page=7" in page
    assert f"?project={world.amber.pk}&amp;page=9" not in page
    # The title, heard first when the page loads, says what was found and which page this is.
    assert "<title>Progress reports (302 results, filtered), page 6 of 13 – Next" in page


def test_two_reports_alike_but_for_their_subject_have_links_named_apart(client, world):
    """Two reports of the same dates, asked for at the same minute, on different subjects:
    each link names its subject, and the About cell heads its row."""
    from .helpers import link_names

    for report in (world.amber_report, world.coral_report):
        report.covers_from = datetime.date(2026, 11, 2)
        report.covers_to = datetime.date(2026, 12, 1)
        report.save(update_fields=["covers_from", "covers_to"])
    _, page = listed(client, world.users["partner"])
    names = dict(link_names(page))
    amber = names[download(world.amber_report)]
    coral = names[download(world.coral_report)]
    assert amber.startswith("Download the PDF of the report on Amber Project covering 2 Nov 2026")
    assert coral.startswith("Download the PDF of the report on Coral Trial covering 2 Nov 2026")
    read = reverse("reports:report_page", args=[world.coral_report.pk])
    assert names[read].startswith("read it here: the report on Coral Trial covering 2 Nov 2026")
    assert 'role="rowheader" data-label="About" class="govuk-table__header"><a' in page
