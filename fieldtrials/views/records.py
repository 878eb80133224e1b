"""Pages for what is kept around a field trial: milestones, the incubation offer, the support
log, Power to Innovate requests, brokered relationships and risks."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.http import require_POST

from accounts.access import requires
from nextpractice.paging import paged
from nextpractice.records.forms import apply_errors, posted
from nextpractice.records.kinds import kind_of
from nextpractice.records.merge import (
    changed_since,
    last_saved,
    merge_clash,
    saved_by_you,
    saved_rows,
)
from nextpractice.records.services import RecordWithdrawn
from nextpractice.records.views import refused
from programmes.rules import get_project_for

from ..forms.records import (
    ON_THE_REGISTER,
    WITHDRAWN_REQUESTS,
    AdviceForm,
    BrokeredRelationshipForm,
    ConfirmForm,
    DecisionForm,
    MilestoneForm,
    OfferAskForm,
    OfferUseForm,
    PowerToInnovateFilterForm,
    PowerToInnovateForm,
    RiskForm,
    SupportSessionForm,
)
from ..models import (
    BrokeredRelationship,
    Milestone,
    OfferUse,
    PowerToInnovateRequest,
    Risk,
)
from ..rules import get_fieldtrial_for, get_trial_record_for
from ..selectors_records import (
    project_support_for,
    pti_requests_for,
    pti_state_counts,
    pti_story,
)
from ..services import records as services
from ..services.records import (
    CHANGE,
    DECIDE,
    LOG_SUPPORT,
    PTI_ACTION_LABELS,
    PTI_DONE_MESSAGES,
    PTI_KIND,
    PTI_TRANSITIONS,
    WITHDRAW_PTI,
    PowerToInnovateRefused,
    RecordEditConflict,
    pti_transition_problem,
)
from .trial_pages import milestones_page

PER_PAGE = 25
WITHDRAWN = "This request has been withdrawn from the record, so it can no longer change."
FORM_TEMPLATE = "fieldtrials/records/record_form.html"
# The steps that record the Secretary of State's decision, on the day it was made.
DECISIONS = ("grant", "refuse")


# The sub-page of the trial each kind of record is listed on (fieldtrials/views/trial_pages.py).
SUB_PAGES = {
    "milestones": "fieldtrials:fieldtrial_milestones",
    "offer": "fieldtrials:fieldtrial_support",
    "support": "fieldtrials:fieldtrial_support",
    "relationships": "fieldtrials:fieldtrial_risks",
    "risks": "fieldtrials:fieldtrial_risks",
}


def _trial_url(trial, anchor):
    """The sub-page listing `anchor`'s records, where what became of one is told: at its top,
    not at #anchor, whose jump took the banner out of view and focus from it (nextpractice.told)."""
    return reverse(SUB_PAGES[anchor], args=[trial.pk])


def _render_form(request, trial, form, page, status=200, theirs=None):
    context = {
        "trial": trial,
        "form": form,
        "theirs": theirs,
        "cancel_url": trial.get_absolute_url(),
        **page,
    }
    return render(request, FORM_TEMPLATE, context, status=status)


def _save(request, trial, form, save, *, page, done, anchor, make_form=None):
    """The shape every add and edit page shares: on a valid POST, `save(form)` (the service
    call), say `done` and go back (to the record itself when `anchor` is None); bad input
    answers 400 with the form; an edit (`make_form` given) answers 409 when someone saved a
    newer version meanwhile."""
    if request.method != "POST":
        return _render_form(request, trial, form, page)
    if form.is_valid():
        try:
            record = save(form)
        except RecordEditConflict as conflict:
            return _conflict(request, trial, make_form, conflict.current, page)
        except ValidationError as error:
            apply_errors(form, error)
        else:
            messages.success(request, done)
            return redirect(record_url(record) if anchor is None else _trial_url(trial, anchor))
    return _render_form(request, trial, form, page, status=400)


def _create(request, trial, form, *, service, page, done, anchor, while_running=""):
    """An "add a record" page: `service(trial=, actor=, **fields)` adds it; with
    `while_running` (its noun, "risk"), only while the trial has not ended (FieldTrial.
    has_ended; the service decides it again as it saves)."""
    if while_running and trial.has_ended:
        reason = trial.no_new(while_running)
        context = {"trial": trial, "title": page["title"], "reason": reason}
        return render(request, "fieldtrials/records/trial_ended.html", context, status=409)

    def save(form):
        return service(trial=trial, actor=request.user, **form.record_fields())

    return _save(request, trial, form, save, page=page, done=done, anchor=anchor)


def _edit(request, record, form_class, *, service, noun, page, done, anchor, **form_kwargs):
    """An edit page for `record`, refusing to overwrite someone else's newer change:
    `service(<noun>=record, actor=, based_on=, **fields)` saves it; the form is
    `form_class(data, instance=, editing=True, **form_kwargs)`. A withdrawn record is
    refused as the page is asked for, as the kit's edit page refuses it (409); its service
    decides a post again on the locked row."""
    if record.is_withdrawn:
        kind = kind_of(record)  # its record kit kind (fieldtrials/kinds.py)
        return refused(request, kind.app, kind.slug, record)

    def make_form(data, instance):
        return form_class(data, instance=instance, editing=True, **form_kwargs)

    def save(form):
        return service(
            **{noun: record},
            actor=request.user,
            based_on=form.cleaned_data["based_on"],
            **form.record_fields(),
        )

    return _save(
        request,
        record.field_trial,
        make_form(posted(request), record),
        save,
        page=page,
        done=done,
        anchor=anchor,
        make_form=make_form,
    )


def _conflict(request, trial, make_form, current, page):
    """Show the saved version before theirs, save nothing: 409. Theirs keeps the fields they
    changed and takes the others as saved now (merge_clash), so saving it again undoes
    nobody's other changes; a field both changed says so on its box."""
    saved = last_saved(current)  # who saved it last: their own save is said as theirs
    by_you = saved_by_you(saved and saved.history_user_id, request.user)
    saver = saved and saved.history_user
    clash = merge_clash(make_form, current, request.POST, by_you=by_you, saver=saver)
    theirs = {
        "rows": saved_rows(make_form(None, current), clash.both),
        "saved": saved,
        "by_you": by_you,
    }
    clash.data["based_on"] = services.history_token(current)
    kept = make_form(clash.data, current)
    kept.is_valid()
    clash.show_on(kept)
    return _render_form(request, trial, kept, page, status=409, theirs=theirs)


def record_url(record):
    if isinstance(record, PowerToInnovateRequest):
        return reverse("fieldtrials:pti_detail", args=[record.pk])
    return record.field_trial.get_absolute_url()


# --- Milestones -------------------------------------------------------------------------------


@requires(CHANGE)
def milestone_create(request, pk):
    trial = get_fieldtrial_for(request.user, pk, CHANGE)
    return _create(
        request,
        trial,
        MilestoneForm(posted(request), trial=trial),
        service=services.add_milestone,
        page={"title": "Add a milestone"},
        done="The milestone is added.",
        anchor="milestones",
        while_running="milestone",
    )


@requires(CHANGE)
def milestone_edit(request, pk):
    milestone = get_trial_record_for(request.user, Milestone, pk, CHANGE)
    return _edit(
        request,
        milestone,
        MilestoneForm,
        service=services.update_milestone,
        noun="milestone",
        page={"title": "Change a milestone"},
        done="The milestone is saved.",
        anchor="milestones",
        trial=milestone.field_trial,
    )


@require_POST
@requires(CHANGE)
def milestone_complete(request, pk):
    milestone = get_trial_record_for(request.user, Milestone, pk, CHANGE)
    already = milestone.completed_on is not None
    try:
        milestone = services.complete_milestone(milestone=milestone, actor=request.user)
    except RecordWithdrawn as withdrawn:  # withdrawn while its page was open
        return refused(request, "fieldtrials", "milestone", withdrawn.record)
    except ValidationError as error:  # its trial has not started yet
        messages.error(
            request,
            f"“{milestone.title}” is not marked as done. {error.messages[0]}.",
        )
        return milestones_page(request, milestone.field_trial, status=409)
    if already:
        messages.info(request, f"“{milestone.title}” was already done.")
    else:
        messages.success(request, f"“{milestone.title}” is marked as done today.")
    return redirect(_trial_url(milestone.field_trial, "milestones"))


# --- The incubation offer ---------------------------------------------------------------------


@requires(CHANGE)
def offer_ask(request, pk):
    """A trial's team asks for support from the offer: its consultants and officers are told
    (services.record_offer_use)."""
    trial = get_fieldtrial_for(request.user, pk, CHANGE)
    return _create(
        request,
        trial,
        OfferAskForm(posted(request)),
        service=services.record_offer_use,
        page={"title": "Ask for support from the incubation offer"},
        done=(
            "Your ask is sent: the trial's consultant and the project's officers are told. "
            "It shows as not yet given until someone records what was given."
        ),
        anchor="offer",
    )


@requires(LOG_SUPPORT)
def offer_create(request, pk):
    """Those who give support (the trial's consultants, the project's officers) record what
    the trial asked for and what was given."""
    trial = get_fieldtrial_for(request.user, pk, LOG_SUPPORT)
    return _create(
        request,
        trial,
        OfferUseForm(posted(request), giving=True),
        service=services.record_offer_use,
        page={"title": "Record support given from the incubation offer"},
        done="The support given is recorded.",
        anchor="offer",
    )


@requires(CHANGE)
def offer_edit(request, pk):
    use = get_trial_record_for(request.user, OfferUse, pk, CHANGE)
    # An ask not yet given is answered here by whoever gives support.
    answering = not use.given and request.user.has_perm(LOG_SUPPORT, use.field_trial)
    return _edit(
        request,
        use,
        OfferUseForm,
        service=services.update_offer_use,
        noun="use",
        page={
            "title": "Record what was given"
            if answering
            else "Change a use of the incubation offer"
        },
        done="The use of the offer is saved.",
        anchor="offer",
    )


# --- The support log --------------------------------------------------------------------------


@requires(LOG_SUPPORT)
def support_create(request, pk):
    trial = get_fieldtrial_for(request.user, pk, LOG_SUPPORT)
    return _create(
        request,
        trial,
        SupportSessionForm(posted(request), trial=trial, actor=request.user),
        service=services.log_support,
        page={"title": "Log support given to the trial"},
        done="The support is logged.",
        anchor="support",
    )


@requires("programmes.view_project")
def project_support(request, pk):
    """The support log of a project: totals per trial and per consultant, and the sessions."""
    project = get_project_for(request.user, pk)
    support = project_support_for(project, request.user)
    context = {
        "project": project,
        "support": support,
        "page": paged(request, support["sessions"], per_page=PER_PAGE),
    }
    return render(request, "fieldtrials/records/project_support.html", context)


# --- Power to Innovate ------------------------------------------------------------------------


@requires(CHANGE)
def pti_create(request, pk):
    trial = get_fieldtrial_for(request.user, pk, CHANGE)
    return _create(
        request,
        trial,
        PowerToInnovateForm(posted(request)),
        service=services.create_pti,
        page={"title": "Request a variation of a regulation (Power to Innovate)", "pti": True},
        done="The request is saved as a draft. Submit it when it is ready.",
        anchor=None,
    )


@requires("fieldtrials.view_record")
def pti_detail(request, pk):
    pti = get_trial_record_for(request.user, PowerToInnovateRequest, pk)
    # A request withdrawn from the record can no longer move on its course; nor one of a
    # withdrawn or closed project (its pages refuse: rules.open_trial).
    current = not pti.is_withdrawn and pti.field_trial.project.takes_changes
    can_change = current and request.user.has_perm(CHANGE, pti)
    can_decide = current and request.user.has_perm(DECIDE, pti)
    can_withdraw = current and request.user.has_perm(WITHDRAW_PTI, pti)
    # One withdrawn by mistake is restored by those who may withdraw it (the kit's page).
    can_restore = (
        pti.is_withdrawn
        and pti.field_trial.project.takes_changes
        and request.user.has_perm(WITHDRAW_PTI, pti)
    )
    allowed = {CHANGE: can_change, DECIDE: can_decide}
    # Withdrawing is not a step among these: it is the one "Withdraw" below them, with a
    # reason (the record kit's), whatever the request's state.
    actions = [
        (action, PTI_ACTION_LABELS[action])
        for action, (from_states, _, perm) in PTI_TRANSITIONS.items()
        if action != "withdraw"
        and pti.state in from_states
        and allowed[perm]
        and not pti_transition_problem(pti, action)
    ]
    context = {
        "pti": pti,
        "trial": pti.field_trial,
        "story": pti_story(pti, request.user),
        "can_change": can_change,
        "can_withdraw": can_withdraw,
        "can_restore": can_restore,
        "still_asked": pti.is_open,
        "can_decide": can_decide,
        "actions": actions,
        "needs_advice": can_decide and pti.state == pti.State.SUBMITTED and not pti.advice,
    }
    return render(request, "fieldtrials/records/pti_detail.html", context)


def _refused(request, pti, reason):
    """A step, or a change, the request's state does not allow (it is submitted, decided or
    withdrawn; its advice is not yet recorded): the page says why and that nothing has
    changed, 409, as the record kit refuses a withdrawn record's pages."""
    context = {"pti": pti, "trial": pti.field_trial, "reason": reason}
    return render(request, "fieldtrials/records/pti_refused.html", context, status=409)


@requires(CHANGE)
def pti_edit(request, pk):
    pti = get_trial_record_for(request.user, PowerToInnovateRequest, pk, CHANGE)
    if pti.is_withdrawn:
        return _refused(request, pti, WITHDRAWN)
    if pti.state != pti.State.DRAFT:
        return _refused(
            request, pti, f"A {pti.get_state_display().lower()} request can no longer be changed."
        )
    try:
        return _edit(
            request,
            pti,
            PowerToInnovateForm,
            service=services.update_pti,
            noun="request",
            page={"title": "Change the draft request", "pti": pti, "cancel_url": record_url(pti)},
            done="The draft request is saved.",
            anchor=None,
        )
    except PowerToInnovateRefused as refused:
        return _refused(request, pti, refused.reason)


@requires("fieldtrials.view_record")
def pti_transition(request, pk, action):
    """One step on a request's course: submit, advise, grant, refuse or withdraw."""
    if action not in PTI_TRANSITIONS:
        raise Http404("There is no such step.")
    _, _, perm = PTI_TRANSITIONS[action]
    pti = get_trial_record_for(request.user, PowerToInnovateRequest, pk, perm)
    if action == "withdraw":  # one way to withdraw a request: with a reason, on the kit's page
        return redirect("records:withdraw", app="fieldtrials", kind=PTI_KIND, pk=pti.pk)
    problem = pti_transition_problem(pti, action)
    if problem:
        return _refused(request, pti, problem)
    label = PTI_ACTION_LABELS[action]
    if action == "advise":
        form = AdviceForm(posted(request), pti=pti)
    elif action in DECISIONS:
        form = DecisionForm(posted(request), action_label=label, pti=pti)
    else:
        form = ConfirmForm(posted(request), action_label=label)
    context = {"pti": pti, "trial": pti.field_trial, "action": action, "label": label}
    if request.method == "POST":
        if form.is_valid():
            try:
                pti = services.transition_pti(
                    request=pti,
                    action=action,
                    actor=request.user,
                    advice=form.cleaned_data.get("advice", ""),
                    based_on=form.cleaned_data.get("based_on"),
                    decided_on=form.cleaned_data.get("decided_on"),
                )
            except PowerToInnovateRefused as refused:
                return _refused(request, pti, refused.reason)
            except RecordEditConflict as conflict:
                return _advice_conflict(request, conflict.current, context)
            except ValidationError as error:
                apply_errors(form, error)
            else:
                messages.success(request, PTI_DONE_MESSAGES[action])
                return redirect("fieldtrials:pti_detail", pk=pti.pk)
    status = 400 if request.method == "POST" else 200
    context["form"] = form
    return render(request, "fieldtrials/records/pti_transition.html", context, status=status)


def _advice_conflict(request, current, context):
    """Advice saved since the page was loaded: keep what they typed, show the saved advice
    before it, save nothing (409). Saving again replaces it, knowingly."""
    data = request.POST.copy()
    data["based_on"] = services.history_token(current)
    kept = AdviceForm(data, pti=current)
    kept.is_valid()
    saved = last_saved(current)
    by_you = saved_by_you(saved and saved.history_user_id, request.user)
    kept.add_error(
        None,
        changed_since(by_you)
        + "What was saved is shown on this page under ‘What is saved now’, before your "
        "version: check it, then save again to replace it with yours.",
    )
    theirs = {
        "rows": [(AdviceForm.base_fields["advice"].label, current.advice or "Not given", False)],
        "saved": saved,
        "by_you": by_you,
    }
    context = {**context, "pti": current, "form": kept, "theirs": theirs}
    return render(request, "fieldtrials/records/pti_transition.html", context, status=409)


@requires("fieldtrials.list_fieldtrials")
def pti_list(request):
    """The register of Power to Innovate requests on every trial the user sees, for officers
    to follow: those on it by state, and those withdrawn from it, with who, when and why."""
    if not request.user.has_perm("fieldtrials.list_fieldtrials"):
        raise PermissionDenied("You do not belong to any field trial yet.")
    form = PowerToInnovateFilterForm(request.GET or None)
    state = form.cleaned_data["state"] if form.is_bound and form.is_valid() else ""
    counts = pti_state_counts(request.user)
    withdrawn = counts.get(WITHDRAWN_REQUESTS, 0)
    decided = counts.get("decided_withdrawn", 0)
    context = {
        "form": form,
        "state": state,
        "withdrawn_listed": state == WITHDRAWN_REQUESTS,
        "state_label": dict(ON_THE_REGISTER).get(state, ""),
        "page": paged(request, pti_requests_for(request.user, state), per_page=PER_PAGE),
        "counts": [(value, label, counts.get(value, 0)) for value, label in ON_THE_REGISTER],
        "withdrawn": {"all": withdrawn, "decided": decided, "before": withdrawn - decided},
    }
    status = 400 if form.is_bound and form.errors else 200
    return render(request, "fieldtrials/records/pti_list.html", context, status=status)


# --- Brokered relationships -------------------------------------------------------------------


@requires(CHANGE)
def brokered_create(request, pk):
    trial = get_fieldtrial_for(request.user, pk, CHANGE)
    return _create(
        request,
        trial,
        BrokeredRelationshipForm(posted(request)),
        service=services.add_relationship,
        page={"title": "Add a brokered relationship"},
        done="The relationship is added.",
        anchor="relationships",
    )


@requires(CHANGE)
def brokered_edit(request, pk):
    relationship = get_trial_record_for(request.user, BrokeredRelationship, pk, CHANGE)
    return _edit(
        request,
        relationship,
        BrokeredRelationshipForm,
        service=services.update_relationship,
        noun="relationship",
        page={"title": "Change a brokered relationship"},
        done="The relationship is saved.",
        anchor="relationships",
    )


# --- Risks ------------------------------------------------------------------------------------


@requires(CHANGE)
def risk_create(request, pk):
    trial = get_fieldtrial_for(request.user, pk, CHANGE)
    return _create(
        request,
        trial,
        RiskForm(posted(request)),
        service=services.add_risk,
        page={"title": "Add a risk"},
        done="The risk is added.",
        anchor="risks",
        while_running="risk",
    )


@requires(CHANGE)
def risk_edit(request, pk):
    risk = get_trial_record_for(request.user, Risk, pk, CHANGE)
    return _edit(
        request,
        risk,
        RiskForm,
        service=services.update_risk,
        noun="risk",
        page={"title": "Change a risk"},
        done="The risk is saved.",
        anchor="risks",
    )
