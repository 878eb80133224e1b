"""The report's HTML and PDF: what it shows, and what it costs in queries."""

import re

import pytest

from accounts.tests.factories import UserFactory
from reports.building import render_pdf_with_pages, report_html
from reports.tests.helpers import pdf_text, project_with_trials

pytestmark = pytest.mark.django_db


@pytest.fixture
def consultant():
    return UserFactory(full_name="Rowan Consultant")


def test_a_project_report_shows_each_trial_with_its_rag_and_overdue_milestones(consultant):
    project = project_with_trials(3, consultant=consultant)
    html = report_html(project, UserFactory(full_name="Ada Officer"))
    for n, rag in enumerate(["Green", "Amber", "Red"]):
        row = re.search(rf"<th scope=\"row\">Beacon Trial 0{n}</th>(.*?)</tr>", html, re.S)
        assert row, f"Beacon Trial 0{n} has no row in the trials table"
        assert f'np-rag--{rag.lower()}">{rag}</strong>' in row.group(1)
    assert "Asked for by</dt><dd>Ada Officer" in html
    assert html.count("Overdue</strong> by") == 3
    assert "School Day Regulation 2" in html
    # The contents lists every section, each with its page number filled in by WeasyPrint.
    for title in ["Stage and gate status", "Field trials", "Milestones", "Power to Innovate"]:
        assert re.search(rf'class="np-toc__link" href="#section-\d+">{title}', html)


def test_the_pdf_is_made_and_names_the_projects_trials(consultant):
    project = project_with_trials(3, consultant=consultant)
    pdf = render_pdf_with_pages(report_html(project))
    assert pdf.content.startswith(b"%PDF")
    assert pdf.pages > 3
    text = pdf_text(pdf.content)
    for n in range(3):
        assert f"Beacon Trial 0{n}" in text
    # Running header with the subject on every page after the cover; page numbers.
    assert "Lantern Project: progress report" in text
    assert f"Page {pdf.pages} of {pdf.pages}" in text
    # The contents carries page numbers (target-counter) after a dotted leader.
    assert re.search(r"Field trials\s*\.{5,}\s*\d+", text)


@pytest.mark.parametrize("size", [5, 50])
def test_a_project_report_costs_the_same_queries_for_5_or_50_trials(
    size, consultant, django_assert_num_queries
):
    project = project_with_trials(size, consultant=consultant)
    with django_assert_num_queries(23):
        html = report_html(project)
    assert f"Beacon Trial {size - 1:02d}" in html


@pytest.mark.parametrize("size", [5, 50])
def test_programme_and_trial_reports_cost_the_same_queries_whatever_the_trials(
    size, consultant, django_assert_num_queries
):
    project = project_with_trials(size, consultant=consultant)
    trial = project.field_trials.select_related("project__programme").first()
    with django_assert_num_queries(10):
        html = report_html(project.programme)
    assert "Lantern Project" in html and f'<td class="np-numeric">{size}</td>' in html
    with django_assert_num_queries(15):
        html = report_html(trial)
    assert trial.title in html and "Overdue step" in html
