"""Changes to what is kept around a field trial: milestones, the incubation offer, the
support log, Power to Innovate requests, brokered relationships and risks.

Each service checks its permission, validates with `full_clean`, saves inside a transaction
and writes one Event whose target is the trial. Nothing is added or changed while the
trial's project is withdrawn (ProjectWithdrawn), decided under the project's lock, taken
first (lock_trial_project). Edits refuse to overwrite a change someone
else saved since the editor loaded the page: the records have no version field, so the token
is the id of the record's latest history row (django-simple-history).
"""

from decimal import Decimal

from django.core.exceptions import NON_FIELD_ERRORS, PermissionDenied, ValidationError
from django.db import transaction
from django.urls import reverse
from django.utils import timezone

from accounts.services import changes_between, event_key, notify, record_event
from nextpractice.dates import before_programme_problem, not_in_future_problem
from nextpractice.records.services import RecordWithdrawn, save_checked
from nextpractice.words import fitted, long_date, shortened, without_full_stop

from ..models import (
    BrokeredRelationship,
    FieldTrial,
    FieldTrialMembership,
    Milestone,
    OfferUse,
    PowerToInnovateRequest,
    Risk,
    SupportSession,
)
from ..models.records import same_words
from .trial import lock_trial_project

CHANGE = "fieldtrials.change_record"
DECIDE = "fieldtrials.decide_record"
LOG_SUPPORT = "fieldtrials.log_support"
# Withdrawing a request: its team's while a draft, the project's officers' once submitted.
WITHDRAW_PTI = "fieldtrials.withdraw_pti"

State = PowerToInnovateRequest.State

# A Power to Innovate request's record kind (fieldtrials/kinds.py): its events carry it with
# the request's id, as the kit's own do, so its page's history is read from the event log.
PTI_KIND = "power-to-innovate"

# The course of a Power to Innovate request, declared here and enforced only by
# `transition_pti`: action -> (states it may leave from, state it moves to, permission).
# A state of None means the request stays where it is (advice is recorded, not a move).
# The Secretary of State decides on the Innovation Unit's advice: see ADVICE_FIRST.
PTI_TRANSITIONS = {
    "submit": ({State.DRAFT}, State.SUBMITTED, CHANGE),
    "advise": ({State.SUBMITTED}, None, DECIDE),
    "grant": ({State.SUBMITTED}, State.GRANTED, DECIDE),
    "refuse": ({State.SUBMITTED}, State.REFUSED, DECIDE),
    # Taken by the record kit's withdrawal, with a reason (settle_withdrawn_pti), not by
    # transition_pti: a request has one way to be withdrawn.
    "withdraw": ({State.DRAFT, State.SUBMITTED}, State.WITHDRAWN, WITHDRAW_PTI),
}
ADVICE_FIRST = {"grant", "refuse"}
# What each action is called in messages and on its page.
PTI_ACTION_LABELS = {
    "submit": "Submit the request",
    "advise": "Record the Innovation Unit's advice",
    "grant": "Record that the Secretary of State granted it",
    "refuse": "Record that the Secretary of State refused it",
    "withdraw": "Withdraw the request",
}
# What the banner says once a step is taken (a withdrawal says its own, on the kit's page).
PTI_DONE_MESSAGES = {
    "submit": (
        "The request is submitted. The Innovation Unit will give its advice, and the "
        "Secretary of State decides."
    ),
    "advise": (
        "The Innovation Unit's advice is recorded. The request stays submitted until the "
        "Secretary of State's decision is recorded."
    ),
    "grant": "The Secretary of State's decision is recorded: the request is granted.",
    "refuse": "The Secretary of State's decision is recorded: the request is refused.",
}

MIN_HOURS = Decimal("0.25")
MAX_HOURS = Decimal("24")


class RecordEditConflict(Exception):
    """Someone else saved the record since the editor loaded it; `current` is their version."""

    def __init__(self, current):
        super().__init__("Someone else changed this while you were editing.")
        self.current = current


class PowerToInnovateRefused(Exception):
    """The request cannot change as asked; `reason` says why, for the page to show."""

    def __init__(self, reason):
        super().__init__(reason)
        self.reason = reason


def history_token(record):
    """The id of the record's latest history row: what an edit page was based on."""
    try:
        return record.history.latest().history_id
    except record.history.model.DoesNotExist:
        return 0


def first_history_token(record):
    """The id of the record's first history row (0 if it has none): no edit page of it was
    based on an earlier one."""
    return record.history.order_by("history_id").values_list("history_id", flat=True).first() or 0


# --- Rules about dates, shared with the forms so both say the same -------------------------


def earliest_completion(trial):
    """The first day a milestone of `trial` can have been completed: the day the trial
    starts, or, with no start date yet, the day it was set up."""
    return trial.start_date or timezone.localdate(trial.created_at)


def milestone_date_problems(trial, *, due_on, completed_on):
    """{field: message} for a milestone's dates that do not fit the trial or the calendar. A
    trial with no start date yet bounds the due date by its project's start: one due on
    1 January 0001 was kept, "Overdue by 739955 days". One with no end date yet bounds it by
    its project's planned end, while that is still to come: a project running past its
    planned end does not have its milestones refused. A milestone is completed from the
    trial's start (earliest_completion) to today: one completed on 1 January 1900 was kept."""
    problems = {}
    project = trial.project
    planned_end = project.planned_end if project.planned_duration_months else None
    if planned_end and planned_end < timezone.localdate():
        planned_end = None
    if due_on and trial.start_date and due_on < trial.start_date:
        problems["due_on"] = (
            f"The due date must be on or after {long_date(trial.start_date)}, "
            f"when the trial starts{_trial_span(trial)}"
        )
    elif due_on and not trial.start_date and due_on < project.start_date:
        problems["due_on"] = (
            f"The due date must be on or after {long_date(project.start_date)}, "
            "when the trial's project starts (the trial has no start date yet)"
        )
    elif due_on and trial.end_date and due_on > trial.end_date:
        problems["due_on"] = (
            f"The due date must be on or before {long_date(trial.end_date)}, "
            f"when the trial ends{_trial_span(trial)}"
        )
    elif due_on and not trial.end_date and planned_end and due_on > planned_end:
        problems["due_on"] = (
            f"The due date must be on or before {long_date(planned_end)}, "
            "when the trial's project is planned to end (the trial has no end date yet)"
        )
    earliest = earliest_completion(trial)
    if completed_on and completed_on > timezone.localdate():
        problems["completed_on"] = "The date it was completed must be today or in the past"
    elif completed_on and completed_on < earliest and trial.start_date:
        problems["completed_on"] = (
            f"The date it was completed must be on or after {long_date(earliest)}, "
            "when the trial starts"
        )
    elif completed_on and completed_on < earliest:
        problems["completed_on"] = (
            f"The date it was completed must be on or after {long_date(earliest)}, "
            "when the trial was set up (the trial has no start date yet)"
        )
    return problems


def completion_today_problem(trial):
    """Why a milestone of `trial` cannot be marked as done today, or None: the rule the edit
    form applies to the date it was completed (milestone_date_problems), for "Mark as done
    today" and for the page that offers it."""
    today = timezone.localdate()
    if not milestone_date_problems(trial, due_on=None, completed_on=today).get("completed_on"):
        return None
    return (
        f"It cannot be marked as done before {long_date(earliest_completion(trial))}, "
        "when the trial starts"
    )


def _trial_span(trial):
    if trial.start_date and trial.end_date:
        return (
            f" (the trial runs from {long_date(trial.start_date)} to {long_date(trial.end_date)})"
        )
    return ""


def _check(problems):
    problems = {field: message for field, message in problems.items() if message}
    if problems:
        raise ValidationError(problems)


# --- Shared shape of adding and updating a record ---------------------------------------------


def _require(actor, perm, obj):
    if not actor.has_perm(perm, obj):
        raise PermissionDenied("You may not change the records of this field trial.")


def _about(record):
    """What an event of `record` says it is about: its id and name, and its kind when its
    own page reads its history from the events (a Power to Innovate request)."""
    data = {"id": record.pk, "text": str(record)[:200]}
    if isinstance(record, PowerToInnovateRequest):
        data["kind"] = PTI_KIND
    return data


def _add(*, trial, record, actor, verb, check=None, while_running=False, tell=None):
    """Save a new record on `trial` (already permitted) and write its event; if
    `while_running`, only while the trial has not ended (FieldTrial.has_ended), decided on its
    row, locked, so that a status move at the same moment cannot let one in. `tell(record,
    event)`, in the same transaction, notifies whoever should know."""
    with transaction.atomic():
        lock_trial_project(trial.pk)
        if while_running:
            locked = FieldTrial.objects.select_for_update().only("status").get(pk=trial.pk)
            if locked.has_ended:
                noun = record._meta.verbose_name
                raise ValidationError({NON_FIELD_ERRORS: locked.no_new(noun)})
        record.field_trial = trial
        if hasattr(record, "created_by_id"):
            record.created_by = actor
        if check:
            check(record)
        record.full_clean()
        record._history_user = actor
        save_checked(record)  # the same milestone or risk saved a moment ago: said beside it
        event = record_event(actor=actor, verb=verb, target=trial, data=_about(record))
        if tell:
            tell(record, event)
    return record


def _update(*, record, actor, based_on, verb, fields, check=None):
    """Change `fields` of `record` unless someone else saved it since history row `based_on`."""
    _require(actor, CHANGE, record)
    model = type(record)
    with transaction.atomic():
        lock_trial_project(record.field_trial_id)
        locked = model.objects.select_for_update().select_related("field_trial").get(pk=record.pk)
        if locked.is_withdrawn:
            noun = locked._meta.verbose_name
            withdrawn = f"This {noun} has been withdrawn, so it can no longer change."
            raise ValidationError({NON_FIELD_ERRORS: withdrawn})
        if history_token(locked) != based_on:
            raise RecordEditConflict(locked)
        changed = sorted(name for name, value in fields.items() if getattr(locked, name) != value)
        before = {name: getattr(locked, name) for name in fields}
        for name, value in fields.items():
            setattr(locked, name, value)
        if check:
            check(locked)
        locked.full_clean()
        # The record kit's edit page guards by version: an edit here is a new version too.
        locked.version += 1
        locked.changed_at = timezone.now()
        locked.changed_by = actor
        locked._history_user = actor
        save_checked(locked)
        record_event(
            actor=actor,
            verb=verb,
            target=locked.field_trial,
            data={
                **_about(locked),
                "changed": changed,
                "changes": changes_between(before, locked, fields),
            },
        )
    return locked


# --- Milestones -------------------------------------------------------------------------------


def _check_milestone(milestone):
    _check(
        milestone_date_problems(
            milestone.field_trial, due_on=milestone.due_on, completed_on=milestone.completed_on
        )
    )


def add_milestone(*, trial, actor, title, due_on, completed_on=None, notes=""):
    """Add something the trial means to have done by a date, within the trial's dates."""
    _require(actor, CHANGE, trial)
    milestone = Milestone(title=title, due_on=due_on, completed_on=completed_on, notes=notes)
    return _add(
        trial=trial,
        record=milestone,
        actor=actor,
        verb="fieldtrials.milestone_added",
        check=_check_milestone,
        while_running=True,
    )


def update_milestone(*, milestone, actor, based_on, title, due_on, completed_on, notes):
    """Change a milestone's title, dates or notes."""
    return _update(
        record=milestone,
        actor=actor,
        based_on=based_on,
        verb="fieldtrials.milestone_updated",
        fields={"title": title, "due_on": due_on, "completed_on": completed_on, "notes": notes},
        check=_check_milestone,
    )


def complete_milestone(*, milestone, actor):
    """Mark a milestone done today; a milestone already done stays as it was. A withdrawn
    one is refused (RecordWithdrawn), decided on its locked row: withdrawn while its page
    was open, it stays as it was withdrawn. Before its trial starts it is refused
    (ValidationError, completion_today_problem), as the edit form refuses that date."""
    _require(actor, CHANGE, milestone)
    with transaction.atomic():
        lock_trial_project(milestone.field_trial_id)
        locked = (
            Milestone.objects.select_for_update(of=("self",))
            .select_related("field_trial")
            .get(pk=milestone.pk)
        )
        if locked.is_withdrawn:
            raise RecordWithdrawn(locked)
        if locked.completed_on is not None:
            return locked
        if problem := completion_today_problem(locked.field_trial):
            raise ValidationError(problem)
        locked.completed_on = timezone.localdate()
        locked.full_clean()
        locked._history_user = actor
        locked.save(update_fields=["completed_on"])
        record_event(
            actor=actor,
            verb="fieldtrials.milestone_completed",
            target=milestone.field_trial,
            data={"id": locked.pk, "title": locked.title},
        )
    return locked


# --- The incubation offer ---------------------------------------------------------------------


def _check_offer(use):
    _check(
        {
            "given_on": not_in_future_problem(use.given_on, "date it was given"),
            "given": "Say what was given, or leave the date empty"
            if use.given_on and not use.given.strip()
            else None,
        }
    )


def _check_new_ask(use):
    """The same ask sent again (a second tab, the back button) while the first is not yet
    given is refused beside it: the trial's consultants and officers were told once. Decided
    under the trial's project's lock (_add takes it), so two sent at once are one."""
    if use.given.strip():
        return
    open_asks = OfferUse.objects.current().filter(
        field_trial_id=use.field_trial_id, element=use.element, given=""
    )
    same = same_words(use.asked_for, open_asks.values_list("asked_for", flat=True))
    if same is not None:
        raise ValidationError(
            {
                "asked_for": f"{use.field_trial.title} has already asked for this "
                f"(“{shortened(same, 80)}”), and it is not yet given"
            }
        )


def record_offer_use(*, trial, actor, element, asked_for, given="", given_on=None, given_by=""):
    """Record one element of the incubation offer as the trial drew on it. With nothing given
    yet it is an ask for support: the trial's consultants and its project's officers are told
    (_tell_of_ask), and it stays open until someone records what was given."""
    _require(actor, CHANGE, trial)
    use = OfferUse(
        element=element, asked_for=asked_for, given=given, given_on=given_on, given_by=given_by
    )
    asking = not given.strip()

    def check(record):
        _check_offer(record)
        _check_new_ask(record)

    return _add(
        trial=trial,
        record=use,
        actor=actor,
        verb="fieldtrials.offer_asked" if asking else "fieldtrials.offer_recorded",
        check=check,
        tell=_tell_of_ask if asking else None,
    )


def _tell_of_ask(use, event):
    """Tell those who give the trial support (ask_answerers_filter) who still see it, but not
    whoever asked, of an ask: once each, keyed by its event."""
    from accounts.models import NotificationKind, User

    from ..rules import ask_answerers_filter, fieldtrial_readers_filter

    trial = use.field_trial
    asker = event.actor
    people = (
        User.objects.filter(ask_answerers_filter(trial), is_active=True)
        .filter(fieldtrial_readers_filter(FieldTrial.objects.filter(pk=trial.pk)))
        .exclude(pk=asker.pk)
    )
    who = asker.full_name or asker.email
    message = f"{who} asked for support for {trial.title}: {use.get_element_display()}."
    url = reverse("fieldtrials:fieldtrial_support", args=[trial.pk]) + "#offer"
    for person in people:
        notify(
            recipient=person,
            kind=NotificationKind.SUPPORT_ASKED,
            message=message,
            subject=fitted("Support asked for: ", trial.title),
            details=f"What the trial asked for: {use.asked_for}",
            url=url,
            key=event_key(event),
        )


def update_offer_use(*, use, actor, based_on, element, asked_for, given, given_on, given_by):
    """Change what was asked for or given of an element of the offer."""
    return _update(
        record=use,
        actor=actor,
        based_on=based_on,
        verb="fieldtrials.offer_updated",
        fields={
            "element": element,
            "asked_for": asked_for,
            "given": given,
            "given_on": given_on,
            "given_by": given_by,
        },
        check=_check_offer,
    )


# --- The support log --------------------------------------------------------------------------


def log_support(*, trial, actor, held_on, given_by, kind, hours, notes=""):
    """Log consultancy or other support given to a trial, by one of those who may give it."""
    from ..selectors_records import support_givers

    _require(actor, LOG_SUPPORT, trial)

    def check(session):
        _check(
            {
                "held_on": not_in_future_problem(session.held_on, "date of the session"),
                "hours": None
                if session.hours is None or MIN_HOURS <= session.hours <= MAX_HOURS
                else f"Enter between {MIN_HOURS} and {MAX_HOURS} hours",
                "given_by": None
                if support_givers(trial, actor).filter(pk=session.given_by_id).exists()
                else "Choose one of the trial's consultants or the project's officers",
            }
        )

    session = SupportSession(
        held_on=held_on, given_by=given_by, kind=kind, hours=hours, notes=notes
    )
    return _add(
        trial=trial, record=session, actor=actor, verb="fieldtrials.support_logged", check=check
    )


# --- Power to Innovate ------------------------------------------------------------------------


def create_pti(*, trial, actor, regulation, variation_sought, case):
    """Start a draft request to vary a regulation that constrains the trial."""
    _require(actor, CHANGE, trial)
    request = PowerToInnovateRequest(
        regulation=regulation, variation_sought=variation_sought, case=case, state=State.DRAFT
    )
    return _add(trial=trial, record=request, actor=actor, verb="fieldtrials.pti_created")


def _still_draft(request):
    if request.state != State.DRAFT:
        raise PowerToInnovateRefused(
            f"A {request.get_state_display().lower()} request can no longer be changed"
        )


def update_pti(*, request, actor, based_on, regulation, variation_sought, case):
    """Change a request while it is a draft; once submitted it stands as it was sent."""
    _require(actor, CHANGE, request)
    _still_draft(request)
    return _update(
        record=request,
        actor=actor,
        based_on=based_on,
        verb="fieldtrials.pti_updated",
        fields={"regulation": regulation, "variation_sought": variation_sought, "case": case},
        check=_still_draft,
    )


def settle_withdrawn_pti(request):
    """A request withdrawn (the record kit's withdrawal, with a reason: its one way to be
    withdrawn) while still on its course goes no further: its state moves as
    PTI_TRANSITIONS["withdraw"] says, in the withdrawal's transaction, and the state it leaves
    is kept, for restoring it (restore_withdrawn_pti). A decided request keeps its decision; a
    deleted or restored one has nothing to settle."""
    from_states, to_state, _ = PTI_TRANSITIONS["withdraw"]
    if request.pk is None or not request.is_withdrawn or request.state not in from_states:
        return
    request.state_when_withdrawn = request.state
    request.state = to_state
    request._history_user = request.withdrawn_by
    request.save(update_fields=["state", "state_when_withdrawn"])


def restore_withdrawn_pti(request):
    """A request restored (the record kit's `restore`) returns to the state it was withdrawn
    from: a draft to its team, a submitted request to the register, for advice and the
    Secretary of State's decision. A decided one kept its decision throughout."""
    if request.state == State.WITHDRAWN and request.state_when_withdrawn:
        request.state = request.state_when_withdrawn
    request.state_when_withdrawn = ""


def pti_restore_note(request):
    """What restoring `request` means, for the page that asks why."""
    state = request.state_on_its_course
    if state == State.DRAFT:
        return (
            "It is a draft again, as it was when it was withdrawn: it can be changed and submitted."
        )
    if state == State.SUBMITTED:
        return (
            "It is submitted again, as it was when it was withdrawn, and back among the "
            "requests on the register: the Innovation Unit can advise on it and the Secretary "
            "of State's decision can be recorded."
        )
    return (
        f"It stays {request.get_state_display().lower()}, as it was when it was withdrawn, and "
        "is back among the trial's requests and on the register."
    )


def pti_withdraw_note(request):
    """What withdrawing `request` means, for the page that asks why."""
    if request.state == State.DRAFT:
        return "You no longer ask for this variation: the draft will not be submitted."
    if request.state == State.SUBMITTED:
        return (
            "The trial no longer asks for this variation: the request goes no further, and "
            "the Secretary of State will not decide on it. It is listed among the withdrawn "
            "requests on the register, with your reason."
        )
    return (
        f"It was {request.get_state_display().lower()}, and that stands: withdrawing it only "
        "takes it off the register of requests and out of the trial's requests. It is listed "
        "among the withdrawn requests on the register, with your reason. Do this if it was "
        "recorded by mistake or twice."
    )


def pti_decision_date_problem(request, day):
    """Why `day` cannot be the date of the Secretary of State's decision on `request`, or
    None: not after today, nor before the request was submitted (one with no submission date,
    brought in from elsewhere: nor before its programme began)."""
    what = "date of the decision"
    if problem := not_in_future_problem(day, what):
        return problem
    sent = request.submitted_on
    if day and sent and day < sent:
        return (
            f"The {what} must be {sent:%-d/%-m/%Y} or after: the request was submitted on "
            f"{long_date(sent)}"
        )
    if not sent:
        return before_programme_problem(day, request.field_trial.project.programme, what)
    return None


# Who took a request to the state it is in, said when a step it can no longer take is asked.
_TOOK_IT = {
    State.SUBMITTED: "submitted it",
    State.GRANTED: "recorded the decision",
    State.REFUSED: "recorded the decision",
    State.WITHDRAWN: "withdrew it",
}


def _where_it_stands(request):
    """ "This request is still a draft", or who took it to its state and when, from its history
    (one query): "This request is already granted: Olivia Okafor recorded the decision on 3
    December 2026 at 14:05 (the Secretary of State granted it on 1 December 2026)"."""
    state = request.get_state_display().lower()
    if request.state == State.DRAFT:
        return "This request is still a draft"
    said = f"This request is already {state}"
    moved = (
        request.history.filter(state=request.state)
        .select_related("history_user")
        .order_by("history_id")
        .first()
    )
    who = moved.history_user if moved else None
    if who is not None:
        when = timezone.localtime(moved.history_date)
        name = who.full_name or who.email
        said += f": {name} {_TOOK_IT[request.state]} on {long_date(when)} at {when:%H:%M}"
    elif request.state == State.SUBMITTED and request.submitted_on:
        said += f": it was submitted on {long_date(request.submitted_on)}"
    if request.state in (State.GRANTED, State.REFUSED) and request.decided_on:
        decision = f"the Secretary of State {state} it on {long_date(request.decided_on)}"
        said += f" ({decision})" if who is not None else f": {decision}"
    return said


def pti_transition_problem(request, action):
    """Why `action` cannot happen to `request` now, or None if it can. A request past the
    step says who took it there and when."""
    if request.is_withdrawn:
        return "This request has been withdrawn from the record, so it can no longer change."
    from_states, _, _ = PTI_TRANSITIONS[action]
    if request.state not in from_states:
        allowed = " or ".join(sorted(State(s).label.lower() for s in from_states))
        return f"{_where_it_stands(request)}. Only a {allowed} request can be {_done(action)}."
    if action in ADVICE_FIRST and not request.advice.strip():
        return (
            "Record the Innovation Unit's advice first: the Secretary of State decides on "
            "the Unit's advice."
        )
    return None


def _done(action):
    return {
        "submit": "submitted",
        "advise": "advised on",
        "grant": "granted",
        "refuse": "refused",
        "withdraw": "withdrawn",
    }[action]


def transition_pti(*, request, action, actor, advice="", based_on=None, decided_on=None):
    """Move a Power to Innovate request along its course, as PTI_TRANSITIONS allows.

    `advise` records the Innovation Unit's advice (`advice`) and leaves the state; given
    `based_on` (the history row its page was loaded on, `history_token`), advice saved since
    is not replaced (RecordEditConflict). `grant` and `refuse` record the Secretary of State's
    decision, made on `decided_on` (today if not given; neither after today nor before the
    request was submitted: pti_decision_date_problem), and tell the trial's members.
    """
    if action not in PTI_TRANSITIONS:
        raise PowerToInnovateRefused(f"There is no such step as “{action}”.")
    if action == "withdraw":
        raise PowerToInnovateRefused(
            "A request is withdrawn with a reason, on its “Withdraw the request” page."
        )
    _, to_state, perm = PTI_TRANSITIONS[action]
    _require(actor, perm, request)
    advice = (advice or "").strip()
    with transaction.atomic():
        lock_trial_project(request.field_trial_id)
        locked = (
            PowerToInnovateRequest.objects.select_for_update()
            .select_related("field_trial")
            .get(pk=request.pk)
        )
        problem = pti_transition_problem(locked, action)
        if problem:
            raise PowerToInnovateRefused(problem)
        if action == "advise" and not advice:
            raise ValidationError({"advice": "Enter the Innovation Unit's advice"})
        if action == "advise" and advice == locked.advice:
            return locked  # the same advice again (a double click): nothing to record
        if action == "advise" and based_on is not None and history_token(locked) != based_on:
            raise RecordEditConflict(locked)
        from_state = locked.state
        today = timezone.localdate()
        if action == "advise":
            locked.advice = advice
        if to_state is not None:
            locked.state = to_state
        if action == "submit":
            locked.submitted_on = today
        if action in ("grant", "refuse"):
            locked.decided_on = decided_on or today
            if problem := pti_decision_date_problem(locked, locked.decided_on):
                raise ValidationError({"decided_on": problem})
        locked.full_clean()
        locked._history_user = actor
        locked.save()
        trial = locked.field_trial
        event = record_event(
            actor=actor,
            verb=f"fieldtrials.pti_{action}",
            target=trial,
            data={**_about(locked), "from": from_state, "to": locked.state, **_decided(locked)},
        )
        if action in ("grant", "refuse"):
            _tell_members_of_decision(locked, actor, event)
    return locked


def _decided(request):
    """What a decision's event keeps of it: the day the Secretary of State decided."""
    if request.state in (State.GRANTED, State.REFUSED) and request.decided_on:
        return {"decided_on": request.decided_on.isoformat()}
    return {}


def _tell_members_of_decision(request, actor, event):
    trial = request.field_trial
    word = "granted" if request.state == State.GRANTED else "refused"
    url = reverse("fieldtrials:pti_detail", args=[request.pk])
    members = (
        FieldTrialMembership.objects.filter(field_trial=trial)
        .exclude(user=actor)
        .select_related("user")
    )
    # The decision first, in the subject and the message; the regulation is named as its
    # request writes it, quoted ("The school governance regulations..." is not a sentence's
    # middle); a long message is cut at its end, the regulation's.
    subject = fitted(f"Power to Innovate {word}: ", trial.title)
    regulation = without_full_stop(request.regulation)
    message = (
        f"On {long_date(request.decided_on)} the Secretary of State {word} the Power to "
        f"Innovate request of {trial.title}, to vary “{regulation}”."
    )
    for membership in members:
        notify(
            recipient=membership.user,
            kind="pti_decision",
            message=message,
            subject=subject,
            url=url,
            key=event_key(event),
        )


# --- Brokered relationships -------------------------------------------------------------------


def add_relationship(*, trial, actor, with_whom, kind, state, notes=""):
    """Record a relationship the agency brokers for the trial: an investor, a research body..."""
    _require(actor, CHANGE, trial)
    relationship = BrokeredRelationship(with_whom=with_whom, kind=kind, state=state, notes=notes)
    return _add(
        trial=trial, record=relationship, actor=actor, verb="fieldtrials.relationship_added"
    )


def update_relationship(*, relationship, actor, based_on, with_whom, kind, state, notes):
    """Change a brokered relationship, typically its state."""
    return _update(
        record=relationship,
        actor=actor,
        based_on=based_on,
        verb="fieldtrials.relationship_updated",
        fields={"with_whom": with_whom, "kind": kind, "state": state, "notes": notes},
    )


# --- Risks ------------------------------------------------------------------------------------


def add_risk(*, trial, actor, description, likelihood, impact, owner, mitigation=""):
    """Add a risk to the trial's register; it is open until someone closes it."""
    _require(actor, CHANGE, trial)
    risk = Risk(
        description=description,
        likelihood=likelihood,
        impact=impact,
        owner=owner,
        mitigation=mitigation,
        is_open=True,
    )
    # _add locks the trial's project, then the trial: a risk added or renamed at the same
    # moment (another tab, the record kit's edit) is decided after it, against it.
    return _add(
        trial=trial, record=risk, actor=actor, verb="fieldtrials.risk_added", while_running=True
    )


def update_risk(*, risk, actor, based_on, description, likelihood, impact, owner, mitigation,
                is_open):  # fmt: skip
    """Change a risk, or close (or reopen) it (_update locks the trial's project, then the
    risk with its trial)."""
    return _update(
        record=risk,
        actor=actor,
        based_on=based_on,
        verb="fieldtrials.risk_updated",
        fields={
            "description": description,
            "likelihood": likelihood,
            "impact": impact,
            "owner": owner,
            "mitigation": mitigation,
            "is_open": is_open,
        },
    )
