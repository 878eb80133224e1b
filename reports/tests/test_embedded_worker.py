"""The embedded default for real: with no CELERY_BROKER_URL, a report asked for in a web
request goes through the embedded broker (kombu's filesystem transport, a folder; no Redis)
to a real Celery worker started as `make run` starts it, and is ready within a minute.

The worker is another process, so the database must be a server: on SQLite (no DATABASE_URL)
the test is skipped, as nextpractice/testing/worker.py's jobs_to_a_worker does; CI runs it on
PostgreSQL, and `.ci/run` runs the same path on SQLite through `make setup` and runserver.
"""

import os
import subprocess
import sys
import time
from urllib.parse import quote

import pytest
from django.conf import settings as django_settings
from django.db import connection
from django.urls import reverse

from accounts.models import Role
from accounts.tests.factories import UserFactory
from fieldtrials.tests.factories import FieldTrialFactory
from nextpractice.celery import make_broker_folders
from nextpractice.testing.worker import ROOT, celery_sending_to
from programmes.tests.factories import ProgrammeMembershipFactory, ProjectFactory
from reports.models import Report

pytestmark = [pytest.mark.celery_worker, pytest.mark.django_db(transaction=True)]

EMBEDDED = "filesystem://localhost/"


def folders(jobs):
    return {
        "data_folder_in": str(jobs / "messages"),
        "data_folder_out": str(jobs / "messages"),
        "control_folder": str(jobs / "control"),
        "processed_folder": str(jobs / "processed"),
    }


@pytest.fixture
def embedded_worker(tmp_path, settings, monkeypatch):
    """A worker of this project on its default settings (no broker URL: the embedded broker,
    in a folder of this test's own), reading and writing the test database and media folder;
    the app sends its jobs there for real. Yields the worker's process."""
    if connection.vendor != "postgresql":
        pytest.skip("needs PostgreSQL: a worker process cannot open the test's SQLite database")
    db = connection.settings_dict
    jobs = tmp_path / "jobs"
    env = {
        name: value
        for name, value in os.environ.items()
        if name not in {"CELERY_BROKER_URL", "CELERY_RESULT_BACKEND"}
    }
    env.update(
        DATABASE_URL=(
            f"postgres://{quote(db['USER'])}:{quote(db['PASSWORD'] or '')}@"
            f"{db['HOST'] or '127.0.0.1'}:{db['PORT'] or 5432}/{db['NAME']}"
        ),
        NEXTPRACTICE_JOBS_FOLDER=str(jobs),
        DJANGO_MEDIA_ROOT=str(settings.MEDIA_ROOT),
        DJANGO_DEBUG="1",
        DJANGO_EMAIL_BACKEND="django.core.mail.backends.locmem.EmailBackend",
    )
    # As `make run` starts it (less the beat, which this test does not need).
    proc = subprocess.Popen(
        [sys.executable, "-m", "celery", "-A", "nextpractice", "-q", "worker", "--pool=solo",
         "--concurrency=1", "--without-heartbeat", "--without-gossip", "--without-mingle",
         "--loglevel=INFO"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )  # fmt: skip
    options = folders(jobs)
    make_broker_folders(EMBEDDED, options)
    try:
        with celery_sending_to(
            EMBEDDED,
            monkeypatch,
            broker_transport_options=options,
            result_backend=None,
            task_ignore_result=True,
        ):
            yield proc
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()


def test_the_embedded_default_uses_a_folder_as_broker_with_no_redis():
    if os.environ.get("CELERY_BROKER_URL"):
        pytest.skip("CELERY_BROKER_URL is set: the settings use it, not the embedded broker")
    assert django_settings.EMBEDDED_BROKER
    assert django_settings.CELERY_BROKER_URL == EMBEDDED
    assert not django_settings.CELERY_TASK_ALWAYS_EAGER  # only the tests' fixture runs in-process
    assert django_settings.CELERY_BROKER_TRANSPORT_OPTIONS == folders(django_settings.JOBS_FOLDER)


def test_asking_returns_at_once_and_the_embedded_worker_makes_the_report(client, embedded_worker):
    project = ProjectFactory(title="Lantern Project", stage="incubate")
    FieldTrialFactory(project=project, title="Beacon Trial", status="incubating")
    officer = UserFactory(full_name="Ada Officer")
    ProgrammeMembershipFactory(programme=project.programme, user=officer, role=Role.OFFICER)
    client.force_login(officer)

    response = client.post(
        reverse("reports:report_create", args=["project", project.pk]), follow=True
    )
    assert response.status_code == 200
    page = response.content.decode()
    assert "Your progress report is being prepared" in page
    assert "Being prepared" in page and "Check again" in page
    # The request returned before the report was made: it is still being prepared.
    report = Report.objects.get(project=project)
    assert report.state == Report.State.PREPARING

    status = reverse("reports:report_status", args=[report.pk])
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and embedded_worker.poll() is None:
        if "Download the PDF" in client.get(status).content.decode():
            break
        time.sleep(0.5)
    else:
        embedded_worker.terminate()
        output = embedded_worker.communicate(timeout=20)[0]
        pytest.fail(f"the report was not ready within a minute; the worker said:\n{output}")
    report.refresh_from_db()
    assert report.state == Report.State.READY and report.pages >= 1
    assert report.file.size == report.size  # stored where the web server reads it
