"""Milestones, risks, uses of the incubation offer and brokered relationships are kept
records (nextpractice/records): withdrawn with a reason (and then no longer counted by the
gate, the reminders or the report), deleted by their author minutes after a mistake, and
exported with their trial's others."""

import csv
import datetime
import io

import pytest
from django.urls import reverse
from django.utils import timezone

from fieldtrials.models import Milestone, Risk
from fieldtrials.services.records import add_milestone, history_token, update_milestone
from fieldtrials.services.reminders import remind_milestones
from fieldtrials.workflow import check_completed


def url(action, slug, pk):
    return reverse(f"records:{action}", kwargs={"app": "fieldtrials", "kind": slug, "pk": pk})


@pytest.fixture
def leader(world, client):
    client.force_login(world.users["leader"])
    return world.users["leader"]


def withdraw(client, slug, record, reason="Recorded twice"):
    return client.post(
        url("withdraw", slug, record.pk), {"version": record.version, "reason": reason}
    )


def test_a_withdrawn_milestone_no_longer_holds_the_trial_back_or_is_reminded(world, client, leader):
    sage = world.milestone  # Coral's, due 15 January 2007, not completed
    assert "1 milestone is not done yet" in check_completed(world.coral)[1]
    assert withdraw(client, "milestone", sage).status_code == 302
    sage.refresh_from_db()
    assert sage.is_withdrawn and sage.withdrawn_by == leader
    assert "milestone" not in check_completed(world.coral)[1]  # its open request remains
    assert remind_milestones(today=datetime.date(2007, 1, 20), email=False) == 0


def test_a_milestone_changed_since_it_was_added_is_withdrawn_not_deleted(world, client, leader):
    milestone = add_milestone(
        trial=world.coral, actor=leader, title="Parents' evening", due_on=datetime.date(2007, 1, 20)
    )
    update_milestone(
        milestone=milestone, actor=leader, based_on=history_token(milestone),
        title="Parents' evening", due_on=milestone.due_on, completed_on=None, notes="Moved",
    )  # fmt: skip
    page = client.get(url("delete", "milestone", milestone.pk))
    assert page.status_code == 200 and "history is kept" in page.content.decode()
    assert client.post(url("delete", "milestone", milestone.pk)).status_code == 409
    assert Milestone.objects.filter(pk=milestone.pk).exists()


def test_its_author_deletes_a_milestone_added_by_mistake(world, client, leader):
    milestone = add_milestone(
        trial=world.coral, actor=leader, title="Typo milestne", due_on=datetime.date(2007, 1, 20)
    )
    response = client.post(url("delete", "milestone", milestone.pk), {"version": milestone.version})
    assert response.status_code == 302
    assert not Milestone.objects.filter(pk=milestone.pk).exists()


def test_a_withdrawn_risk_leaves_the_trials_open_risks_in_its_report(world, client, leader):
    from fieldtrials.reporting import part
    from reports.parts import Period

    thistle = world.risk
    period = Period.month_to(timezone.localdate())  # the risk is written now
    before = str(part(world.coral, period))
    assert withdraw(client, "risk", thistle).status_code == 302
    after = str(part(world.coral, period))
    i = after.find("Thistle Risk")
    assert "Thistle Risk" in before and "Thistle Risk" not in after, after[i - 300 : i + 50]
    assert Risk.objects.current().filter(field_trial=world.coral).count() == 0


def test_a_trials_risks_and_relationships_export_as_csv(world, client, leader):
    def rows(slug):
        export = reverse(
            "records:export",
            kwargs={"app": "fieldtrials", "kind": slug, "pk": world.coral.pk, "fmt": "csv"},
        )
        return list(csv.reader(io.StringIO(client.get(export).content.decode("utf-8-sig"))))

    risks = rows("risk")
    assert risks[0][:4] == ["Risk", "Likelihood", "Impact", "Score"]
    assert risks[1][:4] == ["Thistle Risk", "Medium", "High", "6"]
    assert rows("relationship")[1][:3] == ["Aster Investor", "Investor", "Proposed"]
    assert rows("offer-use")[1][:2] == [
        "Obstacle removal (e.g. Power to Innovate)",
        "Zinnia request",
    ]
