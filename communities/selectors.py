"""Reading a community's space as a given person may see it. Who may see what is decided in
rules.py and fieldtrials/rules.py; these shape what they allow for pages."""

import difflib
from dataclasses import dataclass

from django.db.models import BooleanField, Case, Count, Min, Q, Value, When

from discussions.text import render_line
from fieldtrials.models import FieldTrialMembership
from fieldtrials.rules import changeable_communities

from .models import CommunitySpace, JoinRequest, PageRevision


def space_of(community):
    """The community's space, or an empty closed one (not saved) if nobody has written its
    page or opened it yet: reading a page never writes."""
    try:
        return community.space  # read with the community by fieldtrials.rules.get_community_for
    except CommunitySpace.DoesNotExist:
        return CommunitySpace(community=community)


def community_members(community):
    """The people of its trials, by name, with their organisations: a query to page, then
    `with_roles` for the page."""
    from accounts.models import User

    return (
        User.objects.filter(fieldtrial_memberships__field_trial__communities=community)
        .distinct()
        .select_related("organisation")
        .order_by("full_name", "pk")
    )


def with_roles(people, community):
    """Each of `people` (a page of community_members) with `roles`: the labels of the parts
    they play in the community's trials. One query, however many people and trials."""
    roles = {}
    rows = FieldTrialMembership.objects.filter(
        field_trial__communities=community, user__in=[p.pk for p in people]
    ).order_by("role")
    for row in rows:
        labels = roles.setdefault(row.user_id, [])
        label = row.get_role_display()
        if label not in labels:
            labels.append(label)
    for person in people:
        person.roles = roles.get(person.pk, [])
    return people


def outside_members(community):
    """Its approved outside members (a community of interest's): their requests, by name,
    with who they are, to page."""
    return (
        JoinRequest.objects.filter(community=community, status=JoinRequest.Status.APPROVED)
        .select_related("user__organisation")
        .order_by("user__full_name", "user_id")
    )


def page_revisions(space):
    """The shared page's saved versions, newest first, with who saved each."""
    if space.pk is None:
        return PageRevision.objects.none()
    return PageRevision.objects.filter(space=space).select_related("edited_by").order_by("-version")


def page_text_at(space, version):
    """The shared page's text as it was saved at `version` ("" at 0, before anyone wrote
    it), or None if it has no such version."""
    if version == 0:
        return ""
    return page_revisions(space).filter(version=version).values_list("text", flat=True).first()


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


# How many communities with requests waiting a home page names: a convenor has a few.
WAITING_SHOWN = 10


def requests_waiting_for(user, size=WAITING_SHOWN):
    """The communities whose requests to join `user` decides (those they may change, as
    rules.get_join_request_for asks) with some waiting for a decision, each with `waiting`
    (how many) and `waiting_since` (when the first was made): the longest waiting first, at
    most `size`. One query, however many communities and requests."""
    waiting = Q(join_requests__status=JoinRequest.Status.PENDING)
    return list(
        changeable_communities(user)
        .annotate(
            waiting=Count("join_requests", filter=waiting),
            waiting_since=Min("join_requests__created_at", filter=waiting),
        )
        .filter(waiting__gt=0)
        .order_by("waiting_since", "pk")[:size]
    )


def open_listing(page, user):
    """Mark each community on `page` (of rules.open_communities) with what `user` may do:
    `member` (they see it through their trials or have joined), `asked` (when their request
    waiting was made, or None) and `declined` (why they may not ask again yet, when its
    convenor declined or removed them lately, or ""). Two queries, however many rows."""
    from fieldtrials.rules import visible_communities

    from .rules import declined_reason, declines_still_standing

    ids = [c.pk for c in page]
    seen = set(visible_communities(user).filter(pk__in=ids).values_list("pk", flat=True))
    asked, declined = {}, {}
    rows = JoinRequest.objects.filter(user=user, community__in=ids).filter(
        Q(status=JoinRequest.Status.PENDING)
        | Q(
            status__in=JoinRequest.STANDING,
            decided_at__gte=declines_still_standing(),
        )
    )
    for row in rows.order_by("decided_at"):  # the latest decline last, so it is the one kept
        if row.status == JoinRequest.Status.PENDING:
            asked[row.community_id] = row.created_at
        else:
            declined[row.community_id] = declined_reason(row)
    for community in page:
        community.member = community.pk in seen
        community.asked = asked.get(community.pk)
        community.declined = declined.get(community.pk, "")
    return page


def joined_and_waiting(user):
    """(the communities `user` joined from outside and still reads, by name, as
    joined_from_outside; their requests to join still waiting for a decision, oldest first,
    with their communities): one query, for their home page."""
    from fieldtrials.models import CommunityOfPractice
    from fieldtrials.rules import outside_member_filter

    joined = outside_member_filter(user)
    if joined is None:
        return [], []
    rows = list(
        JoinRequest.objects.filter(user=user)
        .filter(
            Q(status=JoinRequest.Status.PENDING)
            | Q(
                status=JoinRequest.Status.APPROVED,
                community__in=CommunityOfPractice.objects.filter(joined).values("pk"),
            )
        )
        .select_related("community")
        .order_by("community__name", "pk")
    )
    waiting = [row for row in rows if row.status == JoinRequest.Status.PENDING]
    return (
        [row.community for row in rows if row.status == JoinRequest.Status.APPROVED],
        sorted(waiting, key=lambda row: (row.created_at, row.pk)),
    )


def joined_from_outside(user):
    """The communities `user` joined from outside and still reads (open to others)."""
    from fieldtrials.models import CommunityOfPractice
    from fieldtrials.rules import outside_member_filter

    joined = outside_member_filter(user)
    if joined is None:
        return CommunityOfPractice.objects.none()
    return CommunityOfPractice.objects.filter(joined).order_by("name")


@dataclass(frozen=True)
class Change:
    """One row of what changed between two versions of the shared page: a line `added`,
    `removed` or `same` (`text`), or `skipped`: `count` unchanged lines left out."""

    kind: str
    text: str = ""
    count: int = 0

    @property
    def shown(self):
        """The line as the page shows it (bold as bold, not "**"), safe HTML."""
        return render_line(self.text)


def page_changes(old, new, *, context=2):
    """What changed from the text `old` to the text `new`, line by line (blank lines left
    out: they only part paragraphs), with `context` unchanged lines either side of each
    change and the unchanged lines between them counted, not shown."""
    before = [line.rstrip() for line in (old or "").splitlines() if line.strip()]
    after = [line.rstrip() for line in (new or "").splitlines() if line.strip()]
    changes = []
    opcodes = difflib.SequenceMatcher(a=before, b=after, autojunk=False).get_opcodes()
    for n, (tag, i1, i2, j1, j2) in enumerate(opcodes):
        if tag != "equal":
            changes += [Change("removed", line) for line in before[i1:i2]]
            changes += [Change("added", line) for line in after[j1:j2]]
            continue
        same = before[i1:i2]
        head = same[:context] if n > 0 else []  # after the change before it
        tail = same[-context:] if n < len(opcodes) - 1 else []  # before the change after it
        if len(same) - len(head) - len(tail) < 2:  # a line left out takes a row too
            changes += [Change("same", line) for line in same]
            continue
        changes += [Change("same", line) for line in head]
        changes.append(Change("skipped", count=len(same) - len(head) - len(tail)))
        changes += [Change("same", line) for line in tail]
    return changes


def lines_changed(changes):
    """How many lines `changes` (page_changes) adds and removes: (added, removed)."""
    added = sum(1 for change in changes if change.kind == "added")
    return added, sum(1 for change in changes if change.kind == "removed")
