"""E-mail sent once by jobs that may be delivered twice (nextpractice/mail.py), through the
tasks that use it: a notification's and an invitation's e-mail (accounts/tasks.py); a toolkit
participant's invitation has its own tests (toolkit/tests/test_exercises.py)."""

import socket
import threading

import pytest
from django.core import mail

from accounts.models import Invitation
from accounts.people import services
from accounts.tasks import send_invitation_email, send_notification_email
from accounts.tests.factories import NotificationFactory, UserFactory
from fieldtrials.tests.factories import FieldTrialFactory
from programmes.tests.factories import ProgrammeMembershipFactory

pytestmark = pytest.mark.django_db


def _mail_server_down(settings):
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        closed = s.getsockname()[1]  # nothing listens there once closed
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT, settings.EMAIL_TIMEOUT = "127.0.0.1", closed, 2


def _pending_invitation(token):
    """An invitation to a trial whose e-mail has not gone yet, with `token` as its link's."""
    trial = FieldTrialFactory(title="Larch Trial")
    officer = UserFactory()
    ProgrammeMembershipFactory(programme=trial.project.programme, user=officer, role="officer")
    result = services.invite(
        target=trial, email="head@school.example", role="practitioner", actor=officer
    )
    Invitation.objects.filter(pk=result.invitation.pk).update(
        token_hash=services.hash_token(token), emailed_at=None
    )
    return result.invitation


def test_an_invitation_that_could_not_be_e_mailed_is_e_mailed_by_the_retry(settings):
    token = "retry-token-" + "x" * 30
    invitation = _pending_invitation(token)
    _mail_server_down(settings)
    with pytest.raises(OSError):
        send_invitation_email(invitation.pk, token)
    invitation.refresh_from_db()
    assert invitation.emailed_at is None  # the claim is given back for the retry
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    assert send_invitation_email(invitation.pk, token) == 1
    assert send_invitation_email(invitation.pk, token) == 0  # delivered again: sent once
    [message] = mail.outbox
    assert message.to == ["head@school.example"] and "Larch Trial" in message.subject
    assert f"/invitations/accept/{token}/" in message.body


def test_a_notification_turned_off_before_its_job_runs_is_not_e_mailed_and_stays_claimed():
    notification = NotificationFactory(message="Your report is ready")
    notification.recipient.email_muted_kinds = [notification.kind]
    notification.recipient.save(update_fields=["email_muted_kinds"])
    assert send_notification_email(notification.pk) == 0
    notification.refresh_from_db()
    assert notification.emailed_at is not None  # nothing left to send: the claim stays
    assert mail.outbox == []


@pytest.mark.django_db(transaction=True)
def test_one_job_delivered_twice_at_the_same_moment_e_mails_once():
    """Run on PostgreSQL (CI): both deliveries race to claim the notification; the
    conditional UPDATE lets one of them through."""
    from django.db import connection, connections

    if connection.vendor != "postgresql":
        pytest.skip("needs concurrent connections: run with DATABASE_URL set to PostgreSQL")
    notification = NotificationFactory(message="Your report is ready")
    start = threading.Barrier(2)
    sent, errors = [], []

    def deliver():
        try:
            start.wait()
            sent.append(send_notification_email(notification.pk))
        except Exception as error:  # reported below
            errors.append(error)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=deliver) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    assert not errors
    assert sorted(sent) == [0, 1]
    assert len(mail.outbox) == 1
