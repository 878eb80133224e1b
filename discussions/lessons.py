"""Recording a post as a lesson: a link to evaluation's own new-lesson page for what the
thread is about, its title and text filled in from the post (GET parameters only: the
lesson is written and saved there, by evaluation's rules and service)."""

from urllib.parse import urlencode

from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format

from .text import plain_text

# The quoted post is cut here, so the link stays well within what browsers and servers take.
QUOTE_LENGTH = 1500
# evaluation's name for each level a lesson can be about (evaluation/models/subjects.py).
LEVELS = {"field_trial": "field-trial", "project": "project"}


def _lesson_subject(thread):
    """(level, subject) a lesson from this thread is about: a trial or a project (an
    option's: its project). None for a community, which spans projects."""
    field = thread.subject_field
    if field == "option":
        return LEVELS["project"], thread.option.project
    if field in LEVELS:
        return LEVELS[field], thread.subject
    return None


def lesson_text(post):
    """The lesson's text, as the lesson's page shows it (plain text, as typed): the post's
    words in quotation marks, without Markdown's or a mention's marks, then who wrote it,
    when (in London) and in which discussion. The discussion's address is left out: the
    lesson is read by people who may not open the thread, and its page shows text, not
    links."""
    words = plain_text(post.body)
    if len(words) > QUOTE_LENGTH:
        words = words[:QUOTE_LENGTH].rstrip() + "…"
    author = post.author.full_name if post.author else "someone who has left"
    when = date_format(timezone.localtime(post.created_at), "j F Y")
    return f"“{words}”\n\n{author}, {when}, in the discussion “{post.thread.title}”."


def lesson_url(post, request):
    """The new-lesson page for this post, prefilled, for those who may record it (the
    request's user); else None."""
    user = request.user
    if post.is_withdrawn or not user.has_perm("discussions.record_lesson", post):
        return None
    found = _lesson_subject(post.thread)
    if found is None:
        return None
    level, subject = found
    if not user.has_perm("evaluation.steer", subject):  # what the new-lesson page asks
        return None
    page = reverse(
        "evaluation:record_create", kwargs={"parent": level, "pk": subject.pk, "kind": "lesson"}
    )
    text = lesson_text(post)
    return f"{page}?{urlencode({'title': post.thread.title[:200], 'text': text})}"
