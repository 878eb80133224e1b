"""Invitations in the shared test world, and who may act on them: the officers of what
they invite to (Quartz's officer: its programme, Amber and Coral), and the administrator;
and someone who has left, whose details only the administrator may erase."""

from datetime import timedelta


def extend(w):
    from django.utils import timezone

    from accounts.models import Invitation, Role
    from accounts.people.services import hash_token

    targets = {
        "quartz_invitation": {"programme": w.quartz},
        "amber_invitation": {"project": w.amber},
        "coral_invitation": {"field_trial": w.coral},
        "onyx_invitation": {"field_trial": w.onyx_trial},
    }
    for key, target in targets.items():
        # The key is the raw token in the link, so access cases can follow it.
        w.objects[key] = Invitation.objects.create(
            email=f"{key.replace('_', '-')}@example.org",
            role=Role.PRACTITIONER,
            invited_by=w.users["officer"],
            expires_at=timezone.now() + timedelta(days=14),
            token_hash=hash_token(key),
            **target,
        )
    # Whoever holds an invitation's link reads the name of what it invites them to: its own
    # programme, outside the objects whose names the access test checks nobody else reads.
    from programmes.tests.factories import ProgrammeFactory

    welcome = ProgrammeFactory(
        name="Welcome Programme", lead_organisation=w.quartz.lead_organisation
    )
    w.objects["welcome_invitation"] = Invitation.objects.create(
        email="welcome-invitation@example.org",
        role=Role.PARTNER,
        expires_at=timezone.now() + timedelta(days=14),
        token_hash=hash_token("welcome_invitation"),
        programme=welcome,
    )
    w.visible["officer"] |= {"quartz_invitation", "amber_invitation", "coral_invitation"}
    w.visible["admin"] |= {*targets, "welcome_invitation"}
    from accounts.tests.factories import UserFactory

    w.objects["leaver"] = UserFactory(full_name="Leaver Person", email="leaver@example.org")
    w.visible["admin"].add("leaver")
