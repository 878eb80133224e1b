"""Who may read and write discussions. Access is decided here only.

A trial's threads are read by whoever sees the trial (fieldtrials.rules), and written in by
them too, except those who see it only as a partner: partners read. A thread "for officers
only" is seen by the project's programme officers (and administrators) alone; to everyone
else it does not exist (404).
"""

import rules
from django.db.models import Q

from accounts.access import fetch_for
from accounts.memberships import memberships_of
from accounts.models import Role
from fieldtrials.models import FieldTrial
from fieldtrials.rules import (
    can_see_fieldtrial,
    is_trial_project_officer,
    visible_fieldtrials,
)
from nextpractice.rules_util import sees_everything, signed_in
from programmes.rules import projects_filter

from .models import Thread

# Roles that take part in a trial's discussions; a partner only reads them.
SPEAKING_ROLES = (Role.OFFICER, Role.CONSULTANT, Role.PRACTITIONER)
PROJECT_SPEAKING_ROLES = (Role.OFFICER, Role.CONSULTANT)


def visible_threads(user):
    """Threads the user may read (`discussions.view_thread` as a filter): those of the trials
    they see, less the officers' threads of trials whose project they are no officer of."""
    if sees_everything(user):
        return Thread.objects.all()
    threads = Thread.objects.filter(field_trial__in=visible_fieldtrials(user))
    officer_of = projects_filter(user, (Role.OFFICER,))
    if officer_of is None:
        return threads.filter(officers_only=False)
    return threads.filter(
        Q(officers_only=False) | Q(field_trial__in=FieldTrial.objects.filter(officer_of))
    )


@rules.predicate
def is_trials_officer(user, trial):
    """A programme officer of the trial's project (or its programme), or an administrator."""
    return sees_everything(user) or bool(is_trial_project_officer(user, trial))


@rules.predicate
def can_see_thread(user, thread):
    trial = thread.field_trial
    if not can_see_fieldtrial(user, trial):
        return False
    return not thread.officers_only or bool(is_trials_officer(user, trial))


@rules.predicate
def speaks_on_trial(user, trial):
    """May write in the trial's discussions: sees it other than only as a partner."""
    if not signed_in(user):
        return False
    if sees_everything(user):
        return True
    if not can_see_fieldtrial(user, trial):
        return False
    m = memberships_of(user)
    return bool(
        m.holds(SPEAKING_ROLES, trial_id=trial.pk)
        or m.holds(PROJECT_SPEAKING_ROLES, project_id=trial.project_id)
        or m.holds(PROJECT_SPEAKING_ROLES, programme_id=trial.project.programme_id)
        # A member of a trial in the same community of practice, other than as a partner.
        or (trial.pk in m.community_trials and m.trials(SPEAKING_ROLES))
    )


@rules.predicate
def may_post_in_thread(user, thread):
    return bool(can_see_thread(user, thread)) and bool(speaks_on_trial(user, thread.field_trial))


@rules.predicate
def may_withdraw_post(user, post):
    """The post's author, while they may still write in its thread, or the project's
    officers (moderation)."""
    thread = post.thread
    if not can_see_thread(user, thread):
        return False
    return bool(
        (post.author_id == user.pk and may_post_in_thread(user, thread))
        or is_trials_officer(user, thread.field_trial)
    )


rules.add_perm("discussions.view_thread", can_see_thread)
rules.add_perm("discussions.post", may_post_in_thread)
# Asked with the trial: starting a thread on it.
rules.add_perm("discussions.start_thread", speaks_on_trial)
# Asked with the trial: marking a new thread "for officers only".
rules.add_perm("discussions.start_officers_thread", is_trials_officer)
rules.add_perm("discussions.withdraw_post", may_withdraw_post)


def get_thread_for(user, pk, perm="discussions.view_thread"):
    """A thread the user may read: 404 for one they may not (or for none), 403 for `perm`
    they lack on one they read (a partner replying)."""
    return fetch_for(
        user,
        visible_threads(user).select_related("field_trial__project__programme", "created_by"),
        pk,
        perm,
        view_perm="discussions.view_thread",
    )
