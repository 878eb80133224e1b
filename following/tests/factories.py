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
