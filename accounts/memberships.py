"""A person's memberships, read once and asked many times.

Every access rule starts from what the person belongs to: their roles in programmes,
projects and field trials. A page asks a dozen questions of those rules ("may they see this
trial? log support? ask for a report?"); each used to carry its own membership subqueries,
which Django built and compiled afresh every time. Here they are read in one query, kept on
the user object (so for one request, or one job), and the rules answer from the ids in
Python, or filter lists by literal ids.

Kept copies are dropped whenever a membership is saved or deleted in this process (a
generation number the signals below move on), so a rule never answers from memberships it
has seen change. Another process's change is seen by the next request, which loads its user
afresh.
"""

from dataclasses import dataclass, field
from functools import cached_property

from django.db import connection
from django.db.models.signals import post_delete, post_save

from nextpractice.rules_util import signed_in

_generation = 0


def forget_all():
    """Drop every kept copy (the signals call this; so may code that changes memberships
    with bulk operations, which send no signals)."""
    global _generation
    _generation += 1


def _membership_changed(sender, **kwargs):
    forget_all()


def connect_signals():
    """Called from AccountsConfig.ready()."""
    from fieldtrials.models import FieldTrialMembership
    from programmes.models import ProgrammeMembership, ProjectMembership

    for model in (ProgrammeMembership, ProjectMembership, FieldTrialMembership):
        post_save.connect(_membership_changed, sender=model, dispatch_uid=f"np-{model.__name__}")
        post_delete.connect(
            _membership_changed, sender=model, dispatch_uid=f"np-del-{model.__name__}"
        )


@dataclass(frozen=True)
class Memberships:
    """Roles by object id, with where each project and trial sits."""

    programme_roles: dict = field(default_factory=dict)  # programme id -> {roles}
    project_roles: dict = field(default_factory=dict)  # project id -> {roles}
    trial_roles: dict = field(default_factory=dict)  # trial id -> {roles}
    programme_of_project: dict = field(default_factory=dict)  # member projects' programmes
    programme_of_trial: dict = field(default_factory=dict)  # member trials' programmes
    # member trials whose project takes changes (Project.takes_changes), as it was read
    open_trials: set = field(default_factory=set)

    @staticmethod
    def _with(roles_by_id, roles):
        if roles is None:
            return frozenset(roles_by_id)
        wanted = set(roles)
        return frozenset(pk for pk, held in roles_by_id.items() if held & wanted)

    def programmes(self, roles=None):
        """Ids of programmes they hold one of `roles` in (any role if None)."""
        return self._with(self.programme_roles, roles)

    def projects(self, roles=None):
        return self._with(self.project_roles, roles)

    def trials(self, roles=None, *, taking_changes=False):
        """Ids of trials they hold one of `roles` in; where `taking_changes`, only those whose
        project takes changes (neither withdrawn nor closed) as their memberships were read:
        a coarse question (may they start anything at all?); a change asks its trial's
        project itself, under its lock."""
        found = self._with(self.trial_roles, roles)
        return found & self.open_trials if taking_changes else found

    @property
    def any(self):
        return bool(self.programme_roles or self.project_roles or self.trial_roles)

    def holds(self, roles, *, programme_id=None, project_id=None, trial_id=None):
        """True if they hold one of `roles` in the programme, project or trial given."""
        wanted = set(roles)
        return bool(
            (programme_id is not None and self.programme_roles.get(programme_id, set()) & wanted)
            or (project_id is not None and self.project_roles.get(project_id, set()) & wanted)
            or (trial_id is not None and self.trial_roles.get(trial_id, set()) & wanted)
        )

    @cached_property
    def community_trials(self):
        """Ids of the trials that share a community of practice with one of their trials
        (one query, the first time it is asked, and only if they belong to a trial)."""
        if not self.trial_roles:
            return frozenset()
        from fieldtrials.models import FieldTrial

        return frozenset(
            FieldTrial.objects.filter(communities__field_trials__in=self.trial_roles)
            .values_list("pk", flat=True)
            .distinct()
        )


def _read(user_id):
    from fieldtrials.models import FieldTrial, FieldTrialMembership
    from programmes.models import ProgrammeMembership, Project, ProjectMembership

    t = {
        m.__name__: m._meta.db_table
        for m in (
            ProgrammeMembership,
            ProjectMembership,
            FieldTrialMembership,
            Project,
            FieldTrial,
        )
    }
    sql = (
        # NULLs typed, or PostgreSQL types the first SELECT's columns as text. A trial's last
        # column: whether its project takes changes (Project.takes_changes).
        "SELECT 'g', m.programme_id, m.role, CAST(NULL AS bigint), CAST(NULL AS boolean) "
        f"FROM {t['ProgrammeMembership']} m "
        "WHERE m.user_id = %s "
        "UNION ALL "
        "SELECT 'p', m.project_id, m.role, p.programme_id, CAST(NULL AS boolean) "
        f"FROM {t['ProjectMembership']} m "
        f"JOIN {t['Project']} p ON p.id = m.project_id WHERE m.user_id = %s "
        "UNION ALL "
        "SELECT 't', m.field_trial_id, m.role, p.programme_id, "
        "(p.withdrawn_at IS NULL AND p.closed_on IS NULL) "
        f"FROM {t['FieldTrialMembership']} m "
        f"JOIN {t['FieldTrial']} f ON f.id = m.field_trial_id "
        f"JOIN {t['Project']} p ON p.id = f.project_id WHERE m.user_id = %s"
    )
    found = Memberships()
    by_kind = {"g": found.programme_roles, "p": found.project_roles, "t": found.trial_roles}
    with connection.cursor() as cursor:
        cursor.execute(sql, [user_id] * 3)
        for kind, pk, role, programme_id, takes_changes in cursor.fetchall():
            by_kind[kind].setdefault(pk, set()).add(role)
            if kind == "p":
                found.programme_of_project[pk] = programme_id
            elif kind == "t":
                found.programme_of_trial[pk] = programme_id
                if takes_changes:
                    found.open_trials.add(pk)
    return found


NOBODY = Memberships()


def read_afresh(user):
    """Drop `user`'s kept copy: the next rule asked of them reads their memberships again.
    For a change asking its permission again under its lock: another process may have taken
    them off the team since this request read what they belong to."""
    user.__dict__.pop("_np_memberships", None)


def memberships_of(user):
    """`user`'s memberships: read once per user object while no membership changes. None
    for anyone signed out or inactive (deny by default)."""
    if not signed_in(user):
        return NOBODY
    kept = getattr(user, "_np_memberships", None)
    if kept is not None and kept[0] == _generation:
        return kept[1]
    generation = _generation
    found = _read(user.pk)
    user._np_memberships = (generation, found)
    return found
