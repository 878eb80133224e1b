"""Prometheus metrics: for operators only (a scraper's token or a staff session), with the
job queue's health among them. The persona matrix is in test_access.py."""

import pytest
from django.utils import timezone

from accounts.tests.factories import UserFactory
from programmes.tests.factories import ProjectFactory
from reports.models import Report

pytestmark = pytest.mark.django_db

TOKEN = "a-long-random-scraper-token-0123456789"


@pytest.fixture
def token(settings):
    settings.METRICS_TOKEN = TOKEN
    return f"Bearer {TOKEN}"


def test_a_scraper_with_the_token_reads_request_and_job_queue_metrics(client, token):
    client.get("/accounts/sign-in/")  # at least one request counted
    Report.objects.create(project=ProjectFactory(), requested_at=timezone.now())
    response = client.get("/metrics", HTTP_AUTHORIZATION=token)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/plain")
    body = response.content.decode()
    assert "django_http_requests_before_middlewares_total" in body
    assert 'django_http_responses_total_by_status_total{status="200"}' in body
    assert 'nextpractice_jobs{kind="reports",state="waiting"} 1.0' in body
    assert 'nextpractice_jobs_oldest_waiting_seconds{kind="reports"}' in body


@pytest.mark.parametrize(
    "header",
    [None, "Bearer wrong-token", f"Bearer {TOKEN}x", TOKEN, f"Basic {TOKEN}"],
)
def test_anyone_else_is_told_there_is_no_such_page(client, token, header):
    extra = {"HTTP_AUTHORIZATION": header} if header else {}
    assert client.get("/metrics", **extra).status_code == 404


def test_with_no_token_set_no_header_opens_them_and_staff_still_read_them(client, settings):
    settings.METRICS_TOKEN = ""
    assert client.get("/metrics", HTTP_AUTHORIZATION="Bearer ").status_code == 404
    client.force_login(UserFactory(is_staff=False))
    assert client.get("/metrics").status_code == 404
    client.force_login(UserFactory(is_staff=True))
    assert client.get("/metrics").status_code == 200


def test_each_server_is_scraped_by_its_address_over_plain_http(client, settings, token):
    settings.ALLOWED_HOSTS = ["nextpractice.example.org"]
    settings.SECURE_SSL_REDIRECT = True
    scraped = client.get("/metrics", HTTP_HOST="10.0.0.7:8000", HTTP_AUTHORIZATION=token)
    assert scraped.status_code == 200
    assert scraped["Cache-Control"] == "private, no-store"
    # Without the token the request goes the usual way: a host not allowed is refused.
    assert client.get("/metrics", HTTP_HOST="10.0.0.7:8000").status_code == 400
