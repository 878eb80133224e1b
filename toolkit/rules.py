"""Who may see, answer and run toolkit exercises. Access is decided here only.

An exercise is seen by its participants, its facilitator, whoever may see the field trial it
belongs to, and whoever may see the project of the workshop it belongs to; an exercise a
local authority runs, by the authority's own people and those who read the whole of a
programme the authority takes part in (through a field trial in its area or a seat on a
partnership board): its officers, consultants and partners, who read its progress reports,
where the exercise's shared results are shown (toolkit.reporting).
Its participants answer it. Its facilitator and the officers of its trial's or workshop's
project (or of the authority's programmes) run it:
close and reopen it, read everyone's answers and the results, record the conclusion, share
the results. Once the results are shared, everyone who sees the exercise reads them (never
the individual answers, which stay with the facilitator).

Exercises are started by officers and consultants (for any trial or workshop they work on,
or for a named list of people) and by school leaders for their own trial.
"""

import rules
from django.core.exceptions import PermissionDenied
from django.db.models import Q

from accounts.access import fetch_for
from accounts.memberships import memberships_of
from accounts.models import Role
from fieldtrials.rules import (
    is_trial_consultant,
    is_trial_project_officer,
    is_trial_team,
    visible_fieldtrials,
)
from nextpractice.rules_util import sees_everything, signed_in
from nextpractice.words import in_a_list
from programmes.rules import (
    READ_ALL_ROLES,
    has_any_membership,
    is_project_consultant,
    is_project_officer,
    visible_projects,
)

from .models import Exercise, Participation, Tool

STARTER_ROLES = (Role.OFFICER, Role.CONSULTANT)


def visible_exercises(user):
    if sees_everything(user):
        return Exercise.objects.all()
    if not signed_in(user):
        return Exercise.objects.none()
    seen = (
        Q(facilitator=user)
        | Q(pk__in=Participation.objects.filter(user=user).values("exercise_id"))
        | Q(field_trial_id__in=visible_fieldtrials(user).values("pk"))
        | Q(workshop__project_id__in=visible_projects(user).values("pk"))
    )
    if user.organisation_id is not None:
        seen |= Q(local_authority_id=user.organisation_id)
    reads_whole = memberships_of(user).programmes(READ_ALL_ROLES)
    if reads_whole:
        seen |= authorities_taking_part_in(reads_whole)
    return Exercise.objects.filter(seen)


def authorities_taking_part_in(programme_ids):
    """Exercises of the local authorities that take part in these programmes: an authority
    with a field trial in its area, or a seat on the programme's partnership board (one not
    withdrawn)."""
    from evaluation.models import BoardMember
    from fieldtrials.models import FieldTrial

    return Q(
        local_authority_id__in=FieldTrial.objects.filter(
            project__programme_id__in=programme_ids
        ).values("local_authority_id")
    ) | Q(
        local_authority_id__in=BoardMember.objects.current()
        .filter(board__programme_id__in=programme_ids)
        .values("organisation_id")
    )


def visible_tools(user):
    """The toolkit is shared: anyone who belongs to some work reads every tool."""
    if has_any_membership(user):
        return Tool.objects.all()
    return Tool.objects.none()


@rules.predicate
def can_see_exercise(user, exercise):
    return visible_exercises(user).filter(pk=exercise.pk).exists()


@rules.predicate
def is_facilitator(user, exercise):
    return signed_in(user) and exercise.facilitator_id == user.pk


@rules.predicate
def is_exercise_officer(user, exercise):
    """An officer of the project the exercise's trial or workshop belongs to, or of a
    programme the exercise's local authority takes part in."""
    if exercise.field_trial_id is not None:
        return is_trial_project_officer(user, exercise.field_trial)
    if exercise.workshop_id is not None:
        return is_project_officer(user, exercise.workshop.project)
    if exercise.local_authority_id is not None:
        officer_of = memberships_of(user).programmes([Role.OFFICER])
        return bool(officer_of) and (
            Exercise.objects.filter(pk=exercise.pk)
            .filter(authorities_taking_part_in(officer_of))
            .exists()
        )
    return False


@rules.predicate
def is_participant(user, exercise):
    return signed_in(user) and Participation.objects.filter(exercise=exercise, user=user).exists()


@rules.predicate
def results_are_shared(user, exercise):
    return exercise.results_shared


may_run_exercise = is_facilitator | is_exercise_officer


@rules.predicate
def may_adopt_indicators(user, exercise):
    """An exercise for a field trial: those who keep the trial's evaluation (its team and
    its project's officers) adopt the indicators it proposes."""
    if exercise.field_trial_id is None:
        return False
    return user.has_perm("evaluation.keep_trial", exercise.field_trial)


@rules.predicate
def may_start_for_trial(user, trial):
    """A trial's team (its school leaders, practitioners and consultant) and its officers
    (and administrators, whom the start page offers every trial); nobody while its project
    is closed or withdrawn (Project.takes_changes), until it is reopened or restored. Django
    lets administrators pass every rule: the start form and the trial's page ask
    `takes_changes` themselves."""
    if not trial.project.takes_changes:
        return False
    return (
        sees_everything(user)
        or is_trial_team(user, trial)
        or is_trial_project_officer(user, trial)
        or is_trial_consultant(user, trial)
    )


@rules.predicate
def may_start_for_workshop(user, workshop):
    """The officers and consultants of the workshop's project, while it takes changes."""
    if not workshop.project.takes_changes:
        return False
    return is_project_officer(user, workshop.project) or is_project_consultant(
        user, workshop.project
    )


@rules.predicate
def may_start_for_people(user):
    """A named list of people (a local authority's team, say) is for officers and consultants."""
    if sees_everything(user):
        return True
    m = memberships_of(user)
    return bool(m.programmes(STARTER_ROLES) or m.projects(STARTER_ROLES))


@rules.predicate
def is_in_some_trial_team(user):
    """On the team of some trial whose project takes changes (not closed nor withdrawn):
    one whose trials' projects are all closed has no group to start an exercise for
    (may_start_for_trial). Answered from their memberships, with no query of its own."""
    m = memberships_of(user)
    return bool(m.trials((*STARTER_ROLES, Role.PRACTITIONER), taking_changes=True))


# Officers and consultants anywhere, and the team members of some trial taking changes.
may_start_exercises = may_start_for_people | is_in_some_trial_team

# What the start page tells a trial's team member whose trials' projects are all closed or
# withdrawn (is_in_some_trial_team), where anyone else is told they may not start one.
TRIALS_SHUT = (
    "The projects of your field trials are closed or withdrawn: no new toolkit exercise is "
    "started with their teams unless one is reopened or restored. Exercises already started "
    "can still be answered."
)


def start_refused_said(user):
    """Why `user` may not start a toolkit exercise (toolkit.start_exercise), for the 403 page."""
    if memberships_of(user).trials((*STARTER_ROLES, Role.PRACTITIONER)):
        return TRIALS_SHUT
    return "You cannot start toolkit exercises."


rules.add_perm("toolkit.view_tool", rules.predicate(has_any_membership))
# Filling an empty toolkit with the tools that come with Next Practice: administrators.
rules.add_perm("toolkit.add_shipped_tools", rules.predicate(sees_everything))
rules.add_perm("toolkit.view_exercise", can_see_exercise)
rules.add_perm("toolkit.answer_exercise", is_participant)
rules.add_perm("toolkit.change_exercise", may_run_exercise)
rules.add_perm("toolkit.view_results", may_run_exercise | (results_are_shared & can_see_exercise))
rules.add_perm("toolkit.adopt_indicators", may_adopt_indicators)
rules.add_perm("toolkit.start_exercise", may_start_exercises)
rules.add_perm("toolkit.start_exercise_for_trial", may_start_for_trial)
rules.add_perm("toolkit.start_exercise_for_workshop", may_start_for_workshop)
rules.add_perm("toolkit.start_exercise_for_people", may_start_for_people)


def runners_in_words(exercise, viewer=None):
    """Who runs `exercise`, and so reads who gave which answer, in words for a page: what
    `may_run_exercise` lets through (the facilitator, by name or "you" for `viewer`, and the
    officers of its trial's or workshop's project, or of the programmes its local authority
    takes part in), then the administrators, who pass every rule."""
    facilitator = exercise.facilitator
    if viewer is not None and facilitator.pk == viewer.pk:
        named = "you"
    else:
        named = facilitator.full_name or facilitator.email
    people = [f"the facilitator ({named})"]
    if exercise.field_trial_id is not None:
        people.append(f"the programme officers of {exercise.field_trial.project.title}")
    elif exercise.workshop_id is not None:
        people.append(f"the programme officers of {exercise.workshop.project.title}")
    elif exercise.local_authority_id is not None:
        people.append(
            f"the programme officers of the programmes {exercise.local_authority.name} "
            "takes part in"
        )
    people.append("the administrators of Next Practice")
    return in_a_list(people)


def get_exercise_for(user, pk, perm="toolkit.view_exercise"):
    return fetch_for(
        user,
        visible_exercises(user).select_related(
            "tool",
            "tool_version",
            "facilitator",
            "field_trial__project",
            "workshop__project",
            "local_authority",
        ),
        pk,
        perm,
        view_perm="toolkit.view_exercise",
    )


def get_participation_for(user, pk, participations=None):
    """The user's own participation in exercise `pk`, to answer it: the
    `toolkit.answer_exercise` rule (a participant) read as one query, since saving an answer
    runs on every change. `participations` says what to read with it (autosave: a few
    columns; pages: the exercise, its version and tool); the rule is the filter here either
    way. Anyone else gets what the exercise's rules say: 404 if they may not see it, else 403."""
    if participations is None:
        participations = Participation.objects.select_related(
            "exercise__tool_version", "exercise__tool"
        )
    try:
        # get(), not first(): no ORDER BY (the model's ordering joins the user table). Signed
        # out, user.pk is None and nothing matches.
        return participations.get(exercise_id=pk, user_id=user.pk)
    except Participation.DoesNotExist:
        get_exercise_for(user, pk, "toolkit.answer_exercise")
        raise PermissionDenied("Only the people invited to this exercise answer it.") from None


# The same rule for autosave's single statement (services.save_answer_at_once): the user's
# own participation in the exercise, as SQL over the participation table aliased `p`.
# Params: the exercise's pk, the user's pk.
OWN_PARTICIPATION_SQL = "p.exercise_id = %s AND p.user_id = %s"


def get_tool_for(user, slug, perm="toolkit.view_tool"):
    """Tools are looked up by slug; fetch_for takes a primary key, so resolve it first."""
    tool = visible_tools(user).filter(slug=slug).values_list("pk", flat=True).first()
    return fetch_for(
        user,
        visible_tools(user).select_related("latest"),
        tool if tool is not None else 0,
        perm,
        view_perm="toolkit.view_tool",
    )
