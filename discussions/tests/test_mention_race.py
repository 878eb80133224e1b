"""A post's mentions handled several times at the same moment tell each person once: the
notification's unique key decides in the database, not a read before the write."""

import threading

import pytest

from accounts.models import Notification, NotificationKind
from discussions.services import notify_mentions, reply


@pytest.mark.django_db(transaction=True)
def test_six_handlings_of_one_post_at_the_same_moment_tell_the_mentioned_once(world):
    from django.db import connection, connections

    if connection.vendor != "postgresql":
        pytest.skip("needs concurrent writers: run with DATABASE_URL set to PostgreSQL")
    post = reply(
        thread=world.kestrel_thread,
        body="Over to @[Consultant Person]",
        actor=world.users["leader"],
    )
    Notification.objects.all().delete()  # as if the post's own handling had not run yet
    start = threading.Barrier(6)
    told, errors = [], []

    def handle():
        try:
            start.wait()
            told.extend(notify_mentions(post=post))
        except Exception as error:  # reported below
            errors.append(error)
        finally:
            connections.close_all()

    workers = [threading.Thread(target=handle) for _ in range(6)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(timeout=60)
    assert not errors
    assert len(told) == 1
    assert Notification.objects.filter(kind=NotificationKind.MENTION).count() == 1
