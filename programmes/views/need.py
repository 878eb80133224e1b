"""Analyse need: the narrative and the records that open the first diamond out."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import Http404
from django.shortcuts import redirect, render
from django.views.decorators.http import require_POST

from accounts.access import requires
from accounts.search import say_who_adds
from nextpractice.records.forms import apply_errors
from nextpractice.records.merge import changed_since, saved_by_you
from nextpractice.records.services import RecordWithdrawn
from nextpractice.records.views import refused
from nextpractice.told import told_at
from nextpractice.uploads import stored_file_download

from .. import services
from ..forms.need import DataSourceForm, InnovatorForm, NarrativeForm, ObjectiveForm, ProblemForm
from ..models import DataSource, Objective
from ..rules import get_project_for, get_record_for
from ..services.lifecycle import open_project
from ..services.need import add_need_record, set_objective_status
from .project_pages import adds_to_project, changes_project, phase1_url


@requires("programmes.change_project")
@changes_project
def narrative_edit(request, pk):
    """Edit the current-state narrative; a save over someone else's newer one is refused, as
    is any while the project is withdrawn."""
    project = open_project(get_project_for(request.user, pk, "programmes.change_project"))
    initial = {"narrative": project.narrative, "version": project.narrative_version}
    form = NarrativeForm(request.POST or None, initial=initial)
    context = {"project": project, "form": form}
    if request.method == "POST":
        if form.is_valid():
            try:
                services.update_narrative(
                    project=project,
                    narrative=form.cleaned_data["narrative"],
                    based_on_version=form.cleaned_data["version"],
                    actor=request.user,
                )
            except services.EditConflict as conflict:
                form = NarrativeForm(
                    data={
                        "narrative": form.cleaned_data["narrative"],
                        "version": conflict.current.narrative_version,
                    }
                )
                form.is_valid()
                saver = conflict.current.narrative_updated_by
                by_you = saved_by_you(saver, request.user)
                form.add_error("narrative", _narrative_clash(by_you, saver))
                context.update(form=form, conflict=conflict.current, by_you=by_you)
                return render(request, "programmes/need/narrative_form.html", context, status=409)
            messages.success(request, "The narrative has been saved.")
            return redirect(told_at(phase1_url(project, "analyse-need")))
        return render(request, "programmes/need/narrative_form.html", context, status=400)
    return render(request, "programmes/need/narrative_form.html", context)


def _narrative_clash(by_you, saver):
    """What the narrative's box says when its save met a newer one: this person's own, in
    another tab or window (`by_you`), said as theirs; else the other person's (`saver`), by
    name."""
    if by_you:
        return changed_since(True, "the narrative") + (
            "The version you saved there is shown above; this one is kept in the box. "
            "Combine them and save again."
        )
    if by_you is None:  # not known who saved it
        return changed_since(None, "the narrative") + (
            "The version saved is shown above; yours is kept in the box. Combine them and "
            "save again."
        )
    return (
        f"{saver} saved a newer version while you were editing. Their version is shown above; "
        "yours is kept in the box. Combine them and save again."
    )


def _add_record_view(request, project, form_class, template, message, files=False):
    # Bound only by a post: files given on a GET (even none) would bind the form, which
    # then showed "There is a problem" before anything was typed.
    posted = request.method == "POST"
    form = form_class(request.POST if posted else None, request.FILES if posted and files else None)
    form.project = project  # what it is added to: forms.need.OnceInProject checks it
    say_who_adds(form, request.user)
    if request.method == "POST":
        if form.is_valid():
            record = form.save(commit=False)
            for name, value in getattr(form, "file_values", dict)().items():
                setattr(record, name, value)  # a new file's type and name (CheckedDocument)
            try:
                add_need_record(project=project, record=record, actor=request.user)
            except ValidationError as error:  # the same words sent from another tab, say
                apply_errors(form, error)
            else:
                messages.success(request, message)
                return redirect(told_at(phase1_url(project, "analyse-need")))
        status = 400
    else:
        status = 200
    context = {"project": project, "form": form, "multipart": files}
    return render(request, template, context, status=status)


@requires("programmes.change_project")
@adds_to_project
def problem_create(request, project):
    return _add_record_view(
        request,
        project,
        ProblemForm,
        "programmes/need/problem_form.html",
        "The statement is added.",
    )


@requires("programmes.change_project")
@adds_to_project
def objective_create(request, project):
    return _add_record_view(
        request,
        project,
        ObjectiveForm,
        "programmes/need/objective_form.html",
        "The objective is added.",
    )


@requires("programmes.change_project")
@adds_to_project
def datasource_create(request, project):
    return _add_record_view(
        request,
        project,
        DataSourceForm,
        "programmes/need/datasource_form.html",
        "The data source is added.",
        files=True,
    )


@requires("programmes.change_project")
@adds_to_project
def innovator_create(request, project):
    return _add_record_view(
        request,
        project,
        InnovatorForm,
        "programmes/need/innovator_form.html",
        "The potential innovator is added.",
    )


@require_POST
@requires("programmes.change_record")
@changes_project
def objective_status(request, pk):
    """Agree a draft objective, or return an agreed one to draft (not while its project is
    withdrawn)."""
    objective = get_record_for(request.user, Objective, pk, "programmes.change_record")
    open_project(objective.project)
    status = request.POST.get("status")
    if status not in Objective.Status.values:
        return render(request, "400.html", status=400)
    try:
        set_objective_status(objective=objective, status=status, actor=request.user)
    except RecordWithdrawn as withdrawn:  # withdrawn while the page was open
        return refused(request, "programmes", "objective", withdrawn.record)
    word = "agreed" if status == Objective.Status.AGREED else "returned to draft"
    messages.success(request, f"The objective is {word}.")
    return redirect(told_at(phase1_url(objective.project, "analyse-need")))


@requires("programmes.view_record")
def datasource_download(request, pk):
    """An uploaded data source, only to those who may read its project."""
    source = get_record_for(request.user, DataSource, pk)
    if not source.file:
        raise Http404("This data source is a link, not a file.")
    return stored_file_download(
        request,
        source.file,
        name=source.file_name,
        content_type=source.file_type or "application/octet-stream",
        missing="This data source's file is missing: ask whoever added it to upload it again.",
    )
