import factory

from accounts.tests.factories import UserFactory
from toolkit.models import Exercise, Participation, Tool


class ToolFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Tool

    slug = factory.Sequence(lambda n: f"tool-{n}")
    title = factory.Sequence(lambda n: f"Tool {n}")
    purpose = "A structured exercise."


class ExerciseFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Exercise

    tool = factory.SubFactory(ToolFactory)
    title = factory.Sequence(lambda n: f"Exercise {n}")
    facilitator = factory.SubFactory(UserFactory)


class ParticipationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Participation

    exercise = factory.SubFactory(ExerciseFactory)
    user = factory.SubFactory(UserFactory)
