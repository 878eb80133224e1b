"""Demonstration follows: each demo person follows a field trial, a project and a community
of practice they may see, so their home page shows a followed stream; the school leader
chose a weekly digest. Loading twice changes nothing (a follow is made once)."""

from fieldtrials.rules import visible_communities, visible_fieldtrials
from programmes.rules import visible_projects

from .services import choose_digest, follow

ROLES = ("admin", "officer", "consultant", "leader", "partner")


def load(ctx):
    users = ctx["users"]
    trials = list(ctx.get("trials", {}).values())
    for role in ROLES:
        person = users[role]
        # The demo's own trials first (Stevenage, Bridgemary), where the demo's history is.
        seen_trials = set(
            visible_fieldtrials(person)
            .filter(pk__in=[t.pk for t in trials])
            .values_list("pk", flat=True)
        )
        chosen = [t for t in trials if t.pk in seen_trials][:1]
        if not chosen:
            chosen = list(visible_fieldtrials(person).order_by("pk")[:1])
        chosen += list(visible_projects(person).order_by("pk")[:1])
        chosen += list(visible_communities(person).order_by("pk")[:1])
        for subject in chosen:
            follow(user=person, subject=subject)
    choose_digest(user=users["leader"], frequency="weekly")
