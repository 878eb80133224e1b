"""A broker that is down refuses the job with a readable message; nothing typed is lost.

No mock: the app is pointed at a real address where nothing listens.
"""

import socket

import pytest
from django.core import mail
from django.urls import reverse

from accounts.tests.factories import UserFactory
from nextpractice.celery import app

pytestmark = pytest.mark.django_db


def closed_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]  # released on close: nothing listens there


@pytest.fixture
def broker_down(monkeypatch):
    keys = ["task_always_eager", "broker_url", "broker_write_url", "broker_transport_options"]
    saved = {key: app.conf.get(key) for key in keys}
    down = f"redis://127.0.0.1:{closed_port()}/0"
    # Celery prefers the environment's CELERY_BROKER_URL (set in CI) over its config.
    monkeypatch.setenv("CELERY_BROKER_URL", down)
    app.conf.task_always_eager = False
    app.conf.broker_url = down
    app.conf.broker_write_url = down
    app.conf.broker_transport_options = {"socket_connect_timeout": 1, "max_retries": 0}
    app._pool = None
    app.amqp._producer_pool = None  # a pool kept from an earlier job would skip the broker
    yield
    app.conf.update(saved)
    app._pool = None
    app.amqp._producer_pool = None


def test_password_reset_with_the_broker_down_says_so_and_keeps_the_address(client, broker_down):
    UserFactory(email="head@school.example")
    response = client.post(reverse("accounts:password_reset"), {"email": "head@school.example"})
    body = response.content.decode()
    assert response.status_code == 503
    assert "background job service is not responding" in body
    assert 'value="head@school.example"' in body
    assert mail.outbox == []
