"""Roles held above a team, and the other ways someone sees it.

A project's officers, consultants and partners may hold their role in its programme instead;
a trial's, in its project or programme (programmes/rules.py, fieldtrials/rules.py). A role
here does not take away one held above: the People pages say so where it matters, and
refuse to add a role here that gives nothing the role above does not."""

from dataclasses import dataclass

from accounts.memberships import memberships_of
from accounts.models import Role
from nextpractice.rules_util import sees_everything

from ..events import role_with_article
from .kinds import kind_of, target_name

# What a role lets its holder do in a project or a field trial, held in it ("here") or in
# what holds it ("above": a project's programme; a trial's project or programme), as the
# rules decide: see it; read a project's trials; assess a project's options; change a
# trial's records (its team); log support for a trial; manage it and its people.
POWERS = {
    "project": {
        "here": {
            Role.OFFICER: {"see", "trials", "assess", "manage"},
            Role.CONSULTANT: {"see", "trials", "assess"},
            Role.PARTNER: {"see", "trials"},
            Role.PRACTITIONER: {"see"},
        },
        "above": {
            Role.OFFICER: {"see", "trials", "assess", "manage"},
            Role.CONSULTANT: {"see", "trials", "assess"},
            Role.PARTNER: {"see", "trials"},
            Role.PRACTITIONER: set(),  # a programme's practitioner sees its projects' names
        },
    },
    "field-trial": {
        "here": {
            Role.OFFICER: {"see", "change"},  # on the trial's team, not its project's officer
            Role.CONSULTANT: {"see", "change", "support"},
            Role.PRACTITIONER: {"see", "change"},
            Role.PARTNER: {"see"},
        },
        "above": {
            Role.OFFICER: {"see", "change", "support", "manage"},
            Role.CONSULTANT: {"see", "support"},
            Role.PARTNER: {"see"},
            Role.PRACTITIONER: set(),  # a project's practitioner does not see its trials
        },
    },
}

# What a role held above lets them do here, in words.
WORDS = {
    "project": {
        Role.OFFICER: "manage this project and its people",
        Role.CONSULTANT: "read this project and its field trials, and assess its options",
        Role.PARTNER: "read this project and its field trials",
    },
    "field-trial": {
        Role.OFFICER: "manage this field trial and its people",
        Role.CONSULTANT: "read this field trial and log support for it",
        Role.PARTNER: "read this field trial",
    },
}

NOUNS = {"project": "project", "field-trial": "field trial"}


@dataclass(frozen=True)
class HeldAbove:
    """A role someone holds in the project or programme above a team."""

    role: Role
    place: object  # the Project or Programme
    kind_slug: str  # the team's kind: project or field-trial

    @property
    def powers(self):
        return POWERS[self.kind_slug]["above"][self.role]

    @property
    def words(self):
        """What it lets them do in the team, as people read it."""
        return WORDS[self.kind_slug][self.role]

    @property
    def place_kind(self):
        return kind_of(self.place)

    def __str__(self):
        return f"{self.role.label.lower()} of {target_name(self.place)}"

    @property
    def with_article(self):
        """As a sentence says it: "a programme officer of Quartz Programme"."""
        return f"{role_with_article(self.role)} of {target_name(self.place)}"


def powers_here(target, role):
    return POWERS[kind_of(target).slug]["here"][Role(role)]


def roles_above(target, user):
    """The roles `user` holds above `target` that let them do something in it, the most
    giving first (an officer's). None above a programme. No query: the memberships are read
    once."""
    kind = kind_of(target)
    if kind.slug == "programme":
        return []
    m = memberships_of(user)
    if kind.slug == "field-trial":
        project = target.project
        places = [(project, m.project_roles.get(project.pk, ()))]
        programme = project.programme
    else:
        places = []
        programme = target.programme
    places.append((programme, m.programme_roles.get(programme.pk, ())))
    held = [
        HeldAbove(Role(role), place, kind.slug)
        for place, roles in places
        for role in roles
        if POWERS[kind.slug]["above"][Role(role)]
    ]
    return sorted(held, key=lambda h: -len(h.powers))


def covering_role(target, user, role):
    """The role `user` holds above `target` that already gives them all `role` would give
    them in it (a programme officer asked to be a project's practitioner), or None."""
    if kind_of(target).slug == "programme":
        return None  # nothing is above a programme
    wanted = powers_here(target, role)
    return next((h for h in roles_above(target, user) if wanted <= h.powers), None)


def covered_message(target, user, role, held):
    """Why adding `user` to `target` with `role` is refused: `held` gives them it already."""
    noun = NOUNS[kind_of(target).slug]
    if held.role == Role.OFFICER:
        return f"{user} is already {held.with_article}, which covers this {noun}."
    return (
        f"{user} is already {held.with_article}, which gives them all "
        f"{role_with_article(role)} has "
        f"in this {noun}. There is no need to add them here."
    )


def other_ways_in(target, user):
    """How `user` would still see `target` once no longer a member of it, as sentences ("As
    consultant of Amber Project, they can still read this field trial and log support for
    it."); none if they would not see it."""
    from fieldtrials.models import CommunityOfPractice

    if sees_everything(user):
        return ["They can still see it as an administrator."]
    kind = kind_of(target)
    m = memberships_of(user)
    if kind.slug == "programme":
        mine = set(m.programme_of_project.values()) | set(m.programme_of_trial.values())
        if target.pk in mine:
            return ["They can still see it as a member of one of its projects or field trials."]
        return []
    ways = [
        f"As {held}, they can still {held.words}."
        for held in roles_above(target, user)
        if "see" in held.powers
    ]
    others = [pk for pk in m.trial_roles if pk != target.pk]
    if kind.slug == "field-trial" and others:
        shared = (
            CommunityOfPractice.objects.filter(field_trials=target)
            .filter(field_trials__in=others)
            .distinct()
            .order_by("name")
            .values_list("name", flat=True)
        )
        ways += [
            f"They can still read it through the community of practice {name}, which another "
            "of their trials belongs to."
            for name in shared
        ]
    return ways
