"""Erasing a person deletes the files of people they uploaded (the names and addresses they
typed in), and finished imports' files naming them; the imports' pages stay as the
programme's record of whom they invited."""

import io
from pathlib import Path

import pytest
from django.core.files.base import ContentFile
from django.urls import reverse

from accounts.erasure import erase_person
from accounts.models import Role
from accounts.tests.factories import UserFactory
from directory.models import PeopleImport
from directory.people import FILE_ERASED
from directory.tests.factories import PeopleImportFactory
from programmes.tests.factories import ProgrammeFactory, ProgrammeMembershipFactory

pytestmark = pytest.mark.django_db

NAME = "Wilhelmina Tarrant"
ADDRESS = "wil.tarrant@school.example"
OTHERS = "email,name,where,role\nasha@example.org,Asha Khan,programme,partner\n"
State = PeopleImport.State


@pytest.fixture(autouse=True)
def media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path


@pytest.fixture
def team():
    programme = ProgrammeFactory(name="Tidewater Programme")
    her = UserFactory(full_name=NAME, email=ADDRESS)
    officer = UserFactory(full_name="Olive Officer")
    for person in (her, officer):
        ProgrammeMembershipFactory(programme=programme, user=person, role=Role.OFFICER)
    admin = UserFactory(full_name="Ada Admin", is_staff=True, is_superuser=True)
    return {"programme": programme, "her": her, "officer": officer, "admin": admin}


def upload(team, by, data, name="people.csv", **fields):
    return PeopleImportFactory(
        programme=team["programme"],
        requested_by=team[by],
        original_name=name,
        file=ContentFile(data, name=name),
        **fields,
    )


def xlsx(rows):
    from openpyxl import Workbook

    workbook = Workbook()
    for row in rows:
        workbook.active.append(row)
    saved = io.BytesIO()
    workbook.save(saved)
    return saved.getvalue()


def erase(team, capture):
    with capture(execute=True):
        erase_person(person=team["her"], actor=team["admin"])


def stored(item):
    return Path(item.file.path)


def page_of(client, team, item):
    client.force_login(team["admin"])
    url = reverse("directory:people_import_detail", args=[team["programme"].pk, item.pk])
    page = client.get(url)
    assert page.status_code == 200
    return page.content.decode()


def test_the_file_she_uploaded_is_deleted_and_its_import_stays_named_without_her(
    team, client, django_capture_on_commit_callbacks
):
    done = upload(
        team,
        "her",
        OTHERS.encode(),
        name=f"{NAME} list.csv",
        state=State.DONE,
        counts={"rows": 1, "invite": 1},
    )
    path = stored(done)
    assert path.exists()
    erase(team, django_capture_on_commit_callbacks)
    done.refresh_from_db()
    assert not path.exists()
    assert not done.file
    assert done.original_name == "A former member list.csv"
    text = page_of(client, team, done)
    assert "Import of A former member list.csv" in text and NAME not in text


def test_an_import_of_hers_waiting_to_be_confirmed_fails_saying_why(
    team, client, django_capture_on_commit_callbacks
):
    waiting = upload(team, "her", OTHERS.encode(), previewed=True)
    path = stored(waiting)
    erase(team, django_capture_on_commit_callbacks)
    waiting.refresh_from_db()
    assert (waiting.state, waiting.failure_message) == (State.FAILED, FILE_ERASED)
    assert not path.exists()
    assert "Its file was deleted when the details of the person who uploaded it were erased" in (
        page_of(client, team, waiting)
    )


def test_others_finished_files_naming_her_are_deleted_and_the_rest_kept(
    team, django_capture_on_commit_callbacks
):
    by_address = upload(
        team,
        "officer",
        f"{OTHERS}Wil.Tarrant@School.example,Wil,programme,partner\n".encode(),
        state=State.DONE,
    )
    by_name = upload(
        team,
        "officer",
        xlsx(
            [["email", "name", "where", "role"], ["wt@home.example", NAME, "programme", "partner"]]
        ),
        name="people.xlsx",
        state=State.FAILED,
    )
    unreadable = upload(
        team, "officer", f"no columns here\n{ADDRESS}\n".encode(), state=State.FAILED
    )
    not_her = upload(team, "officer", OTHERS.encode(), state=State.DONE)
    paths = {item.pk: stored(item) for item in (by_address, by_name, unreadable, not_her)}
    erase(team, django_capture_on_commit_callbacks)
    assert [pk for pk, path in paths.items() if path.exists()] == [not_her.pk]
    assert PeopleImport.objects.filter(pk__in=paths).count() == 4
    not_her.refresh_from_db()
    assert not_her.file.read().decode() == OTHERS
