"""Toolkit exercises: starting one, its page, answering it section by section, autosave,
checking and submitting answers, and closing or reopening it."""

import re

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_POST

from accounts.access import requires
from nextpractice.told import tell_beside, told_beside
from programmes.services.lifecycle import ProjectWithdrawn

from .. import services
from ..forms import InviteForm, StartExerciseForm, answer_text, posted_answer, question_context
from ..models import Answer
from ..questions import clean_answer, is_answered, questions_of
from ..rules import get_exercise_for, get_participation_for, start_refused_said
from ..selectors import (
    known_version,
    parsed_version_of,
    participations_to_autosave,
)

EMAILS_REFUSED = (
    "The invitation e-mails could not be sent because the background job service is not "
    "responding. Everyone invited can see the exercise on their home page and in their "
    "notifications; tell them it is there."
)


def section_url(exercise_pk, section_key):
    return reverse("toolkit:exercise_answer", args=[exercise_pk, section_key])


def _question_url(exercise_pk, question):
    return section_url(exercise_pk, question.section["key"]) + "#" + _anchor(question.key)


def _anchor(key):
    """A question's id on its section's page."""
    return "q-" + key.replace(".", "-")


# --- Starting ---------------------------------------------------------------------------


@requires("toolkit.start_exercise")
def exercise_start(request):
    if not request.user.has_perm("toolkit.start_exercise"):
        raise PermissionDenied(start_refused_said(request.user))
    initial = {}
    for kind in ("trial", "workshop"):
        if request.GET.get(kind, "").isdigit():
            initial["group"] = f"{kind}-{request.GET[kind]}"
    data = request.POST if request.method == "POST" else None
    form = StartExerciseForm(data, user=request.user, initial=initial)
    tool = request.GET.get("tool", "")
    # From a tool's page: that tool chosen. Only a slug is looked for (PostgreSQL refuses a
    # NUL in a query).
    if data is None and re.fullmatch(r"[-a-zA-Z0-9_]{1,50}", tool):
        tool_field = form.fields["tool"]
        chosen = tool_field.queryset.filter(slug=tool).values("pk").first()
        if chosen:
            form.initial["tool"] = chosen["pk"]
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            started = services.start_exercise(
                tool=data["tool"],
                title=data["title"],
                facilitator=request.user,
                field_trial=data["field_trial"],
                workshop=data["workshop"],
                people=data["people"],
                local_authority=data["local_authority"],
                closes_at=form.closes_at(),
            )
        except ValidationError as error:
            form.add_error(None, error)
        except ProjectWithdrawn as refused:  # withdrawn or closed since the form was checked
            form.add_error("group", str(refused))
        else:
            messages.success(request, _started_words(started))
            if started.emails_refused:
                messages.warning(request, EMAILS_REFUSED)
            return redirect(started.exercise)
    status = 400 if request.method == "POST" else 200
    # A new install's toolkit is empty: the page says so rather than offer no tool to choose.
    context = {"form": form, "no_tools": not form.fields["tool"].queryset.exists()}
    return render(request, "toolkit/exercises/start.html", context, status=status)


def _started_words(started):
    """What the facilitator is told of an exercise they just started: how many others are
    invited, and whether they take part themselves (a member of the group)."""
    if not started.invited:
        return "The exercise is started. You are its only participant: no one else is invited."
    invited = f"{started.invited} {'person is' if started.invited == 1 else 'people are'}"
    words = f"The exercise is started and {invited} invited."
    return f"{words} You take part too." if started.takes_part else words


# --- The exercise's page ----------------------------------------------------------------


@requires("toolkit.view_exercise")
def exercise_detail(request, pk):
    exercise = get_exercise_for(request.user, pk)
    runs = request.user.has_perm("toolkit.change_exercise", exercise)
    questions = questions_of(exercise.definition)
    by_key = {q.key: q for q in questions}
    own = exercise.participations.filter(user=request.user).first()
    context = {
        "exercise": exercise,
        "participation": own,
        "runs": runs,
        "question_count": len(questions),
        "can_view_results": runs or exercise.results_shared,
    }
    if own is not None:
        answers = dict(own.answers.values_list("question", "value"))
        context["answered"] = sum(is_answered(q, answers.get(q.key)) for q in questions)
        sections = [s["key"] for s in exercise.definition["sections"]]
        position = own.position if own.position in sections else sections[0]
        context["resume_url"] = section_url(exercise.pk, position)
        context["started"] = bool(answers) or bool(own.position)
    if runs:
        participations = _with_progress(exercise, by_key)
        context["participations"] = participations
        context["submitted"] = sum(p.submitted_at is not None for p in participations)
    else:
        invited = list(exercise.participations.values_list("submitted_at", flat=True))
        context["invited"] = len(invited)
        context["submitted"] = sum(s is not None for s in invited)
    return render(request, "toolkit/exercise_detail.html", context)


def _with_progress(exercise, by_key):
    """The exercise's participations (with their people), each with `answered`: how many of
    its questions (`by_key`) it has answered. Counts only: nobody's answers are read out."""
    participations = list(exercise.participations.select_related("user"))
    answered = {p.pk: 0 for p in participations}
    for participation_id, key, value in Answer.objects.filter(
        participation__exercise=exercise
    ).values_list("participation_id", "question", "value"):
        if key in by_key and is_answered(by_key[key], value):
            answered[participation_id] += 1
    for p in participations:
        p.answered = answered[p.pk]
    return participations


# --- Answering --------------------------------------------------------------------------


def _section_page(request, participation, section_key, *, error=None, status=200, all_posted=False):
    """The answering page for one section; `error` = (question key, message, POST data).
    With `all_posted` (a section saved at once) every question shows what was posted."""
    exercise = participation.exercise
    # Parsed once per process and remembered: the autosaves this page is about to send
    # take the quick path from the first.
    questions = list(parsed_version_of(exercise.pk, exercise.tool_version).questions.values())
    sections = exercise.definition["sections"]
    index = next((i for i, s in enumerate(sections) if s["key"] == section_key), None)
    if index is None:
        raise Http404("This exercise has no such section.")
    section = sections[index]
    answers = dict(participation.answers.values_list("question", "value"))
    answered = {q.key for q in questions if is_answered(q, answers.get(q.key))}
    shown = []
    for q in questions:
        if q.section["key"] != section_key:
            continue
        if error and error[0] == q.key:
            context = question_context(exercise, q, posted=error[2], error=error[1])
        elif error and all_posted:
            context = question_context(exercise, q, posted=error[2])
        else:
            context = question_context(exercise, q, answers.get(q.key))
        context["answered"] = q.key in answered
        context["anchor"] = _anchor(q.key)
        shown.append(context)
    at_top, beside = told_beside(request, {q["anchor"] for q in shown})
    for q in shown:
        q["banner"] = beside.get(q["anchor"])
    refusal = None
    try:
        services.refuse_unless_answerable(participation)
    except services.Refused as refused:
        refusal = refused.message
    context = {
        "exercise": exercise,
        "participation": participation,
        "section": section,
        "number": index + 1,
        "section_count": len(sections),
        "previous": sections[index - 1] if index > 0 else None,
        "next": sections[index + 1] if index + 1 < len(sections) else None,
        "questions": shown,
        "answered": len(answered),
        # Live progress (autosave.js) adds this section's answered questions to these.
        "answered_elsewhere": len(answered) - sum(q["answered"] for q in shown),
        "question_count": len(questions),
        "refusal": refusal,
        "error": shown[[q["key"] for q in shown].index(error[0])] if error else None,
        "messages": at_top,  # instead of the context processor's
    }
    return render(request, "toolkit/exercises/answer.html", context, status=status)


@requires("toolkit.answer_exercise")
def exercise_answer(request, pk, section):
    """A section's questions; a POST saves all its answers at once (the page without
    JavaScript has one save button per section; with it, each answer autosaves)."""
    participation = get_participation_for(request.user, pk)
    if request.method != "POST":
        return _section_page(request, participation, section)
    parsed = parsed_version_of(pk, participation.exercise.tool_version)
    questions = [q for q in parsed.questions.values() if q.section["key"] == section]
    if not questions:
        raise Http404("This exercise has no such section.")
    raws = {q.key: posted_answer(q, request.POST) for q in questions}
    try:
        services.save_section(participation=participation, questions=questions, raws=raws)
    except services.Refused as refused:
        return _refused(request, participation.exercise, refused.message)
    except services.SectionInvalid as invalid:
        error = (invalid.question.key, invalid.messages[0], request.POST)
        return _section_page(
            request, participation, section, error=error, status=400, all_posted=True
        )
    services.remember_section(user=request.user, exercise_id=pk, section_key=section)
    messages.success(request, "Your answers in this section are saved.")
    return redirect("toolkit:exercise_answer", pk, section)


def _status(saved_at=None, error="", answered=None):
    """The question's status line; `answered` (after a save) says whether the question now
    counts as answered, so the page's progress follows without another query."""
    return render_to_string(
        "toolkit/exercises/partials/status.html",
        {"saved_at": saved_at, "error": error, "answered": answered},
    )


@require_POST
@requires("toolkit.answer_exercise")  # signed out, htmx gets 401 (accounts.access)
def answer_save(request, pk, question):
    """Autosave: one question's answer. htmx gets the small status line; without JavaScript
    the page comes back (PRG), or answers 400 with the error summary.

    htmx saves run on every pause in typing. Once this process knows the exercise's version,
    a valid answer is saved in one statement that also asks the rule and the exercise's state
    (no query before it); anything else (first save, a refusal, a wrong value, someone not
    invited) takes the full path, which reads only what saving needs (the definition comes
    from the process's parsed copy) and says why. Either way, the question's section is
    recorded as where they left off (in the quick path's statement, on PostgreSQL)."""
    saved = _saved_at_once(request, pk, question) if request.htmx else None
    if saved is not None:
        q, value = saved
        return HttpResponse(_status(saved_at=timezone.localtime(), answered=is_answered(q, value)))
    participation = get_participation_for(
        request.user, pk, participations_to_autosave() if request.htmx else None
    )
    q = parsed_version_of(pk, participation.exercise.tool_version).questions.get(question)
    if q is None:
        raise Http404("This exercise has no such question.")
    try:
        value = services.save_answer(
            participation=participation, question=q, raw=posted_answer(q, request.POST)
        )
    except services.Refused as refused:
        if request.htmx:
            return HttpResponse(_status(error=refused.message), status=409)
        return _refused(request, participation.exercise, refused.message)
    except ValidationError as invalid:
        message = invalid.messages[0]
        if request.htmx:
            return HttpResponse(_status(error=message), status=400)
        return _section_page(
            request,
            participation,
            q.section["key"],
            error=(q.key, message, request.POST),
            status=400,
        )
    services.remember_section(user=request.user, exercise_id=pk, section_key=q.section["key"])
    if request.htmx:
        return HttpResponse(_status(saved_at=timezone.localtime(), answered=is_answered(q, value)))
    # Back at this question, where they were in the section, the banner beside it holding
    # its #q-… (nextpractice.told.tell_beside): focused and announced, in view. At the top
    # of a long section they would have to find their place again.
    tell_beside(request, f"Your answer to “{q.text}” is saved.", _anchor(q.key))
    return redirect(_question_url(pk, q))


def _saved_at_once(request, pk, key):
    """Autosave's quick path (see answer_save): the question and the value stored, if its
    answer is saved."""
    known = known_version(pk)
    if known is None:
        return None
    version_key, parsed = known
    q = parsed.questions.get(key)
    if q is None:
        return None
    try:
        value = clean_answer(parsed.definition, q, posted_answer(q, request.POST))
    except ValidationError:
        return None  # the full path answers, after the access check
    saved = services.save_answer_at_once(
        user=request.user,
        exercise_id=pk,
        version_key=version_key,
        key=q.key,
        value=value,
        section=q.section["key"],
    )
    return (q, value) if saved else None


def _refused(request, exercise, message):
    return render(
        request,
        "toolkit/exercises/refused.html",
        {"exercise": exercise, "message": message},
        status=409,
    )


def _review_rows(participation, answers):
    exercise = participation.exercise
    rows = []
    for q in questions_of(exercise.definition):
        value = answers.get(q.key)
        shown = answer_text(exercise, q, value)
        rows.append(
            {
                "key": q.key,
                "text": q.text,
                "section": q.section["title"],
                "answer": shown,
                "is_list": isinstance(shown, list),
                "answered": is_answered(q, value),
                "required": q.spec.get("required", True),
                "url": _question_url(exercise.pk, q),
            }
        )
    return rows


def _review_page(request, participation, *, errors=(), status=200):
    answers = dict(participation.answers.values_list("question", "value"))
    rows = _review_rows(participation, answers)
    refusal = None
    try:
        services.refuse_unless_answerable(participation)
    except services.Refused as refused:
        refusal = refused.message
    context = {
        "exercise": participation.exercise,
        "participation": participation,
        "rows": rows,
        "errors": errors,
        "answered": sum(r["answered"] for r in rows),
        "question_count": len(rows),
        "refusal": refusal,
        "last_section": participation.exercise.definition["sections"][-1],
    }
    return render(request, "toolkit/exercises/review.html", context, status=status)


@requires("toolkit.answer_exercise")
def exercise_review(request, pk):
    participation = get_participation_for(request.user, pk)
    return _review_page(request, participation)


@require_POST
@requires("toolkit.answer_exercise")
def exercise_submit(request, pk):
    participation = get_participation_for(request.user, pk)
    try:
        services.submit_answers(participation=participation, actor=request.user)
    except services.Refused as refused:
        return _refused(request, participation.exercise, refused.message)
    except services.Unanswered as unanswered:
        errors = [
            {
                "message": f"Answer “{q.text}” before you submit",
                "url": _question_url(pk, q),
            }
            for q in unanswered.questions
        ]
        return _review_page(request, participation, errors=errors, status=400)
    messages.success(request, "Your answers are submitted. Thank you.")
    return redirect(participation.exercise)


@require_POST
@requires("toolkit.answer_exercise")
def exercise_reopen(request, pk):
    participation = get_participation_for(request.user, pk)
    was_submitted = participation.submitted_at is not None
    try:
        participation = services.reopen_answers(participation=participation, actor=request.user)
    except services.Refused as refused:
        return _refused(request, participation.exercise, refused.message)
    if was_submitted:
        messages.success(
            request,
            "Your answers are reopened: change what you need, then submit them again.",
        )
    else:
        messages.info(request, "Your answers are not submitted yet, so you can change them.")
    sections = [s["key"] for s in participation.exercise.definition["sections"]]
    position = participation.position if participation.position in sections else sections[0]
    return redirect(section_url(pk, position))


# --- Running ----------------------------------------------------------------------------


@requires("toolkit.change_exercise")
def exercise_close(request, pk):
    """GET asks to confirm, naming who has not submitted (their saved answers will not be
    counted); POST closes. A GET changes nothing."""
    exercise = get_exercise_for(request.user, pk, "toolkit.change_exercise")
    if request.method == "POST":
        services.close_exercise(exercise=exercise, actor=request.user)
        messages.success(request, "The exercise is closed: no more answers will be taken.")
        return redirect(exercise)
    questions = questions_of(exercise.definition)
    participations = _with_progress(exercise, {q.key: q for q in questions})
    waiting = [p for p in participations if p.submitted_at is None]
    # The person closing it first, as "you", then the others by name.
    waiting.sort(key=lambda p: (p.user_id != request.user.pk, p.user.full_name or p.user.email))
    context = {
        "exercise": exercise,
        "who_has_submitted": _who_has_submitted(exercise, participations, request.user),
        "anyone_takes_part": bool(participations),
        "waiting": waiting,
        "question_count": len(questions),
        "you_waiting": any(p.user_id == request.user.pk for p in waiting),
    }
    return render(request, "toolkit/exercises/close.html", context)


@requires("toolkit.change_exercise")
def exercise_invite(request, pk):
    """Whoever runs an open exercise invites more people to it, by e-mail address."""
    exercise = get_exercise_for(request.user, pk, "toolkit.change_exercise")
    form = InviteForm(request.POST if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid():
        try:
            invited = services.invite_to_exercise(
                exercise=exercise, people=form.cleaned_data["emails"], actor=request.user
            )
        except services.Refused as refused:
            form.add_error("emails", refused.message)
        else:
            count = invited.invited
            who = "1 more person is" if count == 1 else f"{count} more people are"
            messages.success(request, f"{who} invited to the exercise.")
            if invited.emails_refused:
                messages.warning(request, EMAILS_REFUSED)
            return redirect(exercise)
    status = 400 if form.is_bound else 200
    context = {"exercise": exercise, "form": form}
    return render(request, "toolkit/exercises/invite.html", context, status=status)


# What the close page adds of whoever started an exercise and takes part in it, by whether
# the people invited have not all submitted, all have, or none is invited, and whether the
# starter has submitted: (said to the starter, said to someone else).
STARTER_CLAUSES = {
    ("some wait", False): ("nor have you", "nor has {name}, who started it"),
    ("all in", False): ("but you have not", "but {name}, who started it, has not"),
    ("all in", True): ("and so have you", "and so has {name}, who started it"),
    ("none invited", False): (
        "and you have not submitted your answers",
        "and {name}, who started it, has not submitted their answers",
    ),
    ("none invited", True): (
        "and you have submitted your answers",
        "and {name}, who started it, has submitted their answers",
    ),
}


def _who_has_submitted(exercise, participations, user):
    """The close page's sentence on who has submitted, counting only the people invited:
    whoever started the exercise takes part if of the group but is not invited (as its
    start said: "You take part too"), so they are said apart, as "you" to themselves."""
    invited = [p for p in participations if p.user_id != exercise.facilitator_id]
    starter = next((p for p in participations if p.user_id == exercise.facilitator_id), None)
    waiting = sum(p.submitted_at is None for p in invited)
    people = f"{len(invited)} {'person' if len(invited) == 1 else 'people'}"
    if waiting:
        state = "some wait"
        have = "has" if waiting == 1 else "have"
        said = f"{waiting} of the {people} invited {have} not submitted their answers"
    elif invited:
        state, said = "all in", f"Everyone invited ({people}) has submitted their answers"
    else:
        state = "none invited"
        said = "No one else is invited" if starter else "Nobody is invited to this exercise"
    clause = starter and STARTER_CLAUSES.get((state, starter.submitted_at is not None))
    if not clause:
        return f"{said}."
    to_them, to_others = clause
    if starter.user_id == user.pk:
        return f"{said}, {to_them}."
    return f"{said}, {to_others.format(name=starter.user.full_name or starter.user.email)}."


@require_POST
@requires("toolkit.change_exercise")
def exercise_open(request, pk):
    exercise = get_exercise_for(request.user, pk, "toolkit.change_exercise")
    exercise = services.open_exercise(exercise=exercise, actor=request.user)
    messages.success(request, "The exercise is open again: participants can change answers.")
    return redirect(exercise)
