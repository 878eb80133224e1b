"""An invitation whose e-mail could not go says so on its People page, and why: the mail
server refused the address for good (not retried), or its job gave up after its retries.
"Send again" forgets it. The e-mail goes through Django's own machinery to a stand-in mail
server (an e-mail backend), and the job runs as the suite runs jobs (in-process, retries
and all: nextpractice/testing/fixtures.py)."""

import re
from html import unescape
from smtplib import SMTPRecipientsRefused

import pytest
from celery.exceptions import Retry
from django.core import mail
from django.core.mail.backends.base import BaseEmailBackend
from django.urls import reverse
from django.utils import timezone

from accounts.models import Invitation, Role
from accounts.people import services
from accounts.tests.factories import UserFactory
from fieldtrials.tests.factories import FieldTrialFactory
from nextpractice.job_queue import _invitation_emails
from programmes.tests.factories import ProgrammeMembershipFactory

pytestmark = pytest.mark.django_db
HERE = "accounts.tests.test_invitation_email_failures"


class StandInMailServer(BaseEmailBackend):
    """A stand-in for the mail server: answers each e-mail, in turn, with the next of
    `answers` (an exception it raises, as smtplib would, or None: taken, kept in the outbox),
    the last one for good; `tried` keeps every e-mail it was given."""

    answers = [None]
    tried = []

    def send_messages(self, messages):
        for message in messages:
            type(self).tried.append(message)
            answers = type(self).answers
            answer = answers.pop(0) if len(answers) > 1 else answers[0]
            if answer is not None:
                raise answer
            mail.outbox.append(message)
        return len(messages)


@pytest.fixture
def mail_server(settings):
    """The stand-in mail server, told how to answer by setting its `answers`."""
    settings.EMAIL_BACKEND = f"{HERE}.StandInMailServer"
    StandInMailServer.answers, StandInMailServer.tried = [None], []
    return StandInMailServer


def refused(code=550):
    """What smtplib raises when the server refuses the one address (550: no such mailbox)."""
    return SMTPRecipientsRefused({"head@school.example": (code, b"5.1.1 No such user here")})


@pytest.fixture
def trial():
    return FieldTrialFactory(title="Larch Trial")


@pytest.fixture
def officer(trial):
    person = UserFactory(full_name="Olive Officer")
    ProgrammeMembershipFactory(programme=trial.project.programme, user=person, role=Role.OFFICER)
    return person


def invite(trial, officer, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):  # its job runs, as after commit
        result = services.invite(
            target=trial, email="head@school.example", role=Role.PRACTITIONER, actor=officer
        )
    result.invitation.refresh_from_db()
    return result.invitation


def token_in(message):
    return re.search(r"/invitations/accept/([^/\s]+)/", message.body).group(1)


def its_row(client, officer, trial):
    """The invitation's cell on the trial's People page, as read."""
    client.force_login(officer)
    page = client.get(reverse("people:people", args=["field-trial", trial.pk]))
    text = unescape(re.sub(r"<[^>]+>", "", page.content.decode()))
    return " ".join(text.split("head@school.example")[1].split("Send")[0].split())


def test_an_address_the_mail_server_refuses_is_recorded_once_and_not_retried(
    client, trial, officer, mail_server, django_capture_on_commit_callbacks
):
    mail_server.answers = [refused(550)]
    invitation = invite(trial, officer, django_capture_on_commit_callbacks)
    assert len(mail_server.tried) == 1  # refused for good: no retry asks again
    assert invitation.emailed_at is None and invitation.email_failed_at is not None
    assert invitation.email_failure == Invitation.EmailFailure.ADDRESS
    when = invitation.email_failed_at
    row = its_row(client, officer, trial)
    assert row.startswith("Could not be e-mailed (")
    assert (
        "): the mail server refused the address. If the address is wrong, withdraw this "
        "invitation and invite them at the right one; if it is right, send it again."
    ) in row
    assert "Not e-mailed yet" not in row
    # The job delivered again (its worker died before saying it was done) tries nothing.
    from accounts.tasks import send_invitation_email

    token = token_in(mail_server.tried[0])
    mail_server.answers = [None]
    assert send_invitation_email(invitation.pk, token) == 0
    assert len(mail_server.tried) == 1 and mail.outbox == []
    invitation.refresh_from_db()
    assert invitation.email_failed_at == when
    # Nor does the queue's page count it as waiting to be e-mailed: nothing will send it.
    assert _invitation_emails(invitation.created_at).waiting == 0


def test_send_again_forgets_the_failure_and_e_mails_it(
    client, trial, officer, mail_server, django_capture_on_commit_callbacks
):
    mail_server.answers = [refused(550)]
    invitation = invite(trial, officer, django_capture_on_commit_callbacks)
    assert invitation.email_failed_at is not None
    mail_server.answers = [None]  # the address put right at the other end
    with django_capture_on_commit_callbacks(execute=True):
        services.resend_invitation(invitation=invitation, actor=officer)
    invitation.refresh_from_db()
    assert invitation.emailed_at is not None
    assert invitation.email_failed_at is None and invitation.email_failure == ""
    [message] = mail.outbox
    services.accept_invitation(
        token=token_in(message), full_name="Hazel Head", password="a long enough pass phrase"
    )
    invitation.refresh_from_db()
    assert invitation.state == Invitation.State.ACCEPTED


def test_an_invitation_sent_again_after_its_e_mail_failed_says_the_first_could_not_be_sent(
    trial, officer, mail_server, django_capture_on_commit_callbacks
):
    """It said "This invitation replaces the one sent on …" of an e-mail that never went."""
    from nextpractice.words import long_date

    mail_server.answers = [refused(550)]
    invitation = invite(trial, officer, django_capture_on_commit_callbacks)
    failed_on = long_date(timezone.localtime(invitation.email_failed_at))
    mail_server.answers = [None]
    with django_capture_on_commit_callbacks(execute=True):
        services.resend_invitation(invitation=invitation, actor=officer)
    [message] = mail.outbox
    body = " ".join(message.body.split())
    assert (
        f"The invitation before this one could not be sent on {failed_on}; this one "
        "replaces it." in body
    )
    assert "replaces the one sent on" not in body


def test_send_again_says_not_e_mailed_yet_until_its_job_has_run(
    client, trial, officer, mail_server, django_capture_on_commit_callbacks
):
    mail_server.answers = [refused(550)]
    invitation = invite(trial, officer, django_capture_on_commit_callbacks)
    services.resend_invitation(invitation=invitation, actor=officer)  # its job not run yet
    row = its_row(client, officer, trial)
    assert row.startswith("Not e-mailed yet") and "Could not" not in row


def test_send_again_from_the_page_says_it_is_being_e_mailed_not_that_it_went(
    client, trial, officer, mail_server, django_capture_on_commit_callbacks
):
    """The banner said "We have e-mailed the invitation … again" before its job had run, and
    the mail server refused it again (tester O)."""
    mail_server.answers = [refused(550)]
    invitation = invite(trial, officer, django_capture_on_commit_callbacks)
    client.force_login(officer)
    url = reverse("people:invitation_resend", args=[invitation.pk])
    page = unescape(client.post(url, follow=True).content.decode())
    assert "We are e-mailing the invitation to head@school.example again" in page
    assert "We have e-mailed" not in page


def retry(invitation, token, retries):
    """Its job run again as Celery runs its retry number `retries` (the suite runs jobs
    in-process, where a retry is not run again of itself)."""
    from accounts.tasks import send_invitation_email

    return send_invitation_email.apply(args=[invitation.pk, token], retries=retries)


def test_a_mail_server_down_is_retried_and_recorded_when_the_last_retry_fails(
    client, trial, officer, mail_server, django_capture_on_commit_callbacks
):
    mail_server.answers = [ConnectionRefusedError(111, "Connection refused")]
    invitation = invite(trial, officer, django_capture_on_commit_callbacks)
    # The first try: its claim given back for the retries, nothing recorded yet.
    assert invitation.emailed_at is None and invitation.email_failed_at is None
    assert its_row(client, officer, trial).startswith("Not e-mailed yet")
    token = token_in(mail_server.tried[0])
    with pytest.raises(Retry):  # its next retry is to come
        retry(invitation, token, retries=2)
    invitation.refresh_from_db()
    assert invitation.email_failed_at is None
    with pytest.raises(ConnectionRefusedError):  # the last: the job gives up
        retry(invitation, token, retries=3)
    assert len(mail_server.tried) == 3 and mail.outbox == []
    invitation.refresh_from_db()
    assert invitation.emailed_at is None
    assert invitation.email_failure == Invitation.EmailFailure.UNREACHABLE
    row = its_row(client, officer, trial)
    assert row.startswith("Could not be e-mailed (")
    assert "the mail server could not be reached, after several tries. If the address" in row


def test_a_try_later_answer_is_not_recorded_and_the_retry_e_mails_it(
    client, trial, officer, mail_server, django_capture_on_commit_callbacks
):
    # 450: the mailbox is busy, try later. Not a refusal for good.
    mail_server.answers = [refused(450), None]
    invitation = invite(trial, officer, django_capture_on_commit_callbacks)
    assert invitation.emailed_at is None and invitation.email_failed_at is None
    retry(invitation, token_in(mail_server.tried[0]), retries=1)
    assert len(mail_server.tried) == 2 and len(mail.outbox) == 1
    invitation.refresh_from_db()
    assert invitation.emailed_at is not None and invitation.email_failed_at is None
    assert its_row(client, officer, trial).startswith("E-mailed ")
