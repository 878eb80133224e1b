"""Generate creative options: workshops, the options they produce, screening and decisions."""

from collections import defaultdict

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.shortcuts import redirect, render

from accounts.access import requires
from accounts.activity import history_of_record
from nextpractice.paging import paged
from nextpractice.records.export import export_response, requested_format
from nextpractice.records.forms import apply_errors, posted
from nextpractice.records.merge import merge_clash, saved_by_you
from nextpractice.records.services import RecordConflict, RecordWithdrawn
from nextpractice.records.views import refused

from ..charts import hargreaves_chart
from ..filters.options import OptionFilter
from ..forms.options import AssessmentForm, DecisionForm, OptionForm, WorkshopForm
from ..models import Assessment, CreativeOption, Workshop, WorkshopParticipant
from ..rules import get_option_for, get_project_for, get_record_for
from ..selectors_options import (
    CLASSIFICATION_LABELS,
    RADICAL_EFFICIENCY_LABELS,
    assessment_rows,
    conclusion_for,
    options_with_scores,
)
from ..services.lifecycle import open_project
from ..services.options import (
    OptionAlreadyDecided,
    assess_option,
    assessment_token,
    capture_option,
    decide_option,
    decision_token,
    record_workshop,
)
from .project_pages import adds_to_project, changes_project, may_add_to, may_change

PER_PAGE = 25


def _form_page(request, template, context, form, status):
    context["form"] = form
    return render(request, template, context, status=status)


# --- Workshops ---------------------------------------------------------------------------


@requires("programmes.change_project")
@adds_to_project
def workshop_create(request, project):
    form = WorkshopForm(posted(request), project=project)
    context = {"project": project}
    if request.method == "POST":
        if form.is_valid():
            data = form.cleaned_data
            workshop = record_workshop(
                project=project,
                actor=request.user,
                title=data["title"],
                kind=data["kind"],
                held_on=data["held_on"],
                notes=data["notes"],
                participants=data["participants"],
            )
            messages.success(request, f"The workshop “{workshop.title}” is recorded.")
            return redirect("programmes:workshop_detail", pk=workshop.pk)
        return _form_page(request, "programmes/options/workshop_form.html", context, form, 400)
    return _form_page(request, "programmes/options/workshop_form.html", context, form, 200)


@requires("programmes.view_record")
def workshop_detail(request, pk):
    workshop = get_record_for(request.user, Workshop, pk)
    groups = defaultdict(list)
    for person in workshop.participants.all():
        groups[person.kind].append(person)
    participants = [(kind, label, groups[kind]) for kind, label in WorkshopParticipant.Kind.choices]
    options = paged(
        request, workshop.options.order_by("title", "pk"), "options-page", fragment="options"
    )
    return render(
        request,
        "programmes/options/workshop_detail.html",
        {
            "workshop": workshop,
            "project": workshop.project,
            "participants": participants,
            "total": sum(len(people) for people in groups.values()),
            "options": options,
            "can_change": may_change(request.user, workshop.project),
            "can_add": may_add_to(request.user, workshop.project),
            "history": history_of_record(workshop, request.user, kind="workshop"),
        },
    )


# --- The options list, its chart and its export -------------------------------------------


def _filtered(request, project):
    queryset = options_with_scores(
        CreativeOption.objects.filter(project=project).current().select_related("workshop")
    )
    return OptionFilter(request.GET, queryset=queryset, project=project)


@requires("programmes.view_project")
def option_list(request, pk):
    project = get_project_for(request.user, pk)
    filterset = _filtered(request, project)
    page = paged(request, filterset.qs, per_page=PER_PAGE)
    for option in page:
        option.classification_label = CLASSIFICATION_LABELS[option.classification]
        option.efficiency_label = RADICAL_EFFICIENCY_LABELS[option.radical_efficiency]
    query = request.GET.copy()
    query.pop("page", None)
    context = {
        "project": project,
        "filterset": filterset,
        "form": filterset.form,
        "page": page,
        "query": query.urlencode(),
        "chart": hargreaves_chart(page.object_list, start=page.start_index()),
        "can_add": may_add_to(request.user, project),
    }
    return render(request, "programmes/options/option_list.html", context)


EXPORT_COLUMNS = [
    "Title",
    "Description",
    "Workshop",
    "Stimuli",
    "Status",
    "Reviewers",
    "Characteristics met (of 7)",
    "Promise tests met (of 3)",
    "Classification",
    "Mean change (0 minor to 1 major)",
    "Mean distance (0 near to 1 far)",
    "Horizon (most common)",
    "Radical efficiency",
    "Decision reason",
]


def _workshop_named(workshop):
    """The workshop an option came from, as its export names it (the list and the option's
    page: programmes/options/_workshop.html): marked once it is withdrawn."""
    if workshop is None:
        return ""
    return f"{workshop.title} (withdrawn)" if workshop.is_withdrawn else workshop.title


@requires("programmes.view_project")
def option_export(request, pk):
    project = get_project_for(request.user, pk)
    filterset = _filtered(request, project)
    options = filterset.qs.prefetch_related("stimuli")
    horizons = dict(Assessment.Horizon.choices)
    rows = (
        [
            o.title,
            o.description,
            _workshop_named(o.workshop),
            "; ".join(s.title for s in o.stimuli.all()),
            o.get_status_display(),
            o.reviewers,
            o.characteristics_met if o.reviewers else "",
            o.promise_met if o.reviewers else "",
            CLASSIFICATION_LABELS[o.classification],
            o.mean_change,
            o.mean_distance,
            horizons.get(o.common_horizon, ""),
            RADICAL_EFFICIENCY_LABELS[o.radical_efficiency],
            o.decision_reason,
        ]
        for o in options
    )
    return export_response(
        headings=EXPORT_COLUMNS,
        rows=rows,
        filename=f"options-project-{project.pk}",
        fmt=requested_format(request),
        title="Options",
    )


# --- One option ----------------------------------------------------------------------------


@requires("programmes.change_project")
@adds_to_project
def option_create(request, project):
    initial = {"workshop": request.GET.get("workshop")}
    form = OptionForm(posted(request), project=project, initial=initial)
    context = {"project": project}
    if request.method == "POST":
        if form.is_valid():
            try:
                option = capture_option(project=project, actor=request.user, **form.cleaned_data)
            except ValidationError as error:
                form.add_error(None, error)
            else:
                messages.success(request, f"The option “{option.title}” is added.")
                return redirect(option)
        return _form_page(request, "programmes/options/option_form.html", context, form, 400)
    return _form_page(request, "programmes/options/option_form.html", context, form, 200)


@requires("programmes.view_record")
def option_detail(request, pk):
    option = get_option_for(request.user, pk)
    assessments = list(option.assessments.select_related("reviewer").order_by("created_at", "id"))
    trial = getattr(option, "field_trial", None)  # None until it is selected
    if trial:
        trial.project = option.project  # read already: who may open it asks of it
    mine = next((a for a in assessments if a.reviewer_id == request.user.pk), None)
    # A withdrawn option is no longer assessed or decided, nor one of a withdrawn or closed
    # project (Project.takes_changes: its services refuse, ProjectClosed).
    current = not option.is_withdrawn and option.project.takes_changes
    return render(
        request,
        "programmes/options/option_detail.html",
        {
            "option": option,
            "project": option.project,
            "stimuli": option.stimuli.order_by("title"),
            "assessments": assessments,
            "rows": assessment_rows(option, assessments),
            "conclusion": conclusion_for(option, assessments),
            "field_trial": trial,
            # Not linked for someone who may not open it (a project member not of its team).
            "can_open_trial": bool(trial)
            and request.user.has_perm("fieldtrials.view_fieldtrial", trial),
            "my_assessment": mine,
            "can_assess": current and request.user.has_perm("programmes.assess_option", option),
            "can_decide": current and request.user.has_perm("programmes.decide_option", option),
            # One withdrawn by mistake: restored by those who may withdraw it (the kit's page).
            "can_restore": option.is_withdrawn
            and option.project.takes_changes
            and request.user.has_perm("programmes.change_record", option),
            "history": history_of_record(option, request.user, kind="option"),
        },
    )


@requires("programmes.assess_option")
@changes_project
def assessment_edit(request, pk):
    option = get_option_for(request.user, pk, "programmes.assess_option")
    open_project(option.project)
    if option.is_withdrawn:
        return refused(request, "programmes", "option", option)
    mine = Assessment.objects.filter(option=option, reviewer=request.user).first()
    form = _assessment_form(posted(request), option, mine)
    context = {"option": option, "project": option.project, "assessment": mine}
    if request.method == "POST":
        if form.is_valid():
            try:
                assess_option(
                    option=option,
                    reviewer=request.user,
                    based_on=form.cleaned_data["version"],
                    **form.answers(),
                )
            except RecordWithdrawn as withdrawn:  # withdrawn while the form was open
                return refused(request, "programmes", "option", withdrawn.record)
            except RecordConflict as conflict:  # saved meanwhile, in another tab
                return _assessment_clash(request, option, conflict.current, context)
            except ValidationError as error:
                form.add_error(None, error)
            else:
                messages.success(request, "Your assessment is saved.")
                return redirect(option)
        return _form_page(request, "programmes/options/assessment_form.html", context, form, 400)
    return _form_page(request, "programmes/options/assessment_form.html", context, form, 200)


def _assessment_form(data, option, assessment):
    """The reviewer's assessment form, on `assessment` as saved (None: not made yet)."""
    return AssessmentForm(
        data,
        option=option,
        initial=AssessmentForm.initial_from(assessment),
        version=assessment_token(assessment),
    )


def _assessment_clash(request, option, current, context):
    """Their assessment saved since the page was loaded (another tab): show what is saved now
    before their version, save nothing (409). Their version keeps the answers they changed
    and takes the others as saved now (merge_clash), so saving it again undoes nothing else
    saved meanwhile; an answer both changed says so beside it."""

    def make_form(data, assessment):
        return _assessment_form(data, option, assessment)

    # Only its reviewer saves an assessment: the save met is theirs, in another tab or window.
    by_you = saved_by_you(current.reviewer_id, request.user)
    clash = merge_clash(make_form, current, request.POST, by_you=by_you, saver=current.reviewer)
    theirs = make_form(None, current).saved_rows(clash.both)
    clash.data["version"] = assessment_token(current)  # saving again is based on it
    kept = make_form(clash.data, current)
    kept.is_valid()
    clash.show_on(kept)
    context = {**context, "assessment": current, "theirs": theirs, "form": kept, "by_you": by_you}
    return render(request, "programmes/options/assessment_form.html", context, status=409)


@requires("programmes.decide_option")
@changes_project
def option_decide(request, pk):
    option = get_option_for(request.user, pk, "programmes.decide_option")
    open_project(option.project)
    if option.is_withdrawn:
        return refused(request, "programmes", "option", option)
    initial = {"decision": option.status} if option.status != "proposed" else {}
    form = DecisionForm(posted(request), option=option, initial=initial)
    # What the reviewers concluded, as the option's page says it, to decide with it in view.
    assessments = list(option.assessments.all())
    trial = form.trial  # the option's field trial, if it has one: named before deciding
    if trial:
        trial.project = option.project  # read already: who may open it asks of it
    context = {
        "option": option,
        "project": option.project,
        "conclusion": conclusion_for(option, assessments),
        # Not linked for someone who may not open it, as on the option's page.
        "can_open_trial": bool(trial)
        and request.user.has_perm("fieldtrials.view_fieldtrial", trial),
    }
    if request.method == "POST":
        if form.is_valid():
            try:
                decision = decide_option(option=option, actor=request.user, **form.cleaned_data)
            except RecordWithdrawn as withdrawn:  # withdrawn while the form was open
                return refused(request, "programmes", "option", withdrawn.record)
            except OptionAlreadyDecided as decided:  # in another tab, or by another officer
                return _already_decided(request, decided, context)
            except ValidationError as error:
                apply_errors(form, error)  # beside its field, if the form has it
            else:
                messages.success(request, _decision_message(decision))
                return redirect(option)
        return _form_page(request, "programmes/options/decision_form.html", context, form, 400)
    return _form_page(request, "programmes/options/decision_form.html", context, form, 200)


def _already_decided(request, decided, context):
    """A decision made since the page was loaded: say who decided what and why, keep what
    this person chose and wrote, record nothing (409). Recording it again replaces that
    decision, knowingly."""
    current = decided.option
    data = request.POST.copy()
    data["based_on"] = decision_token(current)
    kept = DecisionForm(data, option=current)
    kept.is_valid()
    said = decided.reason.rstrip()
    said += "" if said.endswith((".", "!", "?")) else "."
    kept.add_error(
        None,
        f"{said} Your decision has not been recorded: it is kept below. Record it again if it "
        "should replace that decision.",
    )
    context = {**context, "option": current}
    return _form_page(request, "programmes/options/decision_form.html", context, kept, 409)


def _decision_message(decision):
    option, trial = decision.option, decision.field_trial
    text = f"“{option.title}” is {option.get_status_display().lower()}."
    if decision.decision != CreativeOption.Status.SELECTED:
        if decision.trial_withdrawn_now:
            text += (
                f" Its field trial, “{trial.title}”, had not started, so it is withdrawn: it "
                "no longer holds up the project. Selecting the option again reopens it."
            )
        elif trial is not None:
            text += f" Its field trial, “{trial.title}”, is unchanged."
        return text
    if decision.trial_reopened:
        return text + f" Its field trial, “{trial.title}”, is reopened as selected."
    if decision.trial_created:
        return text + (
            f" A field trial, “{trial.title}”, has been created for it, with the status "
            f"{trial.get_status_display()}."
        )
    if decision.trial_withdrawn:
        return text + (
            f" Its field trial, “{trial.title}”, was withdrawn earlier and stays withdrawn "
            "until someone reopens it on the trial's page."
        )
    return text + f" It keeps its field trial, “{trial.title}”."
