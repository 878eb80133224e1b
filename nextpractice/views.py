"""Views that belong to the project as a whole rather than to one app."""

from django.contrib.auth import get_user_model
from django.http import HttpResponse
from django.template.loader import render_to_string

from accounts.access import requires


@requires(None)
def bench_floor(request):
    """The benchmarks' floor: one indexed single-row query and a small template.

    `make bench` and the toolkit's autosave benchmark compare every page with this view,
    measured in the same run, so their verdicts hold on any machine."""
    person = get_user_model().objects.only("full_name").get(pk=request.user.pk)
    # No request context: the menu's query is a page's cost, not the floor's.
    return HttpResponse(render_to_string("bench_floor.html", {"person": person}))
