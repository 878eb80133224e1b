"""Analysing need: adding problems, objectives, data sources and innovators; agreeing."""

from django.core.exceptions import PermissionDenied
from django.db import transaction

from accounts.services import record_event
from evaluation.services import adopt_agreed_objective
from nextpractice.records.services import RecordWithdrawn

from ..models import Objective, ProblemStatement
from .lifecycle import lock_open_project

VERBS = {
    "problemstatement": "programmes.problem_added",
    "objective": "programmes.objective_added",
    "datasource": "programmes.data_source_added",
    "potentialinnovator": "programmes.innovator_added",
}


def add_need_record(*, project, record, actor):
    """Add a problem, objective, data source or potential innovator to a project's analysis;
    not to a withdrawn project (ProjectWithdrawn)."""
    if not actor.has_perm("programmes.change_project", project):
        raise PermissionDenied
    with transaction.atomic():
        lock_open_project(project)
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
