"""Daily housekeeping deletes what is past its use and keeps everything else."""

from datetime import timedelta

import pytest
from axes.models import AccessAttempt, AccessFailureLog, AccessLog
from django.contrib.sessions.backends.db import SessionStore
from django.contrib.sessions.models import Session
from django.utils import timezone
from django_celery_beat.models import PeriodicTask

from accounts import tasks
from accounts.models import FormSubmission, ThrottleBucket
from accounts.tests.factories import UserFactory
from nextpractice.celery import app as celery_app

pytestmark = pytest.mark.django_db


def ago(**kwargs):
    return timezone.now() - timedelta(**kwargs)


def test_expired_sessions_are_cleared_and_live_ones_kept():
    for expiry in [-60, 3600]:
        store = SessionStore()
        store["who"] = expiry
        store.set_expiry(expiry)
        store.create()
    assert tasks.clear_expired_sessions() == 1
    assert [s.get_decoded()["who"] for s in Session.objects.all()] == [3600]


def sign_in_records(*days_ago):
    """One record of each of axes' kinds for each age, named by its model and age."""
    for model in (AccessAttempt, AccessFailureLog, AccessLog):
        for days in days_ago:
            extra = {"failures_since_start": 1} if model is AccessAttempt else {}
            row = model.objects.create(
                username=f"{model.__name__}-{days}", ip_address="10.0.0.1", **extra
            )
            # attempt_time is auto_now_add: set the past afterwards.
            model.objects.filter(pk=row.pk).update(attempt_time=ago(days=days))


def kept():
    return {
        model: list(model.objects.values_list("username", flat=True))
        for model in (AccessAttempt, AccessFailureLog, AccessLog)
    }


def test_sign_in_records_are_kept_90_days_unless_set():
    sign_in_records(91, 89)
    assert tasks.forget_old_login_records() == 3
    assert tasks.forget_old_login_records() == 0  # a second run deletes nothing
    assert kept() == {m: [f"{m.__name__}-89"] for m in kept()}


def test_sign_in_records_are_kept_the_days_set(settings):
    """NEXTPRACTICE_SIGN_IN_RECORDS_DAYS sets settings.SIGN_IN_RECORDS_DAYS."""
    settings.SIGN_IN_RECORDS_DAYS = 30
    sign_in_records(31, 29)
    assert tasks.forget_old_login_records() == 3
    assert kept() == {m: [f"{m.__name__}-29"] for m in kept()}


def test_form_tokens_older_than_a_day_are_forgotten_for_everyone():
    quiet, busy = UserFactory(), UserFactory()
    FormSubmission.objects.create(token="a" * 30, user=quiet, path="/x/", created_at=ago(hours=25))
    FormSubmission.objects.create(token="b" * 30, user=busy, path="/x/", created_at=ago(hours=25))
    FormSubmission.objects.create(token="c" * 30, user=busy, path="/x/", created_at=ago(hours=23))
    assert tasks.forget_old_form_submissions() == 2
    assert list(FormSubmission.objects.values_list("token", flat=True)) == ["c" * 30]


def test_rate_limits_no_longer_counting_are_forgotten():
    ThrottleBucket.objects.create(scope="gone", key_hash="1" * 64, expires_at=ago(seconds=1))
    ThrottleBucket.objects.create(scope="live", key_hash="2" * 64, expires_at=ago(seconds=-60))
    assert tasks.forget_expired_throttle_buckets() == 1
    assert list(ThrottleBucket.objects.values_list("scope", flat=True)) == ["live"]


def test_a_second_run_deletes_nothing():
    ThrottleBucket.objects.create(scope="gone", key_hash="1" * 64, expires_at=ago(seconds=1))
    assert tasks.forget_expired_throttle_buckets() == 1
    assert tasks.forget_expired_throttle_buckets() == 0


def test_beat_runs_each_housekeeping_task_daily():
    names = {
        "accounts.tasks.clear_expired_sessions",
        "accounts.tasks.forget_old_login_records",
        "accounts.tasks.forget_old_form_submissions",
        "accounts.tasks.forget_expired_throttle_buckets",
    }
    scheduled = PeriodicTask.objects.filter(task__in=names, enabled=True)
    assert sorted(t.task for t in scheduled) == sorted(names)  # each once
    assert all(t.crontab and t.crontab.hour == "3" for t in scheduled)
    assert names <= set(celery_app.tasks)


def test_the_sign_in_records_job_is_named_for_the_period_set():
    job = PeriodicTask.objects.get(task="accounts.tasks.forget_old_login_records")
    assert "NEXTPRACTICE_SIGN_IN_RECORDS_DAYS" in job.name and "30 days" not in job.name
