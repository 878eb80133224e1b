"""A field trial's sub-pages beside its overview: details and team, milestones, risks and
relationships, support and the offer, toolkit exercises and history. Each list is paged,
25 rows a page, and downloads as CSV or XLSX with what the person may see."""

from collections.abc import Callable
from dataclasses import dataclass

from django.http import Http404
from django.shortcuts import redirect, render
from django.utils.text import slugify

from accounts.access import requires
from accounts.rules import visible_events
from nextpractice.history import entries
from nextpractice.paging import paged
from nextpractice.records.export import export_response, requested_format
from toolkit.selectors_lists import has_tools_to_start, trial_exercises

from ..models import ResourceDomain
from ..rules import get_fieldtrial_for, may_change_trial
from ..selectors import trial_team
from ..selectors_records import (
    trial_offer,
    trial_support_sessions,
    trial_support_totals,
    with_days_overdue,
)
from ..selectors_updates import trial_communities, updates_for
from ..services.records import completion_today_problem

VIEW = "fieldtrials.view_fieldtrial"


@dataclass(frozen=True)
class TrialList:
    """One of a trial's lists: the rows a person may see (as its page shows them) and its
    download's columns."""

    title: str
    rows: Callable  # (trial, user) -> queryset or list, in the page's order, withdrawn included
    headings: tuple = ()
    row: Callable | None = None  # one row -> its values under `headings`
    # (trial, user) -> what the download holds, if not `rows`: withdrawn records left out
    export_rows: Callable | None = None
    # A kept record's list downloads from its kind's declaration (fieldtrials/kinds.py), at
    # the record kit's address: one download per kind, whichever page links to it.
    kind: str = ""


def _history_rows(trial, user):
    # A trial is the lowest level of the event log: its events are those placed on it.
    return visible_events(user).filter(field_trial_id=trial.pk).order_by("-created_at", "-id")


LISTS = {
    # Withdrawn records stay on the pages, marked; their downloads hold the current ones.
    "milestones": TrialList(
        "Milestones",
        lambda trial, user: trial.milestones.select_related("withdrawn_by").order_by(
            "due_on", "id"
        ),
        kind="milestone",
    ),
    "risks": TrialList(
        "Risks",
        lambda trial, user: trial.risks.order_by("-is_open", "-likelihood", "-impact", "id"),
        kind="risk",
    ),
    "relationships": TrialList(
        "Brokered relationships",
        lambda trial, user: trial.brokered_relationships.order_by("created_at", "id"),
        kind="relationship",
    ),
    "support": TrialList(
        "Support given",
        lambda trial, user: trial_support_sessions(trial),
        kind="support-session",
    ),
    "power-to-innovate": TrialList(
        "Power to Innovate",
        lambda trial, user: trial.power_to_innovate_requests.order_by("-created_at", "-id"),
        kind="power-to-innovate",
    ),
    "updates": TrialList(
        "Monthly updates",
        lambda trial, user: updates_for(trial, user),
        kind="update",
    ),
    "exercises": TrialList(
        "Toolkit exercises",
        lambda trial, user: trial_exercises(trial, user),
        ("Exercise", "Tool", "Open", "Closes or closed", "Invited", "Submitted"),
        lambda e: (
            e.title,
            e.tool.title,
            e.is_open,
            e.closed_at or e.closes_at,
            e.invited_count,
            e.submitted_count,
        ),
    ),
    "history": TrialList(
        "History",
        _history_rows,
        ("When", "Who", "What happened", "What changed"),
        lambda e: (e.when, e.who, e.sentence, "; ".join(e.changes)),
        export_rows=lambda trial, user: entries(_history_rows(trial, user)),
    ),
}


def _page(request, trial, current, **context):
    user = request.user
    context = {
        "trial": trial,
        "current": current,  # the sub-navigation's item to mark
        # None while its project is withdrawn: its pages refuse every change (open_trial).
        "can_change": may_change_trial(user, trial),
        "can_log_support": may_change_trial(user, trial, "fieldtrials.log_support"),
        "can_decide": may_change_trial(user, trial, "fieldtrials.decide_record"),
        "can_view_project": user.has_perm("programmes.view_project", trial.project),
        **context,
    }
    return render(request, f"fieldtrials/trial/{current}.html", context)


def _list(request, trial, name, param="page", current_count=None):
    """One page of the list, counted as `count_kept` says (a kept record's list)."""
    rows = LISTS[name].rows(trial, request.user)
    page = paged(request, rows, param)
    if LISTS[name].kind:
        count_kept(page, rows, current_count)
    return page


def count_kept(page, rows, current_count=None):
    """A kept record's list shows its withdrawn records, marked, but counts only the others,
    as its download holds: `page.current_count` (one query more, unless the view knows it
    already), and `page.withdrawn_count`, the rest of its rows, which its caption says beside
    ("Milestones (3, and 1 withdrawn)": `{% kept_count page %}`)."""
    page.current_count = rows.current().count() if current_count is None else current_count
    page.withdrawn_count = page.paginator.count - page.current_count
    return page


def project_works_on_domains(trial):
    """Does any trial of the trial's project work on a resource domain?"""
    return ResourceDomain.objects.filter(field_trials__project_id=trial.project_id).exists()


@requires(VIEW)
def fieldtrial_details(request, pk):
    """The trial's details, plan, team and communities of practice."""
    trial = get_fieldtrial_for(request.user, pk)
    domains = list(trial.resource_domains.all())
    return _page(
        request,
        trial,
        "details",
        members=paged(request, trial_team(trial)),
        organisations=list(trial.participating_organisations.order_by("name")),
        domains=domains,
        # The row is left out where the trial's project works on no resource domains (they
        # are Resourcing Personalisation's): "None recorded" there reads as missing data.
        project_has_domains=bool(domains) or project_works_on_domains(trial),
        communities=paged(request, trial_communities(trial, request.user), "communities-page"),
        can_move=request.user.has_perm("fieldtrials.move_status", trial),
    )


@requires(VIEW)
def fieldtrial_milestones(request, pk):
    trial = get_fieldtrial_for(request.user, pk)
    return milestones_page(request, trial)


def milestones_page(request, trial, status=200):
    """The trial's milestones; "Mark as done today" is offered only once the trial has
    started (completion_today_problem, which the page says instead)."""
    page = _list(request, trial, "milestones")
    page.object_list = with_days_overdue(page.object_list)
    response = _page(
        request,
        trial,
        "milestones",
        page=page,
        done_today_problem=completion_today_problem(trial),
    )
    response.status_code = status
    return response


@requires(VIEW)
def fieldtrial_risks(request, pk):
    """The risk register, open risks first, and the relationships brokered for the trial."""
    trial = get_fieldtrial_for(request.user, pk)
    return _page(
        request,
        trial,
        "risks",
        page=_list(request, trial, "risks"),
        relationships=_list(request, trial, "relationships", "relationships-page"),
    )


@requires(VIEW)
def fieldtrial_support(request, pk):
    """The incubation offer's ten elements, the support log and Power to Innovate requests."""
    trial = get_fieldtrial_for(request.user, pk)
    offer, offer_count = trial_offer(trial)
    totals = trial_support_totals(trial)  # its sessions: the log's current ones
    return _page(
        request,
        trial,
        "support",
        offer=offer,
        offer_count=offer_count,
        totals=totals,
        page=_list(request, trial, "support", current_count=totals["sessions"]),
        requests=_list(request, trial, "power-to-innovate", "requests-page"),
    )


@requires(VIEW)
def fieldtrial_exercises(request, pk):
    trial = get_fieldtrial_for(request.user, pk)
    # Not while its project is closed or withdrawn: asked apart from the rule, which
    # administrators pass whatever it says.
    may_start = trial.project.takes_changes and request.user.has_perm(
        "toolkit.start_exercise_for_trial", trial
    )
    page = _list(request, trial, "exercises")
    # Not offered while the toolkit has no tool to start (a new install's is empty); a trial
    # with exercises has tools, and no query asks.
    can_start = may_start and (page.paginator.count > 0 or has_tools_to_start())
    return _page(
        request,
        trial,
        "exercises",
        page=page,
        can_start_exercise=can_start,
        toolkit_empty=may_start and not can_start,
    )


@requires(VIEW)
def fieldtrial_history(request, pk):
    """What happened to the trial, newest first, as sentences."""
    trial = get_fieldtrial_for(request.user, pk)
    page = _list(request, trial, "history")
    page.object_list = entries(page.object_list)
    return _page(request, trial, "history", page=page)


@requires(VIEW)
def fieldtrial_list_export(request, pk, name):
    """One of the trial's lists as CSV (or XLSX with `?format=xlsx`): every row the person
    may see on its page. A kept record's list is the record kit's download of its kind, so
    this address sends there (once the person is known to see the trial)."""
    trial = get_fieldtrial_for(request.user, pk)
    found = LISTS.get(name)
    if found is None:
        raise Http404("No such list.")
    if found.kind:
        fmt = requested_format(request)
        return redirect("records:export", app="fieldtrials", kind=found.kind, pk=trial.pk, fmt=fmt)
    rows = (found.export_rows or found.rows)(trial, request.user)
    return export_response(
        headings=found.headings,
        rows=(found.row(row) for row in rows),
        filename=f"{name}-{slugify(trial.title)[:40]}",
        fmt=requested_format(request),
        title=found.title,
    )
