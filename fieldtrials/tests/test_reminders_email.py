"""A morning's milestone reminders reach each person in one e-mail: every milestone due
within seven days or overdue in their trials, by trial, each with the link to mark it done
or change its date; the subject says the date first, whatever the milestone's name; and no
milestone is e-mailed twice, however often or however many at once the run and its e-mail
jobs go."""

import datetime

import pytest
from django.core import mail

from accounts.models import Notification, Role
from accounts.tests.factories import UserFactory
from fieldtrials.models import Milestone
from fieldtrials.services.reminders import remind_milestones
from fieldtrials.tasks import send_milestone_reminders
from fieldtrials.tests.factories import FieldTrialFactory, FieldTrialMembershipFactory
from nextpractice.testing.races import at_once

pytestmark = pytest.mark.django_db

TODAY = datetime.date(2026, 12, 7)
SITE = "http://127.0.0.1:8000"
LONG = (
    "Costs of transport between sites for the blocked afternoons agreed with the governors "
    "of all three schools and the college"
)


def trial_with(title, head):
    trial = FieldTrialFactory(title=title, start_date=datetime.date(2026, 1, 5))
    FieldTrialMembershipFactory(field_trial=trial, user=head, role=Role.PRACTITIONER)
    return trial


def milestone(trial, title, days_from_today):
    return Milestone.objects.create(
        field_trial=trial, title=title, due_on=TODAY + datetime.timedelta(days=days_from_today)
    )


def run(on_commit, today=TODAY):
    with on_commit(execute=True):
        return remind_milestones(today=today)


@pytest.fixture
def head():
    return UserFactory(full_name="Ruth Ellis", email="ruth@example.org")


def test_someone_on_two_trials_with_three_milestones_gets_one_email_listing_all_three(
    head, django_capture_on_commit_callbacks
):
    stevenage = trial_with("Stevenage: A Learning Town", head)
    knowsley = trial_with("Knowsley 14-19", head)
    audit = milestone(stevenage, "Audit of timetables", -4)
    baseline = milestone(stevenage, "Baseline gathered", 3)
    survey = milestone(knowsley, "Parents' survey sent", 0)

    assert run(django_capture_on_commit_callbacks) == 3
    assert Notification.objects.filter(recipient=head).count() == 3  # in the app, one each
    [message] = mail.outbox
    assert message.to == ["ruth@example.org"]
    assert message.subject == "3 milestones due or overdue in your field trials"
    body = message.body
    assert body.startswith("Hello Ruth,\n\n3 milestones of your field trials are due or overdue.")
    assert "When one is done, mark it done; if its date has changed, change the date" in body
    # By trial (in the order of their names), each milestone with what to do and where.
    assert body.index("Knowsley 14-19\n") < body.index(
        "“Parents' survey sent” is due on 7 December 2026"
    )
    assert (
        body.index("Stevenage: A Learning Town\n")
        < body.index("Overdue: “Audit of timetables” was due on 3 December 2026")
        < body.index("“Baseline gathered” is due on 10 December 2026")
    )
    assert body.index("Parents' survey sent") < body.index("Stevenage: A Learning Town\n")
    for each in (audit, baseline, survey):
        assert f"Mark it done or change its date: {SITE}/milestones/{each.pk}/edit/" in body
    assert f"All the trial's milestones: {SITE}/field-trials/{stevenage.pk}/milestones/" in body
    assert (
        f"Choose which notifications you get by e-mail: {SITE}/accounts/notifications/e-mail/"
        in body
    )


def test_the_subject_of_one_milestone_keeps_its_date_and_cuts_a_long_name(
    head, django_capture_on_commit_callbacks
):
    trial = trial_with("Stevenage: A Learning Town", head)
    milestone(trial, LONG, 3)
    run(django_capture_on_commit_callbacks)
    [message] = mail.outbox
    assert message.subject.startswith("Due 10 December: Costs of transport between sites")
    assert message.subject.endswith("…") and len(message.subject) <= 105
    assert f"“{LONG}” is due on 10 December 2026" in message.body  # whole in the body
    assert "A milestone of your field trial is due within seven days. If it is done" in (
        message.body
    )

    # Overdue, the next week: said first, with the day it was due.
    run(django_capture_on_commit_callbacks, today=TODAY + datetime.timedelta(days=5))
    overdue = mail.outbox[1]
    assert overdue.subject.startswith("Overdue, was due 10 December: Costs of transport")
    assert len(overdue.subject) <= 105


def test_several_milestones_of_one_trial_name_it_and_a_date_next_year_has_its_year(
    head, django_capture_on_commit_callbacks
):
    trial = trial_with("Knowsley 14-19", head)
    milestone(trial, "Audit", -1)
    milestone(trial, "Survey", -2)
    run(django_capture_on_commit_callbacks)
    assert mail.outbox[0].subject == "2 milestones overdue in Knowsley 14-19"

    new_year = trial_with("Bridgemary", UserFactory(email="lee@example.org"))
    Milestone.objects.create(field_trial=new_year, title="Plan", due_on=datetime.date(2027, 1, 2))
    run(django_capture_on_commit_callbacks, today=datetime.date(2026, 12, 30))
    [message] = [m for m in mail.outbox if m.to == ["lee@example.org"]]
    assert message.subject == "Due 2 January 2027: Plan"


def test_a_second_run_sends_nothing(head, django_capture_on_commit_callbacks):
    trial = trial_with("Knowsley 14-19", head)
    milestone(trial, "Audit", -1)
    milestone(trial, "Survey", 2)
    run(django_capture_on_commit_callbacks)
    assert run(django_capture_on_commit_callbacks) == 0
    assert len(mail.outbox) == 1


def test_the_same_email_job_delivered_twice_sends_once(head, django_capture_on_commit_callbacks):
    trial = trial_with("Knowsley 14-19", head)
    milestone(trial, "Audit", -1)
    remind_milestones(today=TODAY, email=False)
    ids = list(Notification.objects.values_list("pk", flat=True))
    assert send_milestone_reminders(head.pk, ids, TODAY.isoformat()) == 1
    assert send_milestone_reminders(head.pk, ids, TODAY.isoformat()) == 0
    assert len(mail.outbox) == 1


def test_a_switched_off_person_or_one_who_turned_these_emails_off_gets_none(
    head, django_capture_on_commit_callbacks
):
    trial = trial_with("Knowsley 14-19", head)
    left = UserFactory(email="left@example.org", is_active=False)
    FieldTrialMembershipFactory(field_trial=trial, user=left, role=Role.PRACTITIONER)
    muted = UserFactory(email="muted@example.org")
    muted.email_muted_kinds = ["milestone_due", "milestone_overdue"]
    muted.save()
    FieldTrialMembershipFactory(field_trial=trial, user=muted, role=Role.CONSULTANT)
    milestone(trial, "Audit", -1)
    milestone(trial, "Survey", 2)

    run(django_capture_on_commit_callbacks)
    assert [m.to for m in mail.outbox] == [["ruth@example.org"]]
    assert not Notification.objects.filter(recipient=left).exists()
    assert Notification.objects.filter(recipient=muted).count() == 2  # still in the app


def test_only_the_kind_they_still_get_by_email_is_listed(head, django_capture_on_commit_callbacks):
    head.email_muted_kinds = ["milestone_due"]
    head.save()
    trial = trial_with("Knowsley 14-19", head)
    milestone(trial, "Audit", -1)
    milestone(trial, "Survey", 2)
    run(django_capture_on_commit_callbacks)
    [message] = mail.outbox
    assert message.subject == "Overdue, was due 6 December: Audit"
    assert "Survey" not in message.body


def test_a_milestone_done_before_its_email_went_is_left_out(
    head, django_capture_on_commit_callbacks
):
    trial = trial_with("Knowsley 14-19", head)
    done = milestone(trial, "Audit", -1)
    milestone(trial, "Survey", 2)
    remind_milestones(today=TODAY, email=False)
    Milestone.objects.filter(pk=done.pk).update(completed_on=TODAY)
    ids = list(Notification.objects.values_list("pk", flat=True))
    send_milestone_reminders(head.pk, ids, TODAY.isoformat())
    [message] = mail.outbox
    assert message.subject == "Due 9 December: Survey"


@pytest.mark.django_db(transaction=True)
def test_two_deliveries_of_one_email_job_at_once_send_one_email(head):
    trial = trial_with("Knowsley 14-19", head)
    milestone(trial, "Audit", -1)
    milestone(trial, "Survey", 2)
    remind_milestones(today=TODAY, email=False)
    ids = list(Notification.objects.values_list("pk", flat=True))
    job = lambda: send_milestone_reminders(head.pk, ids, TODAY.isoformat())  # noqa: E731
    sent, errors = at_once([job] * 4)
    assert not errors
    assert sorted(sent) == [0, 0, 0, 1]
    assert len(mail.outbox) == 1


@pytest.mark.django_db(transaction=True)
def test_two_runs_at_once_email_each_milestone_once(head):
    """Each run e-mails only the notifications it made (the unique key decides between
    them), and their e-mail jobs run in-process here, as the runs go."""
    trial = trial_with("Knowsley 14-19", head)
    for n in range(5):
        milestone(trial, f"Step {n}", n - 2)
    made, errors = at_once([lambda: remind_milestones(today=TODAY)] * 2)
    assert not errors
    assert sum(made) == 5
    listed = [line for m in mail.outbox for line in m.body.splitlines() if "“Step" in line]
    assert len(listed) == 5
    assert Notification.objects.filter(emailed_at__isnull=True).count() == 0
