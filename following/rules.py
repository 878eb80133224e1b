"""Who may follow what, and whose follows count. Access is decided here only.

A person follows a project, field trial or community of practice they may see, as each
app's rules have it (programmes.rules, fieldtrials.rules: visible_projects,
visible_fieldtrials, visible_communities); a follow counts only while they still see its
subject, so someone who loses access hears nothing more of it.

What a follower reads of a community depends on how they see it: its members (those who see
it through its trials, and those who may change it) read all its activity; an outside member
of a community of interest reads its shared page and discussions only, as
`communities.view_members` (communities.rules.sees_members_and_meetings) says.
"""

from dataclasses import dataclass

import rules
from django.db.models import Q
from django.urls import reverse

from fieldtrials.models import CommunityOfPractice, FieldTrial
from fieldtrials.rules import (
    get_community_for,
    get_fieldtrial_for,
    visible_communities,
    visible_fieldtrials,
)
from nextpractice.rules_util import signed_in
from programmes.models import Project
from programmes.rules import get_project_for, visible_projects

from .models import Follow


@dataclass(frozen=True)
class SubjectKind:
    """One kind of thing a person may follow."""

    slug: str  # in URLs: /following/<slug>/<pk>/
    field: str  # the Follow field holding it
    model: type
    noun: str  # "the project"
    view_perm: str
    visible: object  # user -> queryset of those they see (the app's rule)
    fetch: object  # (user, pk) -> one they see, or 404 (the app's get_<noun>_for)
    url_name: str


KINDS = {
    kind.slug: kind
    for kind in (
        SubjectKind(
            "projects", "project", Project, "project", "programmes.view_project",
            visible_projects, get_project_for, "programmes:project_detail",
        ),
        SubjectKind(
            "field-trials", "field_trial", FieldTrial, "field trial",
            "fieldtrials.view_fieldtrial", visible_fieldtrials, get_fieldtrial_for,
            "fieldtrials:fieldtrial_detail",
        ),
        SubjectKind(
            "communities", "community", CommunityOfPractice, "community of practice",
            "fieldtrials.view_community", visible_communities, get_community_for,
            "fieldtrials:community_detail",
        ),
    )
}  # fmt: skip


def kind_of(subject):
    """The SubjectKind of a project, field trial or community (LookupError otherwise)."""
    for kind in KINDS.values():
        if isinstance(subject, kind.model):
            return kind
    raise LookupError(f"{type(subject).__name__} cannot be followed")


def subject_url(subject):
    return reverse(kind_of(subject).url_name, args=[subject.pk])


@rules.predicate
def may_follow(user, subject):
    """Anyone signed in who may see the subject, as its own app's rule says."""
    try:
        kind = kind_of(subject)
    except LookupError:
        return False
    return signed_in(user) and user.has_perm(kind.view_perm, subject)


rules.add_perm("following.follow", may_follow)


def get_subject_for(user, slug, pk):
    """The project, trial or community `slug` and `pk` name, if `user` sees it (404
    otherwise, the same for one that does not exist)."""
    from django.http import Http404

    kind = KINDS.get(slug)
    if kind is None:
        raise Http404("No such page, or you do not have access to it.")
    return kind.fetch(user, pk)


def counting_follows(user, fields=None):
    """`user`'s follows of subjects they still see: the only ones their stream and digest
    read. A filter on Follow rows (subqueries, no query of its own). `fields`: only their
    follows of those kinds ("project", "field_trial", "community"), whose rules alone are
    written into it."""
    if not signed_in(user):
        return Follow.objects.none()
    seen = Q()
    for kind in KINDS.values():
        if fields is None or kind.field in fields:
            seen |= Q(**{f"{kind.field}__in": kind.visible(user).values("pk")})
    if not seen:
        return Follow.objects.none()
    return Follow.objects.filter(user=user).filter(seen)
