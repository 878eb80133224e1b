"""What discussions' events say in a history (nextpractice/history.py). Those of a thread
for officers only are written on what it is about, naming no thread, and read by the
officers alone (Phrase.officers_only)."""

from nextpractice.history import Link, Phrase


def _removed(event):
    # An open thread's removal names it (one for officers only: post_removed_for_officers).
    title = (event.data or {}).get("title")
    if title:
        return f"removed a post from the discussion “{title}”"
    return "removed a post from a discussion"


def _posted(event):
    # The first post started its thread (its event says so since it was kept: older ones
    # read as any post).
    if (event.data or {}).get("started"):
        return f"started the discussion “{event.target_name}”"
    return f"posted in the discussion “{event.target_name}”"


PHRASES = [
    Phrase("discussions.posted", _posted, kind="added"),
    Phrase(
        "discussions.posted_for_officers",
        "posted in a discussion for the programme officers of {target}",
        kind="added",
        officers_only=True,
    ),
    Phrase(
        "discussions.post_edited", "changed a post in the discussion “{target}”", kind="changed"
    ),
    Phrase(
        "discussions.post_edited_for_officers",
        "changed a post in a discussion for the programme officers of {target}",
        kind="changed",
        officers_only=True,
    ),
    Phrase("discussions.post_removed", _removed, kind="withdrawn"),
    Phrase(
        "discussions.post_removed_for_officers",
        "removed a post from a discussion for the programme officers of {target}",
        kind="withdrawn",
        officers_only=True,
    ),
]

# Where the streams across places link these events: a post in an open discussion to the
# post on its page, for those who may read the discussion (an officers' discussion's events
# are written on what it is about, whose own link they take).
LINKS = [
    Link(
        "discussions.thread",
        "discussions:thread_detail",
        "discussions.rules.visible_threads",
        words="discussion “{target}”",
        fragment=lambda e: f"post-{int(e.data['post'])}" if (e.data or {}).get("post") else "",
    ),
]
