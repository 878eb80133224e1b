"""The daily checks: tell each trial's team of milestones due soon or overdue, and of a
monthly update still missing after its month has ended.

Run by Celery beat (`fieldtrials.tasks`), each at most once a day, but safe to run any
number of times: every notification carries a key (the milestone, or the trial and month),
and `accounts.services.notify` tells a person once per kind and key. Only trials still under
way are checked: a completed or withdrawn trial, or one past its end date, owes nothing.

In the app each milestone, and each trial's missing update, is its own notification; by
e-mail a person gets one message a run of each sort, listing that morning's milestones by
trial (milestone_reminders_email), or the trials whose update is missing
(update_reminders_email), whose notifications it claims before it is sent, so that each goes
in one e-mail only.
"""

import datetime
import logging
from collections import defaultdict

from django.conf import settings
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format

from accounts.models import Notification, NotificationKind, Role, User
from accounts.services import notify
from accounts.unsubscribe import unsubscribe_url
from nextpractice import mail
from nextpractice.jobs import send_job
from nextpractice.mail import notification_settings_url
from nextpractice.words import fitted

from ..models import FieldTrial, FieldTrialMembership, Milestone
from ..selectors_list import (
    DUE_SOON_DAYS,
    REPORTING_STATUSES,
    has_not_ended,
    is_missing_update,
    last_complete_month,
)

logger = logging.getLogger(__name__)

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
    once more if it becomes overdue: in the app, one notification each; by e-mail, one
    message to each person listing all of this run's that they get by e-mail. Returns how
    many notifications were made."""
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
    made = _notify_once_each(candidates, email=False)
    if email:
        from ..tasks import send_milestone_reminders

        _email_each_person(made, send_milestone_reminders, today=today)
    return len(made)


def _email_each_person(notifications, task, *, today):
    """After commit, one e-mail job (`task`) for each person told, by the `notifications`
    of one run, of what they get by e-mail."""
    wanted = defaultdict(list)
    for notification in notifications:
        if notification.recipient.wants_email(notification.kind):
            wanted[notification.recipient_id].append(notification.pk)
    for person_id, notification_ids in wanted.items():

        def _send(person_id=person_id, notification_ids=notification_ids):
            try:  # as notify: the notifications stand if the broker is down
                send_job(task, person_id, notification_ids, today.isoformat())
            except Exception:  # JobRefused and anything the broker raises
                logger.warning("Reminders (%s) to user %s not e-mailed", task.name, person_id)

        transaction.on_commit(_send)


def milestone_reminders_email(notification_ids, *, today=None):
    """The one e-mail telling a person of the milestones the notifications
    `notification_ids` (theirs, of one run) are about, grouped by trial, each with the link
    to mark it done or change its date; None if nothing is left to tell (they were switched
    off, turned these e-mails off, or the milestones were done or withdrawn since)."""
    today = today or timezone.localdate()
    notifications = list(
        Notification.objects.filter(pk__in=notification_ids).select_related("recipient")
    )
    person = notifications[0].recipient if notifications else None
    if person is None or not person.is_active:
        return None
    kind_of = {  # each milestone's kind: due within seven days, or overdue
        int(n.key.removeprefix("milestone:")): n.kind
        for n in notifications
        if n.key.startswith("milestone:") and person.wants_email(n.kind)
    }
    milestones = list(
        Milestone.objects.current()
        .filter(pk__in=kind_of, completed_on__isnull=True)
        .select_related("field_trial")
        .order_by("field_trial__title", "field_trial_id", "due_on", "pk")
    )
    if not milestones:
        return None
    trials = []
    for milestone in milestones:
        milestone.overdue = milestone.due_on < today
        milestone.link = settings.SITE_URL + reverse(
            "fieldtrials:milestone_edit", args=[milestone.pk]
        )
        if not trials or trials[-1]["trial"].pk != milestone.field_trial_id:
            trial = milestone.field_trial
            link = reverse("fieldtrials:fieldtrial_milestones", args=[trial.pk])
            trials.append({"trial": trial, "link": settings.SITE_URL + link, "milestones": []})
        trials[-1]["milestones"].append(milestone)
    choose = notification_settings_url()
    context = {
        "person": person,
        "opening": _opening(milestones, trials),
        "one": len(milestones) == 1,
        "trials": trials,
        "choose_url": choose,
    }
    # Its "Unsubscribe" stops the kinds of reminder it holds, and no other.
    kinds = {kind_of[milestone.pk] for milestone in milestones}
    return mail.email(
        subject=reminders_subject(milestones, today=today),
        body=render_to_string("fieldtrials/email/milestone_reminders.txt", context),
        to=[person.email],
        unsubscribe_url=unsubscribe_url(person, kinds),
    )


def _due_or_overdue(milestones):
    overdue = sum(m.overdue for m in milestones)
    if overdue == len(milestones):
        return "overdue"
    return "due within seven days" if not overdue else "due or overdue"


def reminders_subject(milestones, *, today):
    """The reminders e-mail's subject, the fact first: "Due 10 December: <milestone>",
    "Overdue, was due 10 December: <milestone>", or for several "3 milestones due or overdue
    in your field trials" (or in the one trial's name); a long name is cut, never the date."""
    if len(milestones) == 1:
        [milestone] = milestones
        day = date_format(
            milestone.due_on, "j F" if milestone.due_on.year == today.year else "j F Y"
        )
        before = f"Overdue, was due {day}: " if milestone.overdue else f"Due {day}: "
        return mail.subject_line(fitted(before, milestone.title))
    what = f"{len(milestones)} milestones {_due_or_overdue(milestones)} in "
    trials = {m.field_trial_id: m.field_trial for m in milestones}
    if len(trials) == 1:
        return mail.subject_line(fitted(what, next(iter(trials.values())).title))
    return mail.subject_line(what + "your field trials")


def _opening(milestones, trials):
    """The e-mail's first sentence: what is due, and what to do about it."""
    yours = "your field trial" if len(trials) == 1 else "your field trials"
    if len(milestones) == 1:
        state = "is overdue" if milestones[0].overdue else "is due within seven days"
        return (
            f"A milestone of {yours} {state}. If it is done, mark it done; if its date has "
            "changed, change the date, so that everyone sees the plan as it stands. The link "
            "below opens the page to do either."
        )
    return (
        f"{len(milestones)} milestones of {yours} are {_due_or_overdue(milestones)}. When one "
        "is done, mark it done; if its date has changed, change the date, so that everyone "
        "sees the plan as it stands. Each one's link below opens the page to do either."
    )


def remind_missing_updates(*, today=None, email=True):
    """Tell each incubating or reporting trial's team, once per month, that the update for
    the month just ended has not been submitted: in the app, one notification a trial; by
    e-mail, one message to each person listing all of this run's trials they get it for.
    Returns how many notifications were made."""
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
    made = _notify_once_each(candidates, email=False)
    if email:
        from ..tasks import send_update_reminders

        _email_each_person(made, send_update_reminders, today=today)
    return len(made)


def update_reminders_email(notification_ids):
    """The one e-mail telling a person of the trials whose monthly update is missing, that
    the notifications `notification_ids` (theirs, of one run) are about, in the order of
    the trials' names, each with the link to write it; None if nothing is left to tell
    (they were switched off, turned these e-mails off, or the updates were submitted or
    the trials ended since)."""
    notifications = list(
        Notification.objects.filter(pk__in=notification_ids).select_related("recipient")
    )
    person = notifications[0].recipient if notifications else None
    if person is None or not person.is_active:
        return None
    owed = {}  # {trial id: (the month owed, the notification's link)}
    for n in notifications:
        if n.key.startswith("update:") and person.wants_email(n.kind):
            _, trial_id, month = n.key.split(":")
            month = datetime.date.fromisoformat(f"{month}-01")
            owed[int(trial_id)] = (month, settings.SITE_URL + n.url)
    trials = []
    for trial in FieldTrial.objects.filter(pk__in=owed).order_by("title", "pk"):
        month, link = owed[trial.pk]
        still_owed = trial.latest_update_month is None or trial.latest_update_month < month
        if still_owed and trial.status in REPORTING_STATUSES:
            trials.append({"trial": trial, "month": date_format(month, "F Y"), "link": link})
    if not trials:
        return None
    choose = notification_settings_url()
    context = {"person": person, "trials": trials, "one": len(trials) == 1}
    context["choose_url"] = choose
    if len(trials) == 1:
        subject = fitted("Monthly update due: ", trials[0]["trial"].title)
    else:
        subject = f"Monthly updates due for {len(trials)} trials"
    return mail.email(
        subject=mail.subject_line(subject),
        body=render_to_string("fieldtrials/email/update_reminders.txt", context),
        to=[person.email],
        unsubscribe_url=unsubscribe_url(person, {NotificationKind.UPDATE_MISSING}),
    )


def _notify_once_each(candidates, *, email=True):
    """Notify each (person, kind, message, url, key) not told already; the notifications
    made.

    Those already told are found in one query, so a daily run costs little when nothing is
    new; `notify`'s unique key still decides if two runs overlap."""
    keys = {key for *_, key in candidates}
    told = set(Notification.objects.filter(key__in=keys).values_list("recipient_id", "kind", "key"))
    made = []
    for person, kind, message, url, key in candidates:
        if (person.pk, kind, key) in told:
            continue
        told_now = notify(
            recipient=person,
            kind=kind,
            message=message,
            url=url,
            key=key,
            email=email,
        )
        if told_now is not None:
            made.append(told_now)
    return made
