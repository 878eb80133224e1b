"""Programme and project pages."""

from django.shortcuts import render

from accounts.access import requires
from fieldtrials.rules import visible_fieldtrials

from ..rules import get_programme_for, get_project_for, visible_projects


@requires("programmes.view_programme")
def programme_detail(request, pk):
    programme = get_programme_for(request.user, pk)
    projects = (
        visible_projects(request.user)
        .filter(programme=programme)
        .select_related("partner_agency", "lead_officer")
        .order_by("start_date")
    )
    return render(
        request,
        "programmes/programme_detail.html",
        {"programme": programme, "projects": projects},
    )


@requires("programmes.view_project")
def project_detail(request, pk):
    project = get_project_for(request.user, pk)
    trials = (
        visible_fieldtrials(request.user)
        .filter(project=project)
        .select_related("lead_organisation", "local_authority")
        .order_by("title")
    )
    return render(
        request,
        "programmes/project_detail.html",
        {
            "project": project,
            "trials": trials,
            "can_change": request.user.has_perm("programmes.change_project", project),
        },
    )
