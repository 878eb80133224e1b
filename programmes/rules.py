"""Who may see and change programmes and projects. Access is decided here only.

Seeing follows membership: a programme's members see it; a project's members see it; the
officers, consultants and partners of a programme see all its projects. Changing is for
programme officers. Each `visible_<nouns>` list filter and its `view_` permission are the
same rule, so a list can never show what a detail page would refuse.
"""

import rules
from django.db.models import Q

from accounts.access import fetch_for
from accounts.memberships import memberships_of
from accounts.models import Role
from nextpractice.rules_util import any_of, id_filter, rows_where, sees_everything

from .models import Programme, Project

# Roles whose membership of a programme or project lets them read everything under it.
READ_ALL_ROLES = (Role.OFFICER, Role.CONSULTANT, Role.PARTNER)


def visible_programmes(user):
    """Programmes the user belongs to, or belongs to a project or field trial of."""
    if sees_everything(user):
        return Programme.objects.all()
    return Programme.objects.filter(pk__in=visible_programme_ids(user))


def _project_filter(project_ids, programme_ids, prefix=""):
    """Projects (or, with `prefix`, rows related to projects) among `project_ids` or of a
    programme among `programme_ids`; None when both are empty."""
    return any_of(
        id_filter(f"{prefix}pk", project_ids), id_filter(f"{prefix}programme_id", programme_ids)
    )


def visible_projects(user):
    """Projects the user belongs to, and every project of a programme they read in full; not
    a withdrawn one (added by mistake), which leaves every list, picker and search."""
    if sees_everything(user):
        return Project.objects.current()
    m = memberships_of(user)
    return rows_where(
        Project.objects.current(), _project_filter(m.projects(), m.programmes(READ_ALL_ROLES))
    )


def openable_projects(user):
    """The projects whose pages `user` may open (`programmes.view_project` as a filter): those
    of `visible_projects`, and the withdrawn ones they are an officer of, to restore them
    (who else opens a withdrawn project's page finds nothing there: 404)."""
    if sees_everything(user):
        return Project.objects.all()
    kept_open = Project.objects.withdrawn().exclude(pk__in=withdrawn_closed_to(user).values("pk"))
    return visible_projects(user) | kept_open


def withdrawn_closed_to(user):
    """The withdrawn projects `user` may not open (every one but those they are an officer
    of, of it or its programme; none for whoever sees everything): what happened in them, to
    their records and trials too, leaves whatever `user` reads (accounts.rules.
    visible_events), and their trials with it (fieldtrials.rules.visible_fieldtrials);
    openable_projects opens the others. A filter with no query of its own."""
    if sees_everything(user):
        return Project.objects.none()
    officer = projects_filter(user, (Role.OFFICER,), "")
    withdrawn = Project.objects.withdrawn()
    return withdrawn if officer is None else withdrawn.exclude(officer)


def reads_project_in_full(user, project_id, programme_id):
    """Does `user` read every field trial of this project (its officers', consultants' and
    partners', or their programme's)? Asked of the memberships, without a query."""
    if sees_everything(user):
        return True
    return memberships_of(user).holds(
        READ_ALL_ROLES, project_id=project_id, programme_id=programme_id
    )


def projects_filter(user, roles, prefix="project__"):
    """A filter on rows of a project where `user` holds one of `roles` in the project or its
    programme (e.g. field trials of projects they are an officer of); None if nowhere."""
    m = memberships_of(user)
    return _project_filter(m.projects(roles), m.programmes(roles), prefix)


@rules.predicate
def can_see_programme(user, programme):
    if sees_everything(user):
        return True
    return programme.pk in visible_programme_ids(user)


def visible_programme_ids(user):
    m = memberships_of(user)
    return (
        m.programmes()
        | frozenset(m.programme_of_project.values())
        | frozenset(m.programme_of_trial.values())
    )


@rules.predicate
def is_programme_officer(user, programme):
    return memberships_of(user).holds((Role.OFFICER,), programme_id=programme.pk)


@rules.predicate
def can_see_project(user, project):
    if sees_everything(user):
        return True
    if project.is_withdrawn:
        return is_project_officer(user, project)
    m = memberships_of(user)
    return project.pk in m.project_roles or m.holds(
        READ_ALL_ROLES, programme_id=project.programme_id
    )


def reads_whole_project(user, project):
    """Whether `user` sees every field trial of `project` (an officer, consultant or partner
    of it or its programme, or whoever sees everything), so that a page need not say "you can
    see" of its trials (no query: the memberships are read once a request)."""
    return sees_everything(user) or memberships_of(user).holds(
        READ_ALL_ROLES, project_id=project.pk, programme_id=project.programme_id
    )


def reads_whole_programme(user, programme):
    """Whether `user` sees every project of `programme`, as reads_whole_project."""
    return sees_everything(user) or memberships_of(user).holds(
        READ_ALL_ROLES, programme_id=programme.pk
    )


@rules.predicate
def is_project_officer(user, project):
    """An officer of the project itself or of its programme."""
    return memberships_of(user).holds(
        (Role.OFFICER,), project_id=project.pk, programme_id=project.programme_id
    )


@rules.predicate
def is_project_consultant(user, project):
    """A consultant of the project itself or of its programme."""
    return memberships_of(user).holds(
        (Role.CONSULTANT,), project_id=project.pk, programme_id=project.programme_id
    )


def _project_of(obj):
    """The project a Phase 1 record belongs to (an option's assessment: its option's)."""
    if isinstance(obj, Project):
        return obj
    if hasattr(obj, "option"):
        return obj.option.project
    return obj.project


@rules.predicate
def can_see_record(user, record):
    return can_see_project(user, _project_of(record))


@rules.predicate
def is_record_project_officer(user, record):
    return is_project_officer(user, _project_of(record))


@rules.predicate
def may_assess(user, option):
    return is_project_officer(user, option.project) or is_project_consultant(user, option.project)


def may_change_project(user, project, perm="programmes.change_project"):
    """Whether `user` may now add to `project` or change it or its records by `perm` (what
    its pages offer: their Add, Change and Withdraw): who has `perm`, while the project takes
    changes: not withdrawn, nor closed (Project.takes_changes), when its services refuse
    (programmes.services.lifecycle.open_project). Its Phase 3 learning, its people, its
    reports and reopening it ask their own rules."""
    return project.takes_changes and user.has_perm(perm, project)


rules.add_perm("programmes.view_programme", can_see_programme)
rules.add_perm("programmes.change_programme", is_programme_officer)
rules.add_perm("programmes.add_project", is_programme_officer)
rules.add_perm("programmes.view_project", can_see_project)
rules.add_perm("programmes.change_project", is_project_officer)
rules.add_perm("programmes.move_stage", is_project_officer)
# Closing a project that has finished System learning, and reopening it: as moving it.
rules.add_perm("programmes.close_project", is_project_officer)
# Withdrawing a project added by mistake (while it has no field trial but withdrawn ones),
# and restoring it: as closing it.
rules.add_perm("programmes.withdraw_project", is_project_officer)
# Phase 1 records (problems, objectives, data sources, innovators, kept stimuli, workshops,
# options) are read by whoever reads their project and changed by its officers.
rules.add_perm("programmes.view_record", can_see_record)
rules.add_perm("programmes.change_record", is_record_project_officer)
rules.add_perm("programmes.assess_option", may_assess)
rules.add_perm("programmes.decide_option", is_record_project_officer)


# --- Programmes anyone may create ------------------------------------------------------


def is_officer_anywhere(user):
    """Holds a programme officer role in some programme or project."""
    if sees_everything(user):
        return True
    m = memberships_of(user)
    return bool(m.programmes((Role.OFFICER,)) or m.projects((Role.OFFICER,)))


rules.add_perm("programmes.add_programme", rules.predicate(is_officer_anywhere))


# --- The stimulus library --------------------------------------------------------------


def has_any_membership(user):
    return sees_everything(user) or memberships_of(user).any


def visible_stimuli(user):
    """The library is shared across projects: anyone who belongs to some work reads it."""
    from .models import Stimulus

    if has_any_membership(user):
        return Stimulus.objects.all()
    return Stimulus.objects.none()


@rules.predicate
def can_see_stimulus(user, stimulus):
    return has_any_membership(user)


rules.add_perm("programmes.view_stimulus", can_see_stimulus)
# The library as a whole (its list, search and export): no object to ask about.
rules.add_perm("programmes.view_stimulus_library", rules.predicate(has_any_membership))
rules.add_perm("programmes.add_stimulus", rules.predicate(is_officer_anywhere))
rules.add_perm(
    "programmes.change_stimulus", rules.predicate(lambda user, stimulus: is_officer_anywhere(user))
)


def get_stimulus_for(user, pk, perm="programmes.view_stimulus"):
    return fetch_for(user, visible_stimuli(user), pk, perm, view_perm="programmes.view_stimulus")


# --- Options ---------------------------------------------------------------------------


def visible_options(user):
    from .models import CreativeOption

    return CreativeOption.objects.filter(project__in=visible_projects(user))


def get_option_for(user, pk, perm="programmes.view_record"):
    """An option of a project whose pages the user may open (openable_projects: a withdrawn
    one's officers open it, to be told it is withdrawn and restore it, 409 on a change)."""
    from .models import CreativeOption

    return fetch_for(
        user,
        CreativeOption.objects.filter(project__in=openable_projects(user)).select_related(
            "project__programme", "workshop"
        ),
        pk,
        perm,
        view_perm="programmes.view_record",
    )


def get_record_for(user, model, pk, perm="programmes.view_record"):
    """A Phase 1 record (problem, objective, data source...) of a project whose pages the
    user may open (as get_option_for)."""
    return fetch_for(
        user,
        model.objects.filter(project__in=openable_projects(user)).select_related("project"),
        pk,
        perm,
        view_perm="programmes.view_record",
    )


def get_programme_for(user, pk, perm="programmes.view_programme"):
    return fetch_for(
        user,
        visible_programmes(user).select_related("lead_organisation"),
        pk,
        perm,
        view_perm="programmes.view_programme",
    )


def get_project_for(user, pk, perm="programmes.view_project"):
    return fetch_for(
        user,
        openable_projects(user).select_related("programme"),
        pk,
        perm,
        view_perm="programmes.view_project",
    )


# --- People: members and invitations (accounts/people) ---------------------------------
# A programme's people are managed by its officers; a project's by its officers and its
# programme's. Others see the team where the project page shows it.
rules.add_perm("programmes.manage_programme_people", is_programme_officer)
rules.add_perm("programmes.manage_project_people", is_project_officer)


def _people_memberships(**programme):
    """The membership rows, of the three kinds, that put a person in the programme(s) named by
    `programme_id=` or `programme_id__in=`: the one answer to "who are a programme's people"."""
    from fieldtrials.models import FieldTrialMembership

    from .models import ProgrammeMembership, ProjectMembership

    ((lookup, value),) = programme.items()
    return [
        ProgrammeMembership.objects.filter(**{lookup: value}),
        ProjectMembership.objects.filter(**{f"project__{lookup}": value}),
        FieldTrialMembership.objects.filter(**{f"field_trial__project__{lookup}": value}),
    ]


def people_holding(roles=None, *, programmes=(), projects=()):
    """A filter on people (accounts.User) who hold one of `roles` (any role if None) in one
    of `programmes` or `projects` (ids, or a queryset of ids): the memberships rules read,
    asked of people. No query of its own."""
    from .models import ProgrammeMembership, ProjectMembership

    condition = Q(pk__in=[])
    for model, field, ids in (
        (ProgrammeMembership, "programme_id", programmes),
        (ProjectMembership, "project_id", projects),
    ):
        rows = model.objects.filter(**{f"{field}__in": ids})
        if roles:
            rows = rows.filter(role__in=roles)
        condition |= Q(pk__in=rows.values("user_id"))
    return condition


def project_officers_filter(project):
    """A filter on people: the officers of `project` and of its programme
    (is_project_officer, asked of people). No query of its own."""
    return people_holding((Role.OFFICER,), programmes=[project.programme_id], projects=[project.pk])


def project_readers_filter(project):
    """A filter on people who see `project` (can_see_project, asked of people): its members
    and whoever reads its programme in full; a withdrawn one, its officers only. Those who
    see everything (administrators) are the caller's to add. No query of its own."""
    if project.is_withdrawn:
        return project_officers_filter(project)
    return people_holding(projects=[project.pk]) | people_holding(
        READ_ALL_ROLES, programmes=[project.programme_id]
    )


def visible_people(user):
    """The people `user` may find by name anywhere (search): whoever they could pick in the
    pickers of a programme they see (`programme_people` of each of `visible_programmes`)."""
    from accounts.models import User

    programmes = visible_programmes(user).values("pk")
    rows = [m.values("user_id") for m in _people_memberships(programme_id__in=programmes)]
    return User.objects.filter(
        Q(pk__in=rows[0]) | Q(pk__in=rows[1]) | Q(pk__in=rows[2]), is_active=True
    )


def findable_people(user, people_ids, *, switched_off=False):
    """Which of `people_ids` `user` may find (those of them in `visible_people(user)`), asked
    of their programmes against the reader's: one query, their memberships, however many
    people there are in all (a thread's authors, to link to their pages). With
    `switched_off`, people whose accounts are switched off too, by the same rule as before
    (their places in teams stay): whoever could find them then still opens their page."""
    ids = sorted(set(people_ids))
    if not ids:
        return set()
    active = {} if switched_off else {"user__is_active": True}
    parts = [
        m.filter(user_id__in=ids, **active).order_by().values_list("user_id", field)
        for m, field in zip(
            _people_memberships(programme_id__isnull=False),
            ("programme_id", "project__programme_id", "field_trial__project__programme_id"),
            strict=True,
        )
    ]
    first, *others = parts
    rows = set(first.union(*others))
    if sees_everything(user):
        return {person for person, _programme in rows}
    mine = visible_programme_ids(user)
    return {person for person, programme in rows if programme in mine}


def programme_people(programme_id, roles=None):
    """The people who may be picked for work in a programme (a trial's consultant, say): its
    own members and those of its projects and field trials, with one of `roles` if given.
    Never anyone else: a picker shows only people already in the programme. Who may search
    them is who may see the programme (`programmes.view_programme`), 404 for anyone else."""
    from accounts.models import User

    memberships = _people_memberships(programme_id=programme_id)
    if roles:
        memberships = [rows.filter(role__in=roles) for rows in memberships]
    # The programme's people read first, as ids (one query, as many rows as the programme
    # has people): searched as subqueries, every active person in the country was read to
    # test each against the three membership tables.
    first, *others = [rows.values_list("user_id", flat=True) for rows in memberships]
    ids = set(first.union(*others))
    return User.objects.filter(pk__in=ids, is_active=True)
