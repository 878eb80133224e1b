"""Evaluation access: the list filters, the permissions and the world's statements agree for
every persona and every kind of record."""

import pytest
from django.contrib.auth.models import AnonymousUser

from evaluation.rules import visible_records
from nextpractice.testing.fixtures import PERSONAS


def evaluation_keys(world):
    return [k for k in world.objects if k.startswith("ev_")]


@pytest.mark.parametrize("persona", PERSONAS)
def test_list_filter_view_permission_and_stated_access_agree(world, persona):
    user = world.users[persona] or AnonymousUser()
    for key in evaluation_keys(world):
        obj = world.objects[key]
        allowed = user.has_perm("evaluation.view_record", obj)
        assert allowed is True or allowed is False, "a rule must answer exactly True or False"
        stated = key in world.visible[persona]
        assert allowed == stated, f"{persona} view {key}: rule says {allowed}"
        listed = visible_records(user, type(obj)).filter(pk=obj.pk).exists()
        assert listed == stated, f"{persona} list of {key}: {listed}"


@pytest.mark.parametrize(
    "persona, key, allowed",
    [
        ("officer", "ev_objective", True),
        ("leader", "ev_objective", False),  # reads the programme, does not steer it
        ("leader", "ev_trial_objective", True),  # the trial's team keeps its objectives
        ("consultant", "ev_indicator", True),
        ("partner", "ev_indicator", False),  # partners read trials, never change them
        ("leader", "ev_trial_lesson", False),  # lessons are the officers'
        ("partner", "ev_contribution", True),  # their own organisation's
        ("partner", "ev_other_contribution", False),
        ("partner", "ev_programme_contribution", False),  # not a partner of the programme
        ("outsider", "ev_measurement", False),
        ("officer", "ev_onyx_objective", False),
        ("admin", "ev_onyx_objective", True),
    ],
)
def test_who_may_change_what(world, persona, key, allowed):
    got = world.users[persona].has_perm("evaluation.change_record", world.objects[key])
    assert got is allowed


def test_a_partner_without_an_organisation_cannot_add_contributions(world):
    partner = world.users["partner"]
    assert partner.has_perm("evaluation.add_contribution", world.amber)
    partner.organisation = None
    assert not partner.has_perm("evaluation.add_contribution", world.amber)
