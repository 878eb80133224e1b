"""Monthly updates (highlight reports). Communities of practice: views/communities.py."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_POST

from accounts.access import requires
from accounts.activity import history_of_record
from discussions.selectors import threads_of
from nextpractice.paging import paged
from nextpractice.records.forms import apply_errors, posted
from nextpractice.records.merge import (
    STARTED,
    StartedFrom,
    last_saved,
    merge_clash,
    saved_by_you,
)

from ..forms.updates import (
    SUBMIT,
    MonthField,
    MonthlyUpdateForm,
    suggested_month,
)
from ..models import MonthlyUpdate
from ..readers import readers_in_words, reading_communities
from ..rules import (
    get_fieldtrial_for,
    get_update_for,
    may_change_trial,
)
from ..selectors_updates import (
    discuss_update_url,
    month_to_write,
    updates_for,
    written_again,
)
from ..services.updates import (
    DraftExists,
    UpdateAlreadyRead,
    UpdateEditConflict,
    UpdateLocked,
    first_of_month,
    mark_update_read,
    month_label,
    reportable_months,
    save_update_draft,
    submit_draft,
    submit_new_update,
    take_back_update,
    update_draft,
)
from .trial_pages import count_kept

PAGE_SIZE = 25
CHANGE = "fieldtrials.change_record"
DECIDE = "fieldtrials.decide_record"
TAKE_BACK = "fieldtrials.take_back_update"
MARK_READ = "fieldtrials.mark_update_read"


def _detail_url(update):
    return reverse("fieldtrials:update_detail", args=[update.pk])


def _edit_url(update):
    return reverse("fieldtrials:update_edit", args=[update.pk])


def _done(request, update):
    if update.status == MonthlyUpdate.Status.SUBMITTED:
        messages.success(request, f"The update for {month_label(update.month)} is submitted.")
        return redirect(_detail_url(update))
    messages.success(
        request,
        f"The draft for {month_label(update.month)} is saved. Only the trial's team and the "
        "project's officers can see it until it is submitted.",
    )
    return redirect(_edit_url(update))


# --- Monthly updates -------------------------------------------------------------------


@requires("fieldtrials.view_fieldtrial")
def update_list(request, pk):
    trial = get_fieldtrial_for(request.user, pk)
    can_change = may_change_trial(request.user, trial, CHANGE)
    updates = updates_for(trial, request.user)
    page = paged(request, updates, per_page=PAGE_SIZE)
    count_kept(page, updates)  # withdrawn ones listed, marked, and counted apart
    if may_change_trial(request.user, trial, DECIDE):
        # Its officers restore a withdrawn one from its row, unless its month was written
        # again since (its page says so).
        taken = written_again(trial, page.object_list)
        for update in page.object_list:
            update.restorable = update.is_withdrawn and update.month not in taken
    context = {
        "trial": trial,
        "page": page,
        "can_view_project": request.user.has_perm("programmes.view_project", trial.project),
        "can_change": can_change,
        # Those who mark updates read (the update page's "Mark as read") see which wait for
        # them: a tag from each row's own read_at, no query a row.
        "can_mark_read": may_change_trial(request.user, trial, MARK_READ),
        "not_started": not reportable_months(trial),
    }
    if can_change:  # "Write an update" only while a month it may report on has none
        context["month_to_write"] = month_to_write(trial)
    return render(request, "fieldtrials/updates/update_list.html", context)


@requires(CHANGE)
def update_create(request, pk):
    trial = get_fieldtrial_for(request.user, pk, CHANGE)
    if request.method == "POST" and request.POST.get("draft"):
        # The page's autosave has started the draft: save or submit that draft.
        return _save_posted_draft(request, _posted_draft(request, trial))
    # A withdrawn update leaves its month free to be written again.
    current = MonthlyUpdate.objects.current().filter(field_trial=trial)
    existing = dict(current.values_list("month", "status"))
    asked = MonthField.parse(request.GET.get("month"))
    if request.method != "POST" and existing.get(asked) == MonthlyUpdate.Status.DRAFT:
        # One draft a month: carry on with it rather than start a second.
        draft = current.get(month=asked)
        return redirect(_edit_url(draft))
    months = reportable_months(trial)
    if (
        request.method != "POST"
        and asked is None
        and months
        and suggested_month(months, existing) is None
        and existing.get(months[0]) == MonthlyUpdate.Status.DRAFT
    ):
        # "Write an update" when last month has its update and this month's is a draft:
        # the update to write is that draft, so carry on with it.
        return redirect(_edit_url(current.get(month=months[0])))
    if not months:
        # Not started yet: no month to report on, so no form whose month list is empty.
        return render(request, "fieldtrials/updates/not_started.html", {"trial": trial})
    if request.method != "POST" and months and not set(months) - existing.keys():
        # Every month has its update (a link kept from before): nothing to write.
        return _render_all_written(request, trial, months)
    form = MonthlyUpdateForm(
        posted(request),
        trial=trial,
        taken={m: MonthlyUpdate.Status(s).label.lower() for m, s in existing.items()},
        submitting=SUBMIT in request.POST,
        # A month asked for (a reminder's link) that is submitted since is not preselected.
        initial={"month": f"{asked:%Y-%m}" if asked and asked not in existing else None},
    )
    if request.method != "POST":
        return _render_form(request, form, trial)
    if form.is_valid():
        service = submit_new_update if form.submitting else save_update_draft
        try:
            update = service(
                trial=trial,
                month=form.cleaned_data["month"],
                actor=request.user,
                **form.update_fields(),
            )
        except DraftExists as exists:
            return _render_conflict(request, exists.draft, already_drafted=True)
        except ValidationError as error:
            apply_errors(form, error)
        else:
            return _done(request, update)
    return _render_form(request, form, trial, status=400)


@requires(CHANGE)
def update_edit(request, pk):
    update = get_update_for(request.user, pk, CHANGE)
    if request.method != "POST":
        if update.status != MonthlyUpdate.Status.DRAFT or update.is_withdrawn:
            return _render_locked(request, UpdateLocked(update))
        form = MonthlyUpdateForm(
            initial={"version": update.version, **_fields_of(update)},
        )
        return _render_form(request, form, update.field_trial, update=update)
    return _save_posted_draft(request, update)


def _save_posted_draft(request, update):
    """Save (or submit) a draft as posted from its page, or from the new update's page once
    its autosave has started the draft."""
    if update.status != MonthlyUpdate.Status.DRAFT or update.is_withdrawn:
        return _render_locked(request, UpdateLocked(update))
    form = MonthlyUpdateForm(request.POST, update=update, submitting=SUBMIT in request.POST)
    if form.is_valid():
        service = submit_draft if form.submitting else update_draft
        try:
            saved = service(
                update=update,
                based_on_version=form.cleaned_data["version"],
                actor=request.user,
                **form.update_fields(),
            )
        except UpdateLocked as locked:
            return _render_locked(request, locked)
        except UpdateEditConflict as conflict:
            return _render_conflict(request, conflict.current)
        except ValidationError as error:
            apply_errors(form, error)
        else:
            return _done(request, saved)
    return _render_form(request, form, update.field_trial, update=update, status=400)


def _posted_draft(request, trial):
    """The draft the new update's page started (its `draft`, set by its first autosave): one
    of `trial`'s, which the user may change; else 404."""
    update = get_update_for(request.user, request.POST.get("draft"), CHANGE)
    if update.field_trial_id != trial.pk:
        raise Http404("No such page, or you do not have access to it.")
    return update


@require_POST
@requires(CHANGE)
def update_autosave(request, pk):
    """Autosave of a draft (htmx, from its edit page): the status line, and the draft's new
    version. Refused with 409 and the reason once it is submitted, or when someone else
    saved it since: nothing is overwritten."""
    return _autosave(request, get_update_for(request.user, pk, CHANGE))


@require_POST
@requires(CHANGE)
def update_autosave_new(request, pk):
    """Autosave of a new update (htmx, from the page that starts one). Its first save with
    something written starts the draft for the month chosen, and answers with the draft (its
    pk, version and month, swapped into the page), so that the page's later saves carry on
    into that draft. One draft a month: two first saves at once (two tabs) start one, the
    unique (trial, month) deciding; the other is refused with 409, nothing overwritten."""
    trial = get_fieldtrial_for(request.user, pk, CHANGE)
    if request.POST.get("draft"):
        return _autosave(request, _posted_draft(request, trial))
    form = MonthlyUpdateForm(request.POST, trial=trial)
    context, status = {}, 200
    if not form.is_valid():
        context, status = {"problem": "Not saved: " + _first_error(form)}, 400
    elif not any(form.update_fields().values()):
        return HttpResponse("")  # only a month chosen: no draft yet
    else:
        month = form.cleaned_data["month"]
        try:
            update = save_update_draft(
                trial=trial, month=month, actor=request.user, **form.update_fields()
            )
        except DraftExists as exists:
            # Its button sends the page, to carry on in that draft with what they wrote
            # (update_create shows it merged into the draft): a link would leave it behind.
            status = 409
            context = {
                "problem": _drafted_already(exists.draft, request.user),
                "carry_on": "Carry on in that draft with what you wrote",
            }
        except ValidationError as error:
            context, status = {"problem": "Not saved: " + error.messages[0]}, 400
        else:
            context = {
                "saved_at": timezone.localtime(update.updated_at),
                "version": update.version,
                "started": update,
                "started_from": _started_from(update),
            }
    return render(
        request, "fieldtrials/updates/partials/autosave_status.html", context, status=status
    )


def _started_from(update):
    """The values the page started from, moved on to the draft as just saved (swapped into
    the page): a clash later keeps only what was changed since this save."""
    form = MonthlyUpdateForm(initial={"version": update.version, **_fields_of(update)})
    return StartedFrom(swap_oob=True).render(form, {})


def _saver(update, user):
    """Who saved `update` last (its newest history row, one query), as a name, and whether
    it was `user`, in another tab or window (saved_by_you: None when not known)."""
    saved = last_saved(update)
    saver = saved and saved.history_user
    return (str(saver) if saver else "someone else"), saved_by_you(
        saved and saved.history_user_id, user
    )


def _drafted_already(draft, user):
    """An autosave's words when a new update's month has a draft already: theirs (in another
    tab or window, or before), or someone else's, named."""
    month = month_label(draft.month)
    who, by_you = _saver(draft, user)
    if by_you:
        return f"Not saved: you have already saved a draft update for {month}."
    if by_you is False:
        return f"Not saved: there is already a draft update for {month}, saved last by {who}."
    return (
        f"Not saved: there is already a draft update for {month}, started by someone else or "
        "by you in another tab or window."
    )


def _changed_while_writing(current, user):
    """An autosave's first words when the draft was saved since its page was: by this person
    in another tab or window, said as theirs, or by someone else, named."""
    who, by_you = _saver(current, user)
    if by_you:
        return "Not saved: you changed this draft in another tab or window since you opened it."
    if by_you is False:
        return f"Not saved: {who} changed this draft while you were writing."
    return (
        "Not saved: this draft was changed while you were writing, by someone else or by you "
        "in another tab or window."
    )


def _first_error(form):
    return next(iter(form.errors.values()))[0]


def _autosave(request, update):
    form = MonthlyUpdateForm(request.POST, update=update)
    problem = carry_on = ""
    if not form.is_valid():
        problem = "Not saved: " + _first_error(form)
    else:
        try:
            saved = update_draft(
                update=update,
                based_on_version=form.cleaned_data["version"],
                actor=request.user,
                **form.update_fields(),
            )
        except UpdateLocked as locked:
            problem = f"Not saved: {locked}. Reload the page to see it."
        except UpdateEditConflict as conflict:
            # Its button sends the page, what they wrote with it, as a full save: answered
            # with the draft as saved before it, merged (a reload would lose their words).
            problem = _changed_while_writing(conflict.current, request.user) + (
                " Nothing you wrote is lost: compare it with the draft as saved, then save again."
            )
            carry_on = "Compare what you wrote with the draft as saved"
    if problem:
        status = 400 if form.errors else 409
        context = {"problem": problem, "carry_on": carry_on}
    else:
        status = 200
        context = {
            "saved_at": timezone.localtime(saved.updated_at),
            "version": saved.version,
            "started_from": _started_from(saved),
        }
    return render(
        request, "fieldtrials/updates/partials/autosave_status.html", context, status=status
    )


@requires("fieldtrials.view_update")
def update_detail(request, pk):
    update = get_update_for(request.user, pk)
    return _render_detail(request, update)


def _render_detail(request, update, *, problem="", status=200):
    user = request.user
    # Nothing changes in an update of a withdrawn or closed project (rules.open_trial).
    current = not update.is_withdrawn and update.field_trial.project.takes_changes
    unread = current and update.status == MonthlyUpdate.Status.SUBMITTED and not update.read_at
    # A withdrawn one's month written again since: it is not restored until that one is
    # withdrawn (linked for those who may read it: a draft is its team's and officers').
    again = written_again(update.field_trial, [update]).get(update.month)
    context = {
        "update": update,
        "trial": update.field_trial,
        "can_change": current and user.has_perm(CHANGE, update),
        "can_take_back": unread and user.has_perm(TAKE_BACK, update),
        "can_mark_read": unread and user.has_perm(MARK_READ, update),
        # The project's officers withdraw an update (the record kit's page, with a reason).
        "can_withdraw": current and user.has_perm(DECIDE, update),
        # And restore one withdrawn by mistake (the record kit's page, with a reason).
        "written_again": again,
        "may_read_again": again is not None and user.has_perm("fieldtrials.view_update", again),
        "can_restore": update.is_withdrawn
        and again is None
        and update.field_trial.project.takes_changes
        and user.has_perm(DECIDE, update),
        "history": history_of_record(update, user),
        "problem": problem,
        "discuss_url": discuss_update_url(update, user),
        **_threads_about(update, user),
    }
    return render(request, "fieldtrials/updates/update_detail.html", context, status=status)


UPDATE_THREADS = 10  # the update's page lists this many of its discussions, liveliest first


def _threads_about(update, user):
    """The discussions started from this update that `user` may read (one query), for its
    page, with the link to all of them."""
    trial = update.field_trial
    threads = list(threads_of(trial, user).filter(monthly_update=update)[: UPDATE_THREADS + 1])
    return {
        "threads": threads[:UPDATE_THREADS],
        "more_threads": len(threads) > UPDATE_THREADS,
        # All of this update's, not all of the trial's (the list takes ?update=N).
        "threads_url": f"{reverse('discussions:thread_list', args=[trial.pk])}?update={update.pk}",
    }


@require_POST
@requires(TAKE_BACK)
def update_take_back(request, pk):
    """Its author takes a submitted update back to edit, until an officer has read it."""
    update = get_update_for(request.user, pk, TAKE_BACK)
    if update.is_withdrawn:
        return _render_detail(request, update, problem=str(UpdateLocked(update)), status=409)
    try:
        update = take_back_update(update=update, actor=request.user)
    except (UpdateAlreadyRead, UpdateLocked) as refused:  # read or withdrawn meanwhile
        return _render_detail(request, refused.update, problem=str(refused), status=409)
    messages.success(
        request,
        f"The update for {month_label(update.month)} is a draft again: change it, then "
        "submit it again.",
    )
    return redirect(_edit_url(update))


@require_POST
@requires(MARK_READ)
def update_mark_read(request, pk):
    update = get_update_for(request.user, pk, MARK_READ)
    try:
        update = mark_update_read(update=update, actor=request.user)
    except ValidationError as error:
        return _render_detail(request, update, problem=error.messages[0], status=409)
    messages.success(request, f"The update for {month_label(update.month)} is marked as read.")
    return redirect(_detail_url(update))


def _fields_of(update):
    return {name: getattr(update, name) for name in MonthlyUpdateForm.FIELD_NAMES}


def _render_form(request, form, trial, update=None, status=200, theirs=None, **clash):
    """The update's page; on a clash, `theirs` is the draft as saved, before their version,
    and `clash` says who saved it last (`saved`, its latest history row; `by_you`, this
    person in another tab or window), the fields changed in both (`both`, their names) and
    whether the draft may have been started before the page was opened (`before_opened`)."""
    context = {"form": form, "trial": trial, "update": update, "theirs": theirs, **clash}
    if theirs is None:  # the page says who will read the update once it is submitted
        context["readers"] = readers_in_words(reading_communities(trial))
        context["sees_people"] = request.user.has_perm("fieldtrials.view_people", trial)
    return render(request, "fieldtrials/updates/update_form.html", context, status=status)


def _render_all_written(request, trial, months):
    """Every month `trial` may report on has its update: say so, and whether more will come."""
    ends = trial.end_date and first_of_month(trial.end_date)
    context = {
        "trial": trial,
        "months": months,
        "more_to_come": not trial.has_ended and (not ends or ends > months[0]),
    }
    return render(request, "fieldtrials/updates/all_written.html", context)


def _render_conflict(request, current, already_drafted=False):
    """Show the saved draft before theirs, save nothing, and let them save again: 409. Theirs
    keeps the fields they changed and takes the others as saved now (merge_clash), so saving
    it again undoes nobody's other changes; a field both changed is marked. A new update for
    a month that has a draft meanwhile is merged so too, from empty boxes: what they wrote is
    kept, the boxes they left empty take the draft's words, and a box both wrote in is
    marked; saving it again saves into that draft."""
    submitting = SUBMIT in request.POST

    def make_form(data, record):
        if data is None:
            return MonthlyUpdateForm(initial={"version": record.version, **_fields_of(record)})
        return MonthlyUpdateForm(data, update=record, submitting=submitting)

    posted, said = request.POST, None
    saved = last_saved(current)  # who saved it last: their own save is said as theirs
    saver = saved and saved.history_user
    by_you = saved_by_you(saved and saved.history_user_id, request.user)
    if already_drafted:
        posted = posted.copy()
        posted[STARTED] = "1"  # a new update starts with every box empty
        for name in MonthlyUpdateForm.FIELD_NAMES:
            posted.setlist(f"initial-{name}", [""])
        month = month_label(current.month)
        if by_you:
            said = f"You have already saved a draft update for {month}"
        elif by_you is False:
            said = f"There is already a draft update for {month}, saved last by {saver}"
        else:
            said = (
                f"There is already a draft update for {month}, started by someone else or by "
                "you in another tab or window"
            )
        said += (
            ", shown on this page under ‘The draft as saved’, before your version. Nothing "
            "has been saved yet. "
        )
    clash = merge_clash(make_form, current, posted, by_you=by_you, saver=saver)
    clash.data["version"] = current.version
    form = make_form(clash.data, current)
    form.is_valid()
    clash.show_on(form, said)
    return _render_form(
        request,
        form,
        current.field_trial,
        update=current,
        status=409,
        theirs=current,
        both=clash.both,
        saved=saved,
        by_you=by_you,
        before_opened=already_drafted,
    )


def _render_locked(request, locked):
    """The edit page of an update that is no longer a draft (submitted, or withdrawn): why,
    and the way to take it back while it is unread. 409, opened or sent, as the record kit
    answers a withdrawn record's edit page: the update's state, not the request, is at odds
    (a 400 counted an ordinary visit from its own link as a bad request)."""
    update = locked.update
    unread = update.status == MonthlyUpdate.Status.SUBMITTED and update.read_at is None
    context = {
        "update": update,
        "trial": update.field_trial,
        "can_take_back": unread and request.user.has_perm(TAKE_BACK, update),
        "reason": str(locked),
        "typed": MonthlyUpdateForm(request.POST) if request.method == "POST" else None,
    }
    return render(request, "fieldtrials/updates/update_locked.html", context, status=409)
