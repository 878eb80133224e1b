"""Characters that make text read other than it is: "Sam<U+202E>evil" shows as "Samlive",
and `photo<U+202E>gnp.exe` as `photoexe.png`. Taken out of names, titles and file names as
they come in; a paragraph keeps the marks, which right-to-left writing uses. Text of nothing
but spaces and invisible characters (a zero-width space) `shows_nothing`: a form takes it as
empty."""

import unicodedata

# The bidirectional embeddings and overrides (U+202A-E) and isolates (U+2066-9): they turn
# round or set apart whatever follows them.
REORDERING = frozenset(
    [chr(c) for c in range(0x202A, 0x202F)] + [chr(c) for c in range(0x2066, 0x206A)]
)
# The left-to-right, right-to-left and Arabic letter marks.
MARKS = frozenset(["\u200e", "\u200f", "\u061c"])
BIDI_CONTROLS = REORDERING | MARKS


def without_bidi(text, *, keep_marks=False):
    """`text` without the bidirectional controls; with `keep_marks`, without only those that
    reorder (for text of several lines)."""
    taken = REORDERING if keep_marks else BIDI_CONTROLS
    return "".join(c for c in text if c not in taken)


# Characters that are drawn as nothing though they are letters or symbols: the Hangul fillers
# and the blank Braille pattern. Invisible too: every format character (Unicode category Cf:
# zero-width spaces and joiners, the soft hyphen, the byte order mark) and control character.
BLANKS = frozenset("\u115f\u1160\u3164\uffa0\u2800")
INVISIBLE_CATEGORIES = frozenset(["Cf", "Cc"])


def shows_nothing(text):
    """Whether `text` shows nothing on a page: it is only spaces and invisible characters
    (a title of two zero-width spaces would be an empty link that nobody can click)."""
    return all(
        c.isspace() or c in BLANKS or unicodedata.category(c) in INVISIBLE_CATEGORIES for c in text
    )
