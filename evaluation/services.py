"""Changes to evaluation records. Each checks the rule (rules.py), validates the whole record,
saves in a transaction and writes exactly one event in the shared log."""

from decimal import Decimal, InvalidOperation

from django.core.exceptions import FieldDoesNotExist, PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone

from accounts.services import changes_between, record_event

from .models import (
    CaseStudy,
    EvaluationPlan,
    EvaluationQuestion,
    Indicator,
    Lesson,
    Measurement,
    Objective,
    PartnerContribution,
    ProgressEntry,
    Tag,
    TakeUp,
)

NOT_A_NUMBER = "Enter the value as a number, like 42 or 93.5"


def _check(actor, record):
    if not actor.has_perm("evaluation.change_record", record):
        raise PermissionDenied("You may not change this.")


def parse_themes(text):
    """Theme names from a comma-separated list, tidied, without repeats."""
    seen, names = set(), []
    for part in (text or "").split(","):
        name = " ".join(part.split())[:100]
        if name and name.lower() not in seen:
            seen.add(name.lower())
            names.append(name)
    return names


def _set_themes(lesson, names):
    tags = []
    for name in names:
        tag = Tag.objects.filter(name__iexact=name).first()
        tags.append(tag or Tag.objects.create(name=name))
    lesson.themes.set(tags)


def _is_column(record, name):
    """Is `name` a field of `record` held in its own row (not many-to-many, like themes)?"""
    try:
        field = record._meta.get_field(name)
    except FieldDoesNotExist:
        return False
    return field.concrete and not field.many_to_many


def save_record(*, record, actor, changed=None, themes=None):
    """Add an evaluation record, or save changes to one, if the actor may.

    `changed` names the fields changed (for the log); `themes` (a lesson's theme names)
    replaces its tags when given. Raises PermissionDenied or ValidationError.
    """
    _check(actor, record)
    adding = record.pk is None
    name = record._meta.model_name
    with transaction.atomic():
        before = None
        if not adding and changed:
            # The stored version, locked, for what the edit changed from.
            before = type(record)._base_manager.select_for_update().get(pk=record.pk)
        record.full_clean()
        record.save()
        if themes is not None and isinstance(record, Lesson):
            _set_themes(record, themes)
        data = {"level": getattr(record, "level", None)}
        if not adding:
            data["changed"] = sorted(changed or [])
            if before is not None:
                fields = [name for name in changed if _is_column(record, name)]
                data["changes"] = changes_between(before, record, fields)
        verb = f"evaluation.{name}_{'added' if adding else 'changed'}"
        record_event(actor=actor, verb=verb, target=record, data=data)
    return record


def record_progress(*, objective, recorded_on, what, status, actor, group=None):
    """Record progress and impact against an objective, for a group where there is one."""
    entry = ProgressEntry(
        objective=objective,
        recorded_on=recorded_on,
        what=what,
        status=status,
        group=group,
        recorded_by=actor,
    )
    return save_record(record=entry, actor=actor)


def adopt_agreed_objective(*, need_objective, actor):
    """The objective evaluation records progress against for an objective agreed in a
    project's Analyse need: made when it is first agreed, the same one (with its progress)
    if it is reopened and agreed again. Its wording stays the need objective's."""
    project = need_objective.project
    if not actor.has_perm("evaluation.add_objective", project):
        raise PermissionDenied("You may not keep this project's objectives.")
    existing = Objective.objects.filter(need_objective=need_objective).first()
    if existing:
        return existing
    objective = Objective(
        project=project, need_objective=need_objective, text=need_objective.text, created_by=actor
    )
    objective.full_clean()
    objective.save()
    return objective


def as_number(value):
    """`value` as a Decimal; ValidationError with a reason when it is not a number."""
    try:
        number = Decimal(str(value).strip().replace(",", ""))
    except (InvalidOperation, ValueError):
        raise ValidationError({"value": NOT_A_NUMBER}) from None
    if not number.is_finite():
        raise ValidationError({"value": NOT_A_NUMBER})
    return number


def enter_measurement(*, indicator, measured_on, value, actor, unit="", note=""):
    """A trial member enters a dated value of an indicator. Refused, with the reason, for a
    value that is not a number, a date before the baseline, or another unit."""
    measurement = Measurement(
        indicator=indicator,
        measured_on=measured_on,
        value=as_number(value),
        unit=unit,
        note=note,
        entered_by=actor,
    )
    return save_record(record=measurement, actor=actor)


def adopt_indicator(*, trial, strand, name, unit, direction, actor):
    """Adopt an indicator (from the baseline tool) as the trial's own, without its baseline
    yet. Adopting one the trial already has (same name) returns it unchanged."""
    existing = Indicator.objects.filter(field_trial=trial, name__iexact=name).first()
    if existing:
        return existing
    indicator = Indicator(
        field_trial=trial, strand=strand, name=name, unit=unit, direction=direction
    )
    _check(actor, indicator)
    try:
        with transaction.atomic():
            indicator.full_clean(validate_constraints=False)
            indicator.save()
            record_event(
                actor=actor,
                verb="evaluation.indicator_adopted",
                target=indicator,
                data={"strand": strand},
            )
    except IntegrityError:  # adopted at the same moment by someone else: that one stands
        return Indicator.objects.get(field_trial=trial, name=name)
    return indicator


def mark_taken_up(*, item, organisation, taken_up_on, how, actor):
    """Mark a lesson or case study as taken up by a partner agency: when, how."""
    take_up = TakeUp(
        lesson=item if isinstance(item, Lesson) else None,
        case_study=item if isinstance(item, CaseStudy) else None,
        organisation=organisation,
        taken_up_on=taken_up_on,
        how=how,
        recorded_by=actor,
    )
    return save_record(record=take_up, actor=actor)


def record_contribution(*, subject, organisation, what, actor):
    """What a partner organisation gives to a programme or project. A partner records their
    own organisation's; officers any organisation's."""
    contribution = PartnerContribution(organisation=organisation, what=what, entered_by=actor)
    contribution.set_subject(subject)
    return save_record(record=contribution, actor=actor)


def plan_for(trial):
    """The trial's evaluation plan, unsaved and empty if it has none yet."""
    try:
        return trial.evaluation_plan
    except EvaluationPlan.DoesNotExist:
        return EvaluationPlan(field_trial=trial)


def keep_evaluation_plan(*, plan, actor, changed=None):
    """Save a trial's evaluation plan, co-designed with its team."""
    plan.updated_at = timezone.now()
    return save_record(record=plan, actor=actor, changed=changed)


def add_plan_question(*, trial, question, methods, who_collects, when, actor):
    """Add a question to the trial's evaluation plan (starting the plan if it has none)."""
    with transaction.atomic():
        plan = plan_for(trial)
        if plan.pk is None:
            _check(actor, plan)
            plan.save()
        row = EvaluationQuestion(
            plan=plan, question=question, methods=methods, who_collects=who_collects, when=when
        )
        return save_record(record=row, actor=actor)
