"""The field trial's overview page, its details and its status."""

from django.contrib import messages
from django.shortcuts import redirect, render
from django.template.defaultfilters import pluralize
from django.urls import reverse

from accounts.access import requires
from accounts.activity import history_of
from accounts.search import say_who_adds
from nextpractice.records.merge import last_saved, merge_clash, saved_by_you, saved_rows

from ..forms.trial import StatusForm, TrialDetailsForm
from ..models import FieldTrial
from ..rules import get_fieldtrial_for, may_change_trial
from ..selectors import has_school_team, trial_overview, trial_withdrawal
from ..selectors_list import DUE_SOON_DAYS
from ..services.trial import (
    StatusMoveRefused,
    TrialEditConflict,
    move_trial_status,
    update_trial_details,
)
from ..workflow import MOVES, STATUS_NEWS, before_the_gate_problem, move_problems

MILESTONES = "fieldtrials:fieldtrial_milestones"
OVERVIEW_HISTORY = 3  # the newest sentences of the trial's history on its overview


# The statuses in which a trial is still being set up: its team, plan and milestones are
# asked for until it has them (a trial reporting or ended is past setting up).
SETTING_UP = (FieldTrial.Status.SELECTED, FieldTrial.Status.INCUBATING)


def _setting_up(trial, overview, user, *, can_change):
    """What is left of setting the trial up, in the seeds' order: the school's people on its
    team, its plan, its milestones, then incubating (its project moved to Incubate first,
    while it is still in Phase 1). Each step to whoever may take it, and
    only until it is taken: [(what, where)]. The team is read (one query) only for someone
    who may invite people to it."""
    if trial.status not in SETTING_UP:
        return []
    steps = []
    if may_change_trial(user, trial, "fieldtrials.invite_people") and not has_school_team(trial):
        where = reverse("people:invite", args=["field-trial", trial.pk])
        steps.append(("Invite the school's people to its team", where))
    if can_change and not trial.plan.strip():
        where = reverse("fieldtrials:fieldtrial_edit", args=[trial.pk]) + "#id_plan"
        steps.append(("Write its plan: what it will do, when, and how it will know", where))
    if can_change and not overview["milestones_total"]:
        steps.append(
            ("Add its milestones", reverse("fieldtrials:milestone_create", args=[trial.pk]))
        )
    if trial.status == FieldTrial.Status.SELECTED and may_change_trial(
        user, trial, "fieldtrials.move_status"
    ):
        # Its project's officers move both: the project past its Phase 1 gate, then the trial.
        before_the_gate = before_the_gate_problem(trial)
        if before_the_gate:
            what = (
                f"Move its project, {trial.project.title}, to Incubate: the trial is incubated "
                "once the project has passed its Phase 1 gate"
            )
            steps.append((what, before_the_gate.url))
        elif not move_problems(trial, FieldTrial.Status.INCUBATING):
            where = reverse("fieldtrials:fieldtrial_status", args=[trial.pk])
            steps.append(("Move it to incubating when the school is ready to begin", where))
    return steps


def _to_do(trial, overview, user, *, can_change, can_decide, can_set_lead):
    """What needs doing now on the trial, most pressing first: [(what, where)]. While it is
    selected, setting it up is; once incubating, what is left of that comes after what is
    overdue or waiting."""
    updates = overview["updates"]
    found = []
    # A trial just made from its option has neither: its first steps (it read "Nothing is
    # overdue or waiting" with no school and no dates).
    details = reverse("fieldtrials:fieldtrial_edit", args=[trial.pk])
    if can_set_lead and not trial.has_ended and trial.lead_organisation_id is None:
        found.append(("Name the school or organisation that leads it", details))
    if can_decide and not trial.has_ended and trial.start_date is None:
        found.append(("Set when it starts and ends, and choose its consultant", details))
    # Then the rest of setting it up (it read "Nothing is overdue or waiting" once the school
    # and dates were set, with no team, plan or milestones, and still selected).
    setting_up = _setting_up(trial, overview, user, can_change=can_change)
    if trial.status == FieldTrial.Status.SELECTED:
        found += setting_up
        setting_up = []
    if overview["overdue_count"] and not trial.has_ended:  # it takes no new ones either
        n = overview["overdue_count"]
        found.append((f"{n} milestone{pluralize(n)} overdue", reverse(MILESTONES, args=[trial.pk])))
    if overview["due_soon_count"] and not trial.has_ended:
        n = overview["due_soon_count"]
        first = next((m for m in overview["next_milestones"] if not m.is_overdue), None)
        if n == 1 and first is not None:
            due = f"“{first.title}” is due on {first.due_on:%A %-d %B}"
        else:
            due = f"{n} milestones are due in the next {DUE_SOON_DAYS} days"
        found.append((due, reverse(MILESTONES, args=[trial.pk])))
    if updates["missing_last_month"]:
        month = f"{updates['last_complete_month']:%B %Y}"
        if can_change:
            where = reverse("fieldtrials:update_create", args=[trial.pk])
            where += f"?month={updates['last_complete_month']:%Y-%m}"
        else:
            where = reverse("fieldtrials:update_list", args=[trial.pk])
        found.append((f"The update for {month} has not been submitted", where))
    for draft in updates["drafts"]:
        where = reverse("fieldtrials:update_edit", args=[draft.pk])
        found.append((f"Finish the update for {draft.month:%B %Y}", where))
    if can_decide and overview["pti_awaiting_advice"]:
        n = overview["pti_awaiting_advice"]
        where = reverse("fieldtrials:fieldtrial_support", args=[trial.pk]) + "#power-to-innovate"
        found.append((f"{n} Power to Innovate request{pluralize(n)} awaiting advice", where))
    if overview["serious_risks"] and not trial.has_ended:
        n = overview["serious_risks"]
        where = reverse("fieldtrials:fieldtrial_risks", args=[trial.pk])
        # SERIOUS_RISK: likelihood x impact of 6 or more (each low 1, medium 2, high 3).
        serious = f"{n} serious open risk{pluralize(n)}"
        found.append((f"{serious} (high likelihood or impact, the other at least medium)", where))
    return found + setting_up


@requires("fieldtrials.view_fieldtrial")
def fieldtrial_detail(request, pk):
    """The trial's overview: where it stands, what needs doing now, what comes next, and
    links to its sub-pages (fieldtrials/views/trial_pages.py)."""
    trial = get_fieldtrial_for(request.user, pk)
    user = request.user
    can_change = may_change_trial(user, trial)
    can_decide = may_change_trial(user, trial, "fieldtrials.decide_record")
    overview = trial_overview(trial, user)
    can_set_lead = may_change_trial(user, trial, "fieldtrials.set_lead_organisation")
    context = {
        "trial": trial,
        "can_set_lead": can_set_lead,
        "overview": overview,
        "latest_update": next(iter(overview["updates"]["latest"]), None),
        "withdrawal": trial_withdrawal(trial),  # who withdrew it and why, if it is withdrawn
        "to_do": _to_do(
            trial,
            overview,
            user,
            can_change=can_change,
            can_decide=can_decide,
            can_set_lead=can_set_lead,
        ),
        # The newest few sentences of the trial's history, from the event log in one query.
        "history": history_of(trial, user, limit=OVERVIEW_HISTORY),
        "can_change": can_change,
        "can_move": user.has_perm("fieldtrials.move_status", trial),
        "can_set_terms": may_change_trial(user, trial, "fieldtrials.set_terms"),
        "can_view_project": user.has_perm("programmes.view_project", trial.project),
    }
    return render(request, "fieldtrials/fieldtrial_detail.html", context)


@requires("fieldtrials.change_fieldtrial")
def fieldtrial_edit(request, pk):
    """The trial's own details and plan, kept by its team; concurrent saves are refused."""
    # With its project only: the form reads the names its search boxes show with its lists.
    trial = get_fieldtrial_for(
        request.user, pk, "fieldtrials.change_fieldtrial", related=("project",)
    )
    sets = _what_they_set(request.user, trial)
    form = TrialDetailsForm(request.POST or None, instance=trial, **sets)
    say_who_adds(form, request.user)
    if request.method != "POST":
        return render(
            request, "fieldtrials/trial/details_form.html", {"trial": trial, "form": form}
        )
    if not form.is_valid():
        based_on = form.cleaned_data.get("version")  # None for a page out of date
        if based_on is not None and based_on != trial.version:
            # Refused perhaps for the other person's save (a school they took off is no
            # longer one to tick): the clash is said, with their changes kept.
            return _details_conflict(request, trial, sets)
        trial.refresh_from_db()
        context = {"trial": trial, "form": form}
        return render(request, "fieldtrials/trial/details_form.html", context, status=400)
    data = dict(form.cleaned_data)
    based_on = data.pop("version")
    try:
        saved = update_trial_details(
            trial=trial,
            actor=request.user,
            based_on_version=based_on,
            participating=data.pop("participating"),
            domains=data.pop("domains"),
            **data,
        )
    except TrialEditConflict as conflict:
        return _details_conflict(request, conflict.current, sets)
    if saved.version == based_on:
        messages.info(request, "Nothing was changed, so nothing was saved.")
    else:
        messages.success(request, "The trial's details have been saved.")
    return redirect(trial)


def _what_they_set(user, trial):
    """Which of the officers' details the form offers `user` (TrialDetailsForm's arguments):
    the consultant and dates, and the lead organisation."""
    return {
        "sets_terms": user.has_perm("fieldtrials.set_terms", trial),
        "sets_lead": user.has_perm("fieldtrials.set_lead_organisation", trial),
    }


def _details_conflict(request, current, sets):
    """Show what is saved now above their version, save nothing: 409. Their version keeps
    the fields they changed and takes the others as saved now (merge_clash), so saving it
    again undoes nobody's other changes; a field both changed is marked."""

    def make_form(data, record):
        form = TrialDetailsForm(data, instance=record, **sets)
        say_who_adds(form, request.user)
        return form

    # A copy of its own for each form that is checked: checking writes onto the record.
    saved = FieldTrial.objects.select_related("project").get(pk=current.pk)
    # The save it met, which made the version now saved: their own is said as theirs.
    met = last_saved(saved, version=saved.version)
    by_you = saved_by_you(met and met.history_user_id, request.user)
    saver = met and met.history_user
    clash = merge_clash(make_form, saved, request.POST, by_you=by_you, saver=saver)
    clash.data["version"] = saved.version  # saving again is based on what is saved now
    form = make_form(clash.data, FieldTrial.objects.select_related("project").get(pk=saved.pk))
    form.is_valid()
    clash.show_on(form)
    context = {
        "trial": saved,
        "form": form,
        "saved_rows": saved_rows(
            make_form(None, saved), clash.both, leave_out=("add_participating",)
        ),
        "saved": met,
        "by_you": by_you,
    }
    return render(request, "fieldtrials/trial/details_form.html", context, status=409)


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
                messages.success(request, f"{trial.title} {STATUS_NEWS[trial.status][0]}.")
                return redirect(trial)
        status = 400
    moves = MOVES[trial.Status(trial.status)]
    checks = [(s, move_problems(trial, s)) for s in moves]
    # Completing it leaves its open risks open (it takes no new ones): named, not a bar.
    open_risks = []
    if trial.Status.COMPLETED in moves:
        open_risks = list(trial.risks.current().filter(is_open=True))
    context = {"trial": trial, "form": form, "checks": checks, "open_risks": open_risks}
    return render(request, "fieldtrials/trial/status_form.html", context, status=status)
