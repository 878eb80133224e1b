"""Static files in production: hashed, compressed and cached, by default once debug is off."""

import http.server
import json
import os
import re
import shutil
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
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


def _release(root, files, manifest):
    for name, text in files.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(text)
    (root / "staticfiles.json").write_text(json.dumps({"paths": manifest, "version": "1.1"}))


def test_a_new_release_serves_the_previous_releases_files_too(settings, tmp_path):
    """A rolling upgrade: a page from an old server names its files by their old hashed names,
    and the balancer may ask a new server for them. The new image keeps them (Dockerfile,
    PREVIOUS_IMAGE, deploy/keep_static.py); before, the new server answered 404."""
    old_css, new_css = "css/app.0123456789ab.css", "css/app.c0ffee123456.css"
    older_css = "css/app.ba9876543210.css"  # kept by the previous release from its own
    previous, root = tmp_path / "previous", tmp_path / "staticfiles"
    _release(
        previous,
        {old_css: "/* the old look */", f"{old_css}.gz": "zipped", older_css: "/* older */"},
        {"css/app.css": old_css},
    )
    # As collectstatic wrote the new release's (a file of the same name is never replaced).
    _release(root, {new_css: "/* the new look */"}, {"css/app.css": new_css})
    keep = subprocess.run(
        [sys.executable, "deploy/keep_static.py", str(previous), str(root)],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert keep.returncode == 0, keep.stderr
    assert keep.stdout.strip() == "Kept 2 static files of the previous release."
    assert json.loads((root / "staticfiles.json").read_text())["paths"]["css/app.css"] == new_css

    settings.STATIC_ROOT = root
    settings.WHITENOISE_USE_FINDERS = False
    settings.WHITENOISE_AUTOREFRESH = False
    client = Client()  # WhiteNoise indexes STATIC_ROOT afresh, as a starting server does
    for name, text in {new_css: b"/* the new look */", old_css: b"/* the old look */"}.items():
        response = client.get(f"/static/{name}")
        assert response.status_code == 200
        assert b"".join(response.streaming_content) == text
    assert (root / f"{old_css}.gz").read_text() == "zipped"  # compressed copies kept too
    # Only the release before: its predecessor's files are not carried on for ever.
    assert client.get(f"/static/{older_css}").status_code == 404


def test_keeping_the_previous_releases_files_with_no_previous_release_keeps_nothing(tmp_path):
    keep = subprocess.run(
        [sys.executable, "deploy/keep_static.py", str(tmp_path / "none"), str(tmp_path)],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert keep.returncode == 0, keep.stderr
    assert keep.stdout.strip() == "Kept 0 static files of the previous release."


class _Server(http.server.BaseHTTPRequestHandler):
    """An app server of one version: it answers its probe and the static files it has."""

    files = set()

    def do_GET(self):
        found = self.path == "/readyz" or self.path in self.files
        self.send_response(200 if found else 404)
        self.send_header("Content-Length", "2")
        self.end_headers()
        self.wfile.write(b"ok" if found else b"no")

    def log_message(self, *args):
        pass


def _free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.mark.skipif(not shutil.which("haproxy", path="/usr/sbin:/usr/bin"), reason="no haproxy")
def test_during_a_rolling_upgrade_the_balancer_finds_a_new_pages_files(tmp_path):
    """One server restarted on the new version, the other still old: a page from the new one
    names files the old one lacks. deploy/haproxy.cfg asks the next server after a 404 for a
    static file; before, every other request for them was a 404 and the page lost its look."""
    old_css, new_css = "/static/css/app.0123456789ab.css", "/static/css/app.c0ffee123456.css"
    old = type("Old", (_Server,), {"files": {old_css}})
    new = type("New", (_Server,), {"files": {old_css, new_css}})  # keeps the old release's
    servers = [http.server.ThreadingHTTPServer(("127.0.0.1", 0), h) for h in (old, new)]
    for server in servers:
        threading.Thread(target=server.serve_forever, daemon=True).start()
    port = _free_port()
    env = {
        **os.environ,
        "NP_BALANCER_BIND": f"127.0.0.1:{port}",
        "NP_APP1": f"127.0.0.1:{servers[0].server_port}",
        "NP_APP2": f"127.0.0.1:{servers[1].server_port}",
    }
    haproxy = shutil.which("haproxy", path="/usr/sbin:/usr/bin")
    balancer = subprocess.Popen(
        [haproxy, "-db", "-f", str(ROOT / "deploy/haproxy.cfg")],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        base = f"http://127.0.0.1:{port}"
        for _ in range(50):
            try:
                urllib.request.urlopen(f"{base}/readyz", timeout=1)
                break
            except OSError:
                time.sleep(0.1)

        def status(path):
            try:
                return urllib.request.urlopen(f"{base}{path}", timeout=5).status
            except urllib.error.HTTPError as error:
                return error.code

        assert [status(new_css) for _ in range(6)] == [200] * 6
        assert [status(old_css) for _ in range(6)] == [200] * 6
        assert status("/static/css/no-such-file.css") == 404  # on no server: still a 404
    finally:
        balancer.terminate()
        balancer.wait(timeout=10)
        for server in servers:
            server.shutdown()
            server.server_close()
