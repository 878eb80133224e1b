"""Recording a post as a lesson: a link to evaluation's own new-lesson page for what the
thread is about, its title and text filled in from the post (GET parameters only: the
lesson is written and saved there, by evaluation's rules and service)."""

from urllib.parse import urlencode

from django.urls import reverse

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


def lesson_text(post, request):
    """The lesson's text: the post quoted, who wrote it and when, and the way back to it, at
    the address the person reached the app at (not the setting for e-mails sent by background
    jobs, NEXTPRACTICE_SITE_URL, which is 127.0.0.1:8000 unless set)."""
    body = post.body if len(post.body) <= QUOTE_LENGTH else post.body[:QUOTE_LENGTH] + "…"
    quoted = "\n".join(f"> {line}" if line else ">" for line in body.splitlines())
    author = post.author.full_name if post.author else "someone who has left"
    link = request.build_absolute_uri(post.get_absolute_url())
    return (
        f"{quoted}\n\n{author}, {post.created_at:%d %B %Y}, in the discussion "
        f"“{post.thread.title}”: {link}"
    )


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
    text = lesson_text(post, request)
    return f"{page}?{urlencode({'title': post.thread.title[:200], 'text': text})}"
