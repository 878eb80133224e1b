"""Factories for the stimulus library and the stimuli projects keep."""

import factory
from django.utils import timezone

from programmes.models import KeptStimulus, Sector, Stimulus, StimulusTag
from programmes.tests.factories import ProjectFactory


class StimulusTagFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = StimulusTag
        django_get_or_create = ["name"]

    name = factory.Sequence(lambda n: f"theme {n}")


class StimulusFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Stimulus
        skip_postgeneration_save = True

    title = factory.Sequence(lambda n: f"Stimulus {n}")
    sector = Sector.HEALTHCARE
    country = "England"
    summary = "A healthy living centre at the heart of its community."
    provocation = "What would an extended school with similar ambition look like?"
    contacts = "The centre's director"
    created_at = factory.LazyFunction(timezone.now)

    class Params:
        zopa = factory.Trait(
            title="Zopa",
            sector=Sector.BANKING,
            summary="People lend to each other without a bank in between.",
            provocation="What ideas does this stimulate around how we organise and "
            "personalise learning?",
        )

    @factory.post_generation
    def tags(obj, create, extracted, **kwargs):
        """`tags=["health", "community"]`: tag names, created as needed."""
        if create and extracted:
            obj.tags.set(StimulusTagFactory(name=name) for name in extracted)


class KeptStimulusFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = KeptStimulus

    project = factory.SubFactory(ProjectFactory)
    stimulus = factory.SubFactory(StimulusFactory)
    why = "It shows what ambition for a whole community looks like."
    kept_at = factory.LazyFunction(timezone.now)
