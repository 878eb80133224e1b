"""Views that belong to the project as a whole rather than to one app."""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.http import Http404, HttpResponse
from django.shortcuts import render
from django.template.loader import render_to_string

from accounts.access import public, requires

from . import demo_notes


@requires(None)
def bench_floor(request):
    """The benchmarks' floor: one indexed single-row query and a small template.

    `make bench` and the toolkit's autosave benchmark compare every page with this view,
    measured in the same run, so their verdicts hold on any machine. Only they reach it
    (settings.BENCHMARKING, which they set): it is no page for people."""
    if not settings.BENCHMARKING:
        raise Http404("No such page.")
    person = get_user_model().objects.only("full_name").get(pk=request.user.pk)
    # No request context: the menu's query is a page's cost, not the floor's.
    return HttpResponse(render_to_string("bench_floor.html", {"person": person}))


@public
def about_demo(request):
    """Where the demonstration's content comes from: the seeds, how far their dates moved,
    and what the demo invents. Open to anyone, as the banner linking here is."""
    return render(request, "about_demo.html", demo_notes.about())
