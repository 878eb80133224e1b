"""Prometheus metrics at /metrics, for operators only.

Requests, responses and latency per view come from django-prometheus's middleware; the job
queue's health (nextpractice/job_queue.py) is read from the database at each scrape.

Who may read them, deny by default: a scraper sending `Authorization: Bearer <token>` with
NEXTPRACTICE_METRICS_TOKEN's value, or a signed-in staff member. Anyone else gets a 404. A
scraper with the token may reach each app server by its address over plain HTTP, as load
balancers' probes do (`MetricsTokenMiddleware`), so every server can be scraped on its own.

Under gunicorn set PROMETHEUS_MULTIPROC_DIR to an empty folder for each server (the
Dockerfile's entrypoint does), so a scrape adds up all its worker processes.
"""

import hmac
import os

import prometheus_client
from django.conf import settings
from django.http import Http404, HttpResponse
from django.utils import timezone
from django.utils.cache import patch_cache_control
from prometheus_client import multiprocess
from prometheus_client.core import GaugeMetricFamily

PATH = "/metrics"


def has_metrics_token(request):
    """Whether the request carries the configured bearer token (never, when none is set)."""
    token = settings.METRICS_TOKEN
    sent = request.headers.get("Authorization", "")
    return bool(token) and hmac.compare_digest(sent.encode(), f"Bearer {token}".encode())


def may_read_metrics(request):
    """The scraper with the token, or a signed-in, active staff member."""
    user = getattr(request, "user", None)
    return has_metrics_token(request) or bool(user and user.is_active and user.is_staff)


def metrics(request):
    """The metrics in Prometheus's text format; 404 for anyone not allowed to read them."""
    if not may_read_metrics(request):
        raise Http404("No such page, or you do not have access to it.")
    if os.environ.get("PROMETHEUS_MULTIPROC_DIR"):
        process = prometheus_client.CollectorRegistry()
        multiprocess.MultiProcessCollector(process)
    else:
        process = prometheus_client.REGISTRY
    queue = prometheus_client.CollectorRegistry()
    queue.register(JobQueueCollector())
    body = prometheus_client.generate_latest(process) + prometheus_client.generate_latest(queue)
    response = HttpResponse(body, content_type=prometheus_client.CONTENT_TYPE_LATEST)
    patch_cache_control(response, private=True, no_store=True)
    return response


# Declared for nextpractice/tests/test_access.py: decided in the view, by may_read_metrics.
metrics.np_access = "operators"


class JobQueueCollector:
    """The job queue's lines as gauges, read afresh from the database at each scrape."""

    def collect(self):
        from .job_queue import job_queue

        now = timezone.now()
        jobs = GaugeMetricFamily(
            "nextpractice_jobs",
            "Background jobs by kind and state (failed: in the last week)",
            labels=["kind", "state"],
        )
        oldest = GaugeMetricFamily(
            "nextpractice_jobs_oldest_waiting_seconds",
            "How long the oldest waiting job of each kind has waited (0: none waiting)",
            labels=["kind"],
        )
        for line in job_queue(now=now):
            for state in ("waiting", "running", "failed"):
                value = getattr(line, state)
                if value is not None:
                    jobs.add_metric([line.kind, state], value)
            since = line.oldest_waiting_since
            oldest.add_metric([line.kind], (now - since).total_seconds() if since else 0)
        yield jobs
        yield oldest


class MetricsTokenMiddleware:
    """Answers /metrics for a scraper with the token before host checks and the HTTPS
    redirect, so each server can be scraped by its address; anyone else goes the usual way."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if (
            request.path_info == PATH
            and request.method in {"GET", "HEAD"}
            and has_metrics_token(request)
        ):
            return metrics(request)
        return self.get_response(request)
