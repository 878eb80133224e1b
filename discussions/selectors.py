"""What discussion pages read."""

from django.db.models import Count

from .models import Post


def threads_of(trial, user):
    """The trial's threads `user` may read, liveliest first, with their post counts."""
    from .rules import visible_threads

    return (
        visible_threads(user)
        .filter(field_trial=trial)
        .select_related("created_by")
        .annotate(post_count=Count("posts"))
        .order_by("-last_posted_at", "-pk")
    )


def posts_of(thread):
    """The thread's posts in order, withdrawn ones included (shown as removed)."""
    return Post.objects.filter(thread=thread).select_related("author", "withdrawn_by")
