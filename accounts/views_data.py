"""'Your data': a person downloads everything Next Practice holds about them, and an
administrator downloads it for anyone (a subject access request under UK GDPR)."""

from django.http import HttpResponse
from django.shortcuts import render
from django.utils import timezone
from django.utils.text import slugify
from django.views.decorators.http import require_http_methods

from . import services
from .access import requires
from .models import Event
from .personal_data import data_files
from .rules import get_person_data_for


def _download(request, person):
    body = services.gather_personal_data(person=person, actor=request.user)
    name = slugify(person.full_name)[:60] or f"person-{person.pk}"
    response = HttpResponse(body, content_type="application/zip")
    filename = f"next-practice-data-{name}-{timezone.localdate():%Y-%m-%d}.zip"
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


def _page(request, person, *, own):
    # Earlier downloads of this person's data: who gathered it and when.
    gathered = (
        Event.objects.filter(
            verb="accounts.personal_data_gathered",
            target_type__app_label="accounts",
            target_type__model="user",
            target_id=person.pk,
        )
        .select_related("actor")
        .order_by("-created_at", "-pk")[:20]
    )
    context = {"person": person, "own": own, "files": data_files(), "gathered": gathered}
    return render(request, "accounts/personal_data.html", context)


@requires(None)
@require_http_methods(["GET", "POST"])
def your_data(request):
    """A person's own data: what the download holds (GET), and the download (POST)."""
    if request.method == "POST":
        return _download(request, request.user)
    return _page(request, request.user, own=True)


@requires("accounts.gather_personal_data")
@require_http_methods(["GET", "POST"])
def person_data(request, pk):
    """An administrator gathers someone's data for them, recorded in the event log."""
    person = get_person_data_for(request.user, pk)
    if request.method == "POST":
        return _download(request, person)
    return _page(request, person, own=person.pk == request.user.pk)
