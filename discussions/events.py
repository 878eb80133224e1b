"""What discussions' events say in a history (nextpractice/history.py). Those of a thread
for officers only are written on what it is about, naming no thread, and read by the
officers alone (Phrase.officers_only)."""

from nextpractice.history import Phrase


def _removed(event):
    # An open thread's removal names it (one for officers only: post_removed_for_officers).
    title = (event.data or {}).get("title")
    if title:
        return f"removed a post from the discussion “{title}”"
    return "removed a post from a discussion"


PHRASES = [
    Phrase("discussions.posted", "posted in the discussion “{target}”", kind="added"),
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
