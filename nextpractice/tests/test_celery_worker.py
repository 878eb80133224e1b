"""A real task goes through Redis to a real worker and its result comes back.

Uses CELERY_BROKER_URL when it is set (CI points it at Redis); otherwise starts a
throwaway redis-server on a free port (make test installs Redis).
"""

import os
import shutil
import socket
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest
from celery import Celery

ROOT = Path(__file__).resolve().parents[2]


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def redis_url():
    configured = os.environ.get("CELERY_BROKER_URL", "")
    if configured.startswith("redis://"):
        yield configured
        return
    server = shutil.which("redis-server")
    assert server, "redis-server is not installed: run `make test`, which installs it"
    port = free_port()
    proc = subprocess.Popen(
        [server, "--bind", "127.0.0.1", "--port", str(port), "--save", "", "--appendonly", "no"],
        stdout=subprocess.DEVNULL,
    )
    try:
        for _ in range(50):
            try:
                socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
                break
            except OSError:
                time.sleep(0.1)
        yield f"redis://127.0.0.1:{port}/0"
    finally:
        proc.terminate()
        proc.wait(timeout=10)


@pytest.fixture
def worker(redis_url):
    """A Celery worker of this project on its own queue, in its own process."""
    queue = f"test-{uuid.uuid4().hex[:8]}"
    env = {
        **os.environ,
        "CELERY_BROKER_URL": redis_url,
        "DJANGO_DEBUG": "1",
        "DJANGO_EMAIL_BACKEND": "django.core.mail.backends.locmem.EmailBackend",
    }
    proc = subprocess.Popen(
        [sys.executable, "-m", "celery", "-A", "nextpractice", "worker", "--pool=solo",
         "--concurrency=1", "-Q", queue, "--without-heartbeat", "--without-gossip",
         "--without-mingle", "--loglevel=WARNING"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )  # fmt: skip
    yield queue
    proc.terminate()
    try:
        proc.wait(timeout=20)
    except subprocess.TimeoutExpired:
        proc.kill()


def test_a_real_task_goes_through_redis_to_a_worker_and_back(redis_url, worker):
    client = Celery(broker=redis_url, backend=redis_url)
    result = client.send_task(
        "accounts.tasks.send_email",
        kwargs={"subject": "Report ready", "body": "Your report is ready.", "to": ["a@b.org"]},
        queue=worker,
    )
    # The worker's locmem backend counts the message it sent: 1 means it really ran.
    assert result.get(timeout=60) == 1
    assert result.status == "SUCCESS"
