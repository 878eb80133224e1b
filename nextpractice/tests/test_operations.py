"""What an operator watches: load balancers' probes, request ids, JSON logs, the version."""

import io
import json
import logging
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from celery import shared_task
from django.conf import settings
from django.db import OperationalError
from django.test import Client
from django.urls import get_resolver, path, reverse

import nextpractice
from accounts.tests.factories import UserFactory
from nextpractice.logs import JsonFormatter, redact_path


def boom(request):
    raise RuntimeError("a bug")


# For the 500 page: a view that fails, with the project's own 500 handler.
urlpatterns = [path("boom/", boom)]
handler500 = "accounts.views.server_error"

PRODUCTION = {
    "ALLOWED_HOSTS": ["nextpractice.example.org"],
    "SECURE_SSL_REDIRECT": True,
}


@pytest.mark.django_db
@pytest.mark.parametrize("probe", ["/healthz", "/readyz"])
def test_a_load_balancer_probes_by_ip_address_over_plain_http(client, settings, probe):
    for name, value in PRODUCTION.items():
        setattr(settings, name, value)
    response = client.get(probe, HTTP_HOST="10.0.0.7")
    assert response.status_code == 200, response.content
    assert response.json()["status"] == "ok"
    # Only the probes: a page by IP is still refused, and plain HTTP still redirected.
    assert client.get("/accounts/sign-in/", HTTP_HOST="10.0.0.7").status_code == 400
    redirected = client.get("/accounts/sign-in/", HTTP_HOST="nextpractice.example.org")
    assert redirected.status_code == 301
    assert redirected["Location"].startswith("https://")


def test_healthz_says_which_version_is_running(client):
    assert client.get("/healthz").json() == {"status": "ok", "version": "0.9.0"}


@pytest.mark.django_db
def test_readyz_names_an_unreachable_broker_as_degraded_and_stays_ready(
    client, settings, redis_url
):
    """Every server shares the broker: failing on it would take them all out of the balancer,
    though only the requests that send a job are refused (in plain words)."""
    settings.CELERY_TASK_ALWAYS_EAGER = False
    settings.CELERY_BROKER_URL = "redis://127.0.0.1:1/0"  # nothing listens on port 1
    down = client.get("/readyz")
    assert down.status_code == 200, down.content
    body = down.json()
    assert body["status"] == "degraded"
    assert body["checked"] == ["database", "cache", "storage", "broker"]
    assert list(body["degraded"]) == ["broker"]

    settings.CELERY_BROKER_URL = redis_url
    up = client.get("/readyz")
    assert up.status_code == 200, up.content
    assert up.json() == {"status": "ok", "checked": ["database", "cache", "storage", "broker"]}


@pytest.mark.django_db
def test_readyz_names_an_unreachable_cache_as_degraded_while_pages_still_work(client, settings):
    from nextpractice.config import cache_from_url

    settings.CACHES = {"default": cache_from_url("redis://127.0.0.1:1/1")}  # nobody listens
    response = client.get("/readyz")
    assert response.status_code == 200, response.content
    body = response.json()
    assert body["status"] == "degraded"
    assert list(body["degraded"]) == ["cache"]
    assert "Connection" in body["degraded"]["cache"]
    # It could serve, so it stays in the balancer: a page answers without the cache.
    assert client.get("/accounts/sign-in/").status_code == 200


@pytest.mark.django_db
def test_readyz_names_the_storage_degraded_when_files_cannot_be_kept(client, settings, tmp_path):
    """A server whose media folder is not mounted (or whose bucket key is wrong) stayed
    "ok" while every upload and download failed (findings X, 6)."""
    settings.MEDIA_ROOT = str(tmp_path / "not-mounted")
    response = client.get("/readyz")
    assert response.status_code == 200, response.content
    body = response.json()
    assert body["status"] == "degraded" and list(body["degraded"]) == ["storage"]
    assert (
        "the media folder" in body["degraded"]["storage"]
        and "is missing" in (body["degraded"]["storage"])
    )
    # A folder that cannot be written to: the step that failed is named.
    (tmp_path / "not-mounted").mkdir()
    (tmp_path / "not-mounted" / "readyz").write_text("a file where the probe's folder goes")
    body = client.get("/readyz").json()
    assert body["status"] == "degraded"
    assert "could not write a file to the storage" in body["degraded"]["storage"]


@pytest.mark.django_db
def test_readyz_checks_the_storage_and_leaves_nothing_behind(client, settings, tmp_path):
    settings.MEDIA_ROOT = str(tmp_path)
    body = client.get("/readyz").json()
    assert body["status"] == "ok" and "storage" in body["checked"]
    assert [path for path in tmp_path.rglob("*") if path.is_file()] == []


@pytest.mark.django_db
def test_readyz_fails_without_the_database_and_still_names_whatever_is_degraded(
    client, settings, monkeypatch
):
    from nextpractice import config, probes

    def no_database():
        raise OperationalError("connection to server at 10.0.0.5 failed: timeout expired")

    monkeypatch.setattr(probes, "_database", no_database)
    settings.CACHES = {"default": config.cache_from_url("redis://127.0.0.1:1/1")}
    response = client.get("/readyz")
    assert response.status_code == 503
    body = response.json()
    assert body["status"] == "unavailable"
    assert body["failed"] == {
        "database": "OperationalError: connection to server at 10.0.0.5 failed: timeout expired"
    }
    assert list(body["degraded"]) == ["cache"]


@pytest.mark.django_db
def test_readyz_names_the_embedded_brokers_missing_folder_as_degraded_and_recovers(
    client, settings, tmp_path
):
    """The embedded broker (`make run`) is a folder: no folder, no jobs (asking for one is
    refused in plain words), but every other page works."""
    from nextpractice.celery import make_broker_folders

    jobs = tmp_path / "jobs"
    settings.CELERY_TASK_ALWAYS_EAGER = False
    settings.CELERY_BROKER_URL = "filesystem://localhost/"
    settings.CELERY_BROKER_TRANSPORT_OPTIONS = {
        "data_folder_in": str(jobs / "messages"),
        "data_folder_out": str(jobs / "messages"),
        "control_folder": str(jobs / "control"),
        "processed_folder": str(jobs / "processed"),
    }
    down = client.get("/readyz")
    assert down.status_code == 200
    assert list(down.json()["degraded"]) == ["broker"]
    assert "jobs folder" in down.json()["degraded"]["broker"]

    make_broker_folders(settings.CELERY_BROKER_URL, settings.CELERY_BROKER_TRANSPORT_OPTIONS)
    up = client.get("/readyz")
    assert up.status_code == 200, up.content
    assert up.json() == {"status": "ok", "checked": ["database", "cache", "storage", "broker"]}

    # A file where a folder should be (a mistyped NEXTPRACTICE_JOBS_FOLDER, say) is no folder.
    (jobs / "control").rmdir()
    (jobs / "control").write_text("")
    assert client.get("/readyz").json()["status"] == "degraded"


@pytest.mark.django_db
def test_every_response_carries_a_request_id(client):
    first = client.get("/accounts/sign-in/")["X-Request-ID"]
    second = client.get("/accounts/sign-in/")["X-Request-ID"]
    assert re.fullmatch(r"[0-9a-f]{32}", first) and first != second


@pytest.mark.django_db
def test_a_proxys_request_id_is_kept_and_a_malformed_one_replaced(client):
    kept = client.get("/accounts/sign-in/", HTTP_X_REQUEST_ID="lb-3f2a9c1e-77")
    assert kept["X-Request-ID"] == "lb-3f2a9c1e-77"
    replaced = client.get("/accounts/sign-in/", HTTP_X_REQUEST_ID='x"><script>alert(1)')
    assert re.fullmatch(r"[0-9a-f]{32}", replaced["X-Request-ID"])


@pytest.mark.django_db
def test_the_not_found_page_shows_the_reference_to_quote(client):
    response = client.get("/no-such-page/")
    assert response.status_code == 404
    assert response["X-Request-ID"] in response.content.decode()


@pytest.mark.django_db
@pytest.mark.urls(__name__)
def test_the_error_page_shows_the_reference_to_quote():
    client = Client(raise_request_exception=False)
    response = client.get("/boom/")
    assert response.status_code == 500
    page = response.content.decode()
    assert "Sorry, there is a problem with the service" in page
    assert response["X-Request-ID"] in page


@pytest.fixture
def json_log():
    """What the configured console handler would write, captured: its own formatter and
    filters. With DJANGO_DEBUG=1 the console writes text (LOG_FORMAT), so the JSON lines are
    those the same handler writes in production: its filters, the JSON formatter."""
    console = [h for h in logging.getLogger().handlers if h.name == "console"]
    assert console, "settings.LOGGING gives standard output no handler"
    formatter = console[0].formatter
    if settings.LOG_FORMAT == "json":
        assert isinstance(formatter, JsonFormatter), "JSON logs asked for, but not written"
    else:
        formatter = JsonFormatter()
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.setFormatter(formatter)
    for log_filter in console[0].filters:
        handler.addFilter(log_filter)
    logging.getLogger().addHandler(handler)
    yield lambda: [json.loads(line) for line in stream.getvalue().splitlines()]
    logging.getLogger().removeHandler(handler)


@pytest.mark.django_db
def test_a_request_writes_one_json_line_with_who_what_and_how_long(client, json_log):
    user = UserFactory()
    client.force_login(user)
    response = client.get("/", HTTP_X_REQUEST_ID="req-0123456789")
    assert response.status_code == 200
    lines = [line for line in json_log() if line["logger"] == "nextpractice.requests"]
    assert len(lines) == 1, lines
    line = lines[0]
    assert line["level"] == "INFO"
    assert line["request_id"] == "req-0123456789"
    assert line["user_id"] == user.pk
    assert line["method"] == "GET" and line["path"] == "/" and line["status"] == 200
    assert line["duration_ms"] >= 0
    assert re.match(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}\+00:00$", line["time"])
    assert line["message"] == "GET / 200"


@pytest.mark.django_db
def test_a_log_line_written_while_answering_carries_the_request_id(client, json_log):
    client.get("/no-such-page/", HTTP_X_REQUEST_ID="req-notfound-42")
    # Django's own warning about the 404, not only our request line.
    django_lines = [line for line in json_log() if line["logger"] == "django.request"]
    assert django_lines and django_lines[0]["request_id"] == "req-notfound-42"


@pytest.mark.django_db
def test_the_footer_shows_the_version(client):
    page = client.get("/accounts/sign-in/").content.decode()
    assert f"Version {nextpractice.__version__}" in page


@pytest.mark.parametrize(
    "count, forwarded, client",
    [
        (0, "6.6.6.6, 203.0.113.9", "10.0.0.2"),  # not behind a proxy: the header is ignored
        (1, "6.6.6.6, 203.0.113.9", "203.0.113.9"),  # the balancer's entry, not the client's
        (2, "6.6.6.6, 203.0.113.9, 10.0.0.9", "203.0.113.9"),
        (2, "203.0.113.9", "10.0.0.2"),  # fewer entries than proxies: not through them
    ],
)
def test_behind_counted_proxies_sign_in_limits_count_the_clients_address(
    rf, settings, count, forwarded, client
):
    from axes.helpers import get_client_ip_address

    settings.PROXY_COUNT = count
    settings.AXES_CLIENT_IP_CALLABLE = "nextpractice.proxy.client_ip"
    request = rf.get("/", HTTP_X_FORWARDED_FOR=forwarded, REMOTE_ADDR="10.0.0.2")
    assert get_client_ip_address(request) == client


@pytest.mark.parametrize(
    "trusted, remote, client",
    [
        (None, "198.51.100.7", "198.51.100.7"),  # by default a public address is no proxy
        (None, "::ffff:10.0.0.2", "203.0.113.9"),  # a private one, written as IPv6, is
        (None, "127.0.0.1", "203.0.113.9"),
        ("192.0.2.10", "192.0.2.10", "203.0.113.9"),  # the balancer named
        ("192.0.2.0/28", "192.0.2.3", "203.0.113.9"),  # or its network
        ("192.0.2.10", "10.0.0.2", "10.0.0.2"),  # named: the private networks are no longer
    ],
)
def test_a_forwarded_address_counts_only_from_a_trusted_proxy(
    rf, settings, monkeypatch, trusted, remote, client
):
    """A client reaching an app server directly wrote X-Forwarded-For itself, a new address
    for each wrong password, and was never paused (tester's findings X, 1)."""
    from axes.helpers import get_client_ip_address

    from nextpractice.config import env_networks

    settings.PROXY_COUNT = 1
    settings.AXES_CLIENT_IP_CALLABLE = "nextpractice.proxy.client_ip"
    if trusted is not None:
        monkeypatch.setenv("DJANGO_TRUSTED_PROXIES", trusted)
        settings.TRUSTED_PROXIES = env_networks("DJANGO_TRUSTED_PROXIES")
    request = rf.get("/", HTTP_X_FORWARDED_FOR="6.6.6.6, 203.0.113.9", REMOTE_ADDR=remote)
    assert get_client_ip_address(request) == client


@pytest.mark.django_db
def test_a_refused_request_is_logged_once_in_one_line_without_a_traceback(client, json_log):
    """Every 403 wrote a PermissionDenied traceback, twice with debug on (Django's console
    handler and ours): a tester's log held 118 in 40 minutes, and real errors hid among them."""
    client.force_login(UserFactory())  # in no programme: the stimulus library refuses them
    response = client.get("/stimuli/", HTTP_X_REQUEST_ID="req-refused-403")
    assert response.status_code == 403
    lines = [line for line in json_log() if line["logger"] == "django.request"]
    assert len(lines) == 1 and lines[0]["message"].startswith("Forbidden"), lines
    assert "exception" not in lines[0] and "Traceback" not in json.dumps(lines[0])
    django_handlers = logging.getLogger("django").handlers
    assert django_handlers == [], "Django's own handler would write each line again"


@pytest.mark.django_db
def test_a_request_for_another_host_is_one_warning_line_without_a_traceback(client, json_log):
    """Each request naming a host not in DJANGO_ALLOWED_HOSTS (scanners do, all day) was an
    ERROR with a full traceback, and so an error report in Sentry."""
    response = client.get("/", HTTP_HOST="scanner.example", HTTP_X_REQUEST_ID="req-other-host")
    assert response.status_code == 400
    lines = [line for line in json_log() if line["logger"] == "django.security.DisallowedHost"]
    assert len(lines) == 1, lines
    assert lines[0]["level"] == "WARNING" and "scanner.example" in lines[0]["message"]
    assert "exception" not in lines[0] and "Traceback" not in json.dumps(lines[0])
    assert lines[0]["request_id"] == "req-other-host"


SECRET = "S3CRET-token-0a1b2c"


@pytest.mark.django_db
def test_a_password_reset_link_is_logged_without_its_token(client, json_log):
    url = reverse("accounts:password_reset_confirm", kwargs={"uidb64": "MQ", "token": SECRET})
    client.get(url)
    lines = json_log()
    assert SECRET not in json.dumps(lines)
    request_lines = [line for line in lines if line["logger"] == "nextpractice.requests"]
    assert [line["path"] for line in request_lines] == ["/accounts/reset/MQ/…/"]
    assert request_lines[0]["message"].startswith("GET /accounts/reset/MQ/…/ ")


@pytest.mark.django_db
def test_an_invitation_link_is_logged_without_its_token_even_when_not_found(client, json_log):
    url = reverse("people:invitation_accept", kwargs={"token": SECRET})
    assert client.get(url).status_code == 404
    lines = json_log()
    assert SECRET not in json.dumps(lines)
    assert {line["logger"] for line in lines} >= {"nextpractice.requests", "django.request"}
    not_found = [line for line in lines if line["logger"] == "django.request"]
    assert not_found[0]["message"] == "Not Found: /invitations/accept/…/"


def _routes(patterns, prefix=""):
    for pattern in patterns:
        if hasattr(pattern, "url_patterns"):
            yield from _routes(pattern.url_patterns, prefix + str(pattern.pattern))
        else:
            yield prefix + str(pattern.pattern)


def test_every_url_with_a_token_in_it_is_logged_without_the_token():
    """A new URL carrying a secret (`<token>`) must be added to logs.SECRET_IN_PATH."""
    with_token = [route for route in _routes(get_resolver().url_patterns) if "token>" in route]
    assert len(with_token) >= 2, with_token
    for route in with_token:
        url_path = "/" + re.sub(
            r"<(?:\w+:)?(\w+)>",
            lambda part: SECRET if "token" in part.group(1) else "1",
            route,
        )
        assert SECRET not in redact_path(url_path), f"{route}: add it to logs.SECRET_IN_PATH"


def test_paths_without_a_secret_are_logged_as_they_are():
    for url in ["/accounts/reset/MQ/set-password/", "/accounts/reset/done/", "/programmes/3/"]:
        assert redact_path(url) == url


WORKER_LOGS = """
import logging
from nextpractice.celery import app
# As `celery worker --loglevel=INFO` and `celery beat` set logging up (deploy/entrypoint.sh).
app.log.setup(loglevel="INFO", redirect_stdouts=True)
logging.getLogger("celery.apps.worker").info("w1@host ready.")
logging.getLogger("reports.tasks").warning("Report 12 failed while drawing the PDF")
print("An e-mail the console backend printed")
print("Not Found: /invitations/accept/s3cret-t0ken/")
"""


def test_workers_and_beat_write_the_same_json_lines_as_the_app_servers():
    """Celery took the root logger over: workers and beat wrote its own text lines
    ("[...: INFO/MainProcess] w1@host ready."), which a collector parsing JSON cannot read."""
    from nextpractice.celery import app

    assert app.conf.worker_hijack_root_logger is False
    base = {k: v for k, v in os.environ.items() if not k.startswith("DJANGO_")}
    base.update(DJANGO_DEBUG="0", DJANGO_SECRET_KEY="k" * 50, DJANGO_ALLOWED_HOSTS="x.org")
    result = subprocess.run(
        [sys.executable, "-c", WORKER_LOGS],
        cwd=Path(__file__).resolve().parents[2],
        env=base,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert [(line["level"], line["logger"], line["message"]) for line in lines] == [
        ("INFO", "celery.apps.worker", "w1@host ready."),
        ("WARNING", "reports.tasks", "Report 12 failed while drawing the PDF"),
        ("WARNING", "celery.redirected", "An e-mail the console backend printed"),
        # What a job prints is a log line, written without a link's secret.
        ("WARNING", "celery.redirected", "Not Found: /invitations/accept/…/"),
    ]
    assert all(line["request_id"] is None for line in lines)


@shared_task(name="nextpractice.tests.test_operations.log_a_line")
def log_a_line():
    logging.getLogger("reports.tasks").warning("Report 12 failed while drawing the PDF")


def test_a_jobs_log_lines_carry_the_id_of_the_request_that_asked_for_it(json_log):
    """A job is sent with its request's id in the message and the worker logs under it, so
    an operator searching for a reference sees what the job did too."""
    from celery.worker.request import Request
    from kombu import Connection

    from nextpractice.celery import app
    from nextpractice.logs import request_id_var

    app.conf.task_always_eager = False  # put back by the _eager_celery fixture
    token = request_id_var.set("req-asked-0123")  # as RequestIdMiddleware does
    try:
        with app.connection_for_write("memory://") as connection:
            log_a_line.apply_async(connection=connection, queue="request-id-test")
    finally:
        request_id_var.reset(token)

    # The worker's side, outside any request: the message as it arrives, run as a worker runs it.
    with Connection("memory://") as connection:
        message = connection.SimpleQueue("request-id-test").get(timeout=5)
        Request(message, app=app, task=app.tasks[log_a_line.name]).execute()
        assert request_id_var.get() is None, "the next job would be logged under this request"
    lines = [line for line in json_log() if line["logger"] == "reports.tasks"]
    assert [(line["message"], line["request_id"]) for line in lines] == [
        ("Report 12 failed while drawing the PDF", "req-asked-0123")
    ]
