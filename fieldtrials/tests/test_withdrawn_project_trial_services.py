"""A page of a field trial shown before its project was withdrawn and sent after it saves
nothing: the page's own check passed (the project was not withdrawn as the trial was read),
so each service that changes the trial or its records decides again under the project's
lock (lock_trial_project) and refuses (ProjectWithdrawn). On PostgreSQL, as the lock is."""

import datetime

import pytest
from django.utils import timezone

from accounts.models import Event, Role
from accounts.tests.factories import UserFactory
from fieldtrials.models import (
    BrokeredRelationship,
    FieldTrial,
    Milestone,
    MonthlyUpdate,
    OfferUse,
    PowerToInnovateRequest,
    Risk,
    SupportSession,
)
from fieldtrials.rules import get_fieldtrial_for, get_trial_record_for, get_update_for
from fieldtrials.services import records, trial, updates
from fieldtrials.services.records import history_token
from fieldtrials.tests.factories import FieldTrialFactory
from fieldtrials.tests.factories_records import (
    BrokeredRelationshipFactory,
    MilestoneFactory,
    MonthlyUpdateFactory,
    OfferUseFactory,
    PowerToInnovateRequestFactory,
    RiskFactory,
)
from programmes.services import ProjectWithdrawn, withdraw_project
from programmes.tests.factories import ProgrammeMembershipFactory

pytestmark = pytest.mark.django_db

CHANGE = "fieldtrials.change_record"


@pytest.fixture
def officer():
    return UserFactory(full_name="Olive Officer")


@pytest.fixture
def opened(officer):
    """A trial and its records as their pages read them (the project not yet withdrawn);
    then, before the pages are sent, the trial and its project are withdrawn."""
    made = FieldTrialFactory(title="Heron Trial")
    ProgrammeMembershipFactory(programme=made.project.programme, user=officer, role=Role.OFFICER)
    MilestoneFactory(field_trial=made, title="As it was")
    RiskFactory(field_trial=made, description="As it was")
    OfferUseFactory(field_trial=made, asked_for="As it was")
    BrokeredRelationshipFactory(field_trial=made, with_whom="As it was")
    PowerToInnovateRequestFactory(field_trial=made, regulation="As it was")
    MonthlyUpdateFactory(field_trial=made, draft=True, what_happened="As it was", author=officer)
    MonthlyUpdateFactory(
        field_trial=made, month=datetime.date(2007, 2, 1), what_happened="Sent", author=officer
    )

    def record(model, **which):
        pk = model.objects.get(field_trial=made, **which).pk
        return get_trial_record_for(officer, model, pk, CHANGE)

    drafts = MonthlyUpdate.objects.filter(field_trial=made)
    page = {
        "trial": get_fieldtrial_for(officer, made.pk, "fieldtrials.change_fieldtrial"),
        "milestone": record(Milestone),
        "risk": record(Risk),
        "offer": record(OfferUse),
        "relationship": record(BrokeredRelationship),
        "pti": record(PowerToInnovateRequest),
        "draft": get_update_for(officer, drafts.get(status="draft").pk, CHANGE),
        "sent": get_update_for(officer, drafts.get(status="submitted").pk, CHANGE),
    }
    assert not page["trial"].project.is_withdrawn  # as the pages were shown
    trial.move_trial_status(
        trial=made, to_status=FieldTrial.Status.WITHDRAWN, actor=officer, reason="Mistake"
    )
    withdraw_project(project=made.project, actor=officer, reason="Added twice")
    return page


def _same(record, *kept, **changed):
    """What `record`'s edit page sends: the fields `kept` as they were, and those `changed`."""
    return {name: getattr(record, name) for name in kept} | changed


THIS_MONTH = updates.current_month()
YESTERDAY = timezone.localdate() - datetime.timedelta(days=1)
# (what the page does, the service called as the page calls it)
SENT = [
    ("trial details", lambda p, a: trial.update_trial_details(
        trial=p["trial"], actor=a, based_on_version=p["trial"].version, participating=[],
        domains=[], title="Changed")),
    ("milestone add", lambda p, a: records.add_milestone(
        trial=p["trial"], actor=a, title="Changed", due_on=YESTERDAY)),
    ("milestone edit", lambda p, a: records.update_milestone(
        milestone=p["milestone"], actor=a, based_on=history_token(p["milestone"]),
        **_same(p["milestone"], "due_on", "completed_on", "notes", title="Changed"))),
    ("milestone done", lambda p, a: records.complete_milestone(milestone=p["milestone"], actor=a)),
    ("risk add", lambda p, a: records.add_risk(
        trial=p["trial"], actor=a, description="Changed", likelihood=1, impact=1, owner="Head")),
    ("risk edit", lambda p, a: records.update_risk(
        risk=p["risk"], actor=a, based_on=history_token(p["risk"]),
        **_same(p["risk"], "likelihood", "impact", "owner", "mitigation",
                description="Changed", is_open=False))),
    ("offer add", lambda p, a: records.record_offer_use(
        trial=p["trial"], actor=a, element="change_support", asked_for="Changed")),
    ("offer edit", lambda p, a: records.update_offer_use(
        use=p["offer"], actor=a, based_on=history_token(p["offer"]),
        **_same(p["offer"], "element", "given", "given_on", "given_by",
                asked_for="Changed"))),
    ("support log", lambda p, a: records.log_support(
        trial=p["trial"], actor=a, held_on=YESTERDAY, given_by=a, kind="consultancy", hours=1)),
    ("relationship add", lambda p, a: records.add_relationship(
        trial=p["trial"], actor=a, with_whom="Changed", kind="investor", state="proposed")),
    ("relationship edit", lambda p, a: records.update_relationship(
        relationship=p["relationship"], actor=a, based_on=history_token(p["relationship"]),
        **_same(p["relationship"], "kind", "state", "notes", with_whom="Changed"))),
    ("request add", lambda p, a: records.create_pti(
        trial=p["trial"], actor=a, regulation="Changed", variation_sought="v", case="c")),
    ("request edit", lambda p, a: records.update_pti(
        request=p["pti"], actor=a, based_on=history_token(p["pti"]),
        **_same(p["pti"], "variation_sought", "case", regulation="Changed"))),
    ("request submit", lambda p, a: records.transition_pti(
        request=p["pti"], action="submit", actor=a)),
    ("update add", lambda p, a: updates.save_update_draft(
        trial=p["trial"], month=THIS_MONTH, actor=a, what_happened="Changed")),
    ("update add and submit", lambda p, a: updates.submit_new_update(
        trial=p["trial"], month=THIS_MONTH, actor=a, rag="green", what_happened="Changed")),
    ("update autosave", lambda p, a: updates.update_draft(
        update=p["draft"], based_on_version=p["draft"].version, actor=a,
        what_happened="Changed")),
    ("update submit", lambda p, a: updates.submit_update(update=p["draft"], actor=a)),
    ("update save and submit", lambda p, a: updates.submit_draft(
        update=p["draft"], based_on_version=p["draft"].version, actor=a,
        what_happened="Changed")),
    ("update take back", lambda p, a: updates.take_back_update(update=p["sent"], actor=a)),
    ("update mark read", lambda p, a: updates.mark_update_read(update=p["sent"], actor=a)),
]  # fmt: skip


def _state(made):
    """The trial and its records as saved, and the events logged."""
    kept = [
        list(model.objects.filter(field_trial=made).order_by("pk").values())
        for model in (
            Milestone,
            Risk,
            OfferUse,
            BrokeredRelationship,
            SupportSession,
            PowerToInnovateRequest,
            MonthlyUpdate,
        )
    ]
    return FieldTrial.objects.filter(pk=made.pk).values().get(), kept, Event.objects.count()


@pytest.mark.parametrize("name,send", SENT, ids=[s[0] for s in SENT])
def test_a_page_shown_before_the_withdrawal_saves_nothing_after_it(opened, officer, name, send):
    before = _state(opened["trial"])
    with pytest.raises(ProjectWithdrawn) as refused:
        send(opened, officer)
    assert refused.value.project.pk == opened["trial"].project_id
    assert refused.value.project.is_withdrawn  # the project as locked, not as the page read it
    assert _state(opened["trial"]) == before


@pytest.mark.django_db(transaction=True)
def test_a_trial_is_withdrawn_while_an_edit_holds_its_project_s_lock():
    """Run on PostgreSQL (CI). An edit takes the project's row first, then the trial's;
    withdrawing the trial takes the trial's row, then writes an event naming the project.
    Were the edit's lock FOR UPDATE, that event would wait on it while the edit waited on the
    trial: a deadlock, one of the two refused with a server error. The edit's lock (FOR NO
    KEY UPDATE) lets the event be written: the withdrawal does not wait for the edit."""
    from django.db import OperationalError, connection, connections, transaction

    if connection.vendor != "postgresql":
        pytest.skip("needs real row locks: run with DATABASE_URL set to PostgreSQL")
    import threading

    made = FieldTrialFactory(title="Heron Trial", status=FieldTrial.Status.INCUBATING)
    officer = UserFactory()
    ProgrammeMembershipFactory(programme=made.project.programme, user=officer, role=Role.OFFICER)
    locked, done = threading.Event(), threading.Event()

    def edit_holding_the_project():
        try:
            with transaction.atomic():
                trial.lock_trial_project(made.pk)
                locked.set()
                done.wait(10)
        finally:
            connections.close_all()

    thread = threading.Thread(target=edit_holding_the_project)
    thread.start()
    try:
        assert locked.wait(10)
        with transaction.atomic():
            with connection.cursor() as cursor:  # waiting on the edit would fail here
                cursor.execute("SET LOCAL lock_timeout = '2s'")
            try:
                trial.move_trial_status(
                    trial=made,
                    to_status=FieldTrial.Status.WITHDRAWN,
                    actor=officer,
                    reason="No school after all",
                )
            except OperationalError as error:  # pragma: no cover: the failure's message
                pytest.fail(f"withdrawing the trial waited on the edit's lock: {error}")
    finally:
        done.set()
        thread.join(timeout=30)
    assert FieldTrial.objects.get(pk=made.pk).status == FieldTrial.Status.WITHDRAWN
