import factory
from django.utils import timezone

from accounts.tests.factories import UserFactory
from discussions.models import Post, Thread
from fieldtrials.tests.factories import FieldTrialFactory


class ThreadFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Thread

    field_trial = factory.SubFactory(FieldTrialFactory)
    title = factory.Sequence(lambda n: f"Discussion {n}")
    created_by = factory.SubFactory(UserFactory)
    created_at = factory.LazyFunction(timezone.now)
    last_posted_at = factory.LazyFunction(timezone.now)

    class Params:
        for_officers = factory.Trait(officers_only=True)


class PostFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Post

    thread = factory.SubFactory(ThreadFactory)
    author = factory.SubFactory(UserFactory)
    body = factory.Sequence(lambda n: f"Post number {n}")
    created_at = factory.LazyFunction(timezone.now)

    class Params:
        withdrawn = factory.Trait(
            withdrawn_at=factory.LazyFunction(timezone.now),
            withdrawn_by=factory.SelfAttribute("author"),
        )
