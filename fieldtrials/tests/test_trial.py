import datetime

import pytest
from django.core.exceptions import PermissionDenied
from django.urls import reverse

from accounts.models import Event, Notification, Role
from accounts.tests.factories import OrganisationFactory, UserFactory
from fieldtrials.models import FieldTrial, Milestone, MonthlyUpdate, ResourceDomain
from fieldtrials.services.trial import StatusMoveRefused, move_trial_status, update_trial_details
from fieldtrials.tests.factories import FieldTrialFactory, FieldTrialMembershipFactory
from programmes.tests.factories import ProgrammeMembershipFactory


def test_a_trial_page_shows_its_details_team_and_history(client, world):
    client.force_login(world.users["leader"])
    page = client.get(world.coral.get_absolute_url()).content.decode()
    for text in ("Coral Trial", "Leader Person", "Consultant Person", "Change history"):
        assert text in page


def test_status_moves_follow_the_rules_and_are_recorded(world):
    officer, trial = world.users["officer"], world.coral  # incubating
    with pytest.raises(StatusMoveRefused) as refused:
        move_trial_status(trial=trial, to_status="completed", actor=officer)
    assert "can only become" in refused.value.reason
    trial.monthly_updates.all().delete()
    with pytest.raises(StatusMoveRefused) as refused:
        move_trial_status(trial=trial, to_status="reporting", actor=officer)
    assert "submit at least one monthly update" in refused.value.reason
    MonthlyUpdate.objects.create(
        field_trial=trial, month=datetime.date(2007, 2, 1), rag="green", status="submitted",
        author=world.users["leader"],
    )  # fmt: skip
    change = move_trial_status(trial=trial, to_status="reporting", actor=officer)
    trial.refresh_from_db()
    assert trial.status == "reporting" and change.actor == officer
    assert Event.objects.filter(verb="fieldtrials.status_moved", target_id=trial.pk).exists()
    assert Notification.objects.filter(recipient=world.users["leader"], kind="trial_status")
    with pytest.raises(StatusMoveRefused) as refused:
        move_trial_status(trial=trial, to_status="completed", actor=officer)
    assert "milestone(s) are not complete" in refused.value.reason
    Milestone.objects.filter(field_trial=trial).update(completed_on=datetime.date(2007, 6, 1))
    with pytest.raises(StatusMoveRefused) as refused:
        move_trial_status(trial=trial, to_status="completed", actor=officer)
    assert "Power to Innovate request is still open" in refused.value.reason


def test_withdrawing_a_trial_needs_a_reason_and_only_officers_may(world):
    with pytest.raises(PermissionDenied):
        move_trial_status(trial=world.coral, to_status="withdrawn", actor=world.users["leader"])
    with pytest.raises(StatusMoveRefused):
        move_trial_status(trial=world.coral, to_status="withdrawn", actor=world.users["officer"])
    move_trial_status(
        trial=world.coral, to_status="withdrawn", actor=world.users["officer"], reason="Head left"
    )
    world.coral.refresh_from_db()
    assert world.coral.status == "withdrawn"


def test_the_status_page_explains_what_each_move_needs(client, world):
    client.force_login(world.users["officer"])
    url = reverse("fieldtrials:fieldtrial_status", args=[world.coral.pk])
    page = client.get(url).content.decode()
    assert "Possible now" in page or "Not yet" in page
    response = client.post(url, {"to_status": "withdrawn", "reason": ""})
    assert response.status_code == 400
    assert "Give a reason for making the trial withdrawn" in response.content.decode()


def test_the_team_edits_the_plan_and_a_stale_save_is_refused(client, world):
    leader = world.users["leader"]
    trial = world.coral
    domain = ResourceDomain.objects.get(code="time")
    client.force_login(leader)
    url = reverse("fieldtrials:fieldtrial_edit", args=[trial.pk])
    form = {
        "title": "Coral Trial", "summary": "", "locality": "Stevenage", "trigger": "",
        "plan": "Term 1: governance group", "start_date": "1/9/2006", "end_date": "31/7/2008",
        "domains": [domain.pk], "version": "0",
    }  # fmt: skip
    assert client.post(url, form).status_code == 302
    trial.refresh_from_db()
    assert trial.plan == "Term 1: governance group" and trial.version == 1
    assert list(trial.resource_domains.all()) == [domain]
    stale = dict(form, plan="An older idea", version="0")
    response = client.post(url, stale)
    assert response.status_code == 409
    body = response.content.decode()
    assert "Someone else saved this trial" in body and "An older idea" in body
    trial.refresh_from_db()
    assert trial.plan == "Term 1: governance group"
    history = client.get(trial.get_absolute_url()).content.decode()
    assert "Trial details changed" in history and "Leader Person" in history


def test_dates_out_of_order_are_refused(client, world):
    client.force_login(world.users["officer"])
    response = client.post(
        reverse("fieldtrials:fieldtrial_edit", args=[world.coral.pk]),
        {"title": "Coral Trial", "start_date": "1/9/2007", "end_date": "1/9/2006", "version": "0"},
    )
    assert response.status_code == 400
    assert "The end date must be after the start date" in response.content.decode()


def test_a_partner_reads_the_trial_but_finds_no_edit_control(client, world):
    client.force_login(world.users["partner"])
    page = client.get(world.coral.get_absolute_url()).content.decode()
    assert "Coral Trial" in page
    assert "Edit the details and plan" not in page and "Change the status" not in page


@pytest.mark.parametrize("size", [5, 50])
def test_the_trial_page_costs_the_same_queries_for_5_and_50_rows(
    client, django_assert_num_queries, db, size
):
    trial = FieldTrialFactory(start_date=datetime.date(2006, 9, 1))
    officer = UserFactory()
    ProgrammeMembershipFactory(programme=trial.project.programme, user=officer, role=Role.OFFICER)
    trial.participating_organisations.set(OrganisationFactory.create_batch(size))
    FieldTrialMembershipFactory.create_batch(size, field_trial=trial)
    for i in range(size):
        Milestone.objects.create(field_trial=trial, title=f"M{i}", due_on=datetime.date(2007, 1, 1))
    update_trial_details(
        trial=trial, actor=officer, based_on_version=0, participating=[], domains=[],
        **{f: getattr(trial, f) for f in [
            "title", "summary", "lead_organisation", "local_authority", "locality", "trigger",
            "consultant", "plan", "start_date", "end_date"]},
    )  # fmt: skip
    client.force_login(officer)
    with django_assert_num_queries(QUERIES):
        response = client.get(reverse("fieldtrials:fieldtrial_detail", args=[trial.pk]))
    assert response.status_code == 200
    assert FieldTrial.objects.count() == 1


QUERIES = 47
