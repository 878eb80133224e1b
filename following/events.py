"""What following's events say (nextpractice/history.py). They are written on the person,
outside any programme, so no page's history shows them: following is one's own business."""

from nextpractice.history import Phrase

PHRASES = [
    Phrase("following.followed", "followed the {noun} “{name}”", kind="people"),
    Phrase("following.stopped", "stopped following the {noun} “{name}”", kind="people"),
    Phrase(
        "following.digest_chosen", "chose a {frequency} digest of what they follow", kind="people"
    ),
]
