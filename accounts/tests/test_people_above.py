"""The People pages' table of what a role gives (accounts.people.above.POWERS), which says
"Olivia Okafor is already programme officer …, which covers this project" and "As consultant
of Amber Project, they can still read this field trial", held to the rules themselves: for
each role held in a project or trial, or above it, what the person may then do there."""

import pytest

from accounts.models import Role
from accounts.people.above import POWERS
from accounts.tests.factories import UserFactory
from fieldtrials.tests.factories import FieldTrialFactory, FieldTrialMembershipFactory
from programmes.tests.factories import (
    ProgrammeMembershipFactory,
    ProjectFactory,
    ProjectMembershipFactory,
)
from programmes.tests.factories_options import OptionFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def place():
    project = ProjectFactory()
    return {
        "programme": project.programme,
        "project": project,
        "trial": FieldTrialFactory(project=project),
        "other_trial": FieldTrialFactory(project=project),
        "option": OptionFactory(project=project),
    }


def member(place, where, role):
    user = UserFactory()
    if where == "programme":
        ProgrammeMembershipFactory(programme=place["programme"], user=user, role=role)
    elif where == "project":
        ProjectMembershipFactory(project=place["project"], user=user, role=role)
    else:
        FieldTrialMembershipFactory(field_trial=place["trial"], user=user, role=role)
    return user


def project_powers(user, place):
    project = place["project"]
    checks = {
        "see": user.has_perm("programmes.view_project", project),
        "trials": user.has_perm("fieldtrials.view_fieldtrial", place["other_trial"]),
        "assess": user.has_perm("programmes.assess_option", place["option"]),
        "manage": user.has_perm("programmes.manage_project_people", project),
    }
    return {power for power, may in checks.items() if may}


def trial_powers(user, place):
    trial = place["trial"]
    checks = {
        "see": user.has_perm("fieldtrials.view_fieldtrial", trial),
        "change": user.has_perm("fieldtrials.change_fieldtrial", trial),
        "support": user.has_perm("fieldtrials.log_support", trial),
        "manage": user.has_perm("fieldtrials.manage_people", trial),
    }
    return {power for power, may in checks.items() if may}


CASES = [
    ("project", "here", "project"),
    ("project", "above", "programme"),
    ("field-trial", "here", "trial"),
    ("field-trial", "above", "project"),
    ("field-trial", "above", "programme"),
]


@pytest.mark.parametrize("kind, level, where", CASES)
@pytest.mark.parametrize("role", [Role.OFFICER, Role.CONSULTANT, Role.PARTNER, Role.PRACTITIONER])
def test_what_the_people_pages_say_a_role_gives_is_what_the_rules_give(
    place, kind, level, where, role
):
    user = member(place, where, role)
    powers = project_powers if kind == "project" else trial_powers
    assert powers(user, place) == POWERS[kind][level][role], (kind, where, role)


# What the invite and Change role forms say each role lets someone do (accounts.people.words
# .CAN, the hint under each choice), as the powers above: each hint held to the rules.
SAID = {
    ("field-trial", Role.PRACTITIONER): {"see", "change"},
    ("field-trial", Role.CONSULTANT): {"see", "change", "support"},
    ("field-trial", Role.PARTNER): {"see"},
    ("project", Role.OFFICER): {"see", "trials", "assess", "manage"},
    ("project", Role.CONSULTANT): {"see", "trials", "assess"},
    ("project", Role.PARTNER): {"see", "trials"},
    ("project", Role.PRACTITIONER): {"see"},
}


@pytest.mark.parametrize("kind, role", list(SAID))
def test_the_hint_under_each_role_says_what_the_rules_give(place, kind, role):
    from accounts.people.words import CAN

    hint = CAN[kind][role]
    # "but not change them" is said of those who change nothing there.
    changes = SAID[kind, role] & {"change", "assess", "manage"}
    assert ("not change" in hint) == (not changes and role == Role.PARTNER)
    if kind == "field-trial":
        powers = trial_powers(member(place, "trial", role), place)
        assert powers - {"manage"} == SAID[kind, role], hint
        assert ("log support" in hint) == ("support" in powers)
    else:
        powers = project_powers(member(place, "project", role), place)
        assert powers == SAID[kind, role], hint
        assert ("assess" in hint) == ("assess" in powers)
        # Support is logged on the project's field trials (a consultant of the project was
        # let log it, and not told so).
        trial = place["trial"]
        supports = member(place, "project", role).has_perm("fieldtrials.log_support", trial)
        assert ("log support" in hint) == supports, hint
        assert ("field trials" in hint and "not its field trials" not in hint) == (
            "trials" in powers
        )
        if role == Role.PRACTITIONER:
            # A school leader of the project reads all of it but its trials, the reviewers'
            # named assessments of its options too: "this project's page only" was wrong.
            user = member(place, "project", role)
            project, option = place["project"], place["option"]
            reads = {
                "need analysis": user.has_perm("programmes.view_record", project),
                "each reviewer's named scores": user.has_perm("programmes.view_record", option),
                "its evaluation": user.has_perm("evaluation.view_subject", project),
                "discuss it": user.has_perm("discussions.start_thread", project),
            }
            for words, may in reads.items():
                assert (words in hint) == may, (words, hint)
            assert "page only" not in hint
    assert set(CAN[kind]) == {r for k, r in SAID if k == kind}
