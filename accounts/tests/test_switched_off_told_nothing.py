"""A switched-off account (someone who left the school, or whose access was taken away) is
told nothing more of the work: no notification e-mail (the address may be someone else's
now) and no notification in the app, whichever change would have told them. A password
reset's e-mails are another matter (test_password_reset_limits)."""

import datetime

import pytest
from django.core import mail

from accounts.models import Notification, NotificationKind, Role
from accounts.services import notify
from accounts.tests.factories import UserFactory
from fieldtrials.models import MonthlyUpdate
from fieldtrials.services.records import transition_pti
from fieldtrials.services.trial import move_trial_status
from fieldtrials.tests.factories import FieldTrialMembershipFactory
from fieldtrials.tests.factories_records import PowerToInnovateRequestFactory
from programmes.models import Objective, Stage
from programmes.services import move_stage
from programmes.tests.factories import ProjectMembershipFactory

pytestmark = pytest.mark.django_db


def switched_off_member_of(trial):
    """Ruth, a practitioner in `trial` whose account an administrator switched off."""
    ruth = UserFactory(email="ruth.ellis@school.example", full_name="Ruth Ellis")
    FieldTrialMembershipFactory(field_trial=trial, user=ruth, role=Role.PRACTITIONER)
    ruth.is_active = False
    ruth.save(update_fields=["is_active"])
    return ruth


def mailed():
    return sorted(address for message in mail.outbox for address in message.to)


def test_a_trial_status_change_is_not_told_to_a_switched_off_member(
    world, django_capture_on_commit_callbacks
):
    trial, leader = world.coral, world.users["leader"]
    ruth = switched_off_member_of(trial)
    MonthlyUpdate.objects.create(
        field_trial=trial, month=datetime.date(2007, 2, 1), rag="green", status="submitted",
        author=leader,
    )  # fmt: skip
    with django_capture_on_commit_callbacks(execute=True):
        move_trial_status(trial=trial, to_status="reporting", actor=world.users["officer"])
    assert mailed() == sorted([leader.email, world.users["consultant"].email])
    assert "Coral Trial has moved to reporting" in mail.outbox[0].subject
    assert not Notification.objects.filter(recipient=ruth).exists()


def test_a_power_to_innovate_decision_is_not_told_to_a_switched_off_member(
    world, django_capture_on_commit_callbacks
):
    ruth = switched_off_member_of(world.coral)
    pti = PowerToInnovateRequestFactory(field_trial=world.coral, advised=True)
    with django_capture_on_commit_callbacks(execute=True):
        transition_pti(request=pti, action="grant", actor=world.users["officer"])
    assert mailed() == sorted([world.users["leader"].email, world.users["consultant"].email])
    assert all("Power to Innovate" in message.subject for message in mail.outbox)
    assert not Notification.objects.filter(recipient=ruth).exists()


def test_a_stage_change_is_not_told_to_a_switched_off_member(
    world, django_capture_on_commit_callbacks
):
    project, partner = world.amber, world.users["partner"]  # incubate
    gone = UserFactory(email="gone@agency.example")
    ProjectMembershipFactory(project=project, user=gone, role=Role.PARTNER)
    gone.is_active = False
    gone.save(update_fields=["is_active"])
    Objective.objects.create(project=project, text="Spread leadership", status="agreed")
    with django_capture_on_commit_callbacks(execute=True):
        move_stage(
            project=project,
            to_stage=Stage.ANALYSE_NEED,
            actor=world.users["officer"],
            reason="Back to the need: the schools changed",
        )
    assert mailed() == [partner.email]
    assert mail.outbox[0].subject == "Amber Project moved to Analyse need"
    assert not Notification.objects.filter(recipient=gone).exists()


def test_someone_switched_off_after_being_told_but_before_the_e_mail_goes_gets_none(
    django_capture_on_commit_callbacks,
):
    person = UserFactory(email="leaving@school.example")
    with django_capture_on_commit_callbacks() as queued:
        notify(recipient=person, kind=NotificationKind.TRIAL_STATUS, message="Moved.", key="a")
    assert len(queued) == 1  # the e-mail job, sent after commit
    person.is_active = False
    person.save(update_fields=["is_active"])
    for callback in queued:
        callback()  # the job runs (in-process in tests) after they were switched off
    assert mail.outbox == []


def test_an_active_person_told_the_same_way_is_e_mailed(django_capture_on_commit_callbacks):
    person = UserFactory(email="staying@school.example", full_name="Sam Staying")
    with django_capture_on_commit_callbacks(execute=True):
        notify(recipient=person, kind=NotificationKind.TRIAL_STATUS, message="Moved.", key="a")
    [message] = mail.outbox
    assert message.to == ["staying@school.example"]
    assert message.body.startswith("Hello Sam,")


def test_a_switched_off_account_wants_no_notification_e_mail():
    person = UserFactory(is_active=False)
    assert person.wants_email(NotificationKind.TRIAL_STATUS) is False
