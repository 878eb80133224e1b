"""What search finds in communities: a community's shared page ("What we are learning"),
once it has some text, for whoever sees the community (fieldtrials.rules.
visible_communities: its trials' people and its approved outside members). In the
knowledge base."""

from django.db.models import Prefetch
from django.urls import reverse

from discussions.text import plain
from fieldtrials.models import CommunityOfPractice, FieldTrial
from fieldtrials.rules import visible_communities
from search.access import community_keys
from search.registry import Copied, Document, Rekey, Searchable, register, sentences

from .models import CommunitySpace


def _page(space):
    if not space.text.strip():
        return None  # nothing published yet
    community = space.community
    return Document(
        title=f"{community.name}: what we are learning",
        body=sentences(plain(space.text)),
        url=reverse("fieldtrials:community_detail", args=[community.pk]),
        date=space.changed_at or community.created_at,
    )


def visible_pages(user):
    return CommunitySpace.objects.filter(community__in=visible_communities(user))


register(
    Searchable(
        kind="community-pages",
        label="Community pages",
        noun="community page",
        date_label="Last changed",
        model=CommunitySpace,
        order=80,
        document=_page,
        visible=visible_pages,
        keys=lambda space: community_keys(space.community),
        rows=lambda: CommunitySpace.objects.select_related("community").prefetch_related(
            Prefetch(
                "community__field_trials", queryset=FieldTrial.objects.select_related("project")
            )
        ),
        # Who sees a community's page follows its trials.
        rekeyed_by=(
            Rekey(
                CommunityOfPractice.field_trials.through,
                lambda community: CommunitySpace.objects.filter(community=community),
                owner="communityofpractice",
            ),
        ),
        knowledge=True,
        copies=(
            Copied(CommunityOfPractice, "community", ("name",)),  # the page's title
            # One of its trials moved to another project: who sees the page.
            Copied(FieldTrial, "community__field_trials", ("project",)),
        ),
    )
)
