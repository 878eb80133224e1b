"""E-mail addresses on narrow screens."""

import re

from django import template
from django.utils.html import conditional_escape
from django.utils.safestring import mark_safe

register = template.Library()
BREAKS = re.compile(r"(?<=@)|(?=\.)")
# A word holding an @ in a sentence: an address, perhaps in quotation marks ("“jo@x.org”").
ADDRESS = re.compile(r"\S+@\S+")


# A run of escaped text with no place to wrap that would widen a table past a phone's screen
# (a pasted "address" of 200 letters without a dot): it may wrap every WORD_PIECE characters,
# never inside an entity ("&amp;"). At 320 px a table's second column holds about 18 digits,
# or 12 capital Ws: "“99999999999999999999”." (23 characters) made the page 348 px wide.
LONG_WORD = re.compile(r"[^\s<>]{16,}")
CHARACTER = re.compile(r"&#?\w+;|.", re.S)
WORD_PIECE = 12


def _broken(text):
    return BREAKS.sub("<wbr>", text)


def _pieces(found):
    characters = CHARACTER.findall(found.group())
    return "<wbr>".join(
        "".join(characters[i : i + WORD_PIECE]) for i in range(0, len(characters), WORD_PIECE)
    )


@register.filter(needs_autoescape=True)
def email_breaks(address, autoescape=True):
    """The address, escaped, with places it may wrap: after the @ and before each dot.

    A table keeps an unbroken address whole, so at 320 px a long one widened its column past
    the screen and was cut off; `<wbr>` lets it wrap there without changing what is copied or
    read out."""
    text = conditional_escape(address) if autoescape else str(address)
    return mark_safe(_broken(str(text)))


@register.filter(needs_autoescape=True)
def email_breaks_in(message, autoescape=True):
    """A sentence, escaped, whose e-mail addresses may wrap as `email_breaks` lets one (an
    import's "jo@x.org is in the file twice"), and whose words too long for a phone's screen
    may wrap inside (an import's "“aaaa…” is not an e-mail address" widened the page to 1,040
    px): the rest of it is left as it is."""
    text = conditional_escape(message) if autoescape else str(message)
    text = ADDRESS.sub(lambda found: _broken(found.group()), str(text))
    return mark_safe(LONG_WORD.sub(_pieces, text))
