"""Reading a field trial for its page: its team and its change history."""

from django.db.models import Prefetch

from .models import (
    BrokeredRelationship,
    FieldTrial,
    FieldTrialMembership,
    Milestone,
    MonthlyUpdate,
    OfferUse,
    PowerToInnovateRequest,
    Risk,
    SupportSession,
)
from .rules import update_readable

# (model, label, the columns naming a row needs, how to name one historical row from them)
HISTORY_MODELS = [
    (Milestone, "Milestone", ["title"], lambda h: h.title),
    (OfferUse, "Incubation offer", ["element"],
     lambda h: dict(OfferUse._meta.get_field("element").choices).get(h.element, h.element)),
    (SupportSession, "Support session", ["held_on", "hours"],
     lambda h: f"{h.held_on:%-d %B %Y}, {h.hours} hours"),
    (PowerToInnovateRequest, "Power to Innovate request", ["regulation", "state"],
     lambda h: f"{h.regulation} ({h.get_state_display().lower()})"),
    (BrokeredRelationship, "Brokered relationship", ["with_whom", "state"],
     lambda h: f"{h.with_whom} ({h.get_state_display().lower()})"),
    (Risk, "Risk", ["description"], lambda h: h.description[:80]),
    (MonthlyUpdate, "Monthly update", ["month", "status"],
     lambda h: f"{h.month:%B %Y} ({h.get_status_display().lower()})"),
]  # fmt: skip
ACTIONS = {"+": "added", "~": "changed", "-": "removed"}


def trial_team(trial):
    return list(
        FieldTrialMembership.objects.filter(field_trial=trial)
        .select_related("user__organisation")
        .order_by("role", "user__full_name")
    )


def trial_history(trial, user, limit=30):
    """The newest changes to a trial and its records, with who and when, newest first.

    One query per kind of record, whatever the number of changes. A monthly update's draft
    versions are left out for `user` unless they may read the draft (rules.update_readable):
    others learn of an update once it is submitted.
    """
    entries = []
    trial_versions = list(
        FieldTrial.history.filter(id=trial.pk)
        .select_related("history_user")
        .order_by("-history_date")[: limit + 1]
    )
    for newer, older in zip(trial_versions, trial_versions[1:] + [None], strict=False):
        if older is None:
            what = "Trial created"
        else:
            delta = newer.diff_against(older)
            fields = [FieldTrial._meta.get_field(c.field).verbose_name for c in delta.changes]
            if not fields:
                continue
            what = "Trial details changed: " + ", ".join(fields)
        entries.append((newer.history_date, newer.history_user, what))
    for model, label, columns, name in HISTORY_MODELS:
        rows = model.history.filter(field_trial_id=trial.pk)
        if model is MonthlyUpdate:
            rows = rows.filter(update_readable(user))
        # Only what the table shows: a record's long texts stay in the database.
        rows = rows.select_related("history_user").only(
            "history_date", "history_type", "history_user__full_name", *columns
        )
        for h in rows.order_by("-history_date")[:limit]:
            entries.append(
                (h.history_date, h.history_user, f"{label} {ACTIONS[h.history_type]}: {name(h)}")
            )
    entries.sort(key=lambda e: e[0], reverse=True)
    return entries[:limit]


def trial_with_related(queryset):
    return queryset.prefetch_related(
        Prefetch("participating_organisations"), Prefetch("resource_domains")
    )
