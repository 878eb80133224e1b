"""The demonstration's invitations: two waiting for an answer and one accepted, so the
People pages of the Stevenage trial and the Next Practice programme show each kind. The demo
sends no e-mail and keeps no working link (each token is random and thrown away).

The accepted one brought Stevenage's leader in just before the trial began (the seeds'
August 2006, moved to the demo's calendar); the two waiting were sent this week, in the
demo's present, so they are still open."""

import secrets
from datetime import timedelta

from django.utils import timezone

from nextpractice.demo_calendar import moved_datetime

from ..demo import LEADER_JOINED
from ..models import Invitation, Role
from .services import hash_token


def load(ctx):
    users, stevenage = ctx["users"], ctx["trials"]["stevenage"]
    programme = ctx["programmes"]["np"]
    now = timezone.now()
    joined = moved_datetime(LEADER_JOINED)  # the leader's account's date_joined
    wanted = [  # (e-mail, the name given when inviting, role, to what, accepted by)
        (
            "deputy.head@stevenage.example",
            "Grace Whitfield",
            Role.PRACTITIONER,
            {"field_trial": stevenage},
            None,
        ),
        ("evaluator@research.example", "", Role.CONSULTANT, {"programme": programme}, None),
        ("leader@example.org", "", Role.PRACTITIONER, {"field_trial": stevenage}, users["leader"]),
    ]
    made = []
    for email, name, role, target, accepted_by in wanted:
        state = Invitation.State.ACCEPTED if accepted_by else Invitation.State.PENDING
        sent = joined - timedelta(days=1) if accepted_by else now - timedelta(days=3)
        invitation, _ = Invitation.objects.get_or_create(
            email=email,
            state=state,
            **target,
            defaults={
                "full_name": name,
                "role": role,
                "invited_by": users["officer"],
                "expires_at": sent + timedelta(days=14),
                "token_hash": hash_token(secrets.token_urlsafe(32)),
                "accepted_by": accepted_by,
                "accepted_at": joined if accepted_by else None,
                "emailed_at": sent,
                "created_at": sent,
            },
        )
        made.append(invitation)
    ctx["invitations"] = made
    return ctx


ABOUT = [
    (
        "People",
        "The seeds name organisations, not people: every person in the demo, and every "
        "invitation, is invented.",
        [],
    ),
]
