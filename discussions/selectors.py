"""What discussion pages read."""

from django.db.models import Count, Prefetch, Q

from .models import Attachment, Post, field_of


def threads_of(subject, user):
    """The threads about `subject` (a trial, project, option or community) that `user` may
    read, liveliest first, with their post counts (removed posts not counted)."""
    from .rules import visible_threads

    return (
        visible_threads(user)
        .filter(**{field_of(subject): subject})
        .select_related("created_by")
        .annotate(post_count=Count("posts", filter=Q(posts__withdrawn_at__isnull=True)))
        .order_by("-last_posted_at", "-pk")
    )


def posts_of(thread):
    """The thread's posts in order, withdrawn ones included (shown as removed), with their
    files."""
    return (
        Post.objects.filter(thread=thread)
        .select_related("author", "withdrawn_by")
        .prefetch_related(Prefetch("attachments", queryset=Attachment.objects.order_by("pk")))
    )


def with_told_names(posts):
    """`posts`, each given `told_names`: the case-folded full names of the people its
    mentions told (their notifications say so), in one query, for its mentions in bold."""
    from accounts.models import Notification, NotificationKind

    posts = list(posts)
    keys = {f"post:{post.pk}": post for post in posts}
    for post in posts:
        post.told_names = set()
    told = Notification.objects.filter(kind=NotificationKind.MENTION, key__in=list(keys))
    for key, name in told.values_list("key", "recipient__full_name"):
        keys[key].told_names.add(" ".join(name.split()).casefold())
    return posts
