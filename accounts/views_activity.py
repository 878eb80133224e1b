"""Activity pages: what happened lately under a programme, project or field trial, or
anywhere the person may see, filterable by kind and paged newest first."""

from django.shortcuts import render

from fieldtrials.rules import get_fieldtrial_for
from programmes.rules import get_programme_for, get_project_for

from .access import requires
from .activity import activity


def _page(request, subject, title):
    page = activity(
        request.user,
        subject=subject,
        kind=request.GET.get("kind", ""),
        before=request.GET.get("before", ""),
    )
    context = {"subject": subject, "title": title, "page": page}
    return render(request, "accounts/activity.html", context)


@requires(None)
def my_activity(request):
    """Everything lately in the programmes, projects and trials the person may see."""
    return _page(request, None, "Activity")


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
