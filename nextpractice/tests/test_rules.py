"""The list filters and the permissions are one rule: they must agree for every persona."""

import pytest

from accounts.rules import visible_notifications
from fieldtrials.rules import visible_communities, visible_fieldtrials
from nextpractice.testing.fixtures import PERSONAS
from programmes.models import KeptStimulus, ProblemStatement
from programmes.rules import visible_options, visible_programmes, visible_projects, visible_stimuli
from reports.rules import visible_reports
from reports.tests.access_cases import REPORT_KEYS
from toolkit.rules import visible_exercises

MODELS = [
    ("programmes.view_programme", visible_programmes, ("quartz", "onyx_programme")),
    ("programmes.view_project", visible_projects, ("amber", "beryl", "onyx_project")),
    (
        "fieldtrials.view_fieldtrial",
        visible_fieldtrials,
        ("coral", "dune", "elm", "onyx_trial", "quill"),
    ),
    ("fieldtrials.view_community", visible_communities, ("rowan",)),
    ("reports.view_report", visible_reports, REPORT_KEYS),
    ("toolkit.view_exercise", visible_exercises, ("fern", "onyx_exercise")),
    ("accounts.view_notification", visible_notifications, ("gale", "haze")),
    ("programmes.view_stimulus", visible_stimuli, ("ivy",)),
    ("programmes.view_record", visible_options, ("jade", "onyx_option")),
    (
        "programmes.view_record",
        lambda user: ProblemStatement.objects.filter(project__in=visible_projects(user)),
        ("problem", "onyx_problem"),
    ),
    (
        "programmes.view_record",
        lambda user: KeptStimulus.objects.filter(project__in=visible_projects(user)),
        ("kept",),
    ),
]


@pytest.mark.parametrize("persona", PERSONAS)
def test_list_filter_permission_and_stated_access_agree(world, persona):
    from django.contrib.auth.models import AnonymousUser

    user = world.users[persona] or AnonymousUser()
    for perm, visible, keys in MODELS:
        listed = set(visible(user).values_list("pk", flat=True))
        for key in keys:
            obj = world.objects[key]
            allowed = user.has_perm(perm, obj)
            assert allowed is True or allowed is False, "a rule must answer exactly True or False"
            stated = key in world.visible[persona]
            assert allowed == stated, f"{persona} {perm} {key}: rule says {allowed}"
            assert (obj.pk in listed) == stated, f"{persona} list of {perm} and {key}"


def test_partners_read_but_cannot_change(world):
    partner = world.users["partner"]
    assert partner.has_perm("programmes.view_project", world.amber)
    assert not partner.has_perm("programmes.change_project", world.amber)
    assert partner.has_perm("fieldtrials.view_fieldtrial", world.coral)
    assert not partner.has_perm("fieldtrials.change_fieldtrial", world.coral)


def test_trial_team_and_officers_may_change_a_trial_but_not_others(world):
    assert world.users["leader"].has_perm("fieldtrials.change_fieldtrial", world.coral)
    assert world.users["consultant"].has_perm("fieldtrials.change_fieldtrial", world.coral)
    assert world.users["officer"].has_perm("fieldtrials.change_fieldtrial", world.coral)
    assert not world.users["leader"].has_perm("fieldtrials.change_fieldtrial", world.dune)
    assert not world.users["officer"].has_perm("fieldtrials.change_fieldtrial", world.onyx_trial)


def test_only_programme_officers_change_projects(world):
    assert world.users["officer"].has_perm("programmes.change_project", world.beryl)
    for persona in ("consultant", "leader", "partner", "outsider"):
        assert not world.users[persona].has_perm("programmes.change_project", world.amber)
