import html

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from accounts.models import Event
from accounts.services import SHOWN_LENGTH
from accounts.tests.factories import UserFactory
from nextpractice.records.kinds import record_kinds
from nextpractice.records.services import RecordWithdrawn, withdraw_record
from nextpractice.tests.multipart import ODD_FILE_NAMES, multipart
from programmes.models import DataSource, Objective, PotentialInnovator, ProblemStatement
from programmes.services import update_narrative
from programmes.services.need import set_objective_status

PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


def test_an_officer_adds_problems_objectives_and_innovators(client, world):
    client.force_login(world.users["officer"])
    amber = world.amber
    client.post(
        reverse("programmes:problem_create", args=[amber.pk]),
        {"kind": "driver", "text": "Resolve headteacher succession issues"},
    )
    client.post(
        reverse("programmes:objective_create", args=[amber.pk]),
        {"text": "Leadership beyond one school", "status": "draft"},
    )
    client.post(
        reverse("programmes:innovator_create", args=[amber.pk]),
        {"person_name": "A 14-19 Director", "why": "Leads a town-wide partnership"},
    )
    page = client.get(f"/projects/{amber.pk}/phase-1/").content.decode()
    assert "Resolve headteacher succession issues" in page
    assert "Leadership beyond one school" in page and "Draft" in page
    assert "A 14-19 Director" in page
    assert ProblemStatement.objects.get(text__startswith="Resolve").kind == "driver"
    assert Event.objects.filter(target_id=amber.pk, verb__startswith="programmes.").count() == 3


def test_the_history_calls_a_driver_of_change_and_a_problem_what_the_page_calls_them(client, world):
    """A driver of change was logged as "added the problem …"."""
    client.force_login(world.users["officer"])
    amber = world.amber
    for kind, text in (("driver", "Falling rolls"), ("problem", "Budgets under pressure")):
        response = client.post(
            reverse("programmes:problem_create", args=[amber.pk]), {"kind": kind, "text": text}
        )
        assert response.status_code == 302
    page = client.get(reverse("programmes:project_history", args=[amber.pk])).text
    assert "Officer Person added the driver of change “Falling rolls”." in page
    assert "Officer Person added the problem “Budgets under pressure”." in page
    assert "added the problem “Falling rolls”" not in page


def test_agreeing_an_objective_opens_the_gate(client, world):
    client.force_login(world.users["officer"])
    objective = Objective.objects.create(project=world.amber, text="Aim")
    client.post(reverse("programmes:objective_status", args=[objective.pk]), {"status": "agreed"})
    objective.refresh_from_db()
    assert objective.status == "agreed"
    page = client.get(f"/projects/{world.amber.pk}/phase-1/").content.decode()
    assert "Return to draft" in page


def test_a_withdrawn_objective_is_not_agreed(client, world):
    """Withdrawn while the page was open: refused as the kit refuses an edit (409), nothing
    agreed; decided on the locked row, so an objective read before it was withdrawn is too."""
    officer = world.users["officer"]
    objective = Objective.objects.create(project=world.amber, text="Aim")
    seen = Objective.objects.get(pk=objective.pk)  # as the page read it
    kind = record_kinds()[("programmes", "objective")]
    withdraw_record(kind=kind, record=objective, actor=officer, reason="Said twice")
    with pytest.raises(RecordWithdrawn):
        set_objective_status(objective=seen, status="agreed", actor=officer)
    client.force_login(officer)
    url = reverse("programmes:objective_status", args=[objective.pk])
    response = client.post(url, {"status": "agreed"})
    assert response.status_code == 409
    assert "This objective has been withdrawn" in response.content.decode()
    objective.refresh_from_db()
    assert objective.status == "draft"
    assert not Event.objects.filter(verb="programmes.objective_agreed").exists()


def test_an_innovator_needs_a_person_or_an_organisation(client, world):
    client.force_login(world.users["officer"])
    response = client.post(
        reverse("programmes:innovator_create", args=[world.amber.pk]), {"why": "Because"}
    )
    assert response.status_code == 400
    assert "Name a person or choose an organisation" in response.content.decode()
    assert not PotentialInnovator.objects.filter(why="Because").exists()


def test_an_innovator_without_a_reason_is_asked_for_it_in_plain_english(client, world):
    client.force_login(world.users["officer"])
    response = client.post(
        reverse("programmes:innovator_create", args=[world.amber.pk]), {"person_name": "Ann"}
    )
    assert response.status_code == 400
    page = response.content.decode()
    assert "Say why they are poised to innovate" in page
    assert "Enter the why" not in page


def test_a_data_source_link_that_is_not_a_web_address_says_how_to_write_one(client, world):
    client.force_login(world.users["officer"])
    url = reverse("programmes:datasource_create", args=[world.amber.pk])
    response = client.post(url, {"title": "Census", "url": "the council website"})
    assert response.status_code == 400
    page = response.content.decode()
    assert "Enter a web address starting with https://, like https://www.example.org/report" in (
        page
    )
    assert "Enter a valid URL" not in page
    assert not DataSource.objects.filter(title="Census").exists()


def test_an_over_long_web_address_is_told_only_that_it_is_too_long(client, world):
    client.force_login(world.users["officer"])
    url = reverse("programmes:datasource_create", args=[world.amber.pk])
    link = "https://www.example.org/" + "a" * (5_000 - 24)
    response = client.post(url, {"title": "Census", "url": link})
    assert response.status_code == 400
    page = response.content.decode()
    assert "The link must be 500 characters or fewer (it has 5,000)" in page
    assert "Enter a web address starting with https://" not in page
    assert not DataSource.objects.filter(title="Census").exists()


def test_a_data_source_file_is_checked_by_its_content_not_its_name(client, world):
    client.force_login(world.users["officer"])
    url = reverse("programmes:datasource_create", args=[world.amber.pk])
    fake = SimpleUploadedFile("report.pdf", b"MZ\x90\x00 this is a program", "application/pdf")
    response = client.post(url, {"title": "Fake", "file": fake})
    assert response.status_code == 400
    assert "must be a PDF, office document, CSV or image" in response.content.decode()
    assert not DataSource.objects.filter(title="Fake").exists()

    real = SimpleUploadedFile("review.pdf", PDF, "application/octet-stream")
    response = client.post(url, {"title": "Independent Review", "file": real})
    assert response.status_code == 302
    source = DataSource.objects.get(title="Independent Review")
    assert source.file_type == "application/pdf"


def test_a_report_not_online_is_kept_by_its_title_and_a_file_has_a_size_limit(
    client, world, settings
):
    """A data source may be a report on paper, cited by its title and what it shows: asking
    for a link or a file made people invent one."""
    client.force_login(world.users["officer"])
    url = reverse("programmes:datasource_create", args=[world.amber.pk])
    page = client.get(url).content.decode()
    assert "Link (optional)" in page and "Or upload a file (optional)" in page
    # Opened, the form is empty and says nothing is wrong (it said "There is a problem").
    assert "There is a problem" not in page and "govuk-error-message" not in page
    response = client.post(
        url, {"title": "Ofsted Annual Report 2005/06", "what_it_shows": "Schools' standards"}
    )
    assert response.status_code == 302
    source = DataSource.objects.get(title="Ofsted Annual Report 2005/06")
    assert (source.url, source.file.name) == ("", "")
    phase1 = client.get(response["Location"]).content.decode()
    assert "Ofsted Annual Report 2005/06" in phase1
    big = SimpleUploadedFile("big.csv", b"a,b\n" * (3 * 1024 * 1024), "text/csv")
    response = client.post(url, {"title": "Big", "file": big})
    assert response.status_code == 400
    assert "must be smaller than" in response.content.decode()


def test_uploaded_files_are_served_only_to_readers_of_the_project(client, world):
    url = reverse("programmes:datasource_download", args=[world.moss.pk])
    client.force_login(world.users["partner"])
    response = client.get(url)
    assert response.status_code == 200
    assert b"".join(response.streaming_content).startswith(b"school,pupils")
    assert "attachment" in response["Content-Disposition"]
    client.force_login(world.users["leader"])
    assert client.get(url).status_code == 404
    assert world.moss.file.path.startswith(str(world.moss.file.storage.location))


def test_two_officers_editing_the_narrative_the_second_save_is_refused_not_lost(client, world):
    officer = world.users["officer"]
    colleague = UserFactory(full_name="Colleague Officer")
    project = world.amber
    url = reverse("programmes:narrative_edit", args=[project.pk])
    client.force_login(officer)
    page = client.get(url).content.decode()
    assert 'name="version" value="0"' in page
    # The colleague saves first (through the same service the page uses).
    project.programme.memberships.create(user=colleague, role="officer")
    update_narrative(project=project, narrative="Theirs", based_on_version=0, actor=colleague)
    response = client.post(url, {"narrative": "Mine", "version": "0"})
    body = response.content.decode()
    assert response.status_code == 409
    assert "Colleague Officer saved a newer version" in body
    assert "The version Colleague Officer saved at" in body and "another tab" not in body
    assert "Theirs" in body and "Mine</textarea>" in body
    project.refresh_from_db()
    assert project.narrative == "Theirs"
    # Saving again on top of their version works.
    assert client.post(url, {"narrative": "Mine and theirs", "version": "1"}).status_code == 302
    project.refresh_from_db()
    assert (project.narrative, project.narrative_version) == ("Mine and theirs", 2)


def test_the_narrative_saved_in_another_tab_is_said_as_their_own(client, world):
    """The same officer saves the narrative in one tab, then from a page opened before it:
    it says they changed it in another tab or window, not that they themselves saved it."""
    officer = world.users["officer"]
    project = world.amber
    url = reverse("programmes:narrative_edit", args=[project.pk])
    client.force_login(officer)
    assert client.post(url, {"narrative": "Other tab", "version": "0"}).status_code == 302
    response = client.post(url, {"narrative": "This tab", "version": "0"})
    body = response.content.decode()
    assert response.status_code == 409
    assert (
        "You changed the narrative in another tab or window since you opened it. Nothing has "
        "been saved from this page yet. The version you saved there is shown above"
    ) in body
    assert "The version you saved at" in body and "in another tab or window</h2>" in body
    assert f"{officer.full_name} saved a newer version" not in body
    assert "Other tab" in body and "This tab</textarea>" in body
    project.refresh_from_db()
    assert project.narrative == "Other tab"


def test_the_narrative_page_refuses_partners(client, world):
    client.force_login(world.users["partner"])
    response = client.get(reverse("programmes:narrative_edit", args=[world.amber.pk]))
    assert response.status_code == 403


@pytest.mark.parametrize(
    "url, first, again, message",
    [
        (
            "programmes:problem_create",
            {"kind": "problem", "text": "Governance is not suited to collaboration"},
            {"kind": "driver", "text": "governance is not suited to collaboration "},
            "The project already has this statement",
        ),
        (
            "programmes:objective_create",
            {"text": "Leadership beyond one school", "status": "draft"},
            {"text": "LEADERSHIP BEYOND ONE SCHOOL", "status": "agreed"},
            "The project already has this objective",
        ),
        (
            "programmes:datasource_create",
            {"title": "Ofsted Annual Report 2005/06"},
            {"title": "ofsted annual report 2005/06", "what_it_shows": "Again"},
            "The project already has a data source of this title",
        ),
    ],
)
def test_the_same_words_added_twice_to_a_project_are_refused_beside_the_field(
    client, world, url, first, again, message
):
    """A tester added the same statement, objective and data source twice without a word."""
    client.force_login(world.users["officer"])
    post = reverse(url, args=[world.amber.pk])
    assert client.post(post, first).status_code == 302
    response = client.post(post, again)
    assert response.status_code == 400
    page = response.content.decode()
    assert page.count(message) == 2  # beside the field and in the summary
    # Another project may have the same words.
    assert client.post(reverse(url, args=[world.beryl.pk]), first).status_code == 302


@pytest.mark.django_db(transaction=True)
@pytest.mark.parametrize(
    "url, posted, model, message",
    [
        (
            "programmes:problem_create",
            {"kind": "problem", "text": "Race problem statement"},
            ProblemStatement,
            "The project already has this statement",
        ),
        (
            "programmes:objective_create",
            {"text": "Race objective", "status": "draft"},
            Objective,
            "The project already has this objective",
        ),
        (
            "programmes:datasource_create",
            {"title": "Race data", "what_it_shows": "Who moves school"},
            DataSource,
            "The project already has a data source of this title",
        ),
    ],
)
def test_the_same_words_sent_from_three_tabs_at_once_are_kept_once(
    world, url, posted, model, message
):
    """Run on PostgreSQL (CI): a tester's three tabs, each with its own form, saved the same
    words three times, as each checked before any had added them. Decided under the
    project's lock: one is added, the others are told beside the field."""
    from django.test import Client

    from nextpractice.testing.races import at_once

    post = reverse(url, args=[world.amber.pk])
    clients = []
    for _ in range(3):
        clients.append(Client())
        clients[-1].force_login(world.users["officer"])
    results, errors = at_once([lambda c=c: c.post(post, posted) for c in clients])
    assert not errors
    assert sorted(r.status_code for r in results) == [302, 400, 400]
    for refused in (r for r in results if r.status_code == 400):
        page = refused.content.decode()
        assert page.count(message) == 2  # beside the field and in the summary
    field = "title" if model is DataSource else "text"
    assert model.objects.filter(project=world.amber, **{field: posted[field]}).count() == 1


def test_a_narrative_edit_tells_the_projects_history_what_changed(client, world):
    # It read only "Officer Person updated the story of Amber Project." with no before/after,
    # and "the story", where the page calls it the current-state narrative.
    project, officer = world.amber, world.users["officer"]
    update_narrative(project=project, narrative="Schools work alone.", based_on_version=0,
                     actor=officer)  # fmt: skip
    longer = "Schools now plan together each term. " * 20
    update_narrative(project=project, narrative=longer, based_on_version=1, actor=officer)

    first, second = Event.objects.filter(verb="programmes.narrative_updated").order_by("pk")
    assert first.data["changes"] == [
        {"field": "Current-state narrative", "from": "", "to": "Schools work alone."}
    ]
    (change,) = second.data["changes"]
    assert change["from"] == "Schools work alone."
    assert change["to"].startswith("Schools now plan together") and change["to"].endswith("…")
    assert len(change["to"]) <= SHOWN_LENGTH  # a long text is named by its start
    client.force_login(officer)
    page = client.get(reverse("programmes:project_history", args=[project.pk])).text
    assert "Officer Person updated the current-state narrative of Amber Project" in page
    assert "updated the story" not in page
    assert "Current-state narrative: set to Schools work alone." in page
    assert "Current-state narrative: from Schools work alone. to Schools now plan" in page


def test_saving_the_narrative_unchanged_writes_nothing(world):
    project, officer = world.amber, world.users["officer"]
    update_narrative(project=project, narrative="Same", based_on_version=0, actor=officer)
    project.refresh_from_db()
    update_narrative(project=project, narrative="Same", based_on_version=1, actor=officer)
    project.refresh_from_db()
    assert project.narrative_version == 1
    assert Event.objects.filter(verb="programmes.narrative_updated").count() == 1


def test_a_potential_innovators_organisation_is_typed_not_chosen_from_every_one(client, world):
    """Its organisation was a list of every organisation in the page: 25,000 once a
    national register is imported. It is typed, with suggestions, as elsewhere."""
    from accounts.models import Organisation
    from accounts.tests.factories import OrganisationFactory
    from programmes.models import PotentialInnovator

    OrganisationFactory.create_batch(30)
    school = OrganisationFactory(name="Brookfield Primary School")
    client.force_login(world.users["officer"])
    url = reverse("programmes:innovator_create", args=[world.amber.pk])
    page = client.get(url).content.decode()
    assert page.count("<option") < 5 and Organisation.objects.count() > 30
    assert 'name="organisation"' in page and "Start typing its name" in page
    response = client.post(url, {"organisation": "brookfield primary school", "why": "Leads"})
    assert response.status_code == 302
    assert PotentialInnovator.objects.get(project=world.amber, organisation=school).why == "Leads"


@pytest.mark.parametrize("sent, name, disposition", ODD_FILE_NAMES)
def test_a_data_source_file_is_listed_and_downloaded_under_its_own_name(
    client, world, sent, name, disposition
):
    client.force_login(world.users["officer"])
    url = reverse("programmes:datasource_create", args=[world.amber.pk])
    data, content_type = multipart({"title": "Term plan", "what_it_shows": "Dates"}, sent, PDF)
    response = client.post(url, data, content_type=content_type)
    assert response.status_code == 302
    source = DataSource.objects.get(title="Term plan")
    assert source.file_name == name
    assert source.file.name.rsplit("/", 1)[-1] != name  # stored under a safer name
    page = html.unescape(client.get(response["Location"]).content.decode())
    download = reverse("programmes:datasource_download", args=[source.pk])
    assert f'href="{download}">Download {name}<span' in page
    response = client.get(download)
    assert response["Content-Disposition"] == disposition
    assert b"".join(response.streaming_content) == PDF
    # Still a download that is never sniffed as, nor run as, a page.
    assert response["X-Content-Type-Options"] == "nosniff"
    assert "sandbox" in response["Content-Security-Policy"]


def test_a_data_source_file_kept_before_names_were_recorded_keeps_its_stored_name(client, world):
    moss = world.moss  # no name recorded: as every file uploaded before
    stored = moss.file.name.rsplit("/", 1)[-1]
    client.force_login(world.users["officer"])
    page = client.get(reverse("programmes:project_phase1", args=[world.amber.pk])).content
    download = reverse("programmes:datasource_download", args=[moss.pk])
    assert f'href="{download}">Download {stored}<span' in page.decode()
    response = client.get(download)
    assert response["Content-Disposition"] == (
        f"attachment; filename=\"{stored}\"; filename*=UTF-8''{stored}"
    )


def test_a_corrected_data_source_takes_its_new_files_name_and_loses_it_with_the_file(client, world):
    moss = world.moss
    client.force_login(world.users["officer"])
    edit = reverse(
        "records:edit", kwargs={"app": "programmes", "kind": "data-source", "pk": moss.pk}
    )
    fields = {"title": moss.title, "url": "https://example.org/moss", "what_it_shows": "Pupils"}
    data, content_type = multipart({**fields, "version": 1}, "«ünï».pdf", PDF)
    assert client.post(edit, data, content_type=content_type).status_code == 302
    download = client.get(reverse("programmes:datasource_download", args=[moss.pk]))
    assert download["Content-Disposition"].endswith(
        "filename*=UTF-8''%C2%AB%C3%BCn%C3%AF%C2%BB.pdf"
    )
    export = reverse(
        "records:export",
        kwargs={"app": "programmes", "kind": "data-source", "pk": world.amber.pk, "fmt": "csv"},
    )
    assert "«ünï».pdf" in client.get(export).content.decode()
    removed = client.post(edit, {**fields, "version": 2, "file-clear": "on"})
    assert removed.status_code == 302
    moss.refresh_from_db()
    assert (moss.file.name, moss.original_name, moss.file_name) == ("", "", "")


def test_a_data_source_file_missing_from_storage_is_a_page_saying_so_not_a_500(client, world):
    client.force_login(world.users["officer"])
    url = reverse("programmes:datasource_create", args=[world.amber.pk])
    data, content_type = multipart({"title": "Term plan", "what_it_shows": "Dates"}, "t.pdf", PDF)
    assert client.post(url, data, content_type=content_type).status_code == 302
    source = DataSource.objects.get(title="Term plan")
    source.file.storage.delete(source.file.name)
    response = client.get(reverse("programmes:datasource_download", args=[source.pk]))
    assert response.status_code == 404
    page = html.unescape(response.content.decode())
    assert "This data source's file is missing: ask whoever added it to upload it again." in page
