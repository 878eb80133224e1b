"""Who reads a field trial, in the words its pages use to say so (the People page, the
monthly update's form, a discussion's file hint). Who may read is decided in rules.py; this
only tells it: beyond the trial's members, the officers, consultants and partners of its
project and programme, and the teams of the other trials of its communities of practice."""

from django.db.models import Count, Q
from django.urls import reverse
from django.utils.html import format_html
from django.utils.safestring import mark_safe

from nextpractice.words import in_a_list

from .models import CommunityOfPractice, FieldTrial


def reading_communities(trial):
    """The communities of practice whose other trials' teams read `trial` (rules.py: members
    of a trial in a community read its other trials), by name, each with `reader_count`: the
    people (signed-in accounts, switched off ones not) on those teams who are not members of
    `trial` itself. None for a withdrawn trial of a withdrawn project, which only its
    project's officers read (rules.closed_by_withdrawal). One query, however many
    communities, trials and people."""
    if trial.status == FieldTrial.Status.WITHDRAWN and trial.project.is_withdrawn:
        return []
    own = trial.memberships.values("user_id")
    members = "field_trials__memberships__user"
    others = Q(**{f"{members}__is_active": True}) & ~Q(**{f"{members}__in": own})
    return list(
        CommunityOfPractice.objects.filter(pk__in=trial.communities.values("pk"))
        .annotate(reader_count=Count(members, filter=others, distinct=True))
        .order_by("name")
    )


def _counted(count):
    if not count:
        return "nobody yet"
    return f"{count} {'person' if count == 1 else 'people'}"


def teams_in_words(communities):
    """Words such as "the teams of the other field trials in its community of practice
    <name> (23 people)" (or "communities of practice A (12 people) and B (5 people)"), each
    name linking to its community's members; "" when there is none. Safe HTML."""
    if not communities:
        return ""
    named = [
        format_html(
            '<a class="govuk-link" href="{}#members">{}</a> ({})',
            reverse("fieldtrials:community_detail", args=[c.pk]),
            c.name,
            _counted(c.reader_count),
        )
        for c in communities
    ]
    noun = "community of practice" if len(communities) == 1 else "communities of practice"
    # in_a_list joins with plain ", " and " and ": the names are already escaped.
    return format_html(
        "the teams of the other field trials in its {} {}", noun, mark_safe(in_a_list(named))
    )


def readers_in_words(communities, *, members=False):
    """Who reads a trial, as a sentence's list: "the officers, consultants and partners of
    its project and its programme, and the teams of …"; with `members`, "the trial's
    members" first. Safe HTML."""
    held = "the officers, consultants and partners of its project and its programme"
    teams = teams_in_words(communities)
    if not teams:
        return f"the trial's members and {held}" if members else held
    first = f"the trial's members, {held}" if members else held
    return format_html("{}, and {}", first, teams)
