"""Suggestions for the people pickers of a programme's forms."""

from django.http import JsonResponse

from accounts.access import requires
from accounts.models import Role
from accounts.search import page_number, people_suggestions

from ..rules import get_programme_for, programme_people


@requires("programmes.view_programme")
def programme_people_search(request, pk):
    """A page of the programme's members whose name holds `q` (JSON); `role` narrows them.
    404 for a programme the person may not see, as its pages."""
    programme = get_programme_for(request.user, pk)
    roles = [r for r in request.GET.getlist("role") if r in Role.values]
    results, more = people_suggestions(
        programme_people(programme.pk, roles),
        text=request.GET.get("q", ""),
        page=(page := page_number(request.GET.get("page"))),
    )
    return JsonResponse({"results": results, "page": page, "has_next": more})
