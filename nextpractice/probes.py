"""Load balancers' probes: /healthz (the process answers) and /readyz (it can do its work).

`ProbeMiddleware` sits first, so a probe by IP address over plain HTTP is answered before
Django checks the host name (ALLOWED_HOSTS) or redirects to HTTPS; only these two paths are.
"""

import tempfile
import uuid
from pathlib import Path

from django.conf import settings
from django.core.cache import cache
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


@public
def readyz(request):
    """Readiness: the database, the cache and the broker (when one is set) all answer."""
    checks = {"database": _database, "cache": _cache}
    if not settings.CELERY_TASK_ALWAYS_EAGER:
        checks["broker"] = _broker
    failed = {}
    for name, check in checks.items():
        try:
            check()
        except Exception as exc:  # any failure means not ready; say which and why
            failed[name] = f"{type(exc).__name__}: {exc}"[:200]
    if failed:
        return JsonResponse({"status": "unavailable", "failed": failed}, status=503)
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
