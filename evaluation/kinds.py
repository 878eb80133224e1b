"""Every kind of evaluation record, declared as data.

`KINDS` says how each is added: its model and form, what it is added to, the permission
asked on that parent, and where it shows (the add view, views/records.py, reads it).
`RECORD_KINDS` declares the same kinds to the record kit (nextpractice/records), which gives
each its edit page refusing a stale save, withdrawal (the partnership board and a trial's
evaluation plan, one of each, are only corrected), deletion by its author within minutes,
events, history and its list's CSV and XLSX exports. A kind's events are about its record's
programme, project or trial, so they are in that evaluation page's history; its export is of
its programme's records (its trial's, for a trial's indicators, measurements and plan) that
the person may read.
"""

from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal

from django.db.models import Q
from django.urls import reverse

from nextpractice.records.kinds import Column, RecordKind, lists_with_rows
from nextpractice.words import month_label, plain_number
from programmes.services.lifecycle import lock_open_project, open_project

from . import forms
from .models import (
    BoardDecision,
    BoardMeeting,
    BoardMember,
    CaseStudy,
    EvaluationPlan,
    EvaluationQuestion,
    HighlightReport,
    IndependentEvaluation,
    Indicator,
    Lesson,
    LocalityGroup,
    Measurement,
    Objective,
    PartnerContribution,
    PartnershipBoard,
    PolicyEvidence,
    ProgressEntry,
    SuccessCriterion,
    TakeUp,
    level_of,
    programme_of,
    project_of,
)
from .rules import (
    RECORD_SUBJECT,
    get_record_for,
    get_subject_for,
    is_learning,
    visible_records,
)
from .selectors import numbered_objectives, objective_number
from .services import add_plan_question, parse_themes, plan_for, themes_named

SUBJECTS = ("programme", "project", "field-trial")


@dataclass(frozen=True)
class Kind:
    slug: str
    model: type
    form: type
    parents: tuple  # what it is added to: subject levels or other kinds' slugs
    add_perm: str  # asked with the parent
    noun: str
    anchor: str  # the section of the evaluation page it appears in
    build: Callable  # (parent, user) -> a new, unsaved record
    existing: Callable | None = None  # (parent) -> the one record the parent may have
    create: Callable | None = None  # (parent, form, user) -> record, instead of save_record

    @property
    def add_title(self):
        return f"Add {self.noun}"

    @property
    def bare_noun(self):
        """The noun without its article: "objective", "partnership board"."""
        bare = self.noun
        for article in ("a ", "an ", "the "):
            bare = bare.removeprefix(article)
        return bare


def _question(parent, form, user):
    return add_plan_question(trial=parent, actor=user, **form.cleaned_data)


def _take_up(parent, user):
    if isinstance(parent, Lesson):
        return TakeUp(lesson=parent, recorded_by=user)
    return TakeUp(case_study=parent, recorded_by=user)


KINDS = {
    k.slug: k
    for k in [
        Kind(
            "objective", Objective, forms.ObjectiveForm, SUBJECTS, "evaluation.add_objective",
            "an objective", "objectives",
            lambda p, u: Objective(created_by=u).set_subject(p),
        ),
        Kind(
            "progress", ProgressEntry, forms.ProgressForm, ("objective",),
            "evaluation.change_record", "progress on an objective", "objectives",
            lambda p, u: ProgressEntry(objective=p, recorded_by=u),
        ),
        Kind(
            "group", LocalityGroup, forms.LocalityGroupForm, ("programme",), "evaluation.steer",
            "a group", "objectives", lambda p, u: LocalityGroup(programme=p),
        ),
        Kind(
            "board", PartnershipBoard, forms.BoardForm, ("programme",), "evaluation.steer",
            "the partnership board", "board", lambda p, u: PartnershipBoard(programme=p),
            existing=lambda p: PartnershipBoard.objects.filter(programme=p).first(),
        ),
        Kind(
            "member", BoardMember, forms.BoardMemberForm, ("board",), "evaluation.change_record",
            "a board member", "board", lambda p, u: BoardMember(board=p),
        ),
        Kind(
            "meeting", BoardMeeting, forms.MeetingForm, ("board",), "evaluation.change_record",
            "a board meeting", "board", lambda p, u: BoardMeeting(board=p),
        ),
        Kind(
            "decision", BoardDecision, forms.DecisionForm, ("meeting",),
            "evaluation.change_record", "a decision", "board",
            lambda p, u: BoardDecision(meeting=p),
        ),
        Kind(
            "criterion", SuccessCriterion, forms.CriterionForm, ("programme",), "evaluation.steer",
            "a joint success criterion", "criteria", lambda p, u: SuccessCriterion(programme=p),
        ),
        Kind(
            "independent-evaluation", IndependentEvaluation, forms.IndependentEvaluationForm,
            ("programme",), "evaluation.steer", "an independent evaluation", "evidence",
            lambda p, u: IndependentEvaluation(programme=p),
        ),
        Kind(
            "policy-evidence", PolicyEvidence, forms.PolicyEvidenceForm, ("programme",),
            "evaluation.steer", "evidence to policy makers", "evidence",
            lambda p, u: PolicyEvidence(programme=p),
        ),
        Kind(
            "indicator", Indicator, forms.IndicatorForm, ("field-trial",), "evaluation.keep_trial",
            "an indicator", "indicators", lambda p, u: Indicator(field_trial=p),
        ),
        Kind(
            "measurement", Measurement, forms.MeasurementForm, ("indicator",),
            "evaluation.change_record", "a measurement", "indicators",
            lambda p, u: Measurement(indicator=p, entered_by=u),
        ),
        Kind(
            "plan", EvaluationPlan, forms.PlanForm, ("field-trial",), "evaluation.keep_trial",
            "the evaluation plan", "plan", lambda p, u: EvaluationPlan(field_trial=p),
            existing=lambda p: EvaluationPlan.objects.filter(field_trial=p).first(),
        ),
        Kind(
            "question", EvaluationQuestion, forms.QuestionForm, ("field-trial",),
            "evaluation.keep_trial", "an evaluation question", "plan",
            lambda p, u: EvaluationQuestion(plan=plan_for(p)), create=_question,
        ),
        Kind(
            "lesson", Lesson, forms.LessonForm, SUBJECTS, "evaluation.steer", "a lesson",
            "learning", lambda p, u: Lesson(recorded_by=u).set_subject(p),
        ),
        Kind(
            "case-study", CaseStudy, forms.CaseStudyForm, SUBJECTS, "evaluation.steer",
            "a case study", "learning", lambda p, u: CaseStudy().set_subject(p),
        ),
        Kind(
            "take-up", TakeUp, forms.TakeUpForm, ("lesson", "case-study"),
            "evaluation.change_record", "a take-up by a partner agency", "learning", _take_up,
        ),
        Kind(
            "contribution", PartnerContribution, forms.ContributionForm,
            ("programme", "project"), "evaluation.add_contribution", "a partner contribution",
            "contributions", lambda p, u: PartnerContribution(entered_by=u).set_subject(p),
        ),
        Kind(
            "highlight", HighlightReport, forms.HighlightForm, ("programme", "project"),
            "evaluation.steer", "a highlight report", "highlights",
            lambda p, u: HighlightReport(author=u).set_subject(p),
        ),
    ]
}  # fmt: skip


# --- The record kit's declarations ---------------------------------------------------------

CHANGE = "evaluation.change_record"


def on_its_page(slug):
    """The record's place on its programme's, project's or trial's evaluation page."""

    def back_url(record):
        subject = record.subject
        page = reverse(f"evaluation:{level_of(subject)}_evaluation", args=[subject.pk])
        return f"{page}#{KINDS[slug].anchor}"

    return back_url


def _under_programme(model, programme):
    """The condition on `model`'s records that belong to `programme`, at any level."""
    if model is TakeUp:
        lessons = Lesson.objects.filter(_under_programme(Lesson, programme))
        studies = CaseStudy.objects.filter(_under_programme(CaseStudy, programme))
        return Q(lesson__in=lessons) | Q(case_study__in=studies)
    fields, prefix = RECORD_SUBJECT[model]
    paths = {
        "programme": "programme",
        "project": "project__programme",
        "field_trial": "field_trial__project__programme",
    }
    condition = Q(pk__in=[])
    for name in fields:
        condition |= Q(**{f"{prefix}{paths[name]}": programme})
    return condition


def _programme_rows(model, *related):
    def rows(programme, user):
        found = visible_records(user, model).filter(_under_programme(model, programme))
        if model is Lesson:
            found = found.prefetch_related("themes")
        return found.select_related(*related) if related else found

    return rows


def _objective_rows(*related):
    """A programme's objectives, numbered as their pages number them (`place`)."""
    programme_rows = _programme_rows(Objective, *related)

    def rows(programme, user):
        return numbered_objectives(programme_rows(programme, user))

    return rows


def _trial_rows(model, path, *related):
    def rows(trial, user):
        found = visible_records(user, model).filter(**{path: trial})
        return found.select_related(*related) if related else found

    return rows


def _form_fields(form):
    """What an edit saves: the form's fields it still has (some drop one, such as a
    partner's contribution its organisation, or an agreed objective its wording)."""
    return {
        name: form.cleaned_data[name] for name in form._meta.fields if name in form.cleaned_data
    }


def _lesson_values(form):
    names = parse_themes(form.cleaned_data.get("theme_list"))
    return {**_form_fields(form), "themes": themes_named(names)}


def _measurement_values(form):
    """A measurement is changed in its indicator's unit, which its form names and never asks
    for: stored again from the indicator, so a unit changed on the indicator since follows."""
    return {**_form_fields(form), "unit": form.instance.indicator.unit}


def _none(record):
    return None


def _depends(related, reason):
    """dependants: `reason` while the record has rows in `related` (a related name)."""

    def dependants(record):
        return reason if getattr(record, related).exists() else ""

    return dependants


def _group_dependants(group):
    if group.progress.exists() or HighlightReport.objects.filter(group=group).exists():
        return "Progress or highlight reports have been recorded for this group."
    return ""


def _objective_dependants(objective):
    if objective.need_objective_id:
        return "It is an objective agreed in Analyse need."
    if objective.progress.exists():
        return "Progress has been recorded against this objective."
    return ""


def _number(value):
    """A stored number as people typed it: 14, not 14.000 (nor 1.4E+1)."""
    return None if value is None else Decimal(plain_number(value))


def _subject_name(record):
    return str(record.subject)


def _user_name(user):
    return (user.full_name or user.email) if user else ""


def _numbered(objective):
    return f"{objective.number}. {objective.wording}" if objective.number else objective.wording


def _by_programme(slug, columns, related=(), **more):
    kind = KINDS[slug]
    more.setdefault("rows", _programme_rows(kind.model, *related))
    return _declare(
        kind,
        parent=lambda record: programme_of(record.subject),
        fetch_parent=lambda user, pk: get_subject_for(user, "programme", pk),
        columns=columns,
        **more,
    )


def _by_trial(slug, path, columns, related=(), **more):
    kind = KINDS[slug]
    return _declare(
        kind,
        parent=lambda record: record.subject,
        fetch_parent=lambda user, pk: get_subject_for(user, "field-trial", pk),
        rows=_trial_rows(kind.model, path, *related),
        columns=columns,
        **more,
    )


# The kinds a progress report shows or counts (evaluation/reporting.py): objectives with
# their progress, indicators with their measurements, lessons and case studies with their
# take-up. Their withdraw page says what becomes of reports already made.
IN_REPORTS = {
    "objective",
    "progress",
    "indicator",
    "measurement",
    "lesson",
    "case-study",
    "take-up",
}


def _open_project_of(record, lock=False):
    """An evaluation record of a project, or of one of its trials, takes no change while the
    project is withdrawn (ProjectWithdrawn), nor once it is closed (ProjectClosed) but for its
    learning (rules.LEARNING): the kit's `open_parent`, under the project's lock when
    `lock`. A programme's records have no project to ask."""
    project = project_of(record.subject)
    if project is not None:
        opened = lock_open_project if lock else open_project
        opened(project, closed_ok=is_learning(record))


def _refused_page(request, refused):
    """The kit's `closed_page`: the project's refusal page (409), saying withdrawn or closed."""
    from programmes.views.project_pages import project_withdrawn

    return project_withdrawn(request, refused.project, "changed")


def _declare(kind, **more):
    model = kind.model
    more.setdefault("author", _none)
    more.setdefault("in_reports", kind.slug in IN_REPORTS)
    return RecordKind(
        app="evaluation",
        slug=kind.slug,
        model=model,
        form=kind.form,
        noun=kind.bare_noun,
        fetch=lambda user, pk: get_record_for(user, model, pk),
        may_change=lambda user, record: user.has_perm(CHANGE, record),
        back_url=on_its_page(kind.slug),
        target=lambda record: record.subject,
        form_kwargs=lambda record, user: {"user": user},
        values=more.pop("values", _form_fields),
        open_parent=_open_project_of,
        closed_page=_refused_page,
        **more,
    )


ABOUT = Column("About", _subject_name)

RECORD_KINDS = [
    _by_programme(
        "objective",
        (
            ABOUT,
            Column("Number", objective_number),
            Column("Objective", lambda r: r.wording),
            Column("Added on", lambda r: r.created_at),
        ),
        author=lambda r: r.created_by_id,
        dependants=_objective_dependants,
        rows=_objective_rows("programme", "project", "field_trial", "need_objective"),
    ),
    _by_programme(
        "progress",
        (
            # Its whole wording, as the page and report give it (its name is cut at 100).
            Column("Objective", lambda r: _numbered(r.objective)),
            Column("About", lambda r: str(r.objective.subject)),
            Column("Group", lambda r: r.group.name if r.group else ""),
            Column("Date", lambda r: r.recorded_on),
            Column("Where it stands", lambda r: r.get_status_display()),
            Column("Progress and impact", lambda r: r.what),
            Column("Recorded by", lambda r: _user_name(r.recorded_by)),
        ),
        related=(
            "objective__programme",
            "objective__project",
            "objective__field_trial",
            "objective__need_objective",
            "group",
            "recorded_by",
        ),
        author=lambda r: r.recorded_by_id,
    ),
    _by_programme(
        "group",
        (Column("Group", lambda r: r.name),),
        dependants=_group_dependants,
    ),
    _by_programme(
        "board",
        (
            Column("Board", lambda r: r.name),
            Column("Chaired by", lambda r: r.chair.name if r.chair else ""),
            Column("Purpose", lambda r: r.purpose),
        ),
        related=("chair",),
    ),
    _by_programme(
        "member",
        (
            Column("Organisation", lambda r: r.organisation.name),
            Column("Representative", lambda r: r.representative),
            Column("Part on the board", lambda r: r.role),
        ),
        related=("organisation",),
    ),
    _by_programme(
        "meeting",
        (Column("Date", lambda r: r.held_on), Column("Notes", lambda r: r.notes)),
        dependants=_depends("decisions", "Decisions were recorded at this meeting."),
    ),
    _by_programme(
        "decision",
        (Column("Meeting", lambda r: r.meeting.held_on), Column("Decision", lambda r: r.text)),
        related=("meeting",),
    ),
    _by_programme(
        "criterion",
        (
            Column("Success criterion", lambda r: r.text),
            Column("How it will be judged", lambda r: r.measure),
        ),
    ),
    _by_programme(
        "independent-evaluation",
        (
            Column("Who evaluated", lambda r: r.evaluator),
            Column("When", lambda r: r.reported_on),
            Column("Findings", lambda r: r.findings),
            Column("Link", lambda r: r.url),
        ),
    ),
    _by_programme(
        "policy-evidence",
        (
            Column("Review or enquiry", lambda r: r.review),
            Column("Given by", lambda r: r.given_by.name if r.given_by else ""),
            Column("When", lambda r: r.given_on),
            Column("What was given", lambda r: r.what),
        ),
        related=("given_by",),
    ),
    _by_trial(
        "indicator",
        "field_trial",
        (
            Column("Strand or outcome", lambda r: r.strand_label),
            Column("What it measures", lambda r: r.name),
            Column("Unit", lambda r: r.unit),
            Column("Direction", lambda r: r.get_direction_display()),
            Column("Baseline value", lambda r: _number(r.baseline_value)),
            Column("Baseline date", lambda r: r.baseline_date),
            Column("Target value", lambda r: _number(r.target_value)),
            Column("Target date", lambda r: r.target_date),
            Column("Notes", lambda r: r.notes),
        ),
        dependants=_depends("measurements", "Measurements have been entered for this indicator."),
    ),
    _by_trial(
        "measurement",
        "indicator__field_trial",
        (
            Column("Indicator", lambda r: r.indicator.name),
            Column("Date measured", lambda r: r.measured_on),
            Column("Value", lambda r: _number(r.value)),
            Column("Unit", lambda r: r.unit),
            Column("Note", lambda r: r.note),
            Column("Entered by", lambda r: _user_name(r.entered_by)),
        ),
        related=("indicator", "entered_by"),
        author=lambda r: r.entered_by_id,
        values=_measurement_values,
    ),
    _by_trial(
        "plan",
        "field_trial",
        (
            Column("Co-designed with", lambda r: r.co_designed_with),
            Column("What the evaluation sets out to show", lambda r: r.summary),
        ),
    ),
    _by_trial(
        "question",
        "plan__field_trial",
        (
            Column("Question", lambda r: r.question),
            Column("Methods", lambda r: r.methods),
            Column("Who collects what", lambda r: r.who_collects),
            Column("When", lambda r: r.when),
        ),
    ),
    _by_programme(
        "lesson",
        (
            ABOUT,
            Column("Title", lambda r: r.title),
            Column("What was learned", lambda r: r.text),
            Column("Themes", lambda r: ", ".join(t.name for t in r.themes.all())),
            Column("Added on", lambda r: r.created_at),
        ),
        related=("programme", "project", "field_trial"),
        author=lambda r: r.recorded_by_id,
        dependants=_depends("take_ups", "A partner agency has taken this lesson up."),
        values=_lesson_values,
    ),
    _by_programme(
        "case-study",
        (
            ABOUT,
            Column("Title", lambda r: r.title),
            Column("Summary", lambda r: r.summary),
            Column("Link", lambda r: r.url),
            Column("Published elsewhere on", lambda r: r.published_on),
        ),
        related=("programme", "project", "field_trial"),
        dependants=_depends("take_ups", "A partner agency has taken this case study up."),
    ),
    _by_programme(
        "take-up",
        (
            Column("Lesson or case study", lambda r: str(r.item)),
            Column("Partner agency", lambda r: r.organisation.name),
            Column("When", lambda r: r.taken_up_on),
            Column("How", lambda r: r.how),
        ),
        related=("lesson", "case_study", "organisation"),
    ),
    _by_programme(
        "contribution",
        (
            ABOUT,
            Column("Organisation", lambda r: r.organisation.name),
            Column("What they give", lambda r: r.what),
            Column("Added on", lambda r: r.created_at),
        ),
        related=("programme", "project", "organisation"),
        author=lambda r: r.entered_by_id,
    ),
    _by_programme(
        "highlight",
        (
            ABOUT,
            Column("Month", lambda r: f"{r.month:%Y-%m}", shown=lambda r: month_label(r.month)),
            Column("Group", lambda r: r.group.name if r.group else ""),
            Column("Red, amber or green", lambda r: r.get_rag_display()),
            Column("Report", lambda r: r.text),
            Column("Author", lambda r: _user_name(r.author)),
        ),
        related=("programme", "project", "group", "author"),
        author=lambda r: r.author_id,
    ),
]


# The lists each evaluation page offers for a spreadsheet: (kind, what it holds). A trial's
# own lists are the trial's; the rest are its programme's, as far as the person may read it.
TRIAL_LISTS = {"indicator", "measurement", "plan", "question"}
PAGE_EXPORTS = {
    "programme": [
        ("objective", "objectives"),
        ("progress", "progress on objectives"),
        ("group", "groups"),
        ("member", "board members"),
        ("meeting", "board meetings"),
        ("decision", "board decisions"),
        ("criterion", "success criteria"),
        ("independent-evaluation", "independent evaluations"),
        ("policy-evidence", "evidence to policy makers"),
        ("lesson", "lessons"),
        ("case-study", "case studies"),
        ("take-up", "organisations that took up the lessons and case studies"),
        ("contribution", "partner contributions"),
        ("highlight", "highlight reports"),
    ],
    "project": [
        ("objective", "objectives"),
        ("progress", "progress on objectives"),
        ("lesson", "lessons"),
        ("case-study", "case studies"),
        ("contribution", "partner contributions"),
        ("highlight", "highlight reports"),
    ],
    "field_trial": [
        ("indicator", "indicators"),
        ("measurement", "measurements"),
        ("plan", "evaluation plan"),
        ("question", "evaluation questions"),
        ("objective", "objectives"),
        ("progress", "progress on objectives"),
        ("lesson", "lessons"),
    ],
}


@dataclass
class Exports:
    """One list of downloads on an evaluation page: its heading (none on the programme's own
    page) and its [(kind slug, what it holds, the pk its export is of)]."""

    heading: str
    lists: list
    whose: str = "the"  # for a screen reader's link text: "CSV of the programme's lessons"
    note: str = ""


def page_exports(subject, user):
    """A subject's evaluation page's downloads that hold something for `user` (an empty list
    offers none; asked in one query): on a trial's page its own lists first, then (on a
    project's or trial's page) those kept across its programme, each row saying what it is
    about, headed so that nobody takes the programme's for the trial's."""
    programme, level = programme_of(subject), level_of(subject)
    declared = {kind.slug: kind for kind in RECORD_KINDS}
    lists = [
        (slug, label, subject if slug in TRIAL_LISTS else programme)
        for slug, label in PAGE_EXPORTS[level]
    ]
    with_rows = lists_with_rows(
        [(declared[slug], parent) for slug, _, parent in lists], user, anchor=subject
    )
    own, across = [], []
    for (slug, label, parent), has_rows in zip(lists, with_rows, strict=True):
        if has_rows:
            (own if slug in TRIAL_LISTS else across).append((slug, label, parent.pk))
    if level == "programme":
        return [Exports("", across)] if across else []
    sections = [Exports("This field trial", own, whose="this field trial's")] if own else []
    if across:
        sections.append(
            Exports(
                f"Across the programme, {programme.name}",
                across,
                whose="the programme's",
                note="Each row says whether it is about the programme, a project or a field "
                "trial, and which.",
            )
        )
    return sections
