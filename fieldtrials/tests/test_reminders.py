"""The daily reminders: a trial's team hears of milestones due within seven days or overdue
and of a missing monthly update, in the app and by e-mail, once however often the check runs."""

import datetime

import pytest
from django.core import mail
from django.urls import reverse
from django_celery_beat.models import PeriodicTask

from accounts.models import Notification, Role
from accounts.tests.factories import UserFactory
from fieldtrials.models import FieldTrial, Milestone, MonthlyUpdate
from fieldtrials.tasks import send_daily_reminders
from fieldtrials.tests.factories import FieldTrialFactory, FieldTrialMembershipFactory

pytestmark = pytest.mark.django_db

TODAY = datetime.date(2026, 11, 16)


@pytest.fixture
def trial():
    trial = FieldTrialFactory(title="Stevenage 14-19", start_date=datetime.date(2026, 1, 5))
    FieldTrialMembershipFactory(
        field_trial=trial, user=UserFactory(email="head@example.org"), role=Role.PRACTITIONER
    )
    FieldTrialMembershipFactory(
        field_trial=trial, user=UserFactory(email="consultant@example.org"), role=Role.CONSULTANT
    )
    FieldTrialMembershipFactory(
        field_trial=trial, user=UserFactory(email="reader@example.org"), role=Role.PARTNER
    )
    # October is reported, so only the milestones are due.
    MonthlyUpdate.objects.create(
        field_trial=trial,
        month=datetime.date(2026, 10, 1),
        rag="green",
        what_happened="Governance group met",
        status=MonthlyUpdate.Status.SUBMITTED,
        author=trial.memberships.first().user,
    )
    trial.latest_update_month = datetime.date(2026, 10, 1)
    trial.save()
    return trial


def milestone(trial, title, due, completed=None):
    return Milestone.objects.create(
        field_trial=trial, title=title, due_on=due, completed_on=completed
    )


def run(today, on_commit):
    from fieldtrials.services.reminders import remind_milestones, remind_missing_updates

    with on_commit(execute=True):
        return remind_milestones(today=today) + remind_missing_updates(today=today)


def told(kind):
    return sorted(Notification.objects.filter(kind=kind).values_list("recipient__email", "message"))


def test_the_team_hears_of_a_milestone_due_within_seven_days_and_then_once_overdue(
    trial, django_capture_on_commit_callbacks
):
    plan = milestone(trial, "Governance group agrees the offer", TODAY + datetime.timedelta(7))
    milestone(trial, "Far off", TODAY + datetime.timedelta(8))
    milestone(trial, "Already done", TODAY - datetime.timedelta(3), completed=TODAY)

    assert run(TODAY, django_capture_on_commit_callbacks) == 2
    message = (
        "Stevenage 14-19: the milestone “Governance group agrees the offer” is due on "
        "23 November 2026."
    )
    assert told("milestone_due") == [
        ("consultant@example.org", message),
        ("head@example.org", message),
    ]  # the team, not a partner reading the trial
    assert sorted(m.to[0] for m in mail.outbox) == ["consultant@example.org", "head@example.org"]
    first = mail.outbox[0]
    assert first.subject == "Due 23 November: Governance group agrees the offer"
    assert f"http://127.0.0.1:8000/milestones/{plan.pk}/edit/" in first.body
    notification = Notification.objects.filter(kind="milestone_due").first()
    assert notification.url == reverse("fieldtrials:fieldtrial_detail", args=[trial.pk]) + (
        "#milestones"
    )

    later = plan.due_on + datetime.timedelta(1)  # "Far off" is now due today
    assert run(later, django_capture_on_commit_callbacks) == 4
    assert [m for _, m in told("milestone_overdue")] == [
        "Stevenage 14-19: the milestone “Governance group agrees the offer” was due on "
        "23 November 2026."
    ] * 2
    assert sum("Far off" in m for _, m in told("milestone_due")) == 2
    # One e-mail a person for the morning's two milestones.
    assert len(mail.outbox) == 4
    assert {m.subject for m in mail.outbox[2:]} == {
        "2 milestones due or overdue in Stevenage 14-19"
    }


def test_running_the_checks_twice_tells_nobody_twice(trial, django_capture_on_commit_callbacks):
    milestone(trial, "Baseline gathered", TODAY + datetime.timedelta(2))
    milestone(trial, "Audit done", TODAY - datetime.timedelta(20))
    november = TODAY.replace(month=12, day=3)  # November has ended without an update
    assert run(november, django_capture_on_commit_callbacks) == 6
    sent = len(mail.outbox)
    assert run(november, django_capture_on_commit_callbacks) == 0
    with django_capture_on_commit_callbacks(execute=True):
        assert send_daily_reminders.delay().get() == {"milestones": 0, "missing_updates": 0}
    assert Notification.objects.count() == 6
    # Two people: one e-mail each of both milestones, one each of the missing update.
    assert len(mail.outbox) == sent == 4


def test_the_unique_key_decides_when_a_check_reads_before_another_writes(trial):
    from accounts.services import notify

    person = trial.memberships.first().user
    first = notify(recipient=person, kind="milestone_due", message="Due", key="milestone:1")
    second = notify(recipient=person, kind="milestone_due", message="Due", key="milestone:1")
    assert first is not None and second is None
    assert Notification.objects.filter(recipient=person).count() == 1


def test_a_missing_update_is_told_once_the_month_has_ended(
    trial, django_capture_on_commit_callbacks
):
    assert run(TODAY, django_capture_on_commit_callbacks) == 0  # October is in
    december = datetime.date(2026, 12, 1)
    assert run(december, django_capture_on_commit_callbacks) == 2
    message = "Stevenage 14-19: the monthly update for November 2026 has not been submitted yet."
    assert [m for _, m in told("update_missing")] == [message, message]
    notification = Notification.objects.get(
        kind="update_missing", recipient__email="head@example.org"
    )
    assert notification.url == (
        reverse("fieldtrials:update_create", args=[trial.pk]) + "?month=2026-11"
    )


def test_completed_and_withdrawn_trials_are_left_alone(trial, django_capture_on_commit_callbacks):
    milestone(trial, "Never finished", TODAY - datetime.timedelta(5))
    trial.status = FieldTrial.Status.COMPLETED
    trial.save()
    assert run(datetime.date(2026, 12, 2), django_capture_on_commit_callbacks) == 0
    assert not Notification.objects.exists()


def test_a_kind_turned_off_by_email_is_still_shown_in_the_app(
    trial, django_capture_on_commit_callbacks
):
    head = trial.memberships.get(role=Role.PRACTITIONER).user
    head.email_muted_kinds = ["milestone_due"]
    head.save()
    milestone(trial, "Baseline gathered", TODAY + datetime.timedelta(2))
    assert run(TODAY, django_capture_on_commit_callbacks) == 2
    assert Notification.objects.filter(recipient=head, kind="milestone_due").exists()
    assert [m.to[0] for m in mail.outbox] == ["consultant@example.org"]


def test_the_daily_reminders_are_a_periodic_task_editable_in_the_admin(client):
    client.force_login(UserFactory(is_staff=True, is_superuser=True))
    task = PeriodicTask.objects.get(task="fieldtrials.tasks.send_daily_reminders")
    assert task.enabled
    assert (task.crontab.minute, task.crontab.hour, task.crontab.day_of_month) == ("0", "7", "*")
    response = client.get(reverse("admin:django_celery_beat_periodictask_change", args=[task.pk]))
    assert response.status_code == 200


def test_the_checks_cost_the_same_queries_for_few_and_many_trials(django_assert_num_queries):
    from fieldtrials.services.reminders import remind_milestones

    def make(n):
        for _ in range(n):
            t = FieldTrialFactory(start_date=datetime.date(2026, 1, 5))
            FieldTrialMembershipFactory(field_trial=t)
            milestone(t, "Due", TODAY + datetime.timedelta(1))

    # Reading costs five queries whatever the data (milestones, teams, consultants, people,
    # who was told already); each notification made is one insert in its own savepoint.
    make(2)
    with django_assert_num_queries(5 + 2 * 3):
        assert remind_milestones(today=TODAY) == 2
    with django_assert_num_queries(5):
        assert remind_milestones(today=TODAY) == 0
    make(20)
    with django_assert_num_queries(5 + 20 * 3):
        assert remind_milestones(today=TODAY) == 20
    with django_assert_num_queries(5):
        assert remind_milestones(today=TODAY) == 0
