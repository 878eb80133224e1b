"""The toolkit part of a progress report (see reports/parts.py): the group results of the
closed exercises of a programme, project or field trial. A programme's are those of its
projects' trials and workshops and those of the local authorities taking part in it (with a
field trial in their area or a seat on its partnership board: Knowsley's, in its Innovation
Zone), as its officers, consultants and partners see them (toolkit.rules).

Each closed exercise whose facilitator shared its results shows what its results page shows
the group, anonymised (toolkit.results.report_context): the scored outcome (a networking
approach's fitted approaches, a pedagogic audit's profile and training needs, the indicators
a baseline exercise proposes), each ranking question's consensus order (Delta 6) and the
group's conclusion. Closed exercises whose results were not shared are named, not shown: the
facilitator has kept them for those who run the exercise. Exercises still open are counted.
All as of the report's period's end: an exercise closed after it was still open then, and
one begun after it is not in the report.

Queries: two to list the exercises, and two for each closed exercise shown, at most
RESULTS_SHOWN of them (the most recently closed; the rest are named), so a report's cost
does not grow with the number of trials.
"""

from django.db.models import Q
from django.utils import timezone

from fieldtrials.models import FieldTrial
from programmes.models import Programme, Project
from reports.parts import register

from .models import Exercise
from .results import report_context
from .rules import authorities_taking_part_in

RESULTS_SHOWN = 6


def _exercises_of(subject):
    if isinstance(subject, Programme):
        return Exercise.objects.filter(
            Q(field_trial__project__programme=subject)
            | Q(workshop__project__programme=subject)
            | authorities_taking_part_in([subject.pk])
        )
    if isinstance(subject, Project):
        return Exercise.objects.filter(
            Q(field_trial__project=subject) | Q(workshop__project=subject)
        )
    if isinstance(subject, FieldTrial):
        return Exercise.objects.filter(field_trial=subject)
    raise TypeError(f"No toolkit part for {type(subject).__name__}")


def toolkit_context(subject, until=None):
    """The closed exercises of `subject` with their results (see the module docstring), as
    of `until` (a time; by default now): those begun before it, closed by then or not."""
    until = until or timezone.now()
    closed = Q(closed_at__lt=until) | Q(closes_at__lte=until)
    exercises = _exercises_of(subject).filter(created_at__lt=until)
    still_open = exercises.exclude(closed).count()
    finished = list(
        exercises.filter(closed)
        .select_related("tool", "tool_version", "concluded_by", "field_trial", "workshop")
        .order_by("-closed_at", "-closes_at", "-pk")
    )
    shared = [exercise for exercise in finished if exercise.results_shared]
    return {
        "shown": [report_context(exercise) for exercise in shared[:RESULTS_SHOWN]],
        "not_shown": shared[RESULTS_SHOWN:],
        "shared_count": len(shared),
        "not_shared": [exercise for exercise in finished if not exercise.results_shared],
        "still_open": still_open,
    }


@register(order=40)
def part(subject, period):
    context = toolkit_context(subject, until=period.ends_at)
    return [
        {
            "title": "Toolkit exercises",
            "template": "reports/parts/summary_toolkit.html",
            "context": context,
            "summary": True,
        },
        {
            "title": "Toolkit results of closed exercises",
            "template": "reports/parts/toolkit_results.html",
            "context": context,
        },
    ]
