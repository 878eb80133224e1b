"""A broker that is down refuses the job with a readable message; nothing typed is lost.

No mock: the app is pointed at a real address where nothing listens.
"""

import socket

import pytest
from django.core import mail
from django.urls import reverse

from accounts.tests.factories import UserFactory
from nextpractice.testing.worker import celery_sending_to

pytestmark = pytest.mark.django_db


def closed_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]  # released on close: nothing listens there


@pytest.fixture
def broker_down(monkeypatch):
    down = f"redis://127.0.0.1:{closed_port()}/0"
    transport = {"socket_connect_timeout": 1, "max_retries": 0}
    with celery_sending_to(down, monkeypatch, broker_transport_options=transport):
        yield


def test_password_reset_with_the_broker_down_says_so_and_keeps_the_address(client, broker_down):
    UserFactory(email="head@school.example")
    response = client.post(reverse("accounts:password_reset"), {"email": "head@school.example"})
    body = response.content.decode()
    assert response.status_code == 503
    assert "background job service is not responding" in body
    assert 'value="head@school.example"' in body
    assert mail.outbox == []
