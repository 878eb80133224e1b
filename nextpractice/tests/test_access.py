"""Every URL the project has, requested by every persona: right status, nothing leaked, and
each answer as every answer must be (nextpractice/testing/answers.py).

Adding a URL without adding its cases to CASES fails `test_every_url_has_access_cases`.
"""

import pytest
from django.urls import URLPattern, URLResolver, get_resolver, resolve, reverse

from nextpractice.testing.access import SIGNED_IN, expect, seen_by  # noqa: F401
from nextpractice.testing.answers import (
    DOWNLOADS,
    is_download,
    problems,
    read_body,
    watching_writes,
)
from nextpractice.testing.fixtures import PERSONAS

PROJECT_APPS = [
    "accounts",
    "programmes",
    "fieldtrials",
    "discussions",
    "toolkit",
    "evaluation",
    "reports",
    "directory",
    "following",
    "search",
    "communities",
    "nextpractice",  # help pages, the record kit's declared kinds
]

LOGIN = "/accounts/sign-in/"


# url name -> list of (method, kwargs from world, expected status per persona, form data)
def CASES(w):
    """The project-wide cases, plus each app's `tests/access_cases*.py` module's `cases(w)`."""
    import importlib
    import pkgutil

    cases = base_cases(w)
    for app in PROJECT_APPS:
        tests = f"{app}.tests"
        package = importlib.import_module(tests)
        for info in pkgutil.iter_modules(package.__path__):
            if info.name.startswith("access_cases"):
                module = importlib.import_module(f"{tests}.{info.name}")
                for name, more in module.cases(w).items():
                    cases.setdefault(name, []).extend(more)
    return cases


def base_cases(w):
    def pk(key):
        return {"pk": w.objects[key].pk}

    def visible_to(key):
        return {p for p, keys in w.visible.items() if key in keys}

    return {
        "home": [("get", {}, expect(), None)],
        "healthz": [("get", {}, expect(anonymous=200), None)],
        "readyz": [("get", {}, expect(anonymous=200), None)],
        # Operators only, deny by default: staff here; a scraper's token in test_metrics.py.
        "metrics": [("get", {}, expect(anonymous=404, default=404, admin=200), None)],
        "accounts:login": [("get", {}, expect(anonymous=200, default=302), None)],
        "accounts:login_elsewhere": [("get", {}, expect(anonymous=301, default=301), None)],
        "accounts:logout": [
            ("post", {}, expect(anonymous=302, default=302), {}),
            ("get", {}, expect(anonymous=405, default=405), None),
        ],
        "accounts:password_reset": [("get", {}, expect(anonymous=200), None)],
        "accounts:password_reset_done": [("get", {}, expect(anonymous=200), None)],
        "accounts:password_reset_confirm": [
            ("get", {"uidb64": "MQ", "token": "bad-token"}, expect(anonymous=200), None)
        ],
        "accounts:password_reset_complete": [("get", {}, expect(anonymous=200), None)],
        "accounts:profile": [("get", {}, expect(), None)],
        "accounts:notifications": [("get", {}, expect(), None)],
        "accounts:notification_emails": [
            ("get", {}, expect(), None),
            ("post", {}, expect(default=302), {"kinds": ["discussions.mention"]}),
        ],
        "accounts:notification_read": [
            ("post", pk("gale"), seen_by(visible_to("gale"), ok=302), {}),
            ("post", pk("haze"), seen_by(visible_to("haze"), ok=302), {}),
        ],
        "programmes:programme_detail": [
            ("get", pk("quartz"), seen_by(visible_to("quartz")), None),
            ("get", pk("onyx_programme"), seen_by(visible_to("onyx_programme")), None),
            ("get", {"pk": 999999}, seen_by(set()), None),
        ],
        "programmes:project_detail": [
            ("get", pk(key), seen_by(visible_to(key)), None)
            for key in ("amber", "beryl", "onyx_project")
        ],
        # The benchmarks' floor answers only while they measure (settings.BENCHMARKING).
        "bench_floor": [("get", {}, expect(default=404), None)],
        "toolkit:exercise_detail": [
            ("get", pk(key), seen_by(visible_to(key)), None) for key in ("fern", "onyx_exercise")
        ],
    }


def project_url_names():
    """Every named URL outside Django's admin, with its namespace."""
    names = set()

    def walk(patterns, namespace=""):
        for p in patterns:
            if isinstance(p, URLResolver):
                if p.namespace == "admin":
                    continue
                ns = f"{namespace}{p.namespace}:" if p.namespace else namespace
                walk(p.url_patterns, ns)
            elif isinstance(p, URLPattern):
                assert p.name, f"URL pattern {p.pattern} has no name"
                names.add(namespace + p.name)

    walk(get_resolver().url_patterns)
    return names


def project_views():
    views = []

    def walk(patterns):
        for p in patterns:
            if isinstance(p, URLResolver):
                if p.namespace != "admin":
                    walk(p.url_patterns)
            else:
                views.append((p, p.callback))

    walk(get_resolver().url_patterns)
    return views


def test_every_url_has_access_cases(world):
    missing = project_url_names() - set(CASES(world))
    assert not missing, f"Add access cases for these URLs: {sorted(missing)}"


def test_every_view_declares_its_access():
    undeclared = [str(p.pattern) for p, view in project_views() if not hasattr(view, "np_access")]
    assert not undeclared, f"Wrap these views in requires(...) or public: {undeclared}"


def signed_out_post(url):
    """A form sent to a page for signed-in people, by someone not signed in (their session
    ended), is answered with the page saying nothing was saved (401), not sent to sign in
    (accounts.access.requires); the cases' "anonymous=302" says where a GET is sent."""
    return 302 if resolve(url).func.np_access == "public" else 401


@pytest.mark.parametrize("persona", PERSONAS)
def test_each_url_answers_each_persona_as_the_rules_say(world, client, persona):
    """Each case's status, no hidden title in any answer, and what every answer must be
    whatever its status (nextpractice/testing/answers.py): a GET writes nothing, nothing sent
    to a signed-in person may be kept by a cache, and every download is sandboxed."""
    user = world.users[persona]
    if user is not None:
        client.force_login(user)
    hidden = world.hidden_titles(persona)
    failures, downloads = [], set()
    for name, cases in CASES(world).items():
        for method, kwargs, statuses, data in cases:
            url = reverse(name, kwargs=kwargs)
            with watching_writes() as written:
                response = getattr(client, method)(url, data or {})
                body = read_body(response).decode(errors="replace")
            expected = statuses[persona]
            if expected == 302 and persona == "anonymous" and method == "post":
                expected = signed_out_post(url)
            if response.status_code != expected:
                got = response.status_code
                failures.append(f"{method.upper()} {url}: {got}, expected {expected}")
            if expected == 302 and persona == "anonymous" and response.status_code == 302:
                if name not in {"accounts:logout"}:
                    assert response["Location"].startswith(LOGIN), url
            # The page saying a signed-out form was not saved shows what it sent: not a leak.
            sent = str(data or {}) if persona == "anonymous" and method == "post" else ""
            leaked = sorted(t for t in hidden if t in body and t not in sent)
            if leaked:
                failures.append(f"{method.upper()} {url} shows {leaked} to {persona}")
            failures += problems(method, url, response, written, signed_in=user is not None)
            if is_download(response):
                downloads.add(name)
            if user is not None and name == "accounts:logout" and method == "post":
                client.force_login(user)  # signed out by the case: sign back in
    if persona in {"officer", "admin"}:  # who may download every kind
        missing = DOWNLOADS - downloads
        failures += [f"no access case gave {persona} a download of {missing}"] if missing else []
    assert not failures, "\n".join(failures)


@pytest.mark.parametrize("persona", ["officer", "leader", "partner", "outsider", "anonymous"])
def test_admin_pages_are_for_administrators_only(world, client, persona):
    user = world.users[persona]
    if user is not None:
        client.force_login(user)
    for url in [
        reverse("admin:index"),
        reverse("admin:accounts_user_changelist"),
        reverse("admin:programmes_programme_change", args=[world.quartz.pk]),
        reverse("admin:fieldtrials_fieldtrial_changelist"),
        reverse("admin:job_queue"),
    ]:
        response = client.get(url)
        assert response.status_code == 302, url
        assert response["Location"].startswith(reverse("admin:login")), url


def test_administrators_reach_the_admin(world, client):
    client.force_login(world.users["admin"])
    for url in [
        reverse("admin:index"),
        reverse("admin:accounts_user_changelist"),
        reverse("admin:job_queue"),
    ]:
        assert client.get(url).status_code == 200
