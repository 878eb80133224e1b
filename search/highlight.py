"""Matching words marked in a result's title and excerpt, always HTML-escaped first.

On PostgreSQL `ts_headline` marks the matches (stemmed, as the search found them) between
search's private markers; here the text is escaped and only the markers become <mark>. On
SQLite the words typed are found plainly, case-insensitively, and marked the same way.
"""

import re

from django.utils.html import escape
from django.utils.safestring import mark_safe

from .indexing import MARKERS

START, STOP = MARKERS
EXCERPT_CHARS = 240


def marked(text):
    """`text` with search's markers around matches, as safe HTML: everything escaped, and
    only balanced markers turned into <mark>."""
    out, open_ = [], False
    for piece in re.split(f"([{START}{STOP}])", str(text or "")):
        if piece == START and not open_:
            out.append("<mark>")
            open_ = True
        elif piece == STOP and open_:
            out.append("</mark>")
            open_ = False
        elif piece not in MARKERS:
            out.append(escape(piece))
    if open_:
        out.append("</mark>")
    return mark_safe("".join(out))


def words_of(text):
    """The words typed, for SQLite's plain match: at most 8, none empty."""
    words = [w.strip("\"'") for w in str(text or "").split()]
    return [w for w in words if w and w.lower() not in {"or", "and"}][:8]


def plain_markers(text, words):
    """`text` with markers around each case-insensitive occurrence of `words` (SQLite)."""
    text = str(text or "")
    if not words:
        return text
    pattern = re.compile("|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)), re.I)
    return pattern.sub(lambda m: f"{START}{m.group(0)}{STOP}", text)


def excerpt(text, words=(), size=EXCERPT_CHARS):
    """About `size` characters of `text` around the first of `words` found (or its start)."""
    text = " ".join(str(text or "").split())
    if len(text) <= size:
        return text
    lower = text.lower()
    hits = [lower.find(w.lower()) for w in words]
    hits = [h for h in hits if h >= 0]
    start = max(0, min(hits) - size // 3) if hits else 0
    end = min(len(text), start + size)
    # Whole words only: move the start to the next word's and the end to the last space.
    if start and text[start - 1] != " ":
        start = text.find(" ", start, min(hits or [end])) + 1 or start
    if end < len(text) and text[end] != " ":
        space = text.rfind(" ", start, end)
        end = space if space > start else end
    cut = text[start:end].strip()
    return ("…" if start else "") + cut + ("…" if end < len(text) else "")
