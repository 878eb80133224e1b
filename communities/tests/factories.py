import factory
from django.utils import timezone

from accounts.tests.factories import UserFactory
from communities.models import CommunitySpace, JoinRequest, PageRevision


class CommunitySpaceFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = CommunitySpace

    open_to_others = False
    text = ""

    class Params:
        opened = factory.Trait(open_to_others=True)


class PageRevisionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = PageRevision

    space = factory.SubFactory(CommunitySpaceFactory)
    version = factory.Sequence(lambda n: n + 1)
    text = factory.Faker("paragraph")
    edited_by = factory.SubFactory(UserFactory)
    edited_at = factory.LazyFunction(timezone.now)


class JoinRequestFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = JoinRequest

    user = factory.SubFactory(UserFactory)
    message = "I lead a school in another authority and would like to learn with you."
    status = JoinRequest.Status.PENDING

    class Params:
        approved = factory.Trait(
            status=JoinRequest.Status.APPROVED, decided_at=factory.LazyFunction(timezone.now)
        )
