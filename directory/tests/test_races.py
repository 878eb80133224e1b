"""Confirming happens once: many confirmations of one import at the same moment send one
import job and write one event; two imports confirmed at once never run together.

Threads post with their own database connections, on PostgreSQL (CI); skipped on SQLite,
which has no row-level concurrency. Jobs go through a real Redis to a queue no worker
reads, so that each job sent can be counted.
"""

import threading
import uuid

import pytest
from django.contrib.messages import get_messages
from django.db import connection, connections
from django.test import Client
from django.urls import reverse

from accounts.models import Event
from accounts.tests.factories import UserFactory
from directory.models import OrganisationImport
from nextpractice.testing.worker import celery_sending_to

from .factories import OrganisationImportFactory

pytestmark = pytest.mark.django_db(transaction=True)
BUSY = "Another import is being made just now."


@pytest.fixture
def queued_jobs(redis_url, monkeypatch):
    import redis

    queue = f"test-{uuid.uuid4().hex[:8]}"
    client = redis.Redis.from_url(redis_url)
    with celery_sending_to(redis_url, monkeypatch, task_routes={"*": {"queue": queue}}):
        yield lambda: client.llen(queue)
    client.delete(queue, f"_kombu.binding.{queue}")


def post_at_once(posts):
    """Send (client, url) posts from threads released together; (responses, errors)."""
    start = threading.Barrier(len(posts))
    responses, errors = [], []

    def post(client, url):
        try:
            start.wait()
            responses.append(client.post(url))
        except Exception as error:  # reported by the test
            errors.append(error)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=post, args=pair) for pair in posts]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return responses, errors


def administrator():
    client = Client()
    client.force_login(UserFactory(is_staff=True))
    return client


def confirm_url(item):
    return reverse("directory:import_confirm", args=[item.pk])


def test_ten_confirmations_at_the_same_moment_send_one_import_job(queued_jobs):
    if connection.vendor != "postgresql":
        pytest.skip("needs real concurrency: run with DATABASE_URL set to PostgreSQL")
    item = OrganisationImportFactory(previewed=True)
    responses, errors = post_at_once([(administrator(), confirm_url(item))] * 10)
    assert not errors
    assert [r.status_code for r in responses] == [302] * 10
    assert queued_jobs() == 1
    assert Event.objects.filter(verb="directory.import_confirmed").count() == 1
    item.refresh_from_db()
    assert item.state == OrganisationImport.State.IMPORTING


def test_two_imports_confirmed_at_the_same_moment_never_run_together(queued_jobs):
    if connection.vendor != "postgresql":
        pytest.skip("needs real concurrency: run with DATABASE_URL set to PostgreSQL")
    first, second = (OrganisationImportFactory(previewed=True) for _ in range(2))
    responses, errors = post_at_once(
        [(administrator(), confirm_url(first)), (administrator(), confirm_url(second))]
    )
    assert not errors
    assert queued_jobs() == 1
    states = set(OrganisationImport.objects.values_list("state", flat=True))
    assert states == {"importing", "previewed"}
    told = [str(m) for r in responses for m in get_messages(r.wsgi_request)]
    assert sum(m.startswith(BUSY) for m in told) == 1
