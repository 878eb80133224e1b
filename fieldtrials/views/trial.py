"""Field trial pages."""

from django.shortcuts import render

from accounts.access import requires

from ..rules import get_fieldtrial_for


@requires("fieldtrials.view_fieldtrial")
def fieldtrial_detail(request, pk):
    trial = get_fieldtrial_for(request.user, pk)
    members = trial.memberships.select_related("user__organisation").order_by(
        "role", "user__full_name"
    )
    organisations = trial.participating_organisations.order_by("name")
    return render(
        request,
        "fieldtrials/fieldtrial_detail.html",
        {
            "trial": trial,
            "members": members,
            "organisations": organisations,
            "can_change": request.user.has_perm("fieldtrials.change_fieldtrial", trial),
            "can_view_project": request.user.has_perm("programmes.view_project", trial.project),
        },
    )
