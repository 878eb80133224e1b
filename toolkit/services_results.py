"""Changes to an exercise's results: the group's conclusion, sharing the results, and
adopting the indicators a baseline exercise proposed as the trial's."""

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.urls import reverse
from django.utils import timezone

from accounts.services import event_key, notify, record_event
from nextpractice.records.services import moment_token
from nextpractice.words import fitted

from .models import Exercise
from .results import results_for
from .scoring import score

CONCLUSION_MAX = 5000


class ConclusionConflict(Exception):
    """A conclusion was recorded since the page was loaded; `current` is the exercise now."""

    def __init__(self, current):
        super().__init__("The conclusion was changed while you were editing it.")
        self.current = current


def conclusion_token(exercise):
    """Which conclusion a page was loaded on (0 for none yet): when it was recorded."""
    return moment_token(exercise.concluded_at)


def record_conclusion(*, exercise, conclusion, actor, based_on=None):
    """The facilitator writes down what the group concluded from its results. The same
    conclusion again (a double click) changes and logs nothing. Given `based_on` (the
    `conclusion_token` its page was loaded on), a conclusion recorded since (in another tab,
    or by another facilitator) is not replaced: ConclusionConflict."""
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
        if based_on is not None and conclusion_token(locked) != based_on:
            raise ConclusionConflict(locked)
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
                        subject=fitted("Results ready to read: ", locked.title),
                        url=url,
                        key=event_key(event),
                    )
    exercise.results_shared = shared
    return exercise


def adopt_proposed_indicators(*, exercise, actor):
    """The trial adopts the indicators its Gathering baseline data exercise proposed to the
    group as its own evaluation indicators (baselines are measured afterwards). Adopting
    again adds none twice: the trial's unique indicator names decide, in the database.
    Returns the names newly adopted."""
    from evaluation.models import Indicator
    from evaluation.services import adopt_indicator

    if not actor.has_perm("toolkit.adopt_indicators", exercise):
        raise PermissionDenied("Only the trial's team can adopt its indicators.")
    outcome = score(exercise, results_for(exercise, named=False))
    if outcome is None or outcome.kind != "indicators":
        raise ValidationError("This exercise does not propose indicators.")
    if not outcome.proposed:
        raise ValidationError("No indicator has been chosen by enough people to be proposed yet.")
    trial = exercise.field_trial
    with transaction.atomic():
        # One adoption of this exercise's indicators at a time; the names' constraint
        # settles any other race.
        Exercise.objects.select_for_update().get(pk=exercise.pk)
        had = {
            n.lower()
            for n in Indicator.objects.filter(field_trial=trial).values_list("name", flat=True)
        }
        adopted = []
        for strand, indicator in outcome.proposed:
            if indicator.label.lower() in had:
                continue
            adopt_indicator(
                trial=trial,
                strand=strand.key.split(".")[0],  # the section's key: the strand's
                name=indicator.label,
                unit=indicator.unit,
                direction=indicator.direction or Indicator.Direction.HIGHER,
                actor=actor,
            )
            had.add(indicator.label.lower())
            adopted.append(indicator.label)
    return adopted
