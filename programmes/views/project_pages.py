"""A project's pages beside its overview: Phase 1's records, its field trials, its history.

Each page carries the project's sub-navigation (`project_navigation`), which the overview in
lifecycle.py shares; Activity, Evaluation, Reports and People are other apps' pages.
"""

from functools import wraps

from django.shortcuts import render
from django.urls import reverse

from accounts.access import requires
from accounts.activity import history_of
from fieldtrials.rules import visible_fieldtrials
from fieldtrials.selectors_records import offer_summary_for, support_summary_for
from nextpractice.paging import paged
from nextpractice.records.export import export_response, requested_format
from nextpractice.records.kinds import restorable

from .. import selectors
from ..rules import get_project_for, may_change_project, reads_whole_project
from ..selectors_options import option_summary_for
from ..services.lifecycle import (
    PROJECT_WITHDRAWN,
    ProjectWithdrawn,
    open_project,
    project_closed_said,
)

TRIALS_PER_PAGE = 25


def project_navigation(user, project, current):
    """The project's sub-navigation items, `current` being the page's url name; a page the
    person may not open is left out (no query: memberships are read once a request)."""
    pk = project.pk
    pages = [
        ("Overview", "programmes:project_detail", [pk], True),
        ("Phase 1", "programmes:project_phase1", [pk], True),
        ("Field trials", "programmes:project_trials", [pk], True),
        ("Evaluation", "evaluation:project_evaluation", [pk], True),
        ("Reports", "reports:subject_reports", ["project", pk],
         user.has_perm("reports.view_reports", project)),
        ("Discussions", "discussions:thread_list_for", ["projects", pk], True),
        ("History", "programmes:project_history", [pk], True),
        ("Activity", "accounts:project_activity", [pk], True),
        ("People", "people:people", ["project", pk],
         user.has_perm("programmes.manage_project_people", project)),
    ]  # fmt: skip
    return [
        {"label": label, "url": reverse(name, args=args), "current": name == current}
        for label, name, args, shown in pages
        if shown
    ]


# The need lists' exports (programmes/kinds.py): (kind slug, what it holds).
# The need analysis's downloads: (kind, what it holds, the page's lists it holds the rows of).
NEED_EXPORTS = [
    ("problem-statement", "problem statements", ("drivers", "challenges")),
    ("objective", "objectives", ("objectives",)),
    ("data-source", "data sources", ("data_sources",)),
    ("potential-innovator", "potential innovators", ("innovators",)),
]


def need_exports(pages):
    """The need analysis's downloads (kind, what it holds) of the lists with rows: an empty
    list offers nothing to download. Read from the page's own lists' counts (`pages`, each
    already counted to be paged), so that this asks nothing more of the database."""
    return [
        (slug, label)
        for slug, label, names in NEED_EXPORTS
        if any(pages[name].paginator.count for name in names)
    ]


def phase1_url(project, section):
    """The project's Phase 1 page at one of its sections, where an added record shows."""
    return reverse("programmes:project_phase1", args=[project.pk]) + f"#{section}"


def may_change(user, project, perm="programmes.change_project"):
    """Whether a page offers `user` to change `project` or its records (its records' Change
    and Withdraw, Edit the narrative, Agree, Stop using, Assess, Record a decision): who has
    `perm` on it, while it is neither withdrawn nor closed (changes_project refuses it then):
    programmes.rules.may_change_project."""
    return may_change_project(user, project, perm)


def may_add_to(user, project):
    """Whether a page offers `user` to add records to `project` ("Add an objective", "Record
    a workshop"): its officers, while it is not withdrawn (adds_to_project)."""
    return may_change(user, project)


def project_withdrawn(request, project, done="added"):
    """Adding to a withdrawn or closed project, or changing it or its records, refused: its
    page says so and that nothing was `done` ("added", "changed"), with the way back, Restore
    or Reopen, for who may take it (409)."""
    closed = project.is_closed and not project.is_withdrawn
    may_undo = request.user.has_perm(
        "programmes.close_project" if closed else "programmes.withdraw_project", project
    )
    context = {
        "project": project,
        "closed": closed,
        "message": project_closed_said(project) if closed else PROJECT_WITHDRAWN,
        "done": done,
        "can_restore": may_undo and not closed,
        "can_reopen": may_undo and closed,
    }
    return render(request, "programmes/project/withdrawn_refused.html", context, status=409)


def _refusing_withdrawn(view, done):
    """`view`, its ProjectWithdrawn (or ProjectClosed) answered by the refusal page
    (project_withdrawn)."""

    @wraps(view)
    def wrapped(request, *args, **kwargs):
        try:
            return view(request, *args, **kwargs)
        except ProjectWithdrawn as refused:
            return project_withdrawn(request, refused.project, done)

    return wrapped


def changes_project(view):
    """A page changing a project or one of its records (the narrative, agreeing an objective,
    a stimulus no longer used, a stage move, closing, screening or deciding on an option).
    The view asks `open_project` of the project as it read it, before the page is shown, and
    its service decides a post again under the project's lock (lock_open_project): either
    refusal (ProjectWithdrawn, or ProjectClosed once it is closed) is answered 409, saying
    so, with Restore (or Reopen) for who may, and nothing is changed. The record kit's pages
    refuse the same (kinds.py, `open_parent`)."""
    return _refusing_withdrawn(view, "changed")


def adds_to_project(view):
    """A page adding a record to project `pk` (a workshop, an option, a statement of need, a
    stimulus kept): the view is given the project its officers change (404 or 403 as the
    rules say). A withdrawn or closed project's is refused, 409 saying so, and so is a post
    meeting a withdrawal or closing made since the page was shown, which the service decides
    under the project's lock (ProjectWithdrawn, ProjectClosed): nothing is added."""

    @wraps(view)
    def wrapped(request, pk):
        project = get_project_for(request.user, pk, "programmes.change_project")
        return view(request, open_project(project))

    return _refusing_withdrawn(wrapped, "added")


def _page(request, project, template, current, **context):
    context.update(
        project=project,
        can_change=may_change(request.user, project, "programmes.move_stage"),
        can_add=may_add_to(request.user, project),
        sub_navigation=project_navigation(request.user, project, current),
    )
    return render(request, f"programmes/project/{template}", context)


# Each of Phase 1's lists pages by a parameter of its own and brings the reader back to it:
# (name in the page's context, query parameter, the id of its heading).
PHASE1_LISTS = (
    ("drivers", "drivers-page", "drivers"),
    ("challenges", "problems-page", "problems"),
    ("objectives", "objectives-page", "objectives"),
    ("data_sources", "sources-page", "data-sources"),
    ("innovators", "innovators-page", "innovators"),
    ("kept_stimuli", "stimuli-page", "scan-horizon"),
    ("workshops", "workshops-page", "workshops"),
)


@requires("programmes.view_project")
def project_phase1(request, pk):
    """Phase 1's records, each list 25 a page: the need analysis, the stimuli kept, the
    options in counts and the workshops."""
    project = get_project_for(request.user, pk)
    lists = selectors.phase1_lists(project)
    pages = {
        name: paged(request, lists[name], param, fragment=fragment)
        for name, param, fragment in PHASE1_LISTS
    }
    # Each withdrawn record with Restore for who may restore it, as on its own page.
    withdrawn = restorable(request.user, selectors.withdrawn_need_of(project))
    return _page(
        request,
        project,
        "phase1.html",
        "programmes:project_phase1",
        withdrawn_need=paged(request, withdrawn, "withdrawn-page", fragment="withdrawn"),
        option_summary=option_summary_for(project),
        need_exports=need_exports(pages),
        **pages,
    )


@requires("programmes.view_project")
def project_trials(request, pk):
    """The project's field trials the person sees, 25 a page, and the incubation offer."""
    project = get_project_for(request.user, pk)
    trials = selectors.project_trials(project, request.user)
    page = paged(request, trials, per_page=TRIALS_PER_PAGE)
    whole = reads_whole_project(request.user, project)
    seen = None if whole else visible_fieldtrials(request.user)
    return _page(
        request,
        project,
        "trials.html",
        "programmes:project_trials",
        page=page,
        whole=whole,
        # Someone who sees only some is told how many there are (one count more for them).
        in_project=page.paginator.count if whole else project.field_trials.count(),
        # Of the trials they see, as the support log the section links to: someone who sees
        # only some is told nothing of the support or offer the others drew on.
        offer_summary=offer_summary_for(project, among=seen),
        support_summary=support_summary_for(project, among=seen),
    )


TRIAL_COLUMNS = [
    "Field trial",
    "Status",
    "Lead organisation",
    "Local authority",
    "Consultant",
    "Latest red, amber or green",
    "Latest update month",
    "Start",
    "End",
]


def _trial_row(trial):
    return [
        trial.title,
        trial.get_status_display(),
        trial.lead_organisation.name if trial.lead_organisation else "",
        trial.local_authority.name if trial.local_authority else "",
        trial.consultant.full_name if trial.consultant else "",
        trial.latest_rag.capitalize() if trial.latest_rag else "No update yet",
        f"{trial.latest_update_month:%Y-%m}" if trial.latest_update_month else "",
        trial.start_date,
        trial.end_date,
    ]


@requires("programmes.view_project")
def project_trials_export(request, pk):
    """Every trial of the project the person sees, as CSV or XLSX (`?format=xlsx`)."""
    project = get_project_for(request.user, pk)
    return export_response(
        headings=TRIAL_COLUMNS,
        rows=(_trial_row(t) for t in selectors.project_trials(project, request.user).iterator()),
        filename=f"field-trials-project-{project.pk}",
        fmt=requested_format(request),
        title="Field trials",
    )


@requires("programmes.view_project")
def project_history(request, pk):
    """The project's stage moves, with each gate override and why, and its latest changes."""
    project = get_project_for(request.user, pk)
    moves = selectors.stage_moves_of(project)
    return _page(
        request,
        project,
        "history.html",
        "programmes:project_history",
        moves=moves,
        # The day it entered Analyse need, not its planned start: the list reads in order.
        started_on=project.first_stage_entered_on(moves),
        history=history_of(project, request.user),
    )
