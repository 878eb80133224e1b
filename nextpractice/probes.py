"""Load balancers' probes: /healthz (the process answers) and /readyz (it can serve requests).

`ProbeMiddleware` sits first, so a probe by IP address over plain HTTP is answered before
Django checks the host name (ALLOWED_HOSTS) or redirects to HTTPS; only these two paths are.
"""

import tempfile
import uuid
from pathlib import Path

from django.conf import settings
from django.core.cache import cache
from django.core.files.base import ContentFile
from django.core.files.storage import storages
from django.db import connection
from django.http import JsonResponse
from django.utils.cache import patch_cache_control

import nextpractice
from accounts.access import public

# A probe must answer well inside a balancer's own timeout (often 5 seconds).
TIMEOUT_SECONDS = 1


@public
def healthz(request):
    """Liveness: the process answers. Nothing else, so a database blip restarts nothing."""
    return JsonResponse({"status": "ok", "version": nextpractice.__version__})


# What /readyz checks, and what a failure means. Only what every request needs fails it (503,
# out of the balancer): the database, which holds sessions and every record. The cache and the
# broker are shared by all app servers, so failing on them would take every server out of the
# balancer at once, though each could still serve: a cache that does not answer is a miss
# (nextpractice/caching.py), and a request that sends a job (a report, an import, an e-mail)
# refuses it in plain words (nextpractice/jobs.py, JobRefused) while every other page works.
# They are reported as degraded instead: still 200, the body naming them. So is the storage of
# uploads and reports: a bucket is shared too, and without it only uploads and downloads fail.
REQUIRED = "required"
DEGRADED = "degraded"


@public
def readyz(request):
    """Readiness: 503 unless the database answers; 200 otherwise, naming as degraded the cache,
    the storage or the broker (when one is set) if it does not answer."""
    checks = {
        "database": (_database, REQUIRED),
        "cache": (_cache, DEGRADED),
        "storage": (_storage, DEGRADED),
    }
    if not settings.CELERY_TASK_ALWAYS_EAGER:
        checks["broker"] = (_broker, DEGRADED)
    failed, degraded = {}, {}
    for name, (check, kind) in checks.items():
        try:
            check()
        except Exception as exc:  # any failure: say which and why
            (failed if kind == REQUIRED else degraded)[name] = f"{type(exc).__name__}: {exc}"[:200]
    if failed:
        body = {"status": "unavailable", "failed": failed}
        if degraded:
            body["degraded"] = degraded
        return JsonResponse(body, status=503)
    if degraded:
        return JsonResponse({"status": "degraded", "checked": list(checks), "degraded": degraded})
    return JsonResponse({"status": "ok", "checked": list(checks)})


def _database():
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")


def _cache():
    # A key of this probe's own: with a cache shared by several servers (Redis), one server's
    # probe never reads back, or deletes, another's.
    key, value = f"nextpractice:readyz:{uuid.uuid4().hex}", uuid.uuid4().hex
    cache.set(key, value, timeout=10)
    try:
        if cache.get(key) != value:
            raise RuntimeError("a value written to the cache could not be read back")
    finally:
        cache.delete(key)


# Where the storage probe writes its file, apart from every upload and report.
STORAGE_PROBE_PREFIX = "readyz"


def _storage():
    """Uploads and reports can be kept and read: a tiny file of this probe's own is written,
    read back and deleted (nothing is left), each step named if it fails. On this server's
    disk the media folder must already be there: saving would otherwise make it, and an
    unmounted volume would pass unnoticed. The storage is the uploads' own with time limits of
    this probe's (settings.STORAGES["readyz"]): a bucket that does not answer fails it in a
    second or two, not the minutes boto3 would wait and retry."""
    if settings.STORAGE == "local" and not Path(settings.MEDIA_ROOT).is_dir():
        raise RuntimeError(f"the media folder {settings.MEDIA_ROOT} is missing")
    storage = storages["readyz"]
    value = uuid.uuid4().hex.encode()
    name = _storage_step(
        "write a file to",
        storage.save,
        f"{STORAGE_PROBE_PREFIX}/{uuid.uuid4().hex}.txt",
        ContentFile(value),
    )
    try:
        read = _storage_step("read a file back from", _read, storage, name)
    finally:
        _storage_step("delete a file from", storage.delete, name)
    if read != value:
        raise RuntimeError("a file written to the storage read back differently")


def _read(storage, name):
    with storage.open(name, "rb") as handle:
        return handle.read()


def _storage_step(step, action, *args):
    try:
        return action(*args)
    except Exception as exc:  # any failure: say which step and why
        raise RuntimeError(f"could not {step} the storage ({type(exc).__name__}: {exc})") from exc


def _broker():
    if settings.CELERY_BROKER_URL.startswith("filesystem://"):
        return _broker_folders()
    from kombu import Connection

    with Connection(
        settings.CELERY_BROKER_URL,
        connect_timeout=TIMEOUT_SECONDS,
        transport_options={
            "socket_connect_timeout": TIMEOUT_SECONDS,
            "socket_timeout": TIMEOUT_SECONDS,
        },
    ) as broker:
        broker.ensure_connection(max_retries=0, timeout=TIMEOUT_SECONDS)


def _broker_folders():
    """The embedded broker is its folders: each must be there and take a new file, or jobs
    asked for are lost (nothing to connect to, so kombu would answer yes regardless)."""
    from nextpractice.celery import EMBEDDED_FOLDERS

    options = settings.CELERY_BROKER_TRANSPORT_OPTIONS
    for folder in sorted({Path(options[name]) for name in EMBEDDED_FOLDERS if options.get(name)}):
        if not folder.is_dir():
            raise RuntimeError(f"the jobs folder {folder} is missing")
        try:
            with tempfile.TemporaryFile(dir=folder):
                pass
        except OSError as exc:
            raise RuntimeError(f"the jobs folder {folder} cannot be written to ({exc})") from None


PROBES = {"/healthz": healthz, "/readyz": readyz}


class ProbeMiddleware:
    """Answers the probe paths before host checks and the HTTPS redirect; nothing else."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        probe = PROBES.get(request.path_info)
        if probe is not None and request.method in {"GET", "HEAD"}:
            response = probe(request)
            # About this moment only: no cache (a proxy's, a browser's) may answer for it.
            patch_cache_control(response, private=True, no_store=True)
            response["X-Content-Type-Options"] = "nosniff"
            return response
        return self.get_response(request)
