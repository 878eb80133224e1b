"""The three kinds of team a person can be invited to, and what each needs."""

from dataclasses import dataclass

from django.urls import reverse


@dataclass(frozen=True)
class TeamKind:
    """Where a kind of team keeps its members, and the permissions that guard it."""

    slug: str  # in URLs: programme, project, field-trial
    field: str  # the target's column on a membership or invitation
    app: str  # for event verbs: programmes.member_removed, fieldtrials.member_removed
    view_perm: str  # see its People page
    invite_perm: str  # invite people (a trial's lead: practitioners of their school)
    manage_perm: str  # invite with any role, change roles, remove, resend, withdraw

    @property
    def model(self):
        return _models()[self.slug][0]

    @property
    def membership_model(self):
        return _models()[self.slug][1]

    def get_for(self, user, pk, perm):
        """The team's object, through its app's get_<noun>_for (404 / 403 as it decides)."""
        return _getters()[self.slug](user, pk, perm)

    def people_url(self, target):
        return reverse("people:people", args=[self.slug, target.pk])


KINDS = {
    "programme": TeamKind(
        slug="programme",
        field="programme",
        app="programmes",
        view_perm="programmes.manage_programme_people",
        invite_perm="programmes.manage_programme_people",
        manage_perm="programmes.manage_programme_people",
    ),
    "project": TeamKind(
        slug="project",
        field="project",
        app="programmes",
        view_perm="programmes.manage_project_people",
        invite_perm="programmes.manage_project_people",
        manage_perm="programmes.manage_project_people",
    ),
    "field-trial": TeamKind(
        slug="field-trial",
        field="field_trial",
        app="fieldtrials",
        view_perm="fieldtrials.view_people",
        invite_perm="fieldtrials.invite_people",
        manage_perm="fieldtrials.manage_people",
    ),
}


def _models():
    from fieldtrials.models import FieldTrial, FieldTrialMembership
    from programmes.models import Programme, ProgrammeMembership, Project, ProjectMembership

    return {
        "programme": (Programme, ProgrammeMembership),
        "project": (Project, ProjectMembership),
        "field-trial": (FieldTrial, FieldTrialMembership),
    }


def _getters():
    from fieldtrials.rules import get_fieldtrial_for
    from programmes.rules import get_programme_for, get_project_for

    return {
        "programme": get_programme_for,
        "project": get_project_for,
        "field-trial": get_fieldtrial_for,
    }


def kind_of(target):
    """The TeamKind of a programme, project or field trial."""
    for kind in KINDS.values():
        if isinstance(target, kind.model):
            return kind
    raise TypeError(f"Not a team: {target!r}")


def team_of(membership):
    """(TeamKind, the programme, project or field trial) of a membership of one."""
    for kind in KINDS.values():
        if isinstance(membership, kind.membership_model):
            return kind, getattr(membership, kind.field)
    raise TypeError(f"Not a membership of a team: {membership!r}")


def target_name(target):
    return getattr(target, "name", None) or target.title


def withdrawn_project(target):
    """Whether `target` is a withdrawn project (added by mistake): nobody is invited to it,
    nor an invitation sent again, until it is restored."""
    return kind_of(target).slug == "project" and target.is_withdrawn


def withdrawn_trial(target):
    """Whether `target` is a withdrawn field trial: nobody is invited to it, nor an invitation
    sent again, unless its project's officers take it back (move it to Selected)."""
    return kind_of(target).slug == "field-trial" and target.status == target.Status.WITHDRAWN


def trial_withdrawn_message(trial):
    """Why nobody is invited to `trial`, a withdrawn field trial, and what would change it."""
    return (
        f"{trial.title} has been withdrawn, so nobody can be invited to it. Its project's "
        "programme officers can take it back by moving it to Selected."
    )


def project_of(target):
    """The project whose team `target` is, or whose field trial it is; None for a
    programme."""
    slug = kind_of(target).slug
    if slug == "project":
        return target
    if slug == "field-trial":
        return target.project
    return None
