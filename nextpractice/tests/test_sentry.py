"""Sentry: off unless SENTRY_DSN is set; when set, events carry the release and request id."""

import json
import os
import subprocess
import sys
from pathlib import Path

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


def load_settings(**env):
    base = {k: v for k, v in os.environ.items() if not k.startswith(("DJANGO_", "SENTRY_"))}
    base.update({"DJANGO_DEBUG": "1", "DJANGO_SETTINGS_MODULE": "nextpractice.settings", **env})
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT], cwd=ROOT, env=base, capture_output=True, text=True
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
