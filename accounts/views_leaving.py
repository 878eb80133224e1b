"""An administrator switches off the account of someone who has left, and back on, each
after a page saying what happens (accounts/leaving.py)."""

from django.contrib import messages
from django.shortcuts import redirect, render
from django.views.decorators.http import require_http_methods

from .access import requires
from .leaving import last_switched, switch_off_account, switch_on_account, what_they_lead
from .models import Invitation
from .rules import check_switch_on, get_person_to_switch_for


def _page(request, template, person, **more):
    context = {
        "person": person,
        "led": what_they_lead(person),
        "last_switched": last_switched(person),
        **more,
    }
    return render(request, template, context)


@requires("accounts.switch_account")
@require_http_methods(["GET", "POST"])
def person_switch_off(request, pk):
    """Confirm, then switch off; an account already off is shown on its switch-on page."""
    person = get_person_to_switch_for(request.user, pk)
    if request.method == "POST":
        done = switch_off_account(person=person, actor=request.user)
        if done is None:
            messages.info(request, f"{person}’s account was already switched off: nothing changed.")
        else:
            messages.success(request, _switched_off_message(person, done))
        return redirect("accounts:person_switch_on", pk=person.pk)
    if not person.is_active:
        return redirect("accounts:person_switch_on", pk=person.pk)
    waiting = Invitation.objects.filter(invited_by=person, state=Invitation.State.PENDING)
    return _page(request, "accounts/person_switch_off.html", person, waiting=waiting.count())


@requires("accounts.switch_account")
@require_http_methods(["GET", "POST"])
def person_switch_on(request, pk):
    """What a switched-off account is, and to switch it back on; an account that is on is
    shown on its switch-off page."""
    person = get_person_to_switch_for(request.user, pk)
    if request.method == "POST":
        if switch_on_account(person=person, actor=request.user) is None:
            messages.info(request, f"{person}’s account was already switched on: nothing changed.")
        else:
            messages.success(request, f"{person}’s account is switched on again: they can sign in.")
        return redirect("accounts:person_switch_off", pk=person.pk)
    if person.is_active:
        return redirect("accounts:person_switch_off", pk=person.pk)
    refused = check_switch_on(request.user, person)[1]
    return _page(request, "accounts/person_switch_on.html", person, refused=refused)


def _switched_off_message(person, done):
    said = f"{person}’s account is switched off: they can no longer sign in"
    if done.sessions_ended:
        said += ", and they are signed out"
    count = done.invitations_withdrawn
    if count == 1:
        said += ". The invitation they sent that nobody had answered is withdrawn"
    elif count:
        said += f". The {count} invitations they sent that nobody had answered are withdrawn"
    return said + "."
