"""Background jobs for field trials: the daily reminders, run by Celery beat, and the
e-mails each person gets of a morning's milestones and missing monthly updates."""

import datetime

from celery import shared_task

from nextpractice.mail import send_once_each

from .services.reminders import (
    milestone_reminders_email,
    remind_milestones,
    remind_missing_updates,
    update_reminders_email,
)


@shared_task(acks_late=True, autoretry_for=(OSError,), retry_backoff=60, max_retries=3)
def send_daily_reminders():
    """Milestones due soon or overdue, and monthly updates missing; safe to run twice."""
    return {
        "milestones": remind_milestones(),
        "missing_updates": remind_missing_updates(),
    }


@shared_task(acks_late=True, autoretry_for=(OSError,), retry_backoff=30, max_retries=3)
def send_milestone_reminders(user_id, notification_ids, today=None):
    """E-mail one person, in one message, the milestones of a morning's run (on `today`, an
    ISO date) that their notifications `notification_ids` are about; each notification is
    claimed first, so that a job delivered twice, or two at once, e-mail none of them twice."""
    from accounts.models import Notification

    day = datetime.date.fromisoformat(today) if today else None
    return send_once_each(
        Notification,
        notification_ids,
        "emailed_at",
        lambda claimed: milestone_reminders_email(claimed, today=day),
        recipient_id=user_id,
    )


@shared_task(acks_late=True, autoretry_for=(OSError,), retry_backoff=30, max_retries=3)
def send_update_reminders(user_id, notification_ids, today=None):
    """E-mail one person, in one message, the trials whose monthly update is missing that
    their notifications `notification_ids` of a morning's run are about; each notification
    is claimed first, as send_milestone_reminders claims them, so that a job delivered
    twice, or two at once, e-mail none of them twice. (`today`, the run's day, is taken as
    send_milestone_reminders takes it; the month owed is in each notification's key.)"""
    from accounts.models import Notification

    return send_once_each(
        Notification,
        notification_ids,
        "emailed_at",
        update_reminders_email,
        recipient_id=user_id,
    )
