"""The evaluation page of a programme, a project and a field trial."""

from django.shortcuts import render
from django.urls import reverse

from accounts.access import requires
from accounts.activity import history_of
from nextpractice.paging import paged
from nextpractice.records.kinds import restorable
from programmes.models import shut_project_of, withdrawn_project_of

from .. import selectors
from ..kinds import page_exports
from ..models import level_of
from ..rules import get_subject_for

URL_LEVEL = {"programme": "programme", "project": "project", "field_trial": "field-trial"}
LEARNING_PAGE = 10  # lessons, and case studies, a page: each is a card of text


def subject_url(subject):
    """The evaluation page of a programme, project or field trial."""
    level = level_of(subject)
    return reverse(f"evaluation:{level}_evaluation", args=[subject.pk])


def _editable_contributions(user, contributions, *, can_steer, can_contribute):
    """Mark the contributions the user may change: all for officers, their own
    organisation's for partners (the same rule as evaluation.change_record, without a query
    per row)."""
    for row in contributions:
        row.editable = can_steer or (
            can_contribute
            and user.organisation_id is not None
            and row.organisation_id == user.organisation_id
        )


def _paged_learning(request, context):
    """A page of the lessons and of the case studies (each paged on its own, `?lessons-page=`
    and `?case-studies-page=`): a project may have hundreds."""
    for key, param in (("lessons", "lessons-page"), ("case_studies", "case-studies-page")):
        fragment = key.replace("_", "-")
        context[key] = paged(
            request, context[key], param, per_page=LEARNING_PAGE, fragment=fragment
        )


@requires("evaluation.view_subject")
def programme_evaluation(request, pk):
    programme = get_subject_for(request.user, "programme", pk)
    user = request.user
    context = selectors.programme_evaluation(programme, user)
    _paged_learning(request, context)
    context["withdrawn"] = restorable(user, context["withdrawn"])
    can_steer = user.has_perm("evaluation.steer", programme)
    can_contribute = user.has_perm("evaluation.add_contribution", programme)
    _editable_contributions(
        user, context["contributions"], can_steer=can_steer, can_contribute=can_contribute
    )
    context.update(
        programme=programme,
        subject=programme,
        exports=page_exports(programme, user),
        level="programme",
        history=history_of(programme, user, verbs_from="evaluation"),
        can_steer=can_steer,
        can_learn=can_steer,
        can_contribute=can_contribute,
    )
    return render(request, "evaluation/programme_evaluation.html", context)


@requires("evaluation.view_subject")
def project_evaluation(request, pk):
    # A withdrawn project's page is read by who opens it (its officers), as its Phase 1 is:
    # with nothing offered to add or change. A closed one's offers only its learning
    # (rules.LEARNING: lessons, case studies, take-ups): the rest is read only.
    project = get_subject_for(request.user, "project", pk, openable=True)
    user = request.user
    open_ = project.takes_changes
    context = selectors.project_evaluation(project, user)
    _paged_learning(request, context)
    # A closed project's learning may be restored: each kind's own rule (open_parent) says.
    context["withdrawn"] = restorable(user, context["withdrawn"], closed=project.is_withdrawn)
    may_steer = user.has_perm("evaluation.steer", project)
    can_steer = open_ and may_steer
    can_contribute = open_ and user.has_perm("evaluation.add_contribution", project)
    _editable_contributions(
        user, context["contributions"], can_steer=can_steer, can_contribute=can_contribute
    )
    for row in context["indicator_rows"]:  # memberships are read once: no query a row
        row.editable = open_ and user.has_perm("evaluation.keep_trial", row.trial)
    context.update(
        project=project,
        subject=project,
        exports=page_exports(project, user),
        level="project",
        history=history_of(project, user, verbs_from="evaluation"),
        can_steer=can_steer,
        can_learn=not project.is_withdrawn and may_steer,
        can_contribute=can_contribute,
        can_view_programme=user.has_perm("programmes.view_programme", project.programme),
    )
    return render(request, "evaluation/project_evaluation.html", context)


@requires("evaluation.view_subject")
def trial_evaluation(request, pk):
    trial = get_subject_for(request.user, "field-trial", pk)
    user = request.user
    # A withdrawn project's trial is read as its project's page is: with nothing offered to
    # add or change (those pages refuse, 409); a closed project's, with only its learning.
    open_ = shut_project_of(trial) is None
    learning_open = withdrawn_project_of(trial) is None
    may_steer = user.has_perm("evaluation.steer", trial)
    context = selectors.trial_evaluation(trial)
    _paged_learning(request, context)
    # A closed project's learning may be restored: each kind's own rule (open_parent) says.
    context["withdrawn"] = restorable(user, context["withdrawn"], closed=not learning_open)
    context.update(
        trial=trial,
        subject=trial,
        exports=page_exports(trial, user),
        level="field-trial",
        history=history_of(trial, user, verbs_from="evaluation"),
        can_keep=open_ and user.has_perm("evaluation.keep_trial", trial),
        can_steer=open_ and may_steer,
        can_learn=learning_open and may_steer,
        can_view_project=user.has_perm("programmes.view_project", trial.project),
    )
    return render(request, "evaluation/trial_evaluation.html", context)
