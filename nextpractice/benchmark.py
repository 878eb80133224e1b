"""Measuring pages for the benchmark commands (never for timed unit tests).

Each benchmark measures its pages and the floor view (`bench_floor`: one indexed single-row
query and a small template) in the same run, through the real URL resolver, middleware,
views and templates (Django's test client, in-process, no network), and judges by ratios,
so a verdict holds on a slow machine as on a fast one.
"""

import statistics
import time
from dataclasses import asdict, dataclass
from urllib.parse import urlencode

from django.db import connection, reset_queries
from django.test import Client
from django.test.utils import CaptureQueriesContext, override_settings
from django.urls import reverse

HOST = "localhost"


@dataclass
class Timing:
    name: str
    median_ms: float
    p95_ms: float
    queries: int
    status: int
    runs: int

    def ratio_to(self, floor):
        return self.median_ms / floor.median_ms if floor.median_ms else float("inf")

    def as_dict(self):
        return asdict(self)


def signed_in_client(user):
    client = Client(HTTP_HOST=HOST)
    client.force_login(user)
    return client


def percentile(samples, share):
    ordered = sorted(samples)
    index = min(len(ordered) - 1, max(0, round(share * (len(ordered) - 1))))
    return ordered[index]


def measure(name, client, url, *, method="get", data=None, runs=50, warmup=5, headers=None):
    """Median and 95th percentile of `runs` requests (after `warmup`), and the queries of one.

    `data` may be a callable taking the run number, so that each write differs."""
    (timing,) = measure_taking_turns(
        client, [(name, url, method, data, headers, None)], runs=runs, warmup=warmup
    )
    return timing


def measure_taking_turns(client, requests, *, runs=50, warmup=5):
    """`measure` for several requests sent in turn (floor, page, floor, page...), so that
    whatever else the machine is doing falls on each alike and their ratio holds; with one
    request, that request alone.

    `requests`: (name, url, method, data, headers, content_type) tuples; `data` may be a
    callable taking the run number. Returns one Timing per request, in order."""

    def send(spec, i):
        _name, url, method, data, headers, content_type = spec
        payload = data(i) if callable(data) else data
        if content_type == "application/x-www-form-urlencoded":
            payload = urlencode(payload or {}, doseq=True)  # as a browser (htmx) sends it
            kwargs = {"content_type": content_type}
        else:
            kwargs = {}
        return getattr(client, method)(url, payload, headers=headers or {}, secure=True, **kwargs)

    samples = {spec[0]: [] for spec in requests}
    queries, statuses = {}, {}
    with override_settings(ALLOWED_HOSTS=[HOST], BENCHMARKING=True):
        for i in range(warmup):
            for spec in requests:
                send(spec, i)
        for spec in requests:
            reset_queries()
            with CaptureQueriesContext(connection) as captured:
                statuses[spec[0]] = send(spec, warmup).status_code
            queries[spec[0]] = len(captured.captured_queries)
        for i in range(runs):
            for spec in requests:
                started = time.perf_counter()
                send(spec, warmup + 1 + i)
                samples[spec[0]].append((time.perf_counter() - started) * 1000)
    return [
        Timing(
            name=name,
            median_ms=round(statistics.median(taken), 3),
            p95_ms=round(percentile(taken, 0.95), 3),
            queries=queries[name],
            status=statuses[name],
            runs=runs,
        )
        for name, taken in samples.items()
    ]


def floor_request():
    """The floor view as a request for measure_taking_turns."""
    return ("floor", reverse("bench_floor"), "get", None, None, None)


def measure_floor(client, runs=50):
    (floor,) = measure_taking_turns(client, [floor_request()], runs=runs)
    return floor


def table(timings, floor):
    """The figures as a plain-text table, one page per line."""
    lines = [f"{'page':<40} {'median ms':>10} {'p95 ms':>10} {'queries':>8} {'x floor':>8}"]
    for t in [floor, *timings]:
        lines.append(
            f"{t.name:<40} {t.median_ms:>10.2f} {t.p95_ms:>10.2f} {t.queries:>8} "
            f"{t.ratio_to(floor):>8.2f}"
        )
    return "\n".join(lines)
