"""Background jobs for field trials: the daily reminders, run by Celery beat."""

from celery import shared_task

from .services.reminders import remind_milestones, remind_missing_updates


@shared_task(acks_late=True, autoretry_for=(OSError,), retry_backoff=60, max_retries=3)
def send_daily_reminders():
    """Milestones due soon or overdue, and monthly updates missing; safe to run twice."""
    return {
        "milestones": remind_milestones(),
        "missing_updates": remind_missing_updates(),
    }
