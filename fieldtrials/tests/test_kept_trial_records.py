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


def _row(body, text):
    """The table row holding `text`."""
    before, after = body.split(text, 1)
    return before.rsplit("<tr", 1)[1] + text + after.split("</tr>", 1)[0]


def test_withdrawn_records_read_as_withdrawn_in_the_trials_lists_and_are_not_counted(world, client):
    """The risk register, brokered relationships, support log, Power to Innovate requests,
    monthly updates and milestones: a withdrawn row says "Withdrawn" where its state was,
    when and why, not "Open" or "Proposed"; the captions count the current ones, as the
    downloads hold, and say beside how many of the rows listed are withdrawn, all alike
    ("(1, and 1 withdrawn)"), not a count of fewer rows than the list shows."""
    from fieldtrials.services.records import PTI_KIND
    from fieldtrials.tests.factories_records import (
        BrokeredRelationshipFactory,
        MilestoneFactory,
        MonthlyUpdateFactory,
        PowerToInnovateRequestFactory,
        RiskFactory,
        SupportSessionFactory,
    )
    from nextpractice.records.kinds import record_kinds
    from nextpractice.records.services import withdraw_record

    officer = world.users["officer"]
    trial = world.coral  # holds the world's Thistle Risk (open, score 6) and Aster Investor
    RiskFactory(field_trial=trial, description="Staff turnover")
    BrokeredRelationshipFactory(field_trial=trial, with_whom="Birch Trust")
    kept = SupportSessionFactory(field_trial=trial, notes="Kept session")
    gone = SupportSessionFactory(field_trial=trial, notes="Gone session")
    PowerToInnovateRequestFactory(field_trial=trial, regulation="Kept regulation")
    granted = PowerToInnovateRequestFactory(
        field_trial=trial, regulation="Granted regulation", state="granted"
    )
    MonthlyUpdateFactory(field_trial=trial, month=datetime.date(2007, 2, 1))
    MilestoneFactory(field_trial=trial, title="Kept milestone")
    slipped = MilestoneFactory(field_trial=trial, title="Slipped milestone")
    kinds = record_kinds()
    for slug, record, reason in (
        ("milestone", slipped, "Added twice"),
        ("risk", world.risk, "It repeats another"),
        ("relationship", world.brokered, "Never approached"),
        ("support-session", gone, "Logged twice"),
        (PTI_KIND, granted, "Entered on the wrong trial"),
        ("update", world.update, "Written for the wrong month"),
    ):
        withdraw_record(
            kind=kinds[("fieldtrials", slug)], record=record, actor=officer, reason=reason
        )
    when = timezone.localdate().strftime("%-d %B %Y")
    client.force_login(officer)

    body = client.get(reverse("fieldtrials:fieldtrial_risks", args=[trial.pk])).content.decode()
    assert "open risks first (1, and 1 withdrawn)" in body
    assert f"Relationships brokered for {trial.title} (1, and 1 withdrawn)" in body
    risk = _row(body, "Thistle Risk")
    assert f'Withdrawn</strong> <span class="govuk-body-s">on {when}: It repeats another' in risk
    assert ">Open</strong>" not in risk and ">Closed</strong>" not in risk
    assert risk.count(">Withdrawn</strong>") == 1
    relationship = _row(body, "Aster Investor")
    assert f"on {when}: Never approached" in relationship and "Proposed" not in relationship
    assert ">Proposed</strong>" in _row(body, "Birch Trust")

    body = client.get(reverse("fieldtrials:fieldtrial_support", args=[trial.pk])).content.decode()
    # The world's session and the kept one; the world's request and the kept one
    assert f"Support given to {trial.title}, newest first (2, and 1 withdrawn)" in body
    assert f"Power to Innovate requests of {trial.title}, newest first (2, and 1 withdrawn)" in body
    request = _row(body, "Granted regulation")
    assert f"on {when}: Entered on the wrong trial" in request and "Granted<" not in request
    assert "Logged twice" in _row(body, "Gone session") and kept.notes in body

    body = client.get(reverse("fieldtrials:update_list", args=[trial.pk])).content.decode()
    assert "Monthly updates, newest first (1, and 1 withdrawn)" in body
    assert f"on {when}: Written for the wrong month" in _row(body, "January 2007")

    page = reverse("fieldtrials:fieldtrial_milestones", args=[trial.pk])
    body = client.get(page).content.decode()
    assert "Milestones, soonest due first (2, and 1 withdrawn)" in body  # and the world's one
    assert f"on {when}: Added twice" in _row(body, "Slipped milestone")


def test_the_cross_trial_requests_list_counts_only_current_requests_as_the_trial_page(
    world, client
):
    """The Power to Innovate requests of every trial one sees: a request withdrawn from the
    record is neither listed nor counted on the register, in the caption or by state, as its
    trial's page counts it; it is counted and listed apart, as withdrawn."""
    from fieldtrials.services.records import PTI_KIND
    from fieldtrials.tests.factories_records import PowerToInnovateRequestFactory
    from nextpractice.records.kinds import record_kinds
    from nextpractice.records.services import withdraw_record

    officer = world.users["officer"]
    trial = world.coral  # holds the world's request, submitted
    gone = PowerToInnovateRequestFactory(
        field_trial=trial, regulation="Granted regulation", state="granted"
    )
    withdraw_record(
        kind=record_kinds()[("fieldtrials", PTI_KIND)],
        record=gone,
        actor=officer,
        reason="Entered on the wrong trial",
    )
    client.force_login(officer)
    support = client.get(reverse("fieldtrials:fieldtrial_support", args=[trial.pk]))
    caption = f"Power to Innovate requests of {trial.title}, newest first (1, and 1 withdrawn)"
    assert caption in support.content.decode()

    listed = client.get(reverse("fieldtrials:pti_list"))
    body = listed.content.decode()
    assert listed.context["page"].paginator.count == 1
    assert "1 request on the register</caption>" in body and "Granted regulation" not in body
    assert "Granted: 0</a>" in body and "Submitted: 1</a>" in body
    assert "Withdrawn from the register: 1</a>" in body
    granted = client.get(reverse("fieldtrials:pti_list"), {"state": "granted"}).content.decode()
    assert "No requests on the register in this state." in granted
    assert "Granted regulation" not in granted


def test_a_correction_sent_after_its_author_was_taken_off_the_trial_changes_nothing(world):
    """The kit's correction asks the kind's permission again under the lock, of what the
    person belongs to now, as its withdrawal does: their save's request read their team
    (kept on the user object for the request), then another request, in another process
    whose signals do not reach this one, took them off the trial. Refused (403), nothing
    saved or logged."""
    from django.core.exceptions import PermissionDenied
    from django.db import connection

    from accounts.models import Event
    from fieldtrials.models import FieldTrialMembership
    from nextpractice.records.kinds import record_kinds
    from nextpractice.records.services import change_record

    leader = world.users["leader"]
    seen = Milestone.objects.get(pk=world.milestone.pk)
    assert leader.has_perm("fieldtrials.change_record", seen)  # as the request read it
    table = FieldTrialMembership._meta.db_table
    with connection.cursor() as cursor:
        cursor.execute(
            f"DELETE FROM {table} WHERE user_id = %s AND field_trial_id = %s",
            [leader.pk, world.coral.pk],
        )
    with pytest.raises(PermissionDenied):
        change_record(
            kind=record_kinds()[("fieldtrials", "milestone")],
            record=seen,
            actor=leader,
            based_on=seen.version,
            values={"title": "Renamed by someone no longer on the trial"},
        )
    assert Milestone.objects.get(pk=seen.pk).title == "Sage Milestone"
    assert not Event.objects.filter(verb="fieldtrials.milestone_changed").exists()
