"""The evaluation parts of the PDF progress reports.

`part(subject, period)` gives the report sections for a Programme, Project or FieldTrial:
on the summary page, each objective's latest progress in a line; then objectives and their
progress (a project's own, then its field trials' under each trial), indicators side by
side, lessons and case studies with their take-up, and each indicator's trend chart (in the
appendix when the report covers several trials), none of them withdrawn, and each as of the
period's end: what was written by then, measurements, progress and take-ups dated by then.
Each section is a dict `{"title": str, "template": "evaluation/report/<name>.html",
"context": dict}`; the reports app renders each template with its context (the templates
share the charts' parts with the web pages). Reports hold the whole subject: whoever may read
the report reads the subject.

The number of queries does not depend on the number of trials, indicators or measurements.
"""

from django.db.models import Q

from reports.parts import register

from .charts import progress_chart
from .models import CaseStudy, Indicator, Lesson, level_of
from .selectors import (
    BY_TRIAL,
    IndicatorRow,
    indicators_with_charts,
    learning,
    objectives_of,
    objectives_with_progress,
)


def _scope(subject, period):
    """(objectives, indicators, lessons, case studies) querysets for the subject, as
    written by the end of `period`, without withdrawn records (nor, through the selectors,
    withdrawn progress, measurements and take-ups)."""
    level = level_of(subject)
    if level == "programme":
        objectives = objectives_of(programme=subject)
        trials = Q(field_trial__project__programme=subject)
        below = Q(programme=subject) | Q(project__programme=subject) | trials
    elif level == "project":
        # Its own objectives, then its field trials' (read in the same query).
        trials = Q(field_trial__project=subject)
        objectives = objectives_of(Q(project=subject) | trials).select_related("field_trial")
        objectives = objectives.order_by(*BY_TRIAL)
        below = Q(project=subject) | trials
    else:
        objectives = objectives_of(field_trial=subject)
        trials = below = Q(field_trial=subject)
    written = period.recorded()
    return (
        objectives.current().filter(written),
        Indicator.objects.current().filter(trials, written),
        Lesson.objects.current().filter(below, written),
        CaseStudy.objects.current().filter(below, written),
    )


def _at_risk(objectives):
    """The objectives whose latest progress for at least one group is "at risk"."""
    return [
        objective
        for objective in objectives
        if any(g.latest and g.latest.status == "at_risk" for g in objective.by_group)
    ]


@register(order=30)
def part(subject, period):
    """The evaluation sections of a report on `subject` (Programme, Project or FieldTrial)."""
    objectives, indicators, lessons, case_studies = _scope(subject, period)
    indicators = indicators_with_charts(
        indicators.order_by("field_trial__title", "strand", "name"), until=period.end
    )
    rows = [
        IndicatorRow(
            i, i.latest.value if i.latest else None, i.latest.measured_on if i.latest else None
        )
        for i in indicators
    ]
    lessons, case_studies = learning(lessons, case_studies, until=period.end)
    many_trials = level_of(subject) != "field_trial"
    objectives = objectives_with_progress(objectives, until=period.end)
    # A project's report tells its field trials' objectives too, under each trial (they were
    # only in the trials' own reports, while their indicators were rolled up here).
    of_trials = []
    if level_of(subject) == "project":
        of_trials = [o for o in objectives if o.field_trial_id]
        objectives = [o for o in objectives if not o.field_trial_id]
    at_risk = [f"Objective {o}: at risk for at least one group." for o in _at_risk(objectives)]
    # The trial in brackets, as the objectives' lines below name it: "… in the town of
    # Stevenage: A Learning Town: at risk" ran the trial's title into the objective.
    at_risk += [
        f"Objective {o} ({o.field_trial.title}): at risk for at least one group."
        for o in _at_risk(of_trials)
    ]
    # "Evaluation" objectives: a project's report also counts the objectives of its need
    # analysis (Analyse need), each of which becomes one of these once agreed.
    context = {
        "objectives": objectives,
        "trial_objectives": of_trials,
        "of_project": level_of(subject) == "project",
    }
    return [
        {
            "title": "Progress against evaluation objectives",
            "template": "reports/parts/summary_objectives.html",
            "context": context,
            "summary": True,
            "attention": at_risk,
        },
        {
            "title": "Evaluation objectives and progress",
            "template": "evaluation/report/objectives.html",
            "context": context,
            "incubation": True,
            "empty": not objectives and not of_trials,
        },
        {
            "title": "Indicators against baseline and target",
            # With several trials, the indicators side by side here and each one's trend in
            # the appendix; for one trial, each with its trend.
            "template": "reports/parts/indicators.html"
            if many_trials
            else "evaluation/report/indicators.html",
            "context": {
                "indicators": indicators,
                "rows": rows,
                "progress_chart": progress_chart(rows, id=f"report-{subject.pk}-progress")
                if many_trials and rows
                else None,
                "show_trials": many_trials,
            },
            "incubation": True,
            "empty": not indicators,
        },
        {
            "title": "Lessons, case studies and what transferred",
            "template": "evaluation/report/lessons.html",
            "context": {"lessons": lessons, "case_studies": case_studies},
            "incubation": True,
            "empty": not lessons and not case_studies,
        },
        *(
            [
                {
                    "title": "Appendix: indicators' measurements",
                    "template": "reports/parts/indicator_trends.html",
                    "context": {"indicators": indicators, "show_trials": True},
                    "appendix": True,
                }
            ]
            if many_trials and indicators
            else []
        ),
    ]
