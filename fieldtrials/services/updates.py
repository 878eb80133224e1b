"""Monthly updates (highlight reports) and communities of practice.

A trial's team writes one update a month: a draft until submitted, then locked. None is
started, changed, submitted, taken back or marked read while the trial's project is
withdrawn (ProjectWithdrawn), decided under the project's lock, taken first
(lock_trial_project), then the trial's, then the update's. Submitting
keeps the trial's denormalised `latest_rag` and `latest_update_month` equal to its newest
submitted update. Communities of practice group trials, within or across projects, and
record what each meeting shared.
"""

import datetime

from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.db.models import Exists, OuterRef, Q
from django.urls import reverse
from django.utils import timezone
from django.utils.dateformat import format as date_format

from accounts.models import Event, NotificationKind, Role, User
from accounts.services import event_key, notify, record_event
from nextpractice.words import fitted, month_label  # month_label: its pages import it here
from programmes.rules import is_officer_anywhere
from programmes.services.options import project_officers

from ..models import CommunityMeeting, CommunityOfPractice, FieldTrial, MonthlyUpdate
from ..models.updates import meeting_date_problem
from .trial import lock_trial_project

UPDATE_FIELDS = ["rag", "what_happened", "what_next", "in_the_way"]
DRAFT_SAVED = "fieldtrials.update_draft_saved"


class UpdateLocked(Exception):
    """The update has been submitted, so it can no longer change."""

    def __init__(self, update):
        if update.is_withdrawn:
            when = date_format(timezone.localtime(update.withdrawn_at), "j F Y")
            super().__init__(f"This update was withdrawn on {when}, so it can no longer change")
        else:
            when = "an earlier date"
            if update.submitted_at:
                when = date_format(timezone.localtime(update.submitted_at), "j F Y")
            super().__init__(f"This update was submitted on {when}, so it is no longer a draft")
        self.update = update


class UpdateAlreadyRead(Exception):
    """A project officer has read the update, so its author can no longer take it back."""

    def __init__(self, update):
        when = date_format(timezone.localtime(update.read_at), "j F Y")
        reader = update.read_by.full_name if update.read_by else "A project officer"
        super().__init__(
            f"{reader} read this update on {when}, so it can no longer be taken back. "
            "Put any correction in next month's update, or tell the project's officer."
        )
        self.update = update


class DraftExists(Exception):
    """The trial already has a draft for that month: carry on with it instead."""

    def __init__(self, draft):
        super().__init__(f"There is already a draft update for {month_label(draft.month)}")
        self.draft = draft


class UpdateEditConflict(Exception):
    """Someone else saved the draft first; `current` is their version."""

    def __init__(self, current):
        super().__init__("Someone else changed this update while you were editing it.")
        self.current = current


# --- Months --------------------------------------------------------------------------


def first_of_month(day):
    return day.replace(day=1)


def current_month():
    return first_of_month(timezone.localdate())


def add_months(month, n):
    index = month.year * 12 + month.month - 1 + n
    return datetime.date(index // 12, index % 12 + 1, 1)


def reportable_months(trial):
    """The months a trial may report on, newest first: from the month it started (or the
    last twelve months if it has no start date) to the current month, or the month it ended."""
    last = current_month()
    if trial.end_date and first_of_month(trial.end_date) < last:
        last = first_of_month(trial.end_date)
    first = first_of_month(trial.start_date) if trial.start_date else add_months(last, -11)
    months = []
    month = last
    while month >= first:
        months.append(month)
        month = add_months(month, -1)
    return months


def written_months_filter(trial):
    """The filter of a trial's updates, not withdrawn, of the months it may report on: as
    many as reportable_months(trial) when every month has one (a month has at most one)."""
    months = reportable_months(trial)
    if not months:
        return Q(pk__in=[])
    return Q(withdrawn_at__isnull=True, month__gte=months[-1], month__lte=months[0])


def has_month_to_write(trial, written):
    """Whether some month the trial may report on has no update yet, given how many have one
    (`written`, counted with written_months_filter)."""
    return written < len(reportable_months(trial))


def month_problem(trial, month):
    """Why `month` cannot be reported on for `trial`, or "" when it can."""
    if month > current_month():
        return "You cannot report on a month that has not started yet"
    if trial.end_date and month > first_of_month(trial.end_date):
        end = date_format(trial.end_date, "j F Y")
        return f"The trial ended on {end}: choose {month_label(trial.end_date)} or an earlier month"
    if trial.start_date and month < first_of_month(trial.start_date):
        start = date_format(trial.start_date, "j F Y")
        return (
            f"The trial started on {start}: choose {month_label(trial.start_date)} or a later month"
        )
    return ""


# --- Monthly updates -----------------------------------------------------------------


def _require_change(actor, obj):
    if not actor.has_perm("fieldtrials.change_record", obj):
        raise PermissionDenied("Only the trial's team and its project's officers write updates.")


def _clean_fields(fields):
    unknown = set(fields) - set(UPDATE_FIELDS)
    if unknown:
        raise TypeError(f"Not fields of a monthly update: {sorted(unknown)}")
    return {name: (value or "").strip() for name, value in fields.items()}


def _already_submitted(month):
    return ValidationError(
        {"month": f"An update for {month_label(month)} has already been submitted"}
    )


def save_update_draft(*, trial, month, actor, **fields):
    """Start the trial's update for `month` as a draft; any field may still be empty.

    Raises DraftExists when the month already has a draft (carry on with that one), and
    ValidationError on `month` for a month out of range or one already submitted.
    """
    _require_change(actor, trial)
    fields = _clean_fields(fields)
    month = first_of_month(month)
    problem = month_problem(trial, month)
    if problem:
        raise ValidationError({"month": problem})
    with transaction.atomic():
        lock_trial_project(trial.pk)
        update = MonthlyUpdate(field_trial=trial, month=month, author=actor, **fields)
        update.full_clean(validate_constraints=False)
        try:
            # The unique (trial, month) constraint decides a race between two first
            # drafts; the savepoint keeps the outer transaction usable after it.
            with transaction.atomic():
                update.save()
        except IntegrityError:
            existing = (
                MonthlyUpdate.objects.current().filter(field_trial=trial, month=month).first()
            )
            if existing is not None and existing.status == MonthlyUpdate.Status.DRAFT:
                raise DraftExists(existing) from None
            raise _already_submitted(month) from None
        record_event(
            actor=actor,
            verb="fieldtrials.update_drafted",
            target=update,
            data={"field_trial": trial.pk, "month": month.isoformat()},
        )
    return update


def update_draft(*, update, based_on_version, actor, **fields):
    """Save changes to a draft unless someone else saved it since `based_on_version`.

    Raises UpdateLocked if it was submitted meanwhile and UpdateEditConflict, carrying the
    saved version, if it changed; nothing is overwritten either way.
    """
    _require_change(actor, update)
    fields = _clean_fields(fields)
    with transaction.atomic():
        # The project, the trial, then the update, in the order submit_update locks them:
        # autosave can be saving while the same person submits, and the event's row refers
        # to the trial.
        lock_trial_project(update.field_trial_id)
        FieldTrial.objects.select_for_update().only("pk").get(pk=update.field_trial_id)
        locked = MonthlyUpdate.objects.select_for_update().get(pk=update.pk)
        if locked.status != MonthlyUpdate.Status.DRAFT or locked.is_withdrawn:
            raise UpdateLocked(locked)
        if locked.version != based_on_version:
            raise UpdateEditConflict(locked)
        changed = [name for name, value in fields.items() if getattr(locked, name) != value]
        for name, value in fields.items():
            setattr(locked, name, value)
        locked.version += 1
        locked.updated_at = timezone.now()
        locked.full_clean(validate_constraints=False)
        locked.save()
        _tell_draft_saved(locked, actor, changed)
    return locked


def _tell_draft_saved(update, actor, changed):
    """Record that `actor` saved the draft `update`, once a day: autosave saves as they type,
    and the history, the trial's "Lately" and everyone's activity should say "saved the
    draft" once, not once a keystroke pause. A save by the same person the same (local) day,
    with nothing else recorded on the update since (a submit, a take-back), moves that day's
    event to now and adds the fields it changed; otherwise it writes a new event. The draft's
    content keeps its full history (simple_history rows) either way.

    Call with the update's row locked (select_for_update), as update_draft, the only writer
    of these events, does: two saves at once are told one after the other, the second
    finding the first's event, so the read before the write cannot race."""
    now = timezone.now()
    start_of_day = timezone.make_aware(
        datetime.datetime.combine(timezone.localdate(now), datetime.time.min)
    )
    on_update = Event.objects.filter(
        target_type=ContentType.objects.get_for_model(update), target_id=update.pk
    )
    told_today = (
        on_update.filter(verb=DRAFT_SAVED, actor=actor, created_at__gte=start_of_day)
        .exclude(
            Exists(
                on_update.exclude(verb=DRAFT_SAVED).filter(created_at__gt=OuterRef("created_at"))
            )
        )
        .order_by("-created_at", "-id")
        .first()
    )
    if told_today is None:
        record_event(
            actor=actor,
            verb=DRAFT_SAVED,
            target=update,
            data={
                "field_trial": update.field_trial_id,
                "month": update.month.isoformat(),
                "changed": changed,
            },
        )
        return
    before = set(told_today.data.get("changed", []))
    told_today.data["changed"] = [name for name in UPDATE_FIELDS if name in before | set(changed)]
    told_today.created_at = now
    told_today.save(update_fields=["created_at", "data"])


def submit_update(*, update, actor):
    """Submit a draft: it is locked from now on, and officers and partners can read it.

    Keeps the trial's latest RAG and month equal to its newest submitted update, writes
    one `fieldtrials.update_submitted` event and tells the project's officers and the trial's
    consultants. Submitting twice raises UpdateLocked and keeps the first.
    """
    _require_change(actor, update)
    with transaction.atomic():
        # The project, the trial, then the update: submits for one trial queue here, so
        # the newest submitted month is computed by one at a time.
        lock_trial_project(update.field_trial_id)
        trial = (
            FieldTrial.objects.select_for_update()
            .select_related("project")
            .get(pk=update.field_trial_id)
        )
        locked = MonthlyUpdate.objects.select_for_update().get(pk=update.pk)
        if locked.status != MonthlyUpdate.Status.DRAFT or locked.is_withdrawn:
            raise UpdateLocked(locked)
        errors = {}
        if not locked.rag:
            errors["rag"] = "Choose red, amber or green to submit the update"
        if not locked.what_happened:
            errors["what_happened"] = "Say what happened to submit the update"
        problem = month_problem(trial, locked.month)
        if problem:
            errors["month"] = problem
        if errors:
            raise ValidationError(errors)
        locked.status = MonthlyUpdate.Status.SUBMITTED
        locked.submitted_at = timezone.now()
        locked.updated_at = locked.submitted_at
        locked.version += 1
        locked.full_clean(validate_constraints=False)
        locked.save()
        _refresh_latest(trial)
        event = record_event(
            actor=actor,
            verb="fieldtrials.update_submitted",
            target=locked,
            data={
                "field_trial": trial.pk,
                "month": locked.month.isoformat(),
                "rag": locked.rag,
            },
        )
        message = (
            f"{trial.title} submitted its update for {month_label(locked.month)}: "
            f"{locked.get_rag_display()}."
        )
        # The project's officers and the trial's consultants (the one it names and its
        # consultant members) are told, once each; the author is not.
        told = User.objects.filter(
            Q(pk__in=project_officers(trial.project).values("pk"))
            | Q(pk=trial.consultant_id)
            | Q(
                pk__in=trial.memberships.filter(role=Role.CONSULTANT).values("user_id"),
            )
        ).exclude(pk=actor.pk)
        rated = f", {month_label(locked.month)}, rated {locked.rag}"
        subject = fitted("Update submitted: ", trial.title, rated)
        for person in told:
            notify(
                recipient=person,
                kind="update_submitted",
                message=message,
                subject=subject,
                url=reverse("fieldtrials:update_detail", args=[locked.pk]),
                key=event_key(event),
            )
    return locked


def take_back_update(*, update, actor):
    """Its author takes back a submitted update that no project officer has read yet: it is
    a draft again, to change and submit again. Raises UpdateAlreadyRead once it is read, and
    UpdateLocked once it is withdrawn (decided on its locked row); taking back a draft (a
    second click) changes nothing."""
    if not actor.has_perm("fieldtrials.take_back_update", update):
        raise PermissionDenied("Only the update's author can take it back.")
    with transaction.atomic():
        # The project, the trial, then the update: the order submit_update locks them in.
        lock_trial_project(update.field_trial_id)
        trial = FieldTrial.objects.select_for_update().get(pk=update.field_trial_id)
        locked = (
            MonthlyUpdate.objects.select_for_update(of=("self",))
            .select_related("read_by")
            .get(pk=update.pk)
        )
        if locked.is_withdrawn:
            raise UpdateLocked(locked)
        if locked.read_at is not None:
            raise UpdateAlreadyRead(locked)
        if locked.status != MonthlyUpdate.Status.SUBMITTED:
            return locked
        locked.status = MonthlyUpdate.Status.DRAFT
        locked.submitted_at = None
        locked.updated_at = timezone.now()
        locked.version += 1
        locked.full_clean(validate_constraints=False)
        locked.save()
        _refresh_latest(trial)
        record_event(
            actor=actor,
            verb="fieldtrials.update_taken_back",
            target=locked,
            data={"field_trial": trial.pk, "month": locked.month.isoformat()},
        )
    return locked


def mark_update_read(*, update, actor):
    """A project officer records that they have read a submitted update: from then on its
    author can no longer take it back. Marking it read again changes nothing."""
    if not actor.has_perm("fieldtrials.mark_update_read", update):
        raise PermissionDenied("Only the project's officers mark updates as read.")
    with transaction.atomic():
        # The project, the trial, then the update, as take_back_update locks them: the
        # event's row refers to the trial, and would otherwise wait on a take-back holding it.
        lock_trial_project(update.field_trial_id)
        FieldTrial.objects.select_for_update().only("pk").get(pk=update.field_trial_id)
        locked = MonthlyUpdate.objects.select_for_update().get(pk=update.pk)
        if locked.is_withdrawn:
            raise ValidationError("This update has been withdrawn: there is nothing to read.")
        if locked.status != MonthlyUpdate.Status.SUBMITTED:
            raise ValidationError(
                "Its author has taken this update back to edit it: you can mark it as read "
                "once they submit it again."
            )
        if locked.read_at is not None:
            return locked
        locked.read_at = timezone.now()
        locked.read_by = actor
        locked.full_clean(validate_constraints=False)
        locked.save()
        event = record_event(
            actor=actor,
            verb="fieldtrials.update_read",
            target=locked,
            data={"field_trial": locked.field_trial_id, "month": locked.month.isoformat()},
        )
        # Its author is told: from now on they can no longer take it back.
        _tell_author(
            locked,
            actor,
            event,
            NotificationKind.UPDATE_READ,
            f"read your monthly update for {month_label(locked.month)} of "
            f"{locked.field_trial}. Anything new goes in next month's update.",
            "Update read",
        )
    return locked


def _tell_author(update, actor, event, kind, did, what):
    """Tell an update's author what `actor` `did` to it (keyed by `event`, so once), unless
    they did it themselves; the notification leads to the update. The e-mail's subject says
    `what` happened first, then the trial and the month ("Update read: Coral Trial, December
    2026"): the message, cut to fit, lost what mattered."""
    if update.author_id is None or update.author_id == actor.pk:
        return
    notify(
        recipient=update.author,
        kind=kind,
        message=f"{actor} {did}",
        subject=fitted(f"{what}: ", str(update.field_trial), f", {month_label(update.month)}"),
        url=reverse("fieldtrials:update_detail", args=[update.pk]),
        key=event_key(event),
    )


def _refresh_latest(trial):
    """Set the trial's latest RAG and month from its newest submitted update."""
    newest = (
        MonthlyUpdate.objects.current()
        .filter(field_trial=trial, status=MonthlyUpdate.Status.SUBMITTED)
        .order_by("-month")
        .values("rag", "month")
        .first()
    )
    rag, month = (newest["rag"], newest["month"]) if newest else ("", None)
    # A queryset update: these two fields are derived, not an edit of the trial.
    FieldTrial.objects.filter(pk=trial.pk).update(latest_rag=rag, latest_update_month=month)
    trial.latest_rag, trial.latest_update_month = rag, month


def lock_trial_of(update):
    """Lock the update's trial, as every service here does before locking an update (the
    kit's `lock_first`)."""
    FieldTrial.objects.select_for_update().only("pk").get(pk=update.field_trial_id)


def settle_withdrawn_update(update):
    """Once an update is withdrawn (or deleted) through the record kit, its trial's latest
    RAG and month are those of its newest current submitted update (the kit's `settle`)."""
    _refresh_latest(update.field_trial)


def tell_update_withdrawn(update, actor, event):
    """Its author is told that their update no longer counts, by whom and why (the kit's
    `tell_withdrawn`): it had gone without a word, the trial's page back at the month
    before."""
    month = month_label(update.month)
    reason = f": “{update.withdrawn_reason}”" if update.withdrawn_reason else ""
    _tell_author(
        update,
        actor,
        event,
        NotificationKind.UPDATE_WITHDRAWN,
        f"withdrew your monthly update for {month} of {update.field_trial}{reason}. "
        f"It no longer counts: the trial's team can write {month}'s update again.",
        "Update withdrawn",
    )


def tell_update_restored(update, actor, event):
    """Its author, told when it was withdrawn, is told that it counts again, by whom and why
    (the kit's `tell_restored`), once: keyed by the restoring's event."""
    reason = f": “{event.data['reason']}”" if event.data.get("reason") else ""
    _tell_author(
        update,
        actor,
        event,
        NotificationKind.UPDATE_WITHDRAWN,
        f"restored your monthly update for {month_label(update.month)} of "
        f"{update.field_trial}{reason}. It counts again, as it did before it was withdrawn.",
        "Update restored",
    )


def submit_new_update(*, trial, month, actor, **fields):
    """Write and submit the update for `month` in one step: both or neither."""
    with transaction.atomic():
        update = save_update_draft(trial=trial, month=month, actor=actor, **fields)
        return submit_update(update=update, actor=actor)


def submit_draft(*, update, based_on_version, actor, **fields):
    """Save the last changes to a draft and submit it: both or neither."""
    with transaction.atomic():
        # The project, the trial, then the update, in the order submit_update takes them.
        lock_trial_project(update.field_trial_id)
        FieldTrial.objects.select_for_update().only("pk").get(pk=update.field_trial_id)
        update = update_draft(
            update=update, based_on_version=based_on_version, actor=actor, **fields
        )
        return submit_update(update=update, actor=actor)


# --- Communities of practice -----------------------------------------------------------


def create_community(*, name, purpose, field_trials, actor):
    """An officer groups field trials into a community of practice, which they convene."""
    if not is_officer_anywhere(actor):
        raise PermissionDenied("Only programme officers start communities of practice.")
    field_trials = list(field_trials)
    for trial in field_trials:
        if not actor.has_perm("fieldtrials.view_fieldtrial", trial):
            raise PermissionDenied
    if not field_trials:
        raise ValidationError({"field_trials": "Choose at least one field trial"})
    with transaction.atomic():
        community = CommunityOfPractice(
            name=(name or "").strip(), purpose=(purpose or "").strip(), convenor=actor
        )
        # The unique name is left to the database, which decides a race too.
        community.full_clean(validate_unique=False)
        try:
            with transaction.atomic():
                community.save()
        except IntegrityError:
            raise ValidationError(
                {"name": "There is already a community of practice with this name"}
            ) from None
        community.field_trials.set(field_trials)
        record_event(
            actor=actor,
            verb="fieldtrials.community_created",
            target=community,
            data={"name": community.name, "field_trials": sorted(t.pk for t in field_trials)},
        )
    return community


def change_community_trials(*, community, add, remove, actor):
    """Add trials to a community and take others out; it must keep at least one. Nothing
    to add or take out writes nothing."""
    if not actor.has_perm("fieldtrials.change_community", community):
        raise PermissionDenied("Only the convenor and the trials' officers change a community.")
    add, remove = list(add), list(remove)
    for trial in add + remove:
        if not actor.has_perm("fieldtrials.view_fieldtrial", trial):
            raise PermissionDenied
    with transaction.atomic():
        locked = CommunityOfPractice.objects.select_for_update().get(pk=community.pk)
        current = set(locked.field_trials.values_list("pk", flat=True))
        added = sorted({t.pk for t in add} - current)
        removed = sorted({t.pk for t in remove} & current)
        if not (current | set(added)) - set(removed):
            raise ValidationError({"field_trials": "A community needs at least one field trial"})
        if not (added or removed):
            return locked  # its trials as they were (a second tab, a retried post): no event
        locked.field_trials.add(*added)
        locked.field_trials.remove(*removed)
        record_event(
            actor=actor,
            verb="fieldtrials.community_trials_changed",
            target=locked,
            data={"added": added, "removed": removed},
        )
    return locked


class ConvenorChanged(Exception):
    """Someone else changed the community's convenor after the form was opened: what was
    chosen there was chosen against a convenor it no longer has."""

    def __init__(self, community):
        now = _named(community.convenor) if community.convenor_id else "no one"
        super().__init__(
            f"Someone else changed the convenor while you were choosing: it is now {now}. "
            "Choose again if you still want to change it"
        )
        self.community = community


def _named(person):
    return person.full_name or person.email


CONVENOR_CHANGED = "fieldtrials.convenor_changed"


def convenor_change_data(before, after):
    """What the event of a new convenor keeps: whom it names (`user`, as a membership
    event does, so that their personal data and erasure find it) and whom it replaced."""
    return {
        "user": after.pk,
        "user_name": _named(after),
        "from": before.pk if before else None,
        "from_name": _named(before) if before else "",
    }


def change_convenor(*, community, new_convenor, convenor_was, actor):
    """Hand a community of practice to a new convenor: one of the people `actor` may name
    (rules.convenor_candidates). Decided on the community's locked row against the
    convenor the form showed (`convenor_was`, an id or None): a change made since raises
    ConvenorChanged, so that of two changes at once one is kept and the other refused. The
    old convenor keeps every membership they hold; the new one is told, and so is the old one
    unless they made the change, each once (keyed by the event, which the community's history
    reads)."""
    from ..rules import convenor_candidates

    if not actor.has_perm("fieldtrials.change_community", community):
        raise PermissionDenied("Only the convenor and the trials' officers change the convenor.")
    with transaction.atomic():
        # Its convenor is read after the lock (not joined to it): a change that had to wait
        # for another's must see the convenor that one named.
        locked = CommunityOfPractice.objects.select_for_update().get(pk=community.pk)
        if locked.convenor_id != convenor_was:
            raise ConvenorChanged(locked)
        if new_convenor.pk == locked.convenor_id:
            raise ValidationError(
                {"convenor": f"{_named(new_convenor)} convenes it already: choose someone else"}
            )
        if not convenor_candidates(locked, actor).filter(pk=new_convenor.pk).exists():
            raise ValidationError(
                {"convenor": "Choose an officer or consultant of the community's trials"}
            )
        before = locked.convenor
        locked.convenor = new_convenor
        locked.save(update_fields=["convenor"])
        event = record_event(
            actor=actor,
            verb=CONVENOR_CHANGED,
            target=locked,
            data=convenor_change_data(before, new_convenor),
        )
        if new_convenor.pk != actor.pk:
            notify(
                recipient=new_convenor,
                kind=NotificationKind.MEMBERSHIP,
                message=(
                    f"{_named(actor)} made you the convenor of the community of practice "
                    f"‘{locked.name}’: you can record its meetings, change its trials and "
                    "details, and decide who joins it."
                ),
                subject=fitted("You now convene ", locked.name, ""),
                url=reverse("fieldtrials:community_detail", args=[locked.pk]),
                key=event_key(event),
            )
        if before is not None and before.pk != actor.pk and before.is_active:
            # Told too, so that they do not go on thinking the community is theirs to run (a
            # switched-off account is told nothing, as notify tells none). Linked only if they
            # still read it.
            sees_it = before.has_perm("fieldtrials.view_community", locked)
            notify(
                recipient=before,
                kind=NotificationKind.MEMBERSHIP,
                message=(
                    f"{_named(actor)} made {_named(new_convenor)} the convenor of the community "
                    f"of practice ‘{locked.name}’ in your place."
                ),
                subject=fitted("You no longer convene ", locked.name, ""),
                url=reverse("fieldtrials:community_detail", args=[locked.pk]) if sees_it else "",
                key=event_key(event),
            )
    return locked


def record_meeting(*, community, held_on, shared, attended_by, actor):
    """Record a meeting of a community of practice: when, which trials came, what was shared."""
    if not actor.has_perm("fieldtrials.change_community", community):
        raise PermissionDenied("Only the convenor and the trials' officers record meetings.")
    attended_by = list(attended_by)
    errors = {}
    if problem := meeting_date_problem(held_on, community):
        errors["held_on"] = problem
    members = set(community.field_trials.values_list("pk", flat=True))
    if any(t.pk not in members for t in attended_by):
        errors["attended_by"] = "Choose only trials that belong to the community"
    if errors:
        raise ValidationError(errors)
    with transaction.atomic():
        meeting = CommunityMeeting(
            community=community, held_on=held_on, shared=(shared or "").strip(), created_by=actor
        )
        meeting.full_clean()
        meeting.save()
        meeting.attended_by.set(attended_by)
        record_event(
            actor=actor,
            verb="fieldtrials.community_met",
            target=meeting,
            data={
                "community": community.pk,
                "held_on": held_on.isoformat(),
                "attended_by": sorted(t.pk for t in attended_by),
            },
        )
    return meeting
