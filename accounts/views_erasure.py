"""An administrator erases a person's details, after a page saying what happens and what
stays (accounts/erasure.py)."""

from django.contrib import messages
from django.shortcuts import redirect, render
from django.template.defaultfilters import pluralize

from .access import requires
from .erasure import FORMER_MEMBER, erase_person
from .rules import get_person_to_erase_for


@requires("accounts.erase_person")
def person_erase(request, pk):
    """Confirm, then erase; once erased, the page says so and offers nothing more."""
    person = get_person_to_erase_for(request.user, pk)
    if request.method == "POST":
        done = erase_person(person=person, actor=request.user)
        if done is None:
            messages.info(request, "This person’s details were already erased: nothing changed.")
        else:
            said = (
                f"Their details are erased. What they wrote is now credited to ‘{FORMER_MEMBER}’."
            )
            remade = done["reports_remade"]
            if remade:
                said += (
                    f" {remade} progress report{pluralize(remade)} that may name them "
                    f"{pluralize(remade, 'is,are')} being made again without their name."
                )
            messages.success(request, said)
        return redirect("accounts:person_erase", pk=person.pk)
    if person.erased_at is not None:
        return render(request, "accounts/person_erased.html", {"person": person})
    return render(request, "accounts/person_erase.html", {"person": person})
