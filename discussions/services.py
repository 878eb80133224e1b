"""Starting threads, posting in them and withdrawing posts."""

from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.db.models.functions import Lower
from django.utils import timezone

from accounts.models import NotificationKind, User
from accounts.services import notify, record_event

from .models import Post, Thread
from .text import mentioned_names


@transaction.atomic
def start_thread(*, field_trial, title, body, actor, officers_only=False):
    """Open a thread on a field trial with its first post; returns the thread."""
    if not actor.has_perm("discussions.start_thread", field_trial):
        raise PermissionDenied("You may read this trial's discussions but not start one.")
    if officers_only and not actor.has_perm("discussions.start_officers_thread", field_trial):
        raise PermissionDenied("Only the project's programme officers start threads for them.")
    now = timezone.now()
    thread = Thread(
        field_trial=field_trial,
        title=(title or "").strip(),
        officers_only=officers_only,
        created_by=actor,
        created_at=now,
        last_posted_at=now,
    )
    thread.full_clean()
    thread.save()
    _add_post(thread=thread, body=body, actor=actor, at=now)
    return thread


@transaction.atomic
def reply(*, thread, body, actor):
    """Add a post to a thread; returns the post."""
    if not actor.has_perm("discussions.post", thread):
        raise PermissionDenied("You may read this discussion but not post in it.")
    now = timezone.now()
    # The thread's row is locked, so two replies at once each move it on in turn.
    Thread.objects.select_for_update().filter(pk=thread.pk).update(last_posted_at=now)
    return _add_post(thread=thread, body=body, actor=actor, at=now)


def _add_post(*, thread, body, actor, at):
    post = Post(thread=thread, author=actor, body=(body or "").strip(), created_at=at)
    post.full_clean()
    post.save()
    _record_posted(post=post, actor=actor)
    notify_mentions(post=post)
    return post


def _record_posted(*, post, actor):
    thread = post.thread
    if thread.officers_only:
        # Events are read with the trial: an officers' thread is named to nobody else, so
        # its event says only that officers talked, on the trial itself.
        record_event(actor=actor, verb="discussions.posted_for_officers", target=thread.field_trial)
    else:
        record_event(
            actor=actor,
            verb="discussions.posted",
            target=thread,
            data={"post": post.pk, "title": thread.title},
        )


def notify_mentions(*, post):
    """Tell each person the post mentions (@[Full Name]) who may read its thread, once per
    post whoever calls this and however often: the notification's key decides, in the
    database. People who may not read the thread are neither told nor told of."""
    names = [name.casefold() for name in mentioned_names(post.body)]
    if not names:
        return []
    thread = post.thread
    candidates = (
        User.objects.filter(is_active=True)
        .annotate(name_folded=Lower("full_name"))
        .filter(name_folded__in=names)
        .exclude(pk=post.author_id)
    )
    told = []
    author = post.author.full_name if post.author else "Someone"
    for person in candidates:
        # full_name compared case-blind in Python too: Lower() and casefold() differ on a few
        # letters, and a near miss must not reach the wrong person.
        if person.full_name.casefold() not in names:
            continue
        if not person.has_perm("discussions.view_thread", thread):
            continue
        notification = notify(
            recipient=person,
            kind=NotificationKind.MENTION,
            message=f"{author} mentions you in “{thread.title}”.",
            key=f"post:{post.pk}",
            url=post.get_absolute_url(),
        )
        if notification is not None:
            told.append(person)
    return told


@transaction.atomic
def withdraw_post(*, post, actor, reason=""):
    """Withdraw a post: it stays in its place as "removed by ..." so the replies read."""
    if not actor.has_perm("discussions.withdraw_post", post):
        raise PermissionDenied("Only its author and the project's officers remove a post.")
    post = Post.objects.select_for_update().get(pk=post.pk)
    if post.is_withdrawn:
        return post
    post.withdrawn_at = timezone.now()
    post.withdrawn_by = actor
    post.withdrawn_reason = (reason or "").strip()
    post.save(update_fields=["withdrawn_at", "withdrawn_by", "withdrawn_reason"])
    thread = post.thread
    record_event(
        actor=actor,
        verb="discussions.post_removed",
        target=thread.field_trial if thread.officers_only else thread,
        data={} if thread.officers_only else {"title": thread.title},
    )
    return post
