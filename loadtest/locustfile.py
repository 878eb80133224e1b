"""Issue 8's load test: people of every demo role using Next Practice at the same time.

Run by scripts/load.sh (`make load`) against the server it starts; it refuses any host but
the loopback. Each simulated person signs in once through the real sign-in form (the
CSRF token read from the page, the demo password), fetches the page's static files once as
a browser would, then, with a pause of LOAD_THINK seconds (default 1-3) between actions:
browses and filters the pages the plan gives their role; school leaders answer exercise
questions through the htmx autosave POST; leaders, officers and consultants write monthly
updates (a draft, edited twice, then submitted; one in five submitted at once), each in a
month nobody else in the run uses, so the one-update-a-month rule never refuses an honest
write; and every role asks for progress reports of what it may, polls their status as the
page's htmx does and now and then downloads a ready PDF.

Everyone signs in as the run starts (LOAD_SPAWN_RATE people a second): that is a load of its
own, since checking a password is meant to be slow, and it is measured apart. The timed run
of LOAD_SECONDS starts once everyone has signed in.

The plan (LOAD_PLAN, written by `python -m loadtest.check plan`) says what each role may
open and write; nothing here imports Django. Every write is recorded in LOAD_WRITES before
it is sent and marked acknowledged when the server confirms it, so that
`python -m loadtest.check verdict` can read each one back from the database afterwards.
The run stops after LOAD_MAX_REQUESTS requests even if its time is not up.
"""

import itertools
import json
import math
import os
import random
import re
import resource
import time
from collections import Counter
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urlsplit

import gevent
import requests
import urllib3
from locust import HttpUser, between, events
from locust.exception import StopUser

PLAN = json.loads(Path(os.environ.get("LOAD_PLAN", "bench/load-plan.json")).read_text())
WRITES_PATH = os.environ.get("LOAD_WRITES", "bench/load-writes.json")
PASSWORD = os.environ.get("NEXTPRACTICE_DEMO_PASSWORD", "next-practice-demo")
MAX_REQUESTS = int(os.environ.get("LOAD_MAX_REQUESTS", "20000"))
RUN_SECONDS = float(os.environ.get("LOAD_SECONDS", "60"))
THINK = [float(s) for s in os.environ.get("LOAD_THINK", "1,3").split(",")]
LOOPBACK = {"127.0.0.1", "localhost", "::1"}

# How often each page kind is opened, relative to one another, when a role may open it.
BROWSE_WEIGHTS = {
    "home": 4,
    "programme": 1,
    "project": 2,
    "options list": 1,
    "field trials list": 2,
    "field trials list, filtered": 3,
    "field trial page": 3,
    "monthly updates list": 1,
    "exercise page": 2,
    "exercise results": 1,
    "indicators": 1,
    "reports list": 1,
}

# What the run wrote, for the verdict. One process, one thread of gevent: no lock needed.
WRITES = {"answers": {}, "updates": [], "reports_asked": 0, "report_pdfs": 0}
STATUSES, ERRORS, RESENT = Counter(), Counter(), Counter()
# Requests by phase, with the first one's start and the last one's end (epoch seconds).
PHASES = {
    p: {"requests": {}, "from": float("inf"), "to": 0.0} for p in ("sign-in", "run", "stopping")
}
SIGNED_IN = []
TOTAL = itertools.count(1)
CLAIMED_MONTHS = set()  # (trial, "YYYY-MM") taken by someone in this run
ANSWER_POOLS = {role: list(p["answer_slots"]) for role, p in PLAN["roles"].items()}
NUMBERS = itertools.count(1)


# --- Reading pages ----------------------------------------------------------------------


class Page(HTMLParser):
    """The forms (with their fields and buttons) and the links of an HTML page."""

    def __init__(self, html):
        super().__init__(convert_charrefs=True)
        self.forms, self.links, self.hx_gets = [], [], []
        self._form = self._select = self._option = None
        self.feed(html)
        self.close()

    def handle_starttag(self, tag, attrs):
        a = {k: (v if v is not None else "") for k, v in attrs}
        hx_get = a.get("data-hx-get") or a.get("hx-get")
        if hx_get:
            self.hx_gets.append(hx_get)
        if tag in ("a", "link") and "href" in a:
            self.links.append((tag, a.get("rel", ""), a["href"]))
        elif tag == "script" and "src" in a:
            self.links.append((tag, "script", a["src"]))
        if tag == "form":
            self._form = {"attrs": a, "fields": []}
            self.forms.append(self._form)
        elif self._form is None:
            return
        elif tag in ("input", "button", "textarea"):
            self._form["fields"].append({"tag": tag, **a})
        elif tag == "select":
            self._select = {"tag": "select", "name": a.get("name", ""), "options": []}
            self._form["fields"].append(self._select)
        elif tag == "option" and self._select is not None:
            self._option = [a.get("value", ""), ""]
            self._select["options"].append(self._option)

    def handle_data(self, data):
        if self._option is not None:
            self._option[1] += data

    def handle_endtag(self, tag):
        if tag == "form":
            self._form = None
        elif tag == "select":
            self._select = None
        elif tag == "option":
            self._option = None

    def form(self, **attrs):
        """The first form whose attributes include `attrs` (e.g. id=..., action=...)."""
        for f in self.forms:
            if all(f["attrs"].get(k) == v for k, v in attrs.items()):
                return f
        return None

    def form_with(self, name):
        """The first form with a field called `name`."""
        return next(
            (f for f in self.forms if any(x.get("name") == name for x in f["fields"])), None
        )

    @staticmethod
    def value(form, name):
        return next((f.get("value", "") for f in form["fields"] if f.get("name") == name), None)

    @staticmethod
    def options(form, name):
        """[(value, label)] of the select `name` in `form`."""
        select = next((f for f in form["fields"] if f.get("name") == name), None)
        return [(v, label.strip()) for v, label in (select or {}).get("options", [])]


def answer_payload(form, text):
    """What a person might post for one question's form: a choice in each group of radios,
    one box ticked, a rank for each item (all different), `text` in a text box."""
    radios, boxes, posted = {}, {}, {}
    selects = [f for f in form["fields"] if f["tag"] == "select"]
    for f in form["fields"]:
        kind, name = f.get("type", ""), f.get("name", "")
        if not name or name == "csrfmiddlewaretoken" or f["tag"] == "button":
            continue
        if kind == "radio":
            radios.setdefault(name, []).append(f.get("value", ""))
        elif kind == "checkbox":
            boxes.setdefault(name, []).append(f.get("value", ""))
        elif f["tag"] == "textarea" or kind in ("text", ""):
            posted[name] = [text]
    for name, values in radios.items():
        posted[name] = [random.choice(values)]
    for name, values in boxes.items():
        posted[name] = [random.choice(values)]
    ranks = list(range(1, len(selects) + 1))
    random.shuffle(ranks)
    for select, rank in zip(selects, ranks, strict=True):
        values = [v for v, _ in select["options"] if v]
        if select["name"].startswith("rank-"):
            posted[select["name"]] = [str(rank)]
        elif values:
            posted[select["name"]] = [random.choice(values)]
    return posted


# --- The people ---------------------------------------------------------------------------


class Person(HttpUser):
    """One simulated person of a demo role, signed in once for the whole run."""

    abstract = True
    role = ""
    wait_time = between(*THINK)

    def on_start(self):
        if urlsplit(self.host).hostname not in LOOPBACK:
            raise StopUser(f"The load test runs against the loopback only, not {self.host}")
        self.number = next(NUMBERS)
        self.me = PLAN["roles"][self.role]
        self.email = self.me["email"]
        self.draft = None
        self.written = 0
        self.answer_slots = self._claim_answer_slots()
        try:
            self.sign_in()
        finally:
            _signed_in(self.environment)

    # Requests: every one checked against the status a working app gives.

    def call(self, method, url, name, expect=200, headers=None, **kwargs):
        # For gunicorn's access log, so that the verdict gives each kind's time inside it.
        headers = {"X-Load-Kind": name, "X-Load-Phase": _phase(time.time()), **(headers or {})}
        if method == "POST":
            # What a browser adds to a form post; Django checks Origin when it is there.
            headers |= {"Origin": self.host, "Referer": self.host + url}
        for attempt in (1, 2):
            with self.client.request(
                method,
                url,
                name=name,
                headers=headers,
                allow_redirects=False,
                catch_response=True,
                **kwargs,
            ) as response:
                error = getattr(response, "error", None)
                if response.status_code in (expect if isinstance(expect, tuple) else (expect,)):
                    response.success()
                elif response.status_code == 0 and attempt == 1 and _closed_unanswered(error):
                    # A connection closed before any answer came: a browser sends the request
                    # again on a new connection (RFC 9112, 9.3.1), a form post too (the server
                    # acts on a form once, nextpractice/once.py). Counted and named, not failed.
                    RESENT[f"{method} {name}: {type(error).__name__}: {error}"] += 1
                    response.success()
                    continue
                elif response.status_code == 0:  # no answer at all: the connection failed
                    response.failure(f"no response ({type(error).__name__}: {error})")
                else:
                    where = response.headers.get("Location", "")
                    response.failure(
                        f"{response.status_code} (expected {expect})"
                        + (f" to {where}" if where else "")
                    )
            return response

    def open(self, name, url, headers=None):
        """GET a page; its parsed HTML if it answered 200, else None."""
        response = self.call("GET", url, name, headers=headers)
        return Page(response.text) if response.status_code == 200 else None

    def sign_in(self):
        page = self.open("sign-in page", "/accounts/sign-in/")
        form = page and page.form_with("username")
        token = form and Page.value(form, "csrfmiddlewaretoken")
        if not token:
            raise StopUser("The sign-in page had no form with a CSRF token")
        data = {"csrfmiddlewaretoken": token, "username": self.email, "password": PASSWORD}
        response = self.call("POST", "/accounts/sign-in/", "sign in (POST)", expect=302, data=data)
        if response.status_code != 302:
            raise StopUser(f"{self.email} could not sign in: {response.status_code}")
        home = self.open("home", response.headers["Location"])
        if home is None:
            return
        # A browser fetches the page's CSS, JavaScript and icons once, then caches them.
        assets = {href for _, _, href in home.links if href.startswith("/static/")}
        for href in sorted(assets):
            self.call("GET", href, "static file (WhiteNoise)")

    # Browsing

    def browse(self, kind):
        self.open(kind, random.choice(self.me["pages"][kind]))

    # Answering exercises (htmx autosave)

    def _claim_answer_slots(self):
        pool = ANSWER_POOLS[self.role]
        if not pool:
            return []
        env = self.environment
        weights = sum(c.weight for c in env.user_classes)
        expected = max(1, round(env.parsed_options.num_users * self.weight / weights))
        share = math.ceil(len(self.me["answer_slots"]) / expected)
        return [pool.pop(0) for _ in range(min(share, len(pool)))]

    def answer(self):
        if not self.answer_slots:
            return self.browse("exercise page")
        slot = random.choice(self.answer_slots)
        page = self.open("answering page", slot["page"])
        form = page and page.form(id=slot["form"])
        if form is None:
            return
        action = form["attrs"]["action"]
        token = Page.value(form, "csrfmiddlewaretoken")
        key = f"{slot['exercise']}:{slot['question']}:{self.email}"
        record = WRITES["answers"].setdefault(
            key,
            {
                "exercise": slot["exercise"],
                "question": slot["question"],
                "email": self.email,
                "acked": None,
                "pending": [],
                "posts": 0,
            },
        )
        # Typing: autosave fires after each pause, each time with the answer so far.
        for _ in range(random.randint(1, 3)):
            self.written += 1
            posted = answer_payload(
                form, f"Load {PLAN['run_id']} person {self.number} answer {self.written}"
            )
            record["pending"].append(posted)
            record["posts"] += 1
            headers = {
                "HX-Request": "true",
                "HX-Current-URL": self.host + slot["page"],
                "HX-Target": "status-" + slot["form"][2:],
                "HX-Trigger": slot["form"],
            }
            response = self.call(
                "POST",
                action,
                "autosave (htmx POST)",
                headers=headers,
                data={"csrfmiddlewaretoken": token, **posted},
            )
            if response.status_code == 200:
                record["acked"], record["pending"] = posted, []
            elif 400 <= response.status_code < 500:
                record["pending"].remove(posted)  # refused: the server kept what it had
            gevent.sleep(random.uniform(0.3, 1.0))

    # Monthly updates

    def update_fields(self):
        self.written += 1
        tag = f"Load {PLAN['run_id']} person {self.number} write {self.written}"
        return {
            "rag": random.choice(["red", "amber", "green"]),
            "what_happened": f"{tag}: what happened.",
            "what_next": f"{tag}: what is next.",
            "in_the_way": random.choice(["", f"{tag}: what is in the way."]),
        }

    def write_update(self):
        if self.draft is None:
            return self._start_update()
        submitting = self.draft["edits"] >= 2
        page = self.open("monthly update edit page", self.draft["url"])
        form = page and page.form_with("version")
        version = form and Page.value(form, "version")
        if not version:
            self.draft = None
            return
        self._post_update(
            self.draft["record"],
            self.draft["url"],
            form,
            {"version": version},
            "submit_update" if submitting else "save_draft",
        )
        self.draft["edits"] += 1
        if submitting:
            self.draft = None

    def _start_update(self):
        trial = random.choice(self.me["update_trials"])
        # The form sends to the trial's draft for this month when someone has begun one (a
        # colleague in this run): the app's answer, not a failure; that draft is theirs.
        response = self.call("GET", trial["form"], "monthly update form", expect=(200, 302))
        if response.status_code != 200:
            return
        page = Page(response.text)
        form = page and page.form_with("month")
        if form is None:
            return
        free = [
            value
            for value, label in Page.options(form, "month")
            if value and "(" not in label and (trial["trial"], value) not in CLAIMED_MONTHS
        ]
        if not free:
            return
        month = free[0]
        CLAIMED_MONTHS.add((trial["trial"], month))
        record = {
            "trial": trial["trial"],
            "month": month,
            "email": self.email,
            "acked": None,
            "pending": [],
        }
        WRITES["updates"].append(record)
        button = "submit_update" if random.random() < 0.2 else "save_draft"
        response = self._post_update(record, trial["form"], form, {"month": month}, button)
        location = response.headers.get("Location", "") if response.status_code == 302 else ""
        if button == "save_draft" and location.endswith("/edit/"):
            self.draft = {"record": record, "url": location, "edits": 0}

    def _post_update(self, record, url, form, extra, button):
        fields = self.update_fields()
        status = "submitted" if button == "submit_update" else "draft"
        state = {"fields": fields, "status": status}
        record["pending"].append(state)
        data = {
            "csrfmiddlewaretoken": Page.value(form, "csrfmiddlewaretoken"),
            **extra,
            **fields,
            button: Page.value(form, button) or "",
        }
        name = "monthly update save (POST)" if button == "save_draft" else "monthly update submit"
        response = self.call("POST", url, name, expect=302, data=data)
        if response.status_code == 302:
            record["acked"], record["pending"] = state, []
        elif 400 <= response.status_code < 500:
            record["pending"].remove(state)
        return response

    # Progress reports

    def ask_report(self):
        subject = random.choice(self.me["report_subjects"])
        page = self.open(subject["page_kind"], subject["page"])
        form = page and page.form(action=subject["ask"])
        if form is None:
            return
        data = {"csrfmiddlewaretoken": Page.value(form, "csrfmiddlewaretoken")}
        response = self.call("POST", subject["ask"], "ask for a report (POST)", 302, data=data)
        if response.status_code != 302:
            return
        WRITES["reports_asked"] += 1
        page = self.open(subject["page_kind"], response.headers["Location"].split("#")[0])
        if page is None:
            return
        # The panel polls each report being prepared every 2 seconds; a person waits a bit.
        polls = [url for url in page.hx_gets if re.search(r"/reports/\d+/status/", url)]
        for url in polls[:2]:
            gevent.sleep(2)
            # 204 while it is still prepared: htmx swaps nothing (reports.views.report_status).
            self.call(
                "GET",
                url,
                "report status (htmx poll)",
                expect=(200, 204),
                headers={"HX-Request": "true"},
            )
        downloads = [h for _, _, h in page.links if re.search(r"/reports/\d+/download/", h)]
        if downloads and random.random() < 0.3:
            response = self.call("GET", downloads[0], "report download (PDF)")
            if response.status_code == 200 and response.content.startswith(b"%PDF"):
                WRITES["report_pdfs"] += 1


def _tasks(role, extra):
    """The role's tasks: browsing what its plan holds, plus its writes."""
    plan = PLAN["roles"][role]
    tasks = {}
    for kind, weight in BROWSE_WEIGHTS.items():
        if plan["pages"].get(kind):
            tasks[lambda user, kind=kind: user.browse(kind)] = weight
    if "answer" in extra and plan["answer_slots"]:
        tasks[Person.answer] = extra["answer"]
    if "write_update" in extra and plan["update_trials"]:
        tasks[Person.write_update] = extra["write_update"]
    if "ask_report" in extra and plan["report_subjects"]:
        tasks[Person.ask_report] = extra["ask_report"]
    return tasks


class SchoolLeader(Person):
    role, weight = "leader", 15
    tasks = _tasks(role, {"answer": 8, "write_update": 3, "ask_report": 1})


class ProgrammeOfficer(Person):
    role, weight = "officer", 12
    tasks = _tasks(role, {"write_update": 3, "ask_report": 1})


class Consultant(Person):
    role, weight = "consultant", 10
    tasks = _tasks(role, {"write_update": 3, "ask_report": 1})


class Partner(Person):
    role, weight = "partner", 8
    tasks = _tasks(role, {"ask_report": 1})


class Administrator(Person):
    role, weight = "admin", 5
    tasks = _tasks(role, {"ask_report": 1})


# --- Phases, bounds, CPU and the record of writes ------------------------------------------

RUN = {}  # the runner; when the timed run started and ended; CPU readings at both ends


def _closed_unanswered(error):
    """Whether a request failed because its connection was closed or reset after it was made
    and before any answer (urllib3's ProtocolError, "Connection aborted"), not refused (a
    MaxRetryError) or cut mid-answer (requests' ChunkedEncodingError, not a ConnectionError)."""
    return isinstance(error, requests.exceptions.ConnectionError) and any(
        isinstance(cause, urllib3.exceptions.ProtocolError) for cause in error.args
    )


def _phase(started):
    """Signing in until everyone has; then the timed run; then its last tasks finishing."""
    if "start" not in RUN:
        return "sign-in"
    return "run" if started < RUN["start"] + RUN_SECONDS else "stopping"


@events.request.add_listener
def _count(request_type, name, response_time, response=None, exception=None, **kw):
    """Every request's status and time, by phase, for the verdict (exact, where locust's own
    tables round to buckets); and the bound on the number of requests."""
    status = getattr(response, "status_code", 0) or 0
    STATUSES[f"{status} {name}"] += 1
    started = kw.get("start_time") or time.time() - response_time / 1000
    phase = PHASES[_phase(started)]
    kind = phase["requests"].setdefault(name, {"method": request_type, "times": [], "failures": 0})
    kind["times"].append(round(response_time, 1))
    if exception is not None:
        kind["failures"] += 1
        ERRORS[f"{request_type} {name}: {exception}"] += 1
    phase["from"] = min(phase["from"], started)
    phase["to"] = max(phase["to"], started + response_time / 1000)
    if next(TOTAL) == MAX_REQUESTS:
        gevent.spawn(RUN["runner"].quit)


def _signed_in(environment):
    """Once every person has signed in (or failed to), the timed run starts: LOAD_SECONDS
    of browsing and writing, after which locust stops."""
    SIGNED_IN.append(1)
    if len(SIGNED_IN) == environment.parsed_options.num_users and "start" not in RUN:
        RUN.update(start=time.time(), cpu_before=cpu_readings())
        gevent.spawn_later(RUN_SECONDS, _end_run, environment)


def _end_run(environment):
    RUN.update(end=time.time(), cpu_after=cpu_readings())
    environment.runner.quit()


def cpu_readings():
    """CPU seconds used so far, by process: the whole machine's ("machine"), locust's, each
    process tree in LOAD_SERVER_PIDS ("gunicorn=<pid>,celery=<pid>"), and the PostgreSQL
    backends serving the load test's database (LOAD_DB). On a shared machine the share the
    app got is what makes its figures readable."""
    tick = os.sysconf("SC_CLK_TCK")
    with open("/proc/stat") as stat:
        jiffies = [int(x) for x in stat.readline().split()[1:9]]
    own = resource.getrusage(resource.RUSAGE_SELF)
    readings = {
        "machine": {0: (sum(jiffies) - jiffies[3] - jiffies[4]) / tick},  # not idle or iowait
        "locust": {0: own.ru_utime + own.ru_stime},
    }
    procs, postgres = {}, {}
    database = f" {os.environ.get('LOAD_DB', 'nextpractice_load')} "
    for pid in map(int, filter(str.isdigit, os.listdir("/proc"))):
        try:
            with open(f"/proc/{pid}/stat") as stat:
                fields = stat.read().rsplit(")", 1)[1].split()
            with open(f"/proc/{pid}/cmdline", "rb") as cmdline:
                title = cmdline.read().decode(errors="replace")
        except OSError:
            continue  # it ended meanwhile
        # After the name: state, ppid, ..., utime, stime, cutime, cstime (fields 14-17).
        procs[pid] = (int(fields[1]), sum(int(f) for f in fields[11:15]) / tick)
        if title.startswith("postgres:") and database in title:
            postgres[pid] = procs[pid][1]
    for pair in filter(None, os.environ.get("LOAD_SERVER_PIDS", "").split(",")):
        name, root = pair.split("=")
        tree, grew = {int(root)}, True
        while grew:
            children = {pid for pid, (ppid, _) in procs.items() if ppid in tree} - tree
            tree |= children
            grew = bool(children)
        readings[name] = {pid: procs[pid][1] for pid in tree if pid in procs}
    readings["postgres"] = postgres
    return readings


def cpu_used(before, after):
    """CPU seconds between two readings, by name: for each process alive at the end, what it
    used since the first reading (all of it if it started since)."""
    return {
        name: sum(cpu - before.get(name, {}).get(pid, 0.0) for pid, cpu in pids.items())
        for name, pids in after.items()
    }


@events.init.add_listener
def _only_loopback(environment, **kwargs):
    RUN["runner"] = environment.runner
    host = urlsplit(environment.host or "").hostname
    if host not in LOOPBACK:
        raise SystemExit(f"The load test runs against the loopback only, not {environment.host}")


@events.test_stop.add_listener
def _write_record(**kwargs):
    if "start" in RUN and "end" not in RUN:  # stopped early by the bound on requests
        RUN.update(end=time.time(), cpu_after=cpu_readings())
    for phase in PHASES.values():
        phase["seconds"] = max(0.0, phase.pop("to") - phase.pop("from"))
    if "start" in RUN:
        PHASES["run"]["seconds"] = RUN["end"] - RUN["start"]
        WRITES["cpu"] = cpu_used(RUN["cpu_before"], RUN["cpu_after"])
    WRITES.update(statuses=dict(STATUSES), errors=dict(ERRORS), resent=dict(RESENT), phases=PHASES)
    Path(WRITES_PATH).write_text(json.dumps(WRITES, indent=1))
