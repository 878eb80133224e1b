"""The report's HTML and PDF: what it shows, and what it costs in queries."""

import datetime
import re

import pytest
from django.utils import timezone

from accounts.tests.factories import UserFactory
from fieldtrials.models import FieldTrial, Milestone, MonthlyUpdate, Risk
from reports.building import render_pdf_with_pages, report_html
from reports.tests.helpers import WRITTEN, pdf_info, pdf_text, project_with_trials
from toolkit.tests.factories import ExerciseFactory, ParticipationFactory

pytestmark = pytest.mark.django_db

# The helper's milestones fall due on 15 January 2007; its report is made six weeks later.
MARCH_2007 = timezone.make_aware(datetime.datetime(2007, 3, 1, 9, 0))


@pytest.fixture
def consultant():
    return UserFactory(full_name="Rowan Consultant")


def _row(html, title):
    row = re.search(rf"<th scope=\"row\">{title}<br>(.*?)</tr>", html, re.S)
    assert row, f"{title} has no row in the trials table"
    return row.group(1)


def test_a_project_report_opens_with_a_summary_then_each_trial_with_its_rag(consultant):
    project = project_with_trials(3, consultant=consultant)
    html = report_html(project, UserFactory(full_name="Ada Officer"), made_at=MARCH_2007)
    for n, rag in enumerate(["Green", "Amber", "Red"]):
        assert f'np-rag--{rag.lower()}">{rag}</strong>' in _row(html, f"Beacon Trial 0{n}")
    assert "asked for by Ada Officer" in html
    assert "Covers 2 February 2007 to 1 March 2007" in html
    # Page one is the summary: it comes before the contents and names the red trial.
    summary = html[html.index('<h2 id="summary">') : html.index('<h2 id="contents">')]
    assert "Needs attention" in summary
    assert "Beacon Trial 02 reported red for January 2007." in summary
    assert "3 milestones overdue in running trials" in summary
    assert "School Day Regulation 2" in html
    # Each trial's support: 2 hours in all, none in the period (they were in January).
    assert (
        '<th scope="row">Beacon Trial 00</th><td class="np-numeric">2 in all, 0 this period' in html
    )
    # The contents lists every section, each with its page number filled in by WeasyPrint.
    for title in ["Stage and gate status", "Field trials and their milestones", "Power to"]:
        assert re.search(rf'class="np-toc__link" href="#section-\d+">{title}', html)


def test_the_summary_names_serious_risks_as_the_trial_page_does(consultant):
    from fieldtrials.models import Risk

    project = project_with_trials(2, consultant=consultant)
    first, second = project.field_trials.order_by("title")
    Risk.objects.create(
        field_trial=first, description="Staff leave", likelihood=3, impact=2, created_at=WRITTEN
    )
    Risk.objects.create(
        field_trial=second,
        description="Money runs out",
        likelihood=1,
        impact=3,
        created_at=WRITTEN,
    )
    html = report_html(project, made_at=MARCH_2007)
    assert (
        "1 serious open risk (high likelihood or impact, the other at least medium) in "
        "Beacon Trial 00." in html
    )
    assert "likelihood times impact" not in html


@pytest.mark.parametrize("status", [FieldTrial.Status.COMPLETED, FieldTrial.Status.WITHDRAWN])
def test_a_risk_left_open_on_a_trial_that_has_ended_needs_no_attention(consultant, status):
    """A completed trial's serious risk was under "Needs attention" in the report though the
    home pages, rightly, leave it out: only trials still under way count, there as here."""
    project = project_with_trials(2, consultant=consultant)
    ended, running = project.field_trials.order_by("title")
    FieldTrial.objects.filter(pk=ended.pk).update(status=status)
    Risk.objects.create(
        field_trial=ended, description="Staff leave", likelihood=3, impact=3, created_at=WRITTEN
    )
    html = report_html(project, made_at=MARCH_2007)
    summary = html[html.index('<h2 id="summary">') : html.index('<h2 id="contents">')]
    assert "serious open risk" not in summary
    assert "Main risks:</strong> no open risks." in summary
    # A running trial's serious risk is named, and is the only one.
    Risk.objects.create(
        field_trial=running,
        description="Money runs out",
        likelihood=3,
        impact=2,
        created_at=WRITTEN,
    )
    html = report_html(project, made_at=MARCH_2007)
    summary = html[html.index('<h2 id="summary">') : html.index('<h2 id="contents">')]
    assert (
        "1 serious open risk (high likelihood or impact, the other at least medium) in "
        f"{running.title}." in summary
    )
    assert "Staff leave" not in summary and "Money runs out" in summary


def test_lateness_is_counted_from_the_reports_date_and_only_while_a_trial_runs(consultant):
    project = project_with_trials(3, consultant=consultant)
    ended, completed, running = project.field_trials.order_by("title")
    FieldTrial.objects.filter(pk=ended.pk).update(end_date=datetime.date(2007, 1, 31))
    FieldTrial.objects.filter(pk=completed.pk).update(status=FieldTrial.Status.COMPLETED)
    html = report_html(project, made_at=MARCH_2007)
    # 15 January to 1 March 2007, the report's date (not the day the test runs).
    assert html.count("Overdue</strong> by") == 1
    assert "Overdue</strong> by 45 days" in _row(html, running.title)
    for trial in (ended, completed):
        assert "Overdue</strong>" not in _row(html, trial.title)
        assert "not done when the trial stopped running" in _row(html, trial.title)
    assert "1 milestone overdue in running trials" in html


def test_milestones_are_shown_in_short_open_late_due_next_and_the_latest_done(consultant):
    project = project_with_trials(1, consultant=consultant)
    trial = project.field_trials.get()
    for n in range(1, 6):
        day = datetime.date(2007, 2, n)
        Milestone.objects.create(
            field_trial=trial,
            title=f"Early step {n}",
            due_on=day,
            completed_on=day + datetime.timedelta(days=n),
            created_at=WRITTEN,
        )
    Milestone.objects.create(
        field_trial=trial, title="Next step", due_on=datetime.date(2007, 3, 20), created_at=WRITTEN
    )
    Milestone.objects.create(
        field_trial=trial, title="Far step", due_on=datetime.date(2007, 9, 1), created_at=WRITTEN
    )
    html = report_html(project, made_at=MARCH_2007)
    row = _row(html, trial.title)
    assert "6 of 9" in row  # done of all
    assert "Latest: Early step 5, 10 Feb 2007" in row
    for earlier in ["Early step 1", "Early step 4", "Done step 0"]:
        assert earlier not in html
    assert re.search(r"Next step, due 20 Mar 2007 <strong[^>]*>Due next", row)
    assert "Far step, due 1 Sep 2007</p>" in row
    assert "Overdue step 0, due 15 Jan 2007 <strong" in row


def test_each_trials_latest_monthly_update_and_open_risks_are_in_its_own_words(consultant):
    project = project_with_trials(2, consultant=consultant)
    trial = project.field_trials.order_by("title").first()
    for month, words in [(1, "Old news from January."), (2, "The pupils ran the assembly.")]:
        MonthlyUpdate.objects.create(
            field_trial=trial,
            month=datetime.date(2007, month, 1),
            rag="amber",
            what_happened=words,
            in_the_way="Supply cover is scarce.",
            status=MonthlyUpdate.Status.SUBMITTED,
            author=consultant,
        )
    Risk.objects.create(
        field_trial=trial,
        description="The head may leave.",
        likelihood=2,
        impact=3,
        owner="Chair",
        created_at=WRITTEN,
    )
    Risk.objects.create(
        field_trial=trial,
        description="A closed worry.",
        likelihood=3,
        impact=3,
        owner="Chair",
        is_open=False,
        created_at=WRITTEN,
    )
    html = report_html(project, made_at=MARCH_2007)
    assert "The pupils ran the assembly." in html
    assert "Supply cover is scarce." in html
    assert "Old news from January." not in html  # the latest only
    assert "The head may leave" in html and "A closed worry" not in html


def test_internal_notes_are_never_printed(consultant):
    project = project_with_trials(1, consultant=consultant)
    trial = project.field_trials.get()
    trial.milestones.update(notes="Internal: ring the head about this.")
    trial.support_sessions.update(notes="Internal: the head was upset.")
    for subject in (project, trial):
        assert "Internal:" not in report_html(subject, made_at=MARCH_2007)


def _closed_exercise(trial, *, shared=True, title="Governors' priorities"):
    exercise = ExerciseFactory(
        field_trial=trial,
        title=title,
        closed_at=timezone.now(),
        results_shared=shared,
        conclusion="We start with the Beta challenge.",
    )
    for ranking in (["b", "a", "c"], ["b", "c", "a"]):
        participation = ParticipationFactory(exercise=exercise, submitted_at=timezone.now())
        participation.answers.create(question="first.rank", value=ranking)
    return exercise


def test_a_trials_report_has_its_closed_exercises_group_results(consultant):
    project = project_with_trials(2, consultant=consultant)
    trial, other = project.field_trials.order_by("title")
    _closed_exercise(trial)
    _closed_exercise(trial, shared=False, title="Kept back")
    ExerciseFactory(field_trial=trial, title="Still open")
    _closed_exercise(other, title="Another trial's")
    text = " ".join(pdf_text(render_pdf_with_pages(report_html(trial)).content).split())
    assert "Governors' priorities" in text
    assert "The group's consensus order: Rank these challenges" in text
    assert re.search(r"1 Beta challenge 1\.00", text)  # first, ranked first by both
    assert "We start with the Beta challenge." in text
    # Results the facilitator kept back are named, not shown; open ones are counted.
    assert "results kept by the facilitator for those who run the exercise: Kept back" in text
    assert "1 exercise still open" in text
    assert "Another trial's" not in text
    # The project's report has both trials' shared results.
    project_html = report_html(project)
    assert "Governors&#x27; priorities" in project_html and "Another trial&#x27;s" in project_html


def test_the_consensus_table_has_the_range_its_footnote_tells_of(consultant):
    """The footnote under a ranking says "The range shows its highest and lowest rank": the
    table has that column, as the results page has."""
    project = project_with_trials(1, consultant=consultant)
    trial = project.field_trials.get()
    _closed_exercise(trial)
    html = " ".join(report_html(trial).split())
    assert "The range shows its highest and lowest rank" in html
    assert '<th scope="col" class="np-numeric">Range</th>' in html
    assert re.search(r'Beta challenge</th>(<td class="np-numeric">[^<]*</td>){2}'
                     r'<td class="np-numeric">1 to 1</td>', html)  # fmt: skip


def test_the_pdf_is_made_tagged_and_names_the_projects_trials(consultant):
    project = project_with_trials(3, consultant=consultant)
    pdf = render_pdf_with_pages(report_html(project))
    assert pdf.content.startswith(b"%PDF")
    assert "Tagged:          yes" in pdf_info(pdf.content)  # for screen readers
    text = pdf_text(pdf.content)
    for n in range(3):
        assert f"Beacon Trial 0{n}" in text
    # Running header with the subject on every page after the first; page numbers.
    assert "Lantern Project: progress report" in text
    assert f"Page {pdf.pages} of {pdf.pages}" in text
    # The contents carries page numbers (target-counter) after a dotted leader.
    assert re.search(r"Field trials and their milestones\s*\.{5,}\s*\d+", text)


@pytest.mark.parametrize("size", [5, 50])
def test_a_project_report_costs_the_same_queries_for_5_or_50_trials(
    size, consultant, django_assert_num_queries
):
    project = project_with_trials(size, consultant=consultant)
    for trial in project.field_trials.all()[:3]:
        _closed_exercise(trial, title=f"Exercise of {trial.title}")
    # Three closed exercises shown: two queries each (their results); the rest is fixed
    # (with no report before it, "What changed" reads the period's events: one query more;
    # the stimuli kept at the period's end are read from the table and from their events).
    with django_assert_num_queries(30 + 3 * 2):
        html = report_html(project)
    assert f"Beacon Trial {size - 1:02d}" in html


@pytest.mark.parametrize("size", [5, 50])
def test_programme_and_trial_reports_cost_the_same_queries_whatever_the_trials(
    size, consultant, django_assert_num_queries
):
    project = project_with_trials(size, consultant=consultant)
    trial = project.field_trials.select_related("project__programme").first()
    with django_assert_num_queries(17):
        html = report_html(project.programme)
    assert "Lantern Project" in html and f'<td class="np-numeric">{size}</td>' in html
    with django_assert_num_queries(26):  # its participating organisations: one query
        html = report_html(trial)
    assert trial.title in html and "Overdue step" in html
