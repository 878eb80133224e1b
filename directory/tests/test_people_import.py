"""Importing a programme's people from a spreadsheet: the preview's counts and problems by
line, confirming sends the invitations once, a second import invites nobody twice, an
officer imports only into their own programme, and a fixed number of queries whatever the
file's size."""

import csv
import datetime
import io
from contextlib import nullcontext

import pytest
from django.core import mail
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.urls import reverse

from accounts.models import Invitation, Role
from accounts.tests.factories import OrganisationFactory, UserFactory
from directory.erasure import FILE_ERASED, stop_imports_for_erasure
from directory.models import PeopleImport
from directory.people import (
    NothingToImport,
    confirm_people_import,
    preview_people_import,
    run_people_import,
)
from fieldtrials.models import FieldTrialMembership
from fieldtrials.tests.factories import FieldTrialFactory
from programmes.models import ProgrammeMembership, ProjectMembership
from programmes.tests.factories import (
    ProgrammeFactory,
    ProgrammeMembershipFactory,
    ProjectFactory,
)

from .factories import PeopleImportFactory

pytestmark = pytest.mark.django_db
State = PeopleImport.State
HEADER = ["email", "name", "organisation", "where", "role"]


@pytest.fixture
def setting():
    """A programme with a project and a trial, its officer, a school and a known person."""
    programme = ProgrammeFactory(name="Tidewater Programme")
    project = ProjectFactory(programme=programme, title="Reading for Pleasure")
    trial = FieldTrialFactory(project=project, title="Quiet Reading Hour")
    officer = UserFactory(email="officer@example.org")
    ProgrammeMembershipFactory(programme=programme, user=officer, role=Role.OFFICER)
    school = OrganisationFactory(name="St Anne's Primary School", urn="123456")
    known = UserFactory(email="Known.Person@example.org")
    return {
        "programme": programme,
        "project": project,
        "trial": trial,
        "officer": officer,
        "school": school,
        "known": known,
    }


ROWS = [
    ["asha@example.org", "Asha Khan", "", "programme", "Officer"],  # line 2: invite
    ["jo@example.org", "Jo Ellis", "", "project: reading for pleasure", "consultant"],  # 3
    ["sam@example.org", "Sam Okoro", "123456", "trial: Quiet Reading Hour", "School leader"],
    ["known.person@example.org", "Known", "", "programme", "partner"],  # 5: add at once
    ["not-an-address", "X", "", "programme", "partner"],  # 6: bad e-mail
    ["kit@example.org", "Kit", "", "programme", "governor"],  # 7: unknown role
    ["lee@example.org", "Lee", "", "project: No Such Project", "partner"],  # 8: unknown place
    ["max@example.org", "Max", "Nowhere Academy", "programme", "partner"],  # 9: unknown org
    ["ASHA@example.org", "Asha again", "", "Programme", "partner"],  # 10: duplicate
    ["ola@example.org", "Ola", "St Anne's Primary School", "trial: quiet reading hour", "Partner"],
]


def csv_file(rows, header=HEADER):
    lines = [",".join(header)] + [",".join(_quoted(cell) for cell in row) for row in rows]
    return ("\n".join(lines) + "\n").encode("utf-8")


def _quoted(cell):
    return f'"{cell}"' if "," in cell or "'" in cell else cell


def xlsx_file(rows, tmp_path, header=HEADER):
    from openpyxl import Workbook

    workbook = Workbook()
    sheet = workbook.active
    sheet.append(header)
    for row in rows:
        sheet.append(row)
    path = tmp_path / "people.xlsx"
    workbook.save(path)
    return path.read_bytes()


def upload(setting, data, name="people.csv", actor=None):
    return PeopleImportFactory(
        programme=setting["programme"],
        requested_by=actor or setting["officer"],
        original_name=name,
        file=ContentFile(data, name=name),
    )


def previewed(setting, data, name="people.csv"):
    item = upload(setting, data, name)
    assert preview_people_import(pk=item.pk) == State.PREVIEWED
    item.refresh_from_db()
    return item


def imported(setting, data, capture, name="people.csv"):
    """Upload, preview, confirm and run an import as the officer, sending its e-mails."""
    return imported_after_preview(previewed(setting, data, name), setting, capture)


EXPECTED_PROBLEM_LINES = [6, 7, 8, 9, 10]


@pytest.mark.parametrize("kind", ["csv", "xlsx"])
def test_the_preview_counts_and_lists_each_problem_by_line(setting, kind, tmp_path):
    data = csv_file(ROWS) if kind == "csv" else xlsx_file(ROWS, tmp_path)
    item = previewed(setting, data, f"people.{kind}")

    assert item.counts == {
        "rows": 10,
        "invite": 4,
        "add": 1,
        "members": 0,
        "invited": 0,
        "problems": 5,
    }
    assert [line for line, _ in item.problems] == EXPECTED_PROBLEM_LINES
    messages = dict(item.problems)
    assert "not an e-mail address" in messages[6]
    assert "not a role" in messages[7]
    assert "not this programme" in messages[8]
    assert "no organisation" in messages[9]
    assert "twice" in messages[10]
    assert not Invitation.objects.exists() and not mail.outbox  # a preview changes nothing


def test_a_csv_saved_by_excel_in_windows_1252_is_read(setting):
    data = csv_file([["zoe@example.org", "Zoë Brontë", "", "programme", "partner"]])
    item = previewed(setting, data.decode().encode("cp1252"))
    assert item.counts["invite"] == 1 and item.problem_count == 0


@pytest.mark.parametrize("separator", [";", "\t"])
def test_a_csv_separated_by_semicolons_or_tabs_is_read(
    client, setting, separator, django_capture_on_commit_callbacks
):
    """Excel saves "CSV" with semicolons where a comma is the decimal point: the form said
    "The first row must name the columns; missing: email, where, role"."""
    rows = [
        ["asha@example.org", "Khan, Asha", "", "programme", "officer"],
        ["jo@example.org", "Jo Ellis", "123456", "trial: Quiet Reading Hour", "school leader"],
    ]
    data = "\r\n".join(separator.join(row) for row in [HEADER, *rows]).encode("utf-8-sig")
    response = post_file(client, setting, "people.csv", data, django_capture_on_commit_callbacks)
    assert response.status_code == 302
    item = PeopleImport.objects.get()
    assert item.state == State.PREVIEWED and item.problems == []
    assert item.counts["invite"] == 2
    with django_capture_on_commit_callbacks(execute=True):
        assert confirm_people_import(people_import=item, actor=setting["officer"])
    invitations = Invitation.objects.order_by("email")
    assert [(i.email, i.full_name) for i in invitations] == [
        ("asha@example.org", "Khan, Asha"),
        ("jo@example.org", "Jo Ellis"),
    ]
    assert invitations[1].organisation == setting["school"]


def test_a_file_without_the_columns_fails_saying_which_are_missing(setting):
    item = upload(setting, b"address,who\nx@example.org,X\n")
    assert preview_people_import(pk=item.pk) == State.FAILED
    item.refresh_from_db()
    assert "missing: email, where, role" in item.failure_message


def test_confirming_invites_everyone_in_one_go_and_emails_each_once(
    setting, django_capture_on_commit_callbacks
):
    item = imported(setting, csv_file(ROWS), django_capture_on_commit_callbacks)

    assert item.state == State.DONE and item.counts["invite"] == 4 and item.counts["add"] == 1
    invited = {i.email: i for i in Invitation.objects.all()}
    assert set(invited) == {
        "asha@example.org",
        "jo@example.org",
        "sam@example.org",
        "ola@example.org",
    }
    assert invited["asha@example.org"].programme == setting["programme"]
    assert invited["asha@example.org"].role == Role.OFFICER
    assert invited["jo@example.org"].project == setting["project"]
    assert invited["sam@example.org"].field_trial == setting["trial"]
    assert invited["sam@example.org"].role == Role.PRACTITIONER
    assert invited["sam@example.org"].organisation == setting["school"]
    assert invited["ola@example.org"].organisation == setting["school"]
    # One invitation e-mail each; someone with an account is added at once and told; the
    # officer who confirmed is told the import has finished.
    recipients = sorted(m.to[0].lower() for m in mail.outbox)
    assert recipients == sorted([*invited, "known.person@example.org", "officer@example.org"])
    assert ProgrammeMembership.objects.filter(user=setting["known"], role=Role.PARTNER).exists()
    # Each is greeted by the name the file gives, which their acceptance starts with.
    assert invited["asha@example.org"].full_name == "Asha Khan"
    asha = next(m for m in mail.outbox if m.to[0] == "asha@example.org")
    assert asha.body.startswith("Hello Asha Khan,")


def test_importing_the_same_file_again_invites_nobody_twice(
    setting, django_capture_on_commit_callbacks
):
    # Both read before either is imported: each is offered for confirming.
    first = previewed(setting, csv_file(ROWS))
    again = previewed(setting, csv_file(ROWS))
    for item in (first, again):
        mail.outbox.clear()
        with django_capture_on_commit_callbacks(execute=True):
            assert confirm_people_import(people_import=item, actor=setting["officer"])
            assert run_people_import(pk=item.pk) == State.DONE

    again.refresh_from_db()
    assert again.counts == {
        "rows": 10,
        "invite": 0,
        "add": 0,
        "members": 1,
        "invited": 4,
        "problems": 5,
    }
    assert Invitation.objects.count() == 4
    assert [m.to for m in mail.outbox] == [["officer@example.org"]]  # told it has finished
    # Read after, it has nobody to invite or add: it is not offered for confirming.
    late = previewed(setting, csv_file(ROWS))
    assert late.shown_state_label == "Nothing to import"
    with pytest.raises(NothingToImport, match="correct the rows below and upload it again"):
        confirm_people_import(people_import=late, actor=setting["officer"])
    assert PeopleImport.objects.get(pk=late.pk).state == State.PREVIEWED


def test_a_file_of_only_problems_is_not_offered_for_confirming_nor_confirmed(
    client, setting, django_capture_on_commit_callbacks
):
    """It said "Ready to confirm" with a "Confirm and invite" button, then "Imported"."""
    item = previewed(setting, csv_file(ROWS[4:8]))
    assert item.counts["invite"] == item.counts["add"] == 0 and item.problem_count == 4
    client.force_login(setting["officer"])
    detail = reverse("directory:people_import_detail", args=[setting["programme"].pk, item.pk])
    said = (
        "Nobody in this file can be invited or added: correct the rows below and upload it again."
    )
    page = client.get(detail).content.decode()
    assert said in page and "Nothing to import" in page
    assert "Ready to confirm" not in page and "Confirm and invite" not in page
    status = reverse("directory:people_import_status", args=[setting["programme"].pk, item.pk])
    fragment = client.get(status).content.decode()
    assert f'data-hx-swap-oob="innerHTML">The file has been read. {said}</p>' in fragment

    confirm = reverse("directory:people_import_confirm", args=[setting["programme"].pk, item.pk])
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(confirm)
    assert response.status_code == 400 and said in response.content.decode()
    item.refresh_from_db()
    assert item.state == State.PREVIEWED and item.confirmed_by is None
    assert not Invitation.objects.exists() and not mail.outbox


def test_a_file_of_people_all_here_already_is_not_offered_for_confirming(
    client, setting, django_capture_on_commit_callbacks
):
    imported(setting, csv_file(ROWS[:4]), django_capture_on_commit_callbacks)
    item = previewed(setting, csv_file(ROWS[:4]))
    assert item.counts["members"] == 1 and item.counts["invited"] == 3
    client.force_login(setting["officer"])
    detail = reverse("directory:people_import_detail", args=[setting["programme"].pk, item.pk])
    page = client.get(detail).content.decode()
    assert (
        "Nobody in this file can be invited or added: everyone in it is already a member or "
        "already invited."
    ) in page
    assert "Confirm and invite" not in page


def test_a_job_delivered_twice_invites_once(setting, django_capture_on_commit_callbacks):
    item = imported(setting, csv_file(ROWS[:1]), django_capture_on_commit_callbacks)
    assert run_people_import(pk=item.pk) == State.DONE
    # One invitation, and the officer told once that the import has finished.
    assert Invitation.objects.count() == 1 and len(mail.outbox) == 2


def test_an_officer_of_a_project_only_may_not_invite_to_its_programme(setting):
    other = UserFactory()
    # The officer's own programme is imported into by someone who manages only a project.
    ProjectMembership.objects.create(project=setting["project"], user=other, role=Role.OFFICER)
    item = upload(setting, csv_file([ROWS[0], ROWS[1]]), actor=other)
    preview_people_import(pk=item.pk)
    item.refresh_from_db()
    assert item.counts["invite"] == 1
    assert item.problems == [[2, "You may not invite people to programme."]]


def test_the_trial_of_another_programme_is_an_unknown_place(setting):
    elsewhere = FieldTrialFactory(title="Faraway Trial")
    item = previewed(
        setting, csv_file([["a@example.org", "A", "", "trial: Faraway Trial", "partner"]])
    )
    assert "not this programme" in item.problems[0][1]
    assert not FieldTrialMembership.objects.filter(field_trial=elsewhere).exists()


def test_an_organisation_is_found_by_its_name_however_written(
    setting, django_capture_on_commit_callbacks
):
    from accounts.models import Organisation

    calderdale = OrganisationFactory(
        name="Calderdale Council", kind=Organisation.Kind.LOCAL_AUTHORITY
    )
    kingston = OrganisationFactory(
        name="Kingston upon Thames", kind=Organisation.Kind.LOCAL_AUTHORITY
    )
    # A local authority's name as the register writes it: "County Durham" is "Durham".
    durham = OrganisationFactory(
        name="Durham County Council", kind=Organisation.Kind.LOCAL_AUTHORITY
    )
    # Not a school's: "County Bridge School" is not "Bridge School".
    OrganisationFactory(name="Bridge School", kind=Organisation.Kind.SCHOOL)
    # Authorities its trial works with: an officer names only those (or those of none).
    setting["trial"].participating_organisations.add(calderdale, kingston, durham)
    rows = [
        ["a@example.org", "A", " calderdale ", "programme", "partner"],
        ["b@example.org", "B", "Royal Borough of Kingston upon Thames", "programme", "partner"],
        ["c@example.org", "C", "st anne's primary school", "programme", "partner"],
        ["d@example.org", "D", "County Durham", "programme", "partner"],
        ["e@example.org", "E", "County Bridge School", "programme", "partner"],
    ]
    item = imported(setting, csv_file(rows), django_capture_on_commit_callbacks)
    assert [problem[0] for problem in item.problems] == [6]
    assert "County Bridge School" in item.problems[0][1]
    invited = {i.email: i.organisation for i in Invitation.objects.all()}
    assert invited == {
        "a@example.org": calderdale,
        "b@example.org": kingston,
        "c@example.org": setting["school"],
        "d@example.org": durham,
    }


def test_an_organisation_name_that_could_be_two_is_a_problem_not_a_guess(setting):
    from accounts.models import Organisation

    calderdale = OrganisationFactory(name="Calderdale", kind=Organisation.Kind.LOCAL_AUTHORITY)
    setting["trial"].participating_organisations.add(calderdale)  # it works with the trial
    OrganisationFactory(name="Calderdale Council", kind=Organisation.Kind.LOCAL_AUTHORITY)
    OrganisationFactory(name="Hebden Bridge", kind=Organisation.Kind.TRUST)
    OrganisationFactory(name="Hebden Bridge", kind=Organisation.Kind.VOLUNTARY)
    rows = [
        ["a@example.org", "A", "Calderdale Metropolitan Borough Council", "programme", "partner"],
        ["b@example.org", "B", "Hebden Bridge", "programme", "partner"],
        ["c@example.org", "C", "Calderdale", "programme", "partner"],  # the name in full
    ]
    item = previewed(setting, csv_file(rows))
    assert item.counts["invite"] == 1
    assert item.problems == [
        [
            2,
            "“Calderdale Metropolitan Borough Council” could be any of Calderdale (local "
            "authority) and Calderdale Council (local authority): write its URN, or its name "
            "as the directory has it.",
        ],
        [
            3,
            "“Hebden Bridge” could be any of Hebden Bridge (trust) and Hebden Bridge "
            "(voluntary organisation): write its URN, or its name as the directory has it.",
        ],
    ]


def _rows(count):
    # The same places and a mix of known and new people, so only the number of rows grows.
    rows = []
    for n in range(count):
        email = "known.person@example.org" if n == 0 else f"person{n}@example.org"
        where = ("programme", "project: Reading for Pleasure", "trial: Quiet Reading Hour")[n % 3]
        rows.append([email, f"Person {n}", "123456", where, "partner"])
    return rows


def test_the_preview_makes_as_many_queries_for_many_rows_as_for_few(
    setting, django_assert_num_queries
):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    few, many = upload(setting, csv_file(_rows(6))), upload(setting, csv_file(_rows(300)))
    with CaptureQueriesContext(connection) as small:
        preview_people_import(pk=few.pk)
    with django_assert_num_queries(len(small)):
        preview_people_import(pk=many.pk)
    many.refresh_from_db()
    assert many.counts["invite"] == 299 and many.counts["add"] == 1


# --- Pages ---------------------------------------------------------------------------------


def test_an_officer_uploads_previews_and_confirms_through_the_pages(
    client, setting, django_capture_on_commit_callbacks
):
    programme = setting["programme"]
    client.force_login(setting["officer"])
    people = client.get(reverse("people:people", args=["programme", programme.pk]))
    create = reverse("directory:people_import_create", args=[programme.pk])
    assert create in people.content.decode()

    upload_file = SimpleUploadedFile("people.csv", csv_file(ROWS[:3]), content_type="text/csv")
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(create, {"file": upload_file})
    item = PeopleImport.objects.get()
    assert response.status_code == 302 and item.state == State.PREVIEWED
    detail = client.get(response.url)
    assert 'data-count="invite">3<' in detail.content.decode()

    confirm = reverse("directory:people_import_confirm", args=[programme.pk, item.pk])
    with django_capture_on_commit_callbacks(execute=True):
        client.post(confirm)
    item.refresh_from_db()
    assert item.state == State.DONE and len(mail.outbox) == 3 + 1  # and the officer told


def test_confirming_an_import_failed_meanwhile_says_it_failed_and_why(client, setting):
    """Its uploader's details were erased after the preview: it said "This import had
    already been confirmed"."""
    item = previewed(setting, csv_file(ROWS[:3]))
    stop_imports_for_erasure(person=item.requested_by)
    client.force_login(UserFactory(is_staff=True, is_superuser=True))
    confirm = reverse("directory:people_import_confirm", args=[setting["programme"].pk, item.pk])
    page = client.post(confirm, follow=True).content.decode()
    assert f"This import failed: {FILE_ERASED}" in page
    assert "already been confirmed" not in page and not Invitation.objects.exists()


def test_the_forms_hint_points_to_the_columns_where_the_page_explains_them(client, setting):
    client.force_login(setting["officer"])
    create = reverse("directory:people_import_create", args=[setting["programme"].pk])
    page = client.get(create).content.decode()
    explained, field = page.index("The columns</h2>"), page.index('name="file"')
    assert explained < field  # above the field, not below it
    assert "with the columns described above" in page and "columns below" not in page


def test_a_file_of_the_wrong_kind_is_refused_on_the_form(client, setting):
    client.force_login(setting["officer"])
    create = reverse("directory:people_import_create", args=[setting["programme"].pk])
    bad = SimpleUploadedFile("people.csv", b"address,who\nx@example.org,X\n", "text/csv")
    response = client.post(create, {"file": bad})
    assert (
        response.status_code == 400 and "missing: email, where, role" in response.content.decode()
    )


def test_an_officer_cannot_import_into_another_programme(client, setting):
    other = ProgrammeFactory(name="Other Programme")
    client.force_login(setting["officer"])
    create = reverse("directory:people_import_create", args=[other.pk])
    assert client.get(create).status_code == 404
    # A member of the programme who is not its officer sees it but may not import.
    consultant = UserFactory()
    ProgrammeMembershipFactory(programme=other, user=consultant, role=Role.CONSULTANT)
    client.force_login(consultant)
    assert client.get(create).status_code == 403
    theirs = PeopleImportFactory(programme=other)
    detail = reverse("directory:people_import_detail", args=[other.pk, theirs.pk])
    client.force_login(setting["officer"])
    assert client.get(detail).status_code == 404


def test_an_xlsx_workbook_is_accepted_by_the_form(
    client, setting, tmp_path, django_capture_on_commit_callbacks
):
    client.force_login(setting["officer"])
    create = reverse("directory:people_import_create", args=[setting["programme"].pk])
    workbook = SimpleUploadedFile(
        "people.xlsx",
        xlsx_file(ROWS[:2], tmp_path),
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    )
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(create, {"file": workbook})
    assert response.status_code == 302
    assert PeopleImport.objects.get().counts["invite"] == 2


def test_a_file_being_read_is_polled_and_a_stale_one_is_swept(client, setting):
    from datetime import timedelta

    from django.utils import timezone

    from directory.models import STALE_AFTER
    from directory.tasks import sweep_stale_imports

    item = upload(setting, csv_file(ROWS[:1]))
    client.force_login(setting["officer"])
    detail = reverse("directory:people_import_detail", args=[setting["programme"].pk, item.pk])
    status = reverse("directory:people_import_status", args=[setting["programme"].pk, item.pk])
    assert f'data-hx-get="{status}"' in client.get(detail).content.decode()

    long_ago = timezone.now() - STALE_AFTER - timedelta(minutes=1)
    # Waiting in the queue as long is not a dead job: it waits on.
    PeopleImport.objects.filter(pk=item.pk).update(requested_at=long_ago)
    assert sweep_stale_imports() == 0
    # A job started reading it that long ago and never finished: that one died.
    PeopleImport.objects.filter(pk=item.pk).update(state=State.PREVIEWING, started_at=long_ago)
    assert sweep_stale_imports() == 1
    assert sweep_stale_imports() == 0
    item.refresh_from_db()
    assert item.state == State.FAILED and "did not finish" in item.failure_message
    assert "data-hx-get" not in client.get(status).content.decode()


# --- Bad files -----------------------------------------------------------------------------

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def post_file(client, setting, name, data, capture, content_type="text/csv"):
    """Upload a file through the form as the officer, running the preview it starts."""
    client.force_login(setting["officer"])
    create = reverse("directory:people_import_create", args=[setting["programme"].pk])
    with capture(execute=True):
        return client.post(create, {"file": SimpleUploadedFile(name, data, content_type)})


def with_sheet(data, change):
    """The XLSX workbook `data` with its sheet's XML passed through `change`."""
    import io
    import zipfile

    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(out, "w") as target:
        for info in source.infolist():
            part = source.read(info.filename)
            if info.filename == "xl/worksheets/sheet1.xml":
                part = change(part)
            target.writestr(info, part)
    return out.getvalue()


def broken_xlsx(rows, tmp_path, line):
    """A workbook whose `line` refers, in its where column, to shared string 999, which it
    does not have (as a damaged file might)."""
    import re

    def change(sheet):
        cell = rf'<c r="D{line}" t="inlineStr"><is><t>[^<]*</t></is></c>'.encode()
        sheet, found = re.subn(cell, f'<c r="D{line}" t="s"><v>999</v></c>'.encode(), sheet)
        assert found == 1
        return sheet

    return with_sheet(xlsx_file(rows, tmp_path), change)


def test_the_form_reads_only_the_first_row_and_the_job_refuses_a_broken_workbook(
    client, setting, tmp_path, django_capture_on_commit_callbacks
):
    data = broken_xlsx(ROWS[:3], tmp_path, line=3)
    response = post_file(
        client, setting, "people.xlsx", data, django_capture_on_commit_callbacks, XLSX
    )
    item = PeopleImport.objects.get()
    assert response.status_code == 302 and item.state == State.FAILED
    assert item.failure_message == "The file is not an Excel (XLSX) workbook we can read."
    assert not Invitation.objects.exists()


def test_a_workbook_broken_in_its_first_row_is_refused_on_the_form(client, setting, tmp_path):
    data = broken_xlsx([], tmp_path, line=1)
    response = post_file(client, setting, "people.xlsx", data, lambda **_: nullcontext(), XLSX)
    assert response.status_code == 400
    assert "not an Excel (XLSX) workbook we can read" in response.content.decode()
    assert not PeopleImport.objects.exists()


def a_million_rows(tmp_path):
    """A workbook of a header and a million rows of the same person: under 1 MB as XLSX."""
    row = (
        b'<row><c t="inlineStr"><is><t>asha@example.org</t></is></c><c/><c/>'
        b'<c t="inlineStr"><is><t>programme</t></is></c>'
        b'<c t="inlineStr"><is><t>partner</t></is></c></row>'
    )

    def change(sheet):
        start, rest = sheet.split(b"<sheetData>")
        header, end = rest.split(b"</row>", 1)
        start = start.replace(b'<dimension ref="A1:E1"/>', b'<dimension ref="A1:E1000001"/>')
        return start + b"<sheetData>" + header + b"</row>" + row * 1_000_000 + end

    return with_sheet(xlsx_file([], tmp_path), change)


def test_a_workbook_of_a_million_rows_is_refused_on_the_form_before_it_is_opened(
    client, setting, tmp_path
):
    # Under 1 MB as XLSX, about 150 MB unpacked: openpyxl would read the whole sheet to
    # find its size (without the dimension the test writes, or with a false one).
    data = a_million_rows(tmp_path)
    assert len(data) < 1024 * 1024
    response = post_file(client, setting, "people.xlsx", data, lambda **_: nullcontext(), XLSX)
    assert response.status_code == 400
    assert "far larger once unpacked than a list of 5,000 people" in response.content.decode()
    assert not PeopleImport.objects.exists()


def test_a_file_of_too_many_people_is_read_no_further_than_the_limit(setting, tmp_path):
    from directory.people import MAX_PEOPLE

    rows = [[f"p{n}@example.org", "", "", "programme", "partner"] for n in range(MAX_PEOPLE + 2)]
    # The row after the limit is broken: reading stops before it.
    item = upload(setting, broken_xlsx(rows, tmp_path, line=MAX_PEOPLE + 3), "people.xlsx")
    assert preview_people_import(pk=item.pk) == State.FAILED
    item.refresh_from_db()
    assert f"more than {MAX_PEOPLE:,} people" in item.failure_message

    exactly = upload(setting, csv_file(rows[:MAX_PEOPLE]))
    assert preview_people_import(pk=exactly.pk) == State.PREVIEWED


def test_a_file_of_mostly_empty_rows_is_read_no_further_than_the_limit(setting):
    from directory.people import MAX_ROWS

    data = csv_file([ROWS[0]] + [[""] * 5] * MAX_ROWS + [ROWS[1]])
    item = upload(setting, data)
    assert preview_people_import(pk=item.pk) == State.FAILED
    item.refresh_from_db()
    assert f"more than {MAX_ROWS:,} rows, counting empty ones" in item.failure_message


def test_a_csv_cell_too_long_to_read_is_a_message_on_the_form_or_from_the_job(
    client, setting, django_capture_on_commit_callbacks
):
    long_cell = "x" * 131_073
    header = csv_file([], header=[*HEADER[:4], f"role {long_cell}"])
    response = post_file(client, setting, "people.csv", header, django_capture_on_commit_callbacks)
    assert response.status_code == 400
    assert "Line 1 of the file has a cell longer than 131,072 characters" in (
        response.content.decode()
    )
    assert not PeopleImport.objects.exists()

    rows = csv_file([ROWS[0], [*ROWS[1][:2], long_cell, *ROWS[1][3:]]])
    response = post_file(client, setting, "people.csv", rows, django_capture_on_commit_callbacks)
    item = PeopleImport.objects.get()
    assert response.status_code == 302 and item.state == State.FAILED
    assert item.failure_message.startswith(
        "Line 3 of the file has a cell longer than 131,072 characters, or a quotation mark "
        "that is never closed."
    )


def test_a_problem_quotes_a_long_cell_shortened(setting):
    where = "project: " + "A very long title " * 6000
    item = previewed(setting, csv_file([["a@example.org", "A", "", where, "partner"]]))
    ((line, message),) = item.problems
    assert line == 2 and len(message) < 250
    assert message.startswith("“project: A very long title A very long title")
    assert "…” is not this programme" in message


def test_an_address_longer_than_any_is_a_problem_on_its_line_and_the_rest_import(
    setting, django_capture_on_commit_callbacks
):
    # The address validator allows it; an invitation cannot hold it, and the whole import
    # failed when it came to invite them.
    long = "e" * 300 + "@example.org"
    rows = [[long, "Long", "", "programme", "partner"], ROWS[0]]
    item = imported(setting, csv_file(rows), django_capture_on_commit_callbacks)
    assert item.state == State.DONE
    ((line, message),) = item.problems
    assert line == 2 and "longer than any e-mail address (254 characters at most)" in message
    assert list(Invitation.objects.values_list("email", flat=True)) == ["asha@example.org"]


# Only PostgreSQL refuses a NUL in text; SQLite keeps it.
on_postgresql = pytest.mark.skipif(
    connection.vendor != "postgresql", reason="PostgreSQL refuses a NUL; SQLite keeps it"
)


@on_postgresql
def test_a_nul_in_a_bad_row_is_listed_and_the_import_still_finishes(
    setting, django_capture_on_commit_callbacks
):
    rows = [
        ROWS[0],
        ["jo@example.org", "Jo", "", "project: Reading\0 for Pleasure", "partner"],
        ["sam\0@example.org", "Sam", "", "programme", "partner"],
        ["kit@example.org", "Kit", "Nowhere\0 Academy", "programme", "partner"],
    ]
    item = imported(setting, csv_file(rows), django_capture_on_commit_callbacks)
    assert item.state == State.DONE and item.counts["invite"] == 1
    assert item.problems == [
        [3, "The where cell has a character in it that is not text: type it again."],
        [4, "The email cell has a character in it that is not text: type it again."],
        [5, "The organisation cell has a character in it that is not text: type it again."],
    ]
    assert list(Invitation.objects.values_list("email", flat=True)) == ["asha@example.org"]


@on_postgresql
def test_a_preview_that_cannot_be_saved_fails_saying_so_not_left_previewing(setting, monkeypatch):
    from directory import people

    def unsavable(rows, plan, **extra):
        return {"problems": [[2, "\0"]], "problem_count": 1}

    monkeypatch.setattr(people, "_summary", unsavable)
    item = upload(setting, csv_file(ROWS[:1]))
    assert preview_people_import(pk=item.pk) == State.FAILED
    item.refresh_from_db()
    assert item.failure_message.startswith("Something went wrong while reading this file")


def test_a_workbook_whose_parts_unpack_to_gigabytes_is_refused_on_the_form(
    client, setting, tmp_path
):
    # openpyxl reads a workbook's shared strings whole on opening, however the sheet is read:
    # 60 MB of them pack into a few hundred KB.
    import io
    import zipfile

    data = xlsx_file(ROWS[:1], tmp_path)
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source:
        with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED) as target:
            for info in source.infolist():
                if info.filename != "xl/sharedStrings.xml":
                    target.writestr(info.filename, source.read(info.filename))
            padding = b"<sst><si><t>" + b" " * (60 * 1024 * 1024) + b"</t></si></sst>"
            target.writestr("xl/sharedStrings.xml", padding)
    assert len(out.getvalue()) < 1024 * 1024
    response = post_file(
        client, setting, "people.xlsx", out.getvalue(), lambda **_: nullcontext(), XLSX
    )
    assert response.status_code == 400
    assert "far larger once unpacked than a list of 5,000 people" in response.content.decode()
    assert not PeopleImport.objects.exists()


def test_the_outcome_of_a_polled_people_import_is_told_in_a_status_region(
    client, setting, django_capture_on_commit_callbacks
):
    client.force_login(setting["officer"])
    item = previewed(setting, csv_file(ROWS[:5]))
    pk = setting["programme"].pk
    page = client.get(reverse("directory:people_import_detail", args=[pk, item.pk]))
    assert '<p id="import-outcome" class="govuk-visually-hidden" role="status"></p>' in (
        page.content.decode()
    )
    fragment = client.get(reverse("directory:people_import_status", args=[pk, item.pk]))
    assert (
        '<p id="import-outcome" data-hx-swap-oob="innerHTML">The file has been read: importing '
        "it would invite 3 people by e-mail and add 1 at once, leaving out 1 row with "
        "problems; check the figures below, then confirm.</p>"
    ) in fragment.content.decode()

    done = imported(setting, csv_file(ROWS[5:6] + ROWS[:1]), django_capture_on_commit_callbacks)
    fragment = client.get(reverse("directory:people_import_status", args=[pk, done.pk]))
    assert "The import is done: 1 person invited by e-mail and 0 added at once." in (
        fragment.content.decode()
    )


def test_a_name_longer_than_a_profile_holds_is_a_problem_on_its_line_not_cut(
    setting, django_capture_on_commit_callbacks
):
    """A 100,000-character name was invited as its first 150 characters, without a word."""
    long = "N" * 100_000
    rows = [["long@example.org", long, "", "programme", "partner"], ROWS[0]]
    item = imported(setting, csv_file(rows), django_capture_on_commit_callbacks)
    assert item.state == State.DONE
    # The profile form's words for the same name.
    assert item.problems == [[2, "The name must be 150 characters or fewer (it has 100,000)."]]
    assert list(Invitation.objects.values_list("email", flat=True)) == ["asha@example.org"]
    exactly = [["just@example.org", " ".join(["N" * 74, "M" * 75]), "", "programme", "partner"]]
    assert previewed(setting, csv_file(exactly)).counts["invite"] == 1


@pytest.mark.parametrize("kind", ["csv", "xlsx"])
def test_a_file_of_only_the_header_is_refused_saying_it_holds_no_people(
    client, setting, kind, tmp_path, django_capture_on_commit_callbacks
):
    """It previewed as "Ready to confirm", 0 rows, with a "Confirm and invite" button."""
    said = "The file holds no people: add a row for each person under the header."
    data = csv_file([["", "", "", "", ""]]) if kind == "csv" else xlsx_file([], tmp_path)
    name, content_type = ("people.csv", "text/csv") if kind == "csv" else ("people.xlsx", XLSX)
    response = post_file(
        client, setting, name, data, django_capture_on_commit_callbacks, content_type
    )
    page = response.content.decode().replace("&#x27;", "'")
    assert response.status_code == 400 and said in page and "Confirm and invite" not in page
    assert not PeopleImport.objects.exists()
    # Read by the job (the form reads no further than the first person), likewise.
    item = upload(setting, data, name)
    assert preview_people_import(pk=item.pk) == State.FAILED
    item.refresh_from_db()
    assert item.failure_message == said


def test_a_csv_with_a_nul_byte_is_refused_saying_why(client, setting):
    """It was refused as "The file must be a CSV file or an Excel (XLSX) workbook"."""
    data = csv_file([["asha@example.org", "Asha\0 Khan", "", "programme", "partner"]])
    response = post_file(client, setting, "people.csv", data, lambda **_: nullcontext())
    page = response.content.decode()
    assert response.status_code == 400
    assert "The file has a character in it that cannot be read (a NUL byte)" in page
    assert "save it again as CSV" in page
    assert "The file must be a CSV file or an Excel (XLSX) workbook" not in page
    assert not PeopleImport.objects.exists()


def test_a_name_loses_the_characters_that_turn_text_round(
    setting, django_capture_on_commit_callbacks
):
    # As the forms take a name: "Asha<U+202E>nahK" would show as "AshaKhan" turned round.
    rows = [["asha@example.org", "\u2067Asha\u202e Khan\u200f\u2069", "", "programme", "partner"]]
    imported(setting, csv_file(rows), django_capture_on_commit_callbacks)
    assert Invitation.objects.get().full_name == "Asha Khan"


def test_a_role_the_place_does_not_offer_is_a_problem_on_its_line(
    setting, django_capture_on_commit_callbacks
):
    # A trial has no programme officers and a programme no school leaders, as on the People
    # pages: the import made them.
    rows = [
        ["asha@example.org", "Asha", "", "trial: Quiet Reading Hour", "officer"],
        ["jo@example.org", "Jo", "", "programme", "school leader"],
        ROWS[1],
    ]
    item = imported(setting, csv_file(rows), django_capture_on_commit_callbacks)
    assert item.state == State.DONE
    assert item.problems == [
        [
            2,
            "A field trial has no “Programme officer” role: choose “School leader or "
            "practitioner”, “Consultant” or “Partner”.",
        ],
        [
            3,
            "A programme has no “School leader or practitioner” role: choose “Programme "
            "officer”, “Consultant” or “Partner”.",
        ],
    ]
    assert list(Invitation.objects.values_list("email", flat=True)) == ["jo@example.org"]
    assert not FieldTrialMembership.objects.exists()


@pytest.mark.parametrize(
    "written, role",
    [
        ("headteacher", Role.PRACTITIONER),
        ("Head Teacher", Role.PRACTITIONER),
        ("HEAD", Role.PRACTITIONER),
        ("Headmaster", Role.PRACTITIONER),
        ("headmistress", Role.PRACTITIONER),
        ("Principal", Role.PRACTITIONER),
        ("Deputy  Head", Role.PRACTITIONER),
        ("Assistant Head", Role.PRACTITIONER),
        ("Teacher", Role.PRACTITIONER),
        ("Programme Officer", Role.OFFICER),
        ("Partner Agency", Role.PARTNER),
    ],
)
def test_a_role_as_a_school_would_write_it_is_read(
    setting, written, role, django_capture_on_commit_callbacks
):
    # "headteacher" was refused as "not a role": a head teacher is a school leader.
    where = "programme" if role in (Role.OFFICER, Role.PARTNER) else "trial: Quiet Reading Hour"
    rows = [["sam@example.org", "Sam", "", where, written]]
    item = imported(setting, csv_file(rows), django_capture_on_commit_callbacks)
    assert item.problems == []
    assert Invitation.objects.get().role == role


def test_a_word_that_is_no_role_is_still_refused_saying_which_roles_there_are(setting):
    rows = [["sam@example.org", "Sam", "", "programme", "governor"]]
    item = previewed(setting, csv_file(rows))
    assert item.problems == [
        [
            2,
            "“governor” is not a role: use officer, consultant, school leader, practitioner "
            "or partner.",
        ]
    ]


def test_a_row_missing_its_role_where_or_address_says_which_is_missing(setting):
    """A row of only an address said "“” is not a role: use officer, …"."""
    rows = [
        ["sam@example.org"],
        ["kit@example.org", "Kit", "", "", "partner"],
        ["", "Lee", "", "programme", "partner"],
        ["ola@example.org", "Ola", "", "programme", "  "],
    ]
    no_role = (
        "The role is missing: use officer, consultant, school leader, practitioner or partner."
    )
    item = previewed(setting, csv_file(rows))
    assert item.problems == [
        [2, no_role],
        [
            3,
            "The where column is empty: write programme, project: and its title, or trial: and "
            "its title.",
        ],
        [4, "The e-mail address is missing."],
        [5, no_role],
    ]


NOT_NAMES = {  # a cell of each kind, as written in a CSV file or typed in a workbook
    "csv": [
        ("2026-01-01", "a date"),
        ("01/02/2026", "a date"),
        ("12345", "a number"),
        ("12,5", "a number"),
        ("9:30", "a time"),
    ],
    "xlsx": [
        (datetime.datetime(2026, 1, 1), "a date"),
        (12345, "a number"),
        (12.5, "a number"),
        (datetime.time(9, 30), "a time"),
    ],
}


@pytest.mark.parametrize("kind", ["csv", "xlsx"])
def test_a_name_that_is_a_date_or_a_number_is_a_problem_on_its_line(setting, kind, tmp_path):
    """An XLSX cell formatted as a date became the name "2026-01-01 00:00:00"."""
    rows = [
        [f"p{line}@example.org", name, "", "programme", "partner"]
        for line, (name, _) in enumerate(NOT_NAMES[kind], start=2)
    ]
    rows.append(["jo@example.org", "Jo Ellis 2nd", "", "programme", "partner"])
    if kind == "csv":
        item = previewed(setting, csv_file(rows))
    else:
        item = previewed(setting, xlsx_file(rows, tmp_path), "people.xlsx")
    assert item.problems == [
        [line, f"The name looks like {looks}: check the columns are in the right order."]
        for line, (_, looks) in enumerate(NOT_NAMES[kind], start=2)
    ]
    assert item.counts["invite"] == 1


LONG_ADDRESS = "alexandra.montgomerysmythe@stbartholomews.example.org"


def test_an_address_in_a_problem_may_wrap_and_the_message_is_escaped(client, setting):
    # At 320 px a long address in "Rows with problems" widened the table past the screen.
    problems = [
        [2, f"{LONG_ADDRESS} is in the file twice for the same place."],
        [3, "“<b>o'neil@x.org</b>” is not an e-mail address."],
        # 23 characters without a space made the page 348 px wide.
        [4, f"There is no organisation with the URN or name “{'9' * 20}”."],
    ]
    item = PeopleImportFactory(
        programme=setting["programme"], previewed=True, problems=problems, problem_count=3
    )
    client.force_login(setting["officer"])
    page = client.get(
        reverse("directory:people_import_detail", args=[setting["programme"].pk, item.pk])
    ).content.decode()
    assert (
        "alexandra<wbr>.montgomerys<wbr>mythe@<wbr>stbartholomews<wbr>.example"
        "<wbr>.org is in the file twice for the same place.</td>"
    ) in page
    assert "“&lt;b&gt;o&#x27;neil@<wbr>x<wbr>.org&lt;/b&gt;” is not an e-mail address." in page
    assert f"with the URN or name “{'9' * 11}<wbr>{'9' * 9}”.</td>" in page


# --- The example file and the template to download -------------------------------------


@pytest.fixture
def own_places(setting):
    """The programme's own projects and trials, titled unlike the page's made-up examples;
    one withdrawn, one of another programme (neither named in the template)."""
    from programmes.services import withdraw_project

    programme, officer = setting["programme"], setting["officer"]
    setting["project"].delete()  # titled as the made-up example; none of this programme's own
    maths = ProjectFactory(programme=programme, title="Maths Mastery Hubs")
    FieldTrialFactory(
        project=maths,
        title="Number Sense Mornings",
        lead_organisation=OrganisationFactory(name="Holm Primary", urn="654321"),
    )
    FieldTrialFactory(project=maths, title="Times Tables, Outdoors", lead_organisation=None)
    withdrawn = ProjectFactory(programme=programme, title="Added By Mistake")
    withdraw_project(project=withdrawn, actor=officer, reason="Added twice")
    ProjectFactory(title="Someone Else's Project")
    return setting


TEMPLATE_ROWS = [
    ["email", "name", "organisation", "where", "role"],
    ["a.khan@example.org", "Asha Khan", "", "programme", "officer"],
    ["j.ellis@example.org", "Jo Ellis", "", "project: Maths Mastery Hubs", "consultant"],
    [
        "r.patel@example.org",
        "Ravi Patel",
        "654321",
        "trial: Number Sense Mornings",
        "school leader",
    ],
    ["head@stmarys.example.org", "Sam Okoro", "", "trial: Times Tables, Outdoors", "school leader"],
]


def _template(client, setting, query=""):
    url = reverse("directory:people_import_template", args=[setting["programme"].pk])
    return client.get(url + query)


def test_the_template_names_the_programmes_own_places_and_imports_cleanly(client, own_places):
    client.force_login(own_places["officer"])
    response = _template(client, own_places)
    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert "attachment" in response["Content-Disposition"]
    text = response.content.decode("utf-8-sig")
    assert list(csv.reader(io.StringIO(text))) == TEMPLATE_ROWS
    assert "Added By Mistake" not in text and "Someone Else" not in text
    # Uploaded as it is, its example people are not invited: each row says so.
    item = previewed(own_places, response.content)
    assert [line for line, _ in item.problems] == [2, 3, 4, 5]
    assert all("one of the template's example people" in said for _, said in item.problems)
    assert item.counts["invite"] == 0
    # With the officer's own people in their places, every row is read without a problem.
    own = text.replace("@example.org", "@school.example").replace("@stmarys.example.org", "@x.uk")
    item = previewed(own_places, own.encode("utf-8"))
    assert item.problems == [] and item.counts["invite"] == 4


def test_the_template_as_excel_holds_the_same_rows(client, own_places):
    from openpyxl import load_workbook

    client.force_login(own_places["officer"])
    response = _template(client, own_places, "?format=xlsx")
    assert response.status_code == 200 and "spreadsheetml" in response["Content-Type"]
    sheet = load_workbook(io.BytesIO(response.content)).worksheets[0]
    rows = [
        ["" if cell is None else cell for cell in row] for row in sheet.iter_rows(values_only=True)
    ]
    assert rows == TEMPLATE_ROWS
    item = previewed(own_places, response.content, "people.xlsx")
    assert item.problem_count == 4 and item.counts["invite"] == 0  # its example people


def test_the_pages_example_uses_the_programmes_own_places_and_links_the_template(
    client, own_places
):
    client.force_login(own_places["officer"])
    create = reverse("directory:people_import_create", args=[own_places["programme"].pk])
    page = client.get(create).content.decode()
    example = page.split("An example file of people</caption>")[1].split("</table>")[0]
    assert "project: Maths Mastery Hubs" in example
    assert "trial: Number Sense Mornings" in example and "654321" in example
    assert "Reading for pleasure" not in example and "Quiet reading hour" not in example
    assert "100000" not in example and "Added By Mistake" not in example
    template = reverse("directory:people_import_template", args=[own_places["programme"].pk])
    assert f'href="{template}" download>Download a template' in page
    assert f'href="{template}?format=xlsx" download>' in page


def test_a_programme_with_no_projects_yet_has_the_made_up_examples(client, setting):
    setting["project"].delete()
    client.force_login(setting["officer"])
    text = _template(client, setting).content.decode("utf-8-sig")
    assert "project: Reading for pleasure" in text
    assert "100000,trial: Quiet reading hour" in text


def test_a_finished_import_keeps_no_file_of_people(
    setting, settings, tmp_path, django_capture_on_commit_callbacks
):
    """Imported, or failed, nothing reads its file again, and it names people: it goes."""
    from pathlib import Path

    settings.MEDIA_ROOT = tmp_path
    item = previewed(setting, csv_file(ROWS))
    path = Path(item.file.path)
    assert path.exists()
    item = imported_after_preview(item, setting, django_capture_on_commit_callbacks)
    assert item.state == State.DONE and not item.file and not path.exists()
    broken = upload(setting, b"address,who\nx@example.org,X\n")
    path = Path(broken.file.path)
    with django_capture_on_commit_callbacks(execute=True):
        assert preview_people_import(pk=broken.pk) == State.FAILED
    broken.refresh_from_db()
    assert not broken.file and not path.exists()
    assert "missing: email, where, role" in broken.failure_message


def imported_after_preview(item, setting, capture):
    with capture(execute=True):
        assert confirm_people_import(people_import=item, actor=setting["officer"])
        assert run_people_import(pk=item.pk) == State.DONE
    item.refresh_from_db()
    return item
