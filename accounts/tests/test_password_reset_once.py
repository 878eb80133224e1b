"""A reset form sent twice (a double click, a retried post) sends one e-mail: its one-off
token is claimed in the database before a link goes."""

import re

import pytest
from django.core import mail
from django.test import Client
from django.urls import reverse

from accounts.tests.factories import UserFactory
from nextpractice import once
from nextpractice.testing.races import at_once

pytestmark = pytest.mark.django_db
ADDRESS = "head@school.example"
URL = reverse("accounts:password_reset")


def token_of_form(client):
    """The one-off token of the reset form as a person's browser receives it."""
    page = client.get(URL).content.decode()
    return re.search(rf'name="{once.FIELD}" value="([^"]+)"', page).group(1)


def send(client, token, ip="192.0.2.1"):
    return client.post(URL, {"email": ADDRESS, once.FIELD: token}, REMOTE_ADDR=ip)


def test_the_form_sent_twice_sends_one_link_and_both_land_on_the_sent_page(client):
    UserFactory(email=ADDRESS)
    token = token_of_form(client)
    first, second = send(client, token), send(client, token)
    assert first.status_code == second.status_code == 302
    assert first["Location"] == second["Location"] == reverse("accounts:password_reset_done")
    assert len(mail.outbox) == 1


def test_the_form_opened_again_may_send_another_link(client):
    UserFactory(email=ADDRESS)
    send(client, token_of_form(client))
    send(client, token_of_form(client))
    assert len(mail.outbox) == 2


def test_a_refused_address_does_not_use_up_the_form(client):
    """A mistyped address is answered beside the field; corrected, the same form sends."""
    UserFactory(email=ADDRESS)
    token = token_of_form(client)
    refused = client.post(URL, {"email": "not an address", once.FIELD: token})
    assert refused.status_code == 400
    assert send(client, token).status_code == 302
    assert len(mail.outbox) == 1


@pytest.mark.django_db(transaction=True)
def test_six_simultaneous_posts_of_one_form_send_one_link():
    """Run on PostgreSQL (CI): the token's row lock decides which post sends."""
    UserFactory(email=ADDRESS)
    token = token_of_form(Client())
    statuses, errors = at_once(
        [lambda ip=f"192.0.2.{i + 1}": send(Client(), token, ip).status_code for i in range(6)]
    )
    assert not errors
    assert statuses == [302] * 6
    assert len(mail.outbox) == 1


@pytest.fixture
def queued(monkeypatch):
    """The e-mail jobs queued, as their kwargs, each also run as queued."""
    from accounts.tasks import send_email

    jobs, apply_async = [], send_email.apply_async

    def recorded(args=None, kwargs=None, **options):
        jobs.append(kwargs)
        return apply_async(args, kwargs, **options)

    monkeypatch.setattr(send_email, "apply_async", recorded)
    return jobs


@pytest.mark.parametrize("active", [True, False], ids=["reset link", "switched off"])
def test_a_reset_e_mail_job_delivered_twice_sends_one_e_mail(client, queued, active):
    """The job is run again when its worker dies before saying it was done, or retried when
    the mail server took the e-mail and then failed: it sent it twice (tester Z)."""
    UserFactory(email=ADDRESS, is_active=active)
    send(client, token_of_form(client))
    [message] = mail.outbox
    assert ("/accounts/reset/" in message.body) is active
    assert ("switched off" in message.subject) is not active
    from accounts.tasks import send_email

    [kwargs] = queued
    assert send_email.apply(kwargs=kwargs).get() == 0  # delivered again
    assert len(mail.outbox) == 1
    # Asked for again, it is another e-mail.
    send(client, token_of_form(client))
    assert len(mail.outbox) == 2


def test_the_e_mail_task_run_twice_with_the_same_arguments_sends_one_e_mail():
    from accounts.tasks import send_email

    message = {"subject": "Reset your password", "body": "A link", "to": [ADDRESS]}
    assert send_email(**message, key="one e-mail") == 1
    assert send_email(**message, key="one e-mail") == 0
    assert len(mail.outbox) == 1
    # A job queued without a key (before keys were given) goes once for its id.
    assert send_email.apply(kwargs=message, task_id="a-job-id").get() == 1
    assert send_email.apply(kwargs=message, task_id="a-job-id").get() == 0
    assert len(mail.outbox) == 2
