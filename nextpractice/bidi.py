"""Characters that make text read other than it is: "Sam<U+202E>evil" shows as "Samlive",
and `photo<U+202E>gnp.exe` as `photoexe.png`. Taken out of names, titles and file names as
they come in; a paragraph keeps the marks, which right-to-left writing uses."""

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
