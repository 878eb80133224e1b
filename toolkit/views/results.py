"""An exercise's results: the group's page, the facilitator's conclusion and sharing, every
participant's answers and their CSV.

Whoever sees an exercise reaches its results page; it shows the group's results only to
those allowed (`toolkit.view_results`: those who run it, or everyone once shared), and to a
participant their own answers. Individual answers and the CSV are for those who run it.
"""

from crispy_forms_gds.layout import Field
from django import forms
from django.contrib import messages
from django.core.exceptions import ValidationError
from django.shortcuts import redirect, render
from django.utils.text import slugify
from django.views.decorators.http import require_POST

from accounts.access import requires
from accounts.forms import GDSFormMixin
from nextpractice.records.export import export_response, requested_format
from nextpractice.records.forms import based_on, version_field
from nextpractice.records.merge import changed_since, saved_by_you

from .. import services_results
from ..charts import charts_for, profile_chart
from ..models import Answer
from ..perspectives import compare
from ..questions import questions_of
from ..results import (
    CHOICE_RULE,
    CLOSENESS_RULE,
    CONSENSUS_PRECISELY,
    CONSENSUS_RULE,
    answers_in_words,
    describe_answer,
    results_for,
)
from ..rules import get_exercise_for, runners_in_words
from ..scoring import score


class ConclusionForm(GDSFormMixin, forms.Form):
    submit_label = "Record the conclusion"

    conclusion = forms.CharField(
        label="The group's conclusion",
        help_text="What the group decided or agreed, in a few sentences. "
        f"Up to {services_results.CONCLUSION_MAX} characters.",
        max_length=services_results.CONCLUSION_MAX,
        widget=forms.Textarea,
        error_messages={
            "required": "Enter the group's conclusion.",
            "max_length": "Keep the conclusion to %(limit_value)d characters or fewer.",
        },
    )

    def __init__(self, *args, exercise, **kwargs):
        # A conclusion already recorded is in the box to change, not typed again; the field's
        # label is not a second heading "The group's conclusion" under the page's own.
        if exercise.conclusion:
            kwargs.setdefault("initial", {"conclusion": exercise.conclusion})
        super().__init__(*args, **kwargs)
        if exercise.conclusion:
            self.fields["conclusion"].label = "Change the group's conclusion"
        # The conclusion the page was loaded on: one recorded meanwhile (in another tab, or by
        # another facilitator) is shown rather than silently replaced. From 0, none yet, to
        # the one recorded now: any other (letters, none, -1, one not yet recorded) says the
        # page is out of date.
        self.fields["based_on"] = version_field(
            services_results.conclusion_token(exercise), first=0
        )
        self.relayout()

    def clean(self):
        data = super().clean()
        based_on(self, "based_on")
        return data

    def layout_fields(self):
        return [
            Field("based_on"),
            Field.textarea(
                "conclusion",
                label_size="m",
                rows=6,
                max_characters=services_results.CONCLUSION_MAX,
            ),
        ]


def _own_answers(user, exercise):
    """The signed-in person's participation and their answers in plain words (2 queries)."""
    participation = exercise.participations.filter(user=user).first()
    if participation is None:
        return None, []
    answers = dict(participation.answers.values_list("question", "value"))
    return participation, answers_in_words(exercise.definition, answers)


def _adoption(user, exercise):
    """Whether the user may adopt a baseline exercise's proposed indicators as its trial's,
    and the names (in lower case) the trial already has (one query)."""
    from evaluation.models import Indicator

    if exercise.field_trial_id is None:
        return {"can_adopt": False, "trial_indicators": set()}
    names = Indicator.objects.filter(field_trial_id=exercise.field_trial_id).values_list(
        "name", flat=True
    )
    return {
        "can_adopt": user.has_perm("toolkit.adopt_indicators", exercise),
        "trial_indicators": {name.lower() for name in names},
    }


def _results_page(request, exercise, form=None, status=200):
    user = request.user
    runs = user.has_perm("toolkit.change_exercise", exercise)
    context = {
        "exercise": exercise,
        "runs": runs,
        "sees_results": runs or user.has_perm("toolkit.view_results", exercise),
        "closeness_rule": CLOSENESS_RULE,
        "choice_rule": CHOICE_RULE,
        "consensus_rule": CONSENSUS_RULE,
        "consensus_precisely": CONSENSUS_PRECISELY,
        "form": form if form is not None else (ConclusionForm(exercise=exercise) if runs else None),
        "runners": runners_in_words(exercise, user) if runs else "",
    }
    if context["sees_results"]:
        results = results_for(exercise, named=runs)
        charts_for(results)
        outcome = score(exercise, results)
        context.update(results=results, outcome=outcome)
        context["comparison"] = compare(results, runs=runs)
        if outcome is not None and outcome.kind == "profile" and outcome.respondents:
            context["profile_chart"] = profile_chart(outcome, "chart-profile")
        if outcome is not None and outcome.kind == "indicators":
            context.update(_adoption(user, exercise))
    context["participation"], context["own_answers"] = _own_answers(user, exercise)
    return render(request, "toolkit/results/exercise_results.html", context, status=status)


@requires("toolkit.view_exercise")
def exercise_results(request, pk):
    exercise = get_exercise_for(request.user, pk)
    return _results_page(request, exercise)


@requires("toolkit.change_exercise")
@require_POST
def exercise_conclusion(request, pk):
    exercise = get_exercise_for(request.user, pk, "toolkit.change_exercise")
    form = ConclusionForm(request.POST, exercise=exercise)
    if form.is_valid():
        try:
            services_results.record_conclusion(
                exercise=exercise,
                conclusion=form.cleaned_data["conclusion"],
                actor=request.user,
                based_on=form.cleaned_data["based_on"],
            )
        except services_results.ConclusionConflict as conflict:
            return _conclusion_conflict(request, conflict.current)
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(request, "The group's conclusion is recorded.")
            return redirect("toolkit:exercise_results", pk=exercise.pk)
    return _results_page(request, exercise, form=form, status=400)


def _conclusion_conflict(request, current):
    """A conclusion recorded since the page was loaded: the page shows it, with who recorded
    it (this person, in another tab or window, or someone else), above what this person
    typed, kept and not saved (409). Saving again replaces it."""
    data = request.POST.copy()
    data["based_on"] = services_results.conclusion_token(current)
    kept = ConclusionForm(data, exercise=current)
    kept.is_valid()
    # Whose it is: their own, in another tab or window, is said as theirs; another
    # facilitator's is named under the conclusion ("Recorded by").
    by_you = saved_by_you(current.concluded_by_id, request.user)
    kept.add_error(
        None,
        changed_since(by_you, "the conclusion")
        + "What was saved is shown above your version: check it, then save again to replace "
        "it with yours.",
    )
    return _results_page(request, current, form=kept, status=409)


@requires("toolkit.change_exercise")
@require_POST
def exercise_share(request, pk):
    exercise = get_exercise_for(request.user, pk, "toolkit.change_exercise")
    wanted = request.POST.get("shared")
    if wanted not in ("1", "0"):
        messages.error(request, "Choose whether to share the results or stop sharing them.")
        return _results_page(request, exercise, status=400)
    services_results.share_results(exercise=exercise, shared=wanted == "1", actor=request.user)
    if exercise.results_shared:
        messages.success(request, "Everyone who sees this exercise can now read the results.")
    else:
        messages.success(request, "The results are now for those who run the exercise only.")
    return redirect("toolkit:exercise_results", pk=exercise.pk)


@requires("toolkit.adopt_indicators")
@require_POST
def exercise_adopt_indicators(request, pk):
    """The trial adopts the indicators its baseline exercise proposed (once each)."""
    exercise = get_exercise_for(request.user, pk, "toolkit.adopt_indicators")
    try:
        adopted = services_results.adopt_proposed_indicators(exercise=exercise, actor=request.user)
    except ValidationError as error:
        messages.error(request, error.messages[0])
        return _results_page(request, exercise, status=400)
    trial = exercise.field_trial.title
    if adopted:
        count = f"{len(adopted)} indicator{'s' if len(adopted) != 1 else ''}"
        messages.success(request, f"{count} adopted as {trial}'s: {', '.join(adopted)}.")
    else:
        messages.info(request, f"{trial} already has every proposed indicator.")
    return redirect("toolkit:exercise_results", pk=exercise.pk)


def _everyone(exercise):
    """Every participation with its answers (two queries): submitted first, by name."""
    participations = list(
        exercise.participations.select_related("user").order_by("user__full_name", "pk")
    )
    answers = {}
    for participation_id, question, value in Answer.objects.filter(
        participation__exercise=exercise
    ).values_list("participation_id", "question", "value"):
        answers.setdefault(participation_id, {})[question] = value
    submitted = [p for p in participations if p.submitted_at is not None]
    waiting = [p for p in participations if p.submitted_at is None]
    return submitted, waiting, answers


@requires("toolkit.change_exercise")
def exercise_answers(request, pk):
    exercise = get_exercise_for(request.user, pk, "toolkit.change_exercise")
    submitted, waiting, answers = _everyone(exercise)
    people = [(p, answers_in_words(exercise.definition, answers.get(p.pk, {}))) for p in submitted]
    return render(
        request,
        "toolkit/results/exercise_answers.html",
        {
            "exercise": exercise,
            "people": people,
            "waiting": waiting,
            "runners": runners_in_words(exercise, request.user),
        },
    )


@requires("toolkit.change_exercise")
def exercise_results_csv(request, pk):
    exercise = get_exercise_for(request.user, pk, "toolkit.change_exercise")
    submitted, _, answers = _everyone(exercise)
    definition = exercise.definition
    questions = questions_of(definition)
    rows = (
        [
            p.user.full_name,
            f"{p.submitted_at:%Y-%m-%d %H:%M}",
            q.section["title"],
            q.text,
            describe_answer(definition, q, answers.get(p.pk, {}).get(q.key)),
        ]
        for p in submitted
        for q in questions
    )
    return export_response(
        headings=["Participant", "Submitted", "Section", "Question", "Answer"],
        rows=rows,
        filename=f"{slugify(exercise.title) or 'exercise'}-answers",
        fmt=requested_format(request),
        title="Answers",
    )
