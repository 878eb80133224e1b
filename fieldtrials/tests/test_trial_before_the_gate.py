"""A field trial is incubated in Phase 2, once its project has passed its Phase 1 gate into
Incubate (seed 000: "At the next phase, the action shifts to the local level"). A trial could
be moved to incubating while its project was still in Phase 1: its status page now refuses
it (and reporting and completed after it) beside the choice, saying why and what to do, and
changes nothing; its page's "What needs doing now" asks the officer to move the project on
first. Setting the trial up (its school, dates, team, plan) goes on meanwhile."""

import datetime
import html

import pytest
from django.urls import reverse
from django.utils import timezone

from accounts.models import Event, Notification
from fieldtrials.models import FieldTrial
from fieldtrials.services.trial import (
    StatusMoveRefused,
    move_trial_status,
    update_trial_details,
)
from fieldtrials.tests.factories import FieldTrialFactory, FieldTrialMembershipFactory
from fieldtrials.tests.factories_records import MilestoneFactory
from programmes.models import Stage
from programmes.services.lifecycle import move_stage
from programmes.tests.factories import ProjectFactory

NOT_PAST_THE_GATE = (
    "This project, Heather Project, has not passed its Phase 1 gate yet: it is at Generate "
    "creative options. A field trial is incubated in Phase 2, so a programme officer moves the "
    "project to Incubate first. Until then the trial can be set up: its school, dates, team, "
    "plan and milestones."
)
MOVE_THE_PROJECT = (
    "Move its project, Heather Project, to Incubate: the trial is incubated once the project "
    "has passed its Phase 1 gate"
)
INCUBATE = "Move it to incubating when the school is ready to begin"


@pytest.fixture
def heather(world):
    """A project still at Generate creative options, in the officer's programme."""
    return ProjectFactory(
        programme=world.quartz, title="Heather Project", stage=Stage.GENERATE_OPTIONS
    )


@pytest.fixture
def trial(world, heather):
    """A trial just selected from one of its options, its school and dates set, and a head
    teacher on its team."""
    today = timezone.localdate()
    trial = FieldTrialFactory(
        project=heather,
        title="Gorse Trial",
        status=FieldTrial.Status.SELECTED,
        start_date=today + datetime.timedelta(days=31),
        end_date=today + datetime.timedelta(days=365),
    )
    FieldTrialMembershipFactory(field_trial=trial, user=world.users["leader"])
    return trial


def said(page):
    return html.unescape(page)


def error_beside_the_choice(page):
    """The error message shown with the status's radios, which their fieldset names."""
    assert 'aria-describedby=" id_to_status_1_error"' in page
    after = page.split('id="id_to_status_1_error" class="govuk-error-message">', 1)[1]
    return said(after.split('<div class="govuk-radios">', 1)[0])


def test_moving_a_trial_to_incubating_before_its_projects_phase_1_gate_is_refused_beside_it(
    client, world, trial
):
    client.force_login(world.users["officer"])
    url = reverse("fieldtrials:fieldtrial_status", args=[trial.pk])
    events, notices = Event.objects.count(), Notification.objects.count()
    response = client.post(url, {"to_status": "incubating", "reason": "The school is ready"})
    assert response.status_code == 400
    page = response.content.decode()
    error = error_beside_the_choice(page)
    assert NOT_PAST_THE_GATE in error
    assert "The school is ready</textarea>" in page  # what they wrote is kept
    # Nothing changed, nobody told.
    trial.refresh_from_db()
    assert trial.status == FieldTrial.Status.SELECTED
    assert not trial.status_changes.exists()
    assert Event.objects.count() == events
    assert Notification.objects.count() == notices


def test_the_status_page_says_why_not_yet_and_links_to_moving_the_project(client, world, trial):
    client.force_login(world.users["officer"])
    page = client.get(reverse("fieldtrials:fieldtrial_status", args=[trial.pk])).content.decode()
    incubating = said(page.split("<strong>Incubating</strong>:", 1)[1].split("</li>", 1)[0])
    assert "Not yet" in incubating
    assert NOT_PAST_THE_GATE in incubating
    move = reverse("programmes:project_move", args=[trial.project.pk])
    assert f'<a class="govuk-link" href="{move}">Move Heather Project to another stage</a>' in (
        incubating
    )
    # Withdrawing it is still open to the officer.
    withdrawn = page.split("<strong>Withdrawn</strong>:", 1)[1].split("</li>", 1)[0]
    assert "Possible now" in withdrawn


def test_setting_the_trial_up_goes_on_before_the_gate_and_it_may_be_withdrawn(client, world, trial):
    officer = world.users["officer"]
    client.force_login(officer)
    box = client.get(trial.get_absolute_url()).content.decode().split('id="to-do"')[1]
    assert "Write its plan" in box.split("</section>")[0]
    update_trial_details(
        trial=trial,
        actor=world.users["leader"],
        based_on_version=trial.version,
        participating=[],
        domains=[],
        plan="Term 1: a flexible day for Year 9.",
    )
    MilestoneFactory(field_trial=trial, title="Timetable agreed with governors")
    box = client.get(trial.get_absolute_url()).content.decode().split('id="to-do"')[1]
    box = box.split("</section>")[0]
    assert "Write its plan" not in box and "Add its milestones" not in box
    assert MOVE_THE_PROJECT in said(box)
    move_trial_status(trial=trial, to_status="withdrawn", actor=officer, reason="School left")
    assert FieldTrial.objects.get(pk=trial.pk).status == FieldTrial.Status.WITHDRAWN


def test_once_the_project_is_at_incubate_the_trial_is_incubated(client, world, trial):
    officer = world.users["officer"]
    move_stage(
        project=trial.project,
        to_stage=Stage.INCUBATE,
        actor=officer,
        reason="The workshops chose their trials",
        override=True,
    )
    client.force_login(officer)
    url = reverse("fieldtrials:fieldtrial_status", args=[trial.pk])
    response = client.post(url, {"to_status": "incubating", "reason": ""})
    assert response.status_code == 302
    assert FieldTrial.objects.get(pk=trial.pk).status == FieldTrial.Status.INCUBATING


@pytest.mark.parametrize(
    "status, to_status",
    [("reporting", "completed"), ("reporting", "incubating"), ("incubating", "reporting")],
)
def test_a_trial_under_way_in_a_project_moved_back_into_phase_1_goes_no_further(
    world, trial, status, to_status
):
    """A project moved back into Phase 1 (to put a mistake right) keeps its trials' status,
    but none moves on to incubating or after it until the project is at Incubate again:
    they may go back to selected or be withdrawn."""
    FieldTrial.objects.filter(pk=trial.pk).update(status=status)
    officer = world.users["officer"]
    with pytest.raises(StatusMoveRefused) as refused:
        move_trial_status(trial=trial, to_status=to_status, actor=officer)
    assert NOT_PAST_THE_GATE in refused.value.reason
    assert FieldTrial.objects.get(pk=trial.pk).status == status
    assert not trial.status_changes.exists()
    move_trial_status(trial=trial, to_status="withdrawn", actor=officer, reason="Stopped")
    assert FieldTrial.objects.get(pk=trial.pk).status == FieldTrial.Status.WITHDRAWN


def test_its_page_asks_the_officer_to_move_the_project_to_incubate_first(client, world, trial):
    client.force_login(world.users["officer"])
    box = client.get(trial.get_absolute_url()).content.decode().split('id="to-do"')[1]
    box = box.split("</section>")[0]
    move = reverse("programmes:project_move", args=[trial.project.pk])
    assert f'<a class="govuk-link" href="{move}">{MOVE_THE_PROJECT}</a>' in said(box)
    assert INCUBATE not in box
    # The head teacher moves neither: not theirs to do.
    client.force_login(world.users["leader"])
    box = client.get(trial.get_absolute_url()).content.decode().split('id="to-do"')[1]
    assert "Phase 1 gate" not in box.split("</section>")[0]
    # Once the project is at Incubate, the step is the trial's own move.
    move_stage(
        project=trial.project,
        to_stage=Stage.INCUBATE,
        actor=world.users["officer"],
        reason="The workshops chose their trials",
        override=True,
    )
    client.force_login(world.users["officer"])
    box = client.get(trial.get_absolute_url()).content.decode().split('id="to-do"')[1]
    box = box.split("</section>")[0]
    assert MOVE_THE_PROJECT not in said(box)
    status = reverse("fieldtrials:fieldtrial_status", args=[trial.pk])
    assert f'<a class="govuk-link" href="{status}">{INCUBATE}</a>' in box
