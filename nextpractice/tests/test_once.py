"""A form sent twice is acted on once (nextpractice/once.py), shown on starting an exercise:
a create with no natural key of its own, so only the form's one-off token tells a double
click from a second exercise wanted on purpose."""

import re
import threading

import pytest
from django.test import Client
from django.urls import reverse

from accounts.models import FormSubmission
from nextpractice.once import ALREADY_SENT
from toolkit.models import Exercise
from toolkit.tests.factories import ToolVersionFactory

START = reverse("toolkit:exercise_start")


@pytest.fixture
def tool(db):
    return ToolVersionFactory(tool__title="Delta 6", tool__slug="delta-6").tool


def token_on(response):
    found = re.search(r'name="once" value="([^"]+)"', response.content.decode())
    assert found, "the form carries no one-off token"
    return found.group(1)


def start_form(world, tool, token, title="Delta 6 with Coral"):
    return {"tool": tool.pk, "title": title, "group": f"trial-{world.coral.pk}", "once": token}


def test_each_showing_of_a_form_has_its_own_token_and_showing_it_writes_nothing(client, world):
    client.force_login(world.users["consultant"])
    first, second = token_on(client.get(START)), token_on(client.get(START))
    assert first != second
    assert not FormSubmission.objects.exists()


def test_a_double_click_starts_one_exercise_and_the_second_click_lands_on_it(client, world, tool):
    client.force_login(world.users["consultant"])
    token = token_on(client.get(START))
    first = client.post(START, start_form(world, tool, token))
    again = client.post(START, start_form(world, tool, token))
    exercise = Exercise.objects.get(title="Delta 6 with Coral")
    assert first.status_code == again.status_code == 302
    assert first["Location"] == again["Location"] == exercise.get_absolute_url()
    assert ALREADY_SENT in client.get(again["Location"]).content.decode()


def test_a_triple_click_says_it_was_saved_once_only_once(client, world, tool):
    client.force_login(world.users["consultant"])
    token = token_on(client.get(START))
    for _ in range(3):
        landed = client.post(START, start_form(world, tool, token))
    page = client.get(landed["Location"]).content.decode()
    assert page.count(ALREADY_SENT) == 1
    assert "The exercise is started" in page  # the first post's own message is kept
    assert Exercise.objects.filter(title="Delta 6 with Coral").count() == 1


def test_a_form_sent_again_after_a_refusal_is_acted_on(client, world, tool):
    client.force_login(world.users["consultant"])
    token = token_on(client.get(START))
    refused = client.post(START, start_form(world, tool, token, title=""))
    assert refused.status_code == 400
    assert "Delta 6" in refused.content.decode()  # what they chose is still there
    corrected = client.post(START, start_form(world, tool, token))
    assert corrected.status_code == 302
    assert Exercise.objects.filter(title="Delta 6 with Coral").count() == 1


def test_a_new_showing_of_the_form_starts_a_second_exercise_on_purpose(client, world, tool):
    client.force_login(world.users["consultant"])
    for _ in range(2):
        client.post(START, start_form(world, tool, token_on(client.get(START))))
    assert Exercise.objects.filter(title="Delta 6 with Coral").count() == 2


def test_another_persons_token_is_not_theirs_to_replay(client, world, tool):
    client.force_login(world.users["consultant"])
    token = token_on(client.get(START))
    client.post(START, start_form(world, tool, token))
    client.force_login(world.users["officer"])
    response = client.post(START, start_form(world, tool, token, title="Officer's own"))
    assert response.status_code == 302
    assert not Exercise.objects.filter(title="Officer's own").exists()


@pytest.mark.django_db(transaction=True)
def test_twelve_posts_of_one_form_at_the_same_moment_start_one_exercise(world, tool):
    """Run on PostgreSQL (CI): the claim's unique constraint decides between the posts."""
    from django.db import connection, connections

    if connection.vendor != "postgresql":
        pytest.skip("needs concurrent writers: run with DATABASE_URL set to PostgreSQL")
    consultant = world.users["consultant"]
    browser = Client()
    browser.force_login(consultant)
    token = token_on(browser.get(START))
    cookies = browser.cookies
    start = threading.Barrier(12)
    statuses, errors = [], []

    def post():
        try:
            client = Client()
            client.cookies = cookies
            start.wait()
            statuses.append(client.post(START, start_form(world, tool, token)).status_code)
        except Exception as error:  # reported below
            errors.append(error)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=post) for _ in range(12)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert not errors
    assert statuses == [302] * 12
    assert Exercise.objects.filter(title="Delta 6 with Coral").count() == 1


def test_claims_older_than_a_day_are_forgotten_as_the_person_sends_forms(client, world, tool):
    from datetime import timedelta

    from django.utils import timezone

    consultant = world.users["consultant"]
    client.force_login(consultant)
    client.post(START, start_form(world, tool, token_on(client.get(START))))
    FormSubmission.objects.update(created_at=timezone.now() - timedelta(days=2))
    client.post(START, start_form(world, tool, token_on(client.get(START)), title="Again"))
    assert FormSubmission.objects.filter(user=consultant).count() == 1
