"""The last part of the demonstration: what the daily reminders have told the trial teams.

In the app only (the demo sends no e-mail). Loaded after every other part, so that the
teams are complete; each person is told once, so loading the demo again adds nothing.

The reminders are made by today's check (the reminders service), then dated when the daily
run (07:00, fieldtrials/migrations/0005_daily_reminders_schedule.py) would first have sent
each: an overdue milestone's the morning after its due day, a milestone due soon's seven
days before it (not before the milestone was added), a missing update's the morning after
its month ended; none after now. They stay unread: the teams have them still to read.
"""

import datetime

from django.db.models import Max
from django.utils import timezone

from accounts.models import Notification, NotificationKind

from .models import Milestone
from .selectors_list import DUE_SOON_DAYS
from .services.reminders import remind_milestones, remind_missing_updates

# When the daily reminders run, local time (the schedule's crontab).
DAILY_RUN = datetime.time(7)


def _run_on(day):
    return timezone.make_aware(datetime.datetime.combine(day, DAILY_RUN))


def _first_run_from(day, not_before=None):
    """The daily run on `day`, or the first after `not_before` if that is later."""
    when = _run_on(day)
    if not_before is not None and when < not_before:
        when = _run_on(timezone.localdate(not_before))
        if when < not_before:
            when = _run_on(timezone.localdate(not_before) + datetime.timedelta(days=1))
    return when


def sent_at(notification, milestones):
    """When the daily run would first have sent `notification`; None if the demo cannot say."""
    what, _, rest = notification.key.partition(":")
    if what == "milestone":
        milestone = milestones.get(int(rest))
        if milestone is None:
            return None
        if notification.kind == NotificationKind.MILESTONE_OVERDUE:
            day = milestone.due_on + datetime.timedelta(days=1)
        else:
            day = milestone.due_on - datetime.timedelta(days=DUE_SOON_DAYS)
        return _first_run_from(day, not_before=milestone.created_at)
    if what == "update":
        month = datetime.date.fromisoformat(rest.rsplit(":", 1)[1] + "-01")
        next_month = (month + datetime.timedelta(days=32)).replace(day=1)
        return _run_on(next_month)
    return None


def load(ctx):
    last = Notification.objects.aggregate(last=Max("pk"))["last"] or 0
    ctx["reminders"] = remind_milestones(email=False) + remind_missing_updates(email=False)
    told = list(Notification.objects.filter(pk__gt=last))
    ids = [int(n.key.partition(":")[2]) for n in told if n.key.startswith("milestone:")]
    milestones = Milestone.objects.in_bulk(ids)
    now = timezone.now()
    for notification in told:
        when = sent_at(notification, milestones)
        if when is not None:
            notification.created_at = min(when, now)
    Notification.objects.bulk_update(told, ["created_at"])
    return ctx
