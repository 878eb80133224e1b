"""The field trials list across every project the user sees, and its CSV export."""

from django.core.exceptions import PermissionDenied
from django.db.models import Prefetch
from django.shortcuts import render
from django.utils import timezone

from accounts.access import requires
from accounts.models import Organisation
from nextpractice.paging import paged
from nextpractice.records.export import export_response, requested_format

from ..filters import FieldTrialFilter
from ..rules import visible_fieldtrials
from ..selectors_list import trials_for_listing, trials_needing_attention

PAGE_SIZE = 25


def _filtered(request):
    """The filterset over the trials the user sees; 403 for someone who sees none."""
    if not request.user.has_perm("fieldtrials.list_fieldtrials"):
        raise PermissionDenied("You do not work on any field trials yet.")
    today = timezone.localdate()
    visible = visible_fieldtrials(request.user)
    return FieldTrialFilter(
        request.GET,
        queryset=trials_for_listing(visible, request.user, today),
        user=request.user,
        visible=visible,
        today=today,
    )


def _list_page(request, filterset):
    context = {
        "filterset": filterset,
        "form": filterset.form,
        "page": paged(request, filterset.qs, per_page=PAGE_SIZE),
        "attention": trials_needing_attention(request.user, filterset.today),
    }
    return render(request, "fieldtrials/list/fieldtrial_list.html", context)


@requires("fieldtrials.list_fieldtrials")
def fieldtrial_list(request):
    return _list_page(request, _filtered(request))


EXPORT_COLUMNS = [
    "Title",
    "Project",
    "Programme",
    "Status",
    "Lead organisation",
    "Participating organisations",
    "Local authority",
    "Consultant",
    "Resource domains",
    "Latest rating",
    "Latest update month",
    "Overdue milestones",
    "Next milestone due",
    "Open Power to Innovate request",
    "Start",
    "End",
]


def _export_row(t):
    return [
        t.title,
        t.project.title,
        t.project.programme.name if t.programme_named else "",
        t.get_status_display(),
        t.lead_organisation.name if t.lead_organisation else "",
        "; ".join(o.name for o in t.participating_organisations.all()),
        t.local_authority.name if t.local_authority else "",
        t.consultant.full_name if t.consultant else "",
        "; ".join(d.name for d in t.resource_domains.all()),
        t.latest_rag.capitalize() if t.latest_rag else "No update yet",
        f"{t.latest_update_month:%Y-%m}" if t.latest_update_month else "",
        t.overdue_count,
        t.next_due.isoformat() if t.next_due else "",
        "Yes" if t.open_pti else "No",
        t.start_date.isoformat() if t.start_date else "",
        t.end_date.isoformat() if t.end_date else "",
    ]


@requires("fieldtrials.list_fieldtrials")
def fieldtrial_export(request):
    filterset = _filtered(request)
    return export_response(
        headings=EXPORT_COLUMNS,
        rows=(
            _export_row(t)
            for t in filterset.qs.prefetch_related(
                "resource_domains",
                Prefetch(
                    "participating_organisations",
                    queryset=Organisation.objects.only("name").order_by("name"),
                ),
            )
        ),
        filename="field-trials",
        fmt=requested_format(request),
        title="Field trials",
    )
