"""A report's summary counts the milestones due in the next period and lists the soonest: when
it counts more than it lists, it says how many more, so the count and the list agree."""

import datetime

import pytest

from fieldtrials.models import FieldTrial, Milestone
from fieldtrials.tests.factories import FieldTrialFactory
from programmes.tests.factories import ProjectFactory
from reports.tests.test_then_not_now import BEFORE, NOVEMBER, said

pytestmark = pytest.mark.django_db

DUE = [
    ("Staff briefed", 3),
    ("Parents' evening held", 5),
    ("Timetable drafted", 10),
    ("Governors' review", 14),
    ("Second group started", 20),
]


@pytest.fixture
def project():
    project = ProjectFactory(title="Lantern Project", stage="incubate")
    FieldTrialFactory(
        project=project, title="Beacon Trial", status=FieldTrial.Status.INCUBATING,
        start_date=datetime.date(2006, 9, 4), created_at=BEFORE,
    )  # fmt: skip
    return project


def add_due(trial, milestones):
    for title, day in milestones:
        Milestone.objects.create(
            field_trial=trial, title=title, due_on=datetime.date(2006, 12, day), created_at=BEFORE
        )


def test_the_summary_lists_the_soonest_due_and_says_how_many_more(project):
    add_due(project.field_trials.get(), DUE)
    summary = said(project, NOVEMBER, "Field trials")
    assert (
        "5 due by 29 December 2006: Staff briefed (Beacon Trial), 3 Dec; Parents' evening "
        "held (Beacon Trial), 5 Dec; Timetable drafted (Beacon Trial), 10 Dec; and 2 more."
    ) in summary.replace("&#x27;", "'")
    assert "Governors' review" not in summary.replace("&#x27;", "'")


def test_the_summary_lists_every_milestone_due_when_it_has_room(project):
    add_due(project.field_trials.get(), DUE[:3])
    summary = said(project, NOVEMBER, "Field trials").replace("&#x27;", "'")
    assert "3 due by 29 December 2006: Staff briefed (Beacon Trial), 3 Dec;" in summary
    assert "Timetable drafted (Beacon Trial), 10 Dec." in summary
    assert "more" not in summary
