"""Factories for evaluation records."""

import datetime
from decimal import Decimal

import factory
from django.utils import timezone

from accounts.tests.factories import OrganisationFactory, UserFactory
from evaluation.models import (
    BoardDecision,
    BoardMeeting,
    BoardMember,
    CaseStudy,
    EvaluationPlan,
    EvaluationQuestion,
    HighlightReport,
    Indicator,
    Lesson,
    LocalityGroup,
    Measurement,
    Objective,
    PartnerContribution,
    PartnershipBoard,
    ProgressEntry,
    TakeUp,
)
from fieldtrials.tests.factories import FieldTrialFactory
from programmes.tests.factories import ProgrammeFactory


class ObjectiveFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Objective

    programme = factory.SubFactory(ProgrammeFactory)
    text = factory.Sequence(lambda n: f"Objective {n}")
    created_at = factory.LazyFunction(timezone.now)


class LocalityGroupFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = LocalityGroup

    programme = factory.SubFactory(ProgrammeFactory)
    name = factory.Sequence(lambda n: f"Group {n}")


class ProgressEntryFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ProgressEntry

    objective = factory.SubFactory(ObjectiveFactory)
    recorded_on = datetime.date(2008, 3, 1)
    what = factory.Sequence(lambda n: f"Progress {n}")
    status = ProgressEntry.Status.ON_TRACK
    recorded_by = factory.SubFactory(UserFactory)


class PartnershipBoardFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = PartnershipBoard

    programme = factory.SubFactory(ProgrammeFactory)
    name = "Strategic Action Team"
    chair = factory.SubFactory(OrganisationFactory, kind="national_agency")


class BoardMemberFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = BoardMember

    board = factory.SubFactory(PartnershipBoardFactory)
    organisation = factory.SubFactory(OrganisationFactory, kind="national_agency")


class BoardMeetingFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = BoardMeeting

    board = factory.SubFactory(PartnershipBoardFactory)
    held_on = datetime.date(2008, 1, 10)


class BoardDecisionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = BoardDecision

    meeting = factory.SubFactory(BoardMeetingFactory)
    text = factory.Sequence(lambda n: f"Decision {n}")


class IndicatorFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Indicator

    field_trial = factory.SubFactory(FieldTrialFactory)
    strand = "learners"
    name = factory.Sequence(lambda n: f"Indicator {n}")
    unit = "% of pupils"
    direction = Indicator.Direction.HIGHER
    baseline_value = Decimal("50")
    baseline_date = datetime.date(2006, 9, 1)
    target_value = Decimal("70")
    target_date = datetime.date(2008, 7, 1)


class MeasurementFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Measurement

    indicator = factory.SubFactory(IndicatorFactory)
    measured_on = datetime.date(2007, 3, 1)
    value = Decimal("55")
    unit = "% of pupils"


class EvaluationPlanFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = EvaluationPlan

    field_trial = factory.SubFactory(FieldTrialFactory)


class EvaluationQuestionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = EvaluationQuestion

    plan = factory.SubFactory(EvaluationPlanFactory)
    question = factory.Sequence(lambda n: f"Question {n}?")
    methods = "Survey"
    who_collects = "The trial's data lead collects the survey"
    when = "Each term"


class LessonFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Lesson

    programme = factory.SubFactory(ProgrammeFactory)
    title = factory.Sequence(lambda n: f"Lesson {n}")
    text = "What was learned."


class CaseStudyFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = CaseStudy

    programme = factory.SubFactory(ProgrammeFactory)
    title = factory.Sequence(lambda n: f"Case study {n}")
    summary = "A model of Next Practice in action."


class TakeUpFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = TakeUp

    lesson = factory.SubFactory(LessonFactory)
    organisation = factory.SubFactory(OrganisationFactory, kind="national_agency")
    taken_up_on = datetime.date(2008, 6, 1)
    how = "Drawn upon in its leadership programmes"


class PartnerContributionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = PartnerContribution

    programme = factory.SubFactory(ProgrammeFactory)
    organisation = factory.SubFactory(OrganisationFactory, kind="national_agency")
    what = factory.Sequence(lambda n: f"Contribution {n}")


class HighlightReportFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = HighlightReport

    programme = factory.SubFactory(ProgrammeFactory)
    month = datetime.date(2009, 3, 1)
    text = factory.Sequence(lambda n: f"Highlights {n}")
