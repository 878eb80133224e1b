"""`make run` on SQLite: the web server and its worker write one file at the same time."""

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

# Another process (the worker, say) holds the write lock for half a second while this one
# reads and then writes in one transaction, as a service does.
BOTH_WRITE = """
import sqlite3, threading
from django.db import connection, transaction

with connection.cursor() as cursor:
    cursor.execute("CREATE TABLE jobs (n integer)")
    cursor.execute("PRAGMA journal_mode")
    print(cursor.fetchone()[0])
    cursor.execute("PRAGMA busy_timeout")
    print(cursor.fetchone()[0])

worker = sqlite3.connect(connection.settings_dict["NAME"], isolation_level=None,
                         check_same_thread=False)
worker.execute("BEGIN IMMEDIATE")
worker.execute("INSERT INTO jobs VALUES (1)")
threading.Timer(0.5, worker.execute, ["COMMIT"]).start()

with transaction.atomic():
    with connection.cursor() as cursor:
        cursor.execute("SELECT count(*) FROM jobs")
        cursor.execute("INSERT INTO jobs VALUES (2)")
with connection.cursor() as cursor:
    cursor.execute("SELECT count(*) FROM jobs")
    print(cursor.fetchone()[0])
"""


def test_two_processes_writing_the_sqlite_file_wait_their_turn(tmp_path):
    """WAL (readers and the writer do not block each other), a busy timeout, and transactions
    that take the write lock as they begin: without the last, one that read first is refused
    at once ("database is locked") when the other process wrote in between."""
    database = tmp_path / "db.sqlite3"
    result = subprocess.run(
        [sys.executable, "manage.py", "shell", "--no-imports", "-c", BOTH_WRITE],
        cwd=ROOT,
        env={**os.environ, "DATABASE_URL": f"sqlite:///{database}", "DJANGO_DEBUG": "1"},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["wal", "20000", "2"]
