import datetime

import factory
from django.utils import timezone

from accounts.models import Event
from accounts.tests.factories import UserFactory
from following.models import Follow


class FollowFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Follow

    user = factory.SubFactory(UserFactory)
    created_at = factory.LazyFunction(timezone.now)


def fill(trial, actor, count, verb="fieldtrials.milestone_added", minutes_ago=60):
    """`count` events on `trial`, a second apart, newest last (bulk: fast at 5,000)."""
    start = timezone.now() - datetime.timedelta(minutes=minutes_ago)
    project = trial.project
    return Event.objects.bulk_create(
        Event(
            actor=actor, verb=verb, target=trial, target_name=trial.title,
            data={"text": f"Milestone {i}"}, created_at=start + datetime.timedelta(seconds=i),
            programme_id=project.programme_id, project=project, field_trial=trial,
        )
        for i in range(count)
    )  # fmt: skip


def fill_kinds(world, actor, count):
    """`count` events a second apart, newest a minute ago, about five kinds of target in
    turn, so that any page of them names each kind: Coral's milestones (on the trial), posts
    in a discussion of Coral (on the thread), Beryl's objectives (on the project), Rowan
    started (on the community) and met (on its meeting, which has no page)."""
    from discussions.tests.factories import ThreadFactory
    from fieldtrials.models import CommunityMeeting

    coral, beryl, rowan = world.coral, world.beryl, world.rowan
    thread = ThreadFactory(field_trial=coral, title="Costing transport", created_by=actor)
    meeting = CommunityMeeting.objects.filter(community=rowan).first()
    project = coral.project
    in_coral = {"programme_id": project.programme_id, "project": project, "field_trial": coral}
    in_beryl = {"programme_id": beryl.programme_id, "project": beryl}
    kinds = [
        ("fieldtrials.milestone_added", coral, {"text": "Milestone"}, in_coral),
        ("discussions.posted", thread, {"post": 1}, in_coral),
        ("programmes.objective_added", beryl, {"text": "Objective"}, in_beryl),
        ("fieldtrials.community_created", rowan, {}, {}),
        ("fieldtrials.community_met", meeting, {}, {}),
    ]
    start = timezone.now() - datetime.timedelta(seconds=count + 60)
    return Event.objects.bulk_create(
        Event(
            actor=actor, verb=verb, target=target, target_name=str(target), data=data,
            created_at=start + datetime.timedelta(seconds=i), **place,
        )
        for i in range(count)
        for verb, target, data, place in [kinds[i % len(kinds)]]
    )  # fmt: skip
