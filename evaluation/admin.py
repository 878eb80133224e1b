"""Evaluation records in the admin pages (administrators only)."""

from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin

from . import models

for model in (models.Objective, models.ProgressEntry, models.Measurement):
    admin.site.register(model, SimpleHistoryAdmin)

for model in (
    models.LocalityGroup,
    models.HighlightReport,
    models.PartnershipBoard,
    models.BoardMember,
    models.BoardMeeting,
    models.BoardDecision,
    models.SuccessCriterion,
    models.IndependentEvaluation,
    models.PolicyEvidence,
    models.PartnerContribution,
    models.Indicator,
    models.EvaluationPlan,
    models.EvaluationQuestion,
    models.Tag,
    models.Lesson,
    models.CaseStudy,
    models.TakeUp,
):
    admin.site.register(model)
