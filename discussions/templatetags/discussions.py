"""Discussion tags: a post's Markdown, and a subject's latest threads for its page.

    {% load discussions %}{% threads_panel subject %}

`subject` is a field trial, project, creative option or community of practice.
"""

from django import template

from ..selectors import threads_of
from ..subjects import kind_of, may_start, new_thread_url, threads_url
from ..text import render

register = template.Library()

PANEL_SIZE = 3


@register.filter
def markdown(body, told=None):
    """A post's Markdown as sanitised HTML (discussions/text.py); `{{ post.body|markdown:
    post.told_names }}` puts in bold only the mentions that told someone."""
    return render(body, told)


@register.inclusion_tag("discussions/_threads_panel.html", takes_context=True)
def threads_panel(context, subject, heading_class="govuk-heading-m"):
    """The subject's latest threads the person may read (one query), with the link to all of
    them and "Start a discussion" for those who may."""
    user = context["request"].user
    latest = list(threads_of(subject, user)[: PANEL_SIZE + 1])
    return {
        "threads": latest[:PANEL_SIZE],
        "more": len(latest) > PANEL_SIZE,
        "kind": kind_of(subject),
        "threads_url": threads_url(subject),
        "new_thread_url": new_thread_url(subject),
        "may_start": may_start(user, subject),
        "heading_class": heading_class,
    }
