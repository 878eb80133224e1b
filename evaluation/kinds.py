"""Every kind of evaluation record people add and edit, declared as data: its model and
form, what it is added to, the permission asked on that parent, and its page's words.

The add and edit views (views/records.py) and the access cases both read this table, so a
new kind gets its pages and its access cases from one entry.
"""

from collections.abc import Callable
from dataclasses import dataclass

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
)
from .services import add_plan_question, plan_for

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
    def edit_title(self):
        bare = self.noun
        for article in ("a ", "an ", "the "):
            bare = bare.removeprefix(article)
        return f"Change the {bare}"


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
