"""Sentry: off unless SENTRY_DSN is set; when set, events carry the release and request id."""

import json
import logging
import os
import subprocess
import sys
from pathlib import Path

import sentry_sdk
from django.urls import path

ROOT = Path(__file__).resolve().parents[2]

# Loads the settings as a server would, then says whether Sentry is on. With it on, one
# message is captured inside a request's id and the event is read back from the transport,
# the edge of the machine (nothing is sent anywhere).
SCRIPT = """
import json, django, sentry_sdk
django.setup()
from django.conf import settings
from nextpractice.logs import request_id_var
events = []
class Transport(sentry_sdk.transport.Transport):
    def capture_envelope(self, envelope):
        events.extend(item.payload.json for item in envelope.items if item.type == "event")
out = {"enabled": settings.SENTRY_ENABLED, "initialised": sentry_sdk.is_initialized()}
if out["initialised"]:
    sentry_sdk.get_client().transport = Transport()
    request_id_var.set("req-0123456789")
    sentry_sdk.capture_message("something broke")
    sentry_sdk.flush()
    out["event"] = {k: events[0].get(k) for k in ("release", "environment", "tags")}
print(json.dumps(out))
"""

# A 5xx on an invitation's link, sent from a password reset page, after an HTTP call to a
# reset link and a log line naming one (the view, `boom`, makes both), then a log line naming
# an invitation's link: what Sentry is sent names no token. Through the WSGI application a
# server runs (sentry-sdk reads the request's URL there), with this module's failing view on
# the invitation's path.
TOKEN, RESET = "k3Xq-secret-token", "/accounts/reset/MQ/cb5-0a1b2c3d4e5f/"
SCRIPT_5XX = """
import json, logging, wsgiref.util, django, sentry_sdk
django.setup()
from django.conf import settings
from django.core.wsgi import get_wsgi_application
from nextpractice.tests.test_sentry import RESET, TOKEN
events = []
class Transport(sentry_sdk.transport.Transport):
    def capture_envelope(self, envelope):
        events.extend(item.payload.json for item in envelope.items if item.type == "event")
sentry_sdk.get_client().transport = Transport()
settings.ROOT_URLCONF = "nextpractice.tests.test_sentry"
environ = {
    "HTTP_HOST": "localhost",
    "PATH_INFO": f"/invitations/accept/{TOKEN}/",
    "QUERY_STRING": f"next=%2Finvitations%2Faccept%2F{TOKEN}%2F",
    "HTTP_REFERER": f"https://np.example{RESET}",
}
wsgiref.util.setup_testing_defaults(environ)
status = []
b"".join(get_wsgi_application()(environ, lambda s, h, e=None: status.append(s)))
logging.getLogger("np.test").error(f"Could not open /invitations/accept/{TOKEN}/")
sentry_sdk.flush()
print(json.dumps({"status": status[0], "events": events}))
"""


def boom(request, token):
    sentry_sdk.add_breadcrumb(category="httplib", data={"url": f"https://np.example{RESET}"})
    logging.getLogger("np.test").warning("Followed %s", RESET)
    raise RuntimeError("a bug")


urlpatterns = [path("invitations/accept/<str:token>/", boom)]


def load_settings(script=SCRIPT, **env):
    base = {k: v for k, v in os.environ.items() if not k.startswith(("DJANGO_", "SENTRY_"))}
    base.update({"DJANGO_DEBUG": "1", "DJANGO_SETTINGS_MODULE": "nextpractice.settings", **env})
    result = subprocess.run(
        [sys.executable, "-c", script], cwd=ROOT, env=base, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_with_no_dsn_sentry_is_not_started():
    assert load_settings() == {"enabled": False, "initialised": False}
    assert load_settings(SENTRY_DSN="") == {"enabled": False, "initialised": False}


def test_with_a_dsn_events_carry_the_version_and_the_request_id():
    import nextpractice

    out = load_settings(
        SENTRY_DSN="https://public-key@sentry.example.invalid/42", SENTRY_ENVIRONMENT="staging"
    )
    assert out["enabled"] and out["initialised"]
    event = out["event"]
    assert event["release"] == f"nextpractice@{nextpractice.__version__}"
    assert event["environment"] == "staging"
    assert event["tags"]["request_id"] == "req-0123456789"


def test_events_name_no_token_of_a_reset_or_invitation_link():
    out = load_settings(SCRIPT_5XX, SENTRY_DSN="https://public-key@sentry.example.invalid/42")
    assert out["status"].startswith("500")
    crash, logged = out["events"]
    sent = json.dumps(out["events"])
    assert TOKEN not in sent and "cb5-0a1b2c3d4e5f" not in sent
    request = crash["request"]
    assert request["url"].endswith("/invitations/accept/…/")
    assert request["query_string"] == "next=/invitations/accept/…/"
    assert request["headers"]["Referer"] == "https://np.example/accounts/reset/MQ/…/"
    crumbs = crash["breadcrumbs"]["values"]
    assert {"url": "https://np.example/accounts/reset/MQ/…/"} in [c.get("data") for c in crumbs]
    assert "Followed /accounts/reset/MQ/…/" in [c.get("message") for c in crumbs]
    assert "/invitations/accept/…/" in logged["logentry"]["message"]
    assert crash["tags"]["request_id"]  # still tagged as before
