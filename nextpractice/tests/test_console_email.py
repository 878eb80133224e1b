"""Trying the app out (debug on, no mail server): e-mails are printed, and the printed
e-mail is the only way to get an invitation's or a password reset's link. A Celery worker
writes what a job prints as log lines, which are written without the secret in a link
(nextpractice/logs.py), so every invitation read `/invitations/accept/…/` and nobody could
accept one (tester's findings AA, 2). The e-mail is now printed whole beside the log lines,
and log lines still leave the secret out."""

import io
import json
import logging
import os
import re
import shutil
import subprocess
import sys
import time

import pytest
from celery.utils.log import LoggingProxy
from django.core import mail
from django.db import connection
from django.test import Client

from accounts.people import services
from accounts.tests.factories import UserFactory
from fieldtrials.tests.factories import FieldTrialFactory
from nextpractice.testing.worker import (
    ROOT,
    celery_sending_to,
    jobs_broker,
    worker_environment,
)
from programmes.tests.factories import ProgrammeMembershipFactory

ACCEPT_LINK = re.compile(r"http://testserver(/invitations/accept/[^/\s]+/)")


def _configured_log_line(message, *args):
    """`message` as the configured standard output handler writes it, filters and all: the
    line's message as read, whether the handler writes plain lines (debug) or JSON ones
    (production, where "…" is written "\\u2026")."""
    [console] = [h for h in logging.getLogger().handlers if h.name == "console"]
    record = logging.getLogger("django.request").makeRecord(
        "django.request", logging.WARNING, __file__, 0, message, args, None
    )
    assert console.filter(record)
    line = console.format(record)
    try:
        return json.loads(line)["message"]
    except ValueError:
        return line


def _invite_to_a_trial():
    trial = FieldTrialFactory(title="Larch Trial")
    officer = UserFactory()
    ProgrammeMembershipFactory(programme=trial.project.programme, user=officer, role="officer")
    result = services.invite(
        target=trial, email="new.person@school.example", role="practitioner", actor=officer
    )
    return result.invitation


@pytest.mark.django_db(transaction=True)
def test_a_workers_printed_invitation_has_the_whole_link_which_opens_the_accept_page(
    start_worker, redis_url, settings, monkeypatch
):
    if connection.vendor != "postgresql":
        pytest.skip("needs PostgreSQL: a worker process cannot open the test's SQLite database")
    import redis

    broker = jobs_broker(redis_url)
    redis.Redis.from_url(broker).flushdb()
    # The worker as a trial install runs it: debug on, the e-mail backend debug's default.
    queue = start_worker(
        broker=broker,
        env={
            "DJANGO_EMAIL_BACKEND": None,
            "NEXTPRACTICE_SITE_URL": "http://testserver",
            **worker_environment(settings),
        },
    )
    try:
        with celery_sending_to(broker, monkeypatch, task_routes={"*": {"queue": queue}}):
            invitation = _invite_to_a_trial()
            for _ in range(120):
                invitation.refresh_from_db()
                if invitation.emailed_at is not None:
                    break
                time.sleep(0.5)
        printed = start_worker.output(queue)
    finally:
        redis.Redis.from_url(broker).flushdb()
    assert invitation.emailed_at is not None, printed
    assert "To: new.person@school.example" in printed, printed
    assert "/invitations/accept/…/" not in printed
    [path] = ACCEPT_LINK.findall(printed)
    page = Client().get(path)
    assert page.status_code == 200
    assert "Join Larch Trial" in page.content.decode()
    # The same link in a log line (Django's "Not Found: ..." of a mistyped one) still leaves
    # the secret out.
    line = _configured_log_line("Not Found: %s", path)
    assert "Not Found: /invitations/accept/…/" in line
    assert path not in line


def test_an_e_mail_printed_in_a_worker_is_written_whole_and_not_as_a_log_line(monkeypatch):
    """The same in this process: Celery hands standard output to its logger (what a job
    prints), and the e-mail goes to the process's own standard output instead."""
    written, logged = io.StringIO(), []

    class Collect(logging.Handler):
        def emit(self, record):
            logged.append(record.getMessage())

    redirected = logging.getLogger("celery.redirected")
    collect = Collect()
    redirected.addHandler(collect)
    monkeypatch.setattr(sys, "__stdout__", written)
    monkeypatch.setattr(sys, "stdout", LoggingProxy(redirected, logging.WARNING))
    try:
        link = "http://127.0.0.1:8251/accounts/reset/NA/cm9-3b1c2d4e5f60718293a4b5c6d7e8f901/"
        backend = mail.get_connection("nextpractice.mail.ConsoleEmailBackend")
        sent = mail.EmailMessage(
            "Reset your password", f"Choose a new password:\n\n{link}\n", to=["a@b.example"]
        )
        assert backend.send_messages([sent]) == 1
        print(f"Someone printed {link}")
    finally:
        redirected.removeHandler(collect)
    assert link in written.getvalue()
    assert not any("Reset your password" in message for message in logged), logged
    # What a job prints is still a log line, and the configured handler leaves the secret out.
    [printed] = [message for message in logged if "Someone printed" in message]
    line = _configured_log_line(printed)
    assert "/accounts/reset/NA/…/" in line and link not in line


def test_debug_prints_e_mails_with_the_projects_console_backend():
    """What settings.py names with debug on and no DJANGO_EMAIL_BACKEND (the tests' own
    settings replace it, so read in a new process)."""
    environment = {
        k: v for k, v in os.environ.items() if not k.startswith(("DJANGO_", "NEXTPRACTICE_"))
    }
    environment.update(DJANGO_DEBUG="1", DJANGO_SETTINGS_MODULE="nextpractice.settings")
    result = subprocess.run(
        [sys.executable, "-c", "from django.conf import settings; print(settings.EMAIL_BACKEND)"],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.stdout.strip() == "nextpractice.mail.ConsoleEmailBackend", result.stderr


def test_make_run_points_e_mail_links_at_the_port_it_serves():
    """`make run PORT=8251` sent invitations pointing at port 8000 (the settings' default)."""

    if not shutil.which("make"):
        pytest.skip("make is not installed")
    environment = {k: v for k, v in os.environ.items() if k != "NEXTPRACTICE_SITE_URL"}
    plan = subprocess.run(
        ["make", "-n", "run", "PORT=8251"],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=60,
    ).stdout
    worker = [line for line in plan.splitlines() if "celery -A nextpractice" in line]
    server = [line for line in plan.splitlines() if "runserver" in line]
    assert worker and server, plan
    for line in worker + server:
        assert "NEXTPRACTICE_SITE_URL=${NEXTPRACTICE_SITE_URL:-http://127.0.0.1:8251}" in line
