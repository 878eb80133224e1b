"""The evaluation part of the PDF reports: its sections, and a number of queries that does
not grow with the number of trials."""

import datetime

import pytest
from django.template.loader import render_to_string
from django.utils import timezone

from evaluation import reporting
from fieldtrials.tests.factories import FieldTrialFactory
from programmes.tests.factories import ProjectFactory
from reports.parts import Period, sections_for

from .factories import (
    IndicatorFactory,
    LessonFactory,
    MeasurementFactory,
    ObjectiveFactory,
    ProgressEntryFactory,
    TakeUpFactory,
)

pytestmark = pytest.mark.django_db

# Up to today: the records the tests make are written now (a report is as of its end).
PERIOD = Period.month_to(timezone.localdate())


def project_with_trials(count):
    project = ProjectFactory()
    ProgressEntryFactory(objective=ObjectiveFactory(programme=None, project=project))
    for n in range(count):
        trial = FieldTrialFactory(project=project, title=f"Trial number {n}")
        objective = ObjectiveFactory(programme=None, field_trial=trial, text=f"Aim of trial {n}")
        ProgressEntryFactory(objective=objective, status="at_risk")
        indicator = IndicatorFactory(field_trial=trial)
        for month in (1, 4):
            MeasurementFactory(indicator=indicator, measured_on=datetime.date(2007, month, 1))
        TakeUpFactory(lesson=LessonFactory(programme=None, field_trial=trial))
    return project


@pytest.mark.parametrize("count", [1, 17])
def test_a_project_part_takes_the_same_queries_for_1_and_17_trials(
    count, django_assert_num_queries
):
    project = project_with_trials(count)
    with django_assert_num_queries(8):
        sections = reporting.part(project, PERIOD)
        html = "".join(render_to_string(s["template"], s["context"]) for s in sections)
    assert [s["title"] for s in sections] == [
        "Progress against evaluation objectives",
        "Evaluation objectives and progress",
        "Indicators against baseline and target",
        "Lessons, case studies and what transferred",
        "Appendix: indicators' measurements",
    ]
    assert [s.get("summary", False) for s in sections] == [True, False, False, False, False]
    assert sections[-1]["appendix"]
    # Each trial's own objective, in the same queries: on the summary, in the body under its
    # trial, and in "Needs attention".
    for n in range(count):
        assert f"Aim of trial {n} (Trial number {n}): <strong>at risk</strong>" in html
        assert f"<h4>Trial number {n}</h4>" in html
        assert f"Objective Aim of trial {n} (Trial number {n}): at risk for at least one " in (
            " ".join(sections[0]["attention"])
        )
    # The side by side chart in the body; each indicator's measurements in the appendix.
    assert html.count('role="img"') == 1
    assert html.count("Trial number") >= 2 * count


@pytest.mark.parametrize("count", [1, 17])
def test_a_programme_part_takes_the_same_queries_for_1_and_17_trials(
    count, django_assert_num_queries
):
    project = project_with_trials(count)
    with django_assert_num_queries(7):  # no programme objectives: no progress query
        sections = reporting.part(project.programme, PERIOD)
        for s in sections:
            render_to_string(s["template"], s["context"])


def test_a_trial_part_shows_its_indicators_charts_and_lessons():
    project = project_with_trials(2)
    trial = project.field_trials.order_by("title").first()
    sections = reporting.part(trial, PERIOD)
    html = "".join(render_to_string(s["template"], s["context"]) for s in sections)
    indicators = sections[2]["context"]["indicators"]
    assert len(indicators) == 1 and indicators[0].field_trial == trial
    assert sections[2]["context"]["progress_chart"] is None  # one trial: no side by side
    assert 'role="img"' in html  # its trend chart
    assert not any(s.get("appendix") for s in sections)
    assert "Taken up by" in html
    assert "<table" in html  # every chart's values as a table too


def test_an_objective_written_as_a_sentence_is_not_followed_by_a_full_stop_and_a_colon():
    project = ProjectFactory()
    quiet = ObjectiveFactory(programme=None, project=project, text="Raise reading by half-term. ")
    risky = ObjectiveFactory(programme=None, project=project, text="Keep every pupil on roll.")
    ProgressEntryFactory(objective=risky, status="at_risk")
    assert quiet.wording == "Raise reading by half-term"
    sections = reporting.part(project, PERIOD)
    html = render_to_string(sections[0]["template"], sections[0]["context"])
    assert "Raise reading by half-term: no progress recorded yet" in html
    assert ".:" not in html
    assert sections[0]["attention"] == [
        "Objective Keep every pupil on roll: at risk for at least one group."
    ]


def test_a_case_study_named_as_its_trial_does_not_repeat_the_name_in_brackets():
    """A tester found "Stevenage: A Learning Town (Stevenage: A Learning Town)" in a PDF."""
    from .factories import CaseStudyFactory

    trial = FieldTrialFactory(title="Stevenage: A Learning Town")
    for title in ("Stevenage: A Learning Town", "Evening classes for all"):
        CaseStudyFactory(programme=None, field_trial=trial, title=title)
        LessonFactory(programme=None, field_trial=trial, title=f"Lesson: {title}")
    LessonFactory(programme=None, field_trial=trial, title="stevenage: a learning town")
    sections = reporting.part(trial.project, PERIOD)
    lessons = next(s for s in sections if s["title"].startswith("Lessons, case studies"))
    html = " ".join(render_to_string(lessons["template"], lessons["context"]).split())
    assert "<h4>Stevenage: A Learning Town</h4>" in html
    assert "<h4>stevenage: a learning town</h4>" in html
    assert "<h4>Evening classes for all (Stevenage: A Learning Town)</h4>" in html
    assert "<h4>Lesson: Evening classes for all (Stevenage: A Learning Town)</h4>" in html
    assert "(Stevenage: A Learning Town) (" not in html
    assert html.count("(Stevenage: A Learning Town)") == 3


NOVEMBER = Period(start=datetime.date(2006, 11, 1), end=datetime.date(2006, 11, 30))
BEFORE = timezone.make_aware(datetime.datetime(2006, 9, 1, 9, 0))


def said(subject, period, title):
    """The words of the section (or summary block) titled `title` of `subject`'s report."""
    for section in sections_for(subject, period):
        if section["title"] == title:
            return " ".join(render_to_string(section["template"], section["context"]).split())
    raise AssertionError(f"No section {title!r}")


def test_a_project_report_tells_where_its_trials_stand_against_their_own_objectives():
    """A tester found a trial's objective recorded "On track" by its head teacher only in the
    trial's own report: the project's listed its own objectives only, though it rolled up
    the trials' indicators. As of the period's end: progress dated after it is not shown."""
    project = ProjectFactory(title="Lantern Project", created_at=BEFORE)
    ObjectiveFactory(programme=None, project=project, text="Rural schools share leaders.",
                     created_at=BEFORE)  # fmt: skip
    trial = FieldTrialFactory(project=project, title="Flying team", created_at=BEFORE)
    weekly = ObjectiveFactory(
        programme=None, field_trial=trial, number=1, created_at=BEFORE,
        text="Every pupil in the eight schools gets weekly specialist music and PE teaching.",
    )  # fmt: skip
    ProgressEntryFactory(objective=weekly, status="on_track", what="Timetables agreed",
                         recorded_on=datetime.date(2006, 11, 30))  # fmt: skip
    ProgressEntryFactory(objective=weekly, status="at_risk", what="The PE teacher left",
                         recorded_on=datetime.date(2006, 12, 1))  # fmt: skip
    other = FieldTrialFactory(project=project, title="Quiet trial", created_at=BEFORE)
    ObjectiveFactory(programme=None, field_trial=other, text="Visit every school",
                     created_at=BEFORE)  # fmt: skip
    # Written after the period: not in November's report.
    ObjectiveFactory(programme=None, field_trial=other, text="Written in December",
                     created_at=BEFORE.replace(month=12, day=2))  # fmt: skip

    summary = said(project, NOVEMBER, "Progress against evaluation objectives")
    assert "Rural schools share leaders: no progress recorded yet." in summary
    assert "The field trials' own objectives:" in summary
    assert (
        "Every pupil in the eight schools gets weekly specialist music and PE teaching "
        "(Flying team): <strong>on track</strong> (Nov 2006)." in summary
    )
    assert "Visit every school (Quiet trial): no progress recorded yet." in summary
    assert "at risk" not in summary and "Written in December" not in summary

    body = said(project, NOVEMBER, "Evaluation objectives and progress")
    assert "<h3>The project's own objectives</h3>" in body
    flying = body[body.index("<h4>Flying team</h4>") : body.index("<h4>Quiet trial</h4>")]
    assert "<caption>Objectives of Flying team, where each group's progress stands" in flying
    assert "1. Every pupil in the eight schools gets weekly specialist music and PE teaching<" in (
        flying
    )
    assert "On track (30 Nov 2006)</td> <td>Timetables agreed</td>" in flying
    assert "The PE teacher left" not in body
    # The project's own objectives come first, and are not told again under a trial.
    assert body.index("Rural schools share leaders") < body.index("<h4>Flying team</h4>")
    assert body.count("Rural schools share leaders") == 1

    # December's report: the latest progress is December's, and it needs attention.
    december = Period(start=datetime.date(2006, 12, 1), end=datetime.date(2006, 12, 31))
    summary = said(project, december, "Progress against evaluation objectives")
    assert "(Flying team): <strong>at risk</strong> (Dec 2006)." in summary
    assert "Written in December (Quiet trial)" in summary
    attention = next(
        s["attention"] for s in sections_for(project, december) if s.get("attention")
        and s["title"] == "Progress against evaluation objectives"
    )  # fmt: skip
    assert attention == [
        "Objective 1. Every pupil in the eight schools gets weekly specialist music and PE "
        "teaching (Flying team): at risk for at least one group."
    ]

    # The trial's own report tells its objectives as before, without a trial heading; the
    # programme's tells no trial's.
    words = said(trial, NOVEMBER, "Evaluation objectives and progress")
    assert "<h4>" not in words and "weekly specialist music" in words
    summary = said(trial, NOVEMBER, "Progress against evaluation objectives")
    assert "The field trials' own objectives" not in summary
    assert "weekly specialist music" not in said(
        project.programme, NOVEMBER, "Evaluation objectives and progress"
    )
