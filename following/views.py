"""Following pages: follow and stop following (buttons on the subjects' pages), what a
person follows with its activity, and their digest choice."""

from django.contrib import messages
from django.http import HttpResponseRedirect
from django.shortcuts import redirect, render
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.http import require_POST

from accounts.access import requires

from . import services
from .forms import DigestForm
from .models import DigestChoice
from .rules import get_subject_for, kind_of, subject_url
from .selectors import followed_activity, followed_subjects


def _back(request, subject):
    """Where the button was pressed (a path on this site), or the subject's page. Only a
    path: redirect() would read any other word as the name of a page to look up."""
    target = request.POST.get("next", "")
    if target.startswith("/") and url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return HttpResponseRedirect(target)
    return redirect(subject_url(subject))


@require_POST
@requires("following.follow")
def follow(request, kind, pk):
    subject = get_subject_for(request.user, kind, pk)
    services.follow(user=request.user, subject=subject)
    messages.success(
        request,
        f"You follow the {kind_of(subject).noun} {subject}: what happens there shows on "
        "your home page.",
    )
    return _back(request, subject)


@require_POST
@requires("following.follow")
def stop_following(request, kind, pk):
    subject = get_subject_for(request.user, kind, pk)
    services.stop_following(user=request.user, subject=subject)
    messages.success(request, f"You no longer follow the {kind_of(subject).noun} {subject}.")
    return _back(request, subject)


@requires(None)
def followed(request):
    """All activity of what the person follows, paged, with what they follow."""
    page = followed_activity(
        request.user, kind=request.GET.get("kind", ""), before=request.GET.get("before", "")
    )
    choice = DigestChoice.objects.filter(user=request.user).first()
    context = {
        "page": page,
        "follows": followed_subjects(request.user),
        # "Digest e-mail: off" (the choice's own words, "Off: no digest e-mails", read
        # "Digest e-mail: Off: no digest e-mails."), "daily" or "weekly".
        "frequency": (
            choice.get_frequency_display().lower()
            if choice and choice.frequency != DigestChoice.Frequency.OFF
            else "off"
        ),
    }
    return render(request, "following/followed.html", context)


@requires(None)
def digest(request):
    """A person chooses how often they are e-mailed what happened in what they follow."""
    choice = DigestChoice.objects.filter(user=request.user).first()
    initial = {"frequency": choice.frequency if choice else DigestChoice.Frequency.OFF}
    form = DigestForm(request.POST or None, initial=initial)
    if request.method == "POST":
        if not form.is_valid():
            return render(request, "following/digest.html", {"form": form}, status=400)
        services.choose_digest(user=request.user, frequency=form.cleaned_data["frequency"])
        messages.success(request, "Your digest choice has been saved.")
        return redirect("following:followed")
    return render(request, "following/digest.html", {"form": form})
