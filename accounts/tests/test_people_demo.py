"""The demonstration's invitations: a few, loaded once however often the demo is."""

import pytest

from accounts.models import Invitation
from nextpractice.testing.demo import load_demo

pytestmark = pytest.mark.django_db


def test_the_demo_has_pending_and_accepted_invitations_and_loading_twice_adds_none():
    load_demo()
    load_demo()
    states = sorted(Invitation.objects.values_list("state", flat=True))
    assert states == ["accepted", "pending", "pending"]
    # One waiting invitation gives the name it was sent with, as the People page shows it.
    named = Invitation.objects.get(email="deputy.head@stevenage.example")
    assert named.full_name == "Grace Whitfield" and named.state == "pending"
