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


def test_the_demo_asks_about_stevenage_s_update_whose_transport_is_being_costed(world):
    """A monthly update's page lists the discussions about it: the demo has one, on the update
    saying Stevenage's transport is being costed, opened the day after it was submitted."""
    import datetime

    from django.utils import timezone

    from fieldtrials.tests.factories_records import MonthlyUpdateFactory

    u = world.users
    FieldTrialMembershipFactory(field_trial=world.dune, user=u["consultant"], role=Role.CONSULTANT)
    submitted = timezone.now() - datetime.timedelta(days=5)
    costed = MonthlyUpdateFactory(
        field_trial=world.coral,
        month=datetime.date(2007, 3, 1),
        author=u["leader"],
        submitted_at=submitted,
        what_happened="A joint timetable was agreed; transport between sites is being costed.",
    )
    ctx = {
        "trials": {"stevenage": world.coral, "bridgemary": world.dune},
        "communities": {demo.COMMUNITY: world.rowan},
        "projects": {demo.SL: world.amber},
        "users": u,
    }
    demo.load(ctx)
    demo.load(dict(ctx))
    [thread] = Thread.objects.filter(monthly_update=costed)
    assert thread.field_trial == world.coral and thread.posts.count() == 2
    assert thread.created_at == submitted + datetime.timedelta(days=1)
    # The head teacher is mentioned here and in the Stevenage thread's reply, once each.
    told = Notification.objects.filter(kind=NotificationKind.MENTION, recipient=u["leader"])
    assert told.count() == 2
