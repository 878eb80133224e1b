"""Reading exercises for the lists on other pages (a field trial's page, the home page), each
list one query with how many were invited and how many have submitted."""

from django.db.models import Count, Q

from .models import Tool
from .rules import authorities_taking_part_in, visible_exercises

# Enough for the home page to show what someone is running now; older ones are on the pages
# of the trials they belong to.
RUN_BY_LIMIT = 10


def _with_progress(exercises):
    """`exercises` with their tool and group, and invited and submitted counts, newest first."""
    return (
        exercises.select_related("tool", "field_trial", "workshop", "local_authority")
        .annotate(
            invited_count=Count("participations"),
            submitted_count=Count(
                "participations", filter=Q(participations__submitted_at__isnull=False)
            ),
        )
        .order_by("-created_at", "-pk")
    )


def has_tools_to_start():
    """Whether the toolkit has a tool with a version to run (one query): until then nobody is
    offered to start an exercise (a new install's toolkit is empty)."""
    return Tool.objects.filter(latest__isnull=False).exists()


def trial_exercises(trial, user):
    """The exercises of `trial` that `user` may see, newest first."""
    return list(_with_progress(visible_exercises(user).filter(field_trial=trial)))


def exercises_run_by(user, limit=RUN_BY_LIMIT):
    """The newest exercises `user` facilitates, at most `limit`, and whether there are more."""
    rows = list(_with_progress(visible_exercises(user).filter(facilitator=user))[: limit + 1])
    return rows[:limit], len(rows) > limit


def authority_exercises(programme, user, limit=RUN_BY_LIMIT):
    """The newest exercises run by the local authorities taking part in `programme` (with a
    field trial in their area or a seat on its partnership board) that `user` may see, at
    most `limit`, and whether there are more."""
    theirs = visible_exercises(user).filter(authorities_taking_part_in([programme.pk]))
    rows = list(_with_progress(theirs)[: limit + 1])
    return rows[:limit], len(rows) > limit
