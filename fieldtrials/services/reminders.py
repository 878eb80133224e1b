"""The daily checks: tell each trial's team of milestones due soon or overdue, and of a
monthly update still missing after its month has ended.

Run by Celery beat (`fieldtrials.tasks`), each at most once a day, but safe to run any
number of times: every notification carries a key (the milestone, or the trial and month),
and `accounts.services.notify` tells a person once per kind and key. Only trials still under
way are checked: a completed or withdrawn trial, or one past its end date, owes nothing.
"""

import datetime
from collections import defaultdict

from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format

from accounts.models import Notification, NotificationKind, Role, User
from accounts.services import notify

from ..models import FieldTrial, FieldTrialMembership, Milestone
from ..selectors_list import (
    DUE_SOON_DAYS,
    has_not_ended,
    is_missing_update,
    last_complete_month,
)

TEAM_ROLES = (Role.PRACTITIONER, Role.CONSULTANT)


def trial_teams(trial_ids):
    """{trial id: [the people who keep the trial: its school leaders, practitioners and
    consultants]}, in two queries whatever the number of trials."""
    trial_ids = set(trial_ids)
    team_ids = defaultdict(set)
    for trial_id, user_id in FieldTrialMembership.objects.filter(
        field_trial_id__in=trial_ids, role__in=TEAM_ROLES
    ).values_list("field_trial_id", "user_id"):
        team_ids[trial_id].add(user_id)
    for trial_id, consultant_id in FieldTrial.objects.filter(
        pk__in=trial_ids, consultant__isnull=False
    ).values_list("pk", "consultant_id"):
        team_ids[trial_id].add(consultant_id)
    wanted = set().union(*team_ids.values()) if team_ids else set()
    people = User.objects.filter(pk__in=wanted, is_active=True).in_bulk()
    return {
        trial_id: sorted((people[i] for i in ids if i in people), key=lambda u: u.pk)
        for trial_id, ids in team_ids.items()
    }


def remind_milestones(*, today=None, email=True):
    """Tell each trial's team, once per milestone, that it is due within seven days, and
    once more if it becomes overdue. Returns how many notifications were made."""
    today = today or timezone.localdate()
    milestones = list(
        Milestone.objects.current()
        .filter(
            completed_on__isnull=True,
            due_on__lte=today + datetime.timedelta(days=DUE_SOON_DAYS),
            field_trial__in=FieldTrial.objects.filter(has_not_ended(today)),
        )
        .select_related("field_trial")
        .only("pk", "title", "due_on", "field_trial__id", "field_trial__title")
        .order_by("due_on", "pk")
    )
    teams = trial_teams(m.field_trial_id for m in milestones)
    candidates = []
    for milestone in milestones:
        trial = milestone.field_trial
        due = date_format(milestone.due_on, "j F Y")
        if milestone.due_on < today:
            kind = NotificationKind.MILESTONE_OVERDUE
            message = f"{trial.title}: the milestone “{milestone.title}” was due on {due}."
        else:
            kind = NotificationKind.MILESTONE_DUE
            message = f"{trial.title}: the milestone “{milestone.title}” is due on {due}."
        url = reverse("fieldtrials:fieldtrial_detail", args=[trial.pk]) + "#milestones"
        for person in teams.get(trial.pk, []):
            candidates.append((person, kind, message, url, f"milestone:{milestone.pk}"))
    return _notify_once_each(candidates, email=email)


def remind_missing_updates(*, today=None, email=True):
    """Tell each incubating or reporting trial's team, once per month, that the update for
    the month just ended has not been submitted. Returns how many notifications were made."""
    today = today or timezone.localdate()
    month = last_complete_month(today)
    label = date_format(month, "F Y")
    trials = list(
        FieldTrial.objects.filter(is_missing_update(today)).only("id", "title").order_by("pk")
    )
    teams = trial_teams(t.pk for t in trials)
    candidates = []
    for trial in trials:
        message = f"{trial.title}: the monthly update for {label} has not been submitted yet."
        url = reverse("fieldtrials:update_create", args=[trial.pk]) + f"?month={month:%Y-%m}"
        key = f"update:{trial.pk}:{month:%Y-%m}"
        for person in teams.get(trial.pk, []):
            candidates.append((person, NotificationKind.UPDATE_MISSING, message, url, key))
    return _notify_once_each(candidates, email=email)


def _notify_once_each(candidates, *, email=True):
    """Notify each (person, kind, message, url, key) not told already; how many were told.

    Those already told are found in one query, so a daily run costs little when nothing is
    new; `notify`'s unique key still decides if two runs overlap."""
    keys = {key for *_, key in candidates}
    told = set(Notification.objects.filter(key__in=keys).values_list("recipient_id", "kind", "key"))
    made = 0
    for person, kind, message, url, key in candidates:
        if (person.pk, kind, key) in told:
            continue
        told_now = notify(
            recipient=person, kind=kind, message=message, url=url, key=key, email=email
        )
        if told_now is not None:
            made += 1
    return made
