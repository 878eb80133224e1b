"""Telling whoever started an import what became of it, once it has finished or failed: the
person who uploaded its file and the one who confirmed it (one notification each, however
often a job runs: the notification's key names the import), with a link to its page.

Called in the transaction that ends the import, so a failure rolls the notification back
with it; only those who may still see the import's page are told."""

from django.db import transaction
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import ngettext

from accounts.models import NotificationKind
from accounts.services import notify
from nextpractice.words import fitted

from .models import ImportState, OrganisationImport, PeopleImport


class NoLongerImporting(Exception):
    """An import's job finds, at its end, that the import was failed meanwhile (by
    `fail_and_tell`): raised in its transaction, so that what it did is rolled back."""


def finished(model, pk):
    """Import `pk` of `model` as its starters are told of it."""
    related = ["requested_by", "confirmed_by"]
    if model is PeopleImport:
        related.append("programme")
    return model.objects.select_related(*related).get(pk=pk)


def fail_and_tell(model, pk, message, states, only_if=None):
    """Mark import `pk` of `model` (an OrganisationImport or a PeopleImport) failed with
    `message`, if it is still in one of `states` (and still matches `only_if`, a Q, when
    given), and tell whoever started it, once. Whether it was failed now."""
    with transaction.atomic():
        failed = (
            model.objects.filter(pk=pk, state__in=states)
            .filter(only_if or Q())
            .update(state=ImportState.FAILED, failure_message=message, finished_at=timezone.now())
        )
        if failed:
            tell_starters(finished(model, pk))
    return bool(failed)


def tell_starters(item):
    """Tell the people who started `item` (an OrganisationImport or a PeopleImport, in the
    state its job left it: done or failed) what became of it. Returns how many were told
    now (0 when they were told already)."""
    if item.state == ImportState.DONE:
        kind = NotificationKind.IMPORT_DONE
        message = f"Your import of “{item.original_name}” has finished: {what_it_did(item)}."
        subject = fitted("Import of ", item.original_name, f" finished: {in_short(item)}")
    elif item.state == ImportState.FAILED:
        kind = NotificationKind.IMPORT_FAILED
        message = f"Your import of “{item.original_name}” could not be finished. "
        message += item.failure_message
        subject = fitted("Import of ", item.original_name, " could not be finished")
    else:
        raise ValueError(f"{item} has not finished: it is {item.state}")
    told = 0
    for person in starters(item):
        told += bool(
            notify(
                recipient=person,
                kind=kind,
                key=import_key(item),
                message=message,
                subject=subject,
                url=import_url(item),
            )
        )
    return told


def import_key(item):
    """The notifications' key of an import: "organisationimport:7", "peopleimport:7"."""
    return f"{item._meta.model_name}:{item.pk}"


def import_url(item):
    if isinstance(item, PeopleImport):
        return reverse("directory:people_import_detail", args=[item.programme_id, item.pk])
    return reverse("directory:import_detail", args=[item.pk])


def starters(item):
    """Who uploaded and who confirmed `item`, once each, while active and able to see it."""
    people = {p.pk: p for p in (item.requested_by, item.confirmed_by) if p is not None}
    return [p for p in people.values() if p.is_active and _sees(p, item)]


def _sees(person, item):
    if isinstance(item, OrganisationImport):
        return person.has_perm("directory.view_import", item)
    return person.has_perm("directory.import_people", item.programme)


def _counted(n, singular, plural):
    return f"{n:,} {ngettext(singular, plural, n)}"


def what_it_did(item):
    """What a finished import did, in a few words: "312 organisations added, 4 changed,
    no problems"."""
    counts = item.counts
    if isinstance(item, PeopleImport):
        parts = [
            _counted(counts.get("invite", 0), "person invited", "people invited"),
            _counted(counts.get("add", 0), "person added", "people added"),
        ]
    else:
        parts = [
            _counted(counts.get("new", 0), "organisation added", "organisations added"),
            f"{counts.get('changed', 0):,} changed",
        ]
        if counts.get("new_local_authorities"):
            parts.append(
                _counted(
                    counts["new_local_authorities"],
                    "local authority added",
                    "local authorities added",
                )
            )
    problems = item.problem_count
    parts.append(_counted(problems, "problem", "problems") if problems else "no problems")
    return ", ".join(parts)


def in_short(item):
    """What a finished import did, as a subject says it: "4 invited, 1 added, 5 problems",
    "312 added, 4 changed, no problems"."""
    counts = item.counts
    if isinstance(item, PeopleImport):
        parts = [f"{counts.get('invite', 0):,} invited", f"{counts.get('add', 0):,} added"]
    else:
        parts = [f"{counts.get('new', 0):,} added", f"{counts.get('changed', 0):,} changed"]
    problems = item.problem_count
    parts.append(_counted(problems, "problem", "problems") if problems else "no problems")
    return ", ".join(parts)
