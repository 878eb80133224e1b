"""A real task goes through Redis to a real worker and its result comes back.

The worker and Redis come from nextpractice/testing/worker.py. The app keeps no results
unless an operator names a result store (CELERY_RESULT_BACKEND): this worker is given one.
It reads and writes the test's database (an e-mail job claims its e-mail there first), so
the test runs on PostgreSQL only.
"""

import pytest
from celery import Celery
from django.db import connection

from nextpractice.testing.worker import worker_environment


@pytest.mark.django_db(transaction=True)
def test_a_real_task_goes_through_redis_to_a_worker_and_back(redis_url, start_worker, settings):
    if connection.vendor != "postgresql":
        pytest.skip("needs PostgreSQL: a worker process cannot open the test's SQLite database")
    queue = start_worker(env={"CELERY_RESULT_BACKEND": redis_url, **worker_environment(settings)})
    # A client of its own, not made the current app: the project's tasks, wherever later
    # tests send them, would go with it (to its broker, unrouted) and never reach their worker.
    client = Celery(broker=redis_url, backend=redis_url, set_as_current=False)
    try:
        result = client.send_task(
            "accounts.tasks.send_email",
            kwargs={"subject": "Report ready", "body": "Your report is ready.", "to": ["a@b.org"]},
            queue=queue,
        )
        # The worker's locmem backend counts the message it sent: 1 means it really ran.
        assert result.get(timeout=60) == 1
        assert result.status == "SUCCESS"
    finally:
        client.close()
    from celery import current_app

    from nextpractice.celery import app

    assert current_app.main == app.main
