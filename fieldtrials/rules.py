"""Who may see and change field trials. Access is decided here only.

A trial's own members see it; the officers, consultants and partners of its project or
programme read all its trials. Its team (school leaders, practitioners), its consultant and
the project's officers may change it; partners only read.
"""

import rules
from django.db.models import Q

from accounts.access import fetch_for
from accounts.models import Role
from nextpractice.rules_util import sees_everything, signed_in
from programmes.rules import is_project_officer, projects_read_in_full

from .models import FieldTrial, FieldTrialMembership

TEAM_ROLES = (Role.PRACTITIONER, Role.CONSULTANT, Role.OFFICER)


def visible_fieldtrials(user):
    """Trials the user belongs to, and every trial of a project they read in full."""
    if sees_everything(user):
        return FieldTrial.objects.all()
    if not signed_in(user):
        return FieldTrial.objects.none()
    return FieldTrial.objects.filter(
        Q(pk__in=FieldTrialMembership.objects.filter(user=user).values("field_trial_id"))
        | Q(project_id__in=projects_read_in_full(user).values("pk"))
    )


@rules.predicate
def can_see_fieldtrial(user, trial):
    return visible_fieldtrials(user).filter(pk=trial.pk).exists()


@rules.predicate
def is_trial_team(user, trial):
    return (
        signed_in(user)
        and FieldTrialMembership.objects.filter(
            user=user, field_trial=trial, role__in=TEAM_ROLES
        ).exists()
    )


@rules.predicate
def is_trial_project_officer(user, trial):
    return is_project_officer(user, trial.project)


rules.add_perm("fieldtrials.view_fieldtrial", can_see_fieldtrial)
rules.add_perm("fieldtrials.change_fieldtrial", is_trial_team | is_trial_project_officer)


def get_fieldtrial_for(user, pk, perm="fieldtrials.view_fieldtrial"):
    return fetch_for(
        user,
        visible_fieldtrials(user).select_related("project__programme", "option"),
        pk,
        perm,
        view_perm="fieldtrials.view_fieldtrial",
    )
