"""Who may see and change evaluation records. Access is decided here only.

Reading follows the subject: a record about a programme, project or field trial is read by
whoever reads that programme, project or trial (programmes.rules, fieldtrials.rules).
Changing:
- officers of the programme or project (for a trial, of its project) steer the evaluation:
  objectives of programmes and projects, groups, the partnership board, success criteria,
  independent evaluations, policy evidence, lessons, case studies, take-ups and highlight
  reports;
- the trial's team (`fieldtrials.change_fieldtrial`: its practitioners, its consultant and
  the project's officers) keeps the trial's objectives, indicators, measurements and
  evaluation plan;
- partners of the programme or project (a PARTNER membership) add and edit their own
  organisation's contributions (the organisation on their user record);
- nobody else. Administrators may do everything.
Each `visible_<nouns>` filter and `evaluation.view_record` are the same rule.
"""

import rules
from django.db.models import Q

from accounts.access import fetch_for
from accounts.memberships import memberships_of
from accounts.models import Role
from fieldtrials.models import FieldTrial
from fieldtrials.rules import can_see_fieldtrial, visible_fieldtrials
from nextpractice.rules_util import sees_everything, signed_in
from programmes.rules import (
    can_see_programme,
    can_see_project,
    is_programme_officer,
    is_project_officer,
    openable_projects,
    visible_programmes,
    visible_projects,
)

from .models import (
    BoardDecision,
    BoardMeeting,
    BoardMember,
    CaseStudy,
    EvaluationPlan,
    EvaluationQuestion,
    HighlightReport,
    IndependentEvaluation,
    Indicator,
    Lesson,
    LocalityGroup,
    Measurement,
    Objective,
    PartnerContribution,
    PartnershipBoard,
    PolicyEvidence,
    ProgressEntry,
    SuccessCriterion,
    TakeUp,
    level_of,
)

# --- Reading ----------------------------------------------------------------------------


def subject_q(user, fields=("programme", "project", "field_trial"), prefix="", *, openable=False):
    """The condition on a record whose subject (one of `fields`) the user may read; with
    `openable`, a withdrawn project's too, for who may open it (openable_projects)."""
    visible = {
        "programme": visible_programmes,
        "project": openable_projects if openable else visible_projects,
        "field_trial": visible_fieldtrials,
    }
    condition = Q(pk__in=[])
    for name in fields:
        condition |= Q(**{f"{prefix}{name}__in": visible[name](user).values("pk")})
    return condition


PROGRAMME_ONLY = ("programme",)
PROGRAMME_OR_PROJECT = ("programme", "project")


def visible_records(user, model, *, openable=False):
    """The records of `model` the user may read, for a list: not a withdrawn project's,
    which leaves every list (visible_projects). With `openable`, `evaluation.view_record` as
    a filter: a withdrawn project's too, for who may open it (openable_projects)."""
    if sees_everything(user):
        return model.objects.all()
    if not signed_in(user):
        return model.objects.none()
    if model is TakeUp:
        return TakeUp.objects.filter(
            Q(lesson__in=visible_records(user, Lesson, openable=openable).values("pk"))
            | Q(case_study__in=visible_records(user, CaseStudy, openable=openable).values("pk"))
        )
    fields, prefix = RECORD_SUBJECT[model]
    return model.objects.filter(subject_q(user, fields, prefix, openable=openable))


# model -> (subject fields, path to them)
RECORD_SUBJECT = {
    Objective: (("programme", "project", "field_trial"), ""),
    ProgressEntry: (("programme", "project", "field_trial"), "objective__"),
    Lesson: (("programme", "project", "field_trial"), ""),
    CaseStudy: (("programme", "project", "field_trial"), ""),
    LocalityGroup: (PROGRAMME_ONLY, ""),
    PartnershipBoard: (PROGRAMME_ONLY, ""),
    BoardMember: (PROGRAMME_ONLY, "board__"),
    BoardMeeting: (PROGRAMME_ONLY, "board__"),
    BoardDecision: (PROGRAMME_ONLY, "meeting__board__"),
    SuccessCriterion: (PROGRAMME_ONLY, ""),
    IndependentEvaluation: (PROGRAMME_ONLY, ""),
    PolicyEvidence: (PROGRAMME_ONLY, ""),
    PartnerContribution: (PROGRAMME_OR_PROJECT, ""),
    HighlightReport: (PROGRAMME_OR_PROJECT, ""),
    Indicator: (("field_trial",), ""),
    Measurement: (("field_trial",), "indicator__"),
    EvaluationPlan: (("field_trial",), ""),
    EvaluationQuestion: (("field_trial",), "plan__"),
}


@rules.predicate
def can_see_subject(user, subject):
    """Reads the programme, project or field trial."""
    level = level_of(subject)
    if level == "programme":
        return can_see_programme(user, subject)
    if level == "project":
        return can_see_project(user, subject)
    return can_see_fieldtrial(user, subject)


@rules.predicate
def can_see_record(user, record):
    return bool(can_see_subject(user, record.subject))


# --- Changing ---------------------------------------------------------------------------


@rules.predicate
def may_steer(user, subject):
    """An officer of the programme, or of the project (a trial's: of its project)."""
    if not signed_in(user):
        return False
    level = level_of(subject)
    if level == "programme":
        return bool(is_programme_officer(user, subject))
    project = subject if level == "project" else subject.project
    return bool(is_project_officer(user, project))


@rules.predicate
def may_keep_trial(user, subject):
    """The trial's team and its project's officers (`fieldtrials.change_fieldtrial`)."""
    if not signed_in(user) or not isinstance(subject, FieldTrial):
        return False
    return user.has_perm("fieldtrials.change_fieldtrial", subject)


@rules.predicate
def may_keep_objectives(user, subject):
    """A trial's objectives are its team's; a programme's or project's, its officers'."""
    if isinstance(subject, FieldTrial):
        return bool(may_keep_trial(user, subject))
    return bool(may_steer(user, subject))


def is_subject_partner(user, subject):
    """A partner of the programme or project (a project's: or of its programme) who belongs
    to an organisation."""
    if not signed_in(user) or not user.organisation_id:
        return False
    level = level_of(subject)
    if level == "programme":
        return memberships_of(user).holds((Role.PARTNER,), programme_id=subject.pk)
    if level == "project":
        return memberships_of(user).holds(
            (Role.PARTNER,), project_id=subject.pk, programme_id=subject.programme_id
        )
    return False


@rules.predicate
def may_add_contribution(user, subject):
    """Officers record any organisation's contribution; partners their own organisation's."""
    if isinstance(subject, FieldTrial):
        return False
    return bool(may_steer(user, subject)) or is_subject_partner(user, subject)


def may_change_contribution(user, contribution):
    """Officers of the subject, or a partner of it from the contributing organisation."""
    subject = contribution.subject
    if may_steer(user, subject):
        return True
    return (
        signed_in(user)
        and contribution.organisation_id is not None
        and contribution.organisation_id == user.organisation_id
        and is_subject_partner(user, subject)
    )


# Phase 3's system learning: what was learned and what transfers (Lesson, CaseStudy and
# their TakeUp). A closed project still takes these, and changes to them, until it is
# reopened: learning and its take-up by partner agencies keep coming after the work ends.
# Every other evaluation record of a closed project, or of one of its trials, is read only
# (programmes.services.lifecycle.open_project refuses it: ProjectClosed).
LEARNING = (Lesson, CaseStudy, TakeUp)


def is_learning(record_or_model):
    """Whether an evaluation record (or its model) is Phase 3 learning (LEARNING)."""
    model = record_or_model if isinstance(record_or_model, type) else type(record_or_model)
    return issubclass(model, LEARNING)


# Kept by the trial's team: the trial's own indicators, measurements and evaluation plan.
TRIAL_KEPT = (Indicator, Measurement, EvaluationPlan, EvaluationQuestion)


@rules.predicate
def may_change_record(user, record):
    """The one answer to "may they change (or add) this evaluation record?"."""
    if isinstance(record, PartnerContribution):
        return bool(may_change_contribution(user, record))
    if isinstance(record, TRIAL_KEPT):
        return bool(may_keep_trial(user, record.subject))
    if isinstance(record, (Objective, ProgressEntry)):
        return bool(may_keep_objectives(user, record.subject))
    return bool(may_steer(user, record.subject))


rules.add_perm("evaluation.view_subject", can_see_subject)
rules.add_perm("evaluation.view_record", can_see_record)
rules.add_perm("evaluation.change_record", may_change_record)
# Asked with a subject (a Programme, Project or FieldTrial) before adding to it.
rules.add_perm("evaluation.steer", may_steer)
rules.add_perm("evaluation.keep_trial", may_keep_trial)
rules.add_perm("evaluation.add_objective", may_keep_objectives)
rules.add_perm("evaluation.add_contribution", may_add_contribution)


# --- Fetching ---------------------------------------------------------------------------

SUBJECT_QUERIES = {
    "programme": lambda user: visible_programmes(user).select_related("lead_organisation"),
    "project": lambda user: visible_projects(user).select_related("programme"),
    "field-trial": lambda user: visible_fieldtrials(user).select_related("project__programme"),
}


def get_subject_for(user, level, pk, perm="evaluation.view_subject", *, openable=False):
    """The programme, project or field trial (`level` as in URLs: programme, project,
    field-trial) the user reads: 404 otherwise; 403 when they read it but lack `perm`. With
    `openable`, a withdrawn project is found for who may open it (its officers), for a page
    that tells them it is withdrawn (409)."""
    try:
        queryset = SUBJECT_QUERIES[level](user)
    except KeyError:
        from django.http import Http404

        raise Http404("No such page.") from None
    if openable and level == "project":
        queryset = openable_projects(user).select_related("programme")
    return fetch_for(user, queryset, pk, perm, view_perm="evaluation.view_subject")


def get_record_for(user, model, pk, perm="evaluation.view_record", *, openable=False):
    """An evaluation record of `model` the user reads: 404 otherwise; 403 without `perm`.
    With `openable`, a withdrawn project's is found for its officers (get_subject_for)."""
    return fetch_for(
        user,
        visible_records(user, model, openable=openable),
        pk,
        perm,
        view_perm="evaluation.view_record",
    )
