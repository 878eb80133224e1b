"""Several requests at the same moment, for tests of what the database decides (PostgreSQL:
real row locks and unique constraints; SQLite has one writer, so such a test is skipped)."""

import threading

import pytest
from django.db import connection, connections


def at_once(calls, *, needs="real row locks", timeout=30):
    """Run each call in its own thread, released together: (results, errors), each in the
    order the calls finished; each thread is waited for `timeout` seconds at most. Skips the
    test on anything but PostgreSQL."""
    if connection.vendor != "postgresql":
        pytest.skip(f"needs {needs}: run with DATABASE_URL set to PostgreSQL")
    start = threading.Barrier(len(calls))
    results, errors = [], []

    def run(call):
        try:
            start.wait()
            results.append(call())
        except Exception as error:  # reported by the test
            errors.append(error)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=run, args=(c,)) for c in calls]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=timeout)
    return results, errors
