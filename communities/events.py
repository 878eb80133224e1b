"""What communities' events say in a history (nextpractice/history.py)."""

from nextpractice.history import Link, Phrase

PHRASES = [
    Phrase("communities.community_changed", "changed the community {target}", kind="changed"),
    Phrase(
        "communities.page_edited",
        "changed the shared page of {target} (version {version})",
        kind="changed",
    ),
    Phrase("communities.join_requested", "asked to join the community {target}", kind="people"),
    Phrase(
        "communities.join_approved",
        "let {user_name} join the community {target}",
        kind="people",
    ),
    Phrase(
        "communities.join_declined",
        "declined {user_name}'s request to join the community {target}",
        kind="people",
    ),
    Phrase(
        "communities.member_removed",
        "removed {user_name} from the community {target}",
        kind="people",
    ),
    Phrase("communities.left", "left the community {target}", kind="people"),
    Phrase(
        "communities.join_withdrawn",
        "withdrew their request to join the community {target}",
        kind="people",
    ),
]

# Where the streams across places link these events: an edit of the shared page to the page
# as that edit left it, for those who may read the community (as its page_revision view).
LINKS = [
    Link(
        "fieldtrials.communityofpractice",
        "communities:page_revision",
        "fieldtrials.rules.visible_communities",
        words="shared page of {target} (version {version})",
        verb="communities.page_edited",
        args=lambda e: (e.target_id, int(e.data["version"])),
    ),
]
