"""The demonstration's discussion: a thread with a mention, loaded twice, made once."""

from accounts.models import Notification, NotificationKind
from discussions import demo
from discussions.models import Post, Thread


def test_the_demo_thread_mentions_the_consultant_and_loading_twice_changes_nothing(world):
    u = world.users
    ctx = {"trials": {"stevenage": world.coral}, "users": u}
    demo.load(ctx)
    demo.load(dict(ctx))
    thread = Thread.objects.get(title=demo.TITLE)
    assert Post.objects.filter(thread=thread).count() == 2
    told = Notification.objects.filter(kind=NotificationKind.MENTION)
    assert sorted(n.recipient.full_name for n in told) == ["Consultant Person", "Leader Person"]
