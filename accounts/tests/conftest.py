"""Single sign-on tests' fixtures: a real OpenID Connect provider, and SSO switched on.

The provider is the npm package oidc-provider (nextpractice/testing/oidc/), run by the
machine's Node.js on a free port of 127.0.0.1; `npm ci` installs it the first time.
"""

import fcntl
import importlib
import os
import re
import shutil
import socket
import subprocess
import tempfile
from pathlib import Path

import pytest
import requests
from django.urls import clear_url_caches

PROVIDER_DIR = Path(__file__).resolve().parents[2] / "nextpractice" / "testing" / "oidc"
CLIENT_SECRET = "a-client-secret-for-tests-only"
PROVIDER_NAME = "Test Provider"


@pytest.fixture(scope="session")
def oidc_provider(live_server):
    """The issuer URL of a running oidc-provider whose client may return to the app."""
    node, npm = shutil.which("node"), shutil.which("npm")
    assert node and npm, "Node.js is not installed: run `make test-sysdeps`"
    # The suite's processes (pytest-xdist) may start providers at once: one installs.
    with open(Path(tempfile.gettempdir()) / "nextpractice-oidc-npm.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if not (PROVIDER_DIR / "node_modules" / "oidc-provider").is_dir():
            subprocess.run(
                [npm, "ci", "--no-audit", "--no-fund"], cwd=PROVIDER_DIR, check=True, timeout=300
            )
    callback = "/accounts/sso/callback/"
    process = subprocess.Popen(
        [node, "provider.mjs"],
        cwd=PROVIDER_DIR,
        env={
            "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
            "OIDC_TEST_CLIENT_SECRET": CLIENT_SECRET,
            "OIDC_TEST_REDIRECT_URIS": f"{live_server.url}{callback},http://testserver{callback}",
        },
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    try:
        line = process.stdout.readline()
        assert line.startswith("listening "), f"oidc-provider did not start: {line!r}"
        yield line.split()[1]
    finally:
        process.terminate()
        process.wait(timeout=10)


def reload_urls():
    """Route the URLs as settings now say: the SSO URLs exist only while it is set up."""
    import accounts.urls
    import nextpractice.urls

    importlib.reload(accounts.urls)
    importlib.reload(nextpractice.urls)
    clear_url_caches()


def switched_on(settings, issuer):
    settings.SSO = {
        "issuer": issuer,
        "client_id": "nextpractice",
        "client_secret": CLIENT_SECRET,
        "domains": ["school.example"],
        "provider_name": PROVIDER_NAME,
    }
    reload_urls()
    yield settings.SSO
    settings.SSO = None
    reload_urls()


@pytest.fixture
def sso_on(settings, oidc_provider):
    """Single sign-on set up as an operator would, against the test provider."""
    yield from switched_on(settings, oidc_provider)


@pytest.fixture
def sso_unreachable(settings):
    """Single sign-on set up, with its provider down (nothing listens at the issuer)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    yield from switched_on(settings, f"http://127.0.0.1:{port}")


def sign_in_at_provider(session, start_url, login):
    """Follow the sign-in through the provider's own pages with `requests`, as `login`.

    Returns the last response: the app's page after the callback has done its work.
    """
    form = session.get(start_url, timeout=10)
    assert 'name="login"' in form.text, form.text[:500]
    action = re.search(r'<form[^>]*action="([^"]+)"', form.text).group(1)
    action = requests.compat.urljoin(form.url, action.replace("&amp;", "&"))
    return session.post(
        action, data={"prompt": "login", "login": login, "password": "any"}, timeout=10
    )
