"""Activity pages: what happened lately under a programme, project or field trial, or
anywhere the person may see, filterable by kind and paged newest first."""

from django.shortcuts import render
from django.urls import reverse
from django.utils.text import slugify

from fieldtrials.rules import get_fieldtrial_for
from nextpractice.records.export import export_response, requested_format
from programmes.rules import get_programme_for, get_project_for

from .access import requires
from .activity import EXPORT_SIZE, activity, activity_for_export, level_of, places_below


def _page(request, subject, title):
    page = activity(
        request.user,
        subject=subject,
        kind=request.GET.get("kind", ""),
        before=request.GET.get("before", ""),
    )
    if subject is None:
        export_url = reverse("accounts:activity_export")
    else:
        export_url = reverse(f"accounts:{level_of(subject)}_activity_export", args=[subject.pk])
    context = {
        "subject": subject,
        "title": title,
        "page": page,
        "export_url": export_url,
        "export_size": EXPORT_SIZE,
    }
    return render(request, "accounts/activity.html", context)


def _export(request, subject):
    """The activity page's events (its filter kept), newest first, as CSV or XLSX; where
    each happened (its trial, project or programme) as the page names it, unless the
    export is one trial's."""
    placed = places_below(subject) is not None
    rows = (
        [entry.when, *([entry.where] if placed else []), entry.who, entry.sentence]
        + ["; ".join(entry.changes)]
        for entry in activity_for_export(
            request.user, subject=subject, kind=request.GET.get("kind", "")
        )
    )
    name = slugify(str(subject))[:60] if subject is not None else "everything"
    return export_response(
        headings=["When", *(["Where"] if placed else []), "Who", "What happened", "What changed"],
        rows=rows,
        filename=f"activity-{name}",
        fmt=requested_format(request),
        title="Activity",
    )


@requires(None)
def my_activity(request):
    """Everything lately in the programmes, projects and trials the person may see."""
    return _page(request, None, "Activity")


@requires(None)
def my_activity_export(request):
    return _export(request, None)


@requires("programmes.view_programme")
def programme_activity_export(request, pk):
    return _export(request, get_programme_for(request.user, pk))


@requires("programmes.view_project")
def project_activity_export(request, pk):
    return _export(request, get_project_for(request.user, pk))


@requires("fieldtrials.view_fieldtrial")
def field_trial_activity_export(request, pk):
    return _export(request, get_fieldtrial_for(request.user, pk))


@requires("programmes.view_programme")
def programme_activity(request, pk):
    programme = get_programme_for(request.user, pk)
    return _page(request, programme, f"Activity in {programme.name}")


@requires("programmes.view_project")
def project_activity(request, pk):
    project = get_project_for(request.user, pk)
    return _page(request, project, f"Activity in {project.title}")


@requires("fieldtrials.view_fieldtrial")
def field_trial_activity(request, pk):
    trial = get_fieldtrial_for(request.user, pk)
    return _page(request, trial, f"Activity in {trial.title}")
