"""The evaluation part of the PDF reports: its sections, and a number of queries that does
not grow with the number of trials."""

import datetime

import pytest
from django.template.loader import render_to_string
from django.utils import timezone

from evaluation import reporting
from fieldtrials.tests.factories import FieldTrialFactory
from programmes.tests.factories import ProjectFactory
from reports.parts import Period

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
        "Progress against objectives",
        "Objectives and progress",
        "Indicators against baseline and target",
        "Lessons, case studies and what transferred",
        "Appendix: indicators' measurements",
    ]
    assert [s.get("summary", False) for s in sections] == [True, False, False, False, False]
    assert sections[-1]["appendix"]
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
