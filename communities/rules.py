"""Who may write a community's shared page, ask to join a community of interest, and decide
who joins. Access is decided here only (who sees a community at all is
fieldtrials.rules.visible_communities, which counts approved outside members).

A community's shared page is read by whoever sees the community and written by its members:
the teams of its trials, its convenor and the officers who may change it; not by partners,
nor by outside members, who read. A community its convenor opens to others is listed for
anyone signed in, name and purpose only, to ask to join; the convenor and the officers who
may change the community approve or decline. Who belongs to a community and what its
meetings said are for its members: an outside member reads its purpose, its shared page and
its discussions, not who is in it nor its meetings, which name schools and people; the list
of communities names the ones they joined, and nothing else, for whoever is on no field
trial (fieldtrials.rules.may_list_communities).
"""

from datetime import datetime, time, timedelta

import rules
from django.db.models import Q
from django.utils import timezone
from django.utils.formats import date_format

from accounts.access import fetch_for
from accounts.memberships import memberships_of
from fieldtrials.models import CommunityOfPractice
from fieldtrials.rules import (
    TEAM_ROLES,
    changeable_communities,
    may_change_community,
    outside_member_filter,
    sees_community_through_trials,
    visible_fieldtrials,
)
from nextpractice import throttle
from nextpractice.rules_util import sees_everything, signed_in

from .models import JoinRequest


def open_communities(user):
    """Communities open to people beyond the programme: listed, by name and purpose, for
    anyone signed in to ask to join (`communities.view_open_community` as a filter)."""
    if not signed_in(user):
        return CommunityOfPractice.objects.none()
    return CommunityOfPractice.objects.filter(space__open_to_others=True)


@rules.predicate
def is_open_to_others(user, community):
    return signed_in(user) and open_communities(user).filter(pk=community.pk).exists()


@rules.predicate
def is_outside_member(user, community):
    """Joined from outside: reads the community, and writes nothing in it."""
    joined = outside_member_filter(user)
    return joined is not None and (
        CommunityOfPractice.objects.filter(joined, pk=community.pk).exists()
    )


@rules.predicate
def sees_members_and_meetings(user, community):
    """Its members, their trials' meetings and its activity: for whoever sees it through its
    trials (or reads everything) and whoever may change it; not for an outside member, who
    reads its purpose, shared page and discussions only (issue 19)."""
    if not signed_in(user):
        return False
    return bool(
        sees_community_through_trials(user, community) or may_change_community(user, community)
    )


def communities_seen_in_full(user):
    """Communities whose members, meetings and activity `user` reads: `communities.view_members`
    (sees_members_and_meetings, above) as a filter, built from the same two rules
    (those with a trial they see, fieldtrials.rules.sees_community_through_trials; those they
    may change, changeable_communities). No query of its own. An outside member of a
    community is not in it: they read its shared page and discussions only."""
    if sees_everything(user):
        return CommunityOfPractice.objects.all()
    if not signed_in(user):
        return CommunityOfPractice.objects.none()
    through_trials = CommunityOfPractice.field_trials.through.objects.filter(
        fieldtrial_id__in=visible_fieldtrials(user).values("pk")
    ).values("communityofpractice_id")
    return CommunityOfPractice.objects.filter(
        Q(pk__in=through_trials) | Q(pk__in=changeable_communities(user).values("pk"))
    )


@rules.predicate
def may_edit_page(user, community):
    """A member who writes: on the team of one of its trials, its convenor, or an officer
    who may change it. Partners and outside members read."""
    if not signed_in(user):
        return False
    if sees_everything(user):
        return True
    team = memberships_of(user).trials(TEAM_ROLES)
    if team and community.field_trials.filter(pk__in=team).exists():
        return True
    return bool(may_change_community(user, community))


def live_request(user, community):
    """`user`'s pending or approved request to join `community`, or None."""
    if not signed_in(user):
        return None
    return JoinRequest.objects.filter(
        community=community, user=user, status__in=JoinRequest.LIVE
    ).first()


ASK_AGAIN_AFTER = timedelta(days=JoinRequest.ASK_AGAIN_AFTER_DAYS)


def declines_still_standing():
    """Since when a decline still stands: one decided on a day less than ASK_AGAIN_AFTER
    ago, in whole days, so that someone told "You can ask again from 5 January" may ask
    from the start of that day."""
    first_day = timezone.localdate() - ASK_AGAIN_AFTER + timedelta(days=1)
    return timezone.make_aware(datetime.combine(first_day, time.min))


def declined_lately(user, community):
    """`user`'s latest request to join `community`, if declined (or they were removed from
    it) on a day less than ASK_AGAIN_AFTER ago, or None."""
    since = declines_still_standing()
    return (
        JoinRequest.objects.filter(
            community=community,
            user=user,
            status__in=JoinRequest.STANDING,
            decided_at__gte=since,
        )
        .order_by("-decided_at")
        .first()
    )


def ask_again_from(declined=None):
    """The day someone declined (or removed) may ask again, as pages say it ("5 January
    2027"); without `declined`, the day someone declined today would."""
    return ask_again_after(declined.decided_at if declined else timezone.now())


def ask_again_after(decided_at):
    """The day someone declined or removed at `decided_at` may ask again ("5 January 2027")."""
    return date_format(timezone.localdate(decided_at) + ASK_AGAIN_AFTER, "j F Y")


def declined_reason(declined):
    """Why someone declined (or removed) lately may not ask yet, and from when they may."""
    decided = date_format(timezone.localdate(declined.decided_at), "j F Y")
    if declined.status == JoinRequest.Status.REMOVED:
        what = f"You were removed from this community on {decided}."
    else:
        what = f"Your request to join was declined on {decided}."
    return f"{what} You can ask again from {ask_again_from(declined)}."


ASKS = 3  # asks to join one community a person may make in a DAY
DAY = timedelta(days=1)
ASKS_SCOPE = "communities.ask_to_join"


def asks_key(user, community):
    """What the asks of `user` to join `community` are counted by (nextpractice.throttle)."""
    return f"{user.pk}:{community.pk}"


def asked_too_often(community):
    return (
        f"You have asked to join ‘{community.name}’ {ASKS} times today. You can ask again tomorrow."
    )


def no_longer_waiting(join_request, viewer=None):
    """Why `join_request` can no longer be approved or declined, as a page says it to
    `viewer`, one of those who decide: who decided it and when, or that the asker withdrew
    it or has left."""
    said = "This request is no longer waiting:"
    status = join_request.status
    if status == JoinRequest.Status.WITHDRAWN:
        return f"{said} they withdrew it before anyone decided."
    if status == JoinRequest.Status.LEFT:
        return f"{said} it was approved, and they have since left the community."
    if status == JoinRequest.Status.REMOVED:
        return f"{said} it was approved, and they have since been removed from the community."
    if status == JoinRequest.Status.CLOSED:
        return f"{said} it ended when the community was closed to people beyond the programme."
    verb = "approved" if status == JoinRequest.Status.APPROVED else "declined"
    on = ""
    if join_request.decided_at:
        on = f" on {date_format(timezone.localdate(join_request.decided_at), 'j F Y')}"
    decider = join_request.decided_by
    if decider is None:
        return f"{said} it was {verb}{on}."
    who = "you" if decider == viewer else (decider.full_name or decider.email)
    return f"{said} {who} {verb} it{on}."


def check_join(user, community):
    """(allowed, reason): may `user` ask to join `community`? It must be open to others,
    and they neither a member already nor waiting for an answer, nor declined (or removed)
    within the last JoinRequest.ASK_AGAIN_AFTER_DAYS days, nor have asked ASKS times today
    (each ask tells those who decide)."""
    if not signed_in(user):
        return False, "Sign in to ask to join."
    if not is_open_to_others(user, community):
        return False, "This community is not open to others."
    if sees_community_through_trials(user, community):
        return False, "You already belong to this community through your field trials."
    live = live_request(user, community)
    if live is not None and live.status == JoinRequest.Status.APPROVED:
        return False, "You have already joined this community."
    if live is not None:
        return False, "You have already asked to join: its convenor will decide."
    declined = declined_lately(user, community)
    if declined is not None:
        return False, declined_reason(declined)
    # Said before they write (services.ask_to_join decides, recording the ask).
    key = asks_key(user, community)
    if not throttle.would_allow(scope=ASKS_SCOPE, key=key, limit=ASKS, per=DAY):
        return False, asked_too_often(community)
    return True, ""


@rules.predicate
def may_ask_to_join(user, community):
    return check_join(user, community)[0]


@rules.predicate
def may_leave(user, community):
    """Someone who joined from outside, or asked to, may leave (or withdraw the request)."""
    return live_request(user, community) is not None


@rules.predicate
def may_decide_request(user, join_request):
    return bool(may_change_community(user, join_request.community))


@rules.predicate
def may_remove_member(user, join_request):
    """Who decides who joins may take an outside member out again: the convenor and the
    officers who may change the community."""
    return bool(may_change_community(user, join_request.community))


rules.add_perm("communities.view_open_community", is_open_to_others)
rules.add_perm("communities.ask_to_join", may_ask_to_join)
rules.add_perm("communities.leave", may_leave)
rules.add_perm("communities.edit_page", may_edit_page)
rules.add_perm("communities.view_members", sees_members_and_meetings)
rules.add_perm("communities.decide_request", may_decide_request)
rules.add_perm("communities.remove_member", may_remove_member)


def get_open_community_for(user, pk, perm="communities.view_open_community"):
    """A community open to others (404 otherwise, whether or not it exists)."""
    return fetch_for(
        user,
        open_communities(user).select_related("space"),
        pk,
        perm,
        view_perm="communities.view_open_community",
    )


def get_join_request_for(user, pk, perm="communities.decide_request"):
    """A request to join a community `user` may change: 404 for anyone else (the asker
    included: they see their request on the community's own pages)."""
    return fetch_for(
        user,
        JoinRequest.objects.filter(community__in=changeable_communities(user)).select_related(
            "community", "user"
        ),
        pk,
        perm,
        view_perm="communities.decide_request",
    )


def get_community_to_leave_for(user, pk, perm="communities.leave"):
    """A community `user` joined from outside or asked to join (404 otherwise): the one
    thing they may do to it that they may not see is withdraw their request."""
    return fetch_for(
        user,
        CommunityOfPractice.objects.filter(
            join_requests__user=user, join_requests__status__in=JoinRequest.LIVE
        ).distinct()
        if signed_in(user)
        else CommunityOfPractice.objects.none(),
        pk,
        perm,
        view_perm="communities.leave",
    )
