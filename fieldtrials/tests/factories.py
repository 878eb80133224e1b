import factory

from accounts.models import Role
from accounts.tests.factories import OrganisationFactory, UserFactory
from fieldtrials.models import FieldTrial, FieldTrialMembership
from programmes.tests.factories import ProjectFactory


class FieldTrialFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = FieldTrial

    project = factory.SubFactory(ProjectFactory, incubating=True)
    title = factory.Sequence(lambda n: f"Field trial {n}")
    lead_organisation = factory.SubFactory(OrganisationFactory)
    status = FieldTrial.Status.INCUBATING


class FieldTrialMembershipFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = FieldTrialMembership

    field_trial = factory.SubFactory(FieldTrialFactory)
    user = factory.SubFactory(UserFactory)
    role = Role.PRACTITIONER
