"""Starting threads, posting in them, editing and withdrawing posts."""

from datetime import timedelta

from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.db.models.functions import Lower
from django.utils import timezone

from accounts.models import Notification, NotificationKind
from accounts.services import notify, record_event, settle_notifications
from nextpractice import throttle
from nextpractice.records.services import RecordConflict, RecordWithdrawn
from nextpractice.words import fitted, shortened
from programmes.services.lifecycle import lock_open_project

from .models import Attachment, Post, PostRevision, Thread
from .subjects import project_of

# How much one person may write (new threads, replies and edits together) in a span.
POSTING_LIMIT = 20
POSTING_SPAN = timedelta(minutes=10)


class PostingTooFast(Exception):
    """The person has written POSTING_LIMIT times within POSTING_SPAN: nothing is saved."""

    def __init__(self):
        minutes = int(POSTING_SPAN.total_seconds() // 60)
        super().__init__(
            f"You have posted {POSTING_LIMIT} times in the last {minutes} minutes. Wait a few "
            "minutes, then post again: what you wrote is still in the form below."
        )


def _within_posting_limit(actor):
    """Count one use of the person's posting allowance, or refuse (nextpractice.throttle:
    decided in the database, so it holds across every app process)."""
    if not throttle.allow(
        scope="discussions.posting", key=str(actor.pk), limit=POSTING_LIMIT, per=POSTING_SPAN
    ):
        raise PostingTooFast()


def _event_target(thread):
    """What a post's event is about: the thread; for an officers' thread, what it is about
    (its title is named to nobody else: the event says only that officers talked)."""
    return thread.subject if thread.officers_only else thread


def start_thread(
    *, subject, title, body, actor, officers_only=False, files=(), monthly_update=None
):
    """Open a thread on a field trial, project, option or community of practice with its
    first post (on a trial, about `monthly_update` when given); returns the thread.
    PostingTooFast past the person's posting allowance; ProjectWithdrawn for a withdrawn
    project, or a trial or option of one (decided under the project's lock, as for its
    records)."""
    if not actor.has_perm("discussions.start_thread", subject):
        raise PermissionDenied("You may read these discussions but not start one.")
    if officers_only and not actor.has_perm("discussions.start_officers_thread", subject):
        raise PermissionDenied("Only the programme officers start threads for them.")
    _within_posting_limit(actor)
    with transaction.atomic():
        project = project_of(subject)
        if project is not None:
            lock_open_project(project)
        now = timezone.now()
        thread = Thread(
            title=(title or "").strip(),
            officers_only=officers_only,
            created_by=actor,
            created_at=now,
            last_posted_at=now,
            monthly_update=monthly_update,
        ).set_subject(subject)
        thread.full_clean()
        thread.save()
        first = _add_post(thread=thread, body=body, actor=actor, at=now, files=files, started=True)
    thread.told = first.told
    return thread


def reply(*, thread, body, actor, files=()):
    """Add a post to a thread; returns the post. PostingTooFast past the person's posting
    allowance; ProjectWithdrawn (ProjectClosed) in a thread of a withdrawn or closed project,
    or a trial or option of one, as for starting one."""
    if not actor.has_perm("discussions.post", thread):
        raise PermissionDenied("You may read this discussion but not post in it.")
    _within_posting_limit(actor)
    with transaction.atomic():
        _lock_open_project_of(thread)
        now = timezone.now()
        # The thread's row is locked, so two replies at once each move it on in turn.
        Thread.objects.select_for_update().filter(pk=thread.pk).update(last_posted_at=now)
        return _add_post(thread=thread, body=body, actor=actor, at=now, files=files)


def _lock_open_project_of(thread):
    """The project of `thread`'s subject locked, refused once withdrawn or closed (none for a
    community of practice): taken first, as start_thread and withdraw_project take it."""
    project = project_of(thread.subject)
    if project is not None:
        lock_open_project(project)


def _add_post(*, thread, body, actor, at, files=(), started=False):
    post = Post(thread=thread, author=actor, body=(body or "").strip(), created_at=at)
    post.full_clean()
    post.save()
    for upload, content_type in files:
        attach(post=post, upload=upload, content_type=content_type)
    _record_posted(post=post, actor=actor, started=started)
    post.told = notify_mentions(post=post)
    return post


def attach(*, post, upload, content_type):
    """Keep a file with a post: `upload` already checked by nextpractice.uploads.check_upload
    (the form does), `content_type` what it found."""
    attachment = Attachment(
        post=post, original_name=upload.name, file_type=content_type, size=upload.size
    )
    attachment.file.save(upload.name, upload, save=False)
    attachment.full_clean()
    attachment.save()
    return attachment


def _record_posted(*, post, actor, started=False):
    """The event of a post; `started`: the first post, which opened its thread ("started the
    discussion", discussions/events.py; events written before it was kept say "posted in")."""
    thread = post.thread
    if thread.officers_only:
        record_event(
            actor=actor, verb="discussions.posted_for_officers", target=_event_target(thread)
        )
    else:
        data = {"post": post.pk, "title": thread.title}
        if started:
            data["started"] = True
        record_event(actor=actor, verb="discussions.posted", target=thread, data=data)


class Told(list):
    """The people a post's mentions told just now (a list), and `nobody`: the names
    it mentions, as written, that are nobody's who may read its thread (but the author's own),
    so its author can be told that nobody of that name was told. Whether such a person
    exists, or why they may not read the thread, is not said."""

    def __init__(self, people=(), nobody=()):
        super().__init__(people)
        self.nobody = list(nobody)


def notify_mentions(*, post):
    """Tell each person the post mentions (@[Full Name]) who may read its thread, once per
    post whoever calls this and however often: the notification's key decides, in the
    database. People who may not read the thread are neither told nor told of. Returns the
    people told now, with the names that reached nobody (Told)."""
    from .text import mentioned_names

    written = {name.casefold(): name for name in mentioned_names(post.body)}
    if not written:
        return Told()
    thread = post.thread
    told, reached = [], set()
    author = post.author.full_name if post.author else "Someone"
    for person in _readers_named(written, thread, post.author_id):
        # Told now, or of this post before (an edit tells nobody twice).
        reached.add(person.full_name.casefold())
        notification = notify(
            recipient=person,
            kind=NotificationKind.MENTION,
            message=f"{author} mentions you in “{thread.title}”.",
            subject=fitted(f"{shortened(author, 40)} mentions you in “", thread.title, "”"),
            key=f"post:{post.pk}",
            url=post.get_absolute_url(),
        )
        if notification is not None:
            told.append(person)
    own = post.author.full_name.casefold() if post.author else None
    nobody = [name for folded, name in written.items() if folded not in reached | {own}]
    return Told(told, nobody)


def _readers_named(written, thread, author_id):
    """The people, other than the author, called one of `written`'s names (case-folded
    keys) whom a post in `thread` may mention (rules.mentionable: who may read it, among its
    programme's people; an administrator from elsewhere is neither told nor offered)."""
    from .rules import mentionable

    candidates = (
        mentionable(thread)
        .annotate(name_folded=Lower("full_name"))
        .filter(name_folded__in=list(written))
        .exclude(pk=author_id)
    )
    for person in candidates:
        # full_name compared case-blind in Python too: Lower() and casefold() differ on a few
        # letters, and a near miss must not reach the wrong person.
        if person.full_name.casefold() in written:
            yield person


def unknown_mentions(*, body, thread, author):
    """The names `body` mentions (@[Full Name]), as written, that are nobody's who may read
    `thread` (but the author's own): a post naming them is refused before it is posted, in
    words that say nothing of whether such a person exists. `thread` may be one not yet
    saved (a new thread's, its subject and officers_only set)."""
    from .text import mentioned_names

    written = {name.casefold(): name for name in mentioned_names(body)}
    if not written:
        return []
    reached = {p.full_name.casefold() for p in _readers_named(written, thread, author.pk)}
    reached.add(author.full_name.casefold())
    return [name for folded, name in written.items() if folded not in reached]


def settle_mentions(*, post, removed=False):
    """Mark read the mention notifications of `post` whose mention its words no longer hold
    (edited out), or all of them once it is `removed`: they no longer call anyone to it. Each
    is kept, keyed, so a mention written back in tells nobody twice."""
    from .text import mentioned_names

    key = f"post:{post.pk}"
    still = set() if removed else {name.casefold() for name in mentioned_names(post.body)}
    told = Notification.objects.filter(
        kind=NotificationKind.MENTION, key=key, read_at__isnull=True
    ).values_list("recipient_id", "recipient__full_name")
    gone = [pk for pk, name in told if " ".join(name.split()).casefold() not in still]
    if gone:
        settle_notifications(kind=NotificationKind.MENTION, key=key, recipients=gone)


def edit_post(*, post, body, actor, based_on):
    """Change a post's words, keeping the earlier words as a PostRevision; refused if
    someone saved it since version `based_on` (RecordConflict: nothing saved) or it is
    withdrawn (RecordWithdrawn). People newly mentioned are told (once, as for any post);
    the notifications of those no longer mentioned are marked read (settle_mentions).
    PostingTooFast past the person's posting allowance; ProjectWithdrawn (ProjectClosed) in
    a withdrawn or closed project's thread. Removing a post stays open (moderation)."""
    if not actor.has_perm("discussions.edit_post", post):
        raise PermissionDenied("Only its author changes a post.")
    _within_posting_limit(actor)
    with transaction.atomic():
        _lock_open_project_of(post.thread)
        locked = Post.objects.select_for_update().select_related("thread").get(pk=post.pk)
        if locked.is_withdrawn:
            raise RecordWithdrawn(locked)
        if locked.version != based_on:
            raise RecordConflict(locked)
        body = (body or "").strip()
        if body == locked.body:
            return locked
        now = timezone.now()
        PostRevision.objects.create(
            post=locked,
            version=locked.version,
            body=locked.body,
            written_at=locked.changed_at or locked.created_at,
            replaced_at=now,
            replaced_by=actor,
        )
        locked.body = body
        locked.version += 1
        locked.changed_at = now
        locked.changed_by = actor
        locked.full_clean()
        locked.save(update_fields=["body", "version", "changed_at", "changed_by"])
        thread = locked.thread
        record_event(
            actor=actor,
            verb="discussions.post_edited_for_officers"
            if thread.officers_only
            else "discussions.post_edited",
            target=_event_target(thread),
            data={} if thread.officers_only else {"post": locked.pk, "title": thread.title},
        )
        locked.told = notify_mentions(post=locked)
        settle_mentions(post=locked)
    return locked


@transaction.atomic
def withdraw_post(*, post, actor, reason=""):
    """Withdraw a post: it stays in its place as "removed by ..." so the replies read.
    Withdrawing one already withdrawn is refused (RecordWithdrawn), as the record kit does.
    Its mentions' notifications are marked read: its words are no longer shown."""
    if not actor.has_perm("discussions.withdraw_post", post):
        raise PermissionDenied("Only its author and the officers remove a post.")
    post = Post.objects.select_for_update().select_related("thread").get(pk=post.pk)
    if post.is_withdrawn:
        raise RecordWithdrawn(post)
    post.withdrawn_at = timezone.now()
    post.withdrawn_by = actor
    post.withdrawn_reason = (reason or "").strip()
    post.version += 1
    post.save(update_fields=["withdrawn_at", "withdrawn_by", "withdrawn_reason", "version"])
    thread = post.thread
    record_event(
        actor=actor,
        verb="discussions.post_removed_for_officers"
        if thread.officers_only
        else "discussions.post_removed",
        target=_event_target(thread),
        data={} if thread.officers_only else {"title": thread.title},
    )
    settle_mentions(post=post, removed=True)
    return post
