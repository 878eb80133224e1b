"""What the People pages and their e-mails say of roles and teams: which roles a team
offers, what each lets its holder do there, a role with its article ("a consultant"), what a
team is part of, and subjects that keep the role when a team's name is long."""

from nextpractice import words
from nextpractice.mail import SUBJECT_WIDTH, subject_line

from ..events import role_with_article
from ..models import Role
from .kinds import kind_of, target_name

# What each role lets its holder do in a team of each kind, as the rules decide
# (accounts/people/above.py's POWERS; programmes/rules.py, fieldtrials/rules.py), after
# "can". The roles a team offers when inviting are these, in this order: a programme officer
# of a trial is only one of its team (not its project's officer), and a school leader of a
# programme sees only its projects' names, so neither is offered.
CAN = {
    "programme": {
        Role.OFFICER: "run this programme: change its projects and field trials, and bring "
        "people in",
        Role.CONSULTANT: "read every project and field trial in this programme, assess "
        "options and log support",
        Role.PARTNER: "read every project and field trial in this programme, but not change them",
    },
    "project": {
        Role.OFFICER: "run this project: change it and its field trials, assess its options, "
        "log support and bring people in",
        Role.CONSULTANT: "read this project and all its field trials, assess its options and "
        "log support",
        Role.PARTNER: "read this project and all its field trials, but not change them",
        Role.PRACTITIONER: "read all of this project (its need analysis, its options with "
        "each reviewer's named scores and notes, its evaluation and history) and discuss it, "
        "but not its field trials",
    },
    "field-trial": {
        Role.PRACTITIONER: "see and change this field trial's plans, milestones, risks and "
        "monthly updates",
        Role.CONSULTANT: "see and change this field trial's plans and monthly updates, and "
        "log support",
        Role.PARTNER: "read this field trial and its monthly updates, but not change them",
    },
}

NOUNS = {"programme": "programme", "project": "project", "field-trial": "field trial"}


def roles_for(target):
    """The roles someone may be invited to `target` with."""
    return list(CAN[kind_of(target).slug])


def can(target, role):
    """What `role` lets its holder do in `target`, after "can"; "" if it offers none."""
    return CAN[kind_of(target).slug].get(Role(role), "")


def described(target):
    """What `target` is, and what it is part of: "the field trial “Larch Trial”, part of the
    project “Reading” in the programme “Next Practice 2006-8”"."""
    slug = kind_of(target).slug
    said = f"the {NOUNS[slug]} “{target_name(target)}”"
    if slug == "field-trial":
        project = target.project
        said += f", part of the project “{project.title}” in the programme “{project.programme}”"
    elif slug == "project":
        said += f", part of the programme “{target.programme}”"
    return said


def fitted(before, name, after="", width=SUBJECT_WIDTH):
    """`before` + `name` + `after`, within `width` characters (a subject's): the name cut
    with "…" so what follows it (a role, say) stays whole."""
    return words.fitted(before, name, after, width)


def invitation_subject(invitation):
    """An invitation e-mail's subject: "You are invited to join Larch Trial as a
    consultant", the name shortened so the role stays."""
    name = target_name(invitation.target)
    return subject_line(
        fitted("You are invited to join ", name, f" as {role_with_article(invitation.role)}")
    )
