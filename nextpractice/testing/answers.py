"""What every answer the app gives must be, whatever its status and whoever asked.

The access test (nextpractice/tests/test_access.py) requests every URL as every persona and
checks each answer against these as it goes, and the demo crawl
(nextpractice/tests/test_gets_never_write.py) checks every page each demo role reaches:

- A GET writes nothing: no statement that would change the database runs while it is
  answered (its streamed body included), not even one rolled back afterwards.
- Nothing sent to a signed-in person may be kept by a cache (a shared school computer, a
  proxy): every such answer says private and no-store.
- A download runs nothing, is not sniffed and is never stored.
"""

import re
from contextlib import contextmanager

from django.db import connection

# Every kind of download the app hands out: a stored file, a PDF and each CSV export.
DOWNLOADS = {
    "programmes:datasource_download",
    "reports:report_download",
    "programmes:stimulus_export",
    "programmes:option_export",
    "fieldtrials:fieldtrial_export",
    "toolkit:exercise_results_csv",
    "accounts:your_data",
}

# SQL's own words are read, not names: Django quotes every name ("monthlyupdate", "update_id")
# and passes every value as a parameter. A row lock (FOR UPDATE, FOR SHARE) only reads.
_QUOTED = re.compile(r'"[^"]*"')
_ROW_LOCK = re.compile(r"\bFOR\s+(?:NO\s+KEY\s+|KEY\s+)?(?:UPDATE|SHARE)\b", re.IGNORECASE)
_WRITE = re.compile(
    r"\b(?:INSERT|UPDATE|DELETE|MERGE|TRUNCATE|CREATE|ALTER|DROP|COPY|SETVAL|NEXTVAL)\b",
    re.IGNORECASE,
)


def writes(sql):
    """Whether the statement would change the database."""
    return bool(_WRITE.search(_ROW_LOCK.sub("", _QUOTED.sub("", sql))))


@contextmanager
def watching_writes():
    """The statements run in the block that would change the database, in a list."""
    written = []

    def watch(execute, sql, params, many, context):
        if writes(sql):
            written.append(sql)
        return execute(sql, params, many, context)

    with connection.execute_wrapper(watch):
        yield written


def read_body(response):
    """The whole body, a streamed one read to the end as a browser would."""
    return b"".join(response.streaming_content) if response.streaming else response.content


def cache_directives(response):
    return {d.strip() for d in response.get("Cache-Control", "").split(",")}


def never_stored(response):
    return {"private", "no-store"} <= cache_directives(response)


def is_download(response):
    return response.status_code == 200 and response.has_header("Content-Disposition")


def problems(method, url, response, written, signed_in):
    """What is wrong with one answer, a line each: a GET that ran a statement that would
    write (`written`, from watching_writes), an answer to a signed-in GET that a cache may
    keep, a download that may run, be sniffed or be kept."""
    found = []
    if method == "get" and written:
        found.append(f"GET {url} wrote to the database: {written[0][:200]}")
    if method == "get" and signed_in and not never_stored(response):
        cache = response.get("Cache-Control")
        found.append(f"GET {url} ({response.status_code}) may be kept: {cache!r}")
    if is_download(response):
        found += [f"{method.upper()} {url}: {problem}" for problem in download_problems(response)]
    return found


def download_problems(response):
    """What is wrong with a download (an answer with Content-Disposition): nothing, or each
    header that would let it run, be sniffed or be kept."""
    problems = []
    policy = response.get("Content-Security-Policy", "")
    if "sandbox" not in policy.split("; ") or "default-src 'none'" not in policy:
        problems.append(f"Content-Security-Policy {policy!r}")
    if response.get("X-Content-Type-Options") != "nosniff":
        problems.append("no nosniff")
    if not never_stored(response):
        problems.append(f"Cache-Control {response.get('Cache-Control')!r}")
    return problems
