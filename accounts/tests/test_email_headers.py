"""Automated mail a person chose to get (notifications, the monthly report's, milestone
reminders, the digest) says where to stop it in a List-Unsubscribe header, so that their mail
app offers "Unsubscribe", and that it was sent by a machine (Auto-Submitted), so that no
out-of-office reply comes back; mail sent because someone asked for it (a password reset, an
invitation, a password changed) has neither. Read from the messages as sent."""

import datetime

import pytest
from django.core import mail
from django.urls import reverse

from accounts.models import Role
from accounts.people import services as people
from accounts.services import tell_of_new_password
from accounts.tests.factories import UserFactory
from fieldtrials.models import Milestone
from fieldtrials.services.reminders import remind_milestones
from fieldtrials.tests.factories import FieldTrialFactory, FieldTrialMembershipFactory
from following.services import choose_digest, follow
from following.tasks import send_digests
from following.tests.factories import fill
from programmes.tests.factories import ProgrammeMembershipFactory, ProjectFactory
from reports.models import Report
from reports.services import tell_readers

pytestmark = pytest.mark.django_db

NOTIFICATIONS_PAGE = "<http://127.0.0.1:8000/accounts/notifications/e-mail/>"
DIGEST_PAGE = "<http://127.0.0.1:8000/following/digest/>"


def headers_of(message):
    """The headers as the mail server gets them."""
    sent = message.message()
    return sent["List-Unsubscribe"], sent["Auto-Submitted"]


def test_a_notification_says_where_to_choose_which_come_by_email(
    django_capture_on_commit_callbacks,
):
    trial = FieldTrialFactory(title="Bridgemary College")
    officer = UserFactory()
    ProgrammeMembershipFactory(programme=trial.project.programme, user=officer, role=Role.OFFICER)
    UserFactory(email="head@bridgemary.example")
    with django_capture_on_commit_callbacks(execute=True):
        people.invite(
            target=trial, email="head@bridgemary.example", role=Role.PRACTITIONER, actor=officer
        )
    [message] = mail.outbox
    assert message.subject.startswith("You were added to Bridgemary College")
    assert headers_of(message) == (NOTIFICATIONS_PAGE, "auto-generated")


def test_a_monthly_report_ready_says_so_too(django_capture_on_commit_callbacks):
    project = ProjectFactory(title="Lantern Project")
    officer = UserFactory()
    ProgrammeMembershipFactory(programme=project.programme, user=officer, role=Role.OFFICER)
    report = Report.objects.create(
        project=project,
        kind=Report.Kind.MONTHLY,
        period=datetime.date(2026, 11, 1),
        state=Report.State.READY,
    )
    with django_capture_on_commit_callbacks(execute=True):
        tell_readers(report, ready=True)
    [message] = mail.outbox
    assert message.subject == "Monthly report ready: Lantern Project, November 2026"
    assert headers_of(message) == (NOTIFICATIONS_PAGE, "auto-generated")


def test_the_milestone_reminders_say_so_too(django_capture_on_commit_callbacks):
    trial = FieldTrialFactory(start_date=datetime.date(2026, 1, 5))
    FieldTrialMembershipFactory(field_trial=trial, role=Role.PRACTITIONER)
    today = datetime.date(2026, 12, 7)
    Milestone.objects.create(field_trial=trial, title="Audit", due_on=today)
    with django_capture_on_commit_callbacks(execute=True):
        remind_milestones(today=today)
    [message] = mail.outbox
    assert headers_of(message) == (NOTIFICATIONS_PAGE, "auto-generated")


def test_the_digest_names_its_own_settings_page(world):
    leader = world.users["leader"]
    follow(user=leader, subject=world.coral)
    choose_digest(user=leader, frequency="daily")
    fill(world.coral, world.users["officer"], 2, minutes_ago=-1)
    send_digests("daily")
    [message] = mail.outbox
    assert headers_of(message) == (DIGEST_PAGE, "auto-generated")


def test_mail_someone_asked_for_has_neither(client, django_capture_on_commit_callbacks):
    head = UserFactory(email="head@school.example")
    UserFactory(email="gone@school.example", is_active=False)
    for address in ("head@school.example", "gone@school.example"):
        client.post(reverse("accounts:password_reset"), {"email": address})
    trial = FieldTrialFactory()
    officer = UserFactory()
    ProgrammeMembershipFactory(programme=trial.project.programme, user=officer, role=Role.OFFICER)
    with django_capture_on_commit_callbacks(execute=True):
        people.invite(
            target=trial, email="new@school.example", role=Role.PRACTITIONER, actor=officer
        )
        tell_of_new_password(user=head)
    subjects = [m.subject for m in mail.outbox]
    assert len(subjects) == 4, subjects  # reset, switched off, invitation, password changed
    assert [headers_of(m) for m in mail.outbox] == [(None, None)] * 4
