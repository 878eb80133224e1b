"""A trial that has ended (completed or withdrawn) takes no new risks or milestones: its
pages do not offer them, the add pages say why, and the services refuse, until an officer
moves it back. Its records can still be corrected."""

import datetime

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse

from fieldtrials.models import FieldTrial, Milestone, Risk
from fieldtrials.services.records import add_milestone, add_risk
from fieldtrials.tests.factories_records import MilestoneFactory, RiskFactory

Status = FieldTrial.Status
RISK = {
    "description": "Staff leave",
    "likelihood": "2",
    "impact": "2",
    "owner": "Head",
    "mitigation": "",
}
MILESTONE = {"title": "Final report", "due_on": "1/6/2007", "notes": ""}


@pytest.fixture
def coral(world):
    trial = world.coral
    trial.start_date, trial.end_date = datetime.date(2006, 9, 1), datetime.date(2008, 7, 31)
    trial.status = Status.COMPLETED
    trial.save()
    return trial


def urls(trial):
    return {
        "risk": reverse("fieldtrials:risk_create", args=[trial.pk]),
        "milestone": reverse("fieldtrials:milestone_create", args=[trial.pk]),
    }


@pytest.mark.parametrize("status", [Status.COMPLETED, Status.WITHDRAWN])
def test_its_pages_offer_no_new_risk_or_milestone_and_the_add_pages_say_why(
    client, world, coral, status
):
    coral.status = status
    coral.save()
    MilestoneFactory(field_trial=coral, title="Pilot agreed")
    RiskFactory(field_trial=coral, description="Budget cut")
    client.force_login(world.users["officer"])
    pages = [
        coral.get_absolute_url(),
        reverse("fieldtrials:fieldtrial_milestones", args=[coral.pk]),
        reverse("fieldtrials:fieldtrial_risks", args=[coral.pk]),
    ]
    for page in pages:
        response = client.get(page)
        body = response.content.decode()
        assert response.status_code == 200
        for url in urls(coral).values():
            assert url not in body, (page, url)
    for noun, url in urls(coral).items():
        for response in (client.get(url), client.post(url, RISK | MILESTONE)):
            body = response.content.decode()
            assert response.status_code == 409
            assert f"This field trial has been {status.label.lower()}, so no new {noun} can" in body
            assert coral.get_absolute_url() in body
    assert not Risk.objects.filter(description="Staff leave").exists()
    assert not Milestone.objects.filter(title="Final report").exists()
    if status == Status.COMPLETED:  # the way back is named
        assert "move it back to Reporting first" in body


def test_the_services_refuse_and_save_nothing_and_its_records_still_change(client, world, coral):
    officer = world.users["officer"]
    with pytest.raises(ValidationError, match="no new risk"):
        add_risk(trial=coral, actor=officer, description="Late", likelihood=1, impact=1,
                 owner="Head")  # fmt: skip
    with pytest.raises(ValidationError, match="no new milestone"):
        add_milestone(trial=coral, actor=officer, title="Late", due_on=datetime.date(2007, 1, 1))
    assert not coral.risks.filter(description="Late").exists()
    assert not coral.milestones.filter(title="Late").exists()
    # A record it already has is still corrected, and closed.
    risk = RiskFactory(field_trial=coral, description="Budget cut")
    client.force_login(officer)
    edit = reverse("fieldtrials:risk_edit", args=[risk.pk])
    assert client.get(edit).status_code == 200


def test_moved_back_to_reporting_it_takes_them_again(client, world, coral):
    coral.status = Status.REPORTING
    coral.save()
    client.force_login(world.users["officer"])
    assert urls(coral)["risk"] in client.get(coral.get_absolute_url()).content.decode()
    assert client.post(urls(coral)["risk"], RISK).status_code == 302
    assert client.post(urls(coral)["milestone"], MILESTONE).status_code == 302
    assert coral.risks.filter(description="Staff leave").exists()
    assert coral.milestones.filter(title="Final report").exists()
