"""A morning's missing monthly updates reach each person in one e-mail: every trial of theirs
whose update for the month just ended is not in, by name, each with the link to write it; the
subject says how many, or names the one trial; and no trial's reminder is e-mailed twice,
however often or however many at once the run and its e-mail jobs go."""

import datetime

import pytest
from django.core import mail

from accounts.models import Notification, Role
from accounts.tests.factories import UserFactory
from fieldtrials.models import FieldTrial
from fieldtrials.services.reminders import remind_missing_updates
from fieldtrials.tasks import send_update_reminders
from fieldtrials.tests.factories import FieldTrialFactory, FieldTrialMembershipFactory
from nextpractice.testing.races import at_once

pytestmark = pytest.mark.django_db

TODAY = datetime.date(2026, 12, 7)  # November has ended
SITE = "http://127.0.0.1:8000"
LONG = (
    "Costs of transport between sites for the blocked afternoons agreed with the governors "
    "of all three schools and the college, a trial of Stevenage"
)


def trial_with(title, *people):
    trial = FieldTrialFactory(
        title=title, start_date=datetime.date(2026, 1, 5), status=FieldTrial.Status.INCUBATING
    )
    for person in people:
        FieldTrialMembershipFactory(field_trial=trial, user=person, role=Role.PRACTITIONER)
    return trial


def run(on_commit, today=TODAY):
    with on_commit(execute=True):
        return remind_missing_updates(today=today)


def write_link(trial):
    return f"{SITE}/field-trials/{trial.pk}/updates/new/?month=2026-11"


@pytest.fixture
def head():
    return UserFactory(full_name="Ruth Ellis", email="ruth@example.org")


def test_someone_on_two_trials_missing_their_updates_gets_one_email_listing_both(
    head, django_capture_on_commit_callbacks
):
    stevenage = trial_with("Stevenage: A Learning Town", head)
    knowsley = trial_with("Knowsley 14-19", head)

    assert run(django_capture_on_commit_callbacks) == 2
    assert Notification.objects.filter(recipient=head).count() == 2  # in the app, one each
    [message] = mail.outbox
    assert message.to == ["ruth@example.org"]
    assert message.subject == "Monthly updates due for 2 trials"
    body = message.body
    assert body.startswith(
        "Hello Ruth,\n\nThe monthly updates of 2 of your field trials have not been submitted "
        "yet. Each one's link below opens the form to write it."
    )
    # By trial, in the order of their names, each with the link to write its update.
    assert (
        body.index("Knowsley 14-19: the update for November 2026\n")
        < body.index(f"Write it: {write_link(knowsley)}\n")
        < body.index("Stevenage: A Learning Town: the update for November 2026\n")
        < body.index(f"Write it: {write_link(stevenage)}\n")
    )
    assert (
        f"Choose which notifications you get by e-mail: {SITE}/accounts/notifications/e-mail/"
        in body
    )
    assert message.extra_headers["Auto-Submitted"] == "auto-generated"


def test_one_trial_is_named_in_the_subject_a_long_name_cut(
    head, django_capture_on_commit_callbacks
):
    trial = trial_with(LONG, head)
    run(django_capture_on_commit_callbacks)
    [message] = mail.outbox
    assert message.subject.startswith("Monthly update due: Costs of transport between sites")
    assert message.subject.endswith("…") and len(message.subject) <= 105
    assert message.body.startswith(
        "Hello Ruth,\n\nThe monthly update of your field trial has not been submitted yet. The "
        "link below opens the form to write it."
    )
    assert f"{LONG}: the update for November 2026\nWrite it: {write_link(trial)}" in message.body


def test_each_of_a_team_gets_their_own_email(head, django_capture_on_commit_callbacks):
    lee = UserFactory(email="lee@example.org")
    trial_with("Knowsley 14-19", head, lee)
    trial_with("Bridgemary", head)
    run(django_capture_on_commit_callbacks)
    subjects = {m.to[0]: m.subject for m in mail.outbox}
    assert subjects == {
        "ruth@example.org": "Monthly updates due for 2 trials",
        "lee@example.org": "Monthly update due: Knowsley 14-19",
    }


def test_a_second_run_sends_nothing(head, django_capture_on_commit_callbacks):
    trial_with("Knowsley 14-19", head)
    trial_with("Bridgemary", head)
    run(django_capture_on_commit_callbacks)
    assert run(django_capture_on_commit_callbacks) == 0
    assert len(mail.outbox) == 1


def test_the_same_email_job_delivered_twice_sends_once(head):
    trial_with("Knowsley 14-19", head)
    remind_missing_updates(today=TODAY, email=False)
    ids = list(Notification.objects.values_list("pk", flat=True))
    assert send_update_reminders(head.pk, ids, TODAY.isoformat()) == 1
    assert send_update_reminders(head.pk, ids, TODAY.isoformat()) == 0
    assert len(mail.outbox) == 1


def test_someone_who_turned_these_emails_off_gets_none_but_is_told_in_the_app(
    head, django_capture_on_commit_callbacks
):
    muted = UserFactory(email="muted@example.org")
    muted.email_muted_kinds = ["update_missing"]
    muted.save()
    trial_with("Knowsley 14-19", head, muted)
    run(django_capture_on_commit_callbacks)
    assert [m.to for m in mail.outbox] == [["ruth@example.org"]]
    assert Notification.objects.filter(recipient=muted).count() == 1


def test_an_update_submitted_before_the_email_went_is_left_out(head):
    knowsley = trial_with("Knowsley 14-19", head)
    trial_with("Bridgemary", head)
    remind_missing_updates(today=TODAY, email=False)
    FieldTrial.objects.filter(pk=knowsley.pk).update(latest_update_month=datetime.date(2026, 11, 1))
    ids = list(Notification.objects.values_list("pk", flat=True))
    send_update_reminders(head.pk, ids, TODAY.isoformat())
    [message] = mail.outbox
    assert message.subject == "Monthly update due: Bridgemary"
    assert "Knowsley" not in message.body


@pytest.mark.django_db(transaction=True)
def test_two_deliveries_of_one_email_job_at_once_send_one_email(head):
    trial_with("Knowsley 14-19", head)
    trial_with("Bridgemary", head)
    remind_missing_updates(today=TODAY, email=False)
    ids = list(Notification.objects.values_list("pk", flat=True))
    job = lambda: send_update_reminders(head.pk, ids, TODAY.isoformat())  # noqa: E731
    sent, errors = at_once([job] * 4)
    assert not errors
    assert sorted(sent) == [0, 0, 0, 1]
    assert len(mail.outbox) == 1


@pytest.mark.django_db(transaction=True)
def test_two_runs_at_once_email_each_trial_once(head):
    """Each run e-mails only the notifications it made (the unique key decides between
    them), and their e-mail jobs run in-process here, as the runs go."""
    for n in range(5):
        trial_with(f"Trial {n}", head)
    made, errors = at_once([lambda: remind_missing_updates(today=TODAY)] * 2)
    assert not errors
    assert sum(made) == 5
    listed = [line for m in mail.outbox for line in m.body.splitlines() if "Write it:" in line]
    assert len(listed) == 5
    assert Notification.objects.filter(emailed_at__isnull=True).count() == 0
