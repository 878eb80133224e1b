"""Template filters for evaluation pages."""

from django import template

from ..charts import number as plain_number

register = template.Library()


@register.filter
def number(value):
    """A decimal for people: 93.5, 100, 12 (no trailing zeros, no exponent)."""
    return plain_number(value)
