"""Tidying the tables that grow with use and are worth nothing once old, run daily by beat
(the tasks in accounts/tasks.py; the schedule in reports/migrations/0006_housekeeping.py).

Each function deletes only rows past their use and returns how many it deleted, so a second
run the same day deletes nothing.
"""

from datetime import timedelta

from django.conf import settings
from django.utils import timezone


def login_records_kept_for():
    """How long sign-in records are kept: settings.SIGN_IN_RECORDS_DAYS (from
    NEXTPRACTICE_SIGN_IN_RECORDS_DAYS, 90 days unless set), long enough to look into an
    incident."""
    return timedelta(days=settings.SIGN_IN_RECORDS_DAYS)


def clear_expired_sessions():
    """Delete sessions past their expiry (Django's `clearsessions`)."""
    from django.contrib.sessions.models import Session

    return Session.objects.filter(expire_date__lt=timezone.now()).delete()[0]


def forget_old_login_records(*, kept_for=None):
    """Delete django-axes' records of sign-in attempts older than `kept_for` (None: the
    period set, login_records_kept_for).

    A lockout lasts AXES_COOLOFF_TIME (15 minutes), far less than the day at least that
    records are kept, so no lockout in force is lifted by this."""
    from axes.models import AccessAttempt, AccessFailureLog, AccessLog

    before = timezone.now() - (kept_for or login_records_kept_for())
    return sum(
        model.objects.filter(attempt_time__lt=before).delete()[0]
        for model in (AccessAttempt, AccessFailureLog, AccessLog)
    )


def forget_old_form_submissions():
    """Delete every person's form tokens older than a day (nextpractice/once.py), including
    those of people who have not sent a form since."""
    from nextpractice.once import forget_old_submissions

    return forget_old_submissions()


def forget_expired_throttle_buckets():
    """Delete rate-limit rows whose uses no longer count (nextpractice/throttle.py), including
    those of scopes nobody has used since."""
    from accounts.models import ThrottleBucket

    return ThrottleBucket.objects.filter(expires_at__lt=timezone.now()).delete()[0]
