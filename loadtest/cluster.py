"""`make cluster`'s own checks (scripts/cluster.sh), beside the load test it reuses.

`files`: a data source uploaded through one app server is downloaded, the same bytes, through
the other; a progress report asked for through the balancer is made by a worker and
downloaded, the same PDF, through either app server. Signs in as the demo officer through
the real sign-in form, as a person would; reads the database only to find what to ask for
and what became of it.

`served`: after the load test, from the two app servers' access logs, that both took part
of the timed run and that the one left running served it after the other was stopped.

`local-files`: no app server or worker wrote an upload or a report to its own disk.

Exits 1, saying why, when a check fails. Talks to the loopback only.
"""

import argparse
import re
import secrets
import sys
import time
from pathlib import Path
from urllib.parse import urlsplit

import requests

from loadtest.check import _django

LOOPBACK = {"127.0.0.1", "localhost"}
HIDDEN = re.compile(r'<input type="hidden" name="([^"]+)" value="([^"]*)"')
OFFICER = "officer@example.org"


class ClusterFailed(Exception):
    """A check of the cluster failed; the message says which and why."""


def _loopback(base):
    if urlsplit(base).hostname not in LOOPBACK:
        raise SystemExit(f"The cluster checks talk to the loopback only, not {base}")
    return base.rstrip("/")


def _hidden_fields(page):
    """The form's hidden fields (the CSRF token and the one-off token of nextpractice/once.py)."""
    return dict(HIDDEN.findall(page))


def _get(session, url):
    response = session.get(url, timeout=30, allow_redirects=False)
    if response.status_code != 200:
        raise ClusterFailed(f"GET {url} answered {response.status_code}")
    return response


def _post(session, url, data, files=None):
    response = session.post(url, data=data, files=files, timeout=60, allow_redirects=False)
    if response.status_code != 302:
        raise ClusterFailed(f"POST {url} answered {response.status_code}, not a redirect")
    return response


def sign_in(session, base, email, password):
    from django.urls import reverse

    url = base + reverse("accounts:login")
    fields = _hidden_fields(_get(session, url).text)
    _post(session, url, {**fields, "username": email, "password": password})


def _officers_project(email):
    from accounts.models import User
    from programmes.rules import visible_projects

    officer = User.objects.get(email=email)
    for project in visible_projects(officer).order_by("pk"):
        if officer.has_perm("programmes.change_project", project):
            return project
    raise ClusterFailed(f"{email} may change no project: was the demo loaded?")


def upload_and_download(session, first, second, project):
    """A data source uploaded through `first` is downloaded through `second`, unchanged."""
    from django.urls import reverse

    from programmes.models import DataSource

    title = f"Cluster check {secrets.token_hex(4)}"
    content = f"school,pupils,written by\nCluster School,120,{title}\n".encode()
    url = first + reverse("programmes:datasource_create", args=[project.pk])
    fields = _hidden_fields(_get(session, url).text)
    data = {**fields, "title": title, "url": "", "what_it_shows": "Pupils by school."}
    _post(session, url, data, files={"file": ("pupils.csv", content, "text/csv")})
    source = DataSource.objects.get(title=title)
    download = _get(session, second + reverse("programmes:datasource_download", args=[source.pk]))
    if download.content != content:
        raise ClusterFailed(
            f"the data source uploaded through {first} came back different through {second}"
        )
    return f"data source {source.pk} ({source.file.name}): uploaded through {first}, " + (
        f"the same {len(content)} bytes downloaded through {second}"
    )


def report_through_either(session, balancer, servers, project, wait):
    """A report asked for through the balancer is made and downloads the same from each server."""
    from django.urls import reverse

    from reports.models import Report

    page = _get(
        session, balancer + reverse("reports:subject_reports", args=["project", project.pk])
    )
    before = set(Report.objects.values_list("pk", flat=True))
    url = balancer + reverse("reports:report_create", args=["project", project.pk])
    _post(session, url, _hidden_fields(page.text))
    started = time.monotonic()
    while True:
        report = Report.objects.exclude(pk__in=before).order_by("pk").last()
        if report is None:
            raise ClusterFailed("asking for a report through the balancer made no report")
        if report.state != Report.State.PREPARING or time.monotonic() - started > wait:
            break
        time.sleep(1)
    if report.state != Report.State.READY:
        raise ClusterFailed(
            f"report {report.pk} is {report.state} after {wait:.0f} s: {report.failure_message}"
        )
    pdfs = {
        base: _get(session, base + reverse("reports:report_download", args=[report.pk])).content
        for base in servers
    }
    if any(not pdf.startswith(b"%PDF-") for pdf in pdfs.values()) or len(set(pdfs.values())) > 1:
        raise ClusterFailed(f"report {report.pk} did not download as the same PDF from each server")
    size = len(next(iter(pdfs.values())))
    return (
        f"report {report.pk}: asked for through {balancer}, ready in "
        f"{time.monotonic() - started:.0f} s, the same {size}-byte PDF through "
        + " and ".join(servers)
    )


def files(args):
    _django()
    from django.conf import settings

    first, second, balancer = map(_loopback, (args.first, args.second, args.balancer))
    project = _officers_project(OFFICER)
    with requests.Session() as session:
        # One session for both servers: the session lives in the database, not in a server.
        sign_in(session, first, OFFICER, settings.DEMO_PASSWORD)
        print(upload_and_download(session, first, second, project))
        print(report_through_either(session, balancer, [first, second], project, args.wait))


def _run_lines(path):
    """The access log's lines of the load test's timed run (gunicorn's format in load.sh)."""
    lines = Path(path).read_text().splitlines()
    return [line for line in lines if re.match(r'\d{3} \d+ms "[^"]*" "run"', line)]


def served(args):
    stopped_before = _run_lines(args.stopped)
    left = Path(args.left).read_text().splitlines()[args.left_lines_at_stop :]
    left_after = [line for line in left if re.match(r'\d{3} \d+ms "[^"]*" "run"', line)]
    # HAProxy's log marks a request it sent again to another server with "+" before its
    # count of retries (e.g. "10/10/6/6/+1"): the stopped server's refusals, routed away.
    balancer = Path(args.balancer_log).read_text() if args.balancer_log else ""
    rerouted = len(re.findall(r"/\+\d+ \d+/\d+ \"", balancer))
    print(
        f"The timed run: {len(stopped_before)} requests served by the stopped server, "
        f"{len(left_after)} by the other after the stop; {rerouted} requests sent again to "
        "another server by the balancer"
    )
    # A request the balancer ended other than normally ("----": neither side closed early,
    # no timeout), e.g. "SD": the server closed the connection while sending its answer. Not
    # the probes this script sent through it while the servers were starting (503, "SC").
    abnormal = [
        line
        for line in balancer.splitlines()
        if re.search(r' - - (?!----)\S{4} .*HTTP/1\.\d"$', line) and '"GET /readyz ' not in line
    ]
    if abnormal:
        print(f"The balancer ended {len(abnormal)} requests other than normally:")
        print("\n".join(abnormal[:5]))
    if not stopped_before:
        raise ClusterFailed("the stopped server served none of the timed run before it stopped")
    if not left_after:
        raise ClusterFailed("the server left running served nothing after the other stopped")


def local_files(args):
    written = [str(p) for folder in args.folders for p in Path(folder).rglob("*") if p.is_file()]
    if written:
        raise ClusterFailed("files written to a server's own disk: " + ", ".join(written[:5]))
    print(f"No upload or report was written to a server's own disk ({len(args.folders)} folders)")


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    steps = parser.add_subparsers(dest="step", required=True)
    f = steps.add_parser("files")
    f.add_argument("--first", required=True, help="one app server, e.g. http://127.0.0.1:8001")
    f.add_argument("--second", required=True, help="the other app server")
    f.add_argument("--balancer", required=True)
    f.add_argument("--wait", type=float, default=120, help="seconds to wait for the report")
    s = steps.add_parser("served")
    s.add_argument("--stopped", required=True, help="the stopped server's access log")
    s.add_argument("--left", required=True, help="the other server's access log")
    s.add_argument("--left-lines-at-stop", type=int, required=True)
    s.add_argument("--balancer-log", default="", help="HAProxy's log, one line a request")
    lf = steps.add_parser("local-files")
    lf.add_argument("folders", nargs="+")
    args = parser.parse_args(argv)
    step = {"files": files, "served": served, "local-files": local_files}[args.step]
    try:
        step(args)
    except ClusterFailed as failed:
        print(f"FAILS: {failed}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
