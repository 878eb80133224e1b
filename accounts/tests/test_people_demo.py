"""The demonstration's invitations: a few, loaded once however often the demo is."""

import pytest
from django.core.management import call_command

from accounts.models import Invitation

pytestmark = pytest.mark.django_db


def test_the_demo_has_pending_and_accepted_invitations_and_loading_twice_adds_none():
    call_command("load_demo", quiet=True)
    call_command("load_demo", quiet=True)
    states = sorted(Invitation.objects.values_list("state", flat=True))
    assert states == ["accepted", "pending", "pending"]
    # One waiting invitation gives the name it was sent with, as the People page shows it.
    named = Invitation.objects.get(email="deputy.head@stevenage.example")
    assert named.full_name == "Grace Whitfield" and named.state == "pending"
