"""Static files in production: hashed, compressed and cached, by default once debug is off."""

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.management import call_command
from django.test import Client

ROOT = Path(__file__).resolve().parents[2]
YEAR = 60 * 60 * 24 * 365

SCRIPT = """
import json
from nextpractice import settings as s
print(json.dumps({
    "STORAGES": s.STORAGES, "WHITENOISE_USE_FINDERS": s.WHITENOISE_USE_FINDERS,
    "WHITENOISE_MAX_AGE": s.WHITENOISE_MAX_AGE,
}, default=str))
"""


def static_settings(**env):
    """The static file settings a process started with only `env` gets."""
    base = {k: v for k, v in os.environ.items() if not k.startswith(("DJANGO_", "WHITENOISE_"))}
    base.update(env)
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT], cwd=ROOT, env=base, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


PRODUCTION = {
    "DJANGO_DEBUG": "0",
    "DJANGO_SECRET_KEY": "k" * 50,
    "DJANGO_ALLOWED_HOSTS": "nextpractice.example.org",
}


@pytest.fixture(scope="module")
def production():
    return static_settings(**PRODUCTION)


def test_debug_off_defaults_to_hashed_compressed_files_cached_a_year(production):
    storage = production["STORAGES"]["staticfiles"]["BACKEND"]
    assert storage == "whitenoise.storage.CompressedManifestStaticFilesStorage"
    assert production["WHITENOISE_USE_FINDERS"] is False
    assert production["WHITENOISE_MAX_AGE"] == YEAR


def test_debugging_serves_the_app_folders_afresh_and_settings_still_win():
    debugging = static_settings(DJANGO_DEBUG="1")
    plain = "django.contrib.staticfiles.storage.StaticFilesStorage"
    assert debugging["STORAGES"]["staticfiles"]["BACKEND"] == plain
    assert debugging["WHITENOISE_USE_FINDERS"] is True
    assert debugging["WHITENOISE_MAX_AGE"] == 0
    chosen = static_settings(
        **PRODUCTION, DJANGO_STATICFILES_STORAGE=plain, WHITENOISE_MAX_AGE="600"
    )
    assert chosen["STORAGES"]["staticfiles"]["BACKEND"] == plain
    assert chosen["WHITENOISE_MAX_AGE"] == 600


def test_collected_files_are_served_hashed_compressed_and_cached(settings, tmp_path, production):
    settings.STORAGES = {**settings.STORAGES, "staticfiles": production["STORAGES"]["staticfiles"]}
    settings.STATIC_ROOT = tmp_path
    settings.WHITENOISE_USE_FINDERS = production["WHITENOISE_USE_FINDERS"]
    settings.WHITENOISE_AUTOREFRESH = False
    settings.WHITENOISE_MAX_AGE = production["WHITENOISE_MAX_AGE"]
    call_command("collectstatic", "--noinput", verbosity=0)

    manifest = json.loads((tmp_path / "staticfiles.json").read_text())["paths"]
    hashed = manifest["css/app.css"]
    assert re.fullmatch(r"css/app\.[0-9a-f]{12}\.css", hashed)
    assert (tmp_path / f"{hashed}.gz").exists() and (tmp_path / f"{hashed}.br").exists()

    client = Client()  # a new client loads WhiteNoise afresh, with these settings
    page = client.get("/accounts/sign-in/").content.decode()
    assert f"/static/{hashed}" in page  # pages link the hashed name

    served = client.get(f"/static/{hashed}", HTTP_ACCEPT_ENCODING="gzip, br")
    assert served.status_code == 200
    assert served["Content-Encoding"] == "br"
    assert served["Cache-Control"] == "max-age=315360000, public, immutable"
    # A name without its hash (the bare 500 page's stylesheet) is kept a year.
    unhashed = client.get("/static/css/app.css", HTTP_ACCEPT_ENCODING="gzip")
    assert unhashed["Content-Encoding"] == "gzip"
    assert unhashed["Cache-Control"] == f"max-age={YEAR}, public"
