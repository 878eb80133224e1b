"""A report of an earlier period tells how things were at its end, not how they are now: a
project's stage then ("Stage at 30 November 2006: Generate creative options", though it is
in Incubate now), with what is read on today's records (its gate) marked "now". Read from
the report's parts (reports.parts.sections_for), each section rendered as the report
renders it."""

import datetime

import pytest
from django.template.loader import render_to_string
from django.utils import timezone

from accounts.tests.factories import UserFactory
from fieldtrials.models import FieldTrial
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
        "Stage at 30 November 2006: <strong>Generate creative options</strong>, in phase 1 "
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
