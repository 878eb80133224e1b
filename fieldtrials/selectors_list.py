"""Reading field trials for the list, its CSV and the "needs attention this week" panel.

Access is decided in rules.py: these take what `visible_fieldtrials(user)` gives (the panel
of a trial's team, the trials they are members of: `attention_scope`). Each
condition below is one SQL expression, so the list, its filters and the panel's counts all
ask the same question in the same query, never row by row. Milestone and Power to Innovate
figures are correlated subqueries rather than joins, so no filter's join can multiply them.
"""

import datetime
from urllib.parse import urlencode

from django.db.models import (
    BooleanField,
    Case,
    Count,
    DateField,
    Exists,
    ExpressionWrapper,
    F,
    IntegerField,
    Min,
    OuterRef,
    Q,
    Subquery,
    Sum,
    Value,
    When,
    Window,
)
from django.db.models.functions import Coalesce
from django.utils import timezone

from nextpractice.rules_util import rows_where
from programmes.rules import visible_programmes

from .models import FieldTrial, Milestone, MonthlyUpdate, OfferUse, PowerToInnovateRequest, Risk
from .models.records import SERIOUS_RISK
from .rules import (
    answers_asks_filter,
    changeable_filter,
    member_trials_filter,
    reads_trials_only_as_member,
    visible_fieldtrials,
)

# Trials still under way: the only ones the attention panel asks anyone to look at.
LIVE_STATUSES = (
    FieldTrial.Status.SELECTED,
    FieldTrial.Status.INCUBATING,
    FieldTrial.Status.REPORTING,
)
# Trials whose team owes a monthly update (highlight report).
REPORTING_STATUSES = (FieldTrial.Status.INCUBATING, FieldTrial.Status.REPORTING)
OPEN_PTI_STATES = (
    PowerToInnovateRequest.State.DRAFT,
    PowerToInnovateRequest.State.SUBMITTED,
)
DUE_SOON_DAYS = 7
# How many serious open risks the home page names, the most serious first.
SERIOUS_RISKS_SHOWN = 10
# How many open asks for support the home page names, the oldest first.
OPEN_ASKS_SHOWN = 10


def _today(today=None):
    return today or timezone.localdate()


def last_complete_month(today=None):
    """The first day of the last whole calendar month before `today`."""
    first_of_this_month = _today(today).replace(day=1)
    return (first_of_this_month - datetime.timedelta(days=1)).replace(day=1)


def _open_milestones():
    return Milestone.objects.current().filter(field_trial=OuterRef("pk"), completed_on__isnull=True)


def is_under_way():
    """Selected, incubating or reporting: not completed or withdrawn (FieldTrial.has_ended).
    A trial that has ended owes no milestones: none of its is overdue or coming up, as its
    own page and the home page's counts say."""
    return Q(status__in=LIVE_STATUSES)


def has_overdue_milestones(today=None):
    """Under way, with a milestone not completed and due before today."""
    return is_under_way() & Q(Exists(_open_milestones().filter(due_on__lt=_today(today))))


def due_soon(today):
    """A milestone's due date is today or in the next seven days (DUE_SOON_DAYS)."""
    return Q(due_on__gte=today, due_on__lte=today + datetime.timedelta(days=DUE_SOON_DAYS))


def has_milestone_due_soon(today=None):
    """Under way, with a milestone not completed and due today or in the next seven days."""
    return is_under_way() & Q(Exists(_open_milestones().filter(due_soon(_today(today)))))


def has_not_ended(today=None):
    """Still under way on `today`: not completed or withdrawn, and no end date before it."""
    today = _today(today)
    return Q(status__in=LIVE_STATUSES) & (Q(end_date__isnull=True) | Q(end_date__gte=today))


def is_missing_update(today=None):
    """Incubating or reporting through the last complete month, and no submitted update for it.

    Reads the denormalised `latest_update_month` the monthly update service keeps. A trial
    that starts this month or later owes nothing yet, and one that ended before that month
    began owes nothing any more.
    """
    today = _today(today)
    month = last_complete_month(today)
    return (
        Q(status__in=REPORTING_STATUSES)
        & (Q(latest_update_month__isnull=True) | Q(latest_update_month__lt=month))
        & (Q(start_date__isnull=True) | Q(start_date__lt=today.replace(day=1)))
        & (Q(end_date__isnull=True) | Q(end_date__gte=month))
    )


def has_open_power_to_innovate():
    """A Power to Innovate request still in draft or submitted."""
    return Exists(
        PowerToInnovateRequest.objects.current().filter(
            field_trial=OuterRef("pk"), state__in=OPEN_PTI_STATES
        )
    )


def _milestone_figure(aggregate, **conditions):
    return Subquery(
        _open_milestones()
        .filter(**conditions)
        .order_by()
        .values("field_trial")
        .annotate(figure=aggregate)
        .values("figure")
    )


def _organisations_count():
    through = FieldTrial.participating_organisations.through
    return Coalesce(
        Subquery(
            through.objects.filter(fieldtrial_id=OuterRef("pk"))
            .order_by()
            .values("fieldtrial_id")
            .annotate(n=Count("pk"))
            .values("n")
        ),
        Value(0),
        output_field=IntegerField(),
    )


def trials_for_listing(trials, user, today=None):
    """`trials` with what each row of the list shows, in the one query that fetches them.

    Adds `overdue_count`, `next_due` (the earliest milestone not yet due and not done; 0
    and None for a trial that has ended, see `is_under_way`),
    `update_missing`, `open_pti`, `organisations_count`, and `programme_named`: whether the
    user sees the trial's programme. Someone reading a trial of another programme through a
    community of practice may read its project's name, but not its programme's.
    """
    today = _today(today)
    return trials.select_related(
        "project__programme", "lead_organisation", "local_authority", "consultant"
    ).annotate(
        overdue_count=Case(
            When(
                is_under_way(),
                then=Coalesce(_milestone_figure(Count("pk"), due_on__lt=today), Value(0)),
            ),
            default=Value(0),
            output_field=IntegerField(),
        ),
        next_due=Case(
            When(is_under_way(), then=_milestone_figure(Min("due_on"), due_on__gte=today)),
            default=None,
            output_field=DateField(),
        ),
        update_missing=ExpressionWrapper(is_missing_update(today), output_field=BooleanField()),
        open_pti=has_open_power_to_innovate(),
        organisations_count=_organisations_count(),
        programme_named=ExpressionWrapper(
            Q(project__programme__in=visible_programmes(user)), output_field=BooleanField()
        ),
    )


# key, query string that shows those trials on the list, what the count counts
ATTENTION = [
    ("overdue", {"overdue": "yes"}, "with overdue milestones"),
    ("due_soon", {"due_soon": "yes"}, f"with a milestone due in the next {DUE_SOON_DAYS} days"),
    ("update_missing", {"update_missing": "yes"}, "missing last month's update"),
    ("red", {"rag": "red"}, "whose latest update is red"),
    ("open_pti", {"open_pti": "yes"}, "with an open Power to Innovate request"),
]


def serious_open_risks():
    """Risks open and not withdrawn that are serious: likelihood x impact SERIOUS_RISK or
    more (high likelihood or impact, the other at least medium)."""
    return (
        Risk.objects.current()
        .filter(is_open=True)
        .alias(score=F("likelihood") * F("impact"))
        .filter(score__gte=SERIOUS_RISK)
    )


def has_serious_open_risk():
    """A serious open risk (SERIOUS_RISK or more) on the trial."""
    return Exists(serious_open_risks().filter(field_trial=OuterRef("pk")))


def _serious_risk_count():
    """How many serious open risks the trial has (a subquery; None for none)."""
    return Subquery(
        serious_open_risks()
        .filter(field_trial=OuterRef("pk"))
        .order_by()
        .values("field_trial")
        .annotate(n=Count("pk"))
        .values("n")
    )


# The list's filter that shows only the trials the user is a member of (FieldTrialFilter.mine)
MEMBER_TRIALS_ONLY = {"mine": "yes"}


def attention_scope(user):
    """The trials whose needs the attention panel counts for `user`, and the list's filters
    (a dict) that show only those trials.

    Whoever reads some project's trials in full (officers, consultants and partners of a
    project or programme) acts on all the trials they see: all of them, no filter. A trial's
    team, whose only ways in are their trial memberships, counts the trials they are members
    of, not the other trials of their communities of practice, which they only read (as the
    serious risks, `changeable_filter`, count their own trials only).
    """
    if reads_trials_only_as_member(user):
        return rows_where(FieldTrial.objects, member_trials_filter(user)), MEMBER_TRIALS_ONLY
    return visible_fieldtrials(user), {}


def trials_needing_attention(user, today=None):
    """How many live trials need attention this week among those `attention_scope` gives
    the user, in one query.

    Returns `{"overdue": n, "due_soon": n, "update_missing": n, "red": n, "open_pti": n,
    "total": n, "serious_risks": n, "items": [...]}`, where each item is `{"key", "count",
    "label", "query"}` and `query` is the list's query string (without "?") that shows
    exactly those trials. Only trials selected, incubating or reporting count: a completed
    or withdrawn trial needs nobody this week. `serious_risks` counts the serious open risks
    (not trials) of those whose records the user may change: those who can act on them
    (`serious_risks_to_act_on` names them); `serious_risks_query` is the list's query string
    of the trials with one. `members_only` is True when only the trials the user is a member
    of are counted (a trial's team: see `attention_scope`).
    """
    today = _today(today)
    conditions = {
        "overdue": Q(has_overdue_milestones(today)),
        "due_soon": Q(has_milestone_due_soon(today)),
        "update_missing": is_missing_update(today),
        "red": Q(latest_rag="red"),
        "open_pti": Q(has_open_power_to_innovate()),
    }
    acts_on = changeable_filter(user)
    risks = {}
    if acts_on is not None:
        live_acted_on = Q(status__in=LIVE_STATUSES) & acts_on
        risks["serious_risks"] = Sum(_serious_risk_count(), filter=live_acted_on)
    trials, scope = attention_scope(user)
    counts = trials.aggregate(
        total=Count("pk", filter=Q(status__in=LIVE_STATUSES)),
        **{
            key: Count("pk", filter=Q(status__in=LIVE_STATUSES) & condition)
            for key, condition in conditions.items()
        },
        **risks,
    )
    counts["serious_risks"] = counts.get("serious_risks") or 0
    live = [("status", s.value) for s in LIVE_STATUSES]
    counts["items"] = [
        {
            "key": key,
            "count": counts[key],
            "label": label,
            "query": urlencode([*live, *scope.items(), *params.items()]),
        }
        for key, params, label in ATTENTION
    ]
    counts["serious_risks_query"] = urlencode({**scope, "serious_risk": "yes"})
    counts["members_only"] = bool(scope)
    return counts


def serious_risks_to_act_on(user, size=SERIOUS_RISKS_SHOWN):
    """The serious open risks of live trials whose records `user` may change (the trial's
    team, its consultant among them, and its project's officers), the most serious first,
    at most `size`, each with its trial (one query)."""
    acts_on = changeable_filter(user)
    if acts_on is None:
        return []
    trials = FieldTrial.objects.filter(acts_on, status__in=LIVE_STATUSES)
    return list(
        serious_open_risks()
        .filter(field_trial__in=trials)
        .select_related("field_trial")
        .order_by("-score", "field_trial__title", "created_at", "pk")[:size]
    )


def open_asks_to_answer(user, size=OPEN_ASKS_SHOWN):
    """The asks for support not yet given (uses of the incubation offer with nothing given,
    not withdrawn) of live trials `user` sees and is told of asks for (answers_asks_filter:
    the trials they consult on, and those of the projects they are an officer of), the
    oldest first, at most `size`, each with its trial and `total`, how many there are in all
    (one query)."""
    answers = answers_asks_filter(user)
    if answers is None:
        return []
    trials = visible_fieldtrials(user).filter(answers, status__in=LIVE_STATUSES)
    return list(
        OfferUse.objects.current()
        .filter(field_trial__in=trials, given="")
        .select_related("field_trial")
        .annotate(total=Window(Count("pk")))
        .order_by("created_at", "pk")[:size]
    )


# How many lines a trial's team reads under "Needs attention this week" at most, so that a
# member of many trials still reads a short list (the rest: a link to their trials).
TEAM_LINES_SHOWN = 6


def _owes_update_for(month, today):
    """Incubating or reporting in `month` (started by `today`, not ended before it)."""
    return (
        Q(status__in=REPORTING_STATUSES)
        & (Q(start_date__isnull=True) | Q(start_date__lte=today))
        & (Q(end_date__isnull=True) | Q(end_date__gte=month))
    )


def _update_of(month, **conditions):
    return Exists(
        MonthlyUpdate.objects.current().filter(
            field_trial=OuterRef("pk"), month=month, **conditions
        )
    )


def team_attention(user, today=None, milestones_due=True):
    """What needs doing this week in each trial under way that `user` is a member of, said
    line by line for a trial's team (`attention_scope` counts only theirs): each milestone
    overdue or due in the next seven days by name and date, this month's update still to
    write or finish, last month's not written, a red latest update, and an open Power to
    Innovate request (a draft to submit, or waiting for the programme officer). In two
    queries (the trials, their milestones) however many trials; at most TEAM_LINES_SHOWN
    lines. `milestones_due` False (none overdue or due soon, as `trials_needing_attention`
    counted) spares the second query.

    Returns `{"lines": [...], "more": n, "several": bool}`: each line a dict with `trial`,
    `kind` and what it says (`milestone`, `month`), `more` the lines left out.
    """
    today = _today(today)
    this_month = today.replace(day=1)
    last_month = last_complete_month(today)
    submitted = MonthlyUpdate.Status.SUBMITTED
    # The newest request still open: a draft is theirs to submit, a submitted one waits
    # for the programme officer.
    open_ptis = (
        PowerToInnovateRequest.objects.current()
        .filter(field_trial=OuterRef("pk"), state__in=OPEN_PTI_STATES)
        .order_by("-pk")
    )
    trials = list(
        rows_where(FieldTrial.objects, member_trials_filter(user))
        .filter(status__in=LIVE_STATUSES)
        .annotate(
            last_month_missing=ExpressionWrapper(
                is_missing_update(today), output_field=BooleanField()
            ),
            owes_this_month=ExpressionWrapper(
                _owes_update_for(this_month, today), output_field=BooleanField()
            ),
            this_month_submitted=_update_of(this_month, status=submitted),
            this_month_draft=_update_of(this_month, status=MonthlyUpdate.Status.DRAFT),
            open_pti=Subquery(open_ptis.values("pk")[:1]),
            open_pti_state=Subquery(open_ptis.values("state")[:1]),
        )
        .order_by("title", "pk")
    )
    by_pk = {trial.pk: trial for trial in trials}
    soon = today + datetime.timedelta(days=DUE_SOON_DAYS)
    milestones = list(
        Milestone.objects.current()
        .filter(field_trial__in=list(by_pk), completed_on__isnull=True, due_on__lte=soon)
        .order_by("due_on", "title", "pk")[: TEAM_LINES_SHOWN + 1]
        if by_pk and milestones_due
        else ()
    )
    lines = []
    for milestone in milestones:
        trial = by_pk[milestone.field_trial_id]
        kind = "overdue" if milestone.due_on < today else "due"
        lines.append({"trial": trial, "kind": kind, "milestone": milestone})
    for trial in trials:
        if trial.last_month_missing:
            lines.append({"trial": trial, "kind": "missing", "month": last_month})
        if trial.owes_this_month and not trial.this_month_submitted:
            kind = "draft" if trial.this_month_draft else "to_write"
            lines.append({"trial": trial, "kind": kind, "month": this_month})
        if trial.latest_rag == "red":
            lines.append({"trial": trial, "kind": "red", "month": trial.latest_update_month})
        if trial.open_pti:
            draft = trial.open_pti_state == PowerToInnovateRequest.State.DRAFT
            lines.append({"trial": trial, "kind": "pti_draft" if draft else "pti_waiting"})
    for line in lines:
        if "milestone" in line:
            line["today"] = line["milestone"].due_on == today
            # An overdue milestone of an earlier year says its year too.
            line["other_year"] = line["milestone"].due_on.year != today.year
    return {
        "lines": lines[:TEAM_LINES_SHOWN],
        "more": len(lines) > TEAM_LINES_SHOWN,
        "several": len(trials) > 1,
    }
