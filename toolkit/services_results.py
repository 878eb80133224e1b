"""Changes to an exercise's results: the group's conclusion, and sharing the results."""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.urls import reverse
from django.utils import timezone

from accounts.services import event_key, notify, record_event

from .models import Exercise

CONCLUSION_MAX = 5000


def record_conclusion(*, exercise, conclusion, actor):
    """The facilitator writes down what the group concluded from its results. The same
    conclusion again (a double click) changes and logs nothing."""
    conclusion = (conclusion or "").strip()
    if not conclusion:
        raise ValidationError({"conclusion": "Enter the group's conclusion."})
    if len(conclusion) > CONCLUSION_MAX:
        raise ValidationError(
            {"conclusion": f"Keep the conclusion to {CONCLUSION_MAX} characters or fewer."}
        )
    with transaction.atomic():
        locked = Exercise.objects.select_for_update().get(pk=exercise.pk)
        if locked.conclusion == conclusion:
            return locked
        had_one = bool(locked.conclusion)
        locked.conclusion = conclusion
        locked.concluded_by = actor
        locked.concluded_at = timezone.now()
        locked.save(update_fields=["conclusion", "concluded_by", "concluded_at"])
        record_event(
            actor=actor,
            verb="toolkit.conclusion_recorded",
            target=locked,
            data={"replaced": had_one, "length": len(conclusion)},
        )
    exercise.conclusion = locked.conclusion
    exercise.concluded_by = actor
    exercise.concluded_at = locked.concluded_at
    return exercise


def share_results(*, exercise, shared, actor):
    """The facilitator lets everyone who sees the exercise read the group's results (or stops).

    Individual answers are never shared. Participants are told when results become readable.
    Asking for the state it already has changes nothing and logs nothing.
    """
    with transaction.atomic():
        locked = Exercise.objects.select_for_update().get(pk=exercise.pk)
        if locked.results_shared == shared:
            exercise.results_shared = shared
            return exercise
        locked.results_shared = shared
        locked.save(update_fields=["results_shared"])
        event = record_event(
            actor=actor,
            verb="toolkit.results_shared" if shared else "toolkit.results_unshared",
            target=locked,
        )
        if shared:
            url = reverse("toolkit:exercise_results", args=[locked.pk])
            for participation in locked.participations.select_related("user"):
                if participation.user_id != actor.pk:
                    notify(
                        recipient=participation.user,
                        kind="toolkit.results_shared",
                        message=f"The group's results of {locked.title} are ready to read.",
                        url=url,
                        key=event_key(event),
                    )
    exercise.results_shared = shared
    return exercise
