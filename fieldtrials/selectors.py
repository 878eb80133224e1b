"""Reading a field trial for its page: its team. (Its history is the event log's:
accounts/activity.py.)"""

from django.db.models import Prefetch

from .models import FieldTrialMembership


def trial_team(trial):
    return list(
        FieldTrialMembership.objects.filter(field_trial=trial)
        .select_related("user__organisation")
        .order_by("role", "user__full_name")
    )


def trial_with_related(queryset):
    return queryset.prefetch_related(
        Prefetch("participating_organisations"), Prefetch("resource_domains")
    )
