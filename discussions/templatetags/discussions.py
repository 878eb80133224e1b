from django import template

from ..text import render

register = template.Library()


@register.filter
def markdown(body):
    """A post's Markdown as sanitised HTML (discussions/text.py)."""
    return render(body)
