"""The import pages as an administrator uses them: upload, preview, confirm; bad files."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from accounts.models import Organisation
from accounts.tests.factories import UserFactory
from directory.erasure import FILE_ERASED, stop_imports_for_erasure
from directory.models import OrganisationImport

from .factories import OrganisationImportFactory
from .gias_files import COLUMNS, DATA, csv_bytes, establishment

pytestmark = pytest.mark.django_db
State = OrganisationImport.State


@pytest.fixture
def admin_client(client):
    client.force_login(UserFactory(is_staff=True))
    return client


def post_file(client, name, data, capture):
    with capture(execute=True):
        return client.post(
            reverse("directory:import_create"), {"file": SimpleUploadedFile(name, data)}
        )


def test_an_administrator_uploads_sees_the_preview_and_confirms(
    admin_client, django_capture_on_commit_callbacks
):
    data = (DATA / "gias_extract.csv").read_bytes()
    response = post_file(
        admin_client, "edubasealldata20261201.csv", data, django_capture_on_commit_callbacks
    )
    item = OrganisationImport.objects.get()
    assert response.status_code == 302
    assert response["Location"] == reverse("directory:import_detail", args=[item.pk])
    page = admin_client.get(response["Location"]).content.decode()
    assert "Ready to confirm" in page
    assert '<dd class="govuk-summary-list__value" data-count="new">292</dd>' in page
    assert "Closed establishments are not imported" in page
    assert "Everything else is imported in one step" in page
    assert Organisation.objects.count() == 0

    with django_capture_on_commit_callbacks(execute=True):
        response = admin_client.post(reverse("directory:import_confirm", args=[item.pk]))
    assert response.status_code == 302
    page = admin_client.get(response["Location"]).content.decode()
    assert "What was imported" in page and "Imported on" in page
    assert Organisation.objects.filter(urn__gt="").count() == 292


def test_confirming_an_import_failed_meanwhile_says_it_failed_and_why(admin_client):
    """Its uploader's details were erased after the preview: it said "This import had
    already been confirmed"."""
    item = OrganisationImportFactory(previewed=True)
    stop_imports_for_erasure(person=item.requested_by)
    response = admin_client.post(reverse("directory:import_confirm", args=[item.pk]), follow=True)
    page = response.content.decode()
    assert f"This import failed: {FILE_ERASED}" in page
    assert "already been confirmed" not in page
    assert OrganisationImport.objects.get(pk=item.pk).state == State.FAILED


def test_a_file_that_is_not_csv_is_refused_next_to_the_field(
    admin_client, django_capture_on_commit_callbacks
):
    pdf = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n"
    response = post_file(admin_client, "schools.csv", pdf, django_capture_on_commit_callbacks)
    assert response.status_code == 400
    assert "The file must be a CSV file (this one is a PDF)" in response.content.decode()
    assert not OrganisationImport.objects.exists()


def test_a_file_without_a_urn_column_is_refused_saying_which_column(
    admin_client, django_capture_on_commit_callbacks
):
    data = csv_bytes([establishment(1)], columns=[c for c in COLUMNS if c != "URN"])
    response = post_file(admin_client, "schools.csv", data, django_capture_on_commit_callbacks)
    assert response.status_code == 400
    assert "This file has no URN column" in response.content.decode()
    assert not OrganisationImport.objects.exists()


def test_the_page_polls_while_a_job_works_and_offers_a_plain_reload(admin_client):
    item = OrganisationImportFactory()
    page = admin_client.get(reverse("directory:import_detail", args=[item.pk])).content.decode()
    status_url = reverse("directory:import_status", args=[item.pk])
    assert f'data-hx-get="{status_url}" data-hx-trigger="every 2s"' in page
    assert "Reload the page" in page
    fragment = admin_client.get(status_url).content.decode()
    assert "Waiting to be read" in fragment and "data-hx-trigger" in fragment

    previewed = OrganisationImportFactory(previewed=True)
    url = reverse("directory:import_status", args=[previewed.pk])
    fragment = admin_client.get(url).content.decode()
    assert "data-hx-trigger" not in fragment and "Confirm and import" in fragment


def test_the_admin_index_leads_to_the_imports(admin_client):
    superuser_client = admin_client
    superuser_client.force_login(UserFactory(is_staff=True, is_superuser=True))
    index = superuser_client.get(reverse("admin:index")).content.decode()
    assert reverse("admin:directory_organisationimport_changelist") in index
    response = superuser_client.get(reverse("admin:directory_organisationimport_changelist"))
    assert response["Location"] == reverse("directory:import_list")


def test_a_large_upload_kept_on_disk_is_read_the_same(
    admin_client, settings, django_capture_on_commit_callbacks
):
    settings.FILE_UPLOAD_MAX_MEMORY_SIZE = 0  # every upload goes to a temporary file
    data = (DATA / "gias_extract.csv").read_bytes()
    response = post_file(admin_client, "gias.csv", data, django_capture_on_commit_callbacks)
    assert response.status_code == 302
    item = OrganisationImport.objects.get()
    assert item.state == State.PREVIEWED and item.counts["new"] == 292
    assert item.file.read() == data  # stored whole, not closed or cut by the header check


def test_the_outcome_of_a_polled_import_is_told_in_a_status_region_outside_what_is_replaced(
    admin_client,
):
    """#import-state is replaced whole by each poll, so a live region inside it is new each
    time and never heard: the page keeps an empty status region beside it, and the poll that
    brings the outcome fills it with one sentence (out of band)."""
    item = OrganisationImportFactory()
    page = admin_client.get(reverse("directory:import_detail", args=[item.pk])).content.decode()
    assert '<p id="import-outcome" class="govuk-visually-hidden" role="status"></p>' in page
    assert page.index('id="import-outcome"') < page.index('id="import-state"')
    waiting = admin_client.get(reverse("directory:import_status", args=[item.pk]))
    assert "import-outcome" not in waiting.content.decode()  # nothing to tell yet

    previewed = OrganisationImportFactory(previewed=True)
    fragment = admin_client.get(reverse("directory:import_status", args=[previewed.pk]))
    assert (
        '<p id="import-outcome" data-hx-swap-oob="innerHTML">The file has been read: importing '
        "it would add 292 new organisations and change 0 already in the directory, leaving out "
        "0 rows with problems; check the figures below, then confirm.</p>"
    ) in fragment.content.decode()
    # Not on the page itself: the region there starts empty, and its id stays unique.
    page = admin_client.get(reverse("directory:import_detail", args=[previewed.pk]))
    assert page.content.decode().count('id="import-outcome"') == 1
