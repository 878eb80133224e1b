"""A report's events read as sentences in a history: "asked for a progress report on X";
the monthly schedule's, with nobody to sign it, as the report and its month."""

import datetime

import pytest

from accounts.activity import activity, history_of
from accounts.models import Event
from accounts.services import record_event
from following.selectors import followed_activity
from following.services import follow
from nextpractice.history import entries, sentence
from programmes.tests.factories import ProjectFactory
from reports.models import Report

pytestmark = pytest.mark.django_db


def test_asking_for_a_report_reads_as_a_sentence():
    project = ProjectFactory(title="System Leadership")
    report = Report.objects.create(project=project, kind=Report.Kind.ON_REQUEST)
    event = record_event(actor=None, verb="reports.report_requested", target=report)
    assert sentence(event) == "asked for a progress report on System Leadership."


def test_a_failed_report_reads_as_the_report_not_the_system():
    project = ProjectFactory(title="System Leadership")
    report = Report.objects.create(project=project, kind=Report.Kind.ON_REQUEST)
    event = record_event(actor=None, verb="reports.report_failed", target=report)
    # Once "The system could not make a progress report on System Leadership".
    [told] = entries(Event.objects.filter(pk=event.pk))
    assert told.sentence == "A progress report on System Leadership could not be made."


def scheduled(project, period=datetime.date(2026, 11, 1), data=None):
    """The event the monthly schedule writes (reports.services.schedule_monthly_report), as
    it has been stored since the schedule began: no actor, the report's name as its target."""
    report = Report.objects.create(project=project, kind=Report.Kind.MONTHLY, period=period)
    if data is None:
        data = {"project": project.pk, "period": period.isoformat()}
    return record_event(
        actor=None, verb="reports.monthly_report_scheduled", target=report, data=data
    )


def test_the_monthly_schedule_reads_as_the_report_and_its_month_not_the_system():
    project = ProjectFactory(title="Resourcing Personalisation")
    event = scheduled(project)
    # Once "The system scheduled Progress report on Resourcing Personalisation, 6 December
    # 2026 13:26": signed by nobody a head teacher knows, named by the moment it was written.
    [told] = entries(Event.objects.filter(pk=event.pk))
    assert told.sentence == (
        "The monthly progress report on Resourcing Personalisation for November 2026 was started."
    )
    # One stored without its month still names its project, and nothing else.
    other = scheduled(ProjectFactory(title="Reading Together"), data={})
    [told] = entries(Event.objects.filter(pk=other.pk))
    assert told.sentence == "The monthly progress report on Reading Together was started."


def test_the_monthly_schedule_is_in_the_projects_history_not_in_anyones_stream(world):
    officer = world.users["officer"]  # reads Amber, and follows it
    follow(user=officer, subject=world.amber)
    event = scheduled(world.amber)
    # Someone else's change: what they did themselves is not in their stream.
    record_event(
        actor=world.users["partner"], verb="programmes.project_changed", target=world.amber
    )
    started = "The monthly progress report on Amber Project for November 2026 was started."
    assert started in [e.sentence for e in history_of(world.amber, officer)]
    assert started in [e.sentence for e in activity(officer, subject=world.amber).entries]
    # Its readers are told when it is ready, with a link; the streams across places skip it.
    followed = [e.pk for e in followed_activity(officer).entries]
    anywhere = [e.pk for e in activity(officer).entries]
    assert followed and event.pk not in followed
    assert anywhere and event.pk not in anywhere
