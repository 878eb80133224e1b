import datetime

import factory

from accounts.models import Role
from accounts.tests.factories import OrganisationFactory, UserFactory
from programmes.models import Programme, ProgrammeMembership, Project, ProjectMembership, Stage


class ProgrammeFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Programme

    name = factory.Sequence(lambda n: f"Programme {n}")
    lead_organisation = factory.SubFactory(OrganisationFactory, kind="national_agency")
    start_date = datetime.date(2006, 1, 9)


class ProjectFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Project

    programme = factory.SubFactory(ProgrammeFactory)
    title = factory.Sequence(lambda n: f"Project {n}")
    start_date = datetime.date(2006, 4, 3)
    stage = Stage.ANALYSE_NEED

    class Params:
        incubating = factory.Trait(stage=Stage.INCUBATE)


class ProgrammeMembershipFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ProgrammeMembership

    programme = factory.SubFactory(ProgrammeFactory)
    user = factory.SubFactory(UserFactory)
    role = Role.OFFICER


class ProjectMembershipFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ProjectMembership

    project = factory.SubFactory(ProjectFactory)
    user = factory.SubFactory(UserFactory)
    role = Role.PARTNER
