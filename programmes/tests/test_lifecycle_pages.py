import datetime
import re

import pytest
from django.core import mail
from django.core.exceptions import PermissionDenied
from django.template.loader import render_to_string
from django.urls import reverse

from accounts.models import Event, Invitation, Role
from accounts.tests.factories import OrganisationFactory, UserFactory
from fieldtrials.tests.factories import FieldTrialFactory
from programmes.models import (
    KeptStimulus,
    Objective,
    Programme,
    ProgrammeMembership,
    Project,
    StageMove,
    Stimulus,
)
from programmes.services.lifecycle import create_programme
from programmes.tests.factories import ProgrammeMembershipFactory, ProjectFactory


def officer_of(programme):
    user = UserFactory()
    ProgrammeMembershipFactory(programme=programme, user=user, role=Role.OFFICER)
    return user


def test_an_officer_creates_a_programme_and_becomes_its_officer(client, world):
    client.force_login(world.users["officer"])
    OrganisationFactory(name="NCSL", kind="national_agency")
    response = client.post(
        reverse("programmes:programme_create"),
        {"name": "Next Practice 2009", "kind": "programme", "lead_organisation": "NCSL",
         "start_date": "9/1/2009", "end_date": ""},
    )  # fmt: skip
    programme = Programme.objects.get(name="Next Practice 2009")
    assert response.status_code == 302 and response["Location"] == programme.get_absolute_url()
    assert ProgrammeMembership.objects.get(programme=programme).role == Role.OFFICER


NEW_PROGRAMME = {
    "name": "Next Practice in Rural Schools",
    "kind": "programme",
    "lead_organisation": "Cumbria",
    "start_date": "9/1/2027",
    "end_date": "",
}


def beside(page, field):
    """The message shown beside `field` (a text box's, or a radio group's), or None."""
    found = re.search(
        rf'id="id_{field}(?:_1)?_error" class="govuk-error-message">\s*<span[^>]*>Error:</span>'
        r"([^<]*)",
        page,
    )
    return " ".join(found.group(1).split()) if found else None


@pytest.fixture
def admin(client, world):
    OrganisationFactory(name="Cumbria County Council", kind="local_authority")
    client.force_login(world.users["admin"])
    return world.users["admin"]


def test_an_administrator_names_someone_else_as_the_first_officer_and_does_not_join(
    client, admin, django_capture_on_commit_callbacks
):
    """An administrator who set up a programme for someone else became its officer for good,
    and went on getting its e-mails: they invite its first officer instead."""
    url = reverse("programmes:programme_create")
    page = client.get(url).content.decode()
    assert "Who will be its first programme officer?" in page
    assert "Someone else: their e-mail address" in page
    assert "You will be its first programme officer" not in page
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            url,
            {**NEW_PROGRAMME, "first_officer": "someone_else",
             "officer_email": " Priya.Shah@Cumbria.example "},
        )  # fmt: skip
    programme = Programme.objects.get(name="Next Practice in Rural Schools")
    assert response.status_code == 302 and response["Location"] == programme.get_absolute_url()
    assert not ProgrammeMembership.objects.filter(programme=programme).exists()
    invitation = Invitation.objects.get(programme=programme)
    assert invitation.email == "priya.shah@cumbria.example" and invitation.role == Role.OFFICER
    assert invitation.invited_by == admin and invitation.state == Invitation.State.PENDING
    assert [m.to for m in mail.outbox] == [["priya.shah@cumbria.example"]]
    shown = client.get(response["Location"]).content.decode()
    assert "priya.shah@cumbria.example is invited to be its programme officer" in shown
    # Not a member, the administrator still sees it and manages its people.
    people = reverse("people:people", args=["programme", programme.pk])
    assert client.get(people).status_code == 200
    assert admin.has_perm("programmes.manage_programme_people", programme)


def test_an_existing_account_named_as_first_officer_is_added_at_once(client, admin, world):
    client.force_login(admin)
    officer = world.users["officer"]
    response = client.post(
        reverse("programmes:programme_create"),
        {**NEW_PROGRAMME, "first_officer": "someone_else", "officer_email": officer.email},
    )
    assert response.status_code == 302
    programme = Programme.objects.get(name="Next Practice in Rural Schools")
    members = ProgrammeMembership.objects.filter(programme=programme)
    assert [(m.user, m.role) for m in members] == [(officer, Role.OFFICER)]


def test_an_administrator_may_still_be_the_first_officer_themselves(client, admin):
    response = client.post(
        reverse("programmes:programme_create"), {**NEW_PROGRAMME, "first_officer": "me"}
    )
    assert response.status_code == 302
    programme = Programme.objects.get(name="Next Practice in Rural Schools")
    assert ProgrammeMembership.objects.get(programme=programme).user == admin
    assert not Invitation.objects.filter(programme=programme).exists()


@pytest.mark.parametrize(
    "answers, field, message",
    [
        ({}, "first_officer", "Choose who will be its first programme officer"),
        (
            {"first_officer": "someone_else"},
            "officer_email",
            "Enter the e-mail address of the person who will be its programme officer",
        ),
        (
            {"first_officer": "someone_else", "officer_email": "priya at cumbria"},
            "officer_email",
            "Enter an e-mail address like name@school.example.org",
        ),
    ],
)
def test_the_first_officer_must_be_named_and_is_refused_beside_its_field(
    client, admin, answers, field, message
):
    response = client.post(reverse("programmes:programme_create"), {**NEW_PROGRAMME, **answers})
    assert response.status_code == 400
    assert beside(response.content.decode(), field) == message
    assert not Programme.objects.filter(name="Next Practice in Rural Schools").exists()


def test_a_refused_invitation_leaves_no_programme(client, admin):
    UserFactory(email="gone@cumbria.example", is_active=False)
    response = client.post(
        reverse("programmes:programme_create"),
        {**NEW_PROGRAMME, "first_officer": "someone_else", "officer_email": "gone@cumbria.example"},
    )
    assert response.status_code == 400
    assert beside(response.content.decode(), "officer_email").startswith(
        "This person&#x27;s account is switched off"
    )
    assert not Programme.objects.filter(name="Next Practice in Rural Schools").exists()
    assert not Event.objects.filter(verb="programmes.programme_created").exists()


def test_an_officer_is_not_asked_and_is_always_the_first_officer(client, world):
    client.force_login(world.users["officer"])
    OrganisationFactory(name="Cumbria County Council", kind="local_authority")
    page = client.get(reverse("programmes:programme_create")).content.decode()
    assert "You will be its first programme officer" in page and "first_officer" not in page
    response = client.post(
        reverse("programmes:programme_create"),
        {**NEW_PROGRAMME, "first_officer": "someone_else", "officer_email": "x@example.org"},
    )
    assert response.status_code == 302
    programme = Programme.objects.get(name="Next Practice in Rural Schools")
    assert ProgrammeMembership.objects.get(programme=programme).user == world.users["officer"]
    assert not Invitation.objects.filter(email="x@example.org").exists()
    with pytest.raises(PermissionDenied):
        create_programme(
            actor=world.users["officer"], first_officer_email="x@example.org",
            name="Another", kind="programme", lead_organisation=programme.lead_organisation,
            start_date=datetime.date(2027, 1, 9),
        )  # fmt: skip


def test_a_programme_with_bad_dates_is_refused_with_messages(client, world):
    client.force_login(world.users["officer"])
    response = client.post(
        reverse("programmes:programme_create"),
        {"name": "", "kind": "programme", "start_date": "31/2/2009", "end_date": "1/1/2008"},
    )
    body = response.content.decode()
    assert response.status_code == 400
    assert "There is a problem" in body
    assert "Enter a real date for “Start date”: February 2009 has 28 days, not 31" in body
    assert not Programme.objects.filter(start_date__year=2009).exists()


def test_an_officer_adds_a_project_which_starts_in_analyse_need(client, world):
    client.force_login(world.users["officer"])
    response = client.post(
        reverse("programmes:project_create", args=[world.quartz.pk]),
        {"title": "Deep Engagement of Parents and Carers", "policy_area": "Parents",
         "start_date": "2/10/2006", "planned_duration_months": "18"},
    )  # fmt: skip
    project = Project.objects.get(title="Deep Engagement of Parents and Carers")
    assert response.status_code == 302
    assert project.stage == "analyse_need" and project.planned_duration_months == 18
    assert Event.objects.filter(verb="programmes.project_created").count() == 1
    # Its page says what its gate needs and leads to where that is done.
    page = client.get(reverse("programmes:project_detail", args=[project.pk])).content.decode()
    assert "To leave Analyse need:" in page
    where = reverse("programmes:project_phase1", args=[project.pk]) + "#analyse-need"
    assert f'<a class="govuk-link" href="{where}">Go to Analyse need to do it</a>' in page


@pytest.mark.django_db
def test_the_gates_next_step_is_shown_only_to_who_may_move_the_project(client):
    from programmes.tests.factories import ProjectMembershipFactory

    project = ProjectFactory()  # in Analyse need, no objective agreed
    officer = officer_of(project.programme)
    client.force_login(officer)
    assert "agree at least one objective" in client.get(project.get_absolute_url()).content.decode()
    for role in (Role.PRACTITIONER, Role.PARTNER, Role.CONSULTANT):
        reader = UserFactory()
        ProjectMembershipFactory(project=project, user=reader, role=role)
        client.force_login(reader)
        page = client.get(project.get_absolute_url()).content.decode()
        assert "agree at least one objective" not in page and "To leave" not in page, role
        assert "Its programme officers move it on to the next stage when" in page, role


@pytest.mark.django_db
def test_a_project_may_not_start_outside_its_programmes_dates(client):
    from django.core.exceptions import ValidationError
    from django.utils.html import escape

    from programmes.services.lifecycle import create_project
    from programmes.tests.factories import ProgrammeFactory

    programme = ProgrammeFactory(
        start_date=datetime.date(2026, 9, 1), end_date=datetime.date(2028, 8, 31)
    )
    officer = officer_of(programme)
    client.force_login(officer)
    create = reverse("programmes:project_create", args=[programme.pk])
    said = "The project must start within the programme's dates: 1 September 2026 to 31 August 2028"
    for start in ("1/1/2020", "1/1/2035"):
        response = client.post(
            create, {"title": "Reading", "start_date": start, "planned_duration_months": "18"}
        )
        assert response.status_code == 400, start
        assert escape(said) in response.content.decode()
    assert not Project.objects.filter(programme=programme).exists()
    with pytest.raises(ValidationError) as refused:
        create_project(
            programme=programme, actor=officer, title="Reading",
            start_date=datetime.date(2020, 1, 1),
        )  # fmt: skip
    assert refused.value.message_dict["start_date"] == [said]
    # Changing the start of a project to outside them is refused the same way.
    project = ProjectFactory(programme=programme, start_date=datetime.date(2027, 1, 1))
    edit = reverse("records:edit", args=["programmes", "project", project.pk])
    response = client.post(
        edit,
        {"title": project.title, "start_date": "1/1/2020", "planned_duration_months": "18"},
    )
    assert response.status_code == 400 and escape(said) in response.content.decode()
    # Without an end, a programme asks only that its projects start once it has begun.
    programme.end_date = None
    programme.save()
    response = client.post(
        create, {"title": "Reading", "start_date": "1/1/2020", "planned_duration_months": "18"}
    )
    assert "The project must start on or after the programme starts, 1 September 2026" in (
        response.content.decode()
    )
    response = client.post(
        create, {"title": "Reading", "start_date": "1/1/2035", "planned_duration_months": "18"}
    )
    assert response.status_code == 302


@pytest.mark.django_db
def test_a_projects_dates_are_not_shortened_past_its_trials(client):
    from django.core.exceptions import ValidationError
    from django.utils.html import escape

    from fieldtrials.models import FieldTrial

    project = ProjectFactory(start_date=datetime.date(2026, 1, 1), planned_duration_months=18)
    FieldTrialFactory(
        project=project,
        title="Beacon Trial",
        start_date=datetime.date(2026, 3, 1),
        end_date=datetime.date(2027, 6, 30),
    )
    FieldTrialFactory(
        project=project,
        title="Gone Trial",
        status=FieldTrial.Status.WITHDRAWN,
        start_date=datetime.date(2026, 1, 1),
        end_date=datetime.date(2027, 7, 1),
    )
    client.force_login(officer_of(project.programme))
    edit = reverse("records:edit", args=["programmes", "project", project.pk])

    def save(start, months):
        data = {"title": project.title, "start_date": start, "planned_duration_months": months}
        return client.post(edit, {**data, "version": project.version})

    ends = (
        "Beacon Trial ends on 30 June 2027, after the planned end these dates give "
        "(1 January 2027). Change its dates first, or choose a later end."
    )
    response = save("1/1/2026", "12")
    assert response.status_code == 400
    assert 'href="#id_planned_duration_months"' in response.text
    assert escape(ends) in response.text and "Gone Trial" not in response.text
    starts = (
        "Beacon Trial starts on 1 March 2026, before this date. Change its dates first, or "
        "choose an earlier start."
    )
    response = save("1/4/2026", "18")
    assert response.status_code == 400
    assert 'href="#id_start_date"' in response.text and escape(starts) in response.text
    project.refresh_from_db()
    assert (project.start_date, project.planned_duration_months) == (datetime.date(2026, 1, 1), 18)
    # Checked again where the change is saved, under the project's lock.
    project.planned_duration_months = 12
    with pytest.raises(ValidationError) as refused:
        project.full_clean()
    assert refused.value.message_dict["planned_duration_months"] == [ends]
    # Dates that still hold the trial (a withdrawn one aside) are saved.
    project.refresh_from_db()
    assert save("1/3/2026", "16").status_code == 302
    project.refresh_from_db()
    assert project.planned_end == datetime.date(2027, 7, 1)


@pytest.mark.django_db
def test_trials_outside_a_projects_new_dates_are_named_in_one_message_for_each_date(client):
    """Shortening a project past 17 trials gave 17 near-identical messages, in the error
    summary and beside the field, completed trials among them. One message for each date
    names the trials (five, and how many more); a completed trial's dates are history and do
    not hold the plan."""
    from django.utils.html import escape

    from fieldtrials.models import FieldTrial

    project = ProjectFactory(start_date=datetime.date(2026, 1, 1), planned_duration_months=24)
    for n, name in enumerate(["Alder", "Beacon", "Cedar", "Damson", "Elder", "Fig", "Gorse"]):
        FieldTrialFactory(
            project=project,
            title=f"{name} Trial",
            start_date=datetime.date(2026, 2 + n, 1),
            end_date=datetime.date(2027, 1 + n, 28),
        )
    FieldTrialFactory(
        project=project, title="Hazel Trial", start_date=datetime.date(2027, 9, 1), end_date=None
    )
    FieldTrialFactory(
        project=project,
        title="Done Trial",
        status=FieldTrial.Status.COMPLETED,
        start_date=datetime.date(2026, 1, 1),
        end_date=datetime.date(2027, 12, 31),
    )
    client.force_login(officer_of(project.programme))
    edit = reverse("records:edit", args=["programmes", "project", project.pk])

    def save(start, months):
        data = {"title": project.title, "start_date": start, "planned_duration_months": months}
        return client.post(edit, {**data, "version": project.version})

    response = save("1/1/2026", "12")
    assert response.status_code == 400
    ends = (
        "8 field trials end after the planned end these dates give (1 January 2027): "
        "Alder Trial (28 January 2027), Beacon Trial (28 February 2027), Cedar Trial "
        "(28 March 2027), Damson Trial (28 April 2027), Elder Trial (28 May 2027) and 3 more. "
        "Change their dates first, or choose a later end."
    )
    # Once in the error summary, once beside the field
    assert response.text.count(escape(ends)) == 2
    assert response.text.count("Change their dates first") == 2
    assert "Change its dates first" not in response.text and "Done Trial" not in response.text

    response = save("1/1/2026", "17")  # to 1 June 2027
    ends = (
        "3 field trials end after the planned end these dates give (1 June 2027): Fig Trial "
        "(28 June 2027), Gorse Trial (28 July 2027) and Hazel Trial (starts 1 September "
        "2027). Change their dates first, or choose a later end."
    )
    assert escape(ends) in response.text

    response = save("15/4/2026", "24")
    assert response.status_code == 400
    starts = (
        "3 field trials start before this date: Alder Trial (1 February 2026), Beacon Trial "
        "(1 March 2026) and Cedar Trial (1 April 2026). Change their dates first, or choose "
        "an earlier start."
    )
    assert response.text.count(escape(starts)) == 2
    project.refresh_from_db()
    assert (project.start_date, project.planned_duration_months) == (datetime.date(2026, 1, 1), 24)

    # The completed trial, which ends on 31 December 2027, does not hold the plan.
    assert save("1/2/2026", "20").status_code == 302
    project.refresh_from_db()
    assert project.planned_end == datetime.date(2027, 10, 1)


def test_a_duplicate_project_title_and_bad_duration_are_refused(client, world):
    client.force_login(world.users["officer"])
    response = client.post(
        reverse("programmes:project_create", args=[world.quartz.pk]),
        {"title": "amber project", "start_date": "2/10/2006", "planned_duration_months": "x"},
    )
    body = response.content.decode()
    assert response.status_code == 400
    assert "already has a project with that title" in body
    assert "whole number of months" in body


def test_the_move_page_says_what_is_missing_and_refuses_without_an_override(client, world):
    client.force_login(world.users["officer"])
    url = reverse("programmes:project_move", args=[world.beryl.pk])  # in Scan the horizon
    page = client.get(url).content.decode()
    assert "Every gate holds" not in page or "Needs an override" in page
    response = client.post(url, {"to_stage": "generate_options", "reason": ""})
    assert response.status_code == 400
    body = response.content.decode()
    assert "keep at least one stimulus" in body
    # It says what would let the move go ahead, next to each field still missing.
    assert 'href="#id_reason"' in body and 'href="#id_override"' in body
    assert "tick this box as well" in body
    response = client.post(url, {"to_stage": "generate_options", "reason": "Board agreed"})
    body = response.content.decode()
    assert 'href="#id_override"' in body and 'href="#id_reason"' not in body
    assert "Board agreed</textarea>" in body  # what was typed is kept
    world.beryl.refresh_from_db()
    assert world.beryl.stage == "scan_horizon"
    response = client.post(
        url, {"to_stage": "generate_options", "reason": "Board agreed", "override": "on"}
    )
    assert response.status_code == 302
    move = StageMove.objects.get(project=world.beryl)
    assert move.overridden and move.reason == "Board agreed"
    history = reverse("programmes:project_history", args=[world.beryl.pk])
    page = client.get(history).content.decode()
    assert "Gate overridden" in page and "Board agreed" in page


@pytest.mark.parametrize("to_stage", ["scan_horizon", "bogus", ""])
def test_a_stage_not_offered_asks_to_choose_one_beside_its_radios(client, world, to_stage):
    """The stage it is in, one that does not exist (a page tampered with), or none: said in
    plain words beside the radios, not Django's "Select a valid choice"; nothing moves."""
    client.force_login(world.users["officer"])
    url = reverse("programmes:project_move", args=[world.beryl.pk])  # in Scan the horizon
    response = client.post(url, {"to_stage": to_stage, "reason": "Board agreed"})
    assert response.status_code == 400
    body = response.content.decode()
    assert "Choose a stage to move the project to" in body
    assert 'href="#id_to_stage_1"' in body  # the summary leads to the radios
    assert "Select a valid choice" not in body and "not one of the available" not in body
    assert "Board agreed</textarea>" in body  # what was typed is kept
    world.beryl.refresh_from_db()
    assert world.beryl.stage == "scan_horizon"
    assert not StageMove.objects.filter(project=world.beryl).exists()


def test_moving_back_asks_for_the_reason_beside_its_box(client, world):
    client.force_login(world.users["officer"])
    url = reverse("programmes:project_move", args=[world.beryl.pk])  # in Scan the horizon
    assert "Required when you move the project back" in client.get(url).content.decode()
    response = client.post(url, {"to_stage": "analyse_need", "reason": " "})
    assert response.status_code == 400
    body = response.content.decode()
    assert 'href="#id_reason"' in body and "Give a reason for moving the project back" in body
    world.beryl.refresh_from_db()
    assert world.beryl.stage == "scan_horizon"
    assert not StageMove.objects.filter(project=world.beryl).exists()
    response = client.post(url, {"to_stage": "analyse_need", "reason": "Need revisited"})
    assert response.status_code == 302
    assert StageMove.objects.get(project=world.beryl).reason == "Need revisited"
    page = client.get(reverse("programmes:project_history", args=[world.beryl.pk]))
    assert "Why: Need revisited" in page.content.decode()


def test_the_project_page_shows_the_diamonds_and_what_each_stage_opened_and_kept(client, world):
    client.force_login(world.users["officer"])
    Objective.objects.create(project=world.amber, text="Agreed aim", status="agreed")
    Stimulus.objects.create(
        title="Another project's find",
        sector="retail",
        country="Wales",
        summary="s",
        provocation="p?",
    )
    page = client.get(world.amber.get_absolute_url()).content.decode()
    assert "<svg" in page and 'role="img"' in page
    assert "Phase 1: Stimulate" in page and "Phase 2: Incubate" in page
    assert "Current stage" in page  # the text alternative
    # Each drawing's description names every stage in full (the phone's drawing has room
    # only for "Generate options").
    whole = (
        "Phase 1, Stimulate, at system level: Analyse need, Scan the horizon, "
        "Generate creative options."
    )
    assert page.count(whole) == 2
    assert "<strong>1</strong> agreed objective (of 1)" in page
    # The library is every project's: said so, not as what this project scanned.
    library = Stimulus.objects.count()
    kept = KeptStimulus.objects.filter(project=world.amber).count()
    assert f"<strong>{library}</strong> stimul" in page
    assert "in the library shared by all projects" in page and "in the shared library" not in page
    assert f"<strong>{kept}</strong> stimul" in page and "kept for this project" in page


def test_stages_behind_a_project_read_moved_on_from_not_done(client, world):
    """A project in System learning still has trials incubating: its Incubate row said
    "Done" beside "16 incubating". The stages behind it are ones it has moved on from."""
    type(world.amber).objects.filter(pk=world.amber.pk).update(stage="system_learning")
    client.force_login(world.users["officer"])
    page = client.get(world.amber.get_absolute_url()).content.decode()
    assert page.count(">Moved on from</strong>") == 4  # the Phase 1 stages and Incubate
    assert ">Done</strong>" not in page and "Stages done" not in page
    assert "Stages the project has moved on from are grey with diagonal lines" in page


def test_incubate_moved_on_from_says_how_many_trials_are_still_under_way(client, db):
    """A project in System learning with 16 trials incubating: its Incubate row, on its page
    and in its report, said "Moved on from" ("Done" in the report) beside "16 incubating"; it
    now says how many are still under way. A member who sees only some is told of those."""
    from django.utils.html import strip_tags

    from fieldtrials.models import FieldTrial
    from fieldtrials.tests.factories import FieldTrialMembershipFactory
    from programmes.tests.factories import ProjectMembershipFactory
    from reports.building import report_document

    def text(html):
        return " ".join(strip_tags(html).split())

    project = ProjectFactory(stage="system_learning")
    trials = FieldTrialFactory.create_batch(16, project=project)
    FieldTrialFactory(project=project, status=FieldTrial.Status.COMPLETED)
    client.force_login(officer_of(project.programme))
    page = text(client.get(project.get_absolute_url()).content.decode())
    report = text(report_document(project).body)
    assert "Incubate Moved on from; 16 field trials still incubating" in page
    assert "Incubate Moved on from; 16 field trials still incubating" in report
    # Printed, the ";" stood alone after the grey tag ("Moved on from ; 16 field trials"):
    # it is said to a screen reader, as on the page, and not shown.
    hidden = re.compile(r'<span class="govuk-visually-hidden">[^<]*</span>')
    shown = text(hidden.sub("", report_document(project).body))
    stages = shown.split("Stage by stage")[1].split("Stage history")[0]
    assert "Incubate Moved on from 16 field trials still incubating" in stages
    assert ";" not in stages
    assert "Done" not in report.split("Stage by stage")[1].split("Stage history")[0]

    # More than one status: how many in all, then of each.
    FieldTrial.objects.filter(pk=trials[0].pk).update(status=FieldTrial.Status.REPORTING)
    page = text(client.get(project.get_absolute_url()).content.decode())
    assert "Moved on from; 16 field trials still under way (15 incubating, 1 reporting)" in page

    # A school leader on one of them is told of the trials they can see, not of the rest.
    head = UserFactory()
    FieldTrialMembershipFactory(field_trial=trials[1], user=head, role=Role.PRACTITIONER)
    ProjectMembershipFactory(project=project, user=head, role=Role.PRACTITIONER)
    client.force_login(head)
    page = text(client.get(project.get_absolute_url()).content.decode())
    assert "Moved on from; 1 field trial you can see still incubating" in page

    # Once none is under way, nothing more is said; nor of a stage not moved on from.
    FieldTrial.objects.filter(project=project).update(status=FieldTrial.Status.COMPLETED)
    client.force_login(officer_of(project.programme))
    page = text(client.get(project.get_absolute_url()).content.decode())
    assert "Incubate Moved on from 17 field trials 17 completed" in page
    assert "field trials still" not in page
    Project.objects.filter(pk=project.pk).update(stage="incubate")
    FieldTrial.objects.filter(project=project).update(status=FieldTrial.Status.INCUBATING)
    page = text(client.get(project.get_absolute_url()).content.decode())
    assert "field trials still" not in page and "Incubate Current stage 17 field" in page


def test_stages_moved_on_from_are_marked_by_lines_not_by_a_pale_grey_alone(client, world):
    """Grey (#d8dde0) beside white is 1.37:1: the stages moved on from are also filled with
    dark diagonal lines, on the page and in the report, and the caption says so."""
    from django.contrib.staticfiles import finders

    from programmes.reporting import print_diamonds

    type(world.amber).objects.filter(pk=world.amber.pk).update(stage="incubate")
    world.amber.refresh_from_db()
    client.force_login(world.users["officer"])
    page = client.get(world.amber.get_absolute_url()).content.decode()
    assert '<pattern id="np-diamonds-done"' in page and 'class="np-diamonds__hatch"' in page
    assert '<pattern id="np-diamonds-done-narrow"' in page  # the phone's drawing's own
    # The Phase 1 stages, in the wide drawing and the phone's.
    assert page.count("np-diamonds__segment--done") == 3 * 2
    # Their labels' lines, kept clear of the lines: "Generate creative options" is three lines
    # wide, "Generate options" two on a phone.
    assert page.count("np-diamonds__halo") == 7 + 6
    assert "moved on from are grey with diagonal lines" in page
    assert "stages to come are white" in page
    css = open(finders.find("css/app.css")).read()
    assert '.np-diamonds__segment--done{fill:url("#np-diamonds-done") #d8dde0}' in css
    narrow = (
        '.np-diamonds__svg-narrow .np-diamonds__segment--done{fill:url("#np-diamonds-done-narrow")'
    )
    assert narrow in css
    assert re.search(r"\.np-diamonds__hatch\{[^}]*stroke:#505a5f", css)

    drawn = render_to_string(
        "reports/parts/_diamonds_svg.html",
        {"project": world.amber, "diamonds": print_diamonds("incubate"), "svg_id": "p7"},
    )
    assert '<pattern id="p7-done"' in drawn and drawn.count('fill="url(#p7-done)"') == 3
    assert "Stages it has moved on from are grey with diagonal lines" in drawn  # its title


def test_the_timeline_parts_each_stage_from_the_next(client, world):
    """The timeline's caption says how stages are told apart besides their colours (which the
    browser test measures): a white gap between one stage's bar and the next."""
    client.force_login(world.users["officer"])
    page = client.get(reverse("programmes:programme_detail", args=[world.quartz.pk])).text
    assert 'class="np-timeline-chart"' in page
    assert "A white gap parts each stage from the next." in page


def test_a_partner_reads_the_project_but_gets_no_change_controls(client, world):
    client.force_login(world.users["partner"])
    for name in ("project_detail", "project_phase1", "project_trials", "project_history"):
        page = client.get(reverse(f"programmes:{name}", args=[world.amber.pk])).content.decode()
        assert "Amber Project" in page
        for control in ("Move to another stage", "Edit the narrative", "Add an objective"):
            assert control not in page


@pytest.mark.parametrize("size", [5, 50])
def test_programme_and_project_pages_cost_the_same_queries_for_5_and_50_rows(
    client, django_assert_num_queries, db, size
):
    first = ProjectFactory()
    officer = officer_of(first.programme)
    for _ in range(size - 1):
        ProjectFactory(programme=first.programme)
    FieldTrialFactory.create_batch(size, project=first)
    for i in range(size):
        Objective.objects.create(project=first, text=f"Objective {i}", status="agreed")
    client.force_login(officer)
    # session, user, memberships (the view and add-project rules), unread, programme, the
    # projects counted and a page of them, their stage moves, its history and its recent
    # activity (the event log, one each), and its local authorities' toolkit exercises
    with django_assert_num_queries(12):
        client.get(reverse("programmes:programme_detail", args=[first.programme.pk]))
    # session, user, memberships (the view and move rules), unread, project, gate, then one
    # query per record kind, the trials counted (no red among them to name), the reports
    # panel (two), its recent activity (the overview lists no trials: its trials page does)
    # and the follow button (its discussions are a page of their own)
    with django_assert_num_queries(19):
        client.get(reverse("programmes:project_detail", args=[first.pk]))


def test_adding_a_member_twice_logs_and_tells_once_and_a_new_role_is_logged(
    client, db, django_capture_on_commit_callbacks
):
    """Inviting someone with an account adds them at once; sent again, the page says they
    are already a member: one event, one notification, one e-mail. A new role is its own
    page, and is logged."""
    from django.core import mail

    from accounts.models import Notification
    from programmes.models import ProjectMembership

    project = ProjectFactory()
    client.force_login(officer_of(project.programme))
    head = UserFactory(email="head@school.example")
    url = reverse("people:invite", args=["project", project.pk])
    with django_capture_on_commit_callbacks(execute=True):
        statuses = [
            client.post(url, {"email": head.email, "role": Role.PRACTITIONER}).status_code
            for _ in range(2)
        ]
    assert statuses == [302, 400]
    assert Event.objects.filter(verb="programmes.member_added").count() == 1
    assert not Event.objects.filter(verb="programmes.member_role_changed").exists()
    assert Notification.objects.filter(recipient=head, kind="membership").count() == 1
    assert [m.to for m in mail.outbox] == [[head.email]]
    role_url = reverse("people:change_role", args=["project", project.pk, head.pk])
    client.post(role_url, {"role": Role.CONSULTANT})
    assert ProjectMembership.objects.get(project=project, user=head).role == Role.CONSULTANT
    assert Event.objects.filter(verb="programmes.member_role_changed").count() == 1


def test_a_programme_with_no_projects_says_so_rather_than_that_you_are_in_none(client, world):
    from programmes.tests.factories import ProgrammeFactory, ProgrammeMembershipFactory

    empty = ProgrammeFactory(name="Empty Programme")
    ProgrammeMembershipFactory(programme=empty, user=world.users["officer"], role=Role.OFFICER)
    client.force_login(world.users["officer"])
    body = client.get(reverse("programmes:programme_detail", args=[empty.pk])).content.decode()
    assert "This programme has no projects yet." in body
    assert "You are not a member" not in body
    # The leader sees Quartz through their trial, and none of its projects: they are told
    # which trial of theirs it is, not that they belong to nothing here.
    client.force_login(world.users["leader"])
    body = client.get(reverse("programmes:programme_detail", args=[world.quartz.pk])).text
    assert "You are not a member" not in body
    assert "You take part in this programme through your field trial:" in body
    assert f'href="{world.coral.get_absolute_url()}">Coral Trial</a>, in the project Amber' in body
    assert "Dune Trial" not in body


def test_a_programme_without_an_end_date_runs_from_its_start(client, world):
    from programmes.tests.factories import ProgrammeFactory

    programme = ProgrammeFactory(start_date=datetime.date(2025, 2, 1), end_date=None)
    ProgrammeMembershipFactory(programme=programme, user=world.users["officer"], role=Role.OFFICER)
    client.force_login(world.users["officer"])
    url = reverse("programmes:programme_detail", args=[programme.pk])
    dates = r">Dates</dt>\s*<dd[^>]*>\s*{}\s*</dd>"
    assert re.search(dates.format("From 1 February 2025"), client.get(url).text)
    programme.end_date = datetime.date(2027, 3, 31)
    programme.save()
    assert re.search(dates.format("1 February 2025 to 31 March 2027"), client.get(url).text)


@pytest.mark.parametrize(
    "start, end, said",
    [
        ((2026, 3, 1), (2028, 1, 31), "1 March 2026 to 31 January 2028"),
        ((2026, 3, 1), None, "From 1 March 2026"),
        (None, (2028, 1, 31), "Until 31 January 2028"),
        (None, None, "Not set"),
    ],
)
def test_a_trials_dates_say_from_or_until_when_one_is_missing(start, end, said):
    trial = FieldTrialFactory.build(
        start_date=datetime.date(*start) if start else None,
        end_date=datetime.date(*end) if end else None,
    )
    assert render_to_string("fieldtrials/trial/_dates.html", {"trial": trial}).strip() == said
