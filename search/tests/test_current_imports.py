"""The register's import writes organisations in bulk (no signals): once it commits, search
finds the schools it made or renamed, without `reindex_search`."""

import pytest
from django.core.files.base import ContentFile
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from accounts.models import Organisation
from accounts.tests.factories import UserFactory
from directory.models import OrganisationImport
from directory.services import confirm_import, preview_import, run_import
from directory.tests.factories import OrganisationImportFactory
from directory.tests.gias_files import csv_bytes, establishment
from search.models import SearchDocument

pytestmark = pytest.mark.django_db
State = OrganisationImport.State


@pytest.fixture
def admin():
    return UserFactory(is_staff=True)


@pytest.fixture
def import_rows(admin, django_capture_on_commit_callbacks):
    """Upload, preview, confirm and apply a register file of `rows`, its commit included."""

    def run(rows):
        item = OrganisationImportFactory(
            requested_by=admin, file=ContentFile(csv_bytes(rows), name="gias_extract.csv")
        )
        assert preview_import(pk=item.pk) == State.PREVIEWED
        item.refresh_from_db()
        assert confirm_import(organisation_import=item, actor=admin)
        with django_capture_on_commit_callbacks(execute=True):
            assert run_import(pk=item.pk) == State.DONE

    return run


def found(client, user, words):
    client.force_login(user)
    response = client.get(reverse("search:search"), {"q": words, "kind": "organisations"})
    assert response.status_code == 200
    return response.content.decode()


def test_a_school_the_import_makes_is_found_by_its_name_and_its_local_authority(
    client, import_rows
):
    import_rows([establishment(1, EstablishmentName="Quillhaven Primary School")])
    school = Organisation.objects.get(urn="100001")
    reader = UserFactory()
    assert "<mark>Quillhaven</mark> Primary School" in found(client, reader, "Quillhaven")
    # The local authority the file named is made in bulk too, and found.
    authority = school.local_authority
    body = found(client, reader, authority.name)
    assert "2 results" in body and f"<mark>{authority.name}</mark>" in body


def test_a_school_the_import_renames_is_found_by_its_new_name_only(client, import_rows):
    import_rows([establishment(2, EstablishmentName="Quillhaven Primary School")])
    import_rows([establishment(2, EstablishmentName="Zephyrfield Primary School")])
    reader = UserFactory()
    assert "<mark>Zephyrfield</mark> Primary School" in found(client, reader, "Zephyrfield")
    assert "No results" in found(client, reader, "Quillhaven")


def test_the_people_of_a_school_the_import_renames_are_found_by_its_new_name(import_rows):
    import_rows([establishment(3, EstablishmentName="Quillhaven Primary School")])
    person = UserFactory(
        full_name="Pat Teacher", organisation=Organisation.objects.get(urn="100003")
    )
    import_rows([establishment(3, EstablishmentName="Zephyrfield Primary School")])
    document = SearchDocument.objects.get(kind="people", object_id=person.pk)
    assert "Zephyrfield Primary School" in document.body
    assert "Quillhaven" not in document.body


@pytest.mark.skipif(
    connection.vendor != "postgresql",
    reason="SQLite's 999 parameters a statement split a hundred documents' insert in two",
)
def test_indexing_an_import_takes_as_many_queries_for_20_schools_as_for_100(
    admin, django_capture_on_commit_callbacks
):
    def queries_to_import(numbers):
        item = OrganisationImportFactory(
            requested_by=admin,
            file=ContentFile(csv_bytes([establishment(n) for n in numbers]), name="g.csv"),
        )
        preview_import(pk=item.pk)
        item.refresh_from_db()
        confirm_import(organisation_import=item, actor=admin)
        with CaptureQueriesContext(connection) as queries:
            with django_capture_on_commit_callbacks(execute=True):
                run_import(pk=item.pk)
        return len(queries)

    few = queries_to_import(range(1, 21))
    # each import into an empty directory: schools first (they protect their authority)
    Organisation.objects.exclude(kind=Organisation.Kind.LOCAL_AUTHORITY).delete()
    Organisation.objects.all().delete()
    many = queries_to_import(range(1, 101))
    indexed = SearchDocument.objects.filter(kind="organisations").values_list("object_id")
    assert set(indexed) == set(Organisation.objects.values_list("pk"))
    assert many == few
