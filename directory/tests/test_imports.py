"""Importing the register: counts, re-importing a newer file, names, jobs delivered twice,
one import at a time, and a fixed number of queries whatever the file's size."""

import pytest
from django.core.files.base import ContentFile
from django.db import connection
from django.test.utils import CaptureQueriesContext

from accounts.models import Event, Organisation
from accounts.tests.factories import OrganisationFactory, UserFactory
from directory.models import OrganisationImport
from directory.services import ImportBusy, confirm_import, preview_import, run_import
from directory.tasks import preview_import_job, run_import_job

from .factories import OrganisationImportFactory
from .gias_files import DATA, csv_bytes, establishment

pytestmark = pytest.mark.django_db
State = OrganisationImport.State
Kind = Organisation.Kind


@pytest.fixture
def admin():
    return UserFactory(is_staff=True)


def upload(admin, name="gias_extract.csv", data=None):
    data = data if data is not None else (DATA / name).read_bytes()
    return OrganisationImportFactory(
        requested_by=admin, original_name=name, file=ContentFile(data, name=name)
    )


def import_file(admin, name="gias_extract.csv", data=None):
    """Upload, preview and import a file as the administrator; the import, refreshed."""
    item = upload(admin, name, data)
    assert preview_import(pk=item.pk) == State.PREVIEWED
    item.refresh_from_db()
    assert confirm_import(organisation_import=item, actor=admin)
    assert run_import(pk=item.pk) == State.DONE
    item.refresh_from_db()
    return item


def counts(**given):
    base = {
        "rows": 0,
        "new": 0,
        "changed": 0,
        "unchanged": 0,
        "closed": 0,
        "closed_here": 0,
        "other_types": 0,
        "other_types_by_name": {},
        "problems": 0,
        "new_local_authorities": 0,
    }
    return base | given


def test_the_extract_previews_then_imports_with_its_counts(admin):
    item = upload(admin)
    preview_import(pk=item.pk)
    item.refresh_from_db()
    expected = counts(
        rows=300,
        new=292,
        closed=6,
        other_types=2,
        other_types_by_name={"Higher education institutions": 2},
        new_local_authorities=6,
    )
    assert item.state == State.PREVIEWED and item.counts == expected
    assert Organisation.objects.count() == 0  # a preview changes nothing

    confirm_import(organisation_import=item, actor=admin)
    run_import(pk=item.pk)
    item.refresh_from_db()
    assert item.state == State.DONE and item.counts == expected
    assert Organisation.objects.exclude(kind=Kind.LOCAL_AUTHORITY).count() == 292
    assert Organisation.objects.filter(kind=Kind.LOCAL_AUTHORITY).count() == 6
    school = Organisation.objects.get(urn="100001")
    assert school.local_authority.name == "Bramford"
    assert school.local_authority.kind == Kind.LOCAL_AUTHORITY
    assert Organisation.objects.get(urn="100199").local_authority is None
    assert Event.objects.filter(verb="directory.organisations_imported").count() == 1


def test_a_newer_file_updates_by_urn_and_never_duplicates(admin):
    import_file(admin)
    item = import_file(admin, "gias_extract_changed.csv")
    assert item.counts == counts(
        rows=305,
        new=4,
        changed=3,
        unchanged=288,
        closed=7,
        closed_here=1,
        other_types=2,
        other_types_by_name={"Higher education institutions": 2},
        problems=1,
    )
    assert item.problems == [[306, 'Its URN "12AB34" is not six or seven digits.']]
    assert item.changes == [
        f"{establishment(n)['EstablishmentName']} renamed Renamed Community School {n}"
        for n in (3, 4, 6)
    ]
    schools = Organisation.objects.exclude(kind=Kind.LOCAL_AUTHORITY)
    assert schools.count() == 296
    assert schools.values("urn").distinct().count() == 296
    assert Organisation.objects.filter(kind=Kind.LOCAL_AUTHORITY).count() == 6
    assert Organisation.objects.get(urn="100003").name == "Renamed Community School 3"
    assert Organisation.objects.filter(urn="100007").exists()  # closed since: kept

    again = import_file(admin, "gias_extract_changed.csv")
    assert again.counts["new"] == again.counts["changed"] == 0
    assert again.counts["unchanged"] == 295
    assert schools.count() == 296


def test_same_named_establishments_get_their_town_or_their_urn(admin):
    import_file(admin)
    assert Organisation.objects.get(urn="100016").name == (
        "St Mary's Church of England Primary School (Ashby Magna)"
    )
    assert Organisation.objects.get(urn="100031").name == (
        "St Mary's Church of England Primary School (Bramford)"
    )
    assert Organisation.objects.get(urn="100046").name == "Hill Top Academy (URN 100046)"
    assert Organisation.objects.get(urn="100061").name == "Hill Top Academy (URN 100061)"


def test_an_organisation_already_here_without_a_urn_is_given_its_urn_not_duplicated(admin):
    mine = OrganisationFactory(name="Ætheling Café Primary School", kind=Kind.SCHOOL, urn="")
    other = OrganisationFactory(name=establishment(1)["EstablishmentName"], kind=Kind.COLLEGE)
    item = import_file(admin)
    mine.refresh_from_db()
    assert mine.urn == "100005"
    assert item.counts["new"] == 291 and item.counts["changed"] == 1
    assert Organisation.objects.get(urn="100001").pk != other.pk  # another kind: not it


def test_a_name_held_by_an_organisation_the_import_does_not_touch_gets_the_urn(admin):
    OrganisationFactory(name="Ætheling Café Primary School", kind=Kind.SCHOOL, urn="999999")
    import_file(admin)
    assert Organisation.objects.get(urn="100005").name == (
        "Ætheling Café Primary School (URN 100005)"
    )


def la_rows(*names):
    """A file of one open school for each local authority's name in `names`."""
    return csv_bytes([establishment(n, **{"LA (name)": name}) for n, name in enumerate(names, 1)])


@pytest.mark.parametrize(
    "here",
    [
        ["Calderdale Council", "Royal Borough of Kingston upon Thames"],
        ["Calderdale", "Kingston upon Thames"],
    ],
    ids=["the directory's names are fuller", "the file's names are fuller"],
)
def test_a_local_authority_already_here_under_another_form_of_its_name_is_used(admin, here):
    calderdale, kingston = (OrganisationFactory(name=n, kind=Kind.LOCAL_AUTHORITY) for n in here)
    other_form = {
        "Calderdale Council": "  calderdale ",
        "Calderdale": "Calderdale Metropolitan Borough Council",
        "Royal Borough of Kingston upon Thames": "Kingston upon Thames",
        "Kingston upon Thames": "Royal Borough of Kingston upon Thames",
    }
    data = la_rows(other_form[calderdale.name], other_form[kingston.name])
    item = import_file(admin, data=data)
    assert item.counts["new"] == 2 and item.counts["new_local_authorities"] == 0
    assert Organisation.objects.filter(kind=Kind.LOCAL_AUTHORITY).count() == 2
    assert Organisation.objects.get(urn="100001").local_authority == calderdale
    assert Organisation.objects.get(urn="100002").local_authority == kingston
    again = import_file(admin, data=data)  # nothing to change: the names are one authority's
    assert again.counts["unchanged"] == 2 and again.changes == []


@pytest.mark.parametrize(
    "here, in_file",
    [
        ("Calderdale Council", "Calderdale"),
        ("Durham County Council", "County Durham"),
        ("County Durham", "Durham"),
        ("City of Bristol", "Bristol, City of"),
        ("Bristol", "City of Bristol"),
    ],
)
def test_a_local_authority_here_is_found_by_the_file_s_form_of_its_name(admin, here, in_file):
    authority = OrganisationFactory(name=here, kind=Kind.LOCAL_AUTHORITY)
    item = import_file(admin, data=la_rows(in_file))
    assert item.counts["new_local_authorities"] == 0
    assert list(Organisation.objects.filter(kind=Kind.LOCAL_AUTHORITY)) == [authority]
    assert Organisation.objects.get(urn="100001").local_authority == authority


def test_different_local_authorities_are_not_merged(admin):
    durham = OrganisationFactory(name="Durham County Council", kind=Kind.LOCAL_AUTHORITY)
    item = import_file(admin, data=la_rows("Darlington", "Kingston upon Hull, City of"))
    assert item.counts["new_local_authorities"] == 2
    assert Organisation.objects.get(urn="100001").local_authority.name == "Darlington"
    assert Organisation.objects.get(urn="100002").local_authority.name == (
        "Kingston upon Hull, City of"
    )
    assert not Organisation.objects.filter(local_authority=durham).exists()


def test_a_local_authority_the_directory_lacks_is_made_once_for_two_forms_of_its_name(admin):
    item = import_file(admin, data=la_rows("Calderdale", "Calderdale Council"))
    assert item.counts["new_local_authorities"] == 1
    authority = Organisation.objects.get(kind=Kind.LOCAL_AUTHORITY)
    assert authority.name == "Calderdale"
    assert Organisation.objects.filter(local_authority=authority).count() == 2


def test_a_local_authority_name_that_could_be_two_here_is_a_problem_not_a_guess(admin):
    plain = OrganisationFactory(name="Calderdale", kind=Kind.LOCAL_AUTHORITY)
    OrganisationFactory(name="Calderdale Council", kind=Kind.LOCAL_AUTHORITY)
    item = import_file(admin, data=la_rows("Calderdale Metropolitan Borough Council", "Calderdale"))
    assert item.counts["new"] == 1 and item.counts["problems"] == 1
    assert item.counts["new_local_authorities"] == 0
    assert item.problems == [
        [
            2,
            'URN 100001: its local authority "Calderdale Metropolitan Borough Council" could be '
            "any of Calderdale and Calderdale Council in the directory, so it was left out. "
            "Rename the one that is not meant, then import the file again.",
        ]
    ]
    assert not Organisation.objects.filter(urn="100001").exists()
    # The name in full is the one it names, whatever else could be.
    assert Organisation.objects.get(urn="100002").local_authority == plain
    assert Organisation.objects.filter(kind=Kind.LOCAL_AUTHORITY).count() == 2


def test_a_school_here_without_a_urn_is_found_by_its_name_however_written(admin):
    mine = OrganisationFactory(name="THE ÆTHELING CAFÉ PRIMARY SCHOOL", kind=Kind.SCHOOL, urn="")
    item = import_file(admin)
    mine.refresh_from_db()
    assert mine.urn == "100005" and mine.name == "Ætheling Café Primary School"
    assert item.counts["new"] == 291 and item.counts["changed"] == 1


def test_a_school_that_could_be_two_here_without_a_urn_is_a_problem_not_a_guess(admin):
    for name in ("Ætheling Café Primary School", "the ætheling café primary school"):
        OrganisationFactory(name=name, kind=Kind.SCHOOL, urn="")
    item = import_file(admin)
    assert item.problems == [
        [
            6,
            "URN 100005: it could be any of the ætheling café primary school and Ætheling Café "
            "Primary School, already in the directory without a URN, so it was left out. Give "
            "the right one its URN, then import the file again.",
        ]
    ]
    assert not Organisation.objects.filter(urn="100005").exists()


def test_a_job_delivered_twice_works_once(admin):
    item = upload(admin)
    assert preview_import_job.delay(item.pk).get() == State.PREVIEWED
    assert preview_import_job.delay(item.pk).get() == State.PREVIEWED
    item.refresh_from_db()
    assert confirm_import(organisation_import=item, actor=admin) is True
    assert confirm_import(organisation_import=item, actor=admin) is False  # a second click
    assert run_import_job.delay(item.pk).get() == State.DONE
    assert run_import_job.delay(item.pk).get() == State.DONE
    assert Event.objects.filter(verb="directory.organisations_imported").count() == 1
    assert Organisation.objects.exclude(kind=Kind.LOCAL_AUTHORITY).count() == 292


def test_one_import_at_a_time(admin):
    first, second = upload(admin), upload(admin)
    for item in (first, second):
        preview_import(pk=item.pk)
        item.refresh_from_db()
    assert confirm_import(organisation_import=first, actor=admin)
    with pytest.raises(ImportBusy):
        confirm_import(organisation_import=second, actor=admin)
    second.refresh_from_db()
    assert second.state == State.PREVIEWED


def test_a_file_gone_wrong_fails_with_a_message_and_changes_nothing(admin):
    item = upload(admin, data=b"nothing like the register\n")
    assert preview_import(pk=item.pk) == State.FAILED
    item.refresh_from_db()
    assert "does not look like the register's export" in item.failure_message
    assert Organisation.objects.count() == 0


def test_only_administrators_confirm(admin):
    from django.core.exceptions import PermissionDenied

    item = upload(admin)
    preview_import(pk=item.pk)
    with pytest.raises(PermissionDenied):
        confirm_import(organisation_import=item, actor=UserFactory())


def test_problems_kept_are_capped_and_their_total_is_kept(admin):
    rows = [establishment(n, URN=f"x{n}") for n in range(1, 251)]
    item = upload(admin, data=csv_bytes(rows))
    preview_import(pk=item.pk)
    item.refresh_from_db()
    assert item.problem_count == 250 and len(item.problems) == 200 and item.more_problems == 50


def confirmed(admin, rows):
    """A previewed and confirmed import of `rows`: its primary key."""
    item = upload(admin, data=csv_bytes(rows))
    preview_import(pk=item.pk)
    item.refresh_from_db()
    confirm_import(organisation_import=item, actor=admin)
    return item.pk


def queries_to_import(admin, rows):
    pk = confirmed(admin, rows)
    with CaptureQueriesContext(connection) as queries:
        assert run_import(pk=pk) == State.DONE
    return len(queries)


def empty_directory():
    Organisation.objects.exclude(kind=Kind.LOCAL_AUTHORITY).delete()
    Organisation.objects.all().delete()


@pytest.mark.parametrize("renamed", [False, True], ids=["new", "renamed"])
def test_an_import_takes_as_many_queries_for_20_rows_as_for_100(
    admin, django_assert_num_queries, renamed
):
    def rows(count):
        return [establishment(n) for n in range(1, count + 1)]

    def renamed_rows(count):
        return [establishment(n, EstablishmentName=f"Changed {n}") for n in range(1, count + 1)]

    if renamed:
        queries_to_import(admin, rows(20))
    few = queries_to_import(admin, renamed_rows(20) if renamed else rows(20))
    empty_directory()
    if renamed:
        queries_to_import(admin, rows(100))
    pk = confirmed(admin, renamed_rows(100) if renamed else rows(100))
    with django_assert_num_queries(few):
        run_import(pk=pk)
    assert Organisation.objects.filter(urn="100099").exists()


# Only PostgreSQL refuses a NUL in text; SQLite keeps it.
on_postgresql = pytest.mark.skipif(
    connection.vendor != "postgresql", reason="PostgreSQL refuses a NUL; SQLite keeps it"
)


@on_postgresql
def test_a_nul_past_the_first_megabyte_is_a_bad_row_and_the_import_still_finishes(
    admin, client, django_capture_on_commit_callbacks
):
    from django.core.files.uploadedfile import SimpleUploadedFile
    from django.urls import reverse

    from directory.gias import CHUNK

    good = [establishment(n, **{"EstablishmentStatus (name)": "Open"}) for n in range(1, 4001)]
    bad = [
        establishment(4001, URN="12\0AB"),
        establishment(4002, EstablishmentName="Bad\0 School"),
        establishment(4003, **{"TypeOfEstablishment (name)": "Mystery\0 school"}),
    ]
    data = csv_bytes(good + bad)
    assert data.index(b"\0") > CHUNK  # past what the form reads
    client.force_login(admin)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            reverse("directory:import_create"), {"file": SimpleUploadedFile("gias.csv", data)}
        )
    item = OrganisationImport.objects.get()
    assert response.status_code == 302 and item.state == State.PREVIEWED
    assert item.problems == [
        [4002, 'Its URN "12\ufffdAB" is not six or seven digits.'],
        [4003, "URN 104002: the name has a character in it that is not text."],
        [4004, 'URN 104003: the type of establishment "Mystery\ufffd school" is not one we know.'],
    ]
    assert confirm_import(organisation_import=item, actor=admin)
    assert run_import(pk=item.pk) == State.DONE
    item.refresh_from_db()
    imported = Organisation.objects.exclude(kind=Kind.LOCAL_AUTHORITY).count()
    assert item.problem_count == 3 and imported == item.counts["new"] > 3900


def test_a_nul_at_the_start_is_refused_on_the_form_saying_why(admin, client):
    """It was refused as "The file must be a CSV file", which the person believed it was."""
    from django.core.files.uploadedfile import SimpleUploadedFile
    from django.urls import reverse

    data = csv_bytes([establishment(1, EstablishmentName="Bad\0 School")])
    client.force_login(admin)
    response = client.post(
        reverse("directory:import_create"), {"file": SimpleUploadedFile("gias.csv", data)}
    )
    page = response.content.decode()
    assert response.status_code == 400
    assert "a character in it that cannot be read (a NUL byte)" in page
    assert "save it again as CSV" in page
    assert not OrganisationImport.objects.exists()


@on_postgresql
def test_a_preview_that_cannot_be_saved_fails_saying_so_not_left_previewing(admin, monkeypatch):
    from directory import services

    def unsavable(reading, plan):
        return {"problems": [[2, "\0"]], "problem_count": 1}

    monkeypatch.setattr(services, "_summary", unsavable)
    item = upload(admin)
    assert preview_import(pk=item.pk) == State.FAILED
    item.refresh_from_db()
    assert item.failure_message.startswith("Something went wrong while reading this file")
