"""Words for a record's name where the whole of its text would be too long."""

import textwrap


def shortened(text, width):
    """`text` whole if it fits `width` characters, else cut after its last whole word that
    fits, with "…": "Becta: work with Knowsley's City…", not "…City Learning Centr". A first
    word longer than `width` is cut within itself."""
    text = " ".join(str(text or "").split())
    short = textwrap.shorten(text, width=width, placeholder="…")
    if short == "…" and text:
        return f"{text[: width - 1]}…"
    return short
