"""Small helpers for the GOV.UK field templates we override (templates/gds/layout/)."""

from django import template

register = template.Library()


@register.filter
def chosen_strings(value):
    """A bound field's value as a set of strings, read once for the whole list of choices."""
    if value is None:
        return frozenset()
    if isinstance(value, (list, tuple, set, frozenset)):
        return frozenset(str(v) for v in value)
    return frozenset([str(value)])
