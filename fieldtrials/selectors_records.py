"""Reading what is kept around field trials, for the trial page, the project page, the
project's support log and the officers' list of Power to Innovate requests.

Every function here costs a fixed number of queries, however many rows there are.
"""

import datetime
from dataclasses import dataclass, field
from decimal import Decimal

from django.contrib.auth import get_user_model
from django.db.models import BooleanField, Count, ExpressionWrapper, F, Q, Sum
from django.utils import timezone

from accounts.models import Role
from accounts.rules import visible_events
from nextpractice.history import EVENT_COLUMNS, entry

from .models import (
    Milestone,
    OfferElement,
    OfferUse,
    PowerToInnovateRequest,
    SupportSession,
)
from .rules import visible_fieldtrials
from .services.records import PTI_KIND

LATEST_SESSIONS = 10


def _totals(queryset):
    """{"hours": Decimal, "sessions": int} of a queryset of support sessions (one query)."""
    totals = queryset.aggregate(hours=Sum("hours"), sessions=Count("id"))
    return {"hours": totals["hours"] or Decimal("0"), "sessions": totals["sessions"]}


def _per_consultant(queryset):
    """Hours and sessions per person who gave support, most hours first (one query)."""
    return list(
        queryset.order_by()
        .values("given_by_id", "given_by__full_name", "given_by__email")
        .annotate(hours=Sum("hours"), sessions=Count("id"))
        .order_by("-hours", "given_by__full_name")
    )


def trial_records(trial, until=None):
    """Everything kept around one trial, for its page (eight queries).

    Returns a dict of lists:
    - `milestones`: each with `.is_overdue` and `.days_overdue`; `overdue_count`;
    - `offer`: all ten elements of the incubation offer, in the design's order, each a dict
      `{"element", "label", "uses"}` with the trial's uses of it;
    - `offer_count`: how many uses in all;
    - `support_sessions`: the latest ten not withdrawn, with `given_by`; `support_withdrawn`:
      the withdrawn among the latest ten, left in place;
    - `support_totals`: `{"hours", "sessions", "per_consultant": [{"given_by__full_name",
      "hours", "sessions", ...}]}`;
    - `pti_requests`, `relationships`, `risks` (open first, then the most serious).
    Withdrawn milestones, risks, relationships and uses of the offer are left out. With
    `until` (a date, a report's last day), the support is only that given by then, the uses
    of the offer and Power to Innovate requests only those recorded by then (a request
    submitted after it is left out too).
    """
    milestones = with_days_overdue(trial.milestones.current().order_by("due_on", "id"))
    offer, offer_count = trial_offer(trial, until)
    latest = list(trial_support_sessions(trial, until)[:LATEST_SESSIONS])
    return {
        "milestones": milestones,
        "overdue_count": sum(1 for m in milestones if m.is_overdue),
        "offer": offer,
        "offer_count": offer_count,
        "support_sessions": [s for s in latest if not s.is_withdrawn],
        # Withdrawn sessions stay on the page, marked, in the same query; totals skip them.
        "support_withdrawn": [s for s in latest if s.is_withdrawn],
        "support_totals": trial_support_totals(trial, until),
        "pti_requests": list(
            trial.power_to_innovate_requests.current()
            .filter(requests_by(until))
            .order_by("-created_at", "-id")
        ),
        "relationships": list(trial.brokered_relationships.current().order_by("created_at", "id")),
        "risks": list(trial.risks.current().order_by("-is_open", "-likelihood", "-impact", "id")),
    }


def with_days_overdue(milestones):
    """`milestones` as a list, each with `.days_overdue` (0 unless it is overdue)."""
    today = timezone.localdate()
    milestones = list(milestones)
    for milestone in milestones:
        milestone.days_overdue = (today - milestone.due_on).days if milestone.is_overdue else 0
    return milestones


def recorded_by(until, field="created_at"):
    """A filter (Q) for records written by the end of the day `until` (a report's last
    day), as reports.parts.Period.recorded(); everything when `until` is None."""
    if until is None:
        return Q()
    next_day = datetime.datetime.combine(until + datetime.timedelta(days=1), datetime.time())
    return Q(**{f"{field}__lt": timezone.make_aware(next_day)})


def requests_by(until):
    """A filter (Q) for Power to Innovate requests made and (if submitted) submitted by
    `until`; every request when it is None."""
    if until is None:
        return Q()
    return recorded_by(until) & (Q(submitted_on__isnull=True) | Q(submitted_on__lte=until))


def trial_offer(trial, until=None):
    """(all ten elements of the offer in the design's order, each `{"element", "label",
    "uses"}` with the trial's uses of it, withdrawn ones left out; how many uses in all), in
    one query. With `until` (a date), the uses recorded by then."""
    uses = list(trial.offer_uses.current().filter(recorded_by(until)).order_by("created_at", "id"))
    offer = [
        {"element": value, "label": label, "uses": [u for u in uses if u.element == value]}
        for value, label in OfferElement.choices
    ]
    return offer, len(uses)


def _support_of(trial, until=None):
    """The trial's support sessions; with `until` (a date), those held by then."""
    sessions = SupportSession.objects.filter(field_trial=trial)
    return sessions if until is None else sessions.filter(held_on__lte=until)


def trial_support_sessions(trial, until=None):
    """The trial's support log, newest first, withdrawn sessions included (marked)."""
    return (
        _support_of(trial, until)
        .select_related("given_by", "withdrawn_by")
        .order_by("-held_on", "-id")
    )


def trial_support_totals(trial, until=None):
    """`{"hours", "sessions", "per_consultant"}` of the trial's support, withdrawn sessions
    left out (two queries)."""
    sessions = _support_of(trial, until).current()
    totals = _totals(sessions)
    totals["per_consultant"] = _per_consultant(sessions)
    return totals


@dataclass
class OfferRow:
    element: str
    label: str
    uses: int
    trials: int


@dataclass
class OfferSummary:
    """Which of the ten elements of the offer a project's trials drew on, most first."""

    rows: list = field(default_factory=list)
    total_uses: int = 0

    @property
    def drawn_on(self):
        return [row for row in self.rows if row.uses]


def offer_summary_for(project, until=None, among=None):
    """Uses and trials per element of the offer across the project's trials (one query);
    with `until` (a date, a report's last day), the uses recorded by then; with `among` (a
    queryset of trials: those a person sees), of those trials only.

    All ten elements are listed, sorted by uses, then trials, then the design's order.
    """
    counts = {
        row["element"]: row
        for row in OfferUse.objects.current()
        .filter(recorded_by(until), _of_trials(project, among))
        .order_by()
        .values("element")
        .annotate(uses=Count("id"), trials=Count("field_trial", distinct=True))
    }
    rows = [
        OfferRow(
            element=value,
            label=label,
            uses=counts.get(value, {}).get("uses", 0),
            trials=counts.get(value, {}).get("trials", 0),
        )
        for value, label in OfferElement.choices
    ]
    order = {value: i for i, value in enumerate(OfferElement.values)}
    rows.sort(key=lambda r: (-r.uses, -r.trials, order[r.element]))
    return OfferSummary(rows=rows, total_uses=sum(r.uses for r in rows))


def support_summary_for(project, among=None):
    """Total support hours and sessions given to the project's trials (one query), or with
    `among` (a queryset of trials: those a person sees) to those of them only."""
    return _totals(SupportSession.objects.filter(_of_trials(project, among)).current())


def _of_trials(project, among):
    """The filter on a trial record of `project`'s trials, of those `among` if given."""
    if among is None:
        return Q(field_trial__project=project)
    return Q(field_trial__project=project, field_trial__in=among.values("pk"))


def project_support_for(project, user):
    """The support log of a project, as `user` may read it: totals per trial and per
    consultant (one query each) and the sessions, newest first, as a queryset to page."""
    sessions = SupportSession.objects.filter(
        field_trial__project=project, field_trial__in=visible_fieldtrials(user)
    ).current()
    per_trial = list(
        sessions.order_by()
        .values("field_trial_id", "field_trial__title")
        .annotate(hours=Sum("hours"), sessions=Count("id"))
        .order_by("-hours", "field_trial__title")
    )
    return {
        "per_trial": per_trial,
        "per_consultant": _per_consultant(sessions),
        "totals": {
            "hours": sum((row["hours"] for row in per_trial), Decimal("0")),
            "sessions": sum(row["sessions"] for row in per_trial),
        },
        "sessions": sessions.select_related("field_trial", "given_by").order_by("-held_on", "-id"),
    }


# A request off the officers' register: withdrawn from the record (with who, when and why:
# before a decision, as no longer asked for, or once decided, as recorded by mistake or twice),
# or withdrawn on its course before such withdrawals were kept (its state only).
OFF_THE_REGISTER = Q(withdrawn_at__isnull=False) | Q(state=PowerToInnovateRequest.State.WITHDRAWN)
WITHDRAWN_REQUESTS = PowerToInnovateRequest.State.WITHDRAWN.value


def pti_requests_for(user, state=""):
    """Power to Innovate requests on the trials `user` sees, for the officers' register: those
    on it, newest first, or those in `state`; with `state` "withdrawn", those withdrawn from it
    (OFF_THE_REGISTER, whatever state they were in), the latest withdrawn first, with who
    withdrew them."""
    requests = PowerToInnovateRequest.objects.filter(
        field_trial__in=visible_fieldtrials(user)
    ).select_related("field_trial")
    if state == WITHDRAWN_REQUESTS:
        return (
            requests.filter(OFF_THE_REGISTER)
            .select_related("withdrawn_by")
            .order_by(F("withdrawn_at").desc(nulls_last=True), "-created_at", "-id")
        )
    requests = requests.exclude(OFF_THE_REGISTER)
    if state:
        requests = requests.filter(state=state)
    return requests.order_by("-created_at", "-id")


def pti_state_counts(user):
    """{state: count} of the requests on the register that `user` may see, and under
    "withdrawn" how many were withdrawn from it (OFF_THE_REGISTER), and under "decided_withdrawn"
    how many of those were withdrawn once decided (one query)."""
    State = PowerToInnovateRequest.State
    rows = (
        PowerToInnovateRequest.objects.filter(field_trial__in=visible_fieldtrials(user))
        .annotate(off=ExpressionWrapper(OFF_THE_REGISTER, output_field=BooleanField()))
        .order_by()
        .values("state", "off")
        .annotate(n=Count("id"))
    )
    counts = {}
    for row in rows:
        if row["off"]:
            counts[WITHDRAWN_REQUESTS] = counts.get(WITHDRAWN_REQUESTS, 0) + row["n"]
            if row["state"] in (State.GRANTED, State.REFUSED):
                counts["decided_withdrawn"] = counts.get("decided_withdrawn", 0) + row["n"]
        else:
            counts[row["state"]] = row["n"]
    return counts


# What each step on a request's course is called, by the verb of the event that took it.
PTI_STEPS = {
    "fieldtrials.pti_advise": "Innovation Unit's advice recorded",
    "fieldtrials.power_to_innovate_withdrawn": "Withdrawn",
    "fieldtrials.power_to_innovate_restored": "Restored",
}
PTI_STORY_SIZE = 200  # a request's events: a handful in practice


def pti_story(request, user):
    """The course of a Power to Innovate request and its history, from the event log (one
    query): its own events and the record kit's carry its kind and id (older ones were
    given them by migration fieldtrials 0012).

    Returns `{"course": [{"label", "on", "by"}] oldest first (a decision's step also
    `"recorded": True`: on the day it was made, by who recorded it), "history": [Entry]
    newest first}`.
    """
    State = PowerToInnovateRequest.State
    events = list(
        visible_events(user)
        .filter(data__kind=PTI_KIND, data__id=request.pk)
        .select_related("actor")
        .only(*EVENT_COLUMNS)
        .order_by("created_at", "id")[:PTI_STORY_SIZE]
    )
    course = [{"label": "Drafted", "on": request.created_at, "by": request.created_by}]
    for event in events:
        label = PTI_STEPS.get(event.verb)
        moved_to = event.data.get("to")
        if label is None and moved_to and moved_to != event.data.get("from"):
            label = State(moved_to).label
        if label:
            course.append({"label": label, "on": event.created_at, "by": event.actor})
        if label and event.data.get("decided_on"):
            # A decision is told on the day the Secretary of State made it, by whoever
            # recorded it (which may be later: `transition_pti`).
            day = _iso_day(event.data["decided_on"])
            course[-1].update(on=day or event.created_at, recorded=True)
    # Requests recorded already past draft (brought in from elsewhere) have only their dates.
    seen = {step["label"] for step in course}
    for label, day in ((State.SUBMITTED.label, request.submitted_on),
                       (request.get_state_display(), request.decided_on)):  # fmt: skip
        if day and label not in seen:
            course.append({"label": label, "on": day, "by": None})
            seen.add(label)
    if request.get_state_display() not in seen:
        course.append({"label": request.get_state_display(), "on": None, "by": None})
    return {"course": course, "history": [entry(e) for e in reversed(events)]}


def _iso_day(text):
    try:
        return datetime.date.fromisoformat(str(text))
    except ValueError:
        return None


def support_givers(trial, actor=None):
    """Who may be named as giving support to `trial`: its consultants (the trial's own, its
    consultant members, the project's and programme's consultants) and the project's officers,
    plus `actor` (the person logging it)."""
    project = trial.project
    people = (
        Q(trials_consulted=trial)
        | Q(
            fieldtrial_memberships__field_trial=trial,
            fieldtrial_memberships__role=Role.CONSULTANT,
        )
        | Q(
            project_memberships__project=project,
            project_memberships__role__in=[Role.CONSULTANT, Role.OFFICER],
        )
        | Q(
            programme_memberships__programme_id=project.programme_id,
            programme_memberships__role__in=[Role.CONSULTANT, Role.OFFICER],
        )
    )
    if actor is not None:
        people |= Q(pk=actor.pk)
    User = get_user_model()
    return User.objects.filter(pk__in=User.objects.filter(people).values("pk")).order_by(
        "full_name", "email"
    )


def overdue_counts(trials):
    """{trial id: number of milestones past due and not done} for the given trials (one
    query), for lists of trials to make overdue work stand out."""
    rows = (
        Milestone.objects.current()
        .filter(field_trial__in=trials, completed_on__isnull=True, due_on__lt=timezone.localdate())
        .order_by()
        .values("field_trial_id")
        .annotate(n=Count("id"))
    )
    return {row["field_trial_id"]: row["n"] for row in rows}
