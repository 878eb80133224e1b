"""Closing a project that has finished System learning, and reopening it: the day it closed
(not ahead, not before it entered System learning) and a note, in its history; a closed
project says so on its page and in lists, its timeline ends then, and it gets no more
monthly reports."""

import datetime
import re

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from django.utils.html import escape

from accounts.models import Event, Notification, Role
from accounts.tests.factories import UserFactory
from fieldtrials.models import FieldTrial
from fieldtrials.tests.factories import FieldTrialFactory
from nextpractice.words import long_date
from programmes.models import Project, Stage
from programmes.services import (
    ProgrammeEndRefused,
    ProjectClosedAlready,
    StageMoveRefused,
    TrialsUnderWay,
    close_project,
    move_stage,
    reopen_project,
)
from programmes.tests.factories import (
    ProgrammeMembershipFactory,
    ProjectFactory,
    ProjectMembershipFactory,
)
from programmes.timeline import actual_stages
from reports.services import active_projects

pytestmark = pytest.mark.django_db

DAY = datetime.timedelta(days=1)


@pytest.fixture
def today():
    return timezone.localdate()


@pytest.fixture
def project():
    return ProjectFactory(
        title="Learning Beyond Exclusion",
        stage=Stage.SYSTEM_LEARNING,
        stage_entered_at=timezone.now() - datetime.timedelta(days=60),
        created_at=timezone.now() - datetime.timedelta(days=400),
    )


@pytest.fixture
def officer(project):
    user = UserFactory()
    ProgrammeMembershipFactory(programme=project.programme, user=user, role=Role.OFFICER)
    return user


def _text(response):
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", response.content.decode()))


def test_an_officer_closes_a_project_in_system_learning_and_its_members_are_told(
    project, officer, today
):
    member = UserFactory()
    ProjectMembershipFactory(project=project, user=member, role=Role.CONSULTANT)
    close_project(project=project, actor=officer, closed_on=today - DAY, note="Handed to NCSL")
    project.refresh_from_db()
    assert (project.closed_on, project.closed_note) == (today - DAY, "Handed to NCSL")
    event = Event.objects.get(verb="programmes.project_closed")
    assert event.data == {"on": (today - DAY).isoformat(), "note": "Handed to NCSL"}
    assert Notification.objects.filter(recipient=member, kind="stage_change").exists()


@pytest.mark.parametrize(
    "days, said",
    [
        (1, "cannot be in the future"),
        (-61, "it cannot have closed before then"),
    ],
)
def test_a_closing_date_ahead_or_before_system_learning_is_refused(
    project, officer, today, days, said
):
    with pytest.raises(ValidationError) as refused:
        close_project(project=project, actor=officer, closed_on=today + days * DAY, note="Done")
    assert said in refused.value.message_dict["closed_on"][0]
    project.refresh_from_db()
    assert project.closed_on is None and not Event.objects.filter(target_id=project.pk).exists()


def test_only_a_project_in_system_learning_closes_with_a_note_by_an_officer(
    project, officer, today
):
    with pytest.raises(ValidationError) as refused:
        close_project(project=project, actor=officer, closed_on=today, note=" ")
    assert "note" in refused.value.message_dict
    with pytest.raises(PermissionDenied):
        close_project(project=project, actor=UserFactory(), closed_on=today, note="Done")
    Project.objects.filter(pk=project.pk).update(stage=Stage.INCUBATE)
    project.refresh_from_db()
    with pytest.raises(ValidationError) as refused:
        close_project(project=project, actor=officer, closed_on=today, note="Done")
    assert "from System learning" in refused.value.message_dict["closed_on"][0]
    assert Project.objects.get(pk=project.pk).closed_on is None


def test_a_closed_project_is_closed_once_does_not_move_and_reopens_with_a_reason(
    project, officer, today
):
    close_project(project=project, actor=officer, closed_on=today, note="Done")
    with pytest.raises(ProjectClosedAlready):
        close_project(project=project, actor=officer, closed_on=today, note="Again")
    with pytest.raises(StageMoveRefused):
        move_stage(project=project, to_stage=Stage.INCUBATE, actor=officer, reason="More trials")
    with pytest.raises(ValidationError):
        reopen_project(project=project, actor=officer, reason="")
    assert Project.objects.get(pk=project.pk).closed_on == today
    reopen_project(project=project, actor=officer, reason="Closed by mistake")
    project.refresh_from_db()
    assert project.closed_on is None and project.closed_note == ""
    event = Event.objects.get(verb="programmes.project_reopened")
    assert event.data == {"closed_on": today.isoformat(), "reason": "Closed by mistake"}
    with pytest.raises(ProjectClosedAlready):
        reopen_project(project=project, actor=officer, reason="Again")


def test_a_closed_projects_last_stage_ends_the_day_it_closed(project, officer, today):
    close_project(project=project, actor=officer, closed_on=today - DAY, note="Done")
    project.refresh_from_db()
    assert actual_stages(project, [])[-1][2] == today - DAY


def test_a_closed_project_gets_its_last_monthly_report_for_the_month_it_closed(project):
    today = datetime.date(2026, 12, 1)  # the schedule's run, for November
    Project.objects.filter(pk=project.pk).update(closed_on=datetime.date(2026, 11, 20))
    assert project in active_projects(today)
    Project.objects.filter(pk=project.pk).update(closed_on=datetime.date(2026, 10, 31))
    assert project not in active_projects(today)
    Project.objects.filter(pk=project.pk).update(closed_on=None)
    assert project in active_projects(today)


def test_the_close_page_asks_the_date_and_note_and_a_get_writes_nothing(
    client, project, officer, today
):
    client.force_login(officer)
    detail = client.get(project.get_absolute_url())
    url = reverse("programmes:project_close", args=[project.pk])
    assert f'href="{url}"' in detail.text and "Close the project" in detail.text
    page = client.get(url)
    assert page.status_code == 200
    assert f'value="{today.day}/{today.month}/{today.year}"' in page.text  # today, to start
    assert Project.objects.get(pk=project.pk).closed_on is None
    tomorrow = today + DAY
    response = client.post(
        url, {"closed_on": f"{tomorrow.day}/{tomorrow.month}/{tomorrow.year}", "note": ""}
    )
    assert response.status_code == 400
    assert 'href="#id_closed_on"' in response.text and "cannot be in the future" in response.text
    assert 'href="#id_note"' in response.text
    assert Project.objects.get(pk=project.pk).closed_on is None
    response = client.post(
        url, {"closed_on": f"{today.day}/{today.month}/{today.year}", "note": "Handed over"}
    )
    assert response.status_code == 302
    said = f"Closed on {today.day} {today:%B %Y}, after System learning"
    text = _text(client.get(project.get_absolute_url()))
    assert said in text and "Handed over" in text
    assert "Move to another stage" not in text and "Reopen the project" in text
    history = _text(client.get(reverse("programmes:project_history", args=[project.pk])))
    assert f"{today.day} {today:%B %Y} : the project closed. Note: Handed over" in history
    # Asked again (a second click): it says so and changes nothing.
    again = client.post(url, {"closed_on": "1/1/2000", "note": "Again"})
    assert again.status_code == 302
    assert Project.objects.get(pk=project.pk).closed_note == "Handed over"


def test_a_closed_project_is_marked_on_the_programme_and_home_pages_and_its_timeline(
    client, project, officer, today
):
    close_project(project=project, actor=officer, closed_on=today - DAY, note="Done")
    client.force_login(officer)
    page = _text(client.get(reverse("programmes:programme_detail", args=[project.programme_id])))
    closed = today - DAY
    listed = f"Learning Beyond Exclusion No partner agency {project.start_date:%B %Y} Closed on"
    assert f"{listed} {closed.day} {closed:%b %Y}" in page
    assert f"System learning: {closed.day} {closed:%b %Y} to now" not in page
    assert f"to {closed.day} {closed:%b %Y}" in page
    home = _text(client.get(reverse("home")))
    assert f"Closed on {closed.day} {closed:%b %Y}" in home


def test_reopening_asks_why_beside_the_box(client, project, officer, today):
    close_project(project=project, actor=officer, closed_on=today, note="Done")
    client.force_login(officer)
    url = reverse("programmes:project_reopen", args=[project.pk])
    assert client.get(url).status_code == 200
    response = client.post(url, {"reason": " "})
    assert response.status_code == 400 and 'href="#id_reason"' in response.text
    assert Project.objects.get(pk=project.pk).closed_on == today
    assert client.post(url, {"reason": "More to learn"}).status_code == 302
    assert Project.objects.get(pk=project.pk).closed_on is None
    history = _text(client.get(reverse("programmes:project_history", args=[project.pk])))
    assert "reopened the project" in history and "More to learn" in history


def test_a_project_is_not_reopened_in_a_programme_that_has_ended(client, project, officer, today):
    """Its programme's end would not hold it open (Programme.clean): the page says why and
    the way out, with no form; a post is refused (409) and nothing changes. Once the end date
    is moved, it reopens."""
    close_project(project=project, actor=officer, closed_on=today, note="Done")
    programme = project.programme
    programme.end_date = today - DAY
    programme.save()
    client.force_login(officer)
    url = reverse("programmes:project_reopen", args=[project.pk])
    said = (
        f"{programme.name} ended on {long_date(today - DAY)}, and a project is not reopened "
        f"in a programme that has ended. Move the programme's end date to {long_date(today)} "
        "or later first, then reopen the project."
    )
    page = client.get(url)
    assert page.status_code == 200 and escape(said) in page.text
    assert "This project cannot be reopened yet" in page.text
    assert 'name="reason"' not in page.text
    change = reverse("records:edit", args=["programmes", "programme", programme.pk])
    assert f'href="{change}">Change the programme’s end date</a>' in page.text
    response = client.post(url, {"reason": "Closed by mistake"})
    assert response.status_code == 409 and escape(said) in response.text
    assert Project.objects.get(pk=project.pk).closed_on == today
    assert not Event.objects.filter(verb="programmes.project_reopened").exists()
    # Decided again where it is reopened, under the programme's lock.
    with pytest.raises(ProgrammeEndRefused, match="ended on"):
        reopen_project(project=project, actor=officer, reason="Closed by mistake")
    # The end moved to today, it reopens.
    programme.end_date = today
    programme.save()
    assert client.post(url, {"reason": "Closed by mistake"}).status_code == 302
    assert Project.objects.get(pk=project.pk).closed_on is None


def test_a_project_planned_past_its_programmes_end_is_not_reopened(client, project, officer, today):
    project.start_date, project.planned_duration_months = today - 300 * DAY, 24
    project.save()
    close_project(project=project, actor=officer, closed_on=today, note="Done")
    programme = project.programme
    programme.end_date = today + 100 * DAY
    programme.save()
    client.force_login(officer)
    url = reverse("programmes:project_reopen", args=[project.pk])
    planned = long_date(project.planned_end)
    said = (
        f"The project is planned to run until {planned}, after {programme.name} ends on "
        f"{long_date(programme.end_date)}. Move the programme's end date to {planned} or later "
        "first, then reopen the project."
    )
    assert escape(said) in client.get(url).text
    response = client.post(url, {"reason": "More to learn"})
    assert response.status_code == 409
    assert Project.objects.get(pk=project.pk).closed_on == today
    # The programme's end moved to the project's planned end, it reopens.
    programme.end_date = project.planned_end
    programme.save()
    assert client.post(url, {"reason": "More to learn"}).status_code == 302
    assert Project.objects.get(pk=project.pk).closed_on is None


def test_a_consultant_reads_that_it_closed_but_may_not_close_or_reopen(client, project, today):
    consultant = UserFactory()
    ProjectMembershipFactory(project=project, user=consultant, role=Role.CONSULTANT)
    client.force_login(consultant)
    close = reverse("programmes:project_close", args=[project.pk])
    assert close not in client.get(project.get_absolute_url()).text
    assert client.post(close, {"closed_on": "1/1/2026", "note": "x"}).status_code == 403
    assert Project.objects.get(pk=project.pk).closed_on is None


def test_a_project_whose_trials_are_under_way_does_not_close(project, officer, today):
    beacon = FieldTrialFactory(project=project, title="Beacon Trial")
    FieldTrialFactory(project=project, title="Archway Trial", status=FieldTrial.Status.REPORTING)
    FieldTrialFactory(project=project, title="Done Trial", status=FieldTrial.Status.COMPLETED)
    FieldTrialFactory(project=project, title="Gone Trial", status=FieldTrial.Status.WITHDRAWN)
    with pytest.raises(TrialsUnderWay) as refused:
        close_project(project=project, actor=officer, closed_on=today, note="Done")
    assert [t.title for t in refused.value.trials] == ["Archway Trial", "Beacon Trial"]
    assert str(refused.value).startswith(
        "The project cannot be closed while 2 of its field trials are still under way: "
        "Archway Trial and Beacon Trial."
    )
    assert Project.objects.get(pk=project.pk).closed_on is None
    assert not Event.objects.filter(verb="programmes.project_closed").exists()
    FieldTrial.objects.exclude(pk=beacon.pk).update(status=FieldTrial.Status.COMPLETED)
    with pytest.raises(TrialsUnderWay, match="while its field trial Beacon Trial is still"):
        close_project(project=project, actor=officer, closed_on=today, note="Done")
    FieldTrial.objects.filter(pk=beacon.pk).update(status=FieldTrial.Status.WITHDRAWN)
    close_project(project=project, actor=officer, closed_on=today, note="Done")
    assert Project.objects.get(pk=project.pk).closed_on == today


def test_the_close_page_names_the_trials_under_way_offers_no_button_and_refuses_a_post(
    client, project, officer, today, monkeypatch
):
    beacon = FieldTrialFactory(project=project, title="Beacon Trial")
    archway = FieldTrialFactory(
        project=project, title="Archway Trial", status=FieldTrial.Status.SELECTED
    )
    FieldTrialFactory(project=project, title="Done Trial", status=FieldTrial.Status.COMPLETED)
    client.force_login(officer)
    url = reverse("programmes:project_close", args=[project.pk])
    page = client.get(url)
    assert page.status_code == 200
    text = _text(page)
    said = "The project cannot be closed while 2 of its field trials are still under way"
    assert said in text and "completed or withdrawn first" in text
    for trial in (beacon, archway):
        assert f'href="{trial.get_absolute_url()}"' in page.text
    assert "Done Trial" not in text
    assert 'name="closed_on"' not in page.text and 'name="submit"' not in page.text
    refused = client.post(
        url, {"closed_on": f"{today.day}/{today.month}/{today.year}", "note": "Done"}
    )
    assert refused.status_code == 409
    assert said in _text(refused) and 'name="submit"' not in refused.text
    assert Project.objects.get(pk=project.pk).closed_on is None
    # A trial moved back after the page read them: the service, under the lock, refuses.
    monkeypatch.setattr("programmes.services.trials_under_way", lambda project: [])
    raced = client.post(url, {"closed_on": f"{today.day}/{today.month}/{today.year}", "note": "x"})
    assert raced.status_code == 409 and said in _text(raced)
    assert Project.objects.get(pk=project.pk).closed_on is None
    monkeypatch.undo()
    # Once each is completed or withdrawn, the page offers the button again.
    FieldTrial.objects.filter(pk=beacon.pk).update(status=FieldTrial.Status.COMPLETED)
    FieldTrial.objects.filter(pk=archway.pk).update(status=FieldTrial.Status.WITHDRAWN)
    page = client.get(url)
    assert "still under way" not in page.text and 'name="submit"' in page.text


def test_a_trial_of_a_closed_project_is_not_moved_back_under_way_until_it_reopens(
    project, officer, today
):
    from fieldtrials.services.trial import StatusMoveRefused, move_trial_status
    from fieldtrials.tests.factories_records import MonthlyUpdateFactory

    trial = FieldTrialFactory(project=project, title="Done Trial", status="completed")
    MonthlyUpdateFactory(field_trial=trial, status="submitted")
    close_project(project=project, actor=officer, closed_on=today, note="Done")
    with pytest.raises(StatusMoveRefused, match="reopen the project first"):
        move_trial_status(trial=trial, to_status="reporting", actor=officer, reason="More to say")
    assert FieldTrial.objects.get(pk=trial.pk).status == FieldTrial.Status.COMPLETED
    # Its status page does not offer the move as possible now, and says why.
    client = Client()
    client.force_login(officer)
    status_page = reverse("fieldtrials:fieldtrial_status", args=[trial.pk])
    said = _text(client.get(status_page))
    assert "Possible now" not in said
    assert "Reporting : Not yet Its project has been closed" in said
    reopen_project(project=Project.objects.get(pk=project.pk), actor=officer, reason="More")
    assert "Reporting : Possible now" in _text(client.get(status_page))
    move_trial_status(trial=trial, to_status="reporting", actor=officer, reason="More to say")
    assert FieldTrial.objects.get(pk=trial.pk).status == FieldTrial.Status.REPORTING


def test_a_trial_moved_back_under_way_must_run_within_its_projects_dates(project, officer):
    """A project may be shortened past a completed trial (its dates do not hold the plan):
    moved back under way, the trial must fit the project again."""
    from fieldtrials.services.trial import StatusMoveRefused, move_trial_status
    from fieldtrials.tests.factories_records import MonthlyUpdateFactory

    trial = FieldTrialFactory(
        project=project,
        title="Done Trial",
        status="completed",
        start_date=project.start_date,
        end_date=project.planned_end + datetime.timedelta(days=40),
    )
    MonthlyUpdateFactory(field_trial=trial, status="submitted")
    with pytest.raises(StatusMoveRefused, match="Change the trial's dates first"):
        move_trial_status(trial=trial, to_status="reporting", actor=officer, reason="More")
    client = Client()
    client.force_login(officer)
    said = _text(client.get(reverse("fieldtrials:fieldtrial_status", args=[trial.pk])))
    assert "Reporting : Not yet The trial must end within the project&#x27;s dates" in said
    FieldTrial.objects.filter(pk=trial.pk).update(end_date=project.planned_end)
    move_trial_status(trial=trial, to_status="reporting", actor=officer, reason="More")
    assert FieldTrial.objects.get(pk=trial.pk).status == FieldTrial.Status.REPORTING
