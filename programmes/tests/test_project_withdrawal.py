"""Withdrawing a project added by mistake, and restoring it: only its officers, only while it
has no field trial but withdrawn ones (decided on its locked row); withdrawn, it leaves the
programme's page, home pages, pickers, search and the monthly reports, and its page is its
officers' only, saying who withdrew it, when and why, with a way to restore it."""

import html
import re
from datetime import date, timedelta

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.urls import reverse
from django.utils import timezone

from accounts.models import Event, Role
from accounts.tests.factories import UserFactory
from fieldtrials.models import FieldTrial
from fieldtrials.services.trial import StatusMoveRefused, move_trial_status
from fieldtrials.tests.factories import FieldTrialFactory
from nextpractice.words import long_date
from programmes.models import Project, ProjectMembership
from programmes.rules import visible_projects
from programmes.services import (
    ProgrammeEndRefused,
    ProjectTitleTaken,
    ProjectWithdrawnAlready,
    create_project,
    move_stage,
    restore_project,
    withdraw_project,
)
from programmes.services.lifecycle import ProjectWithdrawn
from programmes.tests.factories import (
    ProgrammeMembershipFactory,
    ProjectFactory,
    ProjectMembershipFactory,
)
from reports.services import active_projects
from search.models import SearchDocument

pytestmark = pytest.mark.django_db


@pytest.fixture
def project():
    return ProjectFactory(title="Wrongly Named Project", narrative="Zebrafinch pupils")


@pytest.fixture
def officer(project):
    user = UserFactory(full_name="Olive Officer")
    ProgrammeMembershipFactory(programme=project.programme, user=user, role=Role.OFFICER)
    return user


@pytest.fixture
def member(project):
    user = UserFactory()
    ProjectMembershipFactory(project=project, user=user, role=Role.CONSULTANT)
    return user


def _text(response):
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", response.content.decode()))


def _withdraw_url(project):
    return reverse("programmes:project_withdraw", args=[project.pk])


def test_withdrawing_is_refused_while_a_trial_is_live_naming_it(client, project, officer):
    FieldTrialFactory(project=project, title="Shared Leadership Trial")
    FieldTrialFactory(
        project=project, title="Gone Trial", status=FieldTrial.Status.WITHDRAWN
    )  # a withdrawn trial does not stop it
    with pytest.raises(ValidationError) as refused:
        withdraw_project(project=project, actor=officer, reason="Added twice")
    assert refused.value.message_dict["reason"] == [
        "Withdraw its field trials first: “Shared Leadership Trial”"
    ]

    client.force_login(officer)
    page = client.get(_withdraw_url(project))
    assert page.status_code == 200
    said = _text(page)
    assert "Withdraw its field trials first" in said and "Shared Leadership Trial" in said
    assert "Gone Trial" not in said and 'name="reason"' not in page.content.decode()
    response = client.post(_withdraw_url(project), {"reason": "Added twice"})
    assert response.status_code == 409
    assert "Withdraw its field trials first: “Shared Leadership Trial”" in _text(response)
    project.refresh_from_db()
    assert not project.is_withdrawn
    assert not Event.objects.filter(verb="programmes.project_withdrawn").exists()


def test_only_its_officers_withdraw_it_and_a_reason_is_asked(client, project, officer, member):
    with pytest.raises(PermissionDenied):
        withdraw_project(project=project, actor=member, reason="Added twice")
    client.force_login(officer)
    response = client.post(_withdraw_url(project), {"reason": "  "})
    assert response.status_code == 400
    assert "Say why you are withdrawing it" in _text(response)
    project.refresh_from_db()
    assert not project.is_withdrawn


def test_a_withdrawn_project_leaves_the_programme_page_search_and_lists(
    client, project, officer, member
):
    other = ProjectFactory(programme=project.programme, title="The Right Project")
    assert SearchDocument.objects.filter(kind="projects", object_id=project.pk).exists()
    link = f'href="{project.get_absolute_url()}"'
    client.force_login(member)
    assert link in client.get(project.programme.get_absolute_url()).content.decode()
    assert link in client.get(reverse("home")).content.decode()
    assert "Wrongly Named Project" in _text(
        client.get(reverse("search:search"), {"q": "zebrafinch"})
    )

    client.force_login(officer)
    response = client.post(
        _withdraw_url(project), {"reason": "Added to the wrong programme"}, follow=True
    )
    assert "Wrongly Named Project is withdrawn" in _text(response)

    project.refresh_from_db()
    assert project.is_withdrawn and project.withdrawn_by == officer
    assert project.withdrawn_reason == "Added to the wrong programme"
    assert not SearchDocument.objects.filter(kind="projects", object_id=project.pk).exists()
    assert project not in active_projects()
    assert other in active_projects()

    client.force_login(member)
    # Gone from its projects, and from its activity: what happened in it is its officers'.
    programme_page = client.get(project.programme.get_absolute_url()).content.decode()
    assert link not in programme_page
    assert "withdrew the project Wrongly Named Project" not in programme_page
    assert link not in client.get(reverse("home")).content.decode()
    found = client.get(reverse("search:search"), {"q": "zebrafinch"})
    assert "Wrongly Named Project" not in _text(found)
    assert client.get(project.get_absolute_url()).status_code == 404
    assert project not in visible_projects(member)

    # Its officers still open it, to read why and restore it; it is in no list of theirs.
    client.force_login(officer)
    assert project not in visible_projects(officer)
    programme_page = client.get(project.programme.get_absolute_url()).content.decode()
    assert link not in programme_page and "The Right Project" in programme_page
    assert "withdrew the project Wrongly Named Project" in programme_page
    page = client.get(project.get_absolute_url())
    assert page.status_code == 200
    said = _text(page)
    assert "Withdrawn by Olive Officer on" in said and ": Added to the wrong programme" in said
    assert reverse("programmes:project_restore", args=[project.pk]) in page.content.decode()
    assert reverse("programmes:project_move", args=[project.pk]) not in page.content.decode()


def test_restoring_brings_it_back(client, project, officer, member):
    withdraw_project(project=project, actor=officer, reason="Added twice")
    client.force_login(officer)
    url = reverse("programmes:project_restore", args=[project.pk])
    assert client.post(url, {"reason": ""}).status_code == 400
    response = client.post(url, {"reason": "It was the right one after all"})
    assert response.status_code == 302

    project.refresh_from_db()
    assert not project.is_withdrawn and project.withdrawn_reason == ""
    event = Event.objects.get(verb="programmes.project_restored")
    assert event.data["reason"] == "It was the right one after all"
    assert SearchDocument.objects.filter(kind="projects", object_id=project.pk).exists()
    assert project in active_projects()
    client.force_login(member)
    assert "Wrongly Named Project" in _text(client.get(project.programme.get_absolute_url()))
    assert client.get(project.get_absolute_url()).status_code == 200
    # Restored again, from a page shown before: said, nothing changed.
    with pytest.raises(ProjectWithdrawnAlready):
        restore_project(project=project, actor=officer, reason="Again")
    client.force_login(officer)
    assert client.post(url, {"reason": "Again"}).status_code == 409
    assert Event.objects.filter(verb="programmes.project_restored").count() == 1


def test_a_stale_second_withdrawal_is_refused_once_with_one_event(client, project, officer):
    client.force_login(officer)
    first_tab = client.get(_withdraw_url(project))
    second_tab = client.get(_withdraw_url(project))
    assert first_tab.status_code == second_tab.status_code == 200

    assert client.post(_withdraw_url(project), {"reason": "Added twice"}).status_code == 302
    again = client.post(_withdraw_url(project), {"reason": "Wrong title"})
    assert again.status_code == 409
    said = _text(again)
    assert "This project has already been withdrawn" in said and ": Added twice" in said
    with pytest.raises(ProjectWithdrawnAlready):
        withdraw_project(project=project, actor=officer, reason="Wrong title")

    assert Event.objects.filter(verb="programmes.project_withdrawn").count() == 1
    project.refresh_from_db()
    assert project.withdrawn_reason == "Added twice"


def test_a_withdrawn_project_is_not_moved_nor_its_trials_taken_back(project, officer):
    trial = FieldTrialFactory(project=project, status=FieldTrial.Status.WITHDRAWN)
    withdraw_project(project=project, actor=officer, reason="Added twice")
    with pytest.raises(ProjectWithdrawn):
        move_stage(project=project, to_stage="scan_horizon", actor=officer)
    with pytest.raises(StatusMoveRefused):
        move_trial_status(
            trial=trial, to_status=FieldTrial.Status.SELECTED, actor=officer, reason="Back"
        )
    trial.refresh_from_db()
    assert trial.status == FieldTrial.Status.WITHDRAWN
    assert Project.objects.current().filter(pk=project.pk).count() == 0


def _found(client, user, url_name="search:search", **params):
    client.force_login(user)
    response = client.get(reverse(url_name), params)
    assert response.status_code == 200
    return _text(response)


def test_a_withdrawn_project_s_records_leave_search_and_come_back_when_restored(
    client, project, officer, member
):
    from discussions.tests.factories import PostFactory, ThreadFactory
    from evaluation.tests.factories import LessonFactory
    from fieldtrials.tests.factories_records import MonthlyUpdateFactory
    from programmes.models import CreativeOption

    option = CreativeOption.objects.create(
        project=project, title="Quokka Option", description="Quokka words", created_by=officer
    )
    trial = FieldTrialFactory(project=project, title="Quokka Trial")
    MonthlyUpdateFactory(field_trial=trial, what_happened="Quokka month")
    LessonFactory(programme=None, project=project, title="Quokka lesson")
    PostFactory(thread=ThreadFactory(field_trial=None, option=option), body="Quokka post")
    move_trial_status(
        trial=trial, to_status=FieldTrial.Status.WITHDRAWN, actor=officer, reason="Mistake"
    )
    kinds = {"projects", "options", "monthly-updates", "lessons", "posts"}
    assert kinds <= set(
        SearchDocument.objects.filter(project_id=project.pk).values_list("kind", flat=True)
    )
    assert "Quokka Option" in _found(client, member, q="quokka")

    withdraw_project(project=project, actor=officer, reason="Added twice")

    # Every document of the project and of its trials is gone, in the same transaction.
    assert not SearchDocument.objects.filter(project_id=project.pk).exists()
    for user in (member, officer):  # its officers neither: it is withdrawn
        said = _found(client, user, q="quokka")
        assert "No results" in said and "Quokka" not in said.replace("‘quokka’", "")
        assert "Quokka lesson" not in _found(client, user, "search:knowledge_base")

    # An option of the withdrawn project edited since (read afresh, as a page reads it) does
    # not come back.
    option = CreativeOption.objects.get(pk=option.pk)
    option.title, option.description = "Quokka Option renamed", "More quokka words"
    option.save()
    assert not SearchDocument.objects.filter(project_id=project.pk).exists()

    restore_project(project=project, actor=officer, reason="It was right")
    for user in (member, officer):
        said = _found(client, user, q="quokka")
        assert "Quokka Option renamed" in said and "Quokka lesson" in said
    assert kinds <= set(
        SearchDocument.objects.filter(project_id=project.pk).values_list("kind", flat=True)
    )


def test_reindexing_leaves_a_withdrawn_project_s_records_out(project, officer):
    from django.core.management import call_command

    from programmes.models import CreativeOption

    CreativeOption.objects.create(
        project=project, title="Quokka Option", description="d", created_by=officer
    )
    withdraw_project(project=project, actor=officer, reason="Added twice")
    call_command("reindex_search", verbosity=0)
    assert not SearchDocument.objects.filter(project_id=project.pk).exists()


# --- Nothing is added to a withdrawn project ------------------------------------------------


ADDING_PAGES = [
    ("programmes:problem_create", {"kind": "challenge", "text": "Too few places"}),
    ("programmes:objective_create", {"text": "More places"}),
    ("programmes:innovator_create", {"name": "Oak Academy", "why": "They did it"}),
    ("programmes:workshop_create", {"title": "Ideas day"}),
    ("programmes:option_create", {"title": "Late Option", "description": "An idea"}),
    ("programmes:stimulus_keep", {"why": "It fits"}),
]


@pytest.mark.parametrize("name, data", ADDING_PAGES)
def test_a_withdrawn_project_s_adding_pages_are_refused_and_add_nothing(
    client, project, officer, name, data
):
    from programmes.models import CreativeOption, Workshop

    withdraw_project(project=project, actor=officer, reason="Added twice")
    events = Event.objects.count()
    client.force_login(officer)
    url = reverse(name, args=[project.pk])
    for response in (client.get(url), client.post(url, data)):
        assert response.status_code == 409
        said = _text(response)
        assert "This project has been withdrawn" in said
        assert "The project has been withdrawn: restore it first." in said
        assert reverse("programmes:project_restore", args=[project.pk]) in response.text
    assert Event.objects.count() == events
    assert not project.objectives.exists() and not project.problems.exists()
    assert not project.innovators.exists() and not project.kept_stimuli.exists()
    assert not CreativeOption.objects.filter(project=project).exists()
    assert not Workshop.objects.filter(project=project).exists()


def test_who_may_not_open_a_withdrawn_project_is_not_told_it_exists(client, project, member):
    withdraw_project(project=project, actor=_officer_of(project), reason="Added twice")
    client.force_login(member)
    url = reverse("programmes:option_create", args=[project.pk])
    assert client.get(url).status_code == 404


def _officer_of(project):
    user = UserFactory()
    ProgrammeMembershipFactory(programme=project.programme, user=user, role=Role.OFFICER)
    return user


def test_the_services_refuse_adding_under_the_project_s_lock(project, officer):
    """A page shown before the project was withdrawn, sent after: the service decides."""
    from programmes.models import CreativeOption, Objective
    from programmes.services.horizon import keep_stimulus
    from programmes.services.lifecycle import ProjectWithdrawn
    from programmes.services.need import add_need_record
    from programmes.services.options import capture_option, record_workshop
    from programmes.tests.factories_horizon import StimulusFactory

    stale = Project.objects.get(pk=project.pk)  # as the page read it, before the withdrawal
    withdraw_project(project=project, actor=officer, reason="Added twice")
    refusals = [
        lambda: add_need_record(project=stale, record=Objective(text="More places"), actor=officer),
        lambda: record_workshop(
            project=stale, actor=officer, title="Ideas day", kind="creative", held_on=date.today()
        ),
        lambda: capture_option(project=stale, actor=officer, title="Idea", description="d"),
        lambda: keep_stimulus(
            project=stale, stimulus=StimulusFactory(), why="It fits", actor=officer
        ),
    ]
    for adding in refusals:
        with pytest.raises(ProjectWithdrawn) as refused:
            adding()
        assert str(refused.value) == "The project has been withdrawn: restore it first."
    assert not Objective.objects.filter(project=project).exists()
    assert not project.workshops.exists() and not project.kept_stimuli.exists()
    assert not CreativeOption.objects.filter(project=project).exists()


def test_a_withdrawn_project_s_pages_offer_no_add_links(client, project, officer):
    client.force_login(officer)
    phase1 = reverse("programmes:project_phase1", args=[project.pk])
    options = reverse("programmes:option_list", args=[project.pk])
    adding = [reverse(name, args=[project.pk]) for name, _ in ADDING_PAGES]
    page = client.get(phase1).content.decode() + client.get(options).content.decode()
    assert all(url in page for url in adding)

    withdraw_project(project=project, actor=officer, reason="Added twice")
    page = client.get(phase1).content.decode() + client.get(options).content.decode()
    library = client.get(reverse("programmes:stimulus_list"), {"project": project.pk})
    page += library.content.decode()
    assert [url for url in adding if url in page] == []


def test_no_discussion_is_started_on_a_withdrawn_project(client, project, officer, member):
    from discussions.models import Thread
    from discussions.services import start_thread
    from programmes.services.lifecycle import ProjectWithdrawn

    new = reverse("discussions:thread_create_for", args=["projects", project.pk])
    threads = reverse("discussions:thread_list_for", args=["projects", project.pk])
    client.force_login(officer)
    assert new in client.get(threads).content.decode()
    stale = Project.objects.get(pk=project.pk)  # as the page read it, before the withdrawal
    withdraw_project(project=project, actor=officer, reason="Added twice")
    events = Event.objects.count()

    for response in (client.get(new), client.post(new, {"title": "Plans", "body": "Our plan"})):
        assert response.status_code == 409
        said = _text(response)
        assert "The project has been withdrawn: restore it first." in said
        assert "Your discussion has been started" not in said
    listed = client.get(threads)
    assert new not in listed.content.decode()
    assert "no discussion is started on it until it is restored" in _text(listed)
    with pytest.raises(ProjectWithdrawn):
        start_thread(subject=stale, title="Plans", body="Our plan", actor=officer)
    assert not Thread.objects.filter(project=project).exists()
    assert Event.objects.count() == events
    client.force_login(member)  # who may not open it is not told it exists
    assert client.get(new).status_code == 404


def test_no_discussion_is_started_on_a_withdrawn_project_s_trial_or_option(
    client, project, officer
):
    from discussions.models import Thread
    from discussions.services import start_thread
    from discussions.subjects import new_thread_url, threads_url
    from programmes.models import CreativeOption

    option = CreativeOption.objects.create(
        project=project, title="Quokka Option", description="Words", created_by=officer
    )
    trial = FieldTrialFactory(project=project, status=FieldTrial.Status.WITHDRAWN)
    subjects = {"field-trials": trial, "options": option}
    client.force_login(officer)
    for subject in subjects.values():
        assert new_thread_url(subject) in client.get(threads_url(subject)).content.decode()
    assert new_thread_url(option) in client.get(option.get_absolute_url()).content.decode()
    stale = {kind: type(s).objects.get(pk=s.pk) for kind, s in subjects.items()}
    withdraw_project(project=project, actor=officer, reason="Added twice")
    events = Event.objects.count()

    for kind, subject in subjects.items():
        new = new_thread_url(subject)
        for response in (client.get(new), client.post(new, {"title": "Plans", "body": "Plan"})):
            assert response.status_code == 409
            assert "The project has been withdrawn: restore it first." in _text(response)
        for page in (client.get(subject.get_absolute_url()), client.get(threads_url(subject))):
            assert page.status_code == 200
            assert new not in page.content.decode()
            assert "Start a discussion" not in _text(page)
        with pytest.raises(ProjectWithdrawn):  # as a page read it before the withdrawal
            start_thread(subject=stale[kind], title="Plans", body="Plan", actor=officer)
    other_address = reverse("discussions:thread_create_for", args=["field-trials", trial.pk])
    assert client.post(other_address, {"title": "Plans", "body": "Plan"}).status_code == 409
    assert not Thread.objects.filter(field_trial=trial).exists()
    assert not Thread.objects.filter(option=option).exists()
    assert Event.objects.count() == events


def test_a_withdrawn_project_s_trial_is_not_named_to_its_school_leader(client, project, officer):
    from fieldtrials.tests.factories import FieldTrialMembershipFactory

    trial = FieldTrialFactory(project=project, title="Gone Kestrel Trial")
    leader = UserFactory()
    FieldTrialMembershipFactory(field_trial=trial, user=leader, role=Role.PRACTITIONER)
    teammate = UserFactory()
    FieldTrialMembershipFactory(field_trial=trial, user=teammate, role=Role.PRACTITIONER)
    programme_page = reverse("programmes:programme_detail", args=[project.programme.pk])
    people = [reverse("directory:person_detail", args=[p.pk]) for p in (leader, teammate)]
    client.force_login(leader)
    assert "Gone Kestrel Trial" in _text(client.get(programme_page))
    assert all("Gone Kestrel Trial" in _text(client.get(url)) for url in people)
    move_trial_status(
        trial=trial, to_status=FieldTrial.Status.WITHDRAWN, actor=officer, reason="Mistake"
    )
    withdraw_project(project=project, actor=officer, reason="Added twice")

    page = client.get(programme_page)
    assert page.status_code == 200
    assert "Gone Kestrel Trial" not in _text(page)
    assert trial.get_absolute_url() not in page.content.decode()
    for url in people:
        assert "Gone Kestrel Trial" not in _text(client.get(url))
    client.force_login(officer)  # who opens the project still finds it on their pages
    assert "Gone Kestrel Trial" in _text(client.get(people[0]))


# --- Nobody is invited to a withdrawn project ------------------------------------------------


def _people_url(project):
    return reverse("people:people", args=["project", project.pk])


def test_nobody_is_invited_to_a_withdrawn_project(
    client, project, officer, django_capture_on_commit_callbacks, mailoutbox
):
    from accounts.models import Invitation
    from accounts.people import services as people
    from programmes.services.lifecycle import ProjectWithdrawn

    invite_url = reverse("people:invite", args=["project", project.pk])
    client.force_login(officer)
    assert invite_url in client.get(_people_url(project)).content.decode()
    waiting = people.invite(
        target=project, email="early@school.example", role=Role.CONSULTANT, actor=officer
    ).invitation
    stale = Project.objects.get(pk=project.pk)
    withdraw_project(project=project, actor=officer, reason="Added twice")
    events = Event.objects.count()

    page = client.get(_people_url(project))
    said = _text(page)
    assert invite_url not in page.content.decode()
    assert "nobody is invited to it until it is restored" in said
    # A waiting invitation may be withdrawn, not sent again.
    assert "early@school.example" in said
    assert reverse("people:invitation_withdraw", args=[waiting.pk]) in page.content.decode()
    assert reverse("people:invitation_resend", args=[waiting.pk]) not in page.content.decode()
    with pytest.raises(people.TeamChangeRefused, match="has been withdrawn"):
        people.resend_invitation(invitation=waiting, actor=officer)

    data = {"email": "new@school.example", "role": Role.CONSULTANT, "full_name": "Nia New"}
    with django_capture_on_commit_callbacks(execute=True):
        for response in (client.get(invite_url), client.post(invite_url, data)):
            assert response.status_code == 409
            assert "The project has been withdrawn: restore it first." in _text(response)
        with pytest.raises(ProjectWithdrawn):  # a page shown before, sent after
            people.invite(
                target=stale, email="new@school.example", role="consultant", actor=officer
            )
        someone = UserFactory(email="known@school.example")  # nor added at once
        with pytest.raises(ProjectWithdrawn):
            people.invite(target=stale, email=someone.email, role="consultant", actor=officer)
    assert not Invitation.objects.filter(email="new@school.example").exists()
    assert not ProjectMembership.objects.filter(project=project, user=someone).exists()
    assert Event.objects.count() == events and not mailoutbox


def _member_urls(kind, target, user):
    args = [kind, target.pk, user.pk]
    return reverse("people:change_role", args=args), reverse("people:remove", args=args)


def _withdrawn_with_a_trial(project, officer):
    """A member of the project and one of its trial (withdrawn first), then the project
    withdrawn: (trial, project's member, trial's member)."""
    from fieldtrials.models import FieldTrialMembership

    trial = FieldTrialFactory(project=project, status=FieldTrial.Status.WITHDRAWN)
    in_project, in_trial = UserFactory(full_name="Pat Project"), UserFactory(full_name="Tam Trial")
    ProjectMembershipFactory(project=project, user=in_project, role=Role.CONSULTANT)
    FieldTrialMembership.objects.create(field_trial=trial, user=in_trial, role=Role.PRACTITIONER)
    withdraw_project(project=project, actor=officer, reason="Added twice")
    return trial, in_project, in_trial


def test_nobody_s_role_is_changed_nor_anyone_removed_in_a_withdrawn_project_or_its_trial(
    client, project, officer, mailoutbox
):
    from fieldtrials.models import FieldTrialMembership

    trial, in_project, in_trial = _withdrawn_with_a_trial(project, officer)
    events = Event.objects.count()
    client.force_login(officer)
    for kind, target, user in (("project", project, in_project), ("field-trial", trial, in_trial)):
        people = client.get(reverse("people:people", args=[kind, target.pk]))
        assert people.status_code == 200
        change_url, remove_url = _member_urls(kind, target, user)
        page = people.content.decode()
        assert change_url not in page and remove_url not in page
        assert "stay as they are" in _text(people)
        for response in (
            client.get(change_url),
            client.post(change_url, {"role": Role.PARTNER}),
            client.get(remove_url),
            client.post(remove_url, {}),
        ):
            assert response.status_code == 409
            said = _text(response)
            assert "This project has been withdrawn" in said
            refused = "The project has been withdrawn: restore it first. Nothing has been changed."
            assert refused in said
            assert reverse("programmes:project_restore", args=[project.pk]) in (
                response.content.decode()
            )
    assert ProjectMembership.objects.get(project=project, user=in_project).role == Role.CONSULTANT
    assert FieldTrialMembership.objects.get(field_trial=trial, user=in_trial).role == (
        Role.PRACTITIONER
    )
    assert Event.objects.count() == events and not mailoutbox


def test_a_member_s_change_sent_after_the_project_was_withdrawn_is_refused_under_its_lock(
    client, project, officer, mailoutbox, django_capture_on_commit_callbacks, monkeypatch
):
    from accounts.people import services as people
    from fieldtrials.models import FieldTrialMembership

    trial = FieldTrialFactory(project=project, status=FieldTrial.Status.WITHDRAWN)
    in_project, in_trial = UserFactory(), UserFactory()
    ProjectMembershipFactory(project=project, user=in_project, role=Role.CONSULTANT)
    FieldTrialMembership.objects.create(field_trial=trial, user=in_trial, role=Role.PRACTITIONER)
    client.force_login(officer)
    for kind, target, user in (("project", project, in_project), ("field-trial", trial, in_trial)):
        for url in _member_urls(kind, target, user):
            assert client.get(url).status_code == 200  # the pages shown before
    stale_project = Project.objects.get(pk=project.pk)
    stale_trial = FieldTrial.objects.select_related("project").get(pk=trial.pk)
    withdraw_project(project=project, actor=officer, reason="Added twice")
    events = Event.objects.count()

    with django_capture_on_commit_callbacks(execute=True):
        for target, user in ((stale_project, in_project), (stale_trial, in_trial)):
            with pytest.raises(ProjectWithdrawn):
                people.change_role(target=target, user=user, role=Role.PARTNER, actor=officer)
            with pytest.raises(ProjectWithdrawn):
                people.remove_member(target=target, user=user, actor=officer)
        # The pages answer the service's refusal as their own (read before the withdrawal).
        monkeypatch.setattr("accounts.people.views.withdrawn_project_of", lambda target: None)
        for kind, target, user in (
            ("project", project, in_project),
            ("field-trial", trial, in_trial),
        ):
            change_url, remove_url = _member_urls(kind, target, user)
            for response in (
                client.post(change_url, {"role": Role.PARTNER}),
                client.post(remove_url, {}),
            ):
                assert response.status_code == 409
                assert "Nothing has been changed." in _text(response)
    assert ProjectMembership.objects.get(project=project, user=in_project).role == Role.CONSULTANT
    assert FieldTrialMembership.objects.get(field_trial=trial, user=in_trial).role == (
        Role.PRACTITIONER
    )
    assert Event.objects.count() == events and not mailoutbox


def test_an_invitation_to_a_project_withdrawn_since_is_refused_until_it_is_restored(
    client, project, officer
):
    from accounts.models import Invitation, User
    from accounts.people import services as people

    invitation = people.invite(
        target=project, email="early@school.example", role=Role.CONSULTANT, actor=officer
    ).invitation
    Invitation.objects.filter(pk=invitation.pk).update(token_hash=people.hash_token("t" * 20))
    withdraw_project(project=project, actor=officer, reason="Added twice")
    url = reverse("people:invitation_accept", args=["t" * 20])
    password = "reading-for-pleasure"
    data = {"full_name": "Ezra Early", "password1": password, "password2": password}
    for response in (client.get(url), client.post(url, data)):
        assert response.status_code == 200
        assert (
            "Wrongly Named Project has been withdrawn, so nobody joins it until it is restored. "
            "This invitation cannot be used until then. Ask Olive Officer if you need to know "
            "more."
        ) in _text(response)
    assert not User.objects.filter(email="early@school.example").exists()
    # It works once the project is restored.
    restore_project(project=project, actor=officer, reason="It was right")
    response = client.post(url, data)
    assert response.status_code == 302 and response["Location"] == project.get_absolute_url()
    assert client.get(project.get_absolute_url()).status_code == 200


def test_the_people_import_lists_a_row_for_a_withdrawn_project_as_a_problem(
    project, officer, django_capture_on_commit_callbacks
):
    from django.core.files.base import ContentFile

    from accounts.models import Invitation
    from directory.models import PeopleImport
    from directory.people import (
        confirm_people_import,
        preview_people_import,
        run_people_import,
    )
    from directory.tests.factories import PeopleImportFactory

    withdraw_project(project=project, actor=officer, reason="Added twice")
    data = (
        b"email,name,organisation,where,role\n"
        b"jo@example.org,Jo,,project: Wrongly Named Project,consultant\n"
        b"asha@example.org,Asha,,programme,partner\n"
    )
    item = PeopleImportFactory(
        programme=project.programme,
        requested_by=officer,
        original_name="people.csv",
        file=ContentFile(data, name="people.csv"),
    )
    assert preview_people_import(pk=item.pk) == PeopleImport.State.PREVIEWED
    item.refresh_from_db()
    said = [
        [
            2,
            "Wrongly Named Project has been withdrawn: nobody is invited to it until it is "
            "restored.",
        ]
    ]
    assert item.problems == said and item.counts["invite"] == 1
    with django_capture_on_commit_callbacks(execute=True):
        assert confirm_people_import(people_import=item, actor=officer)
        assert run_people_import(pk=item.pk) == PeopleImport.State.DONE
    item.refresh_from_db()
    assert item.problems == said
    assert list(Invitation.objects.values_list("email", flat=True)) == ["asha@example.org"]


def test_nobody_is_invited_to_a_field_trial_of_a_withdrawn_project(
    client, project, officer, django_capture_on_commit_callbacks, mailoutbox
):
    from accounts.models import Invitation
    from accounts.people import services as people
    from fieldtrials.models import FieldTrialMembership

    trial = FieldTrialFactory(project=project)
    people_url = reverse("people:people", args=["field-trial", trial.pk])
    invite_url = reverse("people:invite", args=["field-trial", trial.pk])
    client.force_login(officer)
    assert invite_url in client.get(people_url).content.decode()
    waiting = people.invite(
        target=trial, email="early@school.example", role=Role.PRACTITIONER, actor=officer
    ).invitation
    # Its trials withdrawn first (a withdrawn trial takes no invitation of its own).
    FieldTrial.objects.filter(pk=trial.pk).update(status=FieldTrial.Status.WITHDRAWN)
    stale = FieldTrial.objects.select_related("project").get(pk=trial.pk)
    withdraw_project(project=project, actor=officer, reason="Added twice")
    events = Event.objects.count()

    page = client.get(people_url)
    assert page.status_code == 200
    assert invite_url not in page.content.decode()
    assert "nobody is invited to the trial" in _text(page)
    # A waiting invitation may be withdrawn, not sent again.
    assert reverse("people:invitation_withdraw", args=[waiting.pk]) in page.content.decode()
    assert reverse("people:invitation_resend", args=[waiting.pk]) not in page.content.decode()
    with pytest.raises(people.TeamChangeRefused, match="Wrongly Named Project has been withdrawn"):
        people.resend_invitation(invitation=waiting, actor=officer)

    data = {"email": "new@school.example", "role": Role.PRACTITIONER, "full_name": "Nia New"}
    with django_capture_on_commit_callbacks(execute=True):
        for response in (client.get(invite_url), client.post(invite_url, data)):
            assert response.status_code == 409
            said = _text(response)
            assert "The project has been withdrawn: restore it first. Nothing has been added." in (
                said
            )
            assert reverse("programmes:project_restore", args=[project.pk]) in (
                response.content.decode()
            )
        with pytest.raises(ProjectWithdrawn):  # a page shown before, sent after
            people.invite(
                target=stale, email="new@school.example", role="practitioner", actor=officer
            )
        someone = UserFactory(email="known@school.example")  # nor added at once
        with pytest.raises(ProjectWithdrawn):
            people.invite(target=stale, email=someone.email, role="practitioner", actor=officer)
        # The page answers the service's refusal as its own (read before the withdrawal).
        with pytest.MonkeyPatch.context() as patch:
            patch.setattr("accounts.people.views.withdrawn_project_of", lambda target: None)
            patch.setattr("accounts.people.views.withdrawn_trial", lambda target: False)
            response = client.post(invite_url, data)
        assert response.status_code == 409
        assert "Nothing has been added." in _text(response)
    assert not Invitation.objects.filter(email="new@school.example").exists()
    assert not FieldTrialMembership.objects.filter(field_trial=trial, user=someone).exists()
    assert Event.objects.count() == events and not mailoutbox


def test_an_invitation_to_a_trial_of_a_project_withdrawn_since_is_refused(client, project, officer):
    from accounts.models import Invitation, User
    from accounts.people import services as people
    from fieldtrials.models import FieldTrialMembership

    trial = FieldTrialFactory(project=project, title="Reading Trial")
    invitation = people.invite(
        target=trial, email="early@school.example", role=Role.PRACTITIONER, actor=officer
    ).invitation
    FieldTrial.objects.filter(pk=trial.pk).update(status=FieldTrial.Status.WITHDRAWN)
    Invitation.objects.filter(pk=invitation.pk).update(token_hash=people.hash_token("t" * 20))
    withdraw_project(project=project, actor=officer, reason="Added twice")
    url = reverse("people:invitation_accept", args=["t" * 20])
    password = "reading-for-pleasure"
    response = client.post(
        url, {"full_name": "Ezra Early", "password1": password, "password2": password}
    )
    assert response.status_code == 200
    assert (
        "Wrongly Named Project, the project of the field trial Reading Trial, has been "
        "withdrawn, so nobody joins the trial until the project is restored."
    ) in _text(response)
    assert not User.objects.filter(email="early@school.example").exists()
    assert not FieldTrialMembership.objects.filter(field_trial=trial).exists()


def test_the_people_import_lists_a_row_for_a_trial_of_a_withdrawn_project_as_a_problem(
    project, officer, django_capture_on_commit_callbacks
):
    from django.core.files.base import ContentFile

    from accounts.models import Invitation
    from directory.models import PeopleImport
    from directory.people import (
        confirm_people_import,
        preview_people_import,
        run_people_import,
    )
    from directory.tests.factories import PeopleImportFactory

    FieldTrialFactory(project=project, title="Reading Trial", status=FieldTrial.Status.WITHDRAWN)
    withdraw_project(project=project, actor=officer, reason="Added twice")
    data = (
        b"email,name,organisation,where,role\n"
        b"jo@example.org,Jo,,trial: Reading Trial,practitioner\n"
        b"asha@example.org,Asha,,programme,partner\n"
    )
    item = PeopleImportFactory(
        programme=project.programme,
        requested_by=officer,
        original_name="people.csv",
        file=ContentFile(data, name="people.csv"),
    )
    assert preview_people_import(pk=item.pk) == PeopleImport.State.PREVIEWED
    item.refresh_from_db()
    said = [
        [
            2,
            "Wrongly Named Project, the project of Reading Trial, has been withdrawn: nobody is "
            "invited to its field trials until it is restored.",
        ]
    ]
    assert item.problems == said and item.counts["invite"] == 1
    with django_capture_on_commit_callbacks(execute=True):
        assert confirm_people_import(people_import=item, actor=officer)
        assert run_people_import(pk=item.pk) == PeopleImport.State.DONE
    item.refresh_from_db()
    assert item.problems == said
    assert list(Invitation.objects.values_list("email", flat=True)) == ["asha@example.org"]


def test_the_people_import_finds_the_live_trial_given_a_withdrawn_project_s_trial_s_title(
    project, officer
):
    from directory.people import Places

    FieldTrialFactory(project=project, title="Reading Trial", status=FieldTrial.Status.WITHDRAWN)
    withdraw_project(project=project, actor=officer, reason="Added twice")
    # Listed first (by its project's title), the live trial was the one a row did not mean.
    other = ProjectFactory(programme=project.programme, title="Other Project")
    live = FieldTrialFactory(project=other, title="Reading Trial")
    assert Places(project.programme).find("trial: Reading Trial") == live


def test_removing_an_officer_does_not_name_a_withdrawn_project_they_lead(client, project, officer):
    from accounts.people.services import remove_member

    lead = UserFactory(full_name="Lee Lead")
    ProgrammeMembershipFactory(programme=project.programme, user=lead, role=Role.OFFICER)
    kept = ProjectFactory(programme=project.programme, title="Kept Project", lead_officer=lead)
    Project.objects.filter(pk=project.pk).update(lead_officer=lead)
    withdraw_project(project=project, actor=officer, reason="Added twice")
    url = reverse("people:remove", args=["programme", project.programme_id, lead.pk])
    client.force_login(officer)
    response = client.post(url, {})
    assert response.status_code == 400
    said = _text(response)
    assert "Lee Lead is the lead officer of Kept Project." in said
    assert "Wrongly Named Project" not in said

    # Leading only the withdrawn project, nobody new is asked for: restored, it names no lead
    # who has left.
    Project.objects.filter(pk=kept.pk).update(lead_officer=officer)
    page = client.get(url)
    assert "Who is the new lead officer?" not in page.content.decode()
    assert "Wrongly Named Project" not in _text(page)
    remove_member(target=project.programme, user=lead, actor=officer)
    project.refresh_from_db()
    assert project.lead_officer is None


# --- What happened in a withdrawn project leaves the activity of who may not open it --------


@pytest.mark.parametrize("role", [Role.CONSULTANT, Role.PARTNER])
def test_a_withdrawn_project_s_activity_is_its_officers_alone(client, project, officer, role):
    from following.models import Follow
    from programmes.models import Objective
    from programmes.services.need import add_need_record

    reader = UserFactory()
    ProgrammeMembershipFactory(programme=project.programme, user=reader, role=role)
    ProjectMembershipFactory(project=project, user=UserFactory(), role=Role.CONSULTANT)
    trial = FieldTrialFactory(project=project, title="Gone Trial")
    add_need_record(project=project, record=Objective(text="Kingfisher places"), actor=officer)
    move_trial_status(
        trial=trial, to_status=FieldTrial.Status.WITHDRAWN, actor=officer, reason="Mistake"
    )
    Follow.objects.create(user=reader, project=project)
    Follow.objects.create(user=reader, field_trial=trial)
    pages = [
        reverse("home"),
        project.programme.get_absolute_url(),
        reverse("accounts:activity"),
        reverse("accounts:programme_activity", args=[project.programme_id]),
    ]
    client.force_login(reader)
    said = " ".join(_text(client.get(url)) for url in pages)
    assert "Kingfisher places" in said and "Gone Trial" in said

    withdraw_project(project=project, actor=officer, reason="Secret reason")
    said = " ".join(_text(client.get(url)) for url in pages)
    assert "Kingfisher places" not in said and "Gone Trial" not in said
    assert "withdrew the project" not in said and "Secret reason" not in said
    export = client.get(reverse("accounts:activity_export")).content.decode()
    assert "Kingfisher" not in export and "Secret reason" not in export

    # Its officers read all of it, on its own history as on their activity page.
    client.force_login(officer)
    history = _text(client.get(project.get_absolute_url()))
    assert "withdrew the project" in history and "Secret reason" in history
    said = _text(client.get(reverse("accounts:activity")))
    assert "Kingfisher places" in said and "withdrew the project" in said

    restore_project(project=project, actor=officer, reason="It was right")
    client.force_login(reader)
    assert "Kingfisher places" in _text(client.get(reverse("accounts:activity")))


# --- The words of a withdrawn project's page and of the withdraw page -----------------------


def test_a_withdrawn_project_s_page_prompts_no_next_step(client, project, officer):
    client.force_login(officer)
    said = _text(client.get(project.get_absolute_url()))
    assert "Next step" in said and "Where the project stands" in said
    assert "To leave Analyse need" in said

    withdraw_project(project=project, actor=officer, reason="Added twice")
    page = client.get(project.get_absolute_url())
    said = _text(page)
    assert "Withdrawn by Olive Officer on" in said
    assert reverse("programmes:project_restore", args=[project.pk]) in page.content.decode()
    for prompt in ("Next step", "To leave Analyse need", "Go to Analyse need", "Where the project"):
        assert prompt not in said


def test_the_withdraw_page_says_only_the_officers_see_the_reason(client, project, officer):
    client.force_login(officer)
    said = _text(client.get(_withdraw_url(project)))
    assert "The programme's officers will see your reason, your name and the date." in said
    assert "Everyone who reads it" not in said


def test_a_closed_project_is_not_withdrawn(client, project, officer):
    from django.utils import timezone

    Project.objects.filter(pk=project.pk).update(
        stage="system_learning", closed_on=timezone.localdate(), closed_note="Done"
    )
    project.refresh_from_db()
    client.force_login(officer)
    page = client.get(project.get_absolute_url()).content.decode()
    assert _withdraw_url(project) not in page
    said = "A closed project cannot be withdrawn: reopen it first."
    response = client.get(_withdraw_url(project))
    assert response.status_code == 200
    assert said in _text(response) and 'name="reason"' not in response.content.decode()
    response = client.post(_withdraw_url(project), {"reason": "Added twice"})
    assert response.status_code == 409 and said in _text(response)
    with pytest.raises(ValidationError) as refused:  # a page shown before it closed
        withdraw_project(project=project, actor=officer, reason="Added twice")
    assert refused.value.message_dict["reason"] == [said]
    project.refresh_from_db()
    assert not project.is_withdrawn
    assert not Event.objects.filter(verb="programmes.project_withdrawn").exists()


def test_a_withdrawn_project_s_threads_stay_open_to_its_officers_only(
    client, project, officer, member
):
    from discussions.tests.factories import PostFactory, ThreadFactory

    thread = ThreadFactory(field_trial=None, project=project, title="Before it was withdrawn")
    PostFactory(thread=thread, body="Our plan")
    withdraw_project(project=project, actor=officer, reason="Added twice")
    # Its officers open it, as they open the project's page (it answered them 404).
    client.force_login(officer)
    assert client.get(thread.get_absolute_url()).status_code == 200
    listed = reverse("discussions:thread_list_for", args=["projects", project.pk])
    assert "Before it was withdrawn" in _text(client.get(listed))
    client.force_login(member)
    assert client.get(thread.get_absolute_url()).status_code == 404


def test_who_opens_a_withdrawn_project_and_who_finds_it_closed_are_one_rule(project, officer):
    """openable_projects (programmes.view_project as a filter) opens, of the withdrawn
    projects, exactly those withdrawn_closed_to does not close."""
    from programmes.rules import openable_projects, withdrawn_closed_to

    other = ProjectFactory(programme=project.programme, title="Also Withdrawn")
    elsewhere = ProjectFactory(title="Another Programme's Project")
    project_officer = UserFactory()
    ProjectMembershipFactory(project=other, user=project_officer, role=Role.OFFICER)
    consultant = UserFactory()
    ProgrammeMembershipFactory(programme=project.programme, user=consultant, role=Role.CONSULTANT)
    admin = UserFactory(is_staff=True, is_superuser=True)
    for withdrawn in (project, other):
        withdraw_project(project=withdrawn, actor=officer, reason="Added twice")
    everyone = list(Project.objects.filter(pk__in=[project.pk, other.pk, elsewhere.pk]))
    for user in (officer, project_officer, consultant, admin, UserFactory()):
        opened = set(openable_projects(user))
        closed = set(withdrawn_closed_to(user))
        assert opened == {p for p in everyone if user.has_perm("programmes.view_project", p)}
        assert opened & closed == set()
        assert closed | {p for p in opened if p.is_withdrawn} == set(Project.objects.withdrawn())
    assert {p.title for p in openable_projects(project_officer)} == {"Also Withdrawn"}
    assert set(withdrawn_closed_to(consultant)) == {project, other}


# --- A withdrawn project's title is free for another; it is not restored while taken -------


def _create(client, programme, title):
    return client.post(
        reverse("programmes:project_create", args=[programme.pk]),
        {"title": title, "start_date": "3/4/2006", "planned_duration_months": "18"},
    )


def _said(response):
    return html.unescape(_text(response))


def _restore_url(project):
    return reverse("programmes:project_restore", args=[project.pk])


def test_a_withdrawn_project_s_title_may_be_given_to_a_new_project(client, project, officer):
    client.force_login(officer)
    taken = _create(client, project.programme, "wrongly named project")
    assert taken.status_code == 400
    assert "This programme already has a project with that title" in _text(taken)

    withdraw_project(project=project, actor=officer, reason="Added to the wrong programme")
    response = _create(client, project.programme, "Wrongly Named Project")
    assert response.status_code == 302
    again = Project.objects.current().get(programme=project.programme)
    assert again.title == "Wrongly Named Project" and again.pk != project.pk
    # Among the projects not withdrawn, it is still one project's.
    assert _create(client, project.programme, "Wrongly Named Project").status_code == 400


def test_a_withdrawn_project_is_not_restored_while_another_has_its_title(client, project, officer):
    withdraw_project(project=project, actor=officer, reason="Added twice")
    holder = _create_project(project, officer, "Wrongly Named Project")
    said = (
        "A project called Wrongly Named Project was added after this one was withdrawn. "
        "Change that project's title first."
    )
    client.force_login(officer)
    page = client.get(_restore_url(project))
    assert page.status_code == 200
    assert said in _said(page) and "This project cannot be restored yet" in _said(page)
    assert 'name="reason"' not in page.text and holder.get_absolute_url() in page.text
    response = client.post(_restore_url(project), {"reason": "It was right"})
    assert response.status_code == 409 and said in _said(response)
    with pytest.raises(ProjectTitleTaken) as refused:
        restore_project(project=project, actor=officer, reason="It was right")
    assert str(refused.value) == said
    project.refresh_from_db()
    assert project.is_withdrawn
    assert not Event.objects.filter(verb="programmes.project_restored").exists()

    # Its title changed, the one added since leaves it free: restored.
    Project.objects.filter(pk=holder.pk).update(title="Rightly Named Project")
    assert client.get(_restore_url(project)).status_code == 200
    response = client.post(_restore_url(project), {"reason": "It was right"})
    assert response.status_code == 302
    project.refresh_from_db()
    assert not project.is_withdrawn


def test_a_title_taken_as_it_is_restored_is_refused_by_the_constraint_not_a_server_error(
    client, project, officer, monkeypatch
):
    """The other project added between the question and the save: the unique constraint
    refuses the save (IntegrityError), and the page says why (409), nothing changed."""
    from programmes.services import lifecycle

    withdraw_project(project=project, actor=officer, reason="Added twice")
    _create_project(project, officer, "Wrongly Named Project")
    monkeypatch.setattr(lifecycle, "title_holder", lambda *args, **kwargs: None)
    client.force_login(officer)
    response = client.post(_restore_url(project), {"reason": "It was right"})
    assert response.status_code == 409
    assert "A project called Wrongly Named Project was added after this one" in _text(response)
    project.refresh_from_db()
    assert project.is_withdrawn
    assert not Event.objects.filter(verb="programmes.project_restored").exists()


def test_a_title_given_as_a_project_is_added_is_said_not_a_server_error(
    client, project, officer, monkeypatch
):
    """Another project given the title between the form's question and the save."""
    from programmes.forms.lifecycle import ProjectForm

    monkeypatch.setattr(ProjectForm, "clean_title", lambda form: form.cleaned_data["title"])
    client.force_login(officer)
    response = _create(client, project.programme, "Wrongly Named Project")
    assert response.status_code == 400
    assert "This programme already has a project with that title" in _text(response)
    assert Project.objects.filter(programme=project.programme).count() == 1


def _create_project(project, officer, title):
    return create_project(
        programme=project.programme, actor=officer, title=title, start_date=date(2006, 4, 3)
    )


def test_the_people_import_finds_the_project_given_a_withdrawn_one_s_title(project, officer):
    from django.core.files.base import ContentFile

    from directory.models import PeopleImport
    from directory.people import preview_people_import
    from directory.tests.factories import PeopleImportFactory

    withdraw_project(project=project, actor=officer, reason="Added twice")
    create_project(  # listed before it, by its start
        programme=project.programme,
        actor=officer,
        title="Wrongly Named Project",
        start_date=date(2006, 2, 1),
    )
    data = (
        b"email,name,organisation,where,role\n"
        b"jo@example.org,Jo,,project: Wrongly Named Project,consultant\n"
    )
    item = PeopleImportFactory(
        programme=project.programme,
        requested_by=officer,
        original_name="people.csv",
        file=ContentFile(data, name="people.csv"),
    )
    assert preview_people_import(pk=item.pk) == PeopleImport.State.PREVIEWED
    item.refresh_from_db()
    assert item.problems == [] and item.counts["invite"] == 1


# --- A withdrawn project is not restored where its programme's end would not hold it --------


def test_a_withdrawn_project_is_not_restored_in_a_programme_that_has_ended(
    client, project, officer
):
    """As a closed project is not reopened there (programme_end_problem): its restore page
    says why and the way out, with no form; a post is refused (409) and nothing changes.
    Once the programme's end date is moved, it is restored."""
    withdraw_project(project=project, actor=officer, reason="Added twice")
    today = timezone.localdate()
    programme = project.programme
    programme.end_date = today - timedelta(days=1)
    programme.save()
    said = (
        f"{programme.name} ended on {long_date(today - timedelta(days=1))}, and a project is "
        f"not restored in a programme that has ended. Move the programme's end date to "
        f"{long_date(today)} or later first, then restore the project."
    )
    client.force_login(officer)
    page = client.get(_restore_url(project))
    assert page.status_code == 200
    assert said in _said(page) and "This project cannot be restored yet" in _said(page)
    assert 'name="reason"' not in page.text
    change = reverse("records:edit", args=["programmes", "programme", programme.pk])
    assert f'href="{change}">Change the programme’s end date</a>' in page.text
    response = client.post(_restore_url(project), {"reason": "It was right"})
    assert response.status_code == 409 and said in _said(response)
    # Decided again where it is restored, under the programme's lock.
    with pytest.raises(ProgrammeEndRefused) as refused:
        restore_project(project=project, actor=officer, reason="It was right")
    assert str(refused.value) == said
    project.refresh_from_db()
    assert project.is_withdrawn and project.withdrawn_reason == "Added twice"
    assert not Event.objects.filter(verb="programmes.project_restored").exists()

    # The programme's end moved to today: restored.
    programme.end_date = today
    programme.save()
    page = client.get(_restore_url(project))
    assert page.status_code == 200 and "Change the programme’s end date" not in page.text
    response = client.post(_restore_url(project), {"reason": "It was right"})
    assert response.status_code == 302
    project.refresh_from_db()
    assert not project.is_withdrawn


def test_a_withdrawn_project_planned_past_its_programmes_end_is_not_restored(
    client, project, officer
):
    today = timezone.localdate()
    Project.objects.filter(pk=project.pk).update(
        start_date=today - timedelta(days=300), planned_duration_months=24
    )
    project.refresh_from_db()
    withdraw_project(project=project, actor=officer, reason="Added twice")
    programme = project.programme
    programme.end_date = today + timedelta(days=100)
    programme.save()
    planned = long_date(project.planned_end)
    said = (
        f"The project is planned to run until {planned}, after {programme.name} ends on "
        f"{long_date(programme.end_date)}. Move the programme's end date to {planned} or later "
        "first, then restore the project."
    )
    client.force_login(officer)
    assert said in _said(client.get(_restore_url(project)))
    response = client.post(_restore_url(project), {"reason": "It was right"})
    assert response.status_code == 409 and said in _said(response)
    assert Project.objects.get(pk=project.pk).is_withdrawn
    # The programme's end moved to the project's planned end: restored.
    programme.end_date = project.planned_end
    programme.save()
    assert client.post(_restore_url(project), {"reason": "It was right"}).status_code == 302
    assert not Project.objects.get(pk=project.pk).is_withdrawn
