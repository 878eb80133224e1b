"""What each person's home page shows, read through the apps' visibility rules."""

from datetime import timedelta

import rules
from django.db.models import Count, F, Prefetch, Window
from django.utils import timezone

from communities.selectors import joined_and_waiting, requests_waiting_for
from fieldtrials.rules import TEAM_ROLES, visible_fieldtrials
from fieldtrials.selectors_list import (
    open_asks_to_answer,
    serious_risks_to_act_on,
    team_attention,
    trials_needing_attention,
)
from fieldtrials.selectors_updates import month_to_write
from following.selectors import HOME_SIZE, followed_activity
from programmes.models.lifecycle import running_first
from programmes.rules import (
    READ_ALL_ROLES,
    projects_filter,
    reads_whole_programme,
    visible_programmes,
    visible_projects,
)
from programmes.selectors import with_trials_still_under_way
from reports.selectors import report_subjects_for
from toolkit.models import Answer, Participation
from toolkit.questions import is_answered, questions_of
from toolkit.selectors_lists import exercises_run_by, has_tools_to_start

from .activity import RECENT_SIZE, activity
from .memberships import memberships_of
from .models import Role


def roles_of(user):
    """Every role the user holds anywhere, as a set of Role values: from their memberships,
    read once a request (accounts/memberships.py), which the page's rules read anyway."""
    m = memberships_of(user)
    held = (*m.programme_roles.values(), *m.project_roles.values(), *m.trial_roles.values())
    return set().union(*held)


# Only those not yet submitted show their progress: a submitted one's answers are not read.
UNSUBMITTED_ANSWERS = Answer.objects.filter(participation__submitted_at__isnull=True).only(
    "participation_id", "question", "value"
)


def with_progress(participations):
    """The participations, each with `answered` (how many of its exercise's questions they
    have answered, as its progress counts them) and `question_count`."""
    participations = list(participations)
    for participation in participations:
        questions = questions_of(participation.exercise.definition)
        answers = {a.question: a.value for a in participation.answers.all()}
        participation.answered = sum(is_answered(q, answers.get(q.key)) for q in questions)
        participation.question_count = len(questions)
    return participations


# How many of the trials of their projects the home page lists, before "See all".
PROJECT_TRIALS_SHOWN = 20


def trials_of_projects(user):
    """For someone on no trial's team who reads every trial of their projects (an officer,
    consultant or partner of a project or its programme): the first of those trials by
    title, as the field trials list gives them, with how many there are in all and the query
    of that list narrowed to them. Empty when there are none or they are on a trial's team
    ("Your field trials" lists theirs). One query, the total counted in it."""
    their_projects = projects_filter(user, READ_ALL_ROLES)
    m = memberships_of(user)
    if their_projects is None or m.trials():
        return {}
    trials = list(
        visible_fieldtrials(user)
        .filter(their_projects)
        .select_related("project", "lead_organisation")
        .annotate(total=Window(Count("pk")))
        .order_by("title", "pk")[:PROJECT_TRIALS_SHOWN]
    )
    if not trials:
        return {}
    # The list has no filter for several projects at once; on no trial's team, what they see
    # there is the trials of their projects (fieldtrials.rules.visible_fieldtrials).
    projects, programmes = m.projects(READ_ALL_ROLES), m.programmes(READ_ALL_ROLES)
    query = ""
    if len(projects) == 1 and not programmes:
        query = f"project={next(iter(projects))}"
    elif len(programmes) == 1 and {m.programme_of_project[pk] for pk in projects} <= programmes:
        query = f"programme={next(iter(programmes))}"
    return {
        "project_trials": trials,
        "project_trials_total": trials[0].total,
        "project_trials_query": query,
    }


# How long someone is new here: the home page opens what a trial's team does for them.
NEW_HERE_FOR = timedelta(days=30)


def home_for(user):
    """The context of the home page: a constant number of queries whatever the data size."""
    roles = roles_of(user)
    context = {"roles": roles, "is_admin": user.is_superuser}
    projects = (
        visible_projects(user).select_related("programme", "partner_agency").order_by("start_date")
    )
    context["can_add_programme"] = Role.OFFICER in roles or user.is_superuser
    if Role.OFFICER in roles or Role.CONSULTANT in roles or user.is_superuser:
        context["programmes"] = list(
            running_first(visible_programmes(user))
            .select_related("lead_organisation")
            .prefetch_related(Prefetch("projects", queryset=projects, to_attr="shown_projects"))
        )
        for programme in context["programmes"]:
            programme.seen_whole = reads_whole_programme(user, programme)
    # The first administrator of a new install (no programme yet) is told where to start,
    # before anything else; no trial can need attention yet.
    context["getting_started"] = user.is_superuser and not context.get("programmes")
    if not context["getting_started"] and (
        "programmes" in context or memberships_of(user).trials(TEAM_ROLES)
    ):
        # What needs attention in their trials: an officer's or consultant's across their
        # programmes, a trial team's in their own trials (one query).
        context["attention"] = trials_needing_attention(user)
        if context["attention"]["members_only"] and context["attention"]["total"]:
            # A trial's team reads what to do in each of their own trials, said directly
            # (one query for their trials, one for their milestones if some are due or
            # overdue), not counts of trials.
            attention = context["attention"]
            context["team_attention"] = team_attention(
                user, milestones_due=bool(attention["overdue"] or attention["due_soon"])
            )
        if context["attention"]["serious_risks"]:
            # Named, each linked, for those who can act on them: read only when there are
            # some (one query), as the counts above say.
            context["serious_risks"] = serious_risks_to_act_on(user)
        if roles & {Role.OFFICER, Role.CONSULTANT}:
            # Asks for support not yet given, named, for the trials' consultants and officers
            # (one query; none for a trial's school team or a partner).
            context["open_asks"] = open_asks_to_answer(user)
    if roles or user.is_superuser:
        # Requests to join a community they convene (or may change) that wait for their
        # decision, under "Needs attention" (one query: who convenes is not a membership).
        context["join_requests_waiting"] = requests_waiting_for(user)
    own_projects = memberships_of(user).projects()
    if own_projects and "programmes" not in context and Role.PARTNER not in roles:
        # The projects they were asked to join, as their trials are listed (one query, only
        # for a member of some project: officers and consultants find theirs under their
        # programmes, partners with their reports).
        context["my_projects"] = list(projects.filter(pk__in=own_projects).order_by("title", "pk"))
    if Role.PRACTITIONER in roles:
        # What a trial's team does here, open for a newcomer's first month (no query).
        context["works_in_a_trial"] = True
        context["new_here"] = user.date_joined > timezone.now() - NEW_HERE_FOR
    # The trials of their projects, for someone on no trial's team (one query, only for an
    # officer, consultant or partner).
    context.update(trials_of_projects(user))
    if roles & {Role.PRACTITIONER, Role.CONSULTANT}:
        # The trials they are on the team of (one query, only if they are on one's).
        context["my_trials"] = list(
            visible_fieldtrials(user)
            .filter(memberships__user=user)
            .select_related("project", "lead_organisation")
            .order_by("title")
            if memberships_of(user).trials()
            else ()
        )
        if context.get("works_in_a_trial") and len(context["my_trials"]) == 1:
            # "Write this month's update" for their one trial, only while it has a month to
            # write, as the trial's page decides (one query, none before it starts).
            context["update_to_write"] = month_to_write(context["my_trials"][0])
        # To do first (not submitted), newest first; open/closed reads the exercise's own
        # fields, and "Continue" goes to the section they were last on; how many questions
        # they have answered, from their answers (one query).
        context["my_exercises"] = with_progress(
            Participation.objects.filter(user=user)
            .select_related("exercise__tool", "exercise__field_trial", "exercise__tool_version")
            .prefetch_related(Prefetch("answers", queryset=UNSUBMITTED_ANSWERS))
            .order_by(F("submitted_at").asc(nulls_first=True), "-exercise__created_at")
        )
    # The exercises they facilitate, to find them again (one query), and a way to start one.
    context["exercises_run"], context["more_exercises_run"] = exercises_run_by(user)
    # Offered only once the toolkit has a tool to start (one query, for those who may): a
    # new install's is empty until an administrator adds the tools that come with it.
    context["can_start_exercise"] = user.has_perm("toolkit.start_exercise") and (
        has_tools_to_start()
    )
    # Administrators may start exercises: the question above was asked for them.
    context["toolkit_empty"] = context["getting_started"] and not context["can_start_exercise"]
    # The import from the register of schools, for those who may run it: asked of its rule
    # (directory/rules.py) alone, so no query of Django's own permissions.
    context["can_import_organisations"] = rules.has_perm("directory.manage_imports", user)
    # Communities of interest they joined from outside the programme (one query).
    # Communities of interest they joined from outside the programme, and their requests to
    # join one still waiting, each with a way to withdraw it (one query).
    context["communities_joined"], context["asked_to_join"] = joined_and_waiting(user)
    shown = set()
    if roles or user.is_superuser or context["communities_joined"]:
        # What happened in what they follow, of what they still see (one query), each entry
        # linked to what it is about if they may open it (a query for each kind of target
        # among them): an outside member follows the communities they joined, and the
        # follow button sends them here.
        context["following"] = followed_activity(user, size=HOME_SIZE).entries
        shown = {entry.pk for entry in context["following"]}
    if roles or user.is_superuser:
        # What else happened lately wherever they may see (one query): not the lines "What
        # you follow" shows already, which in a partner's few projects were all of them.
        recent = activity(user, size=RECENT_SIZE + len(shown)).entries
        context["recent"] = [entry for entry in recent if entry.pk not in shown][:RECENT_SIZE]
    if Role.PARTNER in roles:
        # Every programme, project and trial they partner or belong to, with its reports.
        subjects = report_subjects_for(user)
        context["report_subjects"] = subjects
        context["has_reports"] = any(s.latest for s in subjects)
    # A project's stage says too what its stage tables say of its trials still under way
    # ("System learning (16 field trials still incubating)"): one query for every list.
    staged = [p for programme in context.get("programmes", []) for p in programme.shown_projects]
    staged += context.get("my_projects", [])
    staged += [s.subject for s in context.get("report_subjects", []) if s.kind == "project"]
    with_trials_still_under_way(staged, user)
    return context
