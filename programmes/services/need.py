"""Analysing need: adding problems, objectives, data sources and innovators; agreeing."""

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction

from accounts.services import record_event
from evaluation.services import adopt_agreed_objective
from nextpractice.records.services import RecordWithdrawn

from ..models import DataSource, Objective, ProblemStatement
from .lifecycle import lock_open_project

VERBS = {
    "problemstatement": "programmes.problem_added",
    "objective": "programmes.objective_added",
    "datasource": "programmes.data_source_added",
    "potentialinnovator": "programmes.innovator_added",
}

# The words a project has once, among its records not withdrawn, whatever the capitals: the
# field holding them, and what is said beside it when they are added again.
ONCE_IN_PROJECT = {
    ProblemStatement: ("text", "The project already has this statement"),
    Objective: ("text", "The project already has this objective"),
    DataSource: ("title", "The project already has a data source of this title"),
}


def check_once_in_project(model, project, value):
    """Refuse (ValidationError beside the field) the words `value` for a new `model` record
    of `project` when one of its records not withdrawn already has them, whatever the
    capitals: a tester added the same statement, objective and data source twice. The add
    form asks to answer early; add_need_record decides under the project's lock, so that two
    tabs sending the same words at once keep them once. Other kinds have no such rule."""
    if model not in ONCE_IN_PROJECT:
        return
    field, message = ONCE_IN_PROJECT[model]
    value = (value or "").strip()
    same = model.objects.current().filter(project=project, **{f"{field}__iexact": value})
    if value and same.exists():
        raise ValidationError({field: message})


def add_need_record(*, project, record, actor):
    """Add a problem, objective, data source or potential innovator to a project's analysis;
    not to a withdrawn project (ProjectWithdrawn), nor words it already has
    (check_once_in_project: ValidationError), both decided under the project's lock. An
    objective added as agreed is adopted by the project's evaluation, as one agreed later is
    (set_objective_status): it counted for the gate but was missing from the evaluation."""
    if not actor.has_perm("programmes.change_project", project):
        raise PermissionDenied
    with transaction.atomic():
        lock_open_project(project)
        field, _ = ONCE_IN_PROJECT.get(type(record), (None, None))
        if field:
            check_once_in_project(type(record), project, getattr(record, field))
        record.project = project
        record.created_by = actor
        record.full_clean()
        record.save()
        record_event(
            actor=actor,
            verb=VERBS[record._meta.model_name],
            target=project,
            # A problem statement's kind: a problem, or a driver of change (programmes/events).
            data={"id": record.pk, "text": str(record)[:200], **_kind_of(record)},
        )
        if isinstance(record, Objective) and record.status == Objective.Status.AGREED:
            adopt_agreed_objective(need_objective=record, actor=actor)
    return record


def _kind_of(record):
    return {"kind": record.kind} if isinstance(record, ProblemStatement) else {}


def set_objective_status(*, objective, status, actor):
    """Agree an objective (or return it to draft). A withdrawn one is refused
    (RecordWithdrawn), decided on its locked row, and so is one of a withdrawn project
    (ProjectWithdrawn), decided under the project's lock, taken first."""
    if not actor.has_perm("programmes.change_record", objective):
        raise PermissionDenied
    with transaction.atomic():
        lock_open_project(objective.project)
        objective = Objective.objects.select_for_update().get(pk=objective.pk)
        if objective.is_withdrawn:
            raise RecordWithdrawn(objective)
        if objective.status == status:
            return objective
        objective.status = status
        objective.save(update_fields=["status"])
        record_event(
            actor=actor,
            verb="programmes.objective_agreed"
            if status == Objective.Status.AGREED
            else "programmes.objective_reopened",
            target=objective.project,
            data={"id": objective.pk},
        )
        if status == Objective.Status.AGREED:
            # Agreed, it is the objective the project's evaluation records progress against.
            adopt_agreed_objective(need_objective=objective, actor=actor)
    return objective
