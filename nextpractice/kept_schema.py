"""The migrated empty database, kept with the code, that a new database starts from.

Migrating an empty database from nothing takes a minute and a half of one core (Django renders
its model states again for nearly every migration), and several minutes on a busy machine: most
of a first `make run`, of a fresh `make cluster` and of each test process's set-up. So the
migrated database is kept, once for each engine:

- `scripts/cluster-schema.sql`, PostgreSQL's (pg_dump: tables, indexes and the rows the
  migrations write, such as beat's schedules and the resource domains), with at its end the
  settings the migrations put on the database itself (ALTER DATABASE ... SET), which a dump
  does not carry. `make cluster` and the tests' databases (nextpractice/testing/fixtures.py)
  start from it; `make cluster-schema` writes it again.
- `scripts/embedded-schema.sql`, SQLite's (the sqlite3 module's dump), for `make setup` and so
  `make run`; `make embedded-schema` writes it again.

Each lists at its top the migrations it holds, each with a hash of its file.

    python -m nextpractice.kept_schema migrate       # DATABASE_URL: any database
    python -m nextpractice.kept_schema write FILE    # DATABASE_URL: a freshly migrated one

`migrate` loads the engine's file into a database that has no tables yet, when every migration
the file holds is still on disk unchanged, then lets `manage.py migrate` apply the migrations
newer than it (seconds). If any of them changed or went, or with KEPT_SCHEMA_FRESH=1, it
migrates from nothing, as before, and says why; a database that has tables is migrated as it is.
Write the files again after adding migrations, to keep the newer ones few.
"""

import hashlib
import os
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SCHEMA = ROOT / "scripts" / "cluster-schema.sql"  # PostgreSQL's
EMBEDDED = ROOT / "scripts" / "embedded-schema.sql"  # SQLite's
MIGRATION_LINE = re.compile(r"^-- migration (\S+) (\S+) ([0-9a-f]{64}|-)$")


def _setup():
    sys.path.insert(0, str(ROOT))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "nextpractice.settings")
    import django

    django.setup()


def disk_hashes():
    """{(app label, migration name): sha256 of its file} for every migration on disk, ours
    and the installed packages'."""
    from django.db.migrations.loader import MigrationLoader

    loader = MigrationLoader(None, ignore_no_migrations=True, load=False)
    loader.load_disk()
    hashes = {}
    for key, migration in loader.disk_migrations.items():
        path = sys.modules[type(migration).__module__].__file__
        hashes[key] = hashlib.sha256(Path(path).read_bytes()).hexdigest()
    return hashes


def kept_migrations(text):
    """{(app label, migration name): hash} as the schema file lists them."""
    kept = {}
    for line in text.splitlines():
        match = MIGRATION_LINE.match(line)
        if match:
            kept[match[1], match[2]] = match[3]
        elif line and not line.startswith("--"):
            break  # the list is the file's opening comment
    return kept


def stale(kept, on_disk):
    """The migrations the schema holds that are no longer on disk as they were (changed or
    gone): none means the file plus the newer migrations is the migrated database."""
    return sorted(
        f"{app}.{name}" for (app, name), h in kept.items() if on_disk.get((app, name)) != h
    )


def why_not_usable(schema=SCHEMA):
    """Why the schema file cannot be loaded as the migrated database, or "" when it can."""
    if os.environ.get("KEPT_SCHEMA_FRESH") == "1":
        return "KEPT_SCHEMA_FRESH=1"
    if not schema.exists():
        return f"no {schema.name}"
    changed = stale(kept_migrations(schema.read_text()), disk_hashes())
    if changed:
        return f"changed or gone since it was written: {', '.join(changed[:5])}"
    return ""


def load(database, name, schema=SCHEMA):
    """Load the schema file into the empty database `database` (a URL or a libpq connection
    string; `name` is its name, for the database's own settings), as its owner, who may
    ALTER DATABASE. One transaction: one commit (and one flush to disk), not one a statement.
    Only when why_not_usable() is ""."""
    subprocess.run(
        ["psql", "-X", "-q", "--single-transaction", "-v", "ON_ERROR_STOP=1",
         "-v", f"dbname={name}", "-f", str(schema), database],
        check=True,
        stdout=subprocess.DEVNULL,
    )  # fmt: skip


def load_sqlite(path, schema=EMBEDDED):
    """Load the SQLite schema file into the new database file `path`, in one transaction (the
    dump begins and commits it). Only when why_not_usable(schema) is ""."""
    import sqlite3

    from django.db.backends.sqlite3._functions import register

    database = sqlite3.connect(path)
    # The functions Django gives each SQLite connection, which indexes and constraints may
    # name (a constraint or index on MD5, REGEXP_LIKE..., as a migration may write one).
    register(database)
    try:
        database.executescript(schema.read_text())
    finally:
        database.close()


def schema_for(vendor):
    return EMBEDDED if vendor == "sqlite" else SCHEMA


def migrate():
    """The database at DATABASE_URL migrated: from the kept schema if it has no tables yet and
    the schema may be used, else as it is (from nothing when it is empty)."""
    _setup()
    from django.core.management import call_command
    from django.db import connection
    from django.db.migrations.executor import MigrationExecutor

    began = time.monotonic()
    schema = schema_for(connection.vendor)
    migrated_already = bool(connection.introspection.table_names())
    why_not = "" if migrated_already else why_not_usable(schema)
    if not (migrated_already or why_not):
        if connection.vendor == "sqlite":
            connection.close()
            load_sqlite(connection.settings_dict["NAME"], schema)
        elif shutil.which("psql") is None:
            why_not = "psql, which loads it, is not installed"
        else:
            load(os.environ["DATABASE_URL"], connection.settings_dict["NAME"], schema)
    executor = MigrationExecutor(connection)
    newer = len(executor.migration_plan(executor.loader.graph.leaf_nodes()))
    call_command("migrate", interactive=False, verbosity=0)
    took = time.monotonic() - began
    if migrated_already:
        print(f"The database was migrated already; {newer} newer migrations applied.")
    elif why_not:
        print(f"Migrated from nothing ({why_not}): {newer} migrations in {took:.0f}s.")
        if not os.environ.get("KEPT_SCHEMA_FRESH"):
            print(f"`make {schema.stem}` writes scripts/{schema.name} again.")
    else:
        kept = kept_migrations(schema.read_text())
        print(
            f"Loaded {schema.name} ({len(kept)} migrations) and applied {newer} newer "
            f"in {took:.0f}s."
        )


def write(out):
    """The database at DATABASE_URL (migrated from nothing, nothing else in it) as the file."""
    _setup()
    from django.db import connection

    if connection.vendor == "sqlite":
        return write_sqlite(out)
    with connection.cursor() as cursor:
        cursor.execute("SELECT app, name FROM django_migrations ORDER BY id")
        applied = cursor.fetchall()
        cursor.execute(
            "SELECT unnest(setconfig) FROM pg_db_role_setting WHERE setrole = 0 AND "
            "setdatabase = (SELECT oid FROM pg_database WHERE datname = current_database())"
        )
        settings = [row[0].split("=", 1) for row in cursor.fetchall()]
    on_disk = disk_hashes()
    dump = subprocess.run(
        ["pg_dump", "--no-owner", "--no-privileges", os.environ["DATABASE_URL"]],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    # pg_dump's \restrict guard has a new random key each time (and older psql refuses it):
    # this file is ours and reviewed, so it goes, and the file changes only with the schema.
    guard = ("\\restrict", "\\unrestrict")
    body = "".join(line for line in dump.splitlines(keepends=True) if not line.startswith(guard))
    head = [
        "-- Next Practice's database migrated from nothing, for `make cluster` to start from.",
        "-- Written by `make cluster-schema` (scripts/cluster_schema.py); do not edit. Used only",
        "-- while every migration below is on disk unchanged; newer ones are applied on top.",
    ]
    head += [f"-- migration {app} {name} {on_disk.get((app, name), '-')}" for app, name in applied]
    tail = [
        "-- The database's own settings, which a dump does not carry (psql's -v dbname=...).",
        *(
            f"ALTER DATABASE :\"dbname\" SET {name} TO '{value.replace(chr(39), chr(39) * 2)}';"
            for name, value in settings
        ),
    ]
    Path(out).write_text("\n".join(head) + "\n" + body + "\n".join(tail) + "\n")
    print(f"Wrote {out}: {len(applied)} migrations, {len(settings)} database settings.")


def write_sqlite(out):
    """The SQLite database at DATABASE_URL (migrated from nothing) as the file."""
    import sqlite3

    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("SELECT app, name FROM django_migrations ORDER BY id")
        applied = cursor.fetchall()
    on_disk = disk_hashes()
    database = sqlite3.connect(connection.settings_dict["NAME"])
    try:
        body = "\n".join(database.iterdump())
    finally:
        database.close()
    head = [
        "-- Next Practice's SQLite database migrated from nothing, for `make setup` to start",
        "-- from. Written by `make embedded-schema` (nextpractice/kept_schema.py); do not edit.",
        "-- Used only while every migration below is on disk unchanged; newer ones go on top.",
    ]
    head += [f"-- migration {app} {name} {on_disk.get((app, name), '-')}" for app, name in applied]
    Path(out).write_text("\n".join(head) + "\n" + body + "\n")
    print(f"Wrote {out}: {len(applied)} migrations.")


if __name__ == "__main__":
    command = sys.argv[1:2]
    if command == ["migrate"]:
        migrate()
    elif command == ["write"] and len(sys.argv) == 3:
        write(sys.argv[2])
    else:
        sys.exit(__doc__)
