"""Adding evaluation records: one view for every kind in kinds.py. Changing, withdrawing and
deleting them are the record kit's pages (nextpractice/records)."""

from django.contrib import messages
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import reverse

from accounts.access import requires
from accounts.models import Event
from nextpractice.records.forms import apply_errors, posted
from nextpractice.records.views import refused
from programmes.models import shut_project_of, withdrawn_project_of
from programmes.services.lifecycle import ProjectWithdrawn
from programmes.views.project_pages import project_withdrawn

from ..kinds import KINDS, SUBJECTS
from ..rules import get_record_for, get_subject_for, is_learning
from ..services import save_record
from .pages import subject_url

TEMPLATE = "evaluation/record_form.html"


def _kind(slug):
    try:
        return KINDS[slug]
    except KeyError:
        raise Http404("No such page.") from None


def _parent_for(user, slug, pk, perm):
    """What a record is added to: a subject, or another record; 404 or 403 as the rules say.
    A withdrawn project's, or one of its trials' or records', is found for who may open the
    project (its officers), to be told it is withdrawn."""
    if slug in SUBJECTS:
        return get_subject_for(user, slug, pk, perm, openable=True)
    return get_record_for(user, _kind(slug).model, pk, perm, openable=True)


def _save(request, kind, form, parent=None):
    """Save through the service; on refusal put its reasons on the form. The record, or None."""
    try:
        if kind.create and parent is not None:
            return kind.create(parent, form, request.user)
        return save_record(record=form.instance, actor=request.user, themes=form.themes())
    except ValidationError as error:
        apply_errors(form, error)
    except PermissionDenied:
        form.add_error(None, "You may not record this.")
    return None


def _page(request, kind, form, record, status=200, existing=None):
    subject = record.subject
    context = {
        "existing": existing,  # (noun, edit URL) of the one already added, if it was
        "form": form,
        "kind": kind,
        "title": kind.add_title,
        "subject": subject,
        "subject_url": subject_url(subject),
        "cancel_url": f"{subject_url(subject)}#{kind.anchor}",
    }
    return render(request, TEMPLATE, context, status=status)


def _already_added(request, kind, form, record, owner, found):
    """The one record `owner` may have (its evaluation plan, its board) was added while this
    page was open: save nothing, say so, keep what was typed to copy into it (409)."""
    added = (
        Event.objects.filter(
            verb=f"evaluation.{found._meta.model_name}_added",
            target_type=ContentType.objects.get_for_model(found),
            target_id=found.pk,
        )
        .select_related("actor")
        .order_by("created_at", "id")
        .first()
    )
    by = f", added by {added.actor.full_name}" if added and added.actor else ""
    noun = kind.bare_noun
    article = "an" if noun[:1] in "aeiou" else "a"
    owner_noun = "trial" if kind.parents == ("field-trial",) else owner._meta.verbose_name
    form.add_error(
        None,
        f"This {owner_noun} already has {article} {noun}{by}: what you typed is kept below; "
        f"copy what you need into the {noun}.",
    )
    edit_url = reverse("records:edit", args=["evaluation", kind.slug, found.pk])
    return _page(request, kind, form, record, status=409, existing=(noun, edit_url))


@requires("evaluation.change_record")
def record_create(request, parent, pk, kind):
    """Add a record of `kind` to `parent` (a subject level or a record kind) `pk`."""
    kind = _kind(kind)
    if parent not in kind.parents:
        raise Http404("No such page.")
    owner = _parent_for(request.user, parent, pk, kind.add_perm)
    subject = owner if parent in SUBJECTS else owner.subject
    # Nothing is added to a withdrawn project (409, as to its Phase 1), nor to a closed one
    # but its learning (rules.LEARNING: lessons, case studies, their take-ups).
    shut = (withdrawn_project_of if is_learning(kind.model) else shut_project_of)(subject)
    if shut is not None:
        return project_withdrawn(request, shut)
    if getattr(owner, "is_withdrawn", False):  # nothing is added to a withdrawn record
        return refused(request, "evaluation", parent, owner)
    found = kind.existing(owner) if kind.existing else None
    if found is not None and request.method != "POST":
        return redirect("records:edit", app="evaluation", kind=kind.slug, pk=found.pk)
    record = kind.build(owner, request.user)
    # A link may fill in the new record's fields (a discussion post's "Record as a lesson").
    initial = {k: v for k, v in request.GET.items() if k in kind.form.base_fields}
    form = kind.form(
        posted(request), instance=record, parent=owner, user=request.user, initial=initial
    )
    if found is not None:  # added meanwhile, in another tab or by someone else
        return _already_added(request, kind, form, record, owner, found)
    if request.method == "POST":
        try:
            saved = form.is_valid() and _save(request, kind, form, owner)
        except ProjectWithdrawn as refused_now:  # withdrawn or closed since the page was shown
            return project_withdrawn(request, refused_now.project)
        if saved:
            messages.success(request, f"{kind.noun[0].upper()}{kind.noun[1:]} was added.")
            # The banner saying so focused at the top, not at #anchor (nextpractice.told).
            return redirect(subject_url(saved.subject))
        return _page(request, kind, form, record, status=400)
    return _page(request, kind, form, record)


@requires("evaluation.change_record")
def record_edit(request, kind, pk):
    """The edit page's old address: the record kit's edit page now (nextpractice/records),
    which asks the record's `evaluation.change_record` (404 or 403 there)."""
    return redirect("records:edit", app="evaluation", kind=_kind(kind).slug, pk=pk)
