"""Reading what a person follows: the activity of the projects, field trials and
communities of practice they follow, as the activity pages word it (accounts/activity.py).

Three queries for a page of it, whatever the number of events or follows (one when they
follow nothing): whether they follow anything, the follows that count (following.rules.
counting_follows: subjects the person still sees), then the events of those subjects; and
one for each kind of target among the page's events, asking which of them they may open
(nextpractice.history.mark_openable). Which events they may read is
accounts.rules.visible_events, as on every activity page. A
community's own events (its creation, its meetings; its shared page and threads, written on
it or on records linked to it by a `community` field) happen outside any programme: they are
read by its members (communities.rules.communities_seen_in_full, as `communities.view_members`
says), except those about people (who asked to join, was let in or turned down), team-only
verbs, and that its officers talked in a thread for them alone (officers-only verbs), which
only those who read such threads learn: its convenor and the officers of its trials'
projects (fieldtrials.rules.changeable_communities). An outside member of a community of
interest reads what they may read of it and nothing else (issue 19): its shared page's
edits and the events of its threads they may read (discussions.rules.visible_threads); not
its meetings, members, trials, nor that its officers talked. What they did themselves is
left out: it is no news to them (nor counted in their digest).
"""

from django.db.models import Exists, OuterRef, Q

from accounts.activity import PAGE_SIZE, ActivityPage, cursor_of, parse_cursor
from accounts.models import Event
from accounts.rules import visible_events
from communities.rules import communities_seen_in_full
from discussions.models import Thread
from discussions.rules import visible_threads
from fieldtrials.models import CommunityOfPractice
from fieldtrials.rules import changeable_communities
from nextpractice import history
from nextpractice.history import (
    KINDS,
    entries,
    kind_filter,
    officers_only_verbs,
    target_is,
    team_only_verbs,
    unstreamed_verbs,
)
from nextpractice.rules_util import any_of, id_filter

from .models import SUBJECT_FIELDS, Follow
from .rules import counting_follows, kind_of

HOME_SIZE = 10  # on the home page, with a link to the rest

# What an outside member reads of a community written on the community itself: its shared
# page's edits (communities.services.edit_shared_page). Its threads' events are on them.
PAGE_VERBS = ("communities.page_edited",)


def community_records():
    """Models whose rows each belong to one community of practice through a `community`
    link (its meetings, its threads: nextpractice.history.community_records), not the
    follows of one."""
    return tuple(model for model in history.community_records() if model is not Follow)


def _follows(user):
    """(project ids, trial ids, communities read in full, communities joined from outside)
    that `user` follows and still sees: two queries (one if they follow nothing). Read
    first, as values, so that the events' query names the few subjects it wants, and
    PostgreSQL reads each one's recent events by its index rather than walking every event
    of the programme newest first looking for some (as it did when the follows were
    subqueries and few matched). Most people follow nothing: one small read of which kinds
    of thing they follow says so before the rules' filters are built, and only the rules of
    those kinds are built and asked (a school leader following their trial asks nothing of
    projects or communities)."""
    kinds = {
        field
        for row in Follow.objects.filter(user_id=user.pk).values_list(*SUBJECT_FIELDS)
        for field, pk in zip(SUBJECT_FIELDS, row, strict=True)
        if pk
    }
    if not kinds:
        return [], [], [], []
    columns = ["project_id", "field_trial_id", "community_id"]
    if "community" in kinds:  # whether they read it in full, or joined it from outside
        columns.append(Exists(communities_seen_in_full(user).filter(pk=OuterRef("community_id"))))
    rows = counting_follows(user, fields=kinds).values_list(*columns)
    projects, trials, members, outsiders = [], [], [], []
    for project_id, trial_id, community_id, *full in rows:
        if project_id:
            projects.append(project_id)
        elif trial_id:
            trials.append(trial_id)
        elif community_id:
            (members if full[0] else outsiders).append(community_id)
    return projects, trials, members, outsiders


def followed_events(user):
    """Every event `user` may read of what they follow, but their own (a queryset, not yet
    read; their follows are read now, _follows). Only the conditions their follows call for
    are written: most people follow projects and trials, and the conditions of communities
    (a content type and a subquery for each kind of record, the threads an outside member
    may read) cost the page more to build and plan than its events cost to read."""
    project_ids, trial_ids, member_of, outside_of = _follows(user)
    # A community's members read the events of its trials they see.
    community_trials = (
        Q(
            field_trial_id__in=CommunityOfPractice.field_trials.through.objects.filter(
                communityofpractice_id__in=member_of
            ).values("fieldtrial_id")
        )
        if member_of
        else None
    )
    followed = any_of(
        id_filter("project_id", project_ids),
        id_filter("field_trial_id", trial_ids),
        community_trials,
    )
    streams = []
    if followed is not None:
        streams.append(visible_events(user).filter(followed))
    if member_of or outside_of:
        streams.append(_community_events(user, member_of, outside_of))
    if not streams:
        return Event.objects.none()
    events = streams[0] if len(streams) == 1 else streams[0] | streams[1]
    # Not steps nobody took (a monthly report begun): its readers are told when it is ready.
    # Nor what they did themselves: news of what others did (a system event has no actor).
    return events.exclude(verb__in=unstreamed_verbs()).exclude(actor_id=user.pk)


def _community_events(user, member_of, outside_of):
    """The events outside any programme of the communities `user` follows: all those of the
    communities they are members of (`member_of`, on the community or its records), the
    shared page's edits and the threads they may read of those they joined from outside."""
    about_community = None
    if member_of:
        about_community = target_is(CommunityOfPractice) & Q(target_id__in=member_of)
        for model in community_records():
            rows = model._base_manager.filter(community_id__in=member_of).values("pk")
            about_community |= target_is(model) & Q(target_id__in=rows)
    if outside_of:
        # An outside member: the shared page's edits and the threads they may read, no more.
        threads = visible_threads(user).filter(community_id__in=outside_of).values("pk")
        about_community = any_of(
            about_community,
            target_is(CommunityOfPractice) & Q(target_id__in=outside_of) & Q(verb__in=PAGE_VERBS),
            target_is(Thread) & Q(target_id__in=threads),
        )
    # Not who asked to join, was let in or turned down: the convenor's business, not news.
    own = (
        Event.objects.filter(programme=None).filter(about_community).exclude(kind_filter("people"))
    )
    team_only = team_only_verbs()
    if team_only:
        own = own.exclude(verb__in=team_only)
    officers_only = officers_only_verbs()
    if officers_only:
        officers_of = changeable_communities(user).values("pk")
        own = own.exclude(
            Q(verb__in=officers_only)
            & ~(target_is(CommunityOfPractice) & Q(target_id__in=officers_of))
        )
    return own


def followed_activity(user, *, kind="", before="", size=PAGE_SIZE):
    """A page of what happened lately in what `user` follows, newest first, each entry linked
    to what it is about if they may open it; `kind` one of nextpractice.history.KINDS;
    `before` a previous page's cursor (keyset paging)."""
    kind = kind if kind in KINDS else ""
    events = followed_events(user)
    if kind:
        events = events.filter(kind_filter(kind))
    cursor = parse_cursor(before)
    if cursor:
        at, pk = cursor
        events = events.filter(Q(created_at__lt=at) | Q(created_at=at, pk__lt=pk))
    rows = entries(events.order_by("-created_at", "-id")[: size + 1], where="anywhere", user=user)
    older = cursor_of(rows[size - 1]) if len(rows) > size else None
    return ActivityPage(entries=rows[:size], older=older, kind=kind, kinds=KINDS)


def follow_state(user, subject):
    """None if `user` may not see (so may not follow) `subject`; else whether they follow
    it. One query: the subject's own rule with their follow beside it."""
    kind = kind_of(subject)
    followed = Follow.objects.filter(user_id=user.pk, **{kind.field: OuterRef("pk")})
    found = (
        kind.visible(user)
        .filter(pk=subject.pk)
        .annotate(followed=Exists(followed))
        .values_list("followed", flat=True)
    )
    return next(iter(found), None)


def followed_subjects(user):
    """What `user` follows and still sees, with each subject, oldest follow first (one
    query)."""
    return list(
        counting_follows(user)
        .select_related("project", "field_trial", "community")
        .order_by("created_at", "pk")
    )
