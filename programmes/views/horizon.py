"""Scan the horizon: the shared stimulus library, and the stimuli a project keeps."""

from urllib.parse import urlencode

from django.contrib import messages
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import redirect, render
from django.urls import reverse

from accounts.access import requires
from accounts.models import Event
from nextpractice.paging import paged
from nextpractice.records.export import export_response, requested_format
from nextpractice.records.forms import apply_errors
from nextpractice.records.merge import changed_since, saved_by_you
from nextpractice.told import told_at

from ..filters.horizon import StimulusFilter
from ..forms.horizon import KeepStimulusForm, StimulusForm
from ..models import KeptStimulus, Stimulus
from ..rules import (
    get_project_for,
    get_record_for,
    get_stimulus_for,
    visible_stimuli,
)
from ..selectors_horizon import (
    keeping_projects_for,
    keeping_projects_of_own_trials,
    stimuli_for_listing,
)
from ..services.horizon import (
    EditConflict,
    create_stimulus,
    keep_stimulus,
    stimulus_version,
    unkeep_stimulus,
    update_stimulus,
)
from ..services.lifecycle import open_project
from .project_pages import adds_to_project, changes_project, may_add_to, phase1_url

PAGE_SIZE = 25


def _library_for(user):
    """The library as this user may read it; 403 for someone who belongs to no work at all."""
    if not user.has_perm("programmes.view_stimulus_library"):
        raise PermissionDenied("The stimulus library is for people working on a programme.")
    return visible_stimuli(user)


@requires("programmes.view_stimulus")
def stimulus_list(request):
    stimuli = _library_for(request.user)
    project = can_keep = None
    if request.GET.get("project"):
        project = get_project_for(request.user, request.GET["project"])
        can_keep = may_add_to(request.user, project)
    filterset = StimulusFilter(request.GET, queryset=stimuli_for_listing(stimuli), request=request)
    dropped = filterset.form.not_offered  # a value not offered is dropped: not a search
    context = {
        "filter": filterset,
        "form": filterset.form,
        "searching": any(
            request.GET.get(name) for name in filterset.filters if name not in dropped
        ),
        "page": paged(request, filterset.qs, per_page=PAGE_SIZE),
        "project": project,
        "can_keep": can_keep,
        "can_add": request.user.has_perm("programmes.add_stimulus"),
    }
    return render(request, "programmes/horizon/stimulus_list.html", context)


@requires("programmes.view_stimulus")
def stimulus_export(request):
    stimuli = _library_for(request.user)
    filterset = StimulusFilter(request.GET, queryset=stimuli_for_listing(stimuli), request=request)
    headings = [
        "Title",
        "Sector",
        "Country",
        "Summary",
        "Source link",
        "Provocation question",
        "Key contacts",
        "Tags",
        "Projects keeping it",
    ]
    rows = (
        [
            s.title,
            s.sector_label,
            s.country,
            s.summary,
            s.source_url,
            s.provocation,
            s.contacts,
            ", ".join(t.name for t in s.tags.all()),
            s.projects_keeping,
        ]
        for s in filterset.qs
    )
    return export_response(
        headings=headings,
        rows=rows,
        filename="stimuli",
        fmt=requested_format(request),
        title="Stimuli",
    )


@requires("programmes.view_stimulus")
def stimulus_detail(request, pk):
    stimulus = get_stimulus_for(request.user, pk)
    keeps = paged(
        request, keeping_projects_for(stimulus, request.user), "projects-page", fragment="using"
    )
    kept_anywhere = stimulus.kept_by.count()
    by_own_trials = keeping_projects_of_own_trials(stimulus, request.user)
    context = {
        "stimulus": stimulus,
        "tags": stimulus.tags.order_by("name"),
        "keeps": keeps,
        "by_own_trials": by_own_trials,
        "unseen_keeps": kept_anywhere - keeps.paginator.count - len(by_own_trials),
        "can_change": request.user.has_perm("programmes.change_stimulus", stimulus),
    }
    return render(request, "programmes/horizon/stimulus_detail.html", context)


@requires("programmes.add_stimulus")
def stimulus_create(request):
    if not request.user.has_perm("programmes.add_stimulus"):
        raise PermissionDenied("Only a programme officer can add to the stimulus library.")
    choosing_for = _choosing_for(request)
    form = StimulusForm(request.POST or None)
    if request.method == "POST":
        if form.is_valid():
            try:
                stimulus = create_stimulus(actor=request.user, **form.stimulus_fields())
            except ValidationError as error:
                apply_errors(form, error)
            else:
                added = f"‘{stimulus.title}’ is now in the library."
                if choosing_for is None:
                    messages.success(request, added)
                    return redirect(stimulus)
                messages.success(request, f"{added} Say why {choosing_for.title} will use it.")
                keep = reverse("programmes:stimulus_keep", args=[choosing_for.pk])
                return redirect(f"{keep}?{urlencode({'stimulus': stimulus.pk})}")
        return _render_form(request, form, None, status=400, choosing_for=choosing_for)
    return _render_form(request, form, None, choosing_for=choosing_for)


def _choosing_for(request):
    """The project whose stimuli the person was choosing when they went to add one
    (?project=N), if they may choose its stimuli: once added, they go back to choose it."""
    if not request.GET.get("project"):
        return None
    project = get_project_for(request.user, request.GET["project"])
    return project if may_add_to(request.user, project) else None


@requires("programmes.change_stimulus")
def stimulus_edit(request, pk):
    stimulus = get_stimulus_for(request.user, pk, "programmes.change_stimulus")
    if request.method != "POST":
        form = StimulusForm(instance=stimulus, initial={"based_on": stimulus_version(stimulus)})
        return _render_form(request, form, stimulus)
    form = StimulusForm(request.POST, instance=stimulus)
    if form.is_valid():
        try:
            saved = update_stimulus(
                stimulus=stimulus,
                actor=request.user,
                based_on=form.cleaned_data["based_on"],
                **form.stimulus_fields(),
            )
        except EditConflict as conflict:
            return _render_conflict(request, conflict.current)
        except ValidationError as error:
            apply_errors(form, error)
        else:
            messages.success(request, f"Your changes to ‘{saved.title}’ have been saved.")
            return redirect(saved)
    return _render_form(request, form, get_stimulus_for(request.user, pk), status=400)


def _render_conflict(request, current):
    """Keep what they typed, show the saved version before it, with whose save it is (their
    own, in another tab or window, said as theirs), and let them save again."""
    data = request.POST.copy()
    data["based_on"] = stimulus_version(current)
    form = StimulusForm(data, instance=current)
    form.is_valid()
    saved = _last_save(current)
    by_you = saved_by_you(saved and saved.actor_id, request.user)
    form.add_error(
        None,
        changed_since(by_you, "this stimulus")
        + "What was saved is shown on this page under ‘The version saved meanwhile’, before "
        "your version: check it, then save again to replace it with yours.",
    )
    current.refresh_from_db()
    clash = {"saved": saved, "by_you": by_you}
    return _render_form(request, form, current, theirs=current, status=409, clash=clash)


def _last_save(stimulus):
    """The stimulus's newest save, as the event log has it (one query): its `actor` (who
    saved it) and `created_at`. A stimulus has no history of its own. None when not known."""
    return (
        Event.objects.filter(
            verb__in=["programmes.stimulus_created", "programmes.stimulus_updated"],
            target_type=ContentType.objects.get_for_model(Stimulus),
            target_id=stimulus.pk,
        )
        .select_related("actor")
        .order_by("-created_at", "-id")
        .first()
    )


def _render_form(request, form, stimulus, theirs=None, status=200, choosing_for=None, clash=None):
    """The stimulus's form; on a clash, `theirs` is the stimulus as saved now and `clash`
    says whose save that is (`saved`, its event; `by_you`, this person's own)."""
    context = {
        **(clash or {}),
        "form": form,
        "stimulus": stimulus,
        "choosing_for": choosing_for,
        "theirs": theirs,
        "their_tags": theirs.tags.order_by("name") if theirs else (),
    }
    return render(request, "programmes/horizon/stimulus_form.html", context, status=status)


@requires("programmes.change_project")
@adds_to_project
def stimulus_keep(request, project):
    kept_ids = project.kept_stimuli.values_list("stimulus_id", flat=True)
    form = KeepStimulusForm(
        request.POST or None,
        stimuli=visible_stimuli(request.user),
        kept_ids=kept_ids,
        initial={"stimulus": request.GET.get("stimulus")},
    )
    status = 200
    if request.method == "POST":
        if form.is_valid():
            try:
                kept = keep_stimulus(project=project, actor=request.user, **form.cleaned_data)
            except ValidationError as error:
                apply_errors(form, error)
            else:
                messages.success(request, f"{project.title} now uses ‘{kept.stimulus.title}’.")
                return redirect(told_at(phase1_url(project, "scan-horizon")))
        status = 400
    context = {
        "form": form,
        "project": project,
        "can_add": request.user.has_perm("programmes.add_stimulus"),
    }
    return render(request, "programmes/horizon/stimulus_keep.html", context, status=status)


@requires("programmes.change_record")
@changes_project
def kept_stimulus_remove(request, pk):
    """Stop using a kept stimulus (not while the project is withdrawn)."""
    kept = get_record_for(request.user, KeptStimulus, pk, "programmes.change_record")
    open_project(kept.project)
    if request.method == "POST":
        project = unkeep_stimulus(kept=kept, actor=request.user)
        messages.success(request, f"{project.title} no longer uses ‘{kept.stimulus.title}’.")
        return redirect(told_at(phase1_url(project, "scan-horizon")))
    return render(request, "programmes/horizon/kept_stimulus_remove.html", {"kept": kept})
