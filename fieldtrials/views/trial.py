"""The field trial page, its details and its status."""

from django.contrib import messages
from django.shortcuts import redirect, render

from accounts.access import requires
from accounts.activity import history_of
from toolkit.selectors_lists import trial_exercises

from ..forms.trial import StatusForm, TrialDetailsForm
from ..rules import get_fieldtrial_for
from ..selectors import trial_team
from ..services.trial import (
    StatusMoveRefused,
    TrialEditConflict,
    move_trial_status,
    update_trial_details,
)
from ..workflow import MOVES, can_move


def _area(module, function, *args):
    """Another area's part of the trial page, when that area is installed."""
    import importlib

    try:
        selectors = importlib.import_module(f"fieldtrials.{module}")
    except ModuleNotFoundError:
        return None
    return getattr(selectors, function)(*args)


@requires("fieldtrials.view_fieldtrial")
def fieldtrial_detail(request, pk):
    trial = get_fieldtrial_for(request.user, pk)
    user = request.user
    can_change = user.has_perm("fieldtrials.change_fieldtrial", trial)
    context = {
        "trial": trial,
        "members": trial_team(trial),
        "organisations": list(trial.participating_organisations.order_by("name")),
        "domains": list(trial.resource_domains.all()),
        # The trial's history and activity, from the event log in one query.
        "history": history_of(trial, user),
        "can_change": can_change,
        "can_move": user.has_perm("fieldtrials.move_status", trial),
        "can_log_support": user.has_perm("fieldtrials.log_support", trial),
        "can_decide": user.has_perm("fieldtrials.decide_record", trial),
        "can_view_project": user.has_perm("programmes.view_project", trial.project),
        "records": _area("selectors_records", "trial_records", trial),
        "updates": _area("selectors_updates", "trial_updates", trial, user),
        "communities": _area("selectors_updates", "trial_communities", trial, user),
        "exercises": trial_exercises(trial, user),
        "can_start_exercise": user.has_perm("toolkit.start_exercise_for_trial", trial),
    }
    return render(request, "fieldtrials/fieldtrial_detail.html", context)


@requires("fieldtrials.change_fieldtrial")
def fieldtrial_edit(request, pk):
    """The trial's own details and plan, kept by its team; concurrent saves are refused."""
    trial = get_fieldtrial_for(request.user, pk, "fieldtrials.change_fieldtrial")
    form = TrialDetailsForm(request.POST or None, instance=trial)
    if request.method != "POST":
        return render(
            request, "fieldtrials/trial/details_form.html", {"trial": trial, "form": form}
        )
    if not form.is_valid():
        trial.refresh_from_db()
        context = {"trial": trial, "form": form}
        return render(request, "fieldtrials/trial/details_form.html", context, status=400)
    data = dict(form.cleaned_data)
    try:
        update_trial_details(
            trial=trial,
            actor=request.user,
            based_on_version=data.pop("version"),
            participating=data.pop("participating"),
            domains=data.pop("domains"),
            **data,
        )
    except TrialEditConflict as conflict:
        form.add_error(
            None,
            "Someone else saved this trial while you were editing. Their version is shown "
            "below; your changes are kept in the form. Check them and save again.",
        )
        form.data = form.data.copy()
        form.data["version"] = conflict.current.version
        context = {"trial": trial, "form": form, "conflict": conflict.current}
        return render(request, "fieldtrials/trial/details_form.html", context, status=409)
    messages.success(request, "The trial's details have been saved.")
    return redirect(trial)


@requires("fieldtrials.move_status")
def fieldtrial_status(request, pk):
    trial = get_fieldtrial_for(request.user, pk, "fieldtrials.move_status")
    form = StatusForm(request.POST or None, trial=trial)
    status = 200
    if request.method == "POST":
        if form.is_valid():
            try:
                move_trial_status(
                    trial=trial,
                    to_status=form.cleaned_data["to_status"],
                    actor=request.user,
                    reason=form.cleaned_data["reason"],
                )
            except StatusMoveRefused as refused:
                field = "reason" if refused.reason.startswith("Give a reason") else "to_status"
                form.add_error(field, refused.reason)
            else:
                trial.refresh_from_db()
                messages.success(
                    request, f"{trial.title} is now {trial.get_status_display().lower()}."
                )
                return redirect(trial)
        status = 400
    checks = [(s, *can_move(trial, s)) for s in MOVES[trial.Status(trial.status)]]
    context = {"trial": trial, "form": form, "checks": checks}
    return render(request, "fieldtrials/trial/status_form.html", context, status=status)
