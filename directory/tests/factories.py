import factory
from django.core.files.base import ContentFile
from django.utils import timezone

from accounts.tests.factories import UserFactory
from directory.models import OrganisationImport, PeopleImport

from .gias_files import DATA


class OrganisationImportFactory(factory.django.DjangoModelFactory):
    """An uploaded extract waiting to be read; traits for each later state."""

    class Meta:
        model = OrganisationImport

    original_name = "gias_extract.csv"
    file = factory.LazyAttribute(
        lambda o: ContentFile((DATA / "gias_extract.csv").read_bytes(), name=o.original_name)
    )
    requested_by = factory.SubFactory(UserFactory, is_staff=True)
    requested_at = factory.LazyFunction(timezone.now)

    class Params:
        previewed = factory.Trait(
            state=OrganisationImport.State.PREVIEWED,
            started_at=factory.LazyFunction(timezone.now),
            previewed_at=factory.LazyFunction(timezone.now),
            counts=factory.LazyFunction(lambda: {"rows": 300, "new": 292}),
        )


PEOPLE_CSV = (
    "email,name,organisation,where,role\n"
    "new.person@example.org,New Person,,programme,consultant\n"
    "not an address,Someone,,programme,partner\n"
)


class PeopleImportFactory(factory.django.DjangoModelFactory):
    """An uploaded file of people for a programme, waiting to be read; `previewed` after."""

    class Meta:
        model = PeopleImport

    programme = factory.SubFactory("programmes.tests.factories.ProgrammeFactory")
    original_name = "people.csv"
    file = factory.LazyAttribute(lambda o: ContentFile(PEOPLE_CSV.encode(), name=o.original_name))
    requested_by = factory.SubFactory(UserFactory, is_staff=True, is_superuser=True)
    requested_at = factory.LazyFunction(timezone.now)

    class Params:
        previewed = factory.Trait(
            state=PeopleImport.State.PREVIEWED,
            started_at=factory.LazyFunction(timezone.now),
            previewed_at=factory.LazyFunction(timezone.now),
            counts=factory.LazyFunction(lambda: {"rows": 2, "invite": 1, "problems": 1}),
        )
