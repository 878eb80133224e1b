"""A trial that has ended owes nothing: no monthly update for a month after its end date, no
milestone reminder once its end date has passed, and the officers' attention panel agrees."""

import datetime

import pytest

from accounts.models import Notification, Role
from accounts.tests.factories import UserFactory
from fieldtrials.models import FieldTrial, Milestone
from fieldtrials.selectors_list import trials_needing_attention
from fieldtrials.services.reminders import remind_milestones, remind_missing_updates
from fieldtrials.tests.factories import FieldTrialFactory, FieldTrialMembershipFactory
from programmes.tests.factories import ProgrammeMembershipFactory

pytestmark = pytest.mark.django_db

TODAY = datetime.date(2026, 12, 3)  # the last complete month is November 2026


def trial_ending(end_date, title):
    trial = FieldTrialFactory(title=title, start_date=datetime.date(2025, 9, 1), end_date=end_date)
    FieldTrialMembershipFactory(field_trial=trial, user=UserFactory(), role=Role.PRACTITIONER)
    return trial


def missing_update_titles():
    return sorted(
        Notification.objects.filter(kind="update_missing").values_list("message", flat=True)
    )


def test_a_trial_that_ended_before_last_month_is_not_asked_for_last_months_update():
    trial_ending(datetime.date(2026, 10, 31), "Ended in October")
    trial_ending(datetime.date(2026, 11, 1), "Ended on the first of November")
    trial_ending(None, "No end date")
    trial_ending(datetime.date(2027, 7, 31), "Ends next summer")

    remind_missing_updates(today=TODAY, email=False)

    assert missing_update_titles() == [
        f"{title}: the monthly update for November 2026 has not been submitted yet."
        for title in ["Ended on the first of November", "Ends next summer", "No end date"]
    ]


def test_no_milestone_reminder_for_a_trial_past_its_end_date_or_stopped():
    ended = trial_ending(datetime.date(2026, 12, 2), "Ended yesterday")
    running = trial_ending(datetime.date(2026, 12, 3), "Ends today")
    withdrawn = trial_ending(None, "Withdrawn")
    FieldTrial.objects.filter(pk=withdrawn.pk).update(status=FieldTrial.Status.WITHDRAWN)
    for trial in (ended, running, withdrawn):
        Milestone.objects.create(
            field_trial=trial, title="Final report", due_on=datetime.date(2026, 11, 20)
        )

    remind_milestones(today=TODAY, email=False)

    assert list(
        Notification.objects.filter(kind="milestone_overdue").values_list("message", flat=True)
    ) == ["Ends today: the milestone “Final report” was due on 20 November 2026."]


def test_the_attention_panel_does_not_count_ended_trials_as_missing_an_update():
    ended = trial_ending(datetime.date(2008, 7, 31), "Ended in 2008")
    running = trial_ending(None, "Running")
    running.project = ended.project
    running.save()
    officer = UserFactory()
    ProgrammeMembershipFactory(programme=ended.project.programme, user=officer, role=Role.OFFICER)

    counts = trials_needing_attention(officer, today=TODAY)

    assert counts["update_missing"] == 1
