"""The evaluation parts of the PDF progress reports.

`part(subject)` gives the report sections for a Programme, Project or FieldTrial: objectives
and their progress, indicators (side by side, and each with its trend chart) and lessons
and case studies with their take-up. Each section is a dict
`{"title": str, "template": "evaluation/report/<name>.html", "context": dict}`; the reports
app renders each template with its context (the templates share the charts' parts with the
web pages). Reports hold the whole subject: whoever may read the report reads the subject.

The number of queries does not depend on the number of trials, indicators or measurements.
"""

from django.db.models import Q

from .charts import progress_chart
from .models import CaseStudy, Indicator, Lesson, Objective, level_of
from .selectors import IndicatorRow, indicators_with_charts, learning, objectives_with_progress


def _scope(subject):
    """(objectives, indicators, lessons, case studies) querysets for the subject."""
    level = level_of(subject)
    if level == "programme":
        trials = Q(field_trial__project__programme=subject)
        below = Q(programme=subject) | Q(project__programme=subject) | trials
        return (
            Objective.objects.filter(programme=subject),
            Indicator.objects.filter(trials),
            Lesson.objects.filter(below),
            CaseStudy.objects.filter(below),
        )
    if level == "project":
        below = Q(project=subject) | Q(field_trial__project=subject)
        return (
            Objective.objects.filter(project=subject),
            Indicator.objects.filter(field_trial__project=subject),
            Lesson.objects.filter(below),
            CaseStudy.objects.filter(below),
        )
    return (
        Objective.objects.filter(field_trial=subject),
        Indicator.objects.filter(field_trial=subject),
        Lesson.objects.filter(field_trial=subject),
        CaseStudy.objects.filter(field_trial=subject),
    )


def part(subject):
    """The evaluation sections of a report on `subject` (Programme, Project or FieldTrial)."""
    objectives, indicators, lessons, case_studies = _scope(subject)
    indicators = indicators_with_charts(indicators.order_by("field_trial__title", "strand", "name"))
    rows = [
        IndicatorRow(
            i, i.latest.value if i.latest else None, i.latest.measured_on if i.latest else None
        )
        for i in indicators
    ]
    lessons, case_studies = learning(lessons, case_studies)
    many_trials = level_of(subject) != "field_trial"
    return [
        {
            "title": "Objectives and progress",
            "template": "evaluation/report/objectives.html",
            "context": {"objectives": objectives_with_progress(objectives)},
        },
        {
            "title": "Indicators against baseline and target",
            "template": "evaluation/report/indicators.html",
            "context": {
                "indicators": indicators,
                "rows": rows,
                "progress_chart": progress_chart(rows, id=f"report-{subject.pk}-progress")
                if many_trials and rows
                else None,
                "show_trials": many_trials,
            },
        },
        {
            "title": "Lessons, case studies and what transferred",
            "template": "evaluation/report/lessons.html",
            "context": {"lessons": lessons, "case_studies": case_studies},
        },
    ]
