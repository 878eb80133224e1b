"""The record kit (nextpractice/records) on the kinds the apps declare: correcting with the
stale-save guard, withdrawing, deleting within minutes, the events each writes, and the
exports. Access by persona is in test_access.py (access_cases_records.py)."""

import csv
import datetime
import io
import re
from decimal import Decimal

import openpyxl
import pytest
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from accounts.models import Event
from fieldtrials.models import SupportSession
from nextpractice.records.forms import OUT_OF_DATE
from nextpractice.records.kinds import record_kinds
from nextpractice.records.models import KeptRecord, Versioned
from nextpractice.records.services import DELETE_WINDOW
from programmes.models import CreativeOption, ProblemStatement
from programmes.selectors import project_overview
from programmes.tests.factories import ProjectFactory


def kind(app, slug):
    return record_kinds()[(app, slug)]


def url(action, app, slug, pk):
    return reverse(f"records:{action}", kwargs={"app": app, "kind": slug, "pk": pk})


def edit_url(record, slug="problem-statement", app="programmes"):
    return url("edit", app, slug, record.pk)


@pytest.fixture
def officer(world, client):
    client.force_login(world.users["officer"])
    return world.users["officer"]


def test_every_declared_kind_is_versioned_and_has_columns():
    kinds = record_kinds()
    assert {
        ("programmes", "problem-statement"),
        ("programmes", "objective"),
        ("programmes", "data-source"),
        ("programmes", "potential-innovator"),
        ("programmes", "option"),
        ("fieldtrials", "support-session"),
        ("programmes", "programme"),
        ("programmes", "project"),
    } <= set(kinds)
    for declared in kinds.values():
        assert issubclass(declared.model, Versioned), declared
        assert declared.columns, declared
    assert not kinds[("programmes", "project")].withdrawable
    assert issubclass(kinds[("programmes", "problem-statement")].model, KeptRecord)


# --- Correcting ---------------------------------------------------------------------------


def test_an_officer_corrects_a_problem_statement_and_the_event_says_what_changed(
    world, client, officer
):
    problem = world.problem
    response = client.get(edit_url(problem))
    assert response.status_code == 200
    assert "Change the problem statement" in response.text
    response = client.post(
        edit_url(problem), {"kind": "problem", "text": "Kelp Problem, corrected", "version": 1}
    )
    assert response.status_code == 302
    phase1 = reverse("programmes:project_phase1", args=[world.amber.pk])
    # At the top, where the banner saying so takes focus, not at #analyse-need (nextpractice.told).
    assert response["Location"] == phase1
    problem.refresh_from_db()
    assert problem.text == "Kelp Problem, corrected"
    assert (problem.version, problem.changed_by) == (2, officer)
    event = Event.objects.get(verb="programmes.problem_statement_changed")
    assert event.actor == officer
    assert event.target == world.amber
    assert event.data["noun"] == "problem statement"
    assert event.data["changes"] == [
        {"field": "Statement", "from": "Kelp Problem", "to": "Kelp Problem, corrected"}
    ]


def test_every_kinds_edit_page_carries_its_version_once(world, client, caplog):
    # Every evaluation edit page had two hidden `version` inputs (its form lays out all its
    # fields, the version among them) and logged "A field should only be rendered once".
    client.force_login(world.users["admin"])
    for declared in record_kinds().values():
        record = next(o for o in world.objects.values() if type(o) is declared.model)
        response = client.get(edit_url(record, declared.slug, declared.app))
        assert response.status_code == 200, declared
        assert len(re.findall(r'name="version"', response.text)) == 1, declared
    assert "should only be rendered once" not in caplog.text


def test_a_save_based_on_an_older_version_is_refused_with_both_versions_shown(
    world, client, officer
):
    problem = world.problem
    # Someone else saved first, from version 1.
    someone_else = Client()
    someone_else.force_login(world.users["admin"])
    saved = someone_else.post(
        edit_url(problem), {"kind": "problem", "text": "Their wording", "version": 1}
    )
    assert saved.status_code == 302
    response = client.post(
        edit_url(problem), {"kind": "problem", "text": "My wording", "version": 1}
    )
    assert response.status_code == 409
    # Whose save it met is known, so it is said: not "by someone else or by you".
    assert (
        "Admin Person changed this while you were editing it. Nothing has been saved yet."
        in response.text
    )
    assert "by someone else or by you" not in response.text
    assert "What is saved now" in response.text
    assert "My wording" in response.text  # what they typed, kept in the box
    # Theirs is read before the box and the Save button (at 320 px, for a screen reader).
    page = response.text
    start = page.index('id="saved-now"')
    end = page.index("</section>", start)
    saved_now = page[start:end]
    assert "Their wording" in saved_now
    assert end < page.index('name="text"') < page.index('id="id_submit"')
    problem.refresh_from_db()
    assert problem.text == "Their wording"
    assert Event.objects.filter(verb="programmes.problem_statement_changed").count() == 1
    # The kept form carries the version now saved: saving again replaces theirs, knowingly.
    assert 'name="version" value="2"' in response.text


def test_a_save_without_the_version_it_was_based_on_changes_nothing(world, client, officer):
    response = client.post(edit_url(world.problem), {"kind": "problem", "text": "Changed"})
    assert response.status_code == 400
    assert "This page is out of date" in response.text
    world.problem.refresh_from_db()
    assert world.problem.text == "Kelp Problem"


def error_summary(page):
    """The problems the page lists at its top."""
    start = page.index('class="govuk-list govuk-error-summary__list"')
    return page[start : page.index("</ul>", start)]


# A kit edit page of each sort: (app, kind, the world's record, a box, the rest of its form).
KIT_PAGES = [
    ("programmes", "problem-statement", "problem", "text", {"kind": "problem"}),
    ("fieldtrials", "milestone", "milestone", "title", {"due_on": "15/1/2007", "notes": ""}),
    (
        "fieldtrials",
        "risk",
        "risk",
        "description",
        {"likelihood": "1", "impact": "1", "owner": "Me", "mitigation": "", "is_open": "True"},
    ),
]


@pytest.mark.parametrize("app, slug, name, box, rest", KIT_PAGES)
def test_a_tampered_version_says_the_page_is_out_of_date_and_saves_nothing(
    world, client, officer, app, slug, name, box, rest
):
    # Letters, none, below the first version, too big to store, or one not yet saved: the
    # page was tampered with, not changed by someone meanwhile; it said "Someone changed
    # this" (untrue), or showed an empty box of problems.
    record = getattr(world, name)
    was, url = (getattr(record, box), record.version), edit_url(record, slug, app)
    for sent in ["abc", "", "-1", "0", "99999999999999999999", str(record.version + 1)]:
        response = client.post(url, {**rest, box: "Mine", "version": sent})
        assert response.status_code == 400, sent
        assert OUT_OF_DATE in error_summary(response.text), sent
        assert "while you were editing" not in response.text, sent
        assert "Mine" in response.text, sent  # what they typed is still in the box
        record.refresh_from_db()
        assert (getattr(record, box), record.version) == was, sent
    assert not Event.objects.filter(verb__endswith="_changed").exists()
    # They save in another tab; the page opened before says so, as ever: both shown, 409.
    assert client.post(url, {**rest, box: "Theirs", "version": was[1]}).status_code == 302
    response = client.post(url, {**rest, box: "Mine", "version": was[1]})
    assert response.status_code == 409
    assert "You changed this in another tab or window since you opened it" in response.text
    assert OUT_OF_DATE not in response.text
    record.refresh_from_db()
    assert getattr(record, box) == "Theirs"


def test_a_tampered_version_is_said_beside_the_forms_other_problems(world, client, officer):
    url = edit_url(world.milestone, "milestone", "fieldtrials")
    response = client.post(url, {"title": "", "due_on": "15/1/2007", "version": "abc"})
    assert response.status_code == 400
    summary = error_summary(response.text)
    assert OUT_OF_DATE in summary and "Enter what the milestone is" in summary
    assert summary.count(OUT_OF_DATE) == 1


def test_a_save_that_changes_nothing_writes_no_event(world, client, officer):
    response = client.post(
        edit_url(world.problem), {"kind": "problem", "text": "Kelp Problem", "version": 1}
    )
    assert response.status_code == 302
    assert not Event.objects.filter(verb__endswith="_changed").exists()


def test_an_objectives_wording_is_corrected_and_its_agreement_is_left_alone(world, client, officer):
    objective = world.objective
    response = client.post(
        edit_url(objective, "objective"),
        {"text": "Lime Objective, reworded", "status": "agreed", "version": 1},
    )
    assert response.status_code == 302
    objective.refresh_from_db()
    assert (objective.text, objective.status) == ("Lime Objective, reworded", "draft")


def test_a_consultant_corrects_a_support_session_and_who_gave_it_is_kept(world, client):
    consultant = world.users["consultant"]
    client.force_login(consultant)
    session = world.support
    page = client.get(edit_url(session, "support-session", "fieldtrials"))
    assert page.status_code == 200
    data = {
        "held_on": "15/1/2007",
        "given_by": session.given_by_id,
        "kind": "consultancy",
        "hours": "2.5",
        "notes": "Yarrow notes",
        "version": 1,
    }
    response = client.post(edit_url(session, "support-session", "fieldtrials"), data)
    assert response.status_code == 302, response.text
    session.refresh_from_db()
    assert session.hours == Decimal("2.5")
    event = Event.objects.get(verb="fieldtrials.support_session_changed")
    assert event.target == world.coral
    assert event.data["changes"] == [{"field": "Hours", "from": "2", "to": "2.5"}]


# --- Withdrawing ----------------------------------------------------------------------------


def test_withdrawing_asks_why_then_leaves_who_when_and_why_and_stops_counting(
    world, client, officer
):
    problem = world.problem
    withdraw = url("withdraw", "programmes", "problem-statement", problem.pk)
    page = client.get(withdraw)
    assert page.status_code == 200
    assert "Lists, counts and exports stop counting it" in page.text
    assert client.post(withdraw, {"reason": ""}).status_code == 400
    response = client.post(withdraw, {"reason": "it repeats another statement"})
    assert response.status_code == 302
    problem.refresh_from_db()
    assert problem.withdrawn_by == officer
    assert problem.withdrawn_reason == "it repeats another statement"
    event = Event.objects.get(verb="programmes.problem_statement_withdrawn")
    assert event.data["reason"] == "it repeats another statement"
    overview = project_overview(world.amber, officer)
    assert problem not in overview["problems"]
    assert overview["stage_summaries"]["analyse_need"]["opened"][0][0] == 0
    shown = re.sub(r"<[^>]+>", "", client.get(f"/projects/{world.amber.pk}/phase-1/").text)
    # Said once: "Withdrawn by …", the tag its first word (it read "Withdrawn Withdrawn by").
    assert re.search(r"Withdrawn by Officer Person on \d+ \w+ \d{4}: it repeats another", shown)
    assert "Withdrawn Withdrawn" not in shown


def test_withdrawing_twice_or_editing_something_withdrawn_is_refused_clearly(
    world, client, officer
):
    withdraw = url("withdraw", "programmes", "problem-statement", world.problem.pk)
    client.post(withdraw, {"reason": "a duplicate"})
    again = client.post(withdraw, {"reason": "still a duplicate"})
    assert again.status_code == 409
    assert "This problem statement has been withdrawn" in again.text
    edit = client.post(
        edit_url(world.problem), {"kind": "problem", "text": "Changed", "version": 2}
    )
    assert edit.status_code == 409
    assert "cannot be changed or withdrawn again" in edit.text
    world.problem.refresh_from_db()
    assert world.problem.withdrawn_reason == "a duplicate"
    assert Event.objects.filter(verb__startswith="programmes.problem_statement").count() == 1


def test_a_withdrawn_support_session_stops_counting_in_the_trials_totals(world, client):
    client.force_login(world.users["consultant"])
    withdraw = url("withdraw", "fieldtrials", "support-session", world.support.pk)
    assert client.post(withdraw, {"reason": "logged on the wrong trial"}).status_code == 302
    page = client.get(reverse("fieldtrials:fieldtrial_support", args=[world.coral.pk]))
    assert "0 hours in 0 sessions" in page.text
    assert ": logged on the wrong trial" in page.text


# --- Deleting -------------------------------------------------------------------------------


def test_its_author_deletes_a_mistake_made_minutes_ago(world, client, officer):
    client.post(
        reverse("programmes:problem_create", args=[world.amber.pk]),
        {"kind": "problem", "text": "Typed in the wrong project"},
    )
    mistake = ProblemStatement.objects.get(text="Typed in the wrong project")
    delete = url("delete", "programmes", "problem-statement", mistake.pk)
    assert "It will be removed for good" in client.get(delete).text
    assert client.post(delete).status_code == 302
    assert not ProblemStatement.objects.filter(pk=mistake.pk).exists()
    event = Event.objects.get(verb="programmes.problem_statement_deleted")
    assert (event.target, event.data["text"]) == (world.amber, "Typed in the wrong project")


def test_after_the_window_or_for_someone_else_it_is_withdrawn_not_deleted(world, client, officer):
    problem = ProblemStatement.objects.create(
        project=world.amber, text="Old", created_by=world.users["admin"]
    )
    delete = url("delete", "programmes", "problem-statement", problem.pk)
    response = client.post(delete)
    assert response.status_code == 409
    assert "Only the person who added this problem statement can delete it" in response.text
    problem.created_by = officer
    problem.created_at = timezone.now() - DELETE_WINDOW - datetime.timedelta(seconds=1)
    problem.save()
    response = client.post(delete)
    assert response.status_code == 409
    assert "more than 15 minutes ago" in response.text
    assert ProblemStatement.objects.filter(pk=problem.pk).exists()
    assert not Event.objects.filter(verb__endswith="_deleted").exists()


def test_an_option_with_a_field_trial_cannot_be_deleted_even_by_its_author(world, client, officer):
    from fieldtrials.tests.factories import FieldTrialFactory

    option = CreativeOption.objects.create(
        project=world.amber, title="Fresh option", description="d", created_by=officer
    )
    FieldTrialFactory(project=world.amber, option=option)
    response = client.post(url("delete", "programmes", "option", option.pk))
    assert response.status_code == 409
    assert "A field trial was selected from this option" in response.text
    assert CreativeOption.objects.filter(pk=option.pk).exists()


# --- Exports ----------------------------------------------------------------------------------


def _export(client, app, slug, parent, fmt):
    return client.get(
        reverse("records:export", kwargs={"app": app, "kind": slug, "pk": parent.pk, "fmt": fmt})
    )


def test_a_list_exports_as_csv_excel_opens_with_formulas_neutralised(world, client, officer):
    ProblemStatement.objects.create(project=world.amber, text='=HYPERLINK("http://x")')
    withdrawn = ProblemStatement.objects.create(
        project=world.amber, text="Withdrawn one", withdrawn_at=timezone.now()
    )
    response = _export(client, "programmes", "problem-statement", world.amber, "csv")
    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response.content.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert rows[0] == ["Kind", "Statement", "Added on"]
    statements = [row[1] for row in rows[1:]]
    assert statements == ["Kelp Problem", '\'=HYPERLINK("http://x")']
    assert withdrawn.text not in response.content.decode("utf-8-sig")


def test_a_list_exports_as_xlsx_from_the_same_columns(world, client, officer):
    ProblemStatement.objects.create(project=world.amber, text="=1+1")
    response = _export(client, "programmes", "problem-statement", world.amber, "xlsx")
    assert response.status_code == 200
    sheet = openpyxl.load_workbook(io.BytesIO(response.content)).active
    rows = [[cell.value for cell in row] for row in sheet.iter_rows()]
    assert rows[0] == ["Kind", "Statement", "Added on"]
    assert [row[1] for row in rows[1:]] == ["Kelp Problem", "=1+1"]
    assert sheet["B3"].data_type == "s"  # text, not a formula


def test_an_export_holds_only_the_parents_records(world, client, officer):
    other = ProjectFactory(programme=world.quartz, title="Other")
    ProblemStatement.objects.create(project=other, text="Elsewhere")
    response = _export(client, "programmes", "problem-statement", world.amber, "csv")
    assert "Elsewhere" not in response.content.decode("utf-8-sig")


def test_support_sessions_export_with_numbers_and_dates(world, client, officer):
    SupportSession.objects.filter(pk=world.support.pk).update(notes="-2 hours cut")
    response = _export(client, "fieldtrials", "support-session", world.coral, "csv")
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert rows[0] == ["Date", "Given by", "Kind", "Hours", "Notes"]
    assert rows[1] == [
        "2007-01-15",
        "Consultant Person",
        "Consultancy session",
        "2",  # as people write it, not "2.00"
        "'-2 hours cut",
    ]
    # The form to correct it shows the hours alike: 2, and 2.5 rather than 2.50.
    SupportSession.objects.filter(pk=world.support.pk).update(hours="2.50")
    edit = reverse("records:edit", args=["fieldtrials", "support-session", world.support.pk])
    assert 'name="hours" value="2.5"' in client.get(edit).content.decode()


def test_the_field_trials_list_exports_as_xlsx_through_the_same_helper(world, client, officer):
    response = client.get(reverse("fieldtrials:fieldtrial_export"), {"format": "xlsx"})
    assert response.status_code == 200
    assert response["Content-Disposition"] == 'attachment; filename="field-trials.xlsx"'
    sheet = openpyxl.load_workbook(io.BytesIO(response.content)).active
    titles = {row[0].value for row in sheet.iter_rows(min_row=2)}
    assert {"Coral Trial", "Dune Trial", "Elm Trial"} <= titles
    assert "Onyx Trial" not in titles  # only what the officer may see


# --- Adding a kind: the README's "Add a record kind" -----------------------------------------


def test_every_record_kind_says_who_may_change_it_and_has_a_record_in_the_world(world):
    from nextpractice.tests.access_cases_records import CHANGERS

    missing = [str(k) for k in record_kinds().values() if str(k) not in CHANGERS]
    assert not missing, f"Say who may change these in CHANGERS: {missing}"
    for declared in record_kinds().values():
        assert any(type(o) is declared.model for o in world.objects.values()), declared


def test_a_kind_declared_in_a_test_gets_its_pages_access_cases_event_and_export(world, client):
    """A throwaway kind (problem statements declared a second time, as scratch notes): the
    declaration alone gives it everything the README promises."""
    from nextpractice.records.kinds import Column, RecordKind, declared
    from nextpractice.tests.access_cases_records import cases_for
    from programmes.forms.need import ProblemForm
    from programmes.rules import get_project_for, get_record_for

    scratch = RecordKind(
        app="programmes",
        slug="scratch-note",
        model=ProblemStatement,
        form=ProblemForm,
        noun="scratch note",
        fetch=lambda user, pk: get_record_for(user, ProblemStatement, pk),
        parent=lambda note: note.project,
        may_change=lambda user, note: user.has_perm("programmes.change_record", note),
        back_url=lambda note: note.project.get_absolute_url(),
        fetch_parent=lambda user, pk: get_project_for(user, pk),
        rows=lambda project, user: ProblemStatement.objects.filter(project=project),
        columns=(Column("Note", lambda note: note.text),),
    )
    edit = url("edit", "programmes", "scratch-note", world.problem.pk)
    assert client.get(edit).status_code == 302  # anonymous: to sign in, like any page
    with declared(scratch):
        # Its access cases, for every persona, as test_access.py runs them.
        found = cases_for(world, [scratch], {"programmes:scratch-note": {"officer", "admin"}})
        assert {name for name, cases in found.items() if cases} == {
            "records:edit",
            "records:withdraw",
            "records:restore",
            "records:delete",
            "records:export",
        }
        for persona in ("officer", "partner", "outsider"):
            client.force_login(world.users[persona])
            for name, cases in found.items():
                for method, kwargs, statuses, data in cases:
                    response = getattr(client, method)(reverse(name, kwargs=kwargs), data or {})
                    assert response.status_code == statuses[persona], (persona, name, kwargs)
        # Its pages, its event and its export.
        client.force_login(world.users["officer"])
        assert "Change the scratch note" in client.get(edit).text
        withdraw = url("withdraw", "programmes", "scratch-note", world.problem.pk)
        assert "Withdraw this scratch note" in client.get(withdraw).text
        response = client.post(edit, {"kind": "problem", "text": "Scratched", "version": 1})
        assert response.status_code == 302
        assert Event.objects.filter(verb="programmes.scratch_note_changed").exists()
        export = reverse(
            "records:export",
            kwargs={
                "app": "programmes",
                "kind": "scratch-note",
                "pk": world.amber.pk,
                "fmt": "csv",
            },
        )
        assert client.get(export).content.decode("utf-8-sig").splitlines() == ["Note", "Scratched"]
    # Gone with the test: no page.
    assert client.get(edit).status_code == 404


# --- Programme and project details: corrected only ---------------------------------------------


def test_an_officer_corrects_a_projects_details_and_its_title_stays_its_own(world, client, officer):
    project_url = url("edit", "programmes", "project", world.amber.pk)
    page = client.get(project_url)
    assert page.status_code == 200
    assert "Change the project&#x27;s details" in page.text
    data = {
        "title": "Amber Project",  # its own title is not "already taken"
        "policy_area": "Workforce",
        "partner_agency": "",
        "start_date": world.amber.start_date.strftime("%d/%m/%Y"),
        "planned_duration_months": 24,
        "lead_officer": "",
        "version": 1,
    }
    response = client.post(project_url, data)
    assert response.status_code == 302, response.text
    world.amber.refresh_from_db()
    assert (world.amber.policy_area, world.amber.planned_duration_months) == ("Workforce", 24)
    event = Event.objects.get(verb="programmes.project_changed")
    assert event.target == world.amber
    assert {c["field"] for c in event.data["changes"]} == {"Policy area", "Planned duration months"}
    taken = client.post(project_url, {**data, "title": "Beryl Project", "version": 2})
    assert taken.status_code == 400
    assert "This programme already has a project with that title" in taken.text


def test_programmes_and_projects_are_corrected_but_never_withdrawn_or_deleted(
    world, client, officer
):
    for slug, record in (("programme", world.quartz), ("project", world.amber)):
        for action in ("withdraw", "delete"):
            assert client.get(url(action, "programmes", slug, record.pk)).status_code == 404
    page = client.get(url("edit", "programmes", "programme", world.quartz.pk))
    assert page.status_code == 200
    assert "Withdraw this" not in page.text


def test_a_withdrawn_option_leaves_the_list_and_its_counts_but_its_page_says_why(
    world, client, officer
):
    jade = world.jade
    option_page = client.get(jade.get_absolute_url()).text
    assert url("withdraw", "programmes", "option", jade.pk) in option_page
    withdraw = url("withdraw", "programmes", "option", jade.pk)
    assert client.post(withdraw, {"reason": "merged into another option"}).status_code == 302
    listed = client.get(reverse("programmes:option_list", args=[world.amber.pk])).text
    assert "Jade Option" not in listed
    phase1 = reverse("programmes:project_phase1", args=[world.amber.pk])
    assert "No options yet" in client.get(phase1).text
    page = client.get(jade.get_absolute_url()).text
    assert "because merged into another option" in page  # its history
    assert "</strong> by Officer Person on" in page and ": merged into another option" in page
    assert withdraw not in page


def test_a_data_source_keeps_its_file_when_corrected_and_a_new_file_is_checked(
    world, client, officer
):
    from django.core.files.uploadedfile import SimpleUploadedFile

    moss = world.moss
    edit = url("edit", "programmes", "data-source", moss.pk)
    data = {"title": "Moss Data 2006", "url": "", "what_it_shows": "Pupils", "version": 1}
    assert client.post(edit, data).status_code == 302
    moss.refresh_from_db()
    assert moss.title == "Moss Data 2006" and moss.file.name.endswith("moss.csv")
    program = SimpleUploadedFile("new.pdf", b"MZ\x90\x00 this is a program", "application/pdf")
    refused = client.post(edit, {**data, "version": 2, "file": program})
    assert refused.status_code == 400
    moss.refresh_from_db()
    assert moss.file.name.endswith("moss.csv") and moss.version == 2


def test_a_data_sources_replaced_or_removed_file_leaves_storage(
    world, client, officer, django_capture_on_commit_callbacks
):
    # Once the change is saved, no file is kept that no record holds: one removed for the
    # personal data in it would otherwise stay on the disk where nobody could remove it.
    from django.core.files.uploadedfile import SimpleUploadedFile

    moss = world.moss
    storage, first = moss.file.storage, moss.file.name
    assert storage.exists(first)
    edit = url("edit", "programmes", "data-source", moss.pk)
    data = {"title": moss.title, "url": "https://example.org/moss", "what_it_shows": "Pupils"}
    pdf = SimpleUploadedFile("review.pdf", b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n")
    with django_capture_on_commit_callbacks(execute=True):
        assert client.post(edit, {**data, "version": 1, "file": pdf}).status_code == 302
    moss.refresh_from_db()
    second = moss.file.name
    assert second.endswith("review.pdf") and storage.exists(second)
    assert not storage.exists(first)
    with django_capture_on_commit_callbacks(execute=True):
        removed = client.post(edit, {**data, "version": 2, "file-clear": "on"})
    assert removed.status_code == 302
    moss.refresh_from_db()
    assert not moss.file and not storage.exists(second)


def test_whoever_logged_a_support_session_may_delete_it_minutes_later_and_nobody_else(
    world, client
):
    consultant = world.users["consultant"]
    client.force_login(consultant)
    logged = client.post(
        reverse("fieldtrials:support_create", args=[world.coral.pk]),
        {"held_on": "16/1/2007", "given_by": consultant.pk, "kind": "visit", "hours": "1"},
    )
    assert logged.status_code == 302, logged.text
    session = SupportSession.objects.get(kind="visit")
    delete = url("delete", "fieldtrials", "support-session", session.pk)
    client.force_login(world.users["officer"])  # may change it, but did not log it
    assert client.post(delete).status_code == 409
    client.force_login(consultant)
    assert client.post(delete).status_code == 302
    assert not SupportSession.objects.filter(pk=session.pk).exists()
    assert Event.objects.filter(verb="fieldtrials.support_session_deleted").count() == 1


def test_a_project_report_leaves_withdrawn_objectives_out(world, officer):
    from nextpractice.records.services import withdraw_record
    from programmes.models import Objective
    from programmes.reporting import project_stage_context

    agreed = Objective.objects.create(project=world.beryl, text="Agreed", status="agreed")
    withdraw_record(
        kind=kind("programmes", "objective"), record=agreed, actor=officer, reason="a duplicate"
    )
    from reports.parts import Period

    today = Period.month_to(timezone.localdate())
    assert project_stage_context(world.beryl, today)["agreed_objectives"] == []


def test_the_withdraw_page_says_yes_or_no_and_dates_in_words(world, client):
    """A risk's columns read as its list does: "Status: Open", "Added on 1 June 2026, 10:00",
    not "True" and not "Not given" for a closed risk (False)."""
    from fieldtrials.models import Risk

    risk = Risk.objects.create(
        field_trial=world.coral, description="Transport between sites", likelihood=2, impact=2,
        owner="Head of sixth form", created_by=world.users["consultant"],
        created_at=datetime.datetime(2026, 6, 1, 9, 0, tzinfo=datetime.UTC),
    )  # fmt: skip
    client.force_login(world.users["consultant"])
    page = client.get(url("withdraw", "fieldtrials", "risk", risk.pk)).text
    assert "True" not in page and "1 June 2026, 10:00" in page
    assert re.search(r">Status</dt>\s*<dd[^>]*>Open</dd>", page)
    Risk.objects.filter(pk=risk.pk).update(is_open=False)
    page = client.get(url("withdraw", "fieldtrials", "risk", risk.pk)).text
    assert re.search(r">Status</dt>\s*<dd[^>]*>Closed</dd>", page)
