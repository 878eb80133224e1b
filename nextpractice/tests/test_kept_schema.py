"""A new database starts from the migrated schema kept with the code (scripts/cluster-schema.sql
for PostgreSQL, scripts/embedded-schema.sql for SQLite) only while every migration it holds is
on disk unchanged; newer migrations go on top."""

import os
import sqlite3
import subprocess
import sys

import pytest

from nextpractice import kept_schema
from nextpractice.kept_schema import ROOT

A, B = "a" * 64, "b" * 64
HEAD = f"""-- Next Practice's database migrated from nothing.
-- migration accounts 0001_initial {A}
-- migration fieldtrials 0002_more {B}
--
SET statement_timeout = 0;
-- migration not_in_the_list 0001 {A}
"""


def test_the_list_of_migrations_is_read_from_the_files_opening_comment_only():
    assert kept_schema.kept_migrations(HEAD) == {
        ("accounts", "0001_initial"): A,
        ("fieldtrials", "0002_more"): B,
    }


def test_migrations_added_since_leave_the_schema_usable():
    kept = kept_schema.kept_migrations(HEAD)
    on_disk = {**kept, ("fieldtrials", "0003_newer"): A}
    assert kept_schema.stale(kept, on_disk) == []


def test_a_migration_changed_or_gone_since_makes_it_unusable():
    kept = kept_schema.kept_migrations(HEAD)
    assert kept_schema.stale(kept, {("accounts", "0001_initial"): A}) == ["fieldtrials.0002_more"]
    changed = {("accounts", "0001_initial"): B, ("fieldtrials", "0002_more"): B}
    assert kept_schema.stale(kept, changed) == ["accounts.0001_initial"]


def test_the_kept_schema_lists_the_migrations_it_holds_with_their_hashes():
    kept = kept_schema.kept_migrations((ROOT / "scripts/cluster-schema.sql").read_text())
    assert ("contenttypes", "0001_initial") in kept and ("accounts", "0001_initial") in kept
    assert all(len(h) == 64 for h in kept.values())


def migrate_in_a_new_process(database_url):
    """`python -m nextpractice.kept_schema migrate`, as `make setup` runs it."""
    env = {**os.environ, "DATABASE_URL": database_url, "DJANGO_DEBUG": "1"}
    env.pop("KEPT_SCHEMA_FRESH", None)
    done = subprocess.run(
        [sys.executable, "-m", "nextpractice.kept_schema", "migrate"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert done.returncode == 0, done.stderr
    return done.stdout


def test_a_new_sqlite_database_starts_from_the_embedded_schema_and_an_old_one_is_kept(tmp_path):
    """`make setup` (and so `make run`) on a new machine: the SQLite file is made from
    scripts/embedded-schema.sql in seconds, holding every migration it lists; run again, the
    database and what was written in it are left as they are."""
    if kept_schema.why_not_usable(kept_schema.EMBEDDED):
        pytest.skip(f"the embedded schema cannot be used: {kept_schema.why_not_usable()}")
    path = tmp_path / "db.sqlite3"
    said = migrate_in_a_new_process(f"sqlite:///{path}")
    kept = kept_schema.kept_migrations(kept_schema.EMBEDDED.read_text())
    assert f"Loaded embedded-schema.sql ({len(kept)} migrations)" in said
    with sqlite3.connect(path) as database:
        applied = set(database.execute("SELECT app, name FROM django_migrations"))
        assert set(kept) <= applied
        database.execute(
            "INSERT INTO accounts_organisation (name, kind, urn) "
            "VALUES ('Kept School', 'school', '')"
        )
    said = migrate_in_a_new_process(f"sqlite:///{path}")
    assert "migrated already" in said
    with sqlite3.connect(path) as database:
        names = [row[0] for row in database.execute("SELECT name FROM accounts_organisation")]
    assert names == ["Kept School"]


def test_the_embedded_schema_lists_the_same_migrations_as_the_clusters():
    """Both kept schemas are written after the same migrations, so neither falls behind."""
    embedded = kept_schema.kept_migrations(kept_schema.EMBEDDED.read_text())
    cluster = kept_schema.kept_migrations(kept_schema.SCHEMA.read_text())
    assert embedded == cluster
