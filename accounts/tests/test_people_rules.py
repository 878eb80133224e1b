"""Who may see and act on invitations and teams: the list filter and the permission are one
rule, and agree with what the world states, for every persona."""

import pytest

from accounts.rules import visible_invitations
from nextpractice.testing.fixtures import PERSONAS

KEYS = ("quartz_invitation", "amber_invitation", "coral_invitation", "onyx_invitation")


@pytest.mark.parametrize("persona", PERSONAS)
def test_invitations_listed_and_permitted_agree_with_the_world(world, persona):
    from django.contrib.auth.models import AnonymousUser

    user = world.users[persona] or AnonymousUser()
    listed = set(visible_invitations(user).values_list("pk", flat=True))
    for key in KEYS:
        invitation = world.objects[key]
        allowed = user.has_perm("accounts.manage_invitation", invitation)
        assert allowed is True or allowed is False
        stated = key in world.visible[persona]
        assert allowed == stated, f"{persona} {key}: rule says {allowed}"
        assert (invitation.pk in listed) == stated, f"{persona}: list and {key}"


def test_a_trial_lead_sees_and_acts_on_the_practitioner_invitations_of_their_trial(world):
    from accounts.models import Invitation

    leader, coral = world.users["leader"], world.coral
    assert leader.has_perm("fieldtrials.invite_people", coral) is False
    leader.organisation = coral.lead_organisation
    leader.save()
    assert leader.has_perm("fieldtrials.invite_people", coral) is True
    assert not leader.has_perm("fieldtrials.manage_people", coral)
    invitation = world.coral_invitation
    assert set(visible_invitations(leader)) == {invitation}
    assert leader.has_perm("accounts.manage_invitation", invitation)
    Invitation.objects.filter(pk=invitation.pk).update(role="consultant")
    invitation.refresh_from_db()
    assert not visible_invitations(leader).exists()
    assert not leader.has_perm("accounts.manage_invitation", invitation)
