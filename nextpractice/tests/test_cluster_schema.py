"""`make cluster` starts from the migrated schema kept with the code (scripts/cluster-schema.sql)
only while every migration it holds is on disk unchanged; newer migrations go on top."""

import importlib.util
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
spec = importlib.util.spec_from_file_location("cluster_schema", ROOT / "scripts/cluster_schema.py")
cluster_schema = importlib.util.module_from_spec(spec)
spec.loader.exec_module(cluster_schema)

A, B = "a" * 64, "b" * 64
HEAD = f"""-- Next Practice's database migrated from nothing.
-- migration accounts 0001_initial {A}
-- migration fieldtrials 0002_more {B}
--
SET statement_timeout = 0;
-- migration not_in_the_list 0001 {A}
"""


def test_the_list_of_migrations_is_read_from_the_files_opening_comment_only():
    assert cluster_schema.kept_migrations(HEAD) == {
        ("accounts", "0001_initial"): A,
        ("fieldtrials", "0002_more"): B,
    }


def test_migrations_added_since_leave_the_schema_usable():
    kept = cluster_schema.kept_migrations(HEAD)
    on_disk = {**kept, ("fieldtrials", "0003_newer"): A}
    assert cluster_schema.stale(kept, on_disk) == []


def test_a_migration_changed_or_gone_since_makes_it_unusable():
    kept = cluster_schema.kept_migrations(HEAD)
    assert cluster_schema.stale(kept, {("accounts", "0001_initial"): A}) == [
        "fieldtrials.0002_more"
    ]
    changed = {("accounts", "0001_initial"): B, ("fieldtrials", "0002_more"): B}
    assert cluster_schema.stale(kept, changed) == ["accounts.0001_initial"]


def test_the_kept_schema_lists_the_migrations_it_holds_with_their_hashes():
    kept = cluster_schema.kept_migrations((ROOT / "scripts/cluster-schema.sql").read_text())
    assert ("contenttypes", "0001_initial") in kept and ("accounts", "0001_initial") in kept
    assert all(len(h) == 64 for h in kept.values())
