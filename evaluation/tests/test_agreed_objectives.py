"""One objective from need to evidence: an objective agreed in a project's Analyse need is the
objective its evaluation records progress against, on the evaluation page and in the PDF."""

import datetime
import importlib

import pytest
from django.apps import apps
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone
from django.utils.html import escape

from accounts.models import Role
from accounts.tests.factories import UserFactory
from evaluation import reporting
from evaluation.models import Objective, ProgressEntry
from evaluation.services import record_progress
from nextpractice.testing.demo import load_demo
from programmes.models import Objective as NeedObjective
from programmes.tests.factories import ProgrammeMembershipFactory, ProjectFactory
from reports.parts import Period

pytestmark = pytest.mark.django_db

AIM = "Leadership that reaches beyond one school"


@pytest.fixture
def officer():
    return UserFactory(full_name="Olive Officer")


@pytest.fixture
def project(officer):
    project = ProjectFactory(title="System Leadership")
    ProgrammeMembershipFactory(programme=project.programme, user=officer, role=Role.OFFICER)
    return project


@pytest.fixture
def need(project):
    return NeedObjective.objects.create(project=project, text=AIM)


def agree(client, need, status="agreed"):
    response = client.post(
        reverse("programmes:objective_status", args=[need.pk]), {"status": status}
    )
    assert response.status_code == 302


def evaluation_page(client, project):
    response = client.get(reverse("evaluation:project_evaluation", args=[project.pk]))
    assert response.status_code == 200
    return response.content.decode()


def report_html(project):
    sections = reporting.part(project, Period.month_to(timezone.localdate()))
    return "".join(render_to_string(s["template"], s["context"]) for s in sections)


def test_an_objective_agreed_in_analyse_need_is_the_one_its_evaluation_records_against(
    client, officer, project, need
):
    client.force_login(officer)
    assert "No objectives recorded yet" in evaluation_page(client, project)

    agree(client, need)

    objective = Objective.objects.get(need_objective=need)
    assert objective.project == project and objective.wording == AIM
    page = evaluation_page(client, project)
    assert AIM in page and "No objectives recorded yet" not in page
    # Progress is recorded against it from the evaluation page's own link.
    add_progress = reverse("evaluation:record_create", args=["objective", objective.pk, "progress"])
    assert add_progress in page
    response = client.post(
        add_progress,
        {"recorded_on": "1/3/2008", "status": "on_track", "what": "Two heads now lead a cluster"},
    )
    assert response.status_code == 302
    assert "Two heads now lead a cluster" in evaluation_page(client, project)


def add_objective(client, project, text, status):
    response = client.post(
        reverse("programmes:objective_create", args=[project.pk]), {"text": text, "status": status}
    )
    assert response.status_code == 302
    return NeedObjective.objects.get(project=project, text=text)


def test_an_objective_added_as_agreed_is_the_one_its_evaluation_records_against(
    client, officer, project
):
    """A tester added an objective as "Agreed" at once: the Analyse need gate counted it, and
    the project's evaluation said "No objectives recorded yet"."""
    client.force_login(officer)

    need = add_objective(client, project, AIM, "agreed")

    objective = Objective.objects.get(need_objective=need)
    page = evaluation_page(client, project)
    assert AIM in page and "No objectives recorded yet" not in page
    add_progress = reverse("evaluation:record_create", args=["objective", objective.pk, "progress"])
    assert add_progress in page
    # Agreeing it again, or returning it to draft and agreeing it, keeps one objective.
    agree(client, need)
    agree(client, need, "draft")
    agree(client, need)
    assert Objective.objects.filter(project=project).count() == 1
    # Its wording corrected where it was agreed is the evaluation's, still one objective.
    response = client.post(
        reverse("records:edit", args=["programmes", "objective", need.pk]),
        {"text": "Leadership across a whole town", "version": need.version},
    )
    assert response.status_code == 302
    page = evaluation_page(client, project)
    assert "Leadership across a whole town" in page and escape(AIM) not in page
    assert Objective.objects.filter(project=project).count() == 1


def test_an_objective_added_as_a_draft_is_not_evaluated_until_agreed(client, officer, project):
    client.force_login(officer)
    need = add_objective(client, project, AIM, "draft")
    assert not Objective.objects.exists()
    assert "No objectives recorded yet" in evaluation_page(client, project)
    agree(client, need)
    assert Objective.objects.get().need_objective == need
    assert AIM in evaluation_page(client, project)


def test_agreeing_again_after_returning_to_draft_keeps_one_objective_and_its_progress(
    client, officer, project, need
):
    client.force_login(officer)
    agree(client, need)
    objective = Objective.objects.get(need_objective=need)
    record_progress(
        objective=objective,
        recorded_on=datetime.date(2008, 3, 1),
        what="A first cluster met",
        status=ProgressEntry.Status.ON_TRACK,
        actor=officer,
    )

    agree(client, need, "draft")
    page = evaluation_page(client, project)
    assert AIM not in page  # a draft is not evaluated

    agree(client, need)
    assert Objective.objects.filter(project=project).count() == 1
    page = evaluation_page(client, project)
    assert AIM in page and "A first cluster met" in page


def test_its_wording_is_the_need_objectives_wherever_it_is_corrected(
    client, officer, project, need
):
    client.force_login(officer)
    agree(client, need)
    NeedObjective.objects.filter(pk=need.pk).update(text="Leadership across a whole town")

    assert "Leadership across a whole town" in evaluation_page(client, project)
    html = report_html(project)
    assert "Leadership across a whole town" in html and AIM not in html


def test_a_withdrawn_need_objective_is_no_longer_evaluated(client, officer, project, need):
    client.force_login(officer)
    agree(client, need)
    NeedObjective.objects.filter(pk=need.pk).update(withdrawn_at=timezone.now())
    assert AIM not in evaluation_page(client, project)
    assert AIM not in report_html(project)


def test_the_projects_report_shows_its_agreed_objectives_with_their_progress(
    officer, project, need
):
    from programmes.services.need import set_objective_status

    set_objective_status(objective=need, status=NeedObjective.Status.AGREED, actor=officer)
    record_progress(
        objective=need.evaluation_objective,
        recorded_on=datetime.date(2008, 5, 1),
        what="Three schools share one head",
        status=ProgressEntry.Status.AT_RISK,
        actor=officer,
    )
    html = report_html(project)
    assert AIM in html
    assert "Three schools share one head" in html
    assert "At risk" in html


def test_the_migration_links_objectives_already_agreed(officer, project):
    agreed = NeedObjective.objects.create(project=project, text=AIM, status="agreed")
    NeedObjective.objects.create(project=project, text="Still a draft")
    migration = importlib.import_module("evaluation.migrations.0002_objective_agreed_in_need")

    migration.link_agreed_objectives(apps, None)
    migration.link_agreed_objectives(apps, None)  # running it again adds nothing

    objective = Objective.objects.get(project=project)
    assert objective.need_objective == agreed and objective.text == AIM


def test_system_leaderships_evaluation_page_shows_its_three_agreed_objectives(client):

    from accounts.models import User
    from programmes.models import Project

    load_demo()
    project = Project.objects.get(title="System Leadership")
    agreed = list(project.objectives.filter(status="agreed"))
    assert len(agreed) == 3
    client.force_login(User.objects.get(email="officer@example.org"))
    page = evaluation_page(client, project)
    assert "No objectives recorded yet" not in page
    for need in agreed:
        assert need.evaluation_objective.wording == need.text
        assert escape(need.text) in page


def test_its_evaluation_edit_page_changes_its_number_not_its_wording(
    client, officer, project, need
):
    client.force_login(officer)
    agree(client, need)
    objective = Objective.objects.get(need_objective=need)
    url = reverse("records:edit", args=["evaluation", "objective", objective.pk])
    page = client.get(url).content.decode()
    assert 'name="number"' in page and 'name="text"' not in page
    assert reverse("records:edit", args=["programmes", "objective", need.pk]) in (
        evaluation_page(client, project)
    )  # the wording is changed where it was agreed
    assert client.post(url, {"number": "2", "version": objective.version}).status_code == 302
    objective.refresh_from_db()
    assert objective.number == 2 and objective.wording == AIM


def test_the_projects_pdf_shows_its_agreed_objective_and_its_progress(officer, project):
    from programmes.services.need import set_objective_status
    from reports.building import render_pdf, report_html
    from reports.tests.helpers import pdf_text

    need = NeedObjective.objects.create(project=project, text="Shared headship")
    set_objective_status(objective=need, status=NeedObjective.Status.AGREED, actor=officer)
    record_progress(
        objective=need.evaluation_objective,
        recorded_on=datetime.date(2008, 5, 1),
        what="Cluster formed",
        status=ProgressEntry.Status.ON_TRACK,
        actor=officer,
    )
    text = pdf_text(render_pdf(report_html(project, officer)))
    assert "Shared headship" in text and "Cluster formed" in text
    assert "No objectives recorded" not in text


def test_an_objective_with_progress_is_withdrawn_never_erased_even_by_its_author(
    client, officer, project
):
    client.force_login(officer)
    mine = NeedObjective.objects.create(project=project, text=AIM, created_by=officer)
    agree(client, mine)
    record_progress(
        objective=Objective.objects.get(need_objective=mine),
        recorded_on=datetime.date(2008, 3, 1),
        what="A first cluster met",
        status=ProgressEntry.Status.ON_TRACK,
        actor=officer,
    )
    delete = reverse(
        "records:delete", kwargs={"app": "programmes", "kind": "objective", "pk": mine.pk}
    )
    response = client.post(delete)
    assert response.status_code == 409
    assert "Progress has been recorded against this objective" in response.text
    assert ProgressEntry.objects.filter(what="A first cluster met").exists()
