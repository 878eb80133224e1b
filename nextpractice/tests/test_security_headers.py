"""What every response says to browsers and caches: nothing private is kept, downloads run
nothing, pages load only what they list, and sessions suit a shared school computer."""

import pytest
from django.conf import settings
from django.urls import reverse

from nextpractice.testing.access import SIGNED_IN
from nextpractice.tests.test_access import CASES
from nextpractice.tests.test_configuration import manage

# Every kind of download the app hands out: a stored file, a PDF and each CSV export.
DOWNLOADS = {
    "programmes:datasource_download",
    "reports:report_download",
    "programmes:stimulus_export",
    "programmes:option_export",
    "fieldtrials:fieldtrial_export",
    "toolkit:exercise_results_csv",
}


def body_of(response):
    return b"".join(response.streaming_content) if response.streaming else response.content


def cache_directives(response):
    return {d.strip() for d in response.get("Cache-Control", "").split(",")}


def get_every_page(client, world):
    """(url name, url, response) for every GET the access cases know, as the client is."""
    for name, cases in CASES(world).items():
        for method, kwargs, _statuses, _data in cases:
            if method == "get":
                url = reverse(name, kwargs=kwargs)
                response = client.get(url)
                body_of(response)  # read streamed files to the end, as a browser would
                yield name, url, response


@pytest.mark.parametrize("persona", SIGNED_IN)
def test_nothing_a_signed_in_person_is_sent_may_be_stored_by_a_cache(client, world, persona):
    client.force_login(world.users[persona])
    cacheable = [
        f"{url} ({response.status_code}): {response.get('Cache-Control')!r}"
        for _name, url, response in get_every_page(client, world)
        if not {"private", "no-store"} <= cache_directives(response)
    ]
    assert not cacheable, "\n".join(cacheable)


@pytest.mark.parametrize("persona", ["officer", "admin"])
def test_every_download_is_sandboxed_unsniffed_and_never_stored(client, world, persona):
    client.force_login(world.users[persona])
    seen, failures = set(), []
    for name, url, response in get_every_page(client, world):
        if response.status_code != 200 or not response.has_header("Content-Disposition"):
            continue
        seen.add(name)
        policy = response["Content-Security-Policy"]
        if "sandbox" not in policy.split("; ") or "default-src 'none'" not in policy:
            failures.append(f"{url}: Content-Security-Policy {policy!r}")
        if response.get("X-Content-Type-Options") != "nosniff":
            failures.append(f"{url}: no nosniff")
        if not {"private", "no-store"} <= cache_directives(response):
            failures.append(f"{url}: Cache-Control {response.get('Cache-Control')!r}")
    assert not failures, "\n".join(failures)
    assert DOWNLOADS <= seen, f"downloads the access cases never reached: {DOWNLOADS - seen}"


@pytest.mark.parametrize("persona", ["anonymous", "officer"])
def test_pages_allow_nothing_they_do_not_list(client, world, persona):
    if world.users[persona]:
        client.force_login(world.users[persona])
    response = client.get(reverse("home"), follow=True)
    policy = dict(
        (directive.split(" ", 1) + [""])[:2]
        for directive in response["Content-Security-Policy"].split("; ")
    )
    assert policy == {
        "default-src": "'none'",
        "script-src": "'self'",
        "style-src": "'self'",
        "img-src": "'self' data:",
        "font-src": "'self'",
        "connect-src": "'self'",
        "form-action": "'self'",
        "frame-ancestors": "'none'",
        "base-uri": "'none'",
        "object-src": "'none'",
    }
    assert response["Cross-Origin-Resource-Policy"] == "same-origin"
    turned_off = {p.strip() for p in response["Permissions-Policy"].split(",")}
    assert {"camera=()", "microphone=()", "geolocation=()", "payment=()", "usb=()"} <= turned_off


def test_static_files_stay_on_this_site_and_keep_their_caching(client):
    response = client.get("/static/css/app.css")
    assert response.status_code == 200
    assert response["Cross-Origin-Resource-Policy"] == "same-origin"
    assert "no-store" not in cache_directives(response)


def test_a_session_ends_with_the_browser_and_within_a_working_day(client, world):
    response = client.post(
        reverse("accounts:login"),
        {"username": world.users["leader"].email, "password": "correct horse battery"},
    )
    assert response.status_code == 302
    cookie = response.cookies[settings.SESSION_COOKIE_NAME]
    assert cookie["max-age"] == "" and cookie["expires"] == ""  # gone when the browser closes
    assert client.session.get_expiry_age() <= 8 * 60 * 60


def test_production_cookies_carry_the_host_prefix_and_plain_http_keeps_plain_names():
    show = (
        "from django.conf import settings as s; "
        "print(s.SESSION_COOKIE_NAME, s.CSRF_COOKIE_NAME, s.SESSION_COOKIE_SECURE, "
        "s.SESSION_COOKIE_DOMAIN, s.SESSION_COOKIE_PATH, s.CSRF_COOKIE_DOMAIN, s.CSRF_COOKIE_PATH)"
    )
    production = manage(
        "shell",
        "-c",
        show,
        DJANGO_DEBUG="0",
        DJANGO_SECRET_KEY="k" * 20 + "-production-like-secret-key-0123456789",
        DJANGO_ALLOWED_HOSTS="nextpractice.example.org",
    )
    assert production.stdout.splitlines()[-1].split() == [
        "__Host-sessionid",
        "__Host-csrftoken",
        "True",
        "None",
        "/",
        "None",
        "/",
    ], production.stderr
    development = manage("shell", "-c", show, DJANGO_DEBUG="1")
    assert development.stdout.splitlines()[-1].split()[:3] == ["sessionid", "csrftoken", "False"]
