"""The demo: each demo role's home page shows a followed stream."""

import pytest
from django.urls import reverse

from accounts.models import User
from nextpractice.testing.demo import load_demo

pytestmark = pytest.mark.django_db


def test_each_demo_roles_home_shows_what_they_follow(client):
    load_demo()
    load_demo()  # twice: nothing followed twice
    for email in (
        "admin@example.org",
        "officer@example.org",
        "consultant@example.org",
        "leader@example.org",
        "partner@example.org",
    ):
        person = User.objects.get(email=email)
        client.force_login(person)
        following = client.get(reverse("home")).context["following"]
        assert len(following) >= 3, email
        assert person.follows.count() >= 2, email
