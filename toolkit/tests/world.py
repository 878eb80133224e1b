"""Toolkit exercises in the shared test world, and who may see them.

`birch` is a second exercise for the Coral team, run by the consultant, whose participant
(the leader) has answered everything and submitted: it lets access cases reopen answers and
close or reopen an exercise. Fern (in the base world) is in progress: nothing answered.
"""

from django.utils import timezone

COMPLETE_ANSWERS = {
    "first.rank": ["b", "a", "c"],
    "first.rate": 3,
    "first.pick": "x",
    "second.many": ["p"],
    "second.short": "Birch short answer",
    "second.grid": {"s1": 4, "s2": 2},
}


def extend(w):
    from toolkit.models import Answer
    from toolkit.tests.factories import ExerciseFactory, ParticipationFactory

    u = w.users
    birch = ExerciseFactory(
        title="Birch Exercise", field_trial=w.coral, facilitator=u["consultant"]
    )
    submitted = ParticipationFactory(
        exercise=birch, user=u["leader"], position="second", submitted_at=timezone.now()
    )
    Answer.objects.bulk_create(
        [
            Answer(participation=submitted, question=key, value=value)
            for key, value in COMPLETE_ANSWERS.items()
        ]
    )
    w.objects["birch"] = birch
    for persona in ("officer", "consultant", "leader", "partner"):
        w.visible[persona] |= {"birch"}
    w.visible["admin"] = set(w.objects)
