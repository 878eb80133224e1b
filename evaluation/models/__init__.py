"""Evaluation and system learning (Phase 3): objectives and progress, partnership boards,
indicators and measurements, evaluation plans, lessons, case studies and take-up."""

from .indicators import (
    Direction,
    EvaluationPlan,
    EvaluationQuestion,
    Indicator,
    Measurement,
    progress_towards_target,
    same_unit,
)
from .learning import CaseStudy, Lesson, Tag, TakeUp
from .objectives import HighlightReport, LocalityGroup, Objective, ProgressEntry, ProgressStatus
from .partnership import (
    BoardDecision,
    BoardMeeting,
    BoardMember,
    IndependentEvaluation,
    PartnerContribution,
    PartnershipBoard,
    PolicyEvidence,
    SuccessCriterion,
)
from .subjects import level_of, programme_of, project_of

__all__ = [
    "BoardDecision",
    "BoardMeeting",
    "BoardMember",
    "CaseStudy",
    "Direction",
    "EvaluationPlan",
    "EvaluationQuestion",
    "HighlightReport",
    "IndependentEvaluation",
    "Indicator",
    "Lesson",
    "LocalityGroup",
    "Measurement",
    "Objective",
    "PartnerContribution",
    "PartnershipBoard",
    "PolicyEvidence",
    "ProgressEntry",
    "ProgressStatus",
    "SuccessCriterion",
    "Tag",
    "TakeUp",
    "level_of",
    "programme_of",
    "project_of",
    "progress_towards_target",
    "same_unit",
]
