"""A real Redis and a real Celery worker of this project, for tests that send real tasks.

`redis_url` uses CELERY_BROKER_URL when it is set (CI points it at Redis), otherwise starts
a throwaway redis-server on a free port (make test installs Redis). `start_worker` starts a
worker in its own process, listening on one queue, with extra environment (the test
database, the media folder), and stops it at the end of the test.
"""

import os
import shutil
import socket
import subprocess
import sys
import time
import uuid
from contextlib import contextmanager
from pathlib import Path

import pytest

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
def start_worker(redis_url):
    """start_worker(queue=None, env=None) -> the queue name the worker listens on; a value
    of None in `env` unsets that variable. start_worker.output(queue) stops that worker and
    returns what it wrote (its standard output and error)."""
    procs = []
    by_queue = {}

    def start(queue=None, broker=None, env=None):
        queue = queue or f"test-{uuid.uuid4().hex[:8]}"
        environment = {
            **os.environ,
            "CELERY_BROKER_URL": broker or redis_url,
            "DJANGO_DEBUG": "1",
            "DJANGO_EMAIL_BACKEND": "django.core.mail.backends.locmem.EmailBackend",
            **(env or {}),
        }
        environment = {name: value for name, value in environment.items() if value is not None}
        proc = subprocess.Popen(
            [sys.executable, "-m", "celery", "-A", "nextpractice", "worker", "--pool=solo",
             "--concurrency=1", "-Q", queue, "--without-heartbeat", "--without-gossip",
             "--without-mingle", "--loglevel=WARNING"],
            cwd=ROOT,
            env=environment,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
        )  # fmt: skip
        procs.append(proc)
        by_queue[queue] = proc
        return queue

    def output(queue):
        proc = by_queue[queue]
        proc.terminate()
        try:
            return proc.communicate(timeout=20)[0]
        except subprocess.TimeoutExpired:
            proc.kill()
            return proc.communicate()[0]

    start.output = output
    yield start
    for proc in procs:
        proc.terminate()
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()


@pytest.fixture
def worker(start_worker):
    """A Celery worker of this project on its own queue, in its own process."""
    return start_worker()


@pytest.fixture
def jobs_to_a_worker(start_worker, redis_url, settings, monkeypatch):
    """The app sends its jobs through Redis to a real worker that reads and writes the test
    database and media folder. The worker is another process, so the database must be a
    server: on SQLite (no DATABASE_URL) the test is skipped; CI runs it on PostgreSQL."""
    import redis
    from django.db import connection

    if connection.vendor != "postgresql":
        pytest.skip("needs PostgreSQL: a worker process cannot open the test's SQLite database")
    broker = jobs_broker(redis_url)
    redis.Redis.from_url(broker).flushdb()
    queue = start_worker(
        broker=broker,
        env=worker_environment(settings),
    )
    with celery_sending_to(broker, monkeypatch, task_routes={"*": {"queue": queue}}):
        yield queue
    redis.Redis.from_url(broker).flushdb()


def worker_environment(settings):
    """What a worker needs to read and write this test's database and media folder."""
    from urllib.parse import quote

    from django.db import connection

    db = connection.settings_dict
    return {
        "DATABASE_URL": f"postgres://{quote(db['USER'])}:{quote(db['PASSWORD'] or '')}@"
        f"{db['HOST'] or '127.0.0.1'}:{db['PORT'] or 5432}/{db['NAME']}",
        "DJANGO_MEDIA_ROOT": str(settings.MEDIA_ROOT),
    }


def jobs_broker(redis_url):
    """The broker jobs_to_a_worker sends through: a database of Redis of its own, emptied
    before and after, so no stale job is run; one for each process of the suite
    (pytest-xdist's gw0, gw1...), which run at once."""
    from urllib.parse import urlsplit, urlunsplit

    return urlunsplit(urlsplit(redis_url)._replace(path=f"/{15 - suite_process()}"))


def suite_process():
    """Which of the suite's processes this is: 0, or n for pytest-xdist's worker gw<n>."""
    return int(os.environ.get("PYTEST_XDIST_WORKER", "gw0").removeprefix("gw") or 0)


@contextmanager
def celery_sending_to(broker, monkeypatch, **conf):
    """The app sends its jobs to `broker` for real (not in-process), with `conf` on top;
    as it was afterwards. Pools kept from earlier jobs are dropped, or they would skip it."""
    from nextpractice.celery import app

    conf = {
        "task_always_eager": False,
        "broker_url": broker,
        "broker_write_url": broker,
        **conf,
    }
    saved = {key: app.conf.get(key) for key in conf}
    monkeypatch.setenv("CELERY_BROKER_URL", broker)  # Celery prefers it to its config
    if "task_ignore_result" in conf:
        # Tasks copy it from the configuration when first used, so tell each of them too.
        for task in app.tasks.values():
            monkeypatch.setattr(type(task), "ignore_result", conf["task_ignore_result"])
    app.conf.update(conf)
    forget_connections(app)
    try:
        yield
    finally:
        app.conf.update(saved)
        forget_connections(app)


def forget_connections(app):
    """Drop the broker pools and the result store Celery keeps, so the next job connects
    with the configuration as it is now."""
    app._pool = None
    app.amqp._producer_pool = None
    app._backend_cache = None
    app._local.backend = None


def celery_settings_for(broker, **env):
    """Celery's configuration as settings.py makes it on a server whose only Celery settings
    are CELERY_BROKER_URL=`broker` and `env`, in Celery's names (result_backend...). Read in
    a new process, so the test sees the defaults, not this process's environment."""
    import json

    script = (
        "import json; from django.conf import settings; "
        "print(json.dumps({k.removeprefix('CELERY_').lower(): getattr(settings, k) "
        "for k in dir(settings) if k.startswith('CELERY_')}, default=str))"
    )
    environment = {k: v for k, v in os.environ.items() if not k.startswith("CELERY_")}
    environment.update(
        DJANGO_DEBUG="1",
        DJANGO_SETTINGS_MODULE="nextpractice.settings",
        CELERY_BROKER_URL=broker,
        **env,
    )
    result = subprocess.run(
        [sys.executable, "-c", script], cwd=ROOT, env=environment, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])
