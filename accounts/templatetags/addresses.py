"""E-mail addresses on narrow screens."""

import re

from django import template
from django.utils.html import conditional_escape
from django.utils.safestring import mark_safe

register = template.Library()


@register.filter(needs_autoescape=True)
def email_breaks(address, autoescape=True):
    """The address, escaped, with places it may wrap: after the @ and before each dot.

    A table keeps an unbroken address whole, so at 320 px a long one widened its column past
    the screen and was cut off; `<wbr>` lets it wrap there without changing what is copied or
    read out."""
    text = conditional_escape(address) if autoescape else str(address)
    return mark_safe(re.sub(r"(?<=@)|(?=\.)", "<wbr>", str(text)))
