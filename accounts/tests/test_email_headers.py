"""Automated mail a person chose to get (notifications, the monthly report's, milestone
reminders, the digest) says where to stop it in a List-Unsubscribe header, so that their mail
app offers "Unsubscribe", and that it was sent by a machine (Auto-Submitted), so that no
out-of-office reply comes back; mail sent because someone asked for it (a password reset, an
invitation, a password changed) has neither. Each kind of e-mail a person may switch off on
the notification e-mails page is stopped with one click (RFC 8058: List-Unsubscribe-Post and
a link that needs no sign-in, accounts/unsubscribe.py); the digest, chosen on a page of its
own, names that page. Read from the messages as sent."""

import datetime

import pytest
from django.core import mail
from django.urls import reverse

from accounts.models import NotificationKind, Role
from accounts.people import services as people
from accounts.services import notify, tell_of_new_password
from accounts.tests.email_headers import stops
from accounts.tests.factories import UserFactory
from accounts.unsubscribe import unsubscribe_url
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

DIGEST_PAGE = "<http://127.0.0.1:8000/following/digest/>"
ONE_CLICK = "List-Unsubscribe=One-Click"


def headers_of(message):
    """The headers as the mail server gets them (a one-click link as what it stops)."""
    sent = message.message()
    return stops(sent["List-Unsubscribe"]), sent["List-Unsubscribe-Post"], sent["Auto-Submitted"]


def one_click(person, *kinds):
    """The headers of an e-mail to `person` of `kinds`, stopped with one click."""
    return stops(f"<{unsubscribe_url(person, kinds)}>"), ONE_CLICK, "auto-generated"


@pytest.mark.parametrize("kind", NotificationKind)
def test_every_kind_of_notification_is_stopped_with_one_click(
    kind, django_capture_on_commit_callbacks
):
    person = UserFactory()
    with django_capture_on_commit_callbacks(execute=True):
        notify(recipient=person, kind=kind, message="Something happened", key="test:1")
    [message] = mail.outbox
    assert headers_of(message) == one_click(person, kind)
    assert unsubscribe_url(person, [kind]).startswith("http://127.0.0.1:8000/accounts/")


def test_a_notification_says_where_to_choose_which_come_by_email(
    django_capture_on_commit_callbacks,
):
    trial = FieldTrialFactory(title="Bridgemary College")
    officer = UserFactory()
    ProgrammeMembershipFactory(programme=trial.project.programme, user=officer, role=Role.OFFICER)
    head = UserFactory(email="head@bridgemary.example")
    with django_capture_on_commit_callbacks(execute=True):
        people.invite(
            target=trial, email="head@bridgemary.example", role=Role.PRACTITIONER, actor=officer
        )
    [message] = mail.outbox
    assert message.subject.startswith("You were added to Bridgemary College")
    assert headers_of(message) == one_click(head, NotificationKind.MEMBERSHIP)


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
    assert headers_of(message) == one_click(officer, NotificationKind.MONTHLY_REPORT_READY)


def test_the_milestone_reminders_say_so_too(django_capture_on_commit_callbacks):
    trial = FieldTrialFactory(start_date=datetime.date(2026, 1, 5))
    member = FieldTrialMembershipFactory(field_trial=trial, role=Role.PRACTITIONER).user
    today = datetime.date(2026, 12, 7)
    Milestone.objects.create(field_trial=trial, title="Audit", due_on=today)
    with django_capture_on_commit_callbacks(execute=True):
        remind_milestones(today=today)
    [message] = mail.outbox
    assert headers_of(message) == one_click(member, NotificationKind.MILESTONE_DUE)


def test_reminders_of_milestones_due_and_overdue_stop_both_kinds(
    django_capture_on_commit_callbacks,
):
    trial = FieldTrialFactory(start_date=datetime.date(2026, 1, 5))
    member = FieldTrialMembershipFactory(field_trial=trial, role=Role.PRACTITIONER).user
    today = datetime.date(2026, 12, 7)
    Milestone.objects.create(field_trial=trial, title="Audit", due_on=today)
    Milestone.objects.create(field_trial=trial, title="Survey", due_on=datetime.date(2026, 12, 1))
    with django_capture_on_commit_callbacks(execute=True):
        remind_milestones(today=today)
    [message] = mail.outbox
    both = (NotificationKind.MILESTONE_DUE, NotificationKind.MILESTONE_OVERDUE)
    assert headers_of(message) == one_click(member, *both)


def test_the_digest_names_its_own_settings_page(world):
    leader = world.users["leader"]
    follow(user=leader, subject=world.coral)
    choose_digest(user=leader, frequency="daily")
    fill(world.coral, world.users["officer"], 2, minutes_ago=-1)
    send_digests("daily")
    [message] = mail.outbox
    assert headers_of(message) == (DIGEST_PAGE, None, "auto-generated")


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
    assert [headers_of(m) for m in mail.outbox] == [(None, None, None)] * 4
