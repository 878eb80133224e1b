"""Load balancers' probes: /healthz (the process answers) and /readyz (it can do its work).

`ProbeMiddleware` sits first, so a probe by IP address over plain HTTP is answered before
Django checks the host name (ALLOWED_HOSTS) or redirects to HTTPS; only these two paths are.
"""

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
    cache.set("nextpractice:readyz", "1", timeout=10)
    if cache.get("nextpractice:readyz") != "1":
        raise RuntimeError("a value written to the cache could not be read back")


def _broker():
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
