"""Screenshots of each demo role's home and main page for the README: `make screenshots`.

Loads the demo into a fresh SQLite database in a temporary folder (your own database and
files are not touched), serves it on a free port of the loopback, signs in as each role in
the machine's Chromium and writes docs/screenshots/<role>-<page>-<width>.png: the whole page
at 1280 px, the first two screens at 320 px, as palette PNGs to keep them small. Run it again
after a change to the pages; the dates follow today's, as the demo's do.
"""

import os
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "docs" / "screenshots"
PASSWORD = "next-practice-demo"
WIDE = {"width": 1280, "height": 800}
NARROW = {"width": 320, "height": 640}
NARROW_SCREENS = 2


def _main_page(page, role):
    """Open the page each role came for, as they would from home: by its link."""
    main = page.locator("main")
    if role == "admin":
        main.get_by_role("link", name="Next Practice 2006-8").first.click()
    elif role == "officer":
        main.get_by_role("link", name="All the field trials you can see").click()
    elif role == "consultant":
        main.get_by_role("link", name="Bridgemary College: a flexible day").first.click()
    elif role == "leader":
        main.get_by_role("link", name="Continue").first.click()
    elif role == "partner":
        main.get_by_role("link", name="System Leadership").first.click()
    page.wait_for_load_state()


# (role, name of its main page in the file names and the README)
ROLES = [
    ("admin", "programme"),
    ("officer", "field-trials"),
    ("consultant", "field-trial"),
    ("leader", "exercise"),
    ("partner", "project"),
]


def _free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _run(env, *args):
    subprocess.run([sys.executable, "manage.py", *args], cwd=ROOT, env=env, check=True)


def _wait_for(url, server, *, log, seconds=60):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if server.poll() is not None:
            sys.exit(f"The web server stopped before it answered:\n{log.read_text()}")
        try:
            urllib.request.urlopen(url, timeout=2)
            return
        except urllib.error.HTTPError:
            return  # it answers (a redirect to sign in, say)
        except OSError:
            time.sleep(0.5)
    sys.exit(f"The web server did not answer {url} within {seconds} seconds.")


def _save(page, path, *, full):
    """Write the page as a small palette PNG: whole (`full`) or its first screens."""
    from PIL import Image

    if full:
        page.screenshot(path=path, full_page=True)
    else:
        height = page.evaluate("document.documentElement.scrollHeight")
        clip = {"x": 0, "y": 0, "width": NARROW["width"]}
        clip["height"] = min(height, NARROW["height"] * NARROW_SCREENS)
        page.screenshot(path=path, full_page=True, clip=clip)
    with Image.open(path) as image:
        small = image.convert("RGB").quantize(colors=128, method=Image.Quantize.MEDIANCUT)
    small.save(path, optimize=True)


def _shoot(base_url):
    from playwright.sync_api import sync_playwright

    sys.path.insert(0, str(ROOT))
    from nextpractice.testing.browser import CHROMIUM, CHROMIUM_ARGS

    OUT.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        for role, main_name in ROLES:
            context = browser.new_context(viewport=WIDE)
            page = context.new_page()
            page.goto(f"{base_url}/accounts/sign-in/")
            page.get_by_label("E-mail address").fill(f"{role}@example.org")
            page.get_by_label("Password").fill(PASSWORD)
            page.get_by_role("button", name="Sign in").click()
            page.wait_for_load_state()
            home = page.url
            for name in ("home", main_name):
                if name != "home":
                    page.goto(home)
                    _main_page(page, role)
                url = page.url
                for viewport, full in ((WIDE, True), (NARROW, False)):
                    page.set_viewport_size(viewport)
                    page.goto(url)  # laid out afresh at this width, as a phone loads it
                    path = OUT / f"{role}-{name}-{viewport['width']}.png"
                    _save(page, path, full=full)
                    print(f"  {path.relative_to(ROOT)} ({path.stat().st_size // 1024} KB)")
                page.set_viewport_size(WIDE)
            context.close()
        browser.close()


def main():
    with tempfile.TemporaryDirectory(prefix="nextpractice-screenshots-") as tmp:
        env = {
            **os.environ,
            "DATABASE_URL": f"sqlite:///{tmp}/db.sqlite3",
            "DJANGO_DEBUG": "1",
            "DJANGO_DEBUG_PAGES": "0",
            "DJANGO_MEDIA_ROOT": f"{tmp}/media",
            "NEXTPRACTICE_JOBS_FOLDER": f"{tmp}/jobs",
            "NEXTPRACTICE_DEMO_PASSWORD": PASSWORD,
        }
        print("Making a fresh demo database for the screenshots (about a minute)...")
        _run(env, "migrate", "--noinput", "-v0")
        _run(env, "load_demo", "--quiet")
        port = _free_port()
        base_url = f"http://127.0.0.1:{port}"
        log_path = Path(tmp) / "server.log"  # its requests, read only if it fails
        with open(log_path, "w") as log:
            server = subprocess.Popen(
                [sys.executable, "manage.py", "runserver", "--noreload", f"127.0.0.1:{port}"],
                cwd=ROOT,
                env=env,
                stdout=log,
                stderr=subprocess.STDOUT,
            )
            try:
                _wait_for(f"{base_url}/", server, log=log_path)
                print(f"Signing in as each role and saving the pages to {OUT.relative_to(ROOT)}/:")
                _shoot(base_url)
            finally:
                server.terminate()
                server.wait(timeout=30)


if __name__ == "__main__":
    main()
