"""Who supports a trial and when it runs are the project's officers' to set: the trial's team
keeps its details and plan, and sees the consultant and dates without being able to change
them, on the page and through the service."""

import datetime

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.urls import reverse
from django.utils.html import escape

from accounts.models import Notification
from accounts.tests.factories import UserFactory
from fieldtrials.services.trial import DETAIL_FIELDS, update_trial_details
from fieldtrials.tests.test_trial_pickers import details, edit_url
from programmes.tests.factories import ProgrammeMembershipFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def trial(world):
    """Coral, supported by the programme's consultant from September to next July, in a
    project running from June 2026 to June 2028."""
    project = world.coral.project
    project.start_date, project.planned_duration_months = datetime.date(2026, 6, 1), 24
    project.save()
    trial = world.coral
    trial.consultant = world.users["consultant"]
    trial.start_date, trial.end_date = datetime.date(2026, 9, 1), datetime.date(2027, 7, 31)
    trial.save()
    return trial


@pytest.fixture
def another_consultant(world):
    other = UserFactory(full_name="Otto Otherconsultant")
    ProgrammeMembershipFactory(programme=world.quartz, user=other, role="consultant")
    return other


def test_the_school_leader_edits_the_plan_but_not_the_consultant_or_dates(
    client, world, trial, another_consultant, caplog
):
    client.force_login(world.users["leader"])
    with caplog.at_level("WARNING"):
        body = client.get(edit_url(trial)).content.decode()
    # The layout no longer names the fields taken away (crispy warned of each, with a
    # traceback, at every opening).
    assert not [r for r in caplog.records if "Could not resolve form field" in r.getMessage()]
    for name in ("consultant", "start_date", "end_date"):
        assert f'name="{name}"' not in body, name
    assert "Consultant Person" in body and "1 September 2026 to 31 July 2027" in body
    assert "The programme's officers choose the trial's consultant and set its dates" in body
    # A form posted with them anyway (an old page, a forged post) saves the plan only.
    post = details(
        trial, plan="Joint timetable by March.", consultant=another_consultant.email,
        start_date="1/1/2026", end_date="1/1/2030",
    )  # fmt: skip
    assert client.post(edit_url(trial), post).status_code == 302
    trial.refresh_from_db()
    assert trial.plan == "Joint timetable by March."
    assert trial.consultant == world.users["consultant"]
    assert (trial.start_date, trial.end_date) == (
        datetime.date(2026, 9, 1),
        datetime.date(2027, 7, 31),
    )
    assert not trial.memberships.filter(user=another_consultant).exists()


def test_the_service_refuses_the_team_a_new_consultant_or_dates(world, trial, another_consultant):
    current = {name: getattr(trial, name) for name in DETAIL_FIELDS}
    for change in ({"consultant": another_consultant}, {"end_date": datetime.date(2030, 1, 1)}):
        for who in ("leader", "consultant"):
            with pytest.raises(PermissionDenied):
                update_trial_details(
                    trial=trial, actor=world.users[who], based_on_version=trial.version,
                    participating=[], domains=[], **{**current, **change},
                )  # fmt: skip
    # The same details with the plan changed are the team's to save.
    saved = update_trial_details(
        trial=trial, actor=world.users["leader"], based_on_version=trial.version,
        participating=[], domains=[], **{**current, "plan": "Ours."},
    )  # fmt: skip
    assert saved.plan == "Ours."


def test_the_officer_changes_the_consultant_and_dates(client, world, trial, another_consultant):
    client.force_login(world.users["officer"])
    overview = client.get(reverse("fieldtrials:fieldtrial_detail", args=[trial.pk]))
    assert 'Change<span class="govuk-visually-hidden"> the dates' in overview.content.decode()
    assert "> the lead organisation</span>" in overview.content.decode()
    post = details(
        trial, consultant="Otto Otherconsultant", consultant_choice=another_consultant.pk,
        start_date="1/9/2026", end_date="31/12/2027",
    )  # fmt: skip
    assert client.post(edit_url(trial), post).status_code == 302
    trial.refresh_from_db()
    assert trial.consultant == another_consultant
    assert trial.end_date == datetime.date(2027, 12, 31)
    # The new consultant is told, once; saving again without a change tells nobody.
    told = Notification.objects.filter(recipient=another_consultant, kind="membership")
    assert [n.message for n in told] == [
        f"{world.users['officer'].full_name} made you the consultant of the field trial "
        f"{trial.title}."
    ]
    assert told.get().url == trial.get_absolute_url()
    post["version"] = trial.version
    assert client.post(edit_url(trial), post).status_code == 302
    assert told.count() == 1
    # The team's overview shows the dates with nothing to change them by.
    client.force_login(world.users["leader"])
    overview = client.get(reverse("fieldtrials:fieldtrial_detail", args=[trial.pk]))
    body = overview.content.decode()
    assert "31 December 2027" in body and "> the dates" not in body
    assert "> the lead organisation" not in body  # set by the programme officers


def test_a_trial_may_not_start_outside_its_projects_dates(client, world, trial):
    project = trial.project
    project.start_date, project.planned_duration_months = datetime.date(2027, 1, 1), 18
    project.save()
    client.force_login(world.users["officer"])
    said = "The trial must start within the project's dates: 1 January 2027 to 1 July 2028"
    for start in ("1/10/2026", "1/8/2028"):
        post = details(trial, start_date=start, end_date="30/6/2028")
        response = client.post(edit_url(trial), post)
        assert response.status_code == 400, start
        assert escape(said) in response.content.decode()
    trial.refresh_from_db()
    assert trial.start_date == datetime.date(2026, 9, 1)  # nothing saved
    # The service refuses it too.
    current = {name: getattr(trial, name) for name in DETAIL_FIELDS}
    with pytest.raises(ValidationError) as refused:
        update_trial_details(
            trial=trial, actor=world.users["officer"], based_on_version=trial.version,
            participating=[], domains=[], **{**current, "start_date": datetime.date(2026, 10, 1)},
        )  # fmt: skip
    assert said in refused.value.message_dict["start_date"][0]
    # A start already saved outside them does not stop other edits; inside them it is saved.
    post = details(trial, start_date="1/9/2026", end_date="30/6/2028", plan="Kept.")
    assert client.post(edit_url(trial), post).status_code == 302
    trial.refresh_from_db()
    post = details(trial, start_date="1/2/2027", end_date="30/6/2028")
    assert client.post(edit_url(trial), post).status_code == 302
    trial.refresh_from_db()
    assert trial.start_date == datetime.date(2027, 2, 1)


def test_a_trial_may_not_end_after_its_projects_planned_end(client, world, trial):
    """The form refused a start outside the project's dates but took an end (31/8/2028)
    after the project's planned end: refused beside the field, in the same words."""
    project = trial.project
    project.start_date, project.planned_duration_months = datetime.date(2026, 1, 1), 18
    project.save()
    client.force_login(world.users["officer"])
    said = "The trial must end within the project's dates: 1 January 2026 to 1 July 2027"
    post = details(trial, start_date="1/9/2026", end_date="31/8/2027")
    response = client.post(edit_url(trial), post)
    body = response.content.decode()
    assert response.status_code == 400
    assert escape(said) in body and 'href="#id_end_date"' in body
    trial.refresh_from_db()
    assert trial.end_date == datetime.date(2027, 7, 31)  # nothing saved
    # The service refuses it too.
    current = {name: getattr(trial, name) for name in DETAIL_FIELDS}
    with pytest.raises(ValidationError) as refused:
        update_trial_details(
            trial=trial, actor=world.users["officer"], based_on_version=trial.version,
            participating=[], domains=[], **{**current, "end_date": datetime.date(2027, 8, 31)},
        )  # fmt: skip
    assert said in refused.value.message_dict["end_date"][0]
    # An end already saved after it does not stop other edits; within the dates it is saved.
    post = details(trial, start_date="1/9/2026", end_date="31/7/2027", plan="Kept.")
    assert client.post(edit_url(trial), post).status_code == 302
    trial.refresh_from_db()
    post = details(trial, start_date="1/9/2026", end_date="1/7/2027")
    assert client.post(edit_url(trial), post).status_code == 302
    trial.refresh_from_db()
    assert trial.end_date == datetime.date(2027, 7, 1)
