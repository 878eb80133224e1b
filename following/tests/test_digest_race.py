"""Two digest jobs for one person at the same moment (a job delivered twice, or the daily and
a manual run) send one e-mail: the claim under the person's row lock decides, and the unique
DigestItem stands behind it."""

import threading

import pytest
from django.core import mail

from following.services import choose_digest, follow
from following.tasks import send_digest_to
from following.tests.factories import fill


@pytest.mark.django_db(transaction=True)
def test_six_digest_jobs_for_one_person_at_once_send_one_email(world):
    from django.db import connection, connections

    if connection.vendor != "postgresql":
        pytest.skip("needs concurrent writers: run with DATABASE_URL set to PostgreSQL")
    leader = world.users["leader"]
    follow(user=leader, subject=world.coral)
    choose_digest(user=leader, frequency="daily")
    fill(world.coral, world.users["officer"], 5, minutes_ago=-1)
    start = threading.Barrier(6)
    sent, errors = [], []

    def run():
        try:
            start.wait()
            sent.append(send_digest_to(leader.pk))
        except Exception as error:  # reported below
            errors.append(error)
        finally:
            connections.close_all()

    workers = [threading.Thread(target=run) for _ in range(6)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(timeout=60)
    assert not errors
    assert sorted(sent) == [0, 0, 0, 0, 0, 1]
    assert len(mail.outbox) == 1
