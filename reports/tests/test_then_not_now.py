"""A report of an earlier period tells how things were at its end, not how they are now: a
project's stage then ("Stage at 30 November 2006: Generate creative options", though it is
in Incubate now), with what is read on today's records (its gate) marked "now"; and a field
trial recorded before the period but starting after it (or with no start date yet) as not
started then, not as running or live, with nothing of its overdue. Read from the report's
parts (reports.parts.sections_for), each section rendered as the report renders it."""

import datetime

import pytest
from django.db import connection
from django.template.loader import render_to_string
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from accounts.tests.factories import UserFactory
from fieldtrials.models import FieldTrial, Milestone
from fieldtrials.tests.factories import FieldTrialFactory
from programmes.models import Project, StageMove
from programmes.tests.factories import ProjectFactory
from reports.parts import Period, sections_for

pytestmark = pytest.mark.django_db

NOVEMBER = Period(start=datetime.date(2006, 11, 1), end=datetime.date(2006, 11, 30))
BEFORE = timezone.make_aware(datetime.datetime(2006, 9, 1, 9, 0))
AFTER = timezone.make_aware(datetime.datetime(2006, 12, 1, 0, 0))  # the first moment after


def said(subject, period, title):
    """The words of the section (or summary block) titled `title` of `subject`'s report."""
    for section in sections_for(subject, period):
        if section["title"] == title:
            return " ".join(render_to_string(section["template"], section["context"]).split())
    raise AssertionError(f"No section {title!r}")


@pytest.fixture
def consultant():
    return UserFactory(full_name="Cara Consultant")


@pytest.fixture
def project(consultant):
    """In Generate creative options through November, moved to Incubate on 1 December."""
    project = ProjectFactory(title="Lantern Project", stage="incubate")
    Project.objects.filter(pk=project.pk).update(created_at=BEFORE)
    project.refresh_from_db()
    StageMove.objects.create(
        project=project, from_stage="generate_options", to_stage="incubate", actor=consultant,
        created_at=AFTER,
    )  # fmt: skip
    FieldTrialFactory(
        project=project, title="Beacon Trial", status=FieldTrial.Status.INCUBATING,
        start_date=datetime.date(2006, 9, 4), created_at=BEFORE,
    )  # fmt: skip
    return project


def test_a_report_of_an_earlier_period_gives_the_projects_stage_at_the_periods_end(project):
    summary = said(project, NOVEMBER, "Where the project is")
    assert (
        "Stage at 30 November 2006: <strong>Generate creative options</strong>, in Phase 1 "
        "(Stimulate), since 1 September 2006." in summary
    )
    assert "It has moved on since the end of this report's period." in summary
    body = said(project, NOVEMBER, "Stage and gate status")
    assert "Stage at 30 November 2006: <strong>Generate creative options</strong>" in body
    assert "Incubate</strong>" not in body

    trial = project.field_trials.get()
    for title in ("Its project", "Where its project stands"):
        words = said(trial, NOVEMBER, title)
        assert "Its stage at 30 November 2006: <strong>Generate creative options</strong>" in words
        assert "<strong>Incubate</strong>" not in words

    programme = said(project.programme, NOVEMBER, "Projects and their stages")
    assert '<th scope="col">Stage at 30 November 2006</th>' in programme
    assert "Generate creative options</strong> since" in programme
    summary = said(project.programme, NOVEMBER, "Projects")
    assert "Each project's stage at 30 November 2006:" in summary
    assert "Lantern Project</strong>: Generate creative options since" in summary


def test_a_gate_read_on_todays_records_is_said_to_be_of_now(project):
    """Whether a gate holds keeps no history: it is read on the records as they are when the
    report is made, and a report of a period already over says so, not that it was so then."""
    StageMove.objects.filter(project=project).delete()  # in Incubate all along
    summary = said(project, NOVEMBER, "Where the project is")
    assert "Stage at 30 November 2006: <strong>Incubate</strong>" in summary
    assert (
        "Now, when this report was made, to move on: 1 field trial is not yet completed or "
        "withdrawn." in summary
    )
    body = said(project, NOVEMBER, "Stage and gate status")
    assert "Now, when this report was made, to leave Incubate:" in body
    programme = said(project.programme, NOVEMBER, "Projects and their stages")
    assert "Gate out of the stage, now (when this report was made)</th>" in programme

    # A period that ends today: the gate read now is the gate at its end, said plainly.
    today = Period.month_to(timezone.localdate())
    summary = said(project, today, "Where the project is")
    assert "To move on: 1 field trial is not yet completed or withdrawn." in summary
    assert "Now, when" not in summary
    assert "Now, when" not in said(project, today, "Stage and gate status")
    assert "Gate out of the stage</th>" in said(
        project.programme, today, "Projects and their stages"
    )


@pytest.fixture
def later(project):
    """Recorded in September and incubating, but starting in January: not running in
    November, though its milestone fell due then."""
    trial = FieldTrialFactory(
        project=project, title="Quay Trial", status=FieldTrial.Status.INCUBATING,
        start_date=datetime.date(2007, 1, 8), end_date=datetime.date(2007, 7, 20),
        created_at=BEFORE,
    )  # fmt: skip
    Milestone.objects.create(
        field_trial=trial, title="Staff briefed", due_on=datetime.date(2006, 11, 15),
        created_at=BEFORE,
    )  # fmt: skip
    return trial


def test_a_trial_starting_after_the_period_was_not_running_in_it(project, later):
    summary = said(project, NOVEMBER, "Field trials")
    assert "2 trials: 1 incubating, 1 not started." in summary
    assert "overdue" in summary and "Staff briefed" not in summary
    assert "Milestones:</strong> none overdue" in summary
    assert "passed its end date" not in summary

    table = said(project, NOVEMBER, "Field trials and their milestones")
    row = table[table.index("Quay Trial") :]
    row = row[: row.index("</tr>")]
    assert "Not started by 30 Nov 2006: starts 8 Jan 2007" in row
    assert "Overdue" not in row and "End date passed" not in row
    assert (
        'Staff briefed, due 15 Nov 2006 <span class="np-small">(the trial had not started)' in row
    )

    words = said(later, NOVEMBER, "The field trial")
    assert "The field trial had not started by 30 November 2006: it starts on 8 January 2007." in (
        words
    )
    assert "the trial is not running on 30 November 2006 (it had not started)" in words
    assert "Overdue" not in said(later, NOVEMBER, "Milestones in short")

    programme = said(project.programme, NOVEMBER, "Field trials")
    assert "2 field trials in 1 project, 1 live and 1 not started by 30 November 2006." in programme
    assert "Milestones overdue in trials running on 30 November 2006: 0." in programme
    by_project = said(project.programme, NOVEMBER, "Field trials by project")
    # Trials 2, live 1, not started 1.
    assert (
        '<th scope="row">Lantern Project</th><td class="np-numeric">2</td>'
        '<td class="np-numeric">1</td><td class="np-numeric">1</td>'
    ) in by_project.replace("> <", "><")
    assert "(1 live, 1 not started)" in said(project.programme, NOVEMBER, "Projects")

    # By its start date it runs: in January's report its milestone is overdue.
    january = Period(start=datetime.date(2007, 1, 1), end=datetime.date(2007, 1, 31))
    summary = said(project, january, "Field trials")
    assert "2 trials: 2 incubating." in summary
    assert "Staff briefed, Quay Trial, 77 days" in summary


def test_a_trial_with_no_start_date_yet_is_counted_as_not_started(project):
    selected = FieldTrialFactory(
        project=project, title="Quay Trial", status=FieldTrial.Status.SELECTED, created_at=BEFORE
    )
    Milestone.objects.create(
        field_trial=selected, title="Staff briefed", due_on=datetime.date(2006, 11, 15),
        created_at=BEFORE,
    )  # fmt: skip
    summary = said(project, NOVEMBER, "Field trials")
    assert "2 trials: 1 incubating, 1 not started." in summary
    assert "Milestones:</strong> none overdue" in summary
    table = said(project, NOVEMBER, "Field trials and their milestones")
    assert "Not started by 30 Nov 2006: no start date yet" in table
    assert "The field trial had not started by 30 November 2006: it has no start date yet." in said(
        selected, NOVEMBER, "The field trial"
    )
    assert "1 live and 1 not started by 30 November 2006." in said(
        project.programme, NOVEMBER, "Field trials"
    )


def _queries(subject, period):
    with CaptureQueriesContext(connection) as queries:
        for section in sections_for(subject, period):
            render_to_string(section["template"], section["context"])
    return len(queries)


@pytest.mark.parametrize("size", [5, 50])
def test_counting_trials_not_started_costs_no_query_per_trial(project, size, consultant):
    """Trials started and not started, in any number: the same queries for a programme's,
    a project's and a trial's report as with none of them not started."""
    trial = project.field_trials.get()
    before = [_queries(s, NOVEMBER) for s in (project.programme, project, trial)]
    for n in range(size):
        FieldTrialFactory(
            project=project, title=f"Quay Trial {n:02d}", status=FieldTrial.Status.INCUBATING,
            start_date=datetime.date(2007, 1, 8) if n % 2 else None, created_at=BEFORE,
        )  # fmt: skip
    after = [_queries(s, NOVEMBER) for s in (project.programme, project, trial)]
    assert after == before
    assert f"1 live and {size} not started" in said(project.programme, NOVEMBER, "Field trials")
