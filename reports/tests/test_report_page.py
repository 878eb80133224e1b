"""A report is also a web page in the app, with the same content as its PDF, kept as it was
made (a later change does not rewrite it), and its tables as CSV and XLSX."""

import io
from html import unescape

import pytest
from django.urls import reverse
from openpyxl import load_workbook

from fieldtrials.models import FieldTrial
from reports.models import Report
from reports.tables import tables_of
from reports.tests.helpers import pdf_text

pytestmark = pytest.mark.django_db


def _words(text):
    return " ".join(text.split())


def _made_by(client, world, persona="partner"):
    client.force_login(world.users[persona])
    client.post(reverse("reports:report_create", args=["project", world.amber.pk]))
    return Report.objects.filter(requested_by=world.users[persona]).latest("pk")


def test_the_page_says_what_the_pdf_says_and_keeps_saying_it(client, world):
    report = _made_by(client, world)
    assert report.state == Report.State.READY and report.page
    listed = client.get(reverse("reports:subject_reports", args=["project", world.amber.pk]))
    page_url = reverse("reports:report_page", args=[report.pk])
    assert f'href="{page_url}"' in listed.content.decode()

    html = client.get(page_url).content.decode()
    with report.file.open("rb") as handle:
        pdf = _words(pdf_text(handle.read()))
    for said in [
        "Amber Project",
        "Summary",
        "Needs attention",
        "What changed since the last report",
        "Coral Trial",
        "Dune Trial",
        f"Covers {report.covers_from:%-d %B %Y} to {report.covers_to:%-d %B %Y}",
    ]:
        assert said in pdf and said in _words(html), said
    assert html.count("<h1") == 1  # the report's own title is the page's one heading 1

    # Renamed since: the report still says what it said when it was made.
    FieldTrial.objects.filter(pk=world.coral.pk).update(title="Renamed Trial")
    html = client.get(page_url).content.decode()
    assert "Coral Trial" in html and "Renamed Trial" not in html


def test_the_reports_tables_download_as_csv_and_xlsx_as_they_were(client, world):
    report = _made_by(client, world)
    with report.page.open("rb") as handle:
        tables = tables_of(handle.read().decode())
    trials = next(n for n, t in enumerate(tables, 1) if t.caption.startswith("The 2 field trial"))
    FieldTrial.objects.filter(pk=world.coral.pk).update(title="=Renamed Trial")

    url = reverse("reports:report_table", args=[report.pk, trials])
    response = client.get(url)
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response["Content-Disposition"] == (
        f'attachment; filename="{report.file_stem}-table-{trials}.csv"'
    )
    lines = response.content.decode("utf-8-sig").splitlines()
    assert lines[0] == "Field trial,Status and latest rating,Milestones done,Still open"
    assert any(line.startswith("Coral Trial; ") for line in lines[1:]), lines
    assert "Renamed" not in response.content.decode()

    response = client.get(url, {"format": "xlsx"})
    sheet = load_workbook(io.BytesIO(response.content)).active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0] == ("Field trial", "Status and latest rating", "Milestones done", "Still open")
    assert any(row[0].startswith("Coral Trial") for row in rows[1:])

    assert client.get(reverse("reports:report_table", args=[report.pk, 99])).status_code == 404


def test_a_report_made_before_pages_were_kept_points_to_its_pdf(client, world):
    report = world.amber_report
    Report.objects.filter(pk=report.pk).update(page="")
    client.force_login(world.users["partner"])
    html = client.get(reverse("reports:report_page", args=[report.pk])).content.decode()
    assert "can only be read as a PDF" in html
    assert reverse("reports:report_download", args=[report.pk]) in html
    table = reverse("reports:report_table", args=[report.pk, 1])
    assert client.get(table).status_code == 404


def test_a_report_whose_pdf_is_missing_from_storage_says_so(client, world):
    report = _made_by(client, world)
    report.file.storage.delete(report.file.name)
    response = client.get(reverse("reports:report_download", args=[report.pk]))
    assert response.status_code == 404
    said = unescape(response.content.decode())
    assert "This report's file is missing: ask for a new report." in said


def test_a_report_whose_web_page_is_missing_from_storage_says_so(client, world):
    report = _made_by(client, world)
    report.page.storage.delete(report.page.name)
    html = _words(
        unescape(client.get(reverse("reports:report_page", args=[report.pk])).content.decode())
    )
    # Not "made before reports were kept as web pages": it was made today, and its files
    # are missing (a lost file, a server reading another disk).
    assert "made before reports were kept" not in html
    assert "This report's files are missing, so it cannot be shown." in html
    ask = reverse("reports:report_create", args=["project", world.amber.pk])
    assert f'href="{ask}?from=reports">Ask for a new report</a>' in html
    assert client.get(reverse("reports:report_table", args=[report.pk, 1])).status_code == 404


def test_a_report_still_being_prepared_has_no_page_yet(client, world):
    report = Report.objects.create(project=world.amber, requested_by=world.users["partner"])
    client.force_login(world.users["partner"])
    assert client.get(reverse("reports:report_page", args=[report.pk])).status_code == 404


def test_tables_are_read_with_their_caption_headings_and_each_cells_lines():
    html = (
        "<p>Before</p><table><caption>Milestones <span>of X</span></caption>"
        '<thead><tr><th scope="col">Trial</th><th>Open</th></tr></thead><tbody>'
        '<tr><th scope="row">A<br><span class="np-small">School</span></th>'
        "<td><p>One, due 1 Jan</p><p>Two &amp; three</p></td></tr>"
        "<tr><td>B</td><td>None</td></tr></tbody></table>"
    )
    (table,) = tables_of(html)
    assert table.caption == "Milestones of X"
    assert table.headings == ["Trial", "Open"]
    assert table.rows == [["A; School", "One, due 1 Jan; Two & three"], ["B", "None"]]
