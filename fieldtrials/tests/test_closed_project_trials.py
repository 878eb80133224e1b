"""A closed project's field trials are read only until it is reopened: no monthly update is
written, no discussion started, no detail changed, no evaluation record kept but its learning
(lessons, case studies and their take-ups, which keep coming after the work ends). Each page
says when the project closed and to reopen it (409); the trial's pages offer none of it."""

import datetime
import re

import pytest
from django.urls import reverse
from django.utils import timezone

from accounts.models import Event, Role
from accounts.tests.factories import OrganisationFactory, UserFactory
from discussions.models import Thread
from evaluation.models import Indicator, Lesson, TakeUp
from evaluation.services import save_record
from fieldtrials.models import FieldTrial, MonthlyUpdate
from fieldtrials.tests.factories import FieldTrialFactory, FieldTrialMembershipFactory
from programmes.models import Project, Stage
from programmes.services import close_project, reopen_project
from programmes.tests.factories import ProgrammeMembershipFactory, ProjectFactory

pytestmark = pytest.mark.django_db

CLOSED = "reopen it to change its records."


def _text(response):
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", response.content.decode()))


@pytest.fixture
def officer():
    return UserFactory(full_name="Olive Officer")


@pytest.fixture
def trial(officer):
    project = ProjectFactory(
        title="System Leadership",
        stage=Stage.SYSTEM_LEARNING,
        stage_entered_at=timezone.now() - datetime.timedelta(days=60),
        start_date=timezone.localdate() - datetime.timedelta(days=400),
    )
    ProgrammeMembershipFactory(programme=project.programme, user=officer, role=Role.OFFICER)
    return FieldTrialFactory(
        project=project,
        title="Stevenage: A Learning Town",
        status=FieldTrial.Status.WITHDRAWN,
        start_date=timezone.localdate() - datetime.timedelta(days=300),
    )


@pytest.fixture
def leader(trial):
    return FieldTrialMembershipFactory(field_trial=trial, role=Role.PRACTITIONER).user


def _close(trial, officer):
    close_project(project=trial.project, actor=officer, closed_on=timezone.localdate(), note="Done")


def _reopen(trial, officer):
    project = Project.objects.get(pk=trial.project_id)
    reopen_project(project=project, actor=officer, reason="More to do")


def test_a_withdrawn_trial_of_a_closed_project_offers_no_update_nor_discussion(
    client, trial, officer, leader
):
    updates = reverse("fieldtrials:update_list", args=[trial.pk])
    discussions = reverse("discussions:thread_list", args=[trial.pk])
    client.force_login(leader)
    assert "Write" in _text(client.get(updates))
    assert "Start a discussion" in _text(client.get(discussions))

    _close(trial, officer)
    assert reverse("fieldtrials:update_create", args=[trial.pk]) not in client.get(updates).text
    said = _text(client.get(discussions))
    assert "Start a discussion" not in said
    assert "The project was closed on" in said and "until it is reopened" in said
    page = _text(client.get(reverse("fieldtrials:fieldtrial_detail", args=[trial.pk])))
    assert "Start a discussion" not in page and "Write a monthly update" not in page


def test_nothing_is_written_in_a_closed_project_s_trial_until_it_reopens(
    client, trial, officer, leader
):
    _close(trial, officer)
    client.force_login(leader)
    month = timezone.localdate().replace(day=1)
    sent = [
        (reverse("fieldtrials:update_create", args=[trial.pk]), {"month": month.isoformat()}),
        (
            reverse("discussions:thread_create", args=[trial.pk]),
            {"title": "After the close", "body": "Anyone?"},
        ),
        (reverse("fieldtrials:fieldtrial_edit", args=[trial.pk]), {"title": "Renamed"}),
    ]
    events = Event.objects.count()
    for url, data in sent:
        for response in (client.get(url), client.post(url, data)):
            assert response.status_code == 409, url
            assert CLOSED in _text(response), url
            # A team member may not reopen it: no button, only the way back.
            assert reverse("programmes:project_reopen", args=[trial.project_id]) not in (
                response.text
            )
    assert Event.objects.count() == events
    assert not MonthlyUpdate.objects.exists() and not Thread.objects.exists()
    assert FieldTrial.objects.get(pk=trial.pk).title == "Stevenage: A Learning Town"

    _reopen(trial, officer)
    url, data = sent[1]
    assert client.post(url, data).status_code == 302
    assert Thread.objects.get().title == "After the close"


def test_a_closed_project_still_takes_its_learning_but_no_other_evaluation_record(
    client, trial, officer
):
    project = trial.project
    _close(trial, officer)
    client.force_login(officer)

    def create(parent, pk, kind):
        return reverse("evaluation:record_create", args=[parent, pk, kind])

    response = client.post(
        create("project", project.pk, "lesson"),
        {"title": "Heads lead best together", "text": "What we learned", "theme_list": ""},
    )
    assert response.status_code == 302
    lesson = Lesson.objects.get()
    # Its take-up by a partner agency, as its page's "Mark as taken up" saves it.
    take_up = TakeUp(
        lesson=lesson,
        organisation=OrganisationFactory(),
        taken_up_on=timezone.localdate(),
        how="In the national programme",
        recorded_by=officer,
    )
    save_record(record=take_up, actor=officer)
    assert TakeUp.objects.get().lesson == lesson
    response = client.post(
        create("field-trial", trial.pk, "lesson"),
        {"title": "Town-wide learning", "text": "What the trial learned", "theme_list": ""},
    )
    assert response.status_code == 302 and Lesson.objects.count() == 2
    edit = reverse("records:edit", args=["evaluation", "lesson", lesson.pk])
    assert client.get(edit).status_code == 200

    # Its evaluation page offers the learning, and not what is now read only.
    page = _text(client.get(reverse("evaluation:project_evaluation", args=[project.pk])))
    assert "Add a lesson" in page and "Add a case study" in page
    assert "Add an objective" not in page and "Add a highlight report" not in page
    trial_page = _text(client.get(reverse("evaluation:field_trial_evaluation", args=[trial.pk])))
    assert "Add a lesson" in trial_page and "Add an indicator" not in trial_page

    for url, data in (
        (create("field-trial", trial.pk, "indicator"), {"name": "Attendance"}),
        (create("project", project.pk, "objective"), {"text": "More heads"}),
    ):
        response = client.post(url, data)
        assert response.status_code == 409, url
        assert CLOSED in _text(response)
        assert reverse("programmes:project_reopen", args=[project.pk]) in response.text
    assert not Indicator.objects.exists()


def _said(response):
    """The page's words as read: no space before a comma after a link."""
    return _text(response).replace(" ,", ",")


@pytest.fixture
def completed(trial):
    """The trial completed before its project closed, its months still without an update."""
    FieldTrial.objects.filter(pk=trial.pk).update(
        status=FieldTrial.Status.COMPLETED, end_date=timezone.localdate()
    )
    trial.refresh_from_db()
    return trial


def test_a_closed_project_s_trial_offers_no_update_to_write_on_its_overview(
    client, completed, officer, leader
):
    """Its overview's "Write an update" led to the 409 page, as the trial's updates list did
    not; for its team and its officer alike."""
    trial = completed
    overview = reverse("fieldtrials:fieldtrial_detail", args=[trial.pk])
    updates = reverse("fieldtrials:update_list", args=[trial.pk])
    write = reverse("fieldtrials:update_create", args=[trial.pk])
    for person in (leader, officer):
        client.force_login(person)
        assert write in client.get(overview).text and write in client.get(updates).text

    _close(trial, officer)
    for person in (leader, officer):
        client.force_login(person)
        page = _text(client.get(overview))
        assert write not in client.get(overview).text and "Write an update" not in page
        assert write not in client.get(updates).text
        assert client.get(write).status_code == 409


def test_a_closed_project_s_trial_pages_say_it_closed_once(client, completed, officer, leader):
    """Its pages offered nothing to change, and said nothing of why: the partner and the
    head teacher, who do not open the project's page, could not learn it."""
    trial = completed
    pages = [
        reverse("fieldtrials:fieldtrial_detail", args=[trial.pk]),
        reverse("fieldtrials:fieldtrial_milestones", args=[trial.pk]),
        reverse("fieldtrials:update_list", args=[trial.pk]),
    ]
    said = "Its project, System Leadership, was closed on"
    client.force_login(leader)
    for url in pages:
        assert said not in _said(client.get(url))

    _close(trial, officer)
    today = timezone.localdate()
    closed = (
        f"{said} {today.day} {today:%B %Y}: this trial's records can be read but not changed, "
        "except what it learnt, unless the project is reopened."
    )
    project = trial.project.get_absolute_url()
    learning = reverse("evaluation:field_trial_evaluation", args=[trial.pk])
    for url in pages:
        page = client.get(url)
        assert _said(page).count(closed) == 1, url
        assert f'href="{learning}">what it learnt' in page.text
        # The head teacher does not open the project's page: its title is not a link.
        assert f'href="{project}">System Leadership</a>, was closed' not in page.text
    client.force_login(officer)
    for url in pages:
        page = client.get(url)
        assert _said(page).count(closed) == 1, url
        assert f'href="{project}">System Leadership</a>, was closed' in page.text
