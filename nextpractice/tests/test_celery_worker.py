"""A real task goes through Redis to a real worker and its result comes back.

The worker and Redis come from nextpractice/testing/worker.py. The app keeps no results
unless an operator names a result store (CELERY_RESULT_BACKEND): this worker is given one.
"""

from celery import Celery


def test_a_real_task_goes_through_redis_to_a_worker_and_back(redis_url, start_worker):
    queue = start_worker(env={"CELERY_RESULT_BACKEND": redis_url})
    client = Celery(broker=redis_url, backend=redis_url)
    result = client.send_task(
        "accounts.tasks.send_email",
        kwargs={"subject": "Report ready", "body": "Your report is ready.", "to": ["a@b.org"]},
        queue=queue,
    )
    # The worker's locmem backend counts the message it sent: 1 means it really ran.
    assert result.get(timeout=60) == 1
    assert result.status == "SUCCESS"
