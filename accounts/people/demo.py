"""The demonstration's invitations: two waiting for an answer and one accepted, so the
People pages of the Stevenage trial and the Next Practice programme show each kind. The demo
sends no e-mail and keeps no working link (each token is random and thrown away)."""

import secrets
from datetime import timedelta

from django.utils import timezone

from ..models import Invitation, Role
from .services import hash_token


def load(ctx):
    users, stevenage = ctx["users"], ctx["trials"]["stevenage"]
    programme = ctx["programmes"]["np"]
    now = timezone.now()
    wanted = [
        ("deputy.head@stevenage.example", Role.PRACTITIONER, {"field_trial": stevenage}, None),
        ("evaluator@research.example", Role.CONSULTANT, {"programme": programme}, None),
        ("leader@example.org", Role.PRACTITIONER, {"field_trial": stevenage}, users["leader"]),
    ]
    made = []
    for email, role, target, accepted_by in wanted:
        state = Invitation.State.ACCEPTED if accepted_by else Invitation.State.PENDING
        invitation, _ = Invitation.objects.get_or_create(
            email=email,
            state=state,
            **target,
            defaults={
                "role": role,
                "invited_by": users["officer"],
                "expires_at": now + timedelta(days=14),
                "token_hash": hash_token(secrets.token_urlsafe(32)),
                "accepted_by": accepted_by,
                "accepted_at": now if accepted_by else None,
                "emailed_at": now,
            },
        )
        made.append(invitation)
    ctx["invitations"] = made
    return ctx
