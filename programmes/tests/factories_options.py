"""Factories for workshops, creative options and assessments."""

import datetime

import factory
from django.utils import timezone

from accounts.tests.factories import UserFactory
from programmes.models import (
    Assessment,
    CreativeOption,
    KeptStimulus,
    Stimulus,
    Workshop,
    WorkshopParticipant,
)
from programmes.models.options import CHARACTERISTICS, PROMISE_TESTS
from programmes.tests.factories import ProjectFactory

JUDGED = [name for name, _ in CHARACTERISTICS + PROMISE_TESTS]


class WorkshopFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Workshop

    project = factory.SubFactory(ProjectFactory)
    title = factory.Sequence(lambda n: f"Workshop {n}")
    kind = Workshop.Kind.CREATIVE
    held_on = datetime.date(2006, 6, 1)


class ParticipantFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = WorkshopParticipant

    workshop = factory.SubFactory(WorkshopFactory)
    name = factory.Sequence(lambda n: f"Participant {n}")
    kind = WorkshopParticipant.Kind.PRACTITIONER


class StimulusFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Stimulus

    title = factory.Sequence(lambda n: f"Stimulus {n}")
    sector = "retail"
    country = "England"
    summary = "Practice from elsewhere."
    provocation = factory.Sequence(lambda n: f"What would school look like {n}?")


class KeptStimulusFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = KeptStimulus

    project = factory.SubFactory(ProjectFactory)
    stimulus = factory.SubFactory(StimulusFactory)
    why = "It provokes."


class OptionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = CreativeOption

    project = factory.SubFactory(ProjectFactory)
    title = factory.Sequence(lambda n: f"Option {n}")
    description = "An idea for a field trial."
    created_at = factory.LazyFunction(timezone.now)

    class Params:
        crisis = factory.Trait(burning_platform="Deep cuts to the early years budget")


class AssessmentFactory(factory.django.DjangoModelFactory):
    """A reviewer's assessment: every judgement `score` (Yes by default), minor and near."""

    class Meta:
        model = Assessment

    option = factory.SubFactory(OptionFactory)
    reviewer = factory.SubFactory(UserFactory)
    change = Assessment.Change.MINOR
    distance = Assessment.Distance.NEAR
    horizon = Assessment.Horizon.SHORT

    @classmethod
    def _adjust_kwargs(cls, **kwargs):
        score = kwargs.pop("score", 2)
        for name in JUDGED:
            kwargs.setdefault(name, score)
        return kwargs


def officer_of(project, **kwargs):
    """A programme officer of the project's programme."""
    from accounts.models import Role
    from programmes.tests.factories import ProgrammeMembershipFactory

    user = UserFactory(**kwargs)
    ProgrammeMembershipFactory(programme=project.programme, user=user, role=Role.OFFICER)
    return user


def partner_of(project, **kwargs):
    """A partner who reads the project but may not change it."""
    from accounts.models import Role
    from programmes.tests.factories import ProjectMembershipFactory

    user = UserFactory(**kwargs)
    ProjectMembershipFactory(project=project, user=user, role=Role.PARTNER)
    return user


def answers(score=2, change=0, distance=0, horizon="3", **more):
    """A full assessment form's data: every judgement `score`, plus the axes and horizon."""
    data = {name: str(score) for name in JUDGED}
    data.update(change=str(change), distance=str(distance), horizon=horizon, **more)
    return data


def broken_error_links(page):
    """Error summary links on `page` that point at no element (they should reach the field)."""
    import re

    summary = page.split('class="govuk-error-summary__list"', 1)[-1].split("</ul>", 1)[0]
    targets = re.findall(r'href="#([^"]+)"', summary)
    ids = set(re.findall(r'\sid="([^"]+)"', page))
    return [t for t in targets if t not in ids]
