"""Reading a community's space as a given person may see it. Who may see what is decided in
rules.py and fieldtrials/rules.py; these shape what they allow for pages."""

from django.db.models import BooleanField, Case, Value, When

from fieldtrials.models import FieldTrialMembership

from .models import CommunitySpace, JoinRequest, PageRevision


def space_of(community):
    """The community's space, or an empty closed one (not saved) if nobody has written its
    page or opened it yet: reading a page never writes."""
    try:
        return community.space  # read with the community by fieldtrials.rules.get_community_for
    except CommunitySpace.DoesNotExist:
        return CommunitySpace(community=community)


def community_members(community):
    """(people of its trials, its approved outside members): each a list of users, by name,
    the first with `roles` (the labels of the parts they play in its trials). Two queries,
    however many trials and people."""
    rows = (
        FieldTrialMembership.objects.filter(field_trial__communities=community)
        .select_related("user__organisation")
        .order_by("user__full_name", "user_id")
    )
    people = {}
    for row in rows:
        person = people.setdefault(row.user_id, row.user)
        labels = person.__dict__.setdefault("roles", [])
        label = row.get_role_display()
        if label not in labels:
            labels.append(label)
    outside = [
        r.user
        for r in JoinRequest.objects.filter(community=community, status=JoinRequest.Status.APPROVED)
        .select_related("user__organisation")
        .order_by("user__full_name", "user_id")
    ]
    return list(people.values()), outside


def page_revisions(space):
    """The shared page's saved versions, newest first, with who saved each."""
    if space.pk is None:
        return PageRevision.objects.none()
    return PageRevision.objects.filter(space=space).select_related("edited_by").order_by("-version")


def join_requests_of(community):
    """Requests to join `community`: those waiting first, then the rest, each newest first,
    with who asked and who decided."""
    return (
        JoinRequest.objects.filter(community=community)
        .select_related("user__organisation", "decided_by")
        .annotate(
            waiting=Case(
                When(status=JoinRequest.Status.PENDING, then=Value(True)),
                default=Value(False),
                output_field=BooleanField(),
            )
        )
        .order_by("-waiting", "-created_at", "-id")
    )


def pending_count(community):
    return JoinRequest.objects.filter(
        community=community, status=JoinRequest.Status.PENDING
    ).count()


def open_listing(page, user):
    """Mark each community on `page` (of rules.open_communities) with what `user` may do:
    `member` (they see it through their trials or have joined), `asked` (their request
    waiting, or None). Two queries, however many rows."""
    from fieldtrials.rules import visible_communities

    ids = [c.pk for c in page]
    seen = set(visible_communities(user).filter(pk__in=ids).values_list("pk", flat=True))
    asked = dict(
        JoinRequest.objects.filter(
            user=user, community__in=ids, status=JoinRequest.Status.PENDING
        ).values_list("community_id", "created_at")
    )
    for community in page:
        community.member = community.pk in seen
        community.asked = asked.get(community.pk)
    return page


def joined_from_outside(user):
    """The communities `user` joined from outside and still reads (open to others)."""
    from fieldtrials.models import CommunityOfPractice
    from fieldtrials.rules import outside_member_filter

    joined = outside_member_filter(user)
    if joined is None:
        return CommunityOfPractice.objects.none()
    return CommunityOfPractice.objects.filter(joined).order_by("name")
