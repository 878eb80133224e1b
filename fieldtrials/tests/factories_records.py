"""Factories for what is kept around a field trial."""

import datetime

import factory
from django.utils import timezone

from accounts.tests.factories import UserFactory
from fieldtrials.models import (
    BrokeredRelationship,
    Milestone,
    MonthlyUpdate,
    OfferUse,
    PowerToInnovateRequest,
    Risk,
    SupportSession,
)
from fieldtrials.tests.factories import FieldTrialFactory


class MilestoneFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Milestone

    field_trial = factory.SubFactory(FieldTrialFactory)
    title = factory.Sequence(lambda n: f"Milestone {n}")
    due_on = factory.LazyFunction(lambda: timezone.localdate() + datetime.timedelta(days=30))

    class Params:
        overdue = factory.Trait(
            due_on=factory.LazyFunction(lambda: timezone.localdate() - datetime.timedelta(days=3))
        )
        done = factory.Trait(completed_on=factory.LazyFunction(timezone.localdate))


class OfferUseFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = OfferUse

    field_trial = factory.SubFactory(FieldTrialFactory)
    element = "change_support"
    asked_for = factory.Sequence(lambda n: f"Help with the change, request {n}")


class SupportSessionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = SupportSession

    field_trial = factory.SubFactory(FieldTrialFactory)
    held_on = factory.LazyFunction(lambda: timezone.localdate() - datetime.timedelta(days=1))
    given_by = factory.SubFactory(UserFactory)
    kind = SupportSession.Kind.CONSULTANCY
    hours = 2


class PowerToInnovateRequestFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = PowerToInnovateRequest

    field_trial = factory.SubFactory(FieldTrialFactory)
    regulation = factory.Sequence(lambda n: f"School Regulations 2006, regulation {n}")
    variation_sought = "Teach in blocks of a whole day"
    case = "The timetable stops the trial reorganising learning time."

    class Params:
        submitted = factory.Trait(
            state="submitted", submitted_on=factory.LazyFunction(timezone.localdate)
        )
        advised = factory.Trait(
            state="submitted",
            submitted_on=factory.LazyFunction(timezone.localdate),
            advice="The Unit advises granting it for two years.",
        )


class BrokeredRelationshipFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = BrokeredRelationship

    field_trial = factory.SubFactory(FieldTrialFactory)
    with_whom = factory.Sequence(lambda n: f"Investor {n}")
    kind = BrokeredRelationship.Kind.INVESTOR


class RiskFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Risk

    field_trial = factory.SubFactory(FieldTrialFactory)
    description = factory.Sequence(lambda n: f"Risk {n}")
    likelihood = Risk.Level.MEDIUM
    impact = Risk.Level.MEDIUM
    owner = "Head teacher"


class MonthlyUpdateFactory(factory.django.DjangoModelFactory):
    """A trial's submitted update for January 2007 (`draft=True`: still a draft)."""

    class Meta:
        model = MonthlyUpdate

    field_trial = factory.SubFactory(FieldTrialFactory)
    month = datetime.date(2007, 1, 1)
    rag = "green"
    what_happened = factory.Sequence(lambda n: f"What happened {n}")
    status = MonthlyUpdate.Status.SUBMITTED
    author = factory.SubFactory(UserFactory)
    submitted_at = factory.LazyFunction(timezone.now)

    class Params:
        draft = factory.Trait(status=MonthlyUpdate.Status.DRAFT, submitted_at=None)
