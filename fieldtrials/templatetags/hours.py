"""Support hours as people write them: `{% load hours %}{{ session.hours|hours }}`."""

from decimal import Decimal, InvalidOperation

from django import template

register = template.Library()


@register.filter
def hours(value):
    """14.5, 1.25, 3: to the hundredth, without the zeros "14.50" and "3.00" carried."""
    try:
        figure = Decimal(value).quantize(Decimal("0.01"))
    except (InvalidOperation, TypeError, ValueError):
        return value
    text = f"{figure:f}"
    return text.rstrip("0").rstrip(".") if "." in text else text
