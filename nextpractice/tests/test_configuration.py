"""A broken environment gets one clear line, not a traceback; production settings pass."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def manage(*args, **env):
    base = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("DJANGO_", "DATABASE_URL", "CELERY_"))
    }
    base.update(env)
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=base,
        capture_output=True,
        text=True,
        timeout=120,
    )


@pytest.mark.parametrize(
    "env, message",
    [
        ({"DJANGO_DEBUG": "1", "DATABASE_URL": "nonsense"}, "DATABASE_URL='nonsense' is not"),
        ({"DJANGO_DEBUG": "1", "DATABASE_URL": "mysql://u:p@h/db"}, "PostgreSQL"),
        ({"DJANGO_DEBUG": "0"}, "DJANGO_SECRET_KEY is not set"),
        ({"DJANGO_DEBUG": "0", "DJANGO_SECRET_KEY": "x" * 50}, "DJANGO_ALLOWED_HOSTS is not set"),
        ({"DJANGO_DEBUG": "perhaps"}, "DJANGO_DEBUG='perhaps' is not a yes/no value"),
    ],
)
def test_a_misconfigured_environment_gets_one_line_saying_what_to_fix(env, message):
    result = manage("check", **env)
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("Configuration error:") and message in lines[0]


def test_a_broker_that_is_down_is_named_in_one_warning_at_startup():
    result = manage("check", DJANGO_DEBUG="1", CELERY_BROKER_URL="redis://127.0.0.1:1/0")
    assert "Traceback" not in result.stderr
    out = result.stdout + result.stderr
    assert "nextpractice.W001" in out and "is not reachable" in out
    assert "unset CELERY_BROKER_URL" in out


def test_production_settings_pass_the_deploy_check():
    result = manage(
        "check",
        "--deploy",
        "--fail-level",
        "WARNING",
        DJANGO_DEBUG="0",
        DJANGO_SECRET_KEY="k" * 20 + "-production-like-secret-key-0123456789",
        DJANGO_ALLOWED_HOSTS="nextpractice.example.org",
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_pages_carry_a_content_security_policy_without_inline_script(client, world):
    client.force_login(world.users["officer"])
    response = client.get("/")
    policy = response["Content-Security-Policy"]
    assert "script-src 'self'" in policy and "unsafe-inline" not in policy
    assert "<script>" not in response.content.decode()
    assert "frame-ancestors 'none'" in policy


@pytest.mark.django_db
def test_postgresql_connections_plan_for_solid_state_disks():
    """At the default random_page_cost the options list read every assessment in the database
    to score one project's options; the app's connections say reads are cheap."""
    from django.db import connection

    if connection.vendor != "postgresql":
        pytest.skip("a PostgreSQL setting")
    with connection.cursor() as cursor:
        cursor.execute("SHOW random_page_cost")
        assert float(cursor.fetchone()[0]) == pytest.approx(1.1)
