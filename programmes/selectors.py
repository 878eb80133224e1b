"""Reading a project for its page: everything each diamond opened out and kept."""

from django.db.models import Count

from fieldtrials.rules import visible_fieldtrials

from .models import (
    DataSource,
    KeptStimulus,
    Objective,
    PotentialInnovator,
    ProblemStatement,
    StageMove,
    Stimulus,
    Workshop,
)
from .selectors_options import option_summary_for


def project_overview(project, user):
    """The records of each stage and the counts drawn in the diamonds (constant queries)."""
    # Withdrawn records stay on the page, marked, but no list or count includes them: read
    # with the others (no query more) and set apart.
    need = {
        noun: list(queryset.filter(project=project).select_related("withdrawn_by"))
        for noun, queryset in (
            ("Problem statement", ProblemStatement.objects.all()),
            ("Objective", Objective.objects.all()),
            ("Data source", DataSource.objects.all()),
            ("Potential innovator", PotentialInnovator.objects.select_related("organisation")),
        )
    }
    withdrawn_need = [(n, r) for n, records in need.items() for r in records if r.is_withdrawn]
    problems, objectives, data_sources, innovators = (
        [r for r in records if not r.is_withdrawn] for records in need.values()
    )
    kept = list(
        KeptStimulus.objects.filter(project=project)
        .select_related("stimulus")
        .prefetch_related("stimulus__tags")
    )
    workshops = list(
        Workshop.objects.current().filter(project=project).annotate(
            participant_count=Count("participants", distinct=True),
            option_count=Count("options", distinct=True),
        )
    )
    option_summary = option_summary_for(project)
    option_counts = option_summary.counts
    trials = list(
        visible_fieldtrials(user)
        .filter(project=project)
        .select_related("lead_organisation", "local_authority", "option")
        .order_by("title")
    )
    trial_counts = {}
    for trial in trials:
        trial_counts[trial.status] = trial_counts.get(trial.status, 0) + 1
    library_size = Stimulus.objects.count()
    moves = list(StageMove.objects.filter(project=project).select_related("actor"))
    agreed = [o for o in objectives if o.status == Objective.Status.AGREED]
    options_total = option_summary.total
    return {
        "problems": problems,
        "drivers": [p for p in problems if p.kind == ProblemStatement.Kind.DRIVER],
        "challenges": [p for p in problems if p.kind == ProblemStatement.Kind.PROBLEM],
        "objectives": objectives,
        "data_sources": data_sources,
        "innovators": innovators,
        "withdrawn_need": withdrawn_need,
        # The need lists' exports (programmes/kinds.py): (kind slug, what it holds).
        "need_exports": [
            ("problem-statement", "problem statements"),
            ("objective", "objectives"),
            ("data-source", "data sources"),
            ("potential-innovator", "potential innovators"),
        ],
        "kept_stimuli": kept,
        "workshops": workshops,
        "option_summary": option_summary,
        "trials": trials,
        "moves": moves,
        "stage_summaries": {
            "analyse_need": {
                "opened": [
                    (len(problems), "problems, challenges and drivers"),
                    (len(data_sources), "data sources"),
                    (len(innovators), "potential innovators"),
                ],
                "kept": [(len(agreed), f"agreed objectives (of {len(objectives)})")],
            },
            "scan_horizon": {
                "opened": [(library_size, "stimuli in the shared library")],
                "kept": [(len(kept), "stimuli kept for this project")],
            },
            "generate_options": {
                "opened": [
                    (options_total, "ideas (creative options)"),
                    (len(workshops), "workshops"),
                ],
                "kept": [
                    (option_counts.get("shortlisted", 0), "shortlisted"),
                    (option_counts.get("selected", 0), "selected for field trials"),
                ],
            },
            "incubate": {
                "opened": [(len(trials), "field trials")],
                "kept": [(trial_counts.get("completed", 0), "completed")],
            },
            "system_learning": {
                "opened": [],
                "kept": [],
            },
        },
    }
