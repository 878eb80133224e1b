"""The record services on their own: permission, validation, one event, who changed it."""

import datetime

import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from accounts.models import Event
from fieldtrials.models import Milestone, SupportSession
from fieldtrials.services.records import (
    RecordEditConflict,
    add_milestone,
    add_relationship,
    add_risk,
    create_pti,
    history_token,
    log_support,
    record_offer_use,
    update_offer_use,
)


def test_each_service_checks_its_permission(world):
    partner, leader, coral = world.users["partner"], world.users["leader"], world.coral
    with pytest.raises(PermissionDenied):
        add_milestone(trial=coral, actor=partner, title="x", due_on=datetime.date(2007, 1, 1))
    with pytest.raises(PermissionDenied):
        add_risk(trial=world.quill, actor=leader, description="x", likelihood=1, impact=1,
                 owner="y")  # fmt: skip
    with pytest.raises(PermissionDenied):
        log_support(trial=coral, actor=leader, held_on=datetime.date(2007, 1, 1),
                    given_by=leader, kind="visit", hours=1)  # fmt: skip
    with pytest.raises(PermissionDenied):
        create_pti(trial=coral, actor=partner, regulation="r", variation_sought="v", case="c")
    assert not Event.objects.exists()


def test_services_validate_and_save_nothing_when_invalid(world):
    coral, leader = world.coral, world.users["leader"]
    coral.start_date = datetime.date(2006, 9, 1)
    coral.save()
    with pytest.raises(ValidationError) as error:
        add_milestone(trial=coral, actor=leader, title="Early", due_on=datetime.date(2006, 1, 1))
    assert "1 September 2006" in error.value.message_dict["due_on"][0]
    with pytest.raises(ValidationError) as error:
        log_support(trial=coral, actor=world.users["consultant"], held_on=datetime.date(2007, 1, 1),
                    given_by=world.users["consultant"], kind="visit", hours=30)  # fmt: skip
    assert "hours" in error.value.message_dict
    with pytest.raises(ValidationError):
        add_relationship(trial=coral, actor=leader, with_whom="", kind="investor", state="active")
    assert not Milestone.objects.filter(title="Early").exists()
    assert SupportSession.objects.count() == 2  # the world's own
    assert not Event.objects.exists()


def test_a_change_writes_one_event_on_the_trial_and_names_who_made_it(world):
    leader = world.users["leader"]
    use = record_offer_use(trial=world.coral, actor=leader, element="practice",
                           asked_for="Visit a school that timetables by project")  # fmt: skip
    assert use.history.latest().history_user == leader
    update_offer_use(use=use, actor=world.users["consultant"], based_on=history_token(use),
                     element="practice", asked_for=use.asked_for, given="A visit to Kent",
                     given_on=datetime.date(2007, 2, 1), given_by="Consultant")  # fmt: skip
    events = Event.objects.filter(target_id=world.coral.pk).order_by("id")
    assert [e.verb for e in events] == ["fieldtrials.offer_asked", "fieldtrials.offer_updated"]
    assert events[1].data["changed"] == ["given", "given_by", "given_on"]
    assert use.history.latest().history_user == world.users["consultant"]
    with pytest.raises(RecordEditConflict):
        update_offer_use(use=use, actor=leader, based_on=history_token(use) - 1,
                         element="practice", asked_for="Mine", given="", given_on=None,
                         given_by="")  # fmt: skip
    use.refresh_from_db()
    assert use.given == "A visit to Kent"
