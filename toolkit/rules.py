"""Who may see and run toolkit exercises. Access is decided here only.

An exercise is seen by its participants, its facilitator, and whoever may see the field
trial it belongs to; it is run (closed, results read) by its facilitator and the trial's
officers.
"""

import rules
from django.db.models import Q

from accounts.access import fetch_for
from fieldtrials.rules import is_trial_project_officer, visible_fieldtrials
from nextpractice.rules_util import sees_everything, signed_in

from .models import Exercise, Participation


def visible_exercises(user):
    if sees_everything(user):
        return Exercise.objects.all()
    if not signed_in(user):
        return Exercise.objects.none()
    return Exercise.objects.filter(
        Q(facilitator=user)
        | Q(pk__in=Participation.objects.filter(user=user).values("exercise_id"))
        | Q(field_trial_id__in=visible_fieldtrials(user).values("pk"))
    )


@rules.predicate
def can_see_exercise(user, exercise):
    return visible_exercises(user).filter(pk=exercise.pk).exists()


@rules.predicate
def is_facilitator(user, exercise):
    return signed_in(user) and exercise.facilitator_id == user.pk


@rules.predicate
def is_exercise_trial_officer(user, exercise):
    return exercise.field_trial_id is not None and is_trial_project_officer(
        user, exercise.field_trial
    )


rules.add_perm("toolkit.view_exercise", can_see_exercise)
rules.add_perm("toolkit.change_exercise", is_facilitator | is_exercise_trial_officer)


def get_exercise_for(user, pk, perm="toolkit.view_exercise"):
    return fetch_for(
        user,
        visible_exercises(user).select_related("tool", "facilitator", "field_trial"),
        pk,
        perm,
        view_perm="toolkit.view_exercise",
    )
