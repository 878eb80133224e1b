"""Reading a field trial for its page: its team and its overview. (Its history is the event log's:
accounts/activity.py.)"""

from django.db.models import Count, Exists, F, Prefetch, Q
from django.utils import timezone

from accounts.models import Invitation, Role

from .models import (
    FieldTrial,
    FieldTrialMembership,
    Milestone,
    PowerToInnovateRequest,
    Risk,
    TrialStatusChange,
)
from .models.records import SERIOUS_RISK
from .selectors_list import due_soon
from .selectors_updates import trial_updates


def trial_team(trial):
    return list(
        FieldTrialMembership.objects.filter(field_trial=trial)
        .select_related("user__organisation")
        .order_by("role", "user__full_name")
    )


def has_school_team(trial):
    """Whether `trial` has its school's people: a school leader or practitioner on its team,
    or invited to it and not yet answered (the invitation is what its officers do). One
    query."""
    members = FieldTrialMembership.objects.filter(field_trial=trial, role=Role.PRACTITIONER)
    invited = Invitation.objects.filter(
        field_trial=trial,
        role=Role.PRACTITIONER,
        state=Invitation.State.PENDING,
        expires_at__gt=timezone.now(),
    )
    return FieldTrial.objects.filter(Exists(members) | Exists(invited), pk=trial.pk).exists()


def trial_withdrawal(trial):
    """The status change that withdrew `trial` (with who did it), if it is withdrawn; None
    otherwise. One query, only for a withdrawn trial."""
    if trial.status != FieldTrial.Status.WITHDRAWN:
        return None
    return (
        TrialStatusChange.objects.filter(field_trial=trial, to_status=FieldTrial.Status.WITHDRAWN)
        .select_related("actor")
        .order_by("-created_at", "-id")
        .first()
    )


def trial_with_related(queryset):
    return queryset.prefetch_related(
        Prefetch("participating_organisations"), Prefetch("resource_domains")
    )


OVERVIEW_SIZE = 5  # milestones, risks and history sentences on a trial's overview


def trial_overview(trial, user):
    """What a trial's overview shows `user` (seven queries, however many records it has).

    A dict: `next_milestones` (not done, soonest due first, at most five, each with
    `.days_overdue`), `milestones_total` (done or not), `milestones_open`, `overdue_count` and
    `due_soon_count` (due in the next seven days); `open_risks` (most serious first, at most
    five), `open_risk_count` and `serious_risks` (open and scoring 6 or more);
    `pti_awaiting_advice` (submitted Power to Innovate requests with no advice yet); and
    `updates` (selectors_updates.trial_updates).
    """
    today = timezone.localdate()
    milestones = Milestone.objects.current().filter(field_trial=trial)
    open_milestones = milestones.filter(completed_on=None)
    not_done = Q(completed_on=None)
    milestone_counts = milestones.aggregate(
        total=Count("id"),
        open=Count("id", filter=not_done),
        overdue=Count("id", filter=not_done & Q(due_on__lt=today)),
        due_soon=Count("id", filter=not_done & due_soon(today)),
    )
    next_milestones = list(open_milestones.order_by("due_on", "id")[:OVERVIEW_SIZE])
    for milestone in next_milestones:
        milestone.days_overdue = (today - milestone.due_on).days if milestone.is_overdue else 0
    open_risks = Risk.objects.current().filter(field_trial=trial, is_open=True)
    risk_counts = open_risks.annotate(product=F("likelihood") * F("impact")).aggregate(
        open=Count("id"), serious=Count("id", filter=Q(product__gte=SERIOUS_RISK))
    )
    return {
        "next_milestones": next_milestones,
        "milestones_total": milestone_counts["total"],
        "milestones_open": milestone_counts["open"],
        "overdue_count": milestone_counts["overdue"],
        "due_soon_count": milestone_counts["due_soon"],
        "open_risks": list(open_risks.order_by("-likelihood", "-impact", "id")[:OVERVIEW_SIZE]),
        "open_risk_count": risk_counts["open"],
        "serious_risks": risk_counts["serious"],
        "pti_awaiting_advice": PowerToInnovateRequest.objects.current()
        .filter(field_trial=trial, state=PowerToInnovateRequest.State.SUBMITTED, advice="")
        .count(),
        "updates": trial_updates(trial, user),
    }
