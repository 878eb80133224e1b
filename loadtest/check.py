"""The load test's two steps that read the database: the plan before the run, the verdict after.

    python -m loadtest.check plan --out bench/load-plan.json
    python -m loadtest.check verdict --plan bench/load-plan.json --writes bench/load-writes.json \
        --access-log bench/load-access.log --logs bench/load-gunicorn.log bench/load-celery.log \
        --wait 180 --out bench/load-results.json

`plan` picks, for each demo role, the pages it may open, the exercise questions it may
answer, the trials it may write monthly updates for and the subjects it may ask reports
of. Each page is opened once here through Django's test client: one that does not answer
200 is left out and named; one that answers 5xx stops the run before it starts. The locust
users (loadtest/locustfile.py) read only this file.

`verdict` waits, for a bounded time, for the Celery worker to finish the reports asked for
during the run; reads back every answer and monthly update the load test posted and
compares each with the database; prints requests per second, the median and 95th
percentile latency of each page kind, the errors, who used the CPU and the tracebacks in
the server's logs; and exits 1 on any 5xx or other failed request, any lost write, or any
report not ready.
"""

import argparse
import datetime
import json
import os
import re
import secrets
import statistics
import sys
import time
from pathlib import Path

# Filters people use on the field trials list.
TRIAL_FILTERS = ["?status=incubating&overdue=yes&sort=overdue", "?rag=red&rag=amber", "?q=school"]
ROLES = ("admin", "officer", "consultant", "leader", "partner")


def _django():
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "nextpractice.settings")
    import django

    django.setup()


# --- The plan -----------------------------------------------------------------------------


def candidate_pages(user):
    """{page kind: [URL]} of what `user` should be able to open, from the access rules."""
    from django.urls import reverse

    from fieldtrials.rules import visible_fieldtrials
    from programmes.rules import visible_programmes, visible_projects
    from toolkit.rules import visible_exercises

    programmes = list(visible_programmes(user).order_by("pk")[:2])
    projects = list(visible_projects(user).order_by("pk")[:3])
    trials = list(visible_fieldtrials(user).order_by("pk")[:5])
    exercises = list(visible_exercises(user).order_by("pk")[:4])
    trial_list = reverse("fieldtrials:fieldtrial_list")
    pages = {
        "home": [reverse("home")],
        "programme": [p.get_absolute_url() for p in programmes],
        "project": [p.get_absolute_url() for p in projects],
        "options list": [reverse("programmes:option_list", args=[p.pk]) for p in projects],
        "field trials list": [],
        "field trials list, filtered": [],
        "field trial page": [reverse("fieldtrials:fieldtrial_detail", args=[t.pk]) for t in trials],
        "monthly updates list": [
            reverse("fieldtrials:update_list", args=[t.pk]) for t in trials[:2]
        ],
        "exercise page": [reverse("toolkit:exercise_detail", args=[e.pk]) for e in exercises],
        "exercise results": [
            reverse("toolkit:exercise_results", args=[e.pk])
            for e in exercises
            if user.has_perm("toolkit.view_results", e)
        ],
        "indicators": [reverse("evaluation:project_evaluation", args=[p.pk]) for p in projects],
        "reports list": [
            reverse("reports:subject_reports", args=["project", p.pk]) for p in projects
        ],
    }
    if user.has_perm("fieldtrials.list_fieldtrials"):
        pages["field trials list"] = [trial_list]
        pages["field trials list, filtered"] = [trial_list + f for f in TRIAL_FILTERS] + [
            f"{trial_list}?project={p.pk}" for p in projects[:1]
        ]
    return pages


def answer_slots(user):
    """Every question of every open exercise `user` takes part in and has not submitted."""
    from django.urls import reverse

    from toolkit.models import Participation
    from toolkit.questions import questions_of

    slots = []
    for p in (
        Participation.objects.filter(user=user, submitted_at__isnull=True)
        .select_related("exercise__tool_version")
        .order_by("exercise_id")
    ):
        if not p.exercise.is_open:
            continue
        for q in questions_of(p.exercise.definition):
            page = reverse("toolkit:exercise_answer", args=[p.exercise_id, q.section["key"]])
            slots.append(
                {
                    "exercise": p.exercise_id,
                    "question": q.key,
                    "form": "q-" + q.key.replace(".", "-"),
                    "page": page,
                }
            )
    return slots


def update_trials(user):
    """Up to ten trials `user` may write monthly updates for, with their new-update form."""
    from django.urls import reverse

    from fieldtrials.rules import visible_fieldtrials

    trials = [
        t
        for t in visible_fieldtrials(user).order_by("pk")[:40]
        if user.has_perm("fieldtrials.change_record", t)
    ]
    return [
        {"trial": t.pk, "form": reverse("fieldtrials:update_create", args=[t.pk])}
        for t in trials[:10]
    ]


def report_subjects(user):
    """The few subjects this run asks reports of (few, so the queue stays bounded: asking
    again while one is being prepared gives that one), where `user` may ask."""
    from django.urls import reverse

    from fieldtrials.models import FieldTrial
    from programmes.models import Programme, Project

    candidates = [
        ("programme", "programme", Programme.objects.order_by("pk").first()),
        (
            "project",
            "project",
            Project.objects.filter(field_trials__isnull=False).order_by("pk").first(),
        ),
        ("trial", "field trial page", FieldTrial.objects.order_by("pk").first()),
    ]
    return [
        {
            "kind": kind,
            "pk": subject.pk,
            "page_kind": page_kind,
            "page": subject.get_absolute_url(),
            "ask": reverse("reports:report_create", args=[kind, subject.pk]),
        }
        for kind, page_kind, subject in candidates
        if subject is not None and user.has_perm("reports.add_report", subject)
    ]


def plan(args):
    _django()
    from django.contrib.auth import get_user_model
    from django.test import Client
    from django.utils import timezone

    from accounts.demo import PEOPLE

    emails = {key: email for key, email, *_ in PEOPLE}
    out = {
        "run_id": secrets.token_hex(3),
        "started_at": timezone.now().isoformat(),
        "roles": {},
        "left_out": [],
    }
    broken = []
    User = get_user_model()
    for role in ROLES:
        user = User.objects.get(email=emails[role])
        client = Client(HTTP_HOST="127.0.0.1", raise_request_exception=False)
        client.force_login(user)

        def answers_200(kind, url, client=client, role=role):
            status = client.get(url).status_code
            if status >= 500:
                broken.append(f"{role}: {kind} {url} answered {status}")
            elif status != 200:
                out["left_out"].append(f"{role}: {kind} {url} answered {status}")
            return status == 200

        pages = {
            kind: [url for url in urls if answers_200(kind, url)]
            for kind, urls in candidate_pages(user).items()
        }
        slots = [s for s in answer_slots(user) if answers_200("answering page", s["page"])]
        trials = [t for t in update_trials(user) if answers_200("monthly update form", t["form"])]
        subjects = [s for s in report_subjects(user) if answers_200(s["page_kind"], s["page"])]
        out["roles"][role] = {
            "email": user.email,
            "pages": {kind: urls for kind, urls in pages.items() if urls},
            "answer_slots": slots,
            "update_trials": trials,
            "report_subjects": subjects,
        }
        print(
            f"{role:<11} {sum(len(u) for u in pages.values()):>3} pages, "
            f"{len(slots):>3} questions to answer, {len(trials):>3} trials to write updates "
            f"for, {len(subjects)} report subjects"
        )
    for line in out["left_out"]:
        print(f"left out: {line}")
    Path(args.out).write_text(json.dumps(out, indent=1))
    if broken:
        for line in broken:
            print(f"BROKEN before the run: {line}", file=sys.stderr)
        return 1
    return 0


# --- The verdict --------------------------------------------------------------------------


def wait_for_reports(since, wait):
    """Wait up to `wait` seconds for the reports asked for since `since` to leave
    "preparing"; returns (reports, seconds waited)."""
    from reports.models import Report

    asked = Report.objects.filter(kind=Report.Kind.ON_REQUEST, requested_at__gte=since)
    started = time.monotonic()
    while asked.filter(state=Report.State.PREPARING).exists() and time.monotonic() - started < wait:
        time.sleep(1)
    return list(asked.order_by("pk")), time.monotonic() - started


def is_pdf(report):
    try:
        with report.file.open("rb") as handle:
            return handle.read(5) == b"%PDF-"
    except (OSError, ValueError):
        return False


def expected_answer(definition, question, posted):
    """What the app stores for `posted` (the form's fields as lists of values)."""
    from django.http import QueryDict

    from toolkit.forms import posted_answer
    from toolkit.questions import clean_answer

    data = QueryDict(mutable=True)
    for name, values in posted.items():
        data.setlist(name, values)
    return clean_answer(definition, question, posted_answer(question, data))


def check_answers(records):
    """[(record, problem)] for each answer whose stored value is not what was posted
    last and acknowledged (or, after it, sent without an answer from the server)."""
    from toolkit.models import Answer, Participation
    from toolkit.questions import find_question

    lost = []
    for record in records:
        if record["acked"] is None:
            continue  # nothing the server confirmed: nothing it owes us
        participation = Participation.objects.select_related("exercise__tool_version").get(
            exercise_id=record["exercise"], user__email=record["email"]
        )
        definition = participation.exercise.definition
        question = find_question(definition, record["question"])
        allowed = [
            expected_answer(definition, question, posted)
            for posted in [record["acked"], *record["pending"]]
        ]
        stored = (
            Answer.objects.filter(participation=participation, question=record["question"])
            .values_list("value", flat=True)
            .first()
        )
        if stored not in allowed:
            lost.append((record, f"stored {stored!r}, posted {allowed[0]!r}"))
    return lost


def check_updates(records):
    """[(record, problem)] for each monthly update not as the load test last saved it."""
    from fieldtrials.models import MonthlyUpdate

    lost = []
    for record in records:
        month = datetime.date.fromisoformat(record["month"] + "-01")
        row = (
            MonthlyUpdate.objects.filter(field_trial_id=record["trial"], month=month)
            .values("status", "author__email", "rag", "what_happened", "what_next", "in_the_way")
            .first()
        )
        allowed = [s for s in [record["acked"], *record["pending"]] if s]
        if row is None:
            if record["acked"] is not None:
                lost.append((record, "the update is not in the database"))
            continue
        if not allowed:
            lost.append((record, "an update the server refused is in the database"))
            continue
        shown = {k: row[k] for k in ("rag", "what_happened", "what_next", "in_the_way")}
        if row["author__email"] != record["email"]:
            lost.append((record, f"written by {row['author__email']}, not {record['email']}"))
        elif not any(s["fields"] == shown and s["status"] == row["status"] for s in allowed):
            lost.append((record, f"stored {row['status']} {shown}, last saved {allowed[0]}"))
    return lost


def page_figures(kind, record, seconds, inside):
    """Requests, failures, requests per second, median, p95 and max latency of one page
    kind as the clients saw it, and its median time inside gunicorn (`inside`)."""
    from nextpractice.benchmark import percentile

    times = record["times"]
    return {
        "kind": kind,
        "requests": len(times),
        "failures": record["failures"],
        "requests_per_s": len(times) / seconds,
        "median_ms": statistics.median(times) if times else 0.0,
        "p95_ms": percentile(times, 0.95) if times else 0.0,
        "max_ms": max(times, default=0.0),
        "inside_gunicorn_median_ms": statistics.median(inside) if inside else 0.0,
    }


def phase_figures(recorded, inside):
    """Figures for each page kind of one phase, busiest first, then for all of them;
    `inside` holds each kind's times inside gunicorn."""
    requests, seconds = recorded["requests"], recorded["seconds"] or 1.0
    kinds = sorted(
        (page_figures(name, r, seconds, inside.get(name, [])) for name, r in requests.items()),
        key=lambda k: -k["requests"],
    )
    everything = {
        "times": [t for r in requests.values() for t in r["times"]],
        "failures": sum(r["failures"] for r in requests.values()),
    }
    every_inside = [t for name in requests for t in inside.get(name, [])]
    return [*kinds, page_figures("all", everything, seconds, every_inside)]


def table(figures):
    lines = [
        f"  {'page kind':<30} {'requests':>8} {'failed':>6} {'req/s':>6} "
        f"{'median ms':>9} {'p95 ms':>7} {'max ms':>7} {'in gunicorn':>11}"
    ]
    for k in figures:
        lines.append(
            f"  {k['kind'][:30]:<30} {k['requests']:>8} {k['failures']:>6} "
            f"{k['requests_per_s']:>6.1f} {k['median_ms']:>9.0f} {k['p95_ms']:>7.0f} "
            f"{k['max_ms']:>7.0f} {k['inside_gunicorn_median_ms']:>11.0f}"
        )
    return lines


def server_log(path):
    """From gunicorn's access log: the count of each HTTP status, and the times (ms) spent
    inside gunicorn by phase and page kind, leaving out the health checks made while it
    started. Each line: status, time, request line, phase, kind (locustfile.Person.call)."""
    counts, inside = {}, {}
    if path and Path(path).exists():
        for line in Path(path).read_text().splitlines():
            match = re.match(r'(\d{3}) (\d+)ms "\S+ (\S+)[^"]*" "([^"]*)" "([^"]*)"', line)
            if not match or match[3] == "/healthz":
                continue
            counts[match[1]] = counts.get(match[1], 0) + 1
            inside.setdefault(match[4], {}).setdefault(match[5], []).append(int(match[2]))
    return counts, inside


def http_lines(writes, access_log):
    """The tables of each phase, the errors and statuses; and what failed."""
    lines, failed, figures = [], [], {}
    phases = writes["phases"]
    server, inside = server_log(access_log)
    for phase, title in [
        ("sign-in", "Signing in: everyone at once as the run starts"),
        ("run", "The timed run, once everyone had signed in"),
    ]:
        figures[phase] = phase_figures(phases[phase], inside.get(phase, {}))
        lines += [f"{title} ({phases[phase]['seconds']:.0f} s)", *table(figures[phase])]
    stopping = phase_figures(phases["stopping"], {})[-1]
    lines.append(
        f"After the clock: {stopping['requests']} requests of tasks finishing "
        f"({stopping['failures']} failed), not in the figures above"
    )
    for error, count in sorted(writes["errors"].items()):
        lines.append(f"ERROR {count} x {error}")
    for error, count in sorted(writes.get("resent", {}).items()):
        lines.append(
            f"SENT AGAIN, as a browser does after a connection closed unanswered: {count} x {error}"
        )
    seen = {}
    for key, n in writes["statuses"].items():
        status = key.split(" ", 1)[0]
        seen[status] = seen.get(status, 0) + n
    lines += [
        f"Statuses seen by the clients: {dict(sorted(seen.items()))}; "
        f"in gunicorn's access log: {dict(sorted(server.items()))}",
        '("in gunicorn": the median time a request spent inside gunicorn, from its access '
        "log; the rest of its latency was waiting for a free worker)",
    ]
    if "cpu" in writes:
        lines += cpu_lines(writes["cpu"], phases["run"], figures["run"][-1]["requests"])
    server_5xx = sum(n for status, n in [*seen.items(), *server.items()] if status[0] == "5")
    failures = sum(r["failures"] for p in phases.values() for r in p["requests"].values())
    if server_5xx:
        failed.append("server errors (5xx)")
    if failures:
        # Named in the verdict itself, which is the line a shortened CI log keeps.
        named = sorted(writes["errors"].items(), key=lambda item: -item[1])[:3]
        failed.append(
            f"{failures} failed requests (" + "; ".join(f"{n} x {e}" for e, n in named) + ")"
        )
    if not phases["run"]["requests"]:
        failed.append("the timed run never started: not everyone signed in within the bound")
    return lines, failed, figures


def cpu_lines(cpu, run, requests):
    """Who used the machine's CPU during the timed run, and what a request costs the app."""
    cores, seconds = os.cpu_count(), run["seconds"]
    ours = sum(v for k, v in cpu.items() if k != "machine")
    serving = cpu.get("gunicorn", 0.0) + cpu.get("postgres", 0.0)
    lines = [
        f"CPU in the timed run: {cores} cores x {seconds:.0f} s = {cores * seconds:.0f} core-s; "
        f"busy {cpu['machine']:.0f}: "
        + ", ".join(f"{k} {v:.1f}" for k, v in cpu.items() if k != "machine")
        + f", other work on the machine {max(0.0, cpu['machine'] - ours):.0f}"
    ]
    if requests and serving:
        per_request = serving / requests
        lines.append(
            f"CPU per request (gunicorn + PostgreSQL): {per_request * 1000:.0f} ms; "
            f"{cores} cores doing nothing else would serve about {cores / per_request:.0f} "
            "requests/s (an estimate, not a measurement)"
        )
    return lines


def log_lines(paths):
    """How many tracebacks and errors each server log holds, and the last line of the first
    traceback: what went wrong in the app under load, 5xx or not (e.g. in a background job)."""
    lines = []
    for path in map(Path, paths):
        if not path.exists():
            continue
        text = path.read_text(errors="replace").splitlines()
        starts = [i for i, line in enumerate(text) if line.startswith("Traceback")]
        errors = [line for line in text if re.search(r"\b(ERROR|CRITICAL)\b", line)]
        line = f"{path.name}: {len(starts)} tracebacks, {len(errors)} ERROR or CRITICAL lines"
        if starts:
            tail = next((t for t in text[starts[0] + 1 :] if t and not t[0].isspace()), "")
            line += f"; the first ends: {tail}"
        lines.append(line)
    return lines


def write_lines(writes, since, wait):
    """Reads every write back and waits for the reports; the lines to print, what failed,
    and the counts."""
    from reports.models import Report

    reports, waited = wait_for_reports(since, wait)
    ready = [r for r in reports if r.state == Report.State.READY]
    unready = [r for r in reports if r.state != Report.State.READY]
    not_pdf = [r for r in ready if not is_pdf(r)]
    answers = list(writes["answers"].values())
    lost_answers = check_answers(answers)
    lost_updates = check_updates(writes["updates"])
    answered = [a for a in answers if a["acked"] is not None]
    saved = [u for u in writes["updates"] if u["acked"] is not None]
    submitted = [u for u in saved if u["acked"]["status"] == "submitted"]
    lines = [
        f"Answers: {sum(a['posts'] for a in answers)} autosave posts to {len(answers)} "
        f"questions; {len(answered)} read back, {len(lost_answers)} lost",
        f"Monthly updates: {len(writes['updates'])} started, {len(saved)} saved "
        f"({len(submitted)} submitted); read back, {len(lost_updates)} lost",
        f"Reports: {writes['reports_asked']} asks made {len(reports)} reports (asking again "
        f"while one is prepared gives that one); {len(ready)} ready after waiting "
        f"{waited:.0f} s for the worker, {len(unready)} not; {writes['report_pdfs']} PDFs "
        "downloaded during the run",
    ]
    lines += [f"LOST answer {r['exercise']}:{r['question']}: {why}" for r, why in lost_answers]
    lines += [f"LOST update trial {r['trial']} {r['month']}: {why}" for r, why in lost_updates]
    lines += [
        f"REPORT {r.pk} ({r.subject_kind} {r.subject.pk}) {r.state}: "
        f"{r.failure_message or 'still being prepared'}"
        for r in unready
    ]
    failed = []
    if lost_answers or lost_updates:
        failed.append(f"{len(lost_answers) + len(lost_updates)} lost writes")
    if unready or not_pdf:
        failed.append(f"{len(unready) + len(not_pdf)} reports not ready (or not a PDF)")
    for what, count in [("answers", answered), ("monthly updates", saved), ("reports", reports)]:
        if not count:
            failed.append(f"no {what} were written, so none were checked")
    counts = {
        "answers": {"questions": len(answers), "read_back": len(answered)},
        "updates": {"saved": len(saved), "submitted": len(submitted)},
        "reports": {"made": len(reports), "ready": len(ready), "waited_s": round(waited, 1)},
        "lost": len(lost_answers) + len(lost_updates),
    }
    return lines, failed, counts


def verdict(args):
    _django()
    from django.utils.dateparse import parse_datetime

    the_plan = json.loads(Path(args.plan).read_text())
    writes = json.loads(Path(args.writes).read_text())
    since = parse_datetime(the_plan["started_at"])
    lines, failed, figures = http_lines(writes, args.access_log)
    lines += log_lines(args.logs)
    more, more_failed, counts = write_lines(writes, since, args.wait)
    lines += more
    failed += more_failed
    run = figures["run"][-1]
    summary = (
        f"VERDICT load: {run['requests_per_s']:.1f} requests/s ({run['requests']} in "
        f"{writes['phases']['run']['seconds']:.0f} s), median {run['median_ms']:.0f} ms, "
        f"p95 {run['p95_ms']:.0f} ms; " + ("FAILS: " + "; ".join(failed) if failed else "passes")
    )
    print("\n".join([*lines, summary]))
    results = {
        "run_id": the_plan["run_id"],
        "phases": {
            phase: {"seconds": writes["phases"][phase]["seconds"], "pages": pages}
            for phase, pages in figures.items()
        },
        "statuses": writes["statuses"],
        "cpu": writes.get("cpu"),
        **counts,
        "verdict": summary,
        "failed": failed,
    }
    Path(args.out).write_text(json.dumps(results, indent=2))
    return 1 if failed else 0


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    steps = parser.add_subparsers(dest="step", required=True)
    p = steps.add_parser("plan")
    p.add_argument("--out", required=True)
    v = steps.add_parser("verdict")
    v.add_argument("--plan", required=True)
    v.add_argument("--writes", required=True)
    v.add_argument("--access-log", default="")
    v.add_argument("--logs", nargs="*", default=[], help="server logs to look for tracebacks in")
    v.add_argument("--wait", type=float, default=180)
    v.add_argument("--out", required=True)
    args = parser.parse_args(argv)
    return plan(args) if args.step == "plan" else verdict(args)


if __name__ == "__main__":
    sys.exit(main())
