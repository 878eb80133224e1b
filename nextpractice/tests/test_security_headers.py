"""What responses say to browsers and caches: pages load only what they list, static files
stay on this site, and sessions suit a shared school computer.

That nothing sent to a signed-in person may be kept by a cache, and that every download runs
nothing, is checked on every answer of the access test (nextpractice/testing/answers.py)."""

import pytest
from django.conf import settings
from django.urls import reverse

from nextpractice.testing.answers import cache_directives
from nextpractice.tests.test_configuration import manage


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
