"""A closed project is read only until it is reopened, apart from its Phase 3 learning:
nothing is added to it (its Phase 1 records, workshops, options), nothing of it changes (its
narrative, details, records, options' screening and decisions: selecting an option would
start a trial in a project that closed with none under way). Each page says when it closed
and to reopen it, with Reopen for who may (409), and its pages offer no Add or Change."""

import datetime
import re

import pytest
from django.urls import reverse
from django.utils import timezone

from accounts.models import Event, Role
from accounts.tests.factories import UserFactory
from fieldtrials.models import FieldTrial
from nextpractice.words import long_date
from programmes.models import CreativeOption, ProblemStatement, Project, ProjectMembership, Stage
from programmes.services import close_project, reopen_project
from programmes.services.lifecycle import ProjectClosed
from programmes.services.options import decide_option
from programmes.tests.factories import ProgrammeMembershipFactory, ProjectFactory
from programmes.tests.factories_options import AssessmentFactory, OptionFactory

pytestmark = pytest.mark.django_db


def _text(response):
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", response.content.decode()))


@pytest.fixture
def officer():
    return UserFactory(full_name="Olive Officer")


@pytest.fixture
def project(officer):
    project = ProjectFactory(
        title="System Leadership",
        narrative="As it was",
        stage=Stage.SYSTEM_LEARNING,
        stage_entered_at=timezone.now() - datetime.timedelta(days=60),
        created_at=timezone.now() - datetime.timedelta(days=400),
    )
    ProgrammeMembershipFactory(programme=project.programme, user=officer, role=Role.OFFICER)
    return project


def _close(project, officer):
    today = timezone.localdate()
    close_project(project=project, actor=officer, closed_on=today, note="Handed to NCSL")
    return f"This project was closed on {long_date(today)}: reopen it to change its records."


def _reopen(project, officer):
    reopen_project(project=Project.objects.get(pk=project.pk), actor=officer, reason="More")


# (url name, data): the pages adding to a project.
ADDING = [
    ("problem_create", {"kind": "problem", "text": "Too few heads"}),
    ("objective_create", {"text": "More heads"}),
    ("innovator_create", {"person_name": "Ada", "why": "She did it"}),
    ("workshop_create", {"title": "Futures day", "held_on": "1/1/2007", "kind": "creative"}),
    ("option_create", {"title": "Tester option after close", "description": "New"}),
]


def _added(project):
    project = Project.objects.get(pk=project.pk)
    return (
        project.problems.count(),
        project.objectives.count(),
        project.innovators.count(),
        project.workshops.count(),
        CreativeOption.objects.filter(project=project).count(),
    )


def test_nothing_is_added_to_a_closed_project_and_its_officer_is_told_to_reopen_it(
    client, project, officer
):
    said = _close(project, officer)
    client.force_login(officer)
    before, events = _added(project), Event.objects.count()
    for name, data in ADDING:
        url = reverse(f"programmes:{name}", args=[project.pk])
        for response in (client.get(url), client.post(url, data)):
            assert response.status_code == 409, name
            text = _text(response)
            assert "This project is closed" in text
            assert f"{said} Nothing has been added." in text
            assert reverse("programmes:project_reopen", args=[project.pk]) in response.text
    assert _added(project) == before
    assert Event.objects.count() == events

    # Reopened, the same post adds the option, as before it closed.
    _reopen(project, officer)
    url = reverse("programmes:option_create", args=[project.pk])
    assert client.post(url, dict(ADDING)["option_create"]).status_code == 302
    assert CreativeOption.objects.filter(title="Tester option after close").exists()


def test_a_closed_project_s_records_and_narrative_are_not_changed(client, project, officer):
    problem = ProblemStatement.objects.create(project=project, text="Old", created_by=officer)
    option = OptionFactory(project=project, created_by=officer)
    _close(project, officer)
    client.force_login(officer)
    pages = [
        (reverse("programmes:narrative_edit", args=[project.pk]), {"narrative": "New"}),
        (
            reverse("records:edit", args=["programmes", "problem-statement", problem.pk]),
            {"kind": "problem", "text": "Changed", "version": problem.version},
        ),
        (
            reverse("records:edit", args=["programmes", "project", project.pk]),
            {"title": "Renamed", "version": project.version},
        ),
        (reverse("records:withdraw", args=["programmes", "option", option.pk]), {"reason": "x"}),
        (reverse("programmes:assessment_edit", args=[option.pk]), {}),
        (
            reverse("programmes:option_decide", args=[option.pk]),
            {"decision": "selected", "reason": "Great"},
        ),
    ]
    events = Event.objects.count()
    for url, data in pages:
        response = client.post(url, data)
        assert response.status_code == 409, url
        assert "reopen it to change its records. Nothing has been changed." in _text(response)
    assert Event.objects.count() == events
    project.refresh_from_db()
    problem.refresh_from_db()
    option.refresh_from_db()
    assert (project.narrative, project.title, problem.text) == ("As it was", project.title, "Old")
    assert option.status == "proposed" and not option.is_withdrawn


def test_selecting_an_option_of_a_closed_project_starts_no_trial_until_it_reopens(project, officer):
    option = OptionFactory(project=project, created_by=officer)
    AssessmentFactory(option=option)
    stale = CreativeOption.objects.get(pk=option.pk)  # as a page read it before the close
    _close(project, officer)
    with pytest.raises(ProjectClosed, match="reopen it to change its records"):
        decide_option(option=stale, decision="selected", reason="Great", actor=officer)
    assert not FieldTrial.objects.exists()
    assert CreativeOption.objects.get(pk=option.pk).status == "proposed"

    _reopen(project, officer)
    decision = decide_option(option=stale, decision="selected", reason="Great", actor=officer)
    assert decision.trial_created and FieldTrial.objects.get().status == "selected"


def test_a_closed_project_s_pages_offer_no_add_or_change(client, project, officer):
    problem = ProblemStatement.objects.create(project=project, text="Old", created_by=officer)
    option = OptionFactory(project=project, created_by=officer)
    AssessmentFactory(option=option)
    client.force_login(officer)
    phase1 = reverse("programmes:project_phase1", args=[project.pk])
    edit = reverse("records:edit", args=["programmes", "problem-statement", problem.pk])
    assert "Edit the narrative" in client.get(phase1).text and edit in client.get(phase1).text
    assert "Record a decision" in client.get(option.get_absolute_url()).text

    _close(project, officer)
    page = client.get(phase1).text
    assert "Edit the narrative" not in page and edit not in page
    page = _text(client.get(option.get_absolute_url()))
    assert "Record a decision" not in page and "Assess this option" not in page


def test_who_may_not_reopen_is_told_it_is_closed_without_the_button(client, project, officer):
    consultant = UserFactory()
    ProjectMembership.objects.create(project=project, user=consultant, role=Role.CONSULTANT)
    option = OptionFactory(project=project, created_by=officer)
    said = _close(project, officer)
    client.force_login(consultant)
    response = client.post(reverse("programmes:assessment_edit", args=[option.pk]), {})
    assert response.status_code == 409
    assert said in _text(response)
    assert reverse("programmes:project_reopen", args=[project.pk]) not in response.text


def test_a_closed_project_s_page_offers_no_change_of_its_details_but_reopening(
    client, project, officer
):
    client.force_login(officer)
    page = reverse("programmes:project_detail", args=[project.pk])
    details = reverse("records:edit", args=["programmes", "project", project.pk])
    assert "Change the project's details" in _text(client.get(page))
    assert client.get(details).status_code == 200

    _close(project, officer)
    shown = client.get(page)
    assert details not in shown.text and "Change the project's details" not in _text(shown)
    assert reverse("programmes:project_reopen", args=[project.pk]) in shown.text
    assert client.get(details).status_code == 409  # what the link led to
