"""Password reset e-mails are limited per address and per client, decided in the database,
and the answer never says whether an address has an account or was held back."""

from datetime import datetime, timedelta

import pytest
from django.core import mail
from django.test import Client
from django.urls import reverse

from accounts import views
from accounts.models import ThrottleBucket
from accounts.tests.factories import UserFactory
from nextpractice.testing.races import at_once

pytestmark = pytest.mark.django_db
ADDRESS = "head@school.example"
HOUR = timedelta(hours=1)


def ask(client, email, ip="192.0.2.1"):
    return client.post(reverse("accounts:password_reset"), {"email": email}, REMOTE_ADDR=ip)


def hour_ago(buckets):
    """Move every use recorded in `buckets` an hour into the past."""
    for bucket in buckets:
        bucket.times = [(datetime.fromisoformat(t) - HOUR).isoformat() for t in bucket.times]
        bucket.expires_at -= HOUR
        bucket.save()


def answer(response):
    """What a person sees: the status, where it sends them and the page they land on."""
    landing = Client().get(response["Location"]) if response.status_code == 302 else response
    return response.status_code, response.get("Location"), landing.content.decode()


@pytest.mark.parametrize("clients", [1, 12], ids=["from one client", "from twelve clients"])
def test_twelve_requests_for_one_address_in_a_moment_send_five_emails(client, clients):
    UserFactory(email=ADDRESS)
    for i in range(12):
        assert ask(client, ADDRESS, ip=f"192.0.2.{i % clients + 1}").status_code == 302
    assert len(mail.outbox) == 5
    assert {m.to[0] for m in mail.outbox} == {ADDRESS}


def test_the_address_limit_ignores_case_and_spaces(client):
    UserFactory(email=ADDRESS)
    for i, typed in enumerate([ADDRESS, ADDRESS.upper(), f" {ADDRESS} ", "Head@School.example"]):
        ask(client, typed, ip=f"192.0.2.{i + 1}")
        ask(client, typed, ip=f"192.0.2.{i + 1}")
    assert len(mail.outbox) == 5


def test_a_school_sharing_one_address_may_each_have_a_link_up_to_forty_an_hour(client):
    """A school's staff reach us from one IP address: six of them at a staff meeting each get
    their link (the sixth used to get nothing, silently); one client may not ask for more
    than forty an hour."""
    limit = views.PASSWORD_RESETS_PER_HOUR_FROM_ONE_CLIENT
    assert limit >= 30
    for i in range(limit + 2):
        UserFactory(email=f"teacher{i}@school.example")
    for i in range(limit + 2):
        assert ask(client, f"teacher{i}@school.example").status_code == 302
    assert len(mail.outbox) == limit
    # Another client is not held back by that one.
    ask(client, f"teacher{limit + 1}@school.example", ip="198.51.100.7")
    assert len(mail.outbox) == limit + 1


def test_the_answer_is_the_same_for_a_sent_link_an_unknown_address_and_a_held_back_one(client):
    UserFactory(email=ADDRESS)
    sent = answer(ask(client, ADDRESS, ip="192.0.2.1"))
    assert len(mail.outbox) == 1
    unknown = answer(ask(client, "nobody@school.example", ip="192.0.2.2"))
    for _ in range(4):
        ask(client, ADDRESS, ip="192.0.2.3")
    assert len(mail.outbox) == 5
    held_back = answer(ask(client, ADDRESS, ip="192.0.2.4"))
    assert len(mail.outbox) == 5
    assert sent == unknown == held_back
    assert sent[0] == 302 and "Check your e-mail" in sent[2]


def test_an_hour_later_the_address_may_have_links_again(client):
    UserFactory(email=ADDRESS)
    for _ in range(6):
        ask(client, ADDRESS)
    assert len(mail.outbox) == 5
    hour_ago(ThrottleBucket.objects.all())
    ask(client, ADDRESS)
    assert len(mail.outbox) == 6


def test_no_email_or_ip_address_is_stored(client):
    UserFactory(email=ADDRESS)
    ask(client, ADDRESS, ip="203.0.113.9")
    rows = [str(row) for row in ThrottleBucket.objects.values_list()]
    assert len(rows) == 3  # the address's and the client's limits, and the e-mail's claim
    assert not any("head" in row or "school" in row or "203.0.113" in row for row in rows)


@pytest.mark.django_db(transaction=True)
@pytest.mark.parametrize("same", ["address", "client"])
def test_sixteen_simultaneous_requests_send_five_emails(same, monkeypatch):
    """Run on PostgreSQL (CI): every request races for the same limit; its row lock makes
    them queue, in however many processes they run. The client's limit is set to the
    address's for the race (sixteen at once stay under forty)."""
    monkeypatch.setattr(views, "PASSWORD_RESETS_PER_HOUR_FROM_ONE_CLIENT", 5)
    emails = [ADDRESS] * 16 if same == "address" else [f"t{i}@school.example" for i in range(16)]
    ips = [f"192.0.2.{i + 1}" for i in range(16)] if same == "address" else ["192.0.2.1"] * 16
    for email in set(emails):
        UserFactory(email=email)
    statuses, errors = at_once(
        [
            lambda email=email, ip=ip: ask(Client(), email, ip).status_code
            for email, ip in zip(emails, ips, strict=True)
        ],
        timeout=60,
    )
    assert not errors
    assert statuses == [302] * 16
    assert len(mail.outbox) == 5
