"""Generate creative options: record workshops, capture options, screen them, decide.

Each service checks its rule, changes inside one transaction (locking the option where two
people could act at once), writes one event, and notifies after that.
"""

from dataclasses import dataclass

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import Count, Q
from django.utils import timezone

from accounts.models import User
from accounts.services import event_key, notify, record_event
from nextpractice.records.services import (
    RecordConflict,
    RecordWithdrawn,
    moment_token,
    save_checked,
)
from nextpractice.words import fitted

from ..models import (
    Assessment,
    CreativeOption,
    KeptStimulus,
    Workshop,
    WorkshopParticipant,
)
from ..models.options import CHARACTERISTICS, PROMISE_TESTS, RADICAL_EFFICIENCY, Judgement
from ..rules import project_officers_filter
from .lifecycle import lock_open_project

JUDGED = [name for name, _ in CHARACTERISTICS + PROMISE_TESTS]
ANSWERS = {
    *JUDGED,
    *(f"{name}_note" for name in JUDGED),
    "change",
    "distance",
    "horizon",
    *(name for name, _ in RADICAL_EFFICIENCY),
    "comment",
}
DECISIONS = [
    CreativeOption.Status.SHORTLISTED,
    CreativeOption.Status.SELECTED,
    CreativeOption.Status.PARKED,
    CreativeOption.Status.DECLINED,
]


# Decisions that set an option aside, and the words that begin the reason its trial is
# withdrawn with it, by which selecting it again knows to reopen the trial (and not one an
# officer withdrew on the trial's page, which stays withdrawn until reopened there).
SETS_ASIDE = (CreativeOption.Status.DECLINED, CreativeOption.Status.PARKED)
SET_ASIDE_WITH_OPTION = "Its option was"


# What deciding on an option does to its field trial (what_deciding_does).
CREATES_TRIAL = "creates"
WITHDRAWS_TRIAL = "withdraws"
REOPENS_TRIAL = "reopens"
LEAVES_TRIAL = "leaves"


def _require(actor, perm, obj, message):
    if not actor.has_perm(perm, obj):
        raise PermissionDenied(message)


def participant_key(name, affiliation):
    """Who a workshop participant is: their name and organisation, whatever the case."""
    return (" ".join(name.split()).lower(), " ".join(affiliation.split()).lower())


def who_of(name, affiliation):
    return f"{name} of {affiliation}" if affiliation else name


def record_workshop(*, project, actor, title, kind, held_on, notes="", participants=()):
    """Record a workshop that generated ideas, and who took part (name, kind, affiliation):
    each person once. Participants are only ever added with their workshop, in one
    transaction, so no other request can add the same person to it."""
    _require(actor, "programmes.change_project", project, "Only officers record workshops.")
    people = {}
    for p in participants:
        person = participant_key(p["name"], p.get("affiliation", ""))
        if person in people:
            who = who_of(p["name"], p.get("affiliation", ""))
            raise ValidationError({"participants": f"{who} is listed twice: give each once"})
        people[person] = p
    with transaction.atomic():
        lock_open_project(project)  # nothing is added to a withdrawn project
        workshop = Workshop(
            project=project,
            title=title,
            kind=kind,
            held_on=held_on,
            notes=notes,
            created_by=actor,
        )
        workshop.full_clean()
        workshop.save()
        people = [WorkshopParticipant(workshop=workshop, **p) for p in participants]
        for person in people:
            person.full_clean()
        WorkshopParticipant.objects.bulk_create(people)
        record_event(
            actor=actor,
            verb="programmes.workshop_recorded",
            target=workshop,
            data={"title": workshop.title, "kind": workshop.kind, "participants": len(people)},
        )
    return workshop


def capture_option(
    *,
    project,
    actor,
    title,
    description,
    proposed_by="",
    workshop=None,
    stimuli=(),
    burning_platform="",
):
    """Capture an idea for a field trial, with the workshop and stimuli it came from."""
    _require(actor, "programmes.change_project", project, "Only officers capture options.")
    if workshop is not None and (workshop.project_id != project.pk or workshop.is_withdrawn):
        raise ValidationError({"workshop": "Choose one of this project's workshops"})
    stimuli = list(stimuli)
    kept = set(KeptStimulus.objects.filter(project=project).values_list("stimulus_id", flat=True))
    if any(s.pk not in kept for s in stimuli):
        raise ValidationError({"stimuli": "Choose from the stimuli this project keeps"})
    with transaction.atomic():
        lock_open_project(project)  # nothing is added to a withdrawn project
        option = CreativeOption(
            project=project,
            title=title,
            description=description,
            proposed_by=proposed_by,
            workshop=workshop,
            burning_platform=burning_platform,
            created_by=actor,
        )
        option.full_clean()
        save_checked(option)  # the same title saved a moment ago: said beside the title
        option.stimuli.set(stimuli)
        record_event(
            actor=actor,
            verb="programmes.option_captured",
            target=option,
            data={
                "title": option.title,
                "workshop": workshop.pk if workshop else None,
                "stimuli": [s.pk for s in stimuli],
            },
        )
    return option


def assessment_token(assessment):
    """Which save of a reviewer's assessment their page was loaded on (0 for none yet): the
    moment it was saved. The page carries it as its version."""
    return moment_token(assessment.updated_at if assessment else None)


def assess_option(*, option, reviewer, based_on=None, **answers):
    """Save the reviewer's own screening of an option (one each: a new one or their update).

    `answers` are the Assessment fields: each characteristic and promise test (2/1/0) with
    an optional `<name>_note`, change, distance, horizon, comment, and, only for an option
    born of a burning platform, the three radical efficiency answers (required then).
    Saved again unchanged, it writes nothing (no "changed their assessment"): a double
    click, a post sent again. Given `based_on` (the `assessment_token` the page was loaded
    on), answers that differ from an assessment saved since (in another tab) replace
    nothing: RecordConflict, carrying it as saved now. Decided under the option's row lock,
    so of two saves at once based on the same version, one is saved and the other told. A
    withdrawn option is refused (RecordWithdrawn), decided on its locked row, and so is any
    of a withdrawn project (ProjectWithdrawn), under the project's lock, taken first.
    """
    unknown = set(answers) - ANSWERS
    if unknown:
        raise TypeError(f"Unknown answers: {sorted(unknown)}")
    _require(
        reviewer,
        "programmes.assess_option",
        option,
        "Only the project's officers and consultants assess options.",
    )
    with transaction.atomic():
        lock_open_project(option.project)
        option = CreativeOption.objects.select_for_update().get(pk=option.pk)
        if option.is_withdrawn:
            raise RecordWithdrawn(option)
        efficiency = {name: answers.pop(name, None) for name, _ in RADICAL_EFFICIENCY}
        if option.burning_platform:
            missing = {
                name: f"Say yes or no: {label.lower()}?"
                for name, label in RADICAL_EFFICIENCY
                if efficiency[name] is None
            }
            if missing:
                raise ValidationError(missing)
        else:
            efficiency = dict.fromkeys(efficiency)  # the test does not apply
        # Every save of an assessment of this option waits for the option's lock, taken above.
        assessment = Assessment.objects.filter(option=option, reviewer=reviewer).first()
        saved_token = assessment_token(assessment)
        created = assessment is None
        if created:
            assessment = Assessment(option=option, reviewer=reviewer)
        given = [f"{name}_note" for name in JUDGED] + ["comment", *answers, *efficiency]
        before = {name: getattr(assessment, name) for name in given}
        for name in JUDGED:
            setattr(assessment, f"{name}_note", "")
        assessment.comment = ""
        for name, value in {**answers, **efficiency}.items():
            setattr(assessment, name, value)
        assessment.full_clean()
        if not created and before == {name: getattr(assessment, name) for name in given}:
            return assessment  # saved again as it was: nothing to write or tell
        if not created and based_on is not None and based_on != saved_token:
            raise RecordConflict(Assessment.objects.get(pk=assessment.pk))  # as saved now
        assessment.updated_at = timezone.now()
        assessment.save()
        record_event(
            actor=reviewer,
            verb="programmes.option_assessed",
            target=option,
            data={
                "assessment": assessment.pk,
                "created": created,
                "characteristics_met": assessment.characteristics_met,
                "classification": assessment.classification,
            },
        )
    return assessment


def can_select(option):
    """(allowed, reason): an option is selected only once a reviewer has screened it."""
    if option.assessments.exists():
        return True, ""
    return (
        False,
        "This option has not been screened yet: at least one reviewer must assess it before "
        "it is selected",
    )


# Said on the decision page of an option no reviewer said Yes to on anything (ALL_NO when
# every one said No to every criterion), and beside its box when it is selected without
# ticking it.
NONE_MET_WARNING = "This option met none of the criteria in its assessment. Select it anyway?"
ALL_NO_WARNING = "Every reviewer scored this option No on every criterion. Select it anyway?"
NONE_MET_UNCONFIRMED = (
    "This option met none of the criteria in its assessment: to select it anyway, tick the box"
)


def none_met_warning(option):
    """What the decision page says before an option is selected whose reviewers said Yes to
    none of the criteria (the seven characteristics, the three tests of promise, the radical
    efficiency questions): ALL_NO_WARNING when every reviewer said No to every one (a radical
    efficiency question left blank is no Yes), NONE_MET_WARNING when some said Partly; ""
    for an option some reviewer said Yes to, or nobody has assessed (can_select). One query.
    """
    said_yes, said_partly = Q(), Q()
    for name in JUDGED:
        said_yes |= Q(**{name: Judgement.YES})
        said_partly |= Q(**{name: Judgement.PARTLY})
    for name, _ in RADICAL_EFFICIENCY:
        said_yes |= Q(**{name: True})
    counts = option.assessments.aggregate(
        all=Count("pk"),
        yes=Count("pk", filter=said_yes),
        partly=Count("pk", filter=said_partly),
    )
    if not counts["all"] or counts["yes"]:
        return ""
    return NONE_MET_WARNING if counts["partly"] else ALL_NO_WARNING


def met_no_criteria(option):
    """Has the option been assessed, and did no reviewer say Yes to any criterion? One
    query. An option nobody has assessed is not selected at all (can_select)."""
    return bool(none_met_warning(option))


@dataclass
class Decision:
    """What deciding on an option did: its field trial, if selected, and whether it is new."""

    option: CreativeOption
    decision: str
    field_trial: object = None  # the option's FieldTrial, if it has one
    trial_created: bool = False
    changed: bool = True  # False when the option already had this decision and reason
    trial_withdrawn_now: bool = False  # declined or parked before its trial started
    trial_reopened: bool = False  # selected again: the trial withdrawn with it is back

    @property
    def trial_withdrawn(self):
        from fieldtrials.models import FieldTrial

        return self.field_trial is not None and self.field_trial.status == (
            FieldTrial.Status.WITHDRAWN
        )


def _free_trial_title(project, title):
    """`title`, or "<title> (2)", "(3)"... if a trial of the project already has it."""
    from fieldtrials.models import FieldTrial

    taken = set(
        FieldTrial.objects.filter(project=project, title__startswith=title[:150]).values_list(
            "title", flat=True
        )
    )
    if title not in taken:
        return title
    n = 2
    while True:
        suffix = f" ({n})"
        candidate = title[: 200 - len(suffix)] + suffix
        if candidate not in taken:
            return candidate
        n += 1


def project_officers(project):
    """The officers of a project and of its programme (programmes.rules' filter, as the
    mention finder reads it)."""
    return User.objects.filter(project_officers_filter(project))


class OptionAlreadyDecided(Exception):
    """Someone decided on the option after the deciding page was loaded; `option` is as they
    left it, and `reason` says who decided what and why."""

    def __init__(self, option):
        who = option.decided_by.full_name if option.decided_by else "someone who has since left"
        self.reason = (
            f"This option was already {option.get_status_display().lower()} by {who}: "
            f"{option.decision_reason}"
        )
        super().__init__(self.reason)
        self.option = option


def decision_token(option):
    """Which decision a deciding page was loaded on (0 for none yet): when it was made."""
    return moment_token(option.decided_at)


def decide_option(*, option, decision, reason, actor, select_anyway=False, based_on=None):
    """Shortlist, select, park or decline an option, with the reason.

    Selecting creates the option's field trial draft (status "selected") in the same
    transaction, or re-uses the trial it already has: the option row is locked, so two
    officers deciding at once cannot create two trials. Declining or parking an option whose
    trial has not started (still "selected") withdraws the trial, as an officer would on its
    page (its history says why, its team is told): the project's gate out of Incubate counts
    every trial not completed or withdrawn, and a trial nobody will run would hold it. It is
    kept, not deleted: selecting the option again reopens it. A trial under way is left as
    it is, for its officers to decide on its page. The decision it already has, with
    the same reason (a double click, a post sent again), changes nothing, logs nothing and
    tells nobody: `Decision.changed` is False then. A withdrawn option is refused
    (RecordWithdrawn), decided on its locked row, and so is any option of a withdrawn
    project (ProjectWithdrawn), under the project's lock. An option whose reviewers said Yes to
    none of the criteria (met_no_criteria) is selected only with `select_anyway`. Given
    `based_on` (the `decision_token` the deciding page was loaded on), a decision made since,
    in another tab or by another officer, is not replaced: OptionAlreadyDecided.
    """
    from fieldtrials.models import FieldTrial
    from fieldtrials.services.trial import move_trial_status

    _require(actor, "programmes.decide_option", option, "Only officers decide on options.")
    if decision not in DECISIONS:
        raise ValidationError({"decision": "Choose a decision"})
    reason = (reason or "").strip()
    if not reason:
        raise ValidationError({"reason": "Give a reason for the decision"})
    with transaction.atomic():
        # The project is locked first, as withdraw_project and close_project lock it: a
        # withdrawn or closed one's options are not decided on (ProjectClosed): selecting one
        # would make it a trial, under way in a project that closed with none.
        lock_open_project(option.project)
        option = (
            CreativeOption.objects.select_for_update().select_related("project").get(pk=option.pk)
        )
        if option.is_withdrawn:
            raise RecordWithdrawn(option)
        trial = FieldTrial.objects.filter(option=option).first()
        if option.status == decision and option.decision_reason == reason:
            return Decision(option=option, decision=decision, field_trial=trial, changed=False)
        if based_on is not None and decision_token(option) != based_on:
            raise OptionAlreadyDecided(option)
        if decision == CreativeOption.Status.SELECTED:
            allowed, why = can_select(option)
            if not allowed:
                raise ValidationError({"decision": why})
            if option.status != decision and not select_anyway and met_no_criteria(option):
                raise ValidationError({"select_anyway": NONE_MET_UNCONFIRMED})
        option.status = decision
        option.decision_reason = reason
        option.decided_by = actor
        option.decided_at = timezone.now()
        option.save(update_fields=["status", "decision_reason", "decided_by", "decided_at"])
        created = withdrawn_now = reopened = False
        label = CreativeOption.Status(decision).label.lower()
        does = what_deciding_does(trial, decision)
        if does == WITHDRAWS_TRIAL:
            move_trial_status(
                trial=trial,
                to_status=FieldTrial.Status.WITHDRAWN,
                actor=actor,
                reason=f"{SET_ASIDE_WITH_OPTION} {label}: {reason}",
            )
            trial.status = FieldTrial.Status.WITHDRAWN
            withdrawn_now = True
        elif does == REOPENS_TRIAL:
            move_trial_status(
                trial=trial,
                to_status=FieldTrial.Status.SELECTED,
                actor=actor,
                reason=f"Its option was selected again: {reason}",
            )
            trial.status = FieldTrial.Status.SELECTED
            reopened = True
        if does == CREATES_TRIAL:
            trial = FieldTrial(
                project=option.project,
                option=option,
                title=_free_trial_title(option.project, option.title),
                summary=option.description,
                status=FieldTrial.Status.SELECTED,
            )
            trial.full_clean()
            trial.save()
            created = True
            # The trial's own history starts here (it said "No changes recorded yet").
            record_event(
                actor=actor,
                verb="fieldtrials.trial_created",
                target=trial,
                data={"option": option.pk, "title": option.title},
            )
        event = record_event(
            actor=actor,
            verb="programmes.option_decided",
            target=option,
            data={
                "decision": decision,
                "reason": reason,
                "field_trial": trial.pk if trial else None,
            },
        )
        for officer in project_officers(option.project).exclude(pk=actor.pk):
            notify(
                recipient=officer,
                kind="option_decided",
                message=f"{actor} {label} the option “{option.title}” in "
                f"{option.project.title}: {reason}",
                subject=fitted(f"Option {label}: ", option.title),
                url=option.get_absolute_url(),
                key=event_key(event),
            )
    return Decision(
        option=option,
        decision=decision,
        field_trial=trial,
        trial_created=created,
        trial_withdrawn_now=withdrawn_now,
        trial_reopened=reopened,
    )


def what_deciding_does(trial, decision):
    """What deciding `decision` on an option does to its field trial `trial` (None: it has
    none), for decide_option to do and the deciding page to say first. Selecting creates
    one (CREATES_TRIAL), or reopens the one withdrawn when the option was set aside
    (REOPENS_TRIAL); parking or declining withdraws one not yet started, still "selected"
    (WITHDRAWS_TRIAL). Anything else leaves it as it is (LEAVES_TRIAL): one under way keeps
    running, still linked to the option, for its officers to decide on its page; one an
    officer withdrew on its page stays withdrawn until reopened there."""
    from fieldtrials.models import FieldTrial

    selecting = decision == CreativeOption.Status.SELECTED
    if trial is None:
        return CREATES_TRIAL if selecting else LEAVES_TRIAL
    if decision in SETS_ASIDE and trial.status == FieldTrial.Status.SELECTED:
        return WITHDRAWS_TRIAL
    if (
        selecting
        and trial.status == FieldTrial.Status.WITHDRAWN
        and _withdrawn_with_its_option(trial)
    ):
        return REOPENS_TRIAL
    return LEAVES_TRIAL


def _withdrawn_with_its_option(trial):
    """Was `trial` last withdrawn because its option was declined or parked?"""
    last = trial.status_changes.order_by("-created_at", "-id").first()
    return bool(
        last
        and last.to_status == trial.Status.WITHDRAWN
        and last.reason.startswith(
            tuple(f"{SET_ASIDE_WITH_OPTION} {s.label.lower()}:" for s in SETS_ASIDE)
        )
    )
