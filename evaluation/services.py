"""Changes to evaluation records. Each checks the rule (rules.py), validates the whole record,
saves in a transaction and writes exactly one event in the shared log."""

import re
from decimal import Decimal, InvalidOperation

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction

from accounts.services import record_event
from nextpractice.records.models import KeptRecord
from nextpractice.records.services import save_checked
from programmes.services.lifecycle import lock_open_project

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
    project_of,
)
from .rules import is_learning

NOT_A_NUMBER = "Enter the value as a number, like 42 or 93.5"
# "12,5" was stored as 125: a comma is read only between thousands (1,250 is 1250).
DECIMAL_COMMA = (
    "Use a full stop for a decimal point, like 12.5 (a comma only between thousands, like 1,250)"
)
# A value, baseline or target keeps 14 digits, 3 of them after the point (models/indicators).
LARGEST = Decimal("99999999999.999")
TOO_BIG = "Enter a number no bigger than 99,999,999,999"
TOO_SMALL = "Enter a number no smaller than -99,999,999,999"
TOO_PRECISE = "Enter a number with no more than 3 digits after the decimal point, like 91.125"
_THOUSANDS = re.compile(r"[-+]?[1-9]\d{0,2}(,\d{3})+(\.\d*)?")


def _check(actor, record):
    if not actor.has_perm("evaluation.change_record", record):
        raise PermissionDenied("You may not change this.")


# A theme is a tag's name: no longer than its column. A longer one is refused beside the box
# (LessonForm), not cut: one of 100,000 characters was saved as its first 100, unsaid.
THEME_MAX_LENGTH = Tag._meta.get_field("name").max_length


def parse_themes(text):
    """Theme names from a comma-separated list, tidied, without repeats."""
    seen, names = set(), []
    for part in (text or "").split(","):
        name = " ".join(part.split())
        if name and name.lower() not in seen:
            seen.add(name.lower())
            names.append(name)
    return names


def themes_named(names):
    """The tags of theme `names`, made where they are new. A new one is inserted unless
    it is there by then whatever the case of its letters (ON CONFLICT DO NOTHING, on the
    constraint tag_name_once_any_case), so lessons naming it at once share one tag, where
    the second answered 500."""
    tags = []
    for name in names:
        tag = Tag.objects.filter(name__iexact=name).first()
        if tag is None:
            Tag.objects.bulk_create([Tag(name=name)], ignore_conflicts=True)
            tag = Tag.objects.filter(name__iexact=name).first()
        tags.append(tag)
    return tags


def save_record(*, record, actor, themes=None):
    """Add an evaluation record, if the actor may (`themes`: a lesson's theme names).
    Raises PermissionDenied or ValidationError; ProjectWithdrawn for a record of a withdrawn
    project or of one of its trials, and ProjectClosed for one of a closed project but its
    learning (rules.LEARNING), decided under the project's lock, as for its Phase 1
    records. Changing one is the record kit's (nextpractice/records, declared in
    kinds.py)."""
    _check(actor, record)
    if record.pk is not None:
        raise ValueError("save_record adds records: change them through the record kit")
    with transaction.atomic():
        project = project_of(record.subject)
        if project is not None:
            # Nothing is added to a withdrawn project, nor to a closed one but its learning.
            lock_open_project(project, closed_ok=is_learning(record))
        _refuse_withdrawn_parents(record)
        record.full_clean()
        save_checked(record)  # a board member or a group's name: see their models
        if themes is not None and isinstance(record, Lesson):
            record.themes.set(themes_named(themes))
        verb = f"evaluation.{record._meta.model_name}_added"
        record_event(
            actor=actor, verb=verb, target=record, data={"level": getattr(record, "level", None)}
        )
    return record


def _refuse_withdrawn_parents(record):
    """Nothing is added to a withdrawn record (progress to an objective, a measurement to an
    indicator, a take-up to a lesson, a member to a board): each record it belongs to that
    can be withdrawn is locked, and if withdrawn (meanwhile, in another tab), it is refused."""
    for field in record._meta.concrete_fields:
        model = field.related_model if field.many_to_one else None
        parent_id = getattr(record, field.attname) if model else None
        if parent_id is None or not issubclass(model, KeptRecord):
            continue
        locked = model.objects.select_for_update().filter(pk=parent_id)
        if locked.filter(withdrawn_at__isnull=False).exists():
            noun = model._meta.verbose_name
            raise ValidationError(
                f"This {noun} has been withdrawn, so nothing more can be added to it."
            )


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


def read_number(value):
    """`value` as typed ("1,250", " 91.5 ") as a Decimal that an indicator's value, baseline
    or target can keep; ValidationError with a plain reason when it cannot be one. A comma is
    read between thousands only: "12,5" or "0,5" is refused, never read as 125 or 5."""
    text = str(value).strip()
    if "," in text:
        if not _THOUSANDS.fullmatch(text):
            raise ValidationError(DECIMAL_COMMA)
        text = text.replace(",", "")
    try:
        number = Decimal(text)
    except (InvalidOperation, ValueError):
        raise ValidationError(NOT_A_NUMBER) from None
    if not number.is_finite():
        raise ValidationError(NOT_A_NUMBER)
    if number > LARGEST:
        raise ValidationError(TOO_BIG)
    if number < -LARGEST:
        raise ValidationError(TOO_SMALL)
    if number.as_tuple().exponent < -3:  # 12.5000 is kept as 12.500; 12.5001 is refused
        if number != number.quantize(Decimal("0.001")):
            raise ValidationError(TOO_PRECISE)
        number = number.quantize(Decimal("0.001"))
    return number


def as_number(value):
    """`value` as a Decimal (read_number); ValidationError beside the value when it is not
    one."""
    try:
        return read_number(value)
    except ValidationError as problem:
        raise ValidationError({"value": problem.messages}) from None


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
