"""Programme and project pages: creating them, the diamonds, members and stage moves."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import redirect, render

from accounts.access import requires
from accounts.activity import activity, history_of
from accounts.memberships import memberships_of
from accounts.people.services import TeamChangeRefused
from accounts.search import say_who_adds
from fieldtrials.models import FieldTrial
from nextpractice.paging import paged
from nextpractice.rules_util import sees_everything
from toolkit import selectors_lists as toolkit_lists

from .. import services
from ..diamond import NARROW, drawing_for
from ..forms.lifecycle import (
    CloseProjectForm,
    MoveStageForm,
    ProgrammeForm,
    ProjectForm,
    ReopenProjectForm,
    RestoreProjectForm,
    WithdrawProjectForm,
)
from ..models import Stage
from ..rules import (
    get_programme_for,
    get_project_for,
    reads_whole_programme,
    visible_projects,
    withdrawn_closed_to,
)
from ..selectors import project_overview
from ..services.lifecycle import open_project
from ..timeline import programme_timeline
from ..workflow import can_leave, plan_move
from .project_pages import changes_project, may_change, phase1_url, project_navigation

# The stages whose work is done on the Phase 1 page, each in its own section.
PHASE1_STAGES = (Stage.ANALYSE_NEED, Stage.SCAN_HORIZON, Stage.GENERATE_OPTIONS)

# The last few things that happened, on an overview; the Activity page has the rest.
OVERVIEW_ACTIVITY = 3


@requires("programmes.add_programme")
def programme_create(request):
    if not request.user.has_perm("programmes.add_programme"):
        raise PermissionDenied("Only programme officers can create programmes.")
    # An administrator sees and manages every programme without belonging to it: they name
    # its first officer; anyone else is its first officer.
    form = ProgrammeForm(request.POST or None, ask_first_officer=sees_everything(request.user))
    say_who_adds(form, request.user)
    if request.method == "POST":
        if form.is_valid():
            invited = form.first_officer_email() if form.asks_first_officer else ""
            try:
                programme = services.create_programme(
                    actor=request.user, first_officer_email=invited, **form.programme_fields()
                )
            except TeamChangeRefused as refused:
                form.add_error("officer_email", refused.message)
            else:
                done = f"{programme.name} has been created."
                if invited:
                    done += f" {invited.lower()} is invited to be its programme officer."
                messages.success(request, done)
                return redirect(programme)
        return render(request, "programmes/programme_form.html", {"form": form}, status=400)
    return render(request, "programmes/programme_form.html", {"form": form})


PROJECTS_PER_PAGE = 25


def _own_trials(user, programme):
    """The field trials of `programme` the person is a member of (a school leader belongs
    to a programme through their trial, not its project); not one of a withdrawn project
    they may not open (its page would be 404 to them)."""
    own = memberships_of(user).trials()  # read once a request already
    if not own:
        return []
    return list(
        FieldTrial.objects.filter(project__programme=programme, pk__in=own)
        .exclude(project__in=withdrawn_closed_to(user))
        .select_related("project")
        .order_by("title")
    )


@requires("programmes.view_programme")
def programme_detail(request, pk):
    """A programme's overview: its projects (25 a page) on a timeline, its reports, its
    latest history and activity."""
    programme = get_programme_for(request.user, pk)
    projects = (
        visible_projects(request.user)
        .filter(programme=programme)
        .select_related("partner_agency", "lead_officer")
        .order_by("start_date", "pk")
    )
    page = paged(request, projects, per_page=PROJECTS_PER_PAGE)
    authority_exercises, more_authority_exercises = toolkit_lists.authority_exercises(
        programme, request.user
    )
    return render(
        request,
        "programmes/programme_detail.html",
        {
            "programme": programme,
            "projects": page.object_list,
            "page": page,
            # None seen: are there none at all, or none of theirs? (a query only then)
            "has_projects": bool(page.paginator.count) or programme.projects.current().exists(),
            # Nor a project: the trials through which they belong (a query only then).
            "own_trials": [] if page.paginator.count else _own_trials(request.user, programme),
            "whole": reads_whole_programme(request.user, programme),
            "timeline": programme_timeline(page.object_list),
            "can_add_project": request.user.has_perm("programmes.add_project", programme),
            "stage_choices": Stage.choices,
            "history": history_of(programme, request.user, limit=OVERVIEW_ACTIVITY),
            # Its local authorities' toolkit exercises (Knowsley's audit), for those who see
            # them: they belong to no project, so no other page of the programme lists them.
            "authority_exercises": authority_exercises,
            "more_authority_exercises": more_authority_exercises,
            # In a third of the page: the places are on its Activity page (a narrow column
            # of long trial titles would make the overview too tall to take in). What
            # happened in its projects only: its own events are its History, beside it.
            "recent": activity(
                request.user, subject=programme, size=OVERVIEW_ACTIVITY, places=False, below=True
            ).entries,
        },
    )


@requires("programmes.add_project")
def project_create(request, pk):
    programme = get_programme_for(request.user, pk, "programmes.add_project")
    form = ProjectForm(request.POST or None, programme=programme)
    say_who_adds(form, request.user)
    if request.method == "POST":
        if form.is_valid():
            try:
                project = services.create_project(
                    programme=programme, actor=request.user, **form.cleaned_data
                )
            except ValidationError as error:  # its title given a moment ago, say
                _refused_beside_fields(form, error)
            else:
                messages.success(request, f"{project.title} has been created in Analyse need.")
                return redirect(project)
        context = {"form": form, "programme": programme}
        return render(request, "programmes/project_form.html", context, status=400)
    return render(request, "programmes/project_form.html", {"form": form, "programme": programme})


@requires("programmes.view_project")
def project_detail(request, pk):
    """A project's overview: its three diamonds, its stage and gate, its trials in counts,
    its latest reports and activity; the sub-navigation leads to the rest."""
    project = get_project_for(request.user, pk)
    can_move = request.user.has_perm("programmes.move_stage", project)
    overview = project_overview(project, request.user)
    gate_ok, gate_reason = can_leave(project, project.stage)
    drawings = {"wide": drawing_for(project.stage), "narrow": drawing_for(project.stage, NARROW)}
    diamonds = drawings["wide"].diamonds
    summaries = overview["stage_summaries"]
    for diamond in diamonds:
        for segment in diamond.segments:
            segment.summary = summaries[segment.stage]
    return render(
        request,
        "programmes/project_detail.html",
        {
            "project": project,
            "diamonds": diamonds,
            "drawings": drawings,
            "gate_ok": gate_ok,
            "gate_reason": gate_reason,
            # Where the work the gate asks for is done: the stage's part of the Phase 1 page.
            "gate_work_url": phase1_url(project, project.stage.replace("_", "-"))
            if project.stage in PHASE1_STAGES
            else "",
            # Its details change while it takes changes (not once it is closed: 409).
            "can_change": may_change(request.user, project),
            "can_move": can_move,
            "can_close": request.user.has_perm("programmes.close_project", project),
            "can_withdraw": request.user.has_perm("programmes.withdraw_project", project),
            "trial_summary": overview["trial_summary"],
            "sub_navigation": project_navigation(
                request.user, project, "programmes:project_detail"
            ),
            "recent": activity(request.user, subject=project, size=OVERVIEW_ACTIVITY).entries,
        },
    )


@requires("programmes.move_stage")
@changes_project
def project_move(request, pk):
    """Move a project to another stage; a failing gate needs a written override. Not while it
    is withdrawn (changes_project)."""
    project = open_project(
        get_project_for(request.user, pk, "programmes.move_stage"), closed_ok=True
    )
    if project.is_closed:
        messages.info(request, services.lifecycle.PROJECT_CLOSED)
        return redirect(project)
    form = MoveStageForm(request.POST or None, project=project)
    status = 200
    if request.method == "POST" and form.is_valid():
        try:
            move = services.move_stage(
                project=project,
                to_stage=form.cleaned_data["to_stage"],
                actor=request.user,
                reason=form.cleaned_data["reason"],
                override=form.cleaned_data["override"],
            )
        except services.StageMoveRefused as refused:
            _say_why_refused(form, refused, plan_move(project, form.cleaned_data["to_stage"]))
        else:
            label = Stage(move.to_stage).label
            messages.success(request, f"{project.title} is now in {label}.")
            return redirect(project)
    if request.method == "POST":
        status = 400
    plans = [plan_move(project, stage) for stage, _ in form.fields["to_stage"].choices]
    return render(
        request,
        "programmes/project_move.html",
        {"project": project, "form": form, "plans": plans},
        status=status,
    )


def _refused_beside_fields(form, error):
    """A service's ValidationError ({field: message}) beside the form's fields."""
    for name, messages_ in error.message_dict.items():
        for message in messages_:
            form.add_error(name if name in form.fields else None, message)


@requires("programmes.close_project")
@changes_project
def project_close(request, pk):
    """Confirm closing a project in System learning: the day it closed and a note. Not while
    it is withdrawn (changes_project)."""
    project = open_project(
        get_project_for(request.user, pk, "programmes.close_project"), closed_ok=True
    )
    if project.is_closed:
        messages.info(request, f"{project.title} is already closed.")
        return redirect(project)
    in_last_stage = project.stage == Stage.SYSTEM_LEARNING
    # Its trials still under way, named first: while there are any, no button is offered and
    # a post is refused (409), as the service refuses it.
    under_way = services.trials_under_way(project) if in_last_stage else []
    form = CloseProjectForm(request.POST or None, project=project)
    status = 200
    if request.method == "POST" and not under_way:
        if form.is_valid():
            try:
                services.close_project(
                    project=project,
                    actor=request.user,
                    closed_on=form.cleaned_data["closed_on"],
                    note=form.cleaned_data["note"],
                )
            except services.ProjectClosedAlready as already:
                messages.info(request, str(already))
                return redirect(project)
            except services.TrialsUnderWay as refused:
                under_way = refused.trials
            except ValidationError as error:
                _refused_beside_fields(form, error)
            else:
                messages.success(
                    request,
                    f"{project.title} is closed. Its final progress report is being made: its "
                    "partners and officers will be told when it is ready.",
                )
                return redirect(project)
    if request.method == "POST":
        status = 409 if under_way else 400
    context = {
        "project": project,
        "form": form,
        "in_last_stage": in_last_stage,
        "under_way": under_way,
        "finish_first": services.lifecycle.FINISH_TRIALS_FIRST,
    }
    return render(request, "programmes/project_close.html", context, status=status)


@requires("programmes.close_project")
@changes_project
def project_reopen(request, pk):
    """Confirm reopening a closed project, with a reason."""
    project = open_project(
        get_project_for(request.user, pk, "programmes.close_project"), closed_ok=True
    )
    if not project.is_closed:
        messages.info(request, f"{project.title} is not closed.")
        return redirect(project)
    form = ReopenProjectForm(request.POST or None)
    # Its programme's end would not hold it open: said, with the way out, and no form.
    refused = services.lifecycle.programme_end_problem(project, project.programme, back="reopen")
    status = 200
    if request.method == "POST" and refused:
        status = 409
    elif request.method == "POST":
        if form.is_valid():
            try:
                services.reopen_project(
                    project=project, actor=request.user, reason=form.cleaned_data["reason"]
                )
            except services.ProjectClosedAlready as already:
                messages.info(request, str(already))
                return redirect(project)
            except services.ProgrammeEndRefused as problem:  # its programme's end moved since
                refused, status = str(problem), 409
            except ValidationError as error:
                _refused_beside_fields(form, error)
                status = 400
            else:
                messages.success(request, f"{project.title} is open again, in System learning.")
                return redirect(project)
        else:
            status = 400
    context = {
        "project": project,
        "form": form,
        **_programme_end_refused(request, project, refused),
    }
    return render(request, "programmes/project_reopen.html", context, status=status)


def _programme_end_refused(request, project, refused):
    """What a reopen or restore page says when `project`'s programme's end would not hold it
    open (`refused`), with a link to change that end for who may."""
    return {
        "refused": refused,
        "can_change_programme": bool(refused)
        and request.user.has_perm("programmes.change_programme", project.programme),
    }


def _withdraw_page(request, project, form, status, **more):
    context = {"project": project, "form": form, **more}
    return render(request, "programmes/project_withdraw.html", context, status=status)


@requires("programmes.withdraw_project")
def project_withdraw(request, pk):
    """Confirm withdrawing a project added by mistake, with a reason: only while it has no
    field trial but withdrawn ones (the page names them). Withdrawn already (a second
    click, or someone else): said, nothing changed, 409."""
    project = get_project_for(request.user, pk, "programmes.withdraw_project")
    if project.is_withdrawn:
        return _withdraw_page(request, project, None, 409, already=True)
    if project.is_closed:  # it finished its work: not added by mistake
        status = 409 if request.method == "POST" else 200
        return _withdraw_page(request, project, None, status, closed=True)
    form = WithdrawProjectForm(request.POST or None)
    trials = services.lifecycle.live_trials(project)
    if request.method != "POST":
        return _withdraw_page(request, project, form, 200, trials=trials)
    if not form.is_valid():
        return _withdraw_page(request, project, form, 400, trials=trials)
    try:
        services.withdraw_project(
            project=project, actor=request.user, reason=form.cleaned_data["reason"]
        )
    except services.ProjectWithdrawnAlready as already:
        return _withdraw_page(request, already.project, None, 409, already=True)
    except ValidationError as error:
        _refused_beside_fields(form, error)
        trials = services.lifecycle.live_trials(project)
        return _withdraw_page(request, project, form, 409, trials=trials)
    messages.success(request, f"{project.title} is withdrawn: it has left every list.")
    return redirect(project)


@requires("programmes.withdraw_project")
def project_restore(request, pk):
    """Confirm restoring a withdrawn project, with a reason; one not withdrawn (restored
    already) is said, nothing changed, 409. While another project of its programme has its
    title (given since it was withdrawn), or while its programme's end would not hold it open
    (as on reopening a closed one), the page says so, with no form, and a post is refused,
    409."""
    project = get_project_for(request.user, pk, "programmes.withdraw_project")
    form = RestoreProjectForm(request.POST or None)
    holder = refused = None
    if project.is_withdrawn:
        holder = services.lifecycle.title_holder(project.programme, project.title, but=project.pk)
        # Its programme's end would not hold it open: said, with the way out, as on reopening.
        refused = services.lifecycle.programme_end_problem(
            project, project.programme, back="restore"
        )
    status = 200 if project.is_withdrawn else 409
    if request.method == "POST" and project.is_withdrawn:
        status = 409 if holder or refused else 400
        if not (holder or refused) and form.is_valid():
            try:
                services.restore_project(
                    project=project, actor=request.user, reason=form.cleaned_data["reason"]
                )
            except services.ProjectWithdrawnAlready as already:
                project, status = already.project, 409
            except services.ProjectTitleTaken as taken:
                holder, status = taken.holder, 409
            except services.ProgrammeEndRefused as problem:  # its programme's end moved since
                refused, status = str(problem), 409
            except ValidationError as error:
                _refused_beside_fields(form, error)
            else:
                messages.success(request, f"{project.title} is restored.")
                return redirect(project)
    context = {
        "project": project,
        "form": form,
        "shut": bool(holder or refused),
        **_programme_end_refused(request, project, refused),
        "holder": holder,
        "title_taken": services.lifecycle.title_taken_said(holder) if holder else "",
        # Its page, if they may open it (its officers may, who may restore this one).
        "can_open_holder": bool(holder)
        and request.user.has_perm("programmes.view_project", holder),
    }
    return render(request, "programmes/project_restore.html", context, status=status)


def _say_why_refused(form, refused, plan):
    """Each reason next to its field; past a gate that does not hold, also what would let
    the move go ahead: a reason under "Why?" and the box ticked, each where it is missing."""
    given = {name: form.cleaned_data.get(name) for name in ("reason", "override")}
    for reason in refused.reasons:
        form.add_error("reason" if "reason" in reason.lower() else "to_stage", reason)
    if not plan.needs_override:
        return
    if not (given["reason"] or "").strip() and "reason" not in form.errors:
        form.add_error("reason", "Give a reason for moving on although a gate does not hold.")
    if not given["override"]:
        form.add_error(
            "override", "To move on although a gate does not hold, tick this box as well."
        )


@requires("programmes.change_project")
def project_members(request, pk):
    """The old members page: people are invited and managed on the project's People page."""
    project = get_project_for(request.user, pk, "programmes.change_project")
    return redirect("people:people", kind="project", pk=project.pk)
