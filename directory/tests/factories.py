import factory
from django.core.files.base import ContentFile
from django.utils import timezone

from accounts.tests.factories import UserFactory
from directory.models import OrganisationImport

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
