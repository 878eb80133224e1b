"""Nothing is added to the evaluation of a withdrawn project nor of its trials: its officers
are told it is withdrawn (409, with the way to restore it), as on its Phase 1 pages, and so
is a page sent after it was withdrawn, decided under the project's lock; whoever may not
open the project finds nothing there (404)."""

import datetime
import re

import pytest
from django.urls import reverse

from accounts.models import Event, Role
from accounts.tests.factories import OrganisationFactory, UserFactory
from evaluation.models import (
    EvaluationPlan,
    EvaluationQuestion,
    Indicator,
    Lesson,
    Measurement,
    Objective,
    PartnerContribution,
    ProgressEntry,
    TakeUp,
)
from evaluation.services import (
    add_plan_question,
    enter_measurement,
    mark_taken_up,
    record_contribution,
    record_progress,
)
from evaluation.tests.factories import (
    CaseStudyFactory,
    EvaluationQuestionFactory,
    IndicatorFactory,
    LessonFactory,
    MeasurementFactory,
    ObjectiveFactory,
    ProgressEntryFactory,
)
from fieldtrials.models import FieldTrial
from fieldtrials.tests.factories import FieldTrialFactory
from programmes.models import Project
from programmes.services import withdraw_project
from programmes.services.lifecycle import ProjectWithdrawn
from programmes.tests.factories import ProgrammeMembershipFactory, ProjectMembershipFactory

pytestmark = pytest.mark.django_db

REFUSED = "The project has been withdrawn: restore it first."


@pytest.fixture
def trial():
    return FieldTrialFactory(title="Heron Trial", status=FieldTrial.Status.WITHDRAWN)


@pytest.fixture
def officer(trial):
    user = UserFactory()
    ProgrammeMembershipFactory(programme=trial.project.programme, user=user, role=Role.OFFICER)
    return user


@pytest.fixture
def records(trial):
    project = trial.project
    return {
        "objective": ObjectiveFactory(programme=None, project=project),
        "indicator": IndicatorFactory(field_trial=trial),
        "lesson": LessonFactory(programme=None, project=project),
    }


def _text(response):
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", response.content.decode()))


def _adding_urls(trial, records):
    project = trial.project
    adds = [
        ("project", project.pk, "objective"),
        ("project", project.pk, "lesson"),
        ("project", project.pk, "case-study"),
        ("project", project.pk, "contribution"),
        ("project", project.pk, "highlight"),
        ("objective", records["objective"].pk, "progress"),
        ("lesson", records["lesson"].pk, "take-up"),
        ("field-trial", trial.pk, "objective"),
        ("field-trial", trial.pk, "indicator"),
        ("field-trial", trial.pk, "plan"),
        ("field-trial", trial.pk, "question"),
        ("field-trial", trial.pk, "lesson"),
        ("indicator", records["indicator"].pk, "measurement"),
    ]
    return [reverse("evaluation:record_create", args=args) for args in adds]


def _counts():
    models = (
        Objective,
        ProgressEntry,
        Lesson,
        TakeUp,
        PartnerContribution,
        Indicator,
        Measurement,
        EvaluationPlan,
        EvaluationQuestion,
    )
    return [model.objects.count() for model in models] + [Event.objects.count()]


def test_adding_under_a_withdrawn_project_is_refused_saying_so(client, trial, officer, records):
    urls = _adding_urls(trial, records)
    client.force_login(officer)
    assert [client.get(url).status_code for url in urls] == [200] * len(urls)

    withdraw_project(project=trial.project, actor=officer, reason="Added twice")
    before = _counts()
    restore = reverse("programmes:project_restore", args=[trial.project.pk])
    for url in urls:
        for response in (client.get(url), client.post(url, {"text": "More places"})):
            assert response.status_code == 409, url
            said = _text(response)
            assert "This project has been withdrawn" in said and REFUSED in said, url
            assert restore in response.content.decode(), url
    assert _counts() == before


def test_a_withdrawn_project_s_evaluation_is_read_by_its_officers_with_nothing_to_add(
    client, trial, officer, records
):
    project = trial.project
    page_url = reverse("evaluation:project_evaluation", args=[project.pk])
    project_adds = [url for url in _adding_urls(trial, records) if "/project/" in url]
    client.force_login(officer)
    page = client.get(page_url).content.decode()
    assert [url for url in project_adds if url in page] != []

    withdraw_project(project=project, actor=officer, reason="Added twice")
    response = client.get(page_url)
    assert response.status_code == 200
    assert records["lesson"].title in _text(response)
    page = response.content.decode()
    assert [url for url in _adding_urls(trial, records) if url in page] == []
    assert "/change/" not in page and "/edit/" not in page
    # The project's pages' tabs lead to it, and to its Reports page, which open too.
    tabs = client.get(project.get_absolute_url()).content.decode()
    reports = reverse("reports:subject_reports", args=["project", project.pk])
    assert page_url in tabs and reports in tabs
    assert client.get(reports).status_code == 200
    consultant = UserFactory()
    ProgrammeMembershipFactory(programme=project.programme, user=consultant, role=Role.CONSULTANT)
    client.force_login(consultant)  # who may not open the project finds nothing there
    assert client.get(page_url).status_code == 404
    assert client.get(reports).status_code == 404


def test_a_withdrawn_project_s_trial_s_evaluation_offers_nothing_to_add_or_change(
    client, trial, officer, records
):
    """As its project's page (read-only): its Add, Enter and Change links led to pages
    that refuse (409). Its downloads still answer."""
    page_url = reverse("evaluation:field_trial_evaluation", args=[trial.pk])
    trial_objective = ObjectiveFactory(programme=None, field_trial=trial)
    ProgressEntryFactory(objective=trial_objective)
    MeasurementFactory(indicator=records["indicator"])
    EvaluationQuestionFactory(plan__field_trial=trial)
    LessonFactory(programme=None, field_trial=trial, title="Heron lesson")
    CaseStudyFactory(programme=None, field_trial=trial, title="Heron case study")
    trial_adds = [url for url in _adding_urls(trial, records) if "/field-trial/" in url]
    client.force_login(officer)
    page = client.get(page_url).content.decode()
    assert [url for url in trial_adds if url in page] == trial_adds  # a live project's
    assert "/edit/" in page

    withdraw_project(project=trial.project, actor=officer, reason="Added twice")
    response = client.get(page_url)
    assert response.status_code == 200
    said = _text(response)
    assert "Heron lesson" in said and "Heron case study" in said
    page = response.content.decode()
    assert [url for url in _adding_urls(trial, records) if url in page] == []
    assert '/new/"' not in page  # nor any other (progress, a measurement, a take-up)
    assert "/edit/" not in page and "/change/" not in page
    downloads = re.findall(r'href="(/records/evaluation/[^"]+/export\.\w+)"', page)
    assert downloads
    assert {url: client.get(url).status_code for url in downloads} == dict.fromkeys(downloads, 200)


def test_who_may_not_open_a_withdrawn_project_finds_nothing_to_add_to(
    client, trial, officer, records
):
    project = trial.project
    partner = UserFactory(organisation=OrganisationFactory())
    ProjectMembershipFactory(project=project, user=partner, role=Role.PARTNER)
    consultant = UserFactory()
    ProgrammeMembershipFactory(programme=project.programme, user=consultant, role=Role.CONSULTANT)
    contribution = reverse("evaluation:record_create", args=["project", project.pk, "contribution"])
    client.force_login(partner)
    assert client.get(contribution).status_code == 200

    withdraw_project(project=project, actor=officer, reason="Added twice")
    for user in (partner, consultant):
        client.force_login(user)
        for url in _adding_urls(trial, records):
            assert client.get(url).status_code == 404, url


def test_the_services_refuse_adding_under_the_project_s_lock(trial, officer, records):
    """A page shown before the project was withdrawn, sent after: the service decides."""
    stale = Project.objects.get(pk=trial.project.pk)  # as the page read it
    objective = Objective.objects.get(pk=records["objective"].pk)
    indicator = Indicator.objects.get(pk=records["indicator"].pk)
    lesson = Lesson.objects.get(pk=records["lesson"].pk)
    trial = FieldTrial.objects.get(pk=trial.pk)
    withdraw_project(project=stale, actor=officer, reason="Added twice")
    before = _counts()
    day = datetime.date(2007, 3, 1)
    refusals = [
        lambda: record_progress(
            objective=objective, recorded_on=day, what="Better", status="on_track", actor=officer
        ),
        lambda: enter_measurement(indicator=indicator, measured_on=day, value="60", actor=officer),
        lambda: mark_taken_up(
            item=lesson,
            organisation=OrganisationFactory(),
            taken_up_on=day,
            how="Used",
            actor=officer,
        ),  # fmt: skip
        lambda: record_contribution(
            subject=stale, organisation=OrganisationFactory(), what="Rooms", actor=officer
        ),
        lambda: add_plan_question(
            trial=trial,
            question="Did it work?",
            methods="Survey",
            who_collects="The lead",
            when="Each term",
            actor=officer,
        ),  # fmt: skip
    ]
    for adding in refusals:
        with pytest.raises(ProjectWithdrawn) as refused:
            adding()
        assert str(refused.value) == REFUSED
    assert _counts() == before


def test_a_page_sent_after_the_withdrawal_is_refused_saying_so(
    client, trial, officer, records, monkeypatch
):
    """The page was shown (and its check passed) before the project was withdrawn: the
    service, under the project's lock, refuses, and the page says so."""
    from evaluation.views import records as views

    project = trial.project
    stale = Project.objects.get(pk=project.pk)  # as the page read it, before the withdrawal
    client.force_login(officer)
    withdraw_project(project=project, actor=officer, reason="Added twice")
    monkeypatch.setattr(views, "_parent_for", lambda user, slug, pk, perm: stale)
    before = _counts()
    url = reverse("evaluation:record_create", args=["project", project.pk, "objective"])
    response = client.post(url, {"text": "More places"})
    assert response.status_code == 409
    assert REFUSED in _text(response)
    assert _counts() == before
