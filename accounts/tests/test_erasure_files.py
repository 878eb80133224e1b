"""Erasing a person stops the imports they started and did not finish (of people, or of the
register of schools): each fails saying why, its file and what its preview found are
deleted, and nobody can confirm it or have a job go on with it. The files of people they
uploaded are deleted, and finished imports keep no file, so none is read to find them: the
erasure asks as many queries for many imports as for few. The imports' pages stay as the
programme's record of whom they invited."""

import io
from pathlib import Path

import pytest
from django.core.files.base import ContentFile
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from accounts.erasure import erase_person
from accounts.models import Invitation, Notification, Role
from accounts.tests.factories import UserFactory
from directory.erasure import FILE_ERASED
from directory.models import OrganisationImport, PeopleImport
from directory.people import confirm_people_import, preview_people_import, run_people_import
from directory.services import confirm_import
from directory.tests.factories import OrganisationImportFactory, PeopleImportFactory
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


PROBLEMS = [[3, "“asha.khan@” is not an e-mail address."]]


def test_an_import_of_hers_waiting_to_be_confirmed_fails_and_nobody_can_confirm_it(
    team, client, django_capture_on_commit_callbacks
):
    waiting = upload(team, "her", OTHERS.encode(), previewed=True, problems=PROBLEMS)
    waiting.problem_count = 1
    waiting.save()
    path = stored(waiting)
    erase(team, django_capture_on_commit_callbacks)
    waiting.refresh_from_db()
    assert (waiting.state, waiting.failure_message) == (State.FAILED, FILE_ERASED)
    assert not path.exists() and not waiting.file
    # What its preview found in her file is gone too.
    assert (waiting.problems, waiting.problem_count, waiting.counts) == ([], 0, {})
    text = page_of(client, team, waiting)
    assert "Its file was deleted when the details of the person who uploaded it were erased" in (
        text
    )
    assert "asha.khan@" not in text and "Confirm" not in text
    # Another officer of the programme cannot confirm it: nothing is sent.
    with django_capture_on_commit_callbacks(execute=True) as sent:
        assert not confirm_people_import(people_import=waiting, actor=team["officer"])
    assert sent == [] and PeopleImport.objects.get(pk=waiting.pk).state == State.FAILED
    client.force_login(team["officer"])
    url = reverse("directory:people_import_confirm", args=[team["programme"].pk, waiting.pk])
    client.post(url)
    assert PeopleImport.objects.get(pk=waiting.pk).state == State.FAILED


@pytest.mark.parametrize("state", [State.QUEUED, State.IMPORTING])
def test_an_import_of_hers_still_to_be_read_or_confirmed_is_not_taken_up_by_its_job(
    team, state, django_capture_on_commit_callbacks
):
    """Read by nobody yet, or confirmed (by another officer) and waiting for its job: the job,
    arriving after the erasure, does nothing, and nobody she typed in is invited."""
    fields = {"state": state}
    if state == State.IMPORTING:
        fields |= {"confirmed_by": team["officer"], "counts": {"invite": 1}}
    item = upload(team, "her", OTHERS.encode(), **fields)
    path = stored(item)
    erase(team, django_capture_on_commit_callbacks)
    job = preview_people_import if state == State.QUEUED else run_people_import
    assert job(pk=item.pk) == State.FAILED
    item.refresh_from_db()
    assert item.failure_message == FILE_ERASED and not item.file and not path.exists()
    assert not Invitation.objects.filter(email="asha@example.org").exists()
    if state == State.IMPORTING:  # the officer who confirmed it is told why it stopped
        told = Notification.objects.get(recipient=team["officer"])
        assert FILE_ERASED in told.message


def test_a_register_import_of_hers_not_finished_fails_and_loses_its_file_and_preview(
    team, django_capture_on_commit_callbacks
):
    waiting = OrganisationImportFactory(
        previewed=True,
        requested_by=team["her"],
        problems=[[7, "Line 7 has no URN."]],
        changes=["Oak School is renamed Oak Academy."],
    )
    path = stored(waiting)
    done = OrganisationImportFactory(state=OrganisationImport.State.DONE, requested_by=team["her"])
    erase(team, django_capture_on_commit_callbacks)
    waiting.refresh_from_db()
    assert (waiting.state, waiting.failure_message) == (State.FAILED, FILE_ERASED)
    assert (waiting.counts, waiting.problems, waiting.changes) == ({}, [], [])
    assert not waiting.file and not path.exists()
    assert not confirm_import(organisation_import=waiting, actor=team["admin"])
    assert OrganisationImport.objects.get(pk=waiting.pk).state == State.FAILED
    # An import of the register she finished is the team's, and public: it stays whole.
    done.refresh_from_db()
    assert done.state == State.DONE and stored(done).exists()


def test_no_finished_import_keeps_a_file_and_none_is_read_to_find_her(
    team, django_capture_on_commit_callbacks
):
    """Finished imports' files kept from before (the job deletes them now) are deleted, in as
    many queries for twelve imports as for two, whatever they hold."""
    by_address = f"{OTHERS}Wil.Tarrant@School.example,Wil,programme,partner\n".encode()
    by_name = xlsx(
        [["email", "name", "where", "role"], ["wt@home.example", NAME, "programme", "partner"]]
    )

    def erased_with(imports):
        paths = [stored(item) for item in imports]
        her = UserFactory(full_name=NAME, email=f"{len(imports)}{ADDRESS}")
        with django_capture_on_commit_callbacks(execute=True):
            with CaptureQueriesContext(connection) as queries:
                erase_person(person=her, actor=team["admin"])
        assert not [path for path in paths if path.exists()]
        return len(queries)

    erased_with([])  # once first, for what is read once a process (the content types)
    few = erased_with(
        [
            upload(team, "officer", by_address, state=State.DONE),
            upload(team, "officer", by_name, name="people.xlsx", state=State.FAILED),
        ]
    )
    many = erased_with(
        [
            upload(team, "officer", OTHERS.encode(), state=state)
            for state in [State.DONE, State.FAILED] * 6
        ]
    )
    assert few == many
    assert PeopleImport.objects.count() == 14  # the imports stay, as the programme's record
