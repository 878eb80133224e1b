"""Changes to programmes and projects. Each checks its rule, changes, and logs one event."""

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone

from accounts.events import role_with_article
from accounts.models import Role
from accounts.people.services import invite
from accounts.services import changes_between, event_key, notify, record_event
from fieldtrials.models import FieldTrial
from nextpractice.records.services import ParentClosed, save_checked
from nextpractice.rules_util import sees_everything
from nextpractice.words import fitted, in_a_list, long_date

from ..models import (
    Programme,
    ProgrammeMembership,
    Project,
    ProjectMembership,
    Stage,
    StageMove,
)
from ..workflow import plan_move


class StageMoveRefused(Exception):
    """The move cannot happen as asked; `reasons` says why, for the page to show."""

    def __init__(self, reasons):
        super().__init__("; ".join(reasons))
        self.reasons = reasons


MOVE_BACK_REASON = "Give a reason for moving the project back"
PROJECT_CLOSED = "The project is closed: reopen it before moving it to another stage."


def move_stage(*, project, to_stage, actor, reason="", override=False):
    """Move a project to another stage (forward, back or over stages), recording who and why.

    A forward move past a failing gate needs `override=True` and a written reason; a move
    back needs a written reason too (the move page says it is recorded with one).
    """
    if not actor.has_perm("programmes.move_stage", project):
        raise PermissionDenied("Only a programme officer can move a project between stages.")
    to_stage = Stage(to_stage)
    reason = (reason or "").strip()
    with transaction.atomic():
        project = lock_open_project(project, closed_ok=True)  # nor withdrawn; closed: below
        if project.is_closed:
            raise StageMoveRefused([PROJECT_CLOSED])
        plan = plan_move(project, to_stage)
        if plan.direction == "none":
            raise StageMoveRefused([f"The project is already in {to_stage.label}."])
        if plan.needs_override and not override:
            raise StageMoveRefused([r for _, r in plan.unmet])
        if plan.needs_override and not reason:
            raise StageMoveRefused(["Give a reason for moving on although a gate does not hold."])
        if plan.direction == "back" and not reason:
            raise StageMoveRefused([MOVE_BACK_REASON])
        move = StageMove.objects.create(
            project=project,
            from_stage=project.stage,
            to_stage=to_stage,
            actor=actor,
            reason=reason,
            overridden=plan.needs_override,
            unmet=[{"stage": s, "reason": r} for s, r in plan.unmet],
        )
        project.stage = to_stage
        project.stage_entered_at = move.created_at
        project.save(update_fields=["stage", "stage_entered_at"])
        event = record_event(
            actor=actor,
            verb="programmes.stage_moved",
            target=project,
            data={
                "from": move.from_stage,
                "to": move.to_stage,
                "overridden": move.overridden,
                "reason": reason,
            },
        )
        members = (
            ProjectMembership.objects.filter(project=project)
            .exclude(user=actor)
            .select_related("user")
        )
        for membership in members:
            notify(
                recipient=membership.user,
                kind="stage_change",
                message=f"{project.title} moved to {to_stage.label}.",
                subject=fitted("", project.title, f" moved to {to_stage.label}"),
                url=project.get_absolute_url(),
                key=event_key(event),
            )
    return move


def _tell_members(project, actor, event, happened):
    """Tell the project's members other than `actor` (as a stage move does) what `happened`
    to it, after its title ("closed on 3 March 2027"): its e-mail's subject whole, the
    title cut to fit if it must."""
    members = ProjectMembership.objects.filter(project=project).exclude(user=actor)
    for membership in members.select_related("user"):
        notify(
            recipient=membership.user,
            kind="stage_change",
            message=f"{project.title} {happened}.",
            subject=fitted("", project.title, f" {happened}"),
            url=project.get_absolute_url(),
            key=event_key(event),
        )


class ProjectClosedAlready(Exception):
    """Closed (or reopened) since the page was shown: a second click, or someone else."""


def close_problem(project, closed_on, today=None):
    """Why `project` may not close on `closed_on`, or None: only from System learning, not
    on a day to come, nor before it entered System learning (shared with the form)."""
    if project.stage != Stage.SYSTEM_LEARNING:
        return "A project is closed from System learning, its last stage."
    today = today or timezone.localdate()
    if closed_on > today:
        return "The date the project closed cannot be in the future"
    entered = timezone.localdate(project.stage_entered_at)
    if closed_on < entered:
        return (
            f"The project entered System learning on {long_date(entered)}: it cannot have "
            "closed before then"
        )
    return None


class TrialsUnderWay(Exception):
    """A project closes once none of its field trials is under way; `trials` still are."""

    def __init__(self, trials):
        self.trials = list(trials)
        super().__init__(trials_under_way_said(self.trials))


# What a trial under way may become before its project closes: said on the close page too.
FINISH_TRIALS_FIRST = (
    "A field trial can be completed or withdrawn first, with “Change the status” on its page."
)


def trials_under_way(project):
    """`project`'s field trials still under way (neither completed nor withdrawn), by title:
    while there are any, the project may not close."""
    ended = [FieldTrial.Status.COMPLETED, FieldTrial.Status.WITHDRAWN]
    return list(project.field_trials.exclude(status__in=ended).order_by("title"))


def trials_under_way_said(trials):
    """Why a project whose `trials` are under way may not close, naming them."""
    if len(trials) == 1:
        still = f"its field trial {trials[0].title} is still under way"
    else:
        still = f"{len(trials)} of its field trials are still under way: "
        still += in_a_list(t.title for t in trials)
    return f"The project cannot be closed while {still}. {FINISH_TRIALS_FIRST}"


def close_project(*, project, actor, closed_on, note):
    """Record that a project in System learning has finished, on `closed_on`, with a short
    note: its page says so, its timeline ends then, and its final progress report, covering
    the whole project, is asked for in the same step (once: reports.services.
    schedule_final_report) instead of more monthly ones. Refused (TrialsUnderWay) while any
    of its field trials is under way."""
    from reports.services import schedule_final_report

    if not actor.has_perm("programmes.close_project", project):
        raise PermissionDenied("Only a programme officer can close a project.")
    note = (note or "").strip()
    if not note:
        raise ValidationError({"note": "Say in a few words how the project finished"})
    with transaction.atomic():
        locked = lock_open_project(project, closed_ok=True)  # a withdrawn one is not closed
        if locked.is_closed:
            raise ProjectClosedAlready(f"The project was closed on {long_date(locked.closed_on)}.")
        problem = close_problem(locked, closed_on)
        if problem:
            raise ValidationError({"closed_on": problem})
        # Read under the project's lock: a trial moved back since the page was shown counts.
        under_way = trials_under_way(locked)
        if under_way:
            raise TrialsUnderWay(under_way)
        locked.closed_on, locked.closed_note = closed_on, note
        locked.save(update_fields=["closed_on", "closed_note"])
        event = record_event(
            actor=actor,
            verb="programmes.project_closed",
            target=locked,
            data={"on": closed_on.isoformat(), "note": note},
        )
        _tell_members(locked, actor, event, f"closed on {long_date(closed_on)}")
        schedule_final_report(project=locked)
    return locked


class ProgrammeEndRefused(Exception):
    """A closed project is not reopened, nor a withdrawn one restored, where its programme's
    end would not hold it open (programme_end_problem says why, and the way out)."""


# How a project comes back open, in the words its refusal says: reopened (it was closed) or
# restored (it was withdrawn).
COMES_BACK = {"reopen": "reopened", "restore": "restored"}


def programme_end_problem(project, programme, *, back, today=None):
    """Why `project` may not come back open in `programme` now, or None: `back` is how
    ("reopen" a closed one, "restore" a withdrawn one: COMES_BACK). An open project holds its
    programme's end (Programme.clean, which does not ask closed nor withdrawn ones): so it is
    not reopened nor restored once the programme has ended, nor when its plan runs past the
    programme's end. Undoing a mistaken close or withdrawal stays one step away: a programme
    officer moves the programme's end date first."""
    end = programme.end_date
    if end is None:
        return None
    today = today or timezone.localdate()
    first = (
        f"Move the programme's end date to {long_date(max(today, project.planned_end))} or "
        f"later first, then {back} the project."
    )
    if end < today:
        return (
            f"{programme.name} ended on {long_date(end)}, and a project is not "
            f"{COMES_BACK[back]} in a programme that has ended. {first}"
        )
    if project.planned_end > end:
        return (
            f"The project is planned to run until {long_date(project.planned_end)}, after "
            f"{programme.name} ends on {long_date(end)}. {first}"
        )
    return None


def reopen_project(*, project, actor, reason):
    """Reopen a closed project (it is back in System learning), recording why. Not while its
    programme's end would not hold it (ProgrammeEndRefused: programme_end_problem), asked
    under the programme's lock, which a change of its end date takes too."""
    if not actor.has_perm("programmes.close_project", project):
        raise PermissionDenied("Only a programme officer can reopen a project.")
    reason = (reason or "").strip()
    if not reason:
        raise ValidationError({"reason": "Give a reason for reopening the project"})
    with transaction.atomic():
        programme = lock_programme(project.programme_id)
        locked = lock_open_project(project, closed_ok=True)
        if not locked.is_closed:
            raise ProjectClosedAlready("The project is open: it has been reopened already.")
        problem = programme_end_problem(locked, programme, back="reopen")
        if problem:
            raise ProgrammeEndRefused(problem)
        was = locked.closed_on
        locked.closed_on, locked.closed_note = None, ""
        locked.save(update_fields=["closed_on", "closed_note"])
        event = record_event(
            actor=actor,
            verb="programmes.project_reopened",
            target=locked,
            data={"closed_on": was.isoformat(), "reason": reason},
        )
        _tell_members(locked, actor, event, "has been reopened")
    return locked


class ProjectWithdrawnAlready(Exception):
    """Withdrawn (or restored) since the page was shown: a second click, or someone else."""

    def __init__(self, message, project):
        super().__init__(message)
        self.project = project


PROJECT_WITHDRAWN = "The project has been withdrawn: restore it first."


class ProjectWithdrawn(ParentClosed):
    """Something was to be added to a withdrawn project, or it or one of its records changed
    (withdrawn since the page was shown, or a page sent again): nothing is added or changed
    until it is restored. The record kit answers it as the project's pages do (kinds.py)."""

    def __init__(self, project):
        super().__init__(PROJECT_WITHDRAWN)
        self.project = project


def project_closed_said(project):
    """What a change to closed `project` is told: when it closed, and the way back."""
    on = long_date(project.closed_on)
    return f"This project was closed on {on}: reopen it to change its records."


class ProjectClosed(ProjectWithdrawn):
    """Something was to be added to a closed project, or it or one of its records changed
    (closed since the page was shown, or a page sent again): nothing is added or changed
    until it is reopened. Only its Phase 3 learning (evaluation.rules.LEARNING), its people,
    its reports and reopening it take a closed project (open_project's `closed_ok`). A
    ProjectWithdrawn, so that every page refusing a withdrawn project's changes refuses it
    too, 409: the refusal page says which (views.project_pages.project_withdrawn)."""

    def __init__(self, project):
        ParentClosed.__init__(self, project_closed_said(project))
        self.project = project


def open_project(project, *, closed_ok=False):
    """`project`, unless it is withdrawn (ProjectWithdrawn) or, but where `closed_ok` (what a
    closed project still takes), closed (ProjectClosed): asked of the project as a page read
    it, before a page adding to it or changing it is shown. A post is decided again by its
    service, under the project's lock (lock_open_project)."""
    if project.is_withdrawn:
        raise ProjectWithdrawn(project)
    if project.is_closed and not closed_ok:
        raise ProjectClosed(project)
    return project


def lock_open_project(project, *, closed_ok=False):
    """`project`'s row, locked (in the caller's transaction) before a record is added to it,
    or it or one of its records is changed: refused (ProjectWithdrawn) once it is withdrawn,
    and (ProjectClosed) once it is closed but where `closed_ok`, decided under the lock
    withdraw_project and close_project take, so that nothing is added to a project, nor
    changed in it, as it is withdrawn or closed."""
    locked = Project.objects.select_for_update().get(pk=project.pk)
    return open_project(locked, closed_ok=closed_ok)


def live_trials(project):
    """The project's field trials not withdrawn, by title: while it has any, it is not
    withdrawn (its trials are withdrawn first, on their own pages)."""
    from fieldtrials.models import FieldTrial

    return list(
        FieldTrial.objects.filter(project=project)
        .exclude(status=FieldTrial.Status.WITHDRAWN)
        .order_by("title")
    )


def withdraw_problem(trials):
    """What stops a project with `trials` (live_trials) being withdrawn, or None."""
    if not trials:
        return None
    titles = ", ".join(f"“{trial.title}”" for trial in trials)
    return f"Withdraw its field trials first: {titles}"


PROJECT_CLOSED_NOT_WITHDRAWN = "A closed project cannot be withdrawn: reopen it first."


def withdraw_project(*, project, actor, reason):
    """Withdraw a project added by mistake (a wrong title, the wrong programme): it stays,
    marked with who, when and why, but leaves every list, search and the monthly reports.
    Only while it has no field trial but withdrawn ones, decided on its locked row (selecting
    an option for a trial, or taking a withdrawn trial back, locks it too); not once it is
    closed: it finished its work, it was not added by mistake."""
    if not actor.has_perm("programmes.withdraw_project", project):
        raise PermissionDenied("Only a programme officer can withdraw a project.")
    reason = (reason or "").strip()
    if not reason:
        raise ValidationError({"reason": "Say why you are withdrawing it"})
    with transaction.atomic():
        locked = Project.objects.select_for_update().get(pk=project.pk)
        if locked.is_withdrawn:
            raise ProjectWithdrawnAlready("The project has already been withdrawn.", locked)
        if locked.is_closed:
            raise ValidationError({"reason": PROJECT_CLOSED_NOT_WITHDRAWN})
        problem = withdraw_problem(live_trials(locked))
        if problem:
            raise ValidationError({"reason": problem})
        locked.withdrawn_at, locked.withdrawn_by = timezone.now(), actor
        locked.withdrawn_reason = reason
        locked.version += 1
        locked.save(update_fields=["withdrawn_at", "withdrawn_by", "withdrawn_reason", "version"])
        record_event(
            actor=actor, verb="programmes.project_withdrawn", target=locked, data={"reason": reason}
        )
    return locked


def title_holder(programme, title, but=None):
    """The project of `programme`, not withdrawn, called `title` (in any case), other than the
    one whose pk is `but`; or None. A title is a project's once in its programme among those
    not withdrawn (project_unique_title): one withdrawn by mistake leaves it free."""
    current = Project.objects.current().filter(programme=programme, title__iexact=title)
    return current.exclude(pk=but).first() if but else current.first()


def title_taken_said(holder):
    """Why a withdrawn project is not restored while `holder` has its title."""
    return (
        f"A project called {holder.title} was added after this one was withdrawn. Change that "
        "project's title first."
    )


class ProjectTitleTaken(Exception):
    """A withdrawn project is not restored while another, `holder`, has its title."""

    def __init__(self, holder):
        super().__init__(title_taken_said(holder))
        self.holder = holder


def restore_project(*, project, actor, reason):
    """Restore a withdrawn project, recording why: it is back in the lists as it was. Not
    while another project of its programme has its title (ProjectTitleTaken), asked under its
    lock and decided by the constraint when another takes it at the same moment; nor while
    its programme's end would not hold it open (ProgrammeEndRefused: programme_end_problem,
    as a closed project's reopening), asked under the programme's lock, which a change of its
    end date takes too."""
    if not actor.has_perm("programmes.withdraw_project", project):
        raise PermissionDenied("Only a programme officer can restore a project.")
    reason = (reason or "").strip()
    if not reason:
        raise ValidationError({"reason": "Give a reason for restoring the project"})
    with transaction.atomic():
        programme = lock_programme(project.programme_id)
        locked = Project.objects.select_for_update().get(pk=project.pk)
        if not locked.is_withdrawn:
            raise ProjectWithdrawnAlready(
                "The project is not withdrawn: it has been restored.", locked
            )
        problem = programme_end_problem(locked, programme, back="restore")
        if problem:
            raise ProgrammeEndRefused(problem)
        holder = title_holder(locked.programme_id, locked.title, but=locked.pk)
        if holder:
            raise ProjectTitleTaken(holder)
        was = locked.withdrawn_reason
        locked.withdrawn_at, locked.withdrawn_by, locked.withdrawn_reason = None, None, ""
        locked.version += 1
        try:
            with transaction.atomic():  # a savepoint: the refusal leaves the transaction usable
                locked.save(
                    update_fields=["withdrawn_at", "withdrawn_by", "withdrawn_reason", "version"]
                )
        except IntegrityError:  # given its title since it was asked, and committed
            raise ProjectTitleTaken(
                title_holder(locked.programme_id, locked.title, but=locked.pk) or locked
            ) from None
        record_event(
            actor=actor,
            verb="programmes.project_restored",
            target=locked,
            data={"reason": reason, "withdrawn_reason": was},
        )
    return locked


class EditConflict(Exception):
    """Someone else saved first; `current` is their version, to show beside ours."""

    def __init__(self, current):
        super().__init__("Someone else changed this while you were editing.")
        self.current = current


def update_narrative(*, project, narrative, based_on_version, actor):
    """Save the current-state narrative unless someone else saved since `based_on_version`;
    its event says what changed from what to what, as every other edit's does (a long text
    named by its start). Saving it unchanged writes nothing."""
    if not actor.has_perm("programmes.change_project", project):
        raise PermissionDenied
    with transaction.atomic():
        locked = lock_open_project(project)  # nor a withdrawn or closed project's
        if locked.narrative_version != based_on_version:
            raise EditConflict(locked)
        before = {"narrative": locked.narrative}
        locked.narrative = narrative
        changes = changes_between(before, locked, ["narrative"])
        if not changes:
            return locked
        locked.narrative_version += 1
        locked.narrative_updated_by = actor
        locked.narrative_updated_at = timezone.now()
        locked.save(
            update_fields=[
                "narrative",
                "narrative_version",
                "narrative_updated_by",
                "narrative_updated_at",
            ]
        )
        record_event(
            actor=actor,
            verb="programmes.narrative_updated",
            target=locked,
            data={"version": locked.narrative_version, "changes": changes},
        )
    return locked


def create_programme(*, actor, first_officer_email="", **fields):
    """Open a new programme; its creator becomes its first programme officer. An
    administrator (who sees and manages every programme) may instead name someone else by
    `first_officer_email`: they are invited as its officer (accounts.people.services.invite)
    in the same transaction, and the administrator does not join it. A refused invitation
    (TeamChangeRefused) leaves no programme."""
    if not actor.has_perm("programmes.add_programme"):
        raise PermissionDenied
    if first_officer_email and not sees_everything(actor):
        raise PermissionDenied("Only administrators name someone else as its first officer.")
    with transaction.atomic():
        programme = Programme(**fields)
        programme.full_clean()
        programme.save()
        if not first_officer_email:
            ProgrammeMembership.objects.create(programme=programme, user=actor, role=Role.OFFICER)
        record_event(actor=actor, verb="programmes.programme_created", target=programme)
        if first_officer_email:
            invite(target=programme, email=first_officer_email, role=Role.OFFICER, actor=actor)
    return programme


def add_project_member(*, project, user, role, actor):
    """Give someone a role in a project (or change the role they have).

    The role they already have (a double click, a post sent again) changes nothing, logs
    nothing and tells nobody; the unique membership decides when two posts meet."""
    if not actor.has_perm("programmes.change_project", project):
        raise PermissionDenied
    with transaction.atomic():
        membership, created = ProjectMembership.objects.get_or_create(
            project=project, user=user, defaults={"role": role}
        )
        if not created:
            membership = ProjectMembership.objects.select_for_update().get(pk=membership.pk)
            if membership.role == role:
                return membership
            membership.role = role
            membership.save(update_fields=["role"])
        event = record_event(
            actor=actor,
            verb="programmes.member_added" if created else "programmes.member_role_changed",
            target=project,
            data={"user": user.pk, "role": role},
        )
    if created and user != actor:
        notify(
            recipient=user,
            kind="membership",
            message=f"{actor} added you as {role_with_article(role)} to {project.title}.",
            subject=fitted("You were added to ", project.title, f" as {role_with_article(role)}"),
            url=project.get_absolute_url(),
            key=event_key(event),
        )
    return membership


def project_start_problem(programme, start_date):
    """Why a project of `programme` may not start on `start_date` (outside the programme's
    dates), or None; shared with the project forms so both say the same."""
    if not start_date or not programme.start_date:
        return None
    first, last = programme.start_date, programme.end_date
    if start_date >= first and (last is None or start_date <= last):
        return None
    if last is None:
        return f"The project must start on or after the programme starts, {long_date(first)}"
    return (
        f"The project must start within the programme's dates: {long_date(first)} to "
        f"{long_date(last)}"
    )


def lock_programme(programme_id):
    """The programme's row, locked (in the caller's transaction) while a project's plan is
    checked against its end, or a project reopened or restored in it: a change of its end
    date, which asks its open projects' plans under the same row's lock (Programme.clean),
    waits, and then sees the plan. Taken before the project's own row, as every such change does."""
    return Programme.objects.select_for_update(no_key=True).get(pk=programme_id)


def create_project(*, programme, actor, members=(), **fields):
    """Open a new project in a programme, in Analyse need, with its first members."""
    if not actor.has_perm("programmes.add_project", programme):
        raise PermissionDenied
    problem = project_start_problem(programme, fields.get("start_date"))
    if problem:
        raise ValidationError({"start_date": problem})
    with transaction.atomic():
        # Its plan ends by the programme's end as saved now: the end waits for it.
        programme = lock_programme(programme.pk)
        project = Project(programme=programme, stage=Stage.ANALYSE_NEED, **fields)
        project.full_clean()
        save_checked(project)  # its title taken a moment ago: said, not a server error
        ProjectMembership.objects.get_or_create(
            project=project, user=actor, defaults={"role": Role.OFFICER}
        )
        for user, role in members:
            ProjectMembership.objects.update_or_create(
                project=project, user=user, defaults={"role": role}
            )
        record_event(actor=actor, verb="programmes.project_created", target=project)
    return project
