"""The demonstration's discussions: threads with mentions on two trials, a community of
practice and a project, loaded twice, made once."""

from accounts.models import Notification, NotificationKind, Role
from discussions import demo
from discussions.models import Post, Thread
from fieldtrials.tests.factories import FieldTrialMembershipFactory


def test_the_demo_threads_mention_people_and_loading_twice_changes_nothing(world):
    u = world.users
    # As in the demo, the consultant works on both trials.
    FieldTrialMembershipFactory(field_trial=world.dune, user=u["consultant"], role=Role.CONSULTANT)
    ctx = {
        "trials": {"stevenage": world.coral, "bridgemary": world.dune},
        "communities": {demo.COMMUNITY: world.rowan},
        "projects": {demo.SL: world.amber},
        "users": u,
    }
    demo.load(ctx)
    demo.load(dict(ctx))
    thread = Thread.objects.get(title=demo.TITLE)
    assert Post.objects.filter(thread=thread).count() == 2
    assert set(ctx["threads"]) == {"stevenage", "bridgemary", "community", "project"}
    assert ctx["threads"]["community"].community == world.rowan
    assert ctx["threads"]["project"].project == world.amber
    assert Thread.objects.filter(title__in=[t.title for t in ctx["threads"].values()]).count() == 4
    told = Notification.objects.filter(kind=NotificationKind.MENTION)
    names = sorted(n.recipient.full_name for n in told)
    # The consultant (Stevenage), the leader (its reply), the officer (Bridgemary and the
    # community) and the partner (the project, which they read).
    assert names == [
        "Consultant Person", "Consultant Person", "Leader Person", "Officer Person",
        "Officer Person", "Partner Person",
    ]  # fmt: skip
