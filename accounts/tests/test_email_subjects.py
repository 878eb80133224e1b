"""E-mail subjects say what matters first: what happened, then to what, with the role or the
dates whole; a long name is what is cut, at a word; no "Next Practice:" where the From name
says it already."""

import datetime

import pytest
from django.core import mail
from django.urls import reverse

from accounts.models import Role
from accounts.people import services
from accounts.services import notify
from accounts.tests.factories import UserFactory
from fieldtrials.tests.factories import FieldTrialFactory
from nextpractice.mail import subject_line
from programmes.tests.factories import ProgrammeFactory, ProgrammeMembershipFactory, ProjectFactory
from reports.models import Report
from reports.services import tell_readers
from toolkit.tasks import send_invitation
from toolkit.tests.factories import ParticipationFactory

pytestmark = pytest.mark.django_db


def test_someone_added_to_a_trial_is_told_where_and_as_what_first(
    django_capture_on_commit_callbacks,
):
    trial = FieldTrialFactory(title="Bridgemary College")
    officer = UserFactory(full_name="Olivia Okafor")
    ProgrammeMembershipFactory(programme=trial.project.programme, user=officer, role=Role.OFFICER)
    UserFactory(email="head@bridgemary.example")
    with django_capture_on_commit_callbacks(execute=True):
        services.invite(
            target=trial, email="head@bridgemary.example", role=Role.PRACTITIONER, actor=officer
        )
    [message] = mail.outbox
    assert message.subject == (
        "You were added to Bridgemary College as a school leader or practitioner"
    )
    assert "Olivia Okafor added you as a school leader or practitioner" in message.body


def test_a_report_ready_says_so_first_then_its_subject_and_dates_whole(
    django_capture_on_commit_callbacks,
):
    programme = ProgrammeFactory(name="System Leadership")
    officer = UserFactory()
    ProgrammeMembershipFactory(programme=programme, user=officer, role=Role.OFFICER)
    report = Report.objects.create(
        programme=programme,
        requested_by=officer,
        state=Report.State.READY,
        covers_from=datetime.date(2026, 11, 7),
        covers_to=datetime.date(2026, 12, 6),
    )
    with django_capture_on_commit_callbacks(execute=True):
        tell_readers(report, ready=True)
    [message] = mail.outbox
    assert message.subject == "Report ready: System Leadership, 7 November to 6 December 2026"
    assert "Your progress report on System Leadership covering 7 November 2026" in message.body


def test_a_report_on_a_long_named_programme_keeps_its_dates_and_cuts_the_name_at_a_word(
    django_capture_on_commit_callbacks,
):
    programme = ProgrammeFactory(
        name="System Leadership: collaborative partnerships of schools, colleges and local "
        "authorities across the north east"
    )
    officer = UserFactory()
    ProgrammeMembershipFactory(programme=programme, user=officer, role=Role.OFFICER)
    report = Report.objects.create(
        programme=programme,
        requested_by=officer,
        covers_from=datetime.date(2026, 11, 7),
        covers_to=datetime.date(2026, 11, 30),
    )
    with django_capture_on_commit_callbacks(execute=True):
        tell_readers(report, ready=False)
    [message] = mail.outbox
    assert message.subject.startswith("Report could not be made: System Leadership: ")
    assert message.subject.endswith("…, 7 to 30 November 2026")
    assert len(message.subject) <= 105


def test_a_message_without_a_subject_of_its_own_is_cut_at_a_word(
    django_capture_on_commit_callbacks,
):
    person = UserFactory()
    words = "Something happened to the reading trial at Bridgemary College " * 3
    with django_capture_on_commit_callbacks(execute=True):
        notify(recipient=person, kind="milestone_due", message=words, key="a")
    [message] = mail.outbox
    assert message.subject.endswith("…") and len(message.subject) <= 105
    kept = message.subject.removesuffix("…")
    assert words.startswith(kept) and words[len(kept)] == " "  # whole words only
    assert not message.subject.startswith("Next Practice")  # the From name says it


def test_the_site_is_named_in_the_subject_only_when_the_from_name_does_not_say_it(settings):
    settings.DEFAULT_FROM_EMAIL = "Next Practice <noreply@example.org>"
    assert subject_line("Report ready: Reading.") == "Report ready: Reading"
    settings.DEFAULT_FROM_EMAIL = "noreply@example.org"
    assert subject_line("Report ready: Reading") == "Next Practice: Report ready: Reading"
    settings.DEFAULT_FROM_EMAIL = "Innovation Unit <noreply@example.org>"
    assert subject_line("Report ready: Reading") == "Next Practice: Report ready: Reading"


def test_a_monthly_report_ready_says_its_month_and_that_it_is_monthly(
    django_capture_on_commit_callbacks,
):
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
        failed = Report.objects.create(
            project=project, kind=Report.Kind.MONTHLY, period=datetime.date(2026, 12, 1)
        )
        tell_readers(failed, ready=False)
    assert [m.subject for m in mail.outbox] == [
        "Monthly report ready: Lantern Project, November 2026",
        "Monthly report could not be made: Lantern Project, December 2026",
    ]


@pytest.mark.parametrize(
    "from_email, first",
    [("Next Practice <noreply@example.org>", ""), ("noreply@example.org", "Next Practice: ")],
)
def test_every_other_e_mail_s_subject_follows_the_same_rule(client, settings, from_email, first):
    """A password reset, the answer to a switched-off account asking for one, and an
    exercise's invitation: what happened first, the site named only where the From name
    does not (the digest's: following/tests/test_digest.py)."""
    settings.DEFAULT_FROM_EMAIL = from_email
    UserFactory(email="head@school.example")
    UserFactory(email="gone@school.example", is_active=False)
    for address in ("head@school.example", "gone@school.example"):
        client.post(reverse("accounts:password_reset"), {"email": address})
    participation = ParticipationFactory(exercise__title="Delta 6 with Coral")
    send_invitation(participation.pk)
    assert [m.subject for m in mail.outbox] == [
        f"{first}Reset your password",
        f"{first}Your account is switched off",
        f"{first}You are invited to “Delta 6 with Coral”",
    ]
