"""Matching words marked in a result's title and excerpt, always HTML-escaped first.

On PostgreSQL `ts_headline` marks the matches (stemmed, as the search found them) between
search's private markers, in the text with "&", "<" and ">" as entities (unescaped); here
the text is escaped and only the markers become <mark>. On SQLite the words typed are found
plainly, case-insensitively, and marked the same way.
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


ENTITIES = {"&amp;": "&", "&lt;": "<", "&gt;": ">"}
ENTITY = re.compile("|".join(ENTITIES))


def unescaped(text):
    """PostgreSQL's excerpt or title of a document as it was written: ts_headline read it
    with "&", "<" and ">" as entities (search/indexing.py Escaped), so that words in angle
    brackets are kept. Only these three, in one pass: a document's own "&lt;" was read as
    "&amp;lt;" and is "&lt;" again. What it gives is text, escaped by marked()."""
    return ENTITY.sub(lambda m: ENTITIES[m.group(0)], str(text or ""))


WORD = re.compile(r"[^\W_]+")
ENDS_SEEN = 8  # words compared where an excerpt may be cut
# PostgreSQL's English stop words (tsearch_data/english.stop, which search's configuration
# copies): ts_headline starts and ends an excerpt on a word that is not one of them.
STOP_WORDS = frozenset(
    """
    i me my myself we our ours ourselves you your yours yourself yourselves he him his
    himself she her hers herself it its itself they them their theirs themselves what
    which who whom this that these those am is are was were be been being have has had
    having do does did doing a an the and but if or because as until while of at by for
    with about against between into through during before after above below to from up
    down in out on off over under again further then once here there when where why how
    all any both each few more most other some such no nor not only own same so than too
    very s t can will just don should now
    """.split()
)


def _words(text):
    """The words of `text` (their matches), less the stop words at either end, as ts_headline
    starts and ends an excerpt."""
    found = list(WORD.finditer(text))
    start, end = 0, len(found)
    while start < end and found[start].group(0).casefold() in STOP_WORDS:
        start += 1
    while end > start and found[end - 1].group(0).casefold() in STOP_WORDS:
        end -= 1
    return found[start:end]


def _alike(one, other):
    return [m.group(0).casefold() for m in one] == [m.group(0).casefold() for m in other]


def cut_marked(text, head, tail):
    """PostgreSQL's excerpt `text` (its matches between the markers), with "…" before it when
    it does not start where the body starts (`head`, the body's first characters) and after
    it when it does not end where the body ends (`tail`, its last): ts_headline cuts at
    words, so their first and last few words are compared. Where it is not cut, the stop
    words and punctuation ts_headline trimmed there come back ("A short text.", not "short
    text")."""
    text = str(text or "")
    words = _words(re.sub(f"[{START}{STOP}]", "", text))
    if not words:
        return text
    head, tail = str(head or ""), str(tail or "")
    first, last = _words(head), _words(tail)
    # The body's edges are cut by characters: the word at the cut is not compared.
    seen = max(1, min(ENDS_SEEN, len(words), len(first) - 1, len(last) - 1))
    starts = bool(first) and _alike(words[:seen], first[:seen])
    ends = bool(last) and _alike(words[-seen:], last[-seen:])
    plain = re.sub(f"[{START}{STOP}]", "", text)
    before = _missing_before(head[: first[0].start()].lstrip(), plain) if starts else "…"
    after = _missing_after(tail[last[-1].end() :].rstrip(), plain) if ends else "…"
    return before + text + after


def _cuts(edge, space_at):
    """Where `edge` (the words before a body's first word, or after its last) may be cut:
    between words, never within one, nor where the part kept would start (or end) with a
    space (`space_at`: the offset from the cut of the character that may not be one)."""
    return [
        at
        for at in range(len(edge) + 1)
        if (at in (0, len(edge)) or not (edge[at - 1].isalnum() and edge[at].isalnum()))
        and not (0 <= at + space_at < len(edge) and edge[at + space_at].isspace())
    ]


def _missing_before(edge, plain):
    """What of `edge`, the body's start before its first word that is not a stop word, the
    excerpt `plain` lacks: ts_headline mostly trims the stop words there ("What happened:"
    starts "happened:"), but sometimes keeps them, and then nothing is put back (not "What
    What happened:")."""
    start = plain.lstrip().casefold()
    for at in _cuts(edge, 0):  # the longest part of it the excerpt already starts with first
        kept = edge[at:].strip().casefold()
        if kept and start.startswith(kept):
            return edge[:at]
    return edge


def _missing_after(edge, plain):
    """What of `edge`, the body's end after its last word that is not a stop word, the
    excerpt `plain` lacks (as _missing_before)."""
    end = plain.rstrip().casefold()
    for at in reversed(_cuts(edge, -1)):
        kept = edge[:at].strip().casefold()
        if kept and end.endswith(kept):
            return edge[at:]
    return edge


# A word, a "quoted phrase" (its closing quote may be missing), either with a minus before it.
TERM = re.compile(r'(-?)"([^"]*)"?|(\S+)')
JOINING = {"or", "and"}  # PostgreSQL's web search reads "or"; neither is a word to find


def terms_of(text):
    """What was typed, read as the search box's hint says PostgreSQL reads it (for SQLite's
    plain match): (terms wanted, terms left out), words and "quoted phrases", a term with a
    minus before it left out; at most 8 of each."""
    wanted, unwanted = [], []
    for minus, quoted, bare in TERM.findall(str(text or "")):
        if bare:
            minus = "-" if bare.startswith("-") and len(bare) > 1 else ""
            term = bare.lstrip("-").strip("\"'")
        else:
            term = " ".join(quoted.split())
        if term and term.lower() not in JOINING:
            (unwanted if minus else wanted).append(term)
    return wanted[:8], unwanted[:8]


def words_of(text):
    """The words and phrases typed to be found (not those left out), for SQLite's match."""
    return terms_of(text)[0]


def _term_pattern(term):
    return r"\s+".join(re.escape(word) for word in term.split())


def word_start(term):
    """A regular expression finding `term` where a word starts: "partner" finds
    "partnership", "tab" does not find "established" (SQLite's match, whole words from
    their start; PostgreSQL stems them instead)."""
    return r"(?<!\w)" + _term_pattern(term)


def plain_markers(text, words):
    """`text` with markers around each case-insensitive occurrence of `words` where a word
    starts (SQLite)."""
    text = str(text or "")
    if not words:
        return text
    ordered = sorted(words, key=len, reverse=True)
    pattern = re.compile(r"(?<!\w)(?:" + "|".join(_term_pattern(w) for w in ordered) + ")", re.I)
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
