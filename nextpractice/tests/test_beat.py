"""One beat sends the scheduled jobs, however many are started (nextpractice/beat.py).

Schedulers in this process and real `celery beat` processes, against a real Redis (the lock)
and the test database (the schedule). Celery's own lines a worker printed past logging (its
shutdown, the warning that it runs as root) are JSON lines too.
"""

import datetime
import json
import logging
import os
import signal
import socket
import subprocess
import sys
import time
import uuid

import pytest
import redis
from celery import shared_task
from django.db import connection
from django.utils import timezone
from django_celery_beat.models import IntervalSchedule, PeriodicTask

from nextpractice.beat import OneBeatScheduler
from nextpractice.celery import app
from nextpractice.testing.worker import ROOT, jobs_broker, worker_environment

pytestmark = pytest.mark.django_db

TASK = "nextpractice.tests.test_beat.scheduled_job"
HOST = socket.gethostname()


@shared_task(name=TASK)
def scheduled_job():
    """What the schedulers below send: run in this process, as the tests run every job."""


@pytest.fixture
def broker(redis_url):
    """A database of Redis of its own, emptied before and after: the lock, the jobs sent."""
    url = jobs_broker(redis_url)
    redis.Redis.from_url(url).flushdb()
    yield url
    redis.Redis.from_url(url).flushdb()


def job(name, *, every, unit=IntervalSchedule.HOURS, last_run_at=None):
    """A job on beat's schedule; the migrations' own are turned off, so only ours are due."""
    PeriodicTask.objects.exclude(task=TASK).update(enabled=False)
    interval, _ = IntervalSchedule.objects.get_or_create(every=every, period=unit)
    return PeriodicTask.objects.create(
        name=name, task=TASK, interval=interval, last_run_at=last_run_at
    )


def hours_ago(hours):
    return timezone.now() - datetime.timedelta(hours=hours)


class Beats:
    """Schedulers as `celery beat` makes them, each noting the jobs it sends in `sent`."""

    def __init__(self, broker):
        self.broker = broker
        self.key = f"beat-lock-test-{uuid.uuid4().hex[:8]}"
        self.sent = []

    def start(self, name, lock_seconds=30):
        scheduler = OneBeatScheduler(
            app=app, lock_url=self.broker, lock_key=self.key, lock_seconds=lock_seconds
        )
        send = scheduler.apply_async

        def noted(entry, *args, **kwargs):
            self.sent.append((name, entry.name))
            return send(entry, *args, **kwargs)

        scheduler.apply_async = noted
        return scheduler

    @staticmethod
    def tick(scheduler):
        """What `celery beat` does until nothing is due now: tick (one due job at most)."""
        for _ in range(20):
            if scheduler.tick() > 0:
                return


@pytest.fixture
def beats(broker, monkeypatch):
    # A scheduler drops a database connection left in a transaction before it reads, as
    # beat should; here the test's own transaction is left open on purpose.
    monkeypatch.setattr("django_celery_beat.schedulers.close_old_connections", lambda: None)
    started = Beats(broker)
    yield started
    redis.Redis.from_url(broker).delete(started.key)


def test_a_second_beat_sends_nothing_and_says_which_beat_it_waits_for(beats, caplog):
    job("Every second", every=1, unit=IntervalSchedule.SECONDS, last_run_at=hours_ago(2))
    first, second = beats.start("first"), beats.start("second")
    caplog.set_level(logging.INFO, logger="nextpractice.beat")

    for _ in range(3):  # both beats running side by side, the job due at each round
        beats.tick(first)
        beats.tick(second)
        time.sleep(1.05)

    assert beats.sent == [("first", "Every second")] * 3
    waiting = [r for r in caplog.records if r.getMessage().startswith("Another beat")]
    assert [(r.levelname, r.getMessage()) for r in waiting] == [
        (
            "WARNING",
            f"Another beat is running (on {HOST}, process {os.getpid()}): this one waits, "
            "and sends the scheduled jobs only if that one stops.",
        )
    ], "said once, not at every tick"


def test_when_the_first_beat_dies_the_second_takes_over_and_sends_no_job_twice(beats, caplog):
    job("Hourly job", every=1, last_run_at=hours_ago(2))
    first = beats.start("first", lock_seconds=1)
    second = beats.start("second", lock_seconds=1)
    beats.tick(first)
    beats.tick(second)
    assert beats.sent == [("first", "Hourly job")]

    # The first beat dies (it ticks no more, so its lock is not renewed); meanwhile a job
    # falls due that it never saw.
    job("Another hourly job", every=1, last_run_at=hours_ago(2))
    caplog.set_level(logging.INFO, logger="nextpractice.beat")
    beats.tick(second)
    assert beats.sent == [("first", "Hourly job")], "the lock has not expired yet"
    time.sleep(1.2)
    beats.tick(second)

    # The hourly job the first beat sent is not sent again: its last run was written.
    assert beats.sent == [("first", "Hourly job"), ("second", "Another hourly job")]
    assert (
        f"This beat (on {HOST}, process {os.getpid()}) sends the scheduled jobs now: the beat "
        "it waited for has stopped." in caplog.messages
    )


def test_a_beat_that_was_held_up_past_its_lock_stops_sending_once_another_took_over(beats, caplog):
    job("Every second", every=1, unit=IntervalSchedule.SECONDS, last_run_at=hours_ago(2))
    first = beats.start("first", lock_seconds=1)
    second = beats.start("second", lock_seconds=1)
    beats.tick(first)
    time.sleep(1.2)  # the first is held up: its lock runs out, and the second takes it
    beats.tick(second)
    assert beats.sent == [("first", "Every second"), ("second", "Every second")]
    caplog.set_level(logging.INFO, logger="nextpractice.beat")

    beats.tick(first)  # due again, as the first last saw it: the second sends it now

    assert beats.sent == [("first", "Every second"), ("second", "Every second")]
    assert [(r.levelname, r.getMessage()) for r in caplog.records] == [
        (
            "WARNING",
            "This beat's lock ran out before it was renewed (the beat was held up for 1 "
            "seconds or more, or Redis lost it): it sends no scheduled jobs until it holds the "
            "lock again.",
        ),
        (
            "WARNING",
            f"Another beat is running (on {HOST}, process {os.getpid()}): this one waits, "
            "and sends the scheduled jobs only if that one stops.",
        ),
    ]


def test_a_beat_that_stops_gives_its_lock_up_at_once(beats):
    job("Hourly job", every=1, last_run_at=hours_ago(2))
    first, second = beats.start("first"), beats.start("second")
    beats.tick(first)
    first.close()
    job("Another hourly job", every=1, last_run_at=hours_ago(2))

    beats.tick(second)

    assert beats.sent == [("first", "Hourly job"), ("second", "Another hourly job")]


def test_a_beat_that_cannot_reach_redis_sends_nothing_and_says_why(beats, caplog):
    job("Hourly job", every=1, last_run_at=hours_ago(2))
    nowhere = beats.start("nowhere")
    with socket.socket() as closed:
        closed.bind(("127.0.0.1", 0))
        nowhere.lock_url = f"redis://127.0.0.1:{closed.getsockname()[1]}/0"
    caplog.set_level(logging.INFO, logger="nextpractice.beat")

    beats.tick(nowhere)

    assert beats.sent == []
    assert caplog.messages[0].startswith(
        "Redis does not answer, so this beat cannot tell whether another beat is running: "
        "it sends no scheduled jobs until Redis answers"
    )


# --- real processes ---------------------------------------------------------------------


def start(tmp_path, name, *args, env):
    """A Celery process of this project (`celery -A nextpractice --quiet <args>`), its
    standard output and error, JSON lines, in a file: (process, read its lines)."""
    out = tmp_path / f"{name}.log"
    proc = subprocess.Popen(
        [sys.executable, "-m", "celery", "-A", "nextpractice", "--quiet", *args],
        cwd=ROOT,
        env={**os.environ, "DJANGO_LOG_FORMAT": "json", **env},
        stdout=out.open("w"),
        stderr=subprocess.STDOUT,
    )

    def lines():
        return [json.loads(line) for line in out.read_text().splitlines() if line.strip()]

    return proc, lines


def wait_for(lines, message, timeout=60):
    """The first of `lines()` whose message starts with `message`, waiting for it."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        for line in lines():
            if line["message"].startswith(message):
                return line
        time.sleep(0.2)
    raise AssertionError(f"no {message!r} in {json.dumps(lines(), indent=1)}")


def sent(lines):
    return [line for line in lines() if line["message"].startswith("Scheduler: Sending due")]


def stop(proc):
    if proc.poll() is None:
        proc.send_signal(signal.SIGTERM)
    try:
        proc.wait(timeout=30)
    except subprocess.TimeoutExpired:
        proc.kill()


@pytest.mark.django_db(transaction=True)  # what beat processes read
def test_two_beat_processes_one_sends_and_the_other_takes_over_when_it_stops(
    broker, settings, tmp_path
):
    if connection.vendor != "postgresql":
        pytest.skip("needs PostgreSQL: a beat process cannot open the test's SQLite database")
    job("Every two seconds", every=2, unit=IntervalSchedule.SECONDS)
    env = {"CELERY_BROKER_URL": broker, **worker_environment(settings)}
    beat = ("beat", "--loglevel=INFO", "--pidfile=")  # as deploy/entrypoint.sh runs it
    first, first_lines = start(tmp_path, "first", *beat, env=env)
    second = None
    try:
        wait_for(first_lines, "This beat (on")
        second, second_lines = start(tmp_path, "second", *beat, env=env)
        waits = wait_for(second_lines, "Another beat is running")
        assert waits["level"] == "WARNING"
        assert f"(on {HOST}, process {first.pid}): this one waits" in waits["message"]
        wait_for(first_lines, "Scheduler: Sending due task Every two seconds")
        time.sleep(4)  # two more runs due: the first sends them, the second nothing
        assert len(sent(first_lines)) >= 2 and sent(second_lines) == []

        stop(first)
        assert first.returncode == 0
        wait_for(first_lines, "This beat stopped and gave up its lock")
        taking_over = wait_for(second_lines, "This beat (on", timeout=30)
        assert taking_over["message"] == (
            f"This beat (on {HOST}, process {second.pid}) sends the scheduled jobs now: the "
            "beat it waited for has stopped."
        )
        wait_for(second_lines, "Scheduler: Sending due task Every two seconds", timeout=30)
    finally:
        stop(first)
        if second is not None:
            stop(second)
    # Every line of both, their start and their stop, is a JSON line (read above).
    assert first_lines() and second_lines()


def test_a_workers_stop_and_its_warning_about_running_as_root_are_json_lines(broker, tmp_path):
    worker, lines = start(
        tmp_path,
        "worker",
        "worker", "--pool=solo", "--loglevel=INFO", "-Q", f"test-{uuid.uuid4().hex[:8]}",
        "--without-heartbeat", "--without-gossip", "--without-mingle",
        env={"CELERY_BROKER_URL": broker},
    )  # fmt: skip
    try:
        wait_for(lines, "celery@")
    finally:
        stop(worker)
    said = [(line["level"], line["logger"], line["message"]) for line in lines()]
    assert ("WARNING", "celery.apps.worker", "worker: Warm shutdown (MainProcess)") in said
    if os.geteuid() == 0:  # Celery warns a worker run as root (tests in CI are)
        warning = [m for level, logger, m in said if logger == "py.warnings"]
        assert len(warning) == 1
        assert "SecurityWarning: You're running the worker with superuser" in warning[0]
