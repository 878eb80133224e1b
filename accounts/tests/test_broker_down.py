"""A broker that is down refuses the job with a readable message; nothing typed is lost.

No mock: the app is pointed at a real address where nothing listens.
"""

import socket
import time

import pytest
from django.core import mail
from django.urls import reverse

from accounts.tests.factories import UserFactory
from nextpractice.jobs import JobRefused, send_job
from nextpractice.testing.worker import celery_sending_to, celery_settings_for

pytestmark = pytest.mark.django_db


def closed_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]  # released on close: nothing listens there


@pytest.fixture
def broker_down(monkeypatch):
    """Redis is down, and the app is configured as a server whose only Celery setting is
    that Redis's address (so a default result store there is down too)."""
    down = f"redis://127.0.0.1:{closed_port()}/0"
    conf = celery_settings_for(down)
    conf.pop("broker_url")
    with celery_sending_to(down, monkeypatch, **conf):
        yield


def test_with_the_broker_down_a_job_is_refused_within_a_few_seconds(broker_down):
    from accounts.tasks import send_email

    started = time.monotonic()
    with pytest.raises(JobRefused):
        send_job(send_email, subject="Hello", body="Hello", to=["head@school.example"])
    assert time.monotonic() - started < 5


def test_password_reset_with_the_broker_down_says_so_and_keeps_the_address(client, broker_down):
    UserFactory(email="head@school.example")
    response = client.post(reverse("accounts:password_reset"), {"email": "head@school.example"})
    body = response.content.decode()
    assert response.status_code == 503
    assert "background job service is not responding" in body
    assert 'value="head@school.example"' in body
    assert mail.outbox == []


def test_a_named_result_store_that_is_down_refuses_the_job_within_a_few_seconds(
    monkeypatch, redis_url
):
    """An operator who sets CELERY_RESULT_BACKEND gets results kept; when that store is
    down, the job is refused in seconds, not after Celery's twenty reconnects."""
    from accounts.tasks import send_email

    down = f"redis://127.0.0.1:{closed_port()}/0"
    conf = celery_settings_for(redis_url, CELERY_RESULT_BACKEND=down)
    assert conf["result_backend"] == down and conf["task_ignore_result"] is False
    conf.pop("broker_url")
    with celery_sending_to(redis_url, monkeypatch, **conf):
        started = time.monotonic()
        with pytest.raises(JobRefused):
            send_job(send_email, subject="Hello", body="Hello", to=["head@school.example"])
    assert time.monotonic() - started < 8
