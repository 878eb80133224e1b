"""A report's events read as sentences in a history: "asked for a progress report on X";
the monthly schedule's, with nobody to sign it, as the report and its month."""

import datetime
import re

import pytest
from django.urls import reverse

from accounts.activity import activity, history_of
from accounts.models import Event, Role
from accounts.services import record_event
from accounts.tests.factories import UserFactory
from following.selectors import followed_activity
from following.services import follow
from nextpractice.history import entries, sentence
from programmes.tests.factories import (
    ProgrammeMembershipFactory,
    ProjectFactory,
    ProjectMembershipFactory,
)
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


def _text(response):
    """A page's words, as read: "… a progress report on X." whether X's report is linked."""
    words = re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", response.content.decode()))
    return re.sub(r" ([.,])", r"\1", words)


def _told(client, user, *pages):
    """The text of each of `pages` (URLs) as `user` reads it."""
    client.force_login(user)
    return [_text(client.get(page)) for page in pages]


STREAMS = (reverse("home"), reverse("accounts:activity"), reverse("following:followed"))


def test_a_report_asked_for_is_told_only_to_who_may_read_its_subject_s_reports(client, world):
    """Finding 5: a partner of a project, and its consultant, read the project and see its
    programme, but not the programme's reports (404): that someone asked for one is not in
    their home page, their activity, what they follow, nor the programme's history. A
    partner of the programme, who reads them, is told."""
    officer, partner, consultant = (world.users[p] for p in ("officer", "partner", "consultant"))
    ProjectMembershipFactory(project=world.amber, user=consultant, role=Role.CONSULTANT)
    programme_partner = UserFactory(full_name="Programme Partner")
    ProgrammeMembershipFactory(programme=world.quartz, user=programme_partner, role=Role.PARTNER)
    for user in (partner, consultant, programme_partner):
        follow(user=user, subject=world.amber)
    report = Report.objects.create(programme=world.quartz, requested_by=officer)
    record_event(actor=officer, verb="reports.report_requested", target=report)
    asked = "Officer Person asked for a progress report on Quartz Programme."
    history = world.quartz.get_absolute_url()
    for user in (partner, consultant):
        for page in _told(client, user, *STREAMS, history):
            assert "asked for a progress report" not in page, user
        assert client.get(reverse("reports:report_page", args=[report.pk])).status_code == 404
        assert asked not in [e.sentence for e in history_of(world.quartz, user)]
    home, anywhere, _, _ = _told(client, programme_partner, *STREAMS, history)
    assert asked in home and asked in anywhere
    assert asked in [e.sentence for e in history_of(world.quartz, programme_partner)]


def test_a_project_s_or_trial_s_report_asked_for_is_told_to_its_readers_only(client, world):
    """A project's report asked for is news to its partner and consultant, who read it, in
    everything they follow; not to a practitioner of the project, who sees the project but
    not its reports. A trial's is told to its team, who read it."""
    officer, partner, leader = (world.users[p] for p in ("officer", "partner", "leader"))
    practitioner = UserFactory(full_name="Project Practitioner")
    ProjectMembershipFactory(project=world.amber, user=practitioner, role=Role.PRACTITIONER)
    for user in (partner, practitioner):
        follow(user=user, subject=world.amber)
    follow(user=leader, subject=world.coral)
    on_amber = Report.objects.create(project=world.amber, requested_by=officer)
    on_coral = Report.objects.create(field_trial=world.coral, requested_by=officer)
    for report in (on_amber, on_coral):
        record_event(actor=officer, verb="reports.report_requested", target=report)
    amber_asked = "Officer Person asked for a progress report on Amber Project."
    coral_asked = "Officer Person asked for a progress report on Coral Trial."
    assert [amber_asked in page for page in _told(client, partner, *STREAMS)] == [True] * 3
    assert [coral_asked in page for page in _told(client, leader, *STREAMS)] == [True] * 3
    project_page = world.amber.get_absolute_url()
    for page in _told(client, practitioner, *STREAMS, project_page):
        assert "asked for a progress report" not in page
    assert amber_asked not in [e.sentence for e in history_of(world.amber, practitioner)]
    assert amber_asked in [e.sentence for e in history_of(world.amber, partner)]
