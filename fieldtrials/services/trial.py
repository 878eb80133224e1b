"""Changes to a field trial itself: its status and its details."""

from django.core.exceptions import NON_FIELD_ERRORS, PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone

from accounts.models import NotificationKind, Role
from accounts.services import changes_between, event_key, notify, record_event
from nextpractice.words import fitted, long_date
from programmes.models import Project
from programmes.services.lifecycle import PROJECT_WITHDRAWN, open_project

from ..models import FieldTrial, FieldTrialMembership, TrialStatusChange
from ..workflow import (
    AFTER_THE_GATE,
    ENDED,
    NEEDS_REASON,
    STATUS_NEWS,
    TRIAL_OF_A_CLOSED_PROJECT,
    can_move,
)


def lock_trial_project(trial_id):
    """The project of field trial `trial_id`, its row locked (in the caller's transaction)
    before the trial or one of its records changes: refused (ProjectWithdrawn) once it is
    withdrawn, decided under the lock withdraw_project takes, so that a page shown before the
    withdrawal and sent after it saves nothing. Taken first, before the trial's row and its
    records' rows, in the order withdraw_project and the record kit take them. FOR NO KEY
    UPDATE: it waits for (and holds off) withdrawing the project, but not a row written
    meanwhile that names the project (withdrawing the trial writes an event naming it while
    holding the trial's row, which this caller waits for next): no deadlock."""
    locked = Project.objects.select_for_update(no_key=True, of=("self",)).get(field_trials=trial_id)
    return open_project(locked)


class StatusMoveRefused(ValidationError):
    """The trial may not move so now; `reason` says why. Not beside any field of its own, so
    that a page moving a trial as part of something else (an option selected again takes
    its withdrawn trial back) says it and answers 400, as it does any ValidationError; the
    trial's status page says it beside its choice."""

    def __init__(self, reason):
        super().__init__({NON_FIELD_ERRORS: [reason]})
        self.reason = reason

    def __str__(self):
        return self.reason


class TrialEditConflict(Exception):
    """Someone else saved the trial first; `current` is their version."""

    def __init__(self, current):
        super().__init__("Someone else changed this trial while you were editing.")
        self.current = current


def move_trial_status(*, trial, to_status, actor, reason=""):
    """Move a trial to another status, recording who, when and why, and telling its team."""
    if not actor.has_perm("fieldtrials.move_status", trial):
        raise PermissionDenied("Only the project's programme officers change a trial's status.")
    reason = (reason or "").strip()
    to_status = FieldTrial.Status(to_status)
    with transaction.atomic():
        project = None
        if to_status not in ENDED or to_status in AFTER_THE_GATE:
            # Its project is locked first, as moving its stage, withdrawing or closing it
            # locks it: its stage is read under the lock (a trial is not incubated, nor
            # reported on or completed, while its project is moved back into Phase 1).
            project = Project.objects.select_for_update().get(pk=trial.project_id)
        if to_status not in ENDED:
            # A trial moved to a live status (taken back from withdrawn, or moved back from
            # completed) is under way again: its project must be neither withdrawn (it cannot
            # be while it has a live trial) nor closed (it cannot close while a trial is
            # under way).
            if project.is_withdrawn:
                raise StatusMoveRefused(PROJECT_WITHDRAWN)
            if project.is_closed:
                raise StatusMoveRefused(TRIAL_OF_A_CLOSED_PROJECT)
        trial = FieldTrial.objects.select_for_update().get(pk=trial.pk)
        if project is not None:
            trial.project = project  # as locked
        ok, why_not = can_move(trial, to_status)
        if not ok:
            raise StatusMoveRefused(why_not)
        if to_status in NEEDS_REASON and not reason:
            doing = (
                "withdrawing the trial"
                if to_status == FieldTrial.Status.WITHDRAWN
                else f"moving the trial back to {to_status.label.lower()}"
            )
            raise StatusMoveRefused(f"Give a reason for {doing}.")
        change = TrialStatusChange.objects.create(
            field_trial=trial,
            from_status=trial.status,
            to_status=to_status,
            actor=actor,
            reason=reason,
        )
        trial.status = to_status
        trial.status_changed_at = change.created_at
        trial.save(update_fields=["status", "status_changed_at"])
        event = record_event(
            actor=actor,
            verb="fieldtrials.status_moved",
            target=trial,
            data={"from": change.from_status, "to": change.to_status, "reason": reason},
        )
        happened, meaning = STATUS_NEWS[to_status]
        for membership in (
            FieldTrialMembership.objects.filter(field_trial=trial)
            .exclude(user=actor)
            .select_related("user")
        ):
            notify(
                recipient=membership.user,
                kind="trial_status",
                message=f"{trial.title} {happened}: {meaning}.",
                subject=fitted("", trial.title, f" {happened}"),
                url=trial.get_absolute_url(),
                key=event_key(event),
            )
    return change


DETAIL_FIELDS = [
    "title",
    "summary",
    "lead_organisation",
    "local_authority",
    "locality",
    "trigger",
    "consultant",
    "plan",
    "start_date",
    "end_date",
]
# The details the project's officers set (`fieldtrials.set_terms`): who supports the trial
# and when it runs.
TERMS = ("consultant", "start_date", "end_date")


def trial_start_problem(project, start_date):
    """Why a trial of `project` may not start on `start_date` (outside the project's dates,
    from its start to its planned end), or None; shared with the trial's form."""
    return _outside_the_project(project, start_date, "start")


def trial_end_problem(project, end_date):
    """Why a trial of `project` may not end on `end_date`, in the same words as a start's:
    an end after the project's planned end was taken without a word."""
    return _outside_the_project(project, end_date, "end")


def _outside_the_project(project, day, verb):
    if not day or not project.start_date:
        return None
    first, last = project.start_date, project.planned_end
    if first <= day <= last:
        return None
    return (
        f"The trial must {verb} within the project's dates: {long_date(first)} to "
        f"{long_date(last)} (its planned end)"
    )


def update_trial_details(
    *,
    trial,
    actor,
    based_on_version,
    participating,
    domains,
    local_authority_from_lead=False,
    **fields,
):
    """Change a trial's details and plan, unless someone else saved since `based_on_version`.
    `fields` are those of DETAIL_FIELDS to set; changing its TERMS takes `set_terms`, its lead
    organisation `set_lead_organisation`. With `local_authority_from_lead`, its local
    authority was filled in from its lead organisation's (TrialDetailsForm), and the history
    says so.
    Saved with nothing changed, nothing is written: no new version, nothing in the history
    (the trial is returned at `based_on_version`). Not while its project is withdrawn
    (ProjectWithdrawn, decided under the project's lock)."""
    if not actor.has_perm("fieldtrials.change_fieldtrial", trial):
        raise PermissionDenied
    with transaction.atomic():
        # The project's row first, as withdrawing it or changing its dates locks it: each
        # date is checked against the other's as saved, never both at once.
        lock_trial_project(trial.pk)
        locked = FieldTrial.objects.select_for_update().get(pk=trial.pk)
        if locked.version != based_on_version:
            raise TrialEditConflict(locked)
        given = [f for f in DETAIL_FIELDS if f in fields]
        changed = [f for f in given if getattr(locked, f) != fields[f]]
        if set(changed) & set(TERMS) and not actor.has_perm("fieldtrials.set_terms", trial):
            raise PermissionDenied
        if "lead_organisation" in changed and not actor.has_perm(
            "fieldtrials.set_lead_organisation", trial
        ):
            raise PermissionDenied  # its staff on the trial lead it (rules.leads_trial)
        problems = {
            name: problem
            for name, check in (
                ("start_date", trial_start_problem),
                ("end_date", trial_end_problem),
            )
            if name in changed and (problem := check(locked.project, fields[name]))
        }
        if problems:
            raise ValidationError(problems)
        same_organisations = set(
            locked.participating_organisations.values_list("pk", flat=True)
        ) == {o.pk for o in participating}
        same_domains = set(locked.resource_domains.values_list("pk", flat=True)) == {
            d.pk for d in domains
        }
        if not changed and same_organisations and same_domains:
            return locked
        before = {f: getattr(locked, f) for f in changed}
        # Who takes part and the domains it works on, by name, as they were: the event
        # says which were added and which taken off.
        lists = [
            name
            for name, same in (
                ("participating_organisations", same_organisations),
                ("resource_domains", same_domains),
            )
            if not same
        ]
        before.update({name: [str(row) for row in getattr(locked, name).all()] for name in lists})
        for name in given:
            setattr(locked, name, fields[name])
        locked.version += 1
        locked.full_clean(exclude=["option"])
        locked.save()
        locked.participating_organisations.set(participating)
        locked.resource_domains.set(domains)
        consultant = fields.get("consultant")
        if consultant is not None:
            FieldTrialMembership.objects.get_or_create(
                field_trial=locked, user=consultant, defaults={"role": Role.CONSULTANT}
            )
        changes = changes_between(before, locked, [*changed, *lists])
        if local_authority_from_lead and "local_authority" in changed:
            label = str(FieldTrial._meta.get_field("local_authority").verbose_name).capitalize()
            lead = locked.lead_organisation
            for change in changes:
                if change.get("field") == label and change.get("to"):
                    change["to"] += f" (filled in from the lead organisation, {lead})"
        event = record_event(
            actor=actor,
            verb="fieldtrials.details_updated",
            target=locked,
            data={
                "changed": changed,
                "changes": changes,
                "at": timezone.now().isoformat(),
            },
        )
        if "consultant" in changed and consultant is not None and consultant != actor:
            # The new consultant is told, once (the event's key), that the trial is theirs.
            notify(
                recipient=consultant,
                kind=NotificationKind.MEMBERSHIP,
                message=f"{actor.full_name or actor.email} made you the consultant of the "
                f"field trial {locked.title}.",
                subject=fitted("You are now the consultant of ", locked.title),
                url=locked.get_absolute_url(),
                key=event_key(event),
            )
    return locked
