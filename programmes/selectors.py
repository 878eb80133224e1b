"""Reading a project for its pages: the overview's counts, Phase 1's records, its trials."""

from dataclasses import dataclass, field

from django.db.models import Count, Q
from django.utils.translation import ngettext

from fieldtrials.models import FieldTrial, Rag
from fieldtrials.rules import visible_fieldtrials
from fieldtrials.selectors_list import LIVE_STATUSES

from .models import (
    DataSource,
    KeptStimulus,
    Objective,
    PotentialInnovator,
    ProblemStatement,
    Stage,
    StageMove,
    Stimulus,
    Workshop,
)
from .rules import reads_whole_project
from .selectors_options import option_summary_for

REDS_NAMED = 5  # on the overview; the trials page lists the rest


@dataclass
class TrialSummary:
    """A project's field trials that a person sees, in counts: by status, and the latest red,
    amber or green of those still under way, with the reds named."""

    total: int = 0
    by_status: list = field(default_factory=list)  # (status, label, count), in workflow order
    by_rag: list = field(default_factory=list)  # (rag, label, count) of those with any
    live: int = 0  # under way: selected, incubating or reporting
    reds: list = field(default_factory=list)  # up to REDS_NAMED red trials, by title
    more_reds: int = 0  # red trials not named
    whole: bool = False  # the person sees every trial of the project
    in_project: int = 0  # every trial of the project, those the person does not see too

    @property
    def hidden(self):
        """How many of the project's trials the person cannot open (never named)."""
        return self.in_project - self.total

    def count(self, status):
        return next((n for s, _, n in self.by_status if s == status), 0)


def trial_summary_for(project, user):
    """The project's trials `user` sees, counted, and how many the project has in all (two
    queries, however many trials)."""
    trials = visible_fieldtrials(user).filter(project=project)
    whole = reads_whole_project(user, project)
    # Someone who sees only some of the trials is told how many the project has, so that
    # "no field trials" is never said of a project running some (the gate counts them all).
    base = trials if whole else FieldTrial.objects.filter(project=project)
    seen = Count("pk") if whole else Count("pk", filter=Q(pk__in=trials.values("pk")))
    counts = {}
    rags = {}
    in_project = 0
    for status, rag, n, every in (
        base.order_by().values_list("status", "latest_rag").annotate(n=seen, every=Count("pk"))
    ):
        in_project += every
        if not n:
            continue
        counts[status] = counts.get(status, 0) + n
        if status in LIVE_STATUSES:
            rags[rag or ""] = rags.get(rag or "", 0) + n
    summary = TrialSummary(
        total=sum(counts.values()),
        by_status=[(s, label, counts[s]) for s, label in FieldTrial.Status.choices if s in counts],
        by_rag=[
            (rag, label, rags[rag])
            for rag, label in (
                (Rag.RED, "Red"),
                (Rag.AMBER, "Amber"),
                (Rag.GREEN, "Green"),
                ("", "No update yet"),
            )
            if rags.get(rag)
        ],  # fmt: skip
        live=sum(rags.values()),
        whole=whole,
        in_project=in_project,
    )
    reds = rags.get(Rag.RED, 0)
    if reds:
        summary.reds = list(
            trials.filter(latest_rag=Rag.RED, status__in=LIVE_STATUSES)
            .only("pk", "title")
            .order_by("title", "pk")[:REDS_NAMED]
        )
        summary.more_reds = reds - len(summary.reds)
    return summary


def project_trials(project, user):
    """The project's trials `user` sees, for its trials page and their export, by title."""
    return (
        visible_fieldtrials(user)
        .filter(project=project)
        .select_related("lead_organisation", "local_authority", "consultant")
        .order_by("title", "pk")
    )


def phase1_lists(project):
    """Phase 1's lists of a project, each a queryset in the page's order for a page of its
    own: the need analysis's current records by kind, the stimuli kept and the workshops."""
    problems = ProblemStatement.objects.current().filter(project=project)
    return {
        "drivers": problems.filter(kind=ProblemStatement.Kind.DRIVER),
        "challenges": problems.filter(kind=ProblemStatement.Kind.PROBLEM),
        "objectives": Objective.objects.current().filter(project=project),
        "data_sources": DataSource.objects.current().filter(project=project),
        "innovators": PotentialInnovator.objects.current()
        .filter(project=project)
        .select_related("organisation"),
        "kept_stimuli": KeptStimulus.objects.filter(project=project)
        .select_related("stimulus")
        .prefetch_related("stimulus__tags"),
        "workshops": Workshop.objects.current()
        .filter(project=project)
        .annotate(
            participant_count=Count("participants", distinct=True),
            option_count=Count("options", distinct=True),
        )
        .order_by("held_on", "id"),  # a grouped query drops Meta.ordering
    }


def withdrawn_need_of(project):
    """The need analysis's withdrawn records, newest withdrawal first, as (noun, record): kept
    on the page, marked, but in no list or count (one query a kind, each with its project,
    which says who may restore it)."""
    kinds = (
        ("Problem statement", ProblemStatement.objects.all()),
        ("Objective", Objective.objects.all()),
        ("Data source", DataSource.objects.all()),
        ("Potential innovator", PotentialInnovator.objects.select_related("organisation")),
    )
    rows = [
        (noun, record)
        for noun, queryset in kinds
        for record in queryset.withdrawn()
        .filter(project=project)
        .select_related("withdrawn_by", "project")
    ]
    return sorted(rows, key=lambda row: (row[1].withdrawn_at, row[1].pk), reverse=True)


def project_overview(project, user):
    """The Phase 1 records, the trials in counts, and the counts drawn in the diamonds
    (constant queries)."""
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
        Workshop.objects.current()
        .filter(project=project)
        .annotate(
            participant_count=Count("participants", distinct=True),
            option_count=Count("options", distinct=True),
        )
    )
    option_summary = option_summary_for(project)
    option_counts = option_summary.counts
    trial_summary = trial_summary_for(project, user)
    library_size = Stimulus.objects.count()
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
        "kept_stimuli": kept,
        "workshops": workshops,
        "option_summary": option_summary,
        "trial_summary": trial_summary,
        "stage_summaries": stage_summaries(
            problems=len(problems),
            data_sources=len(data_sources),
            innovators=len(innovators),
            agreed=len(agreed),
            objectives=len(objectives),
            library=library_size,
            kept_stimuli=len(kept),
            options=options_total,
            workshops=len(workshops),
            shortlisted=option_counts.get("shortlisted", 0),
            selected=option_counts.get("selected", 0),
            trials=trial_summary.total,
            completed=trial_summary.count(FieldTrial.Status.COMPLETED),
            under_way={status: n for status, _, n in trial_summary.by_status},
            seen_only=not trial_summary.whole,
        ),
    }


def counted(n, singular, plural):
    """`n` with the words for that many, as the stage summaries show them: (1, "workshop"),
    (2, "workshops")."""
    return (n, ngettext(singular, plural, n))


def still_under_way(by_status, *, seen_only=False):
    """The trials among `by_status` ({status: count}) still under way, in words: "16 field
    trials still incubating", or with more than one status "17 field trials still under way
    (16 incubating, 1 reporting)"; "" if none is. `seen_only`: of those the person sees."""
    live = [
        (label.lower(), by_status[status])
        for status, label in FieldTrial.Status.choices
        if status in LIVE_STATUSES and by_status.get(status)
    ]
    total = sum(n for _, n in live)
    if not total:
        return ""
    trials = ngettext("field trial", "field trials", total)
    if seen_only:
        trials += " you can see"
    if len(live) == 1 and live[0][0] != "selected":
        return f"{total} {trials} still {live[0][0]}"
    return f"{total} {trials} still under way ({', '.join(f'{n} {what}' for what, n in live)})"


def with_trials_still_under_way(projects, user):
    """Each of `projects` with `trials_still`: for one moved on from Incubate, its field
    trials still under way as its stage table says them ("16 field trials still incubating"),
    of those `user` can see; "" for the others. For a list that shows a project's stage, so
    that "System learning" is not read as its trials being over. One query however many
    projects, none when none has moved on."""
    later = [p for p in projects if p.stage == Stage.SYSTEM_LEARNING]
    by_project = {}
    if later:
        rows = (
            visible_fieldtrials(user)
            .filter(project__in=later, status__in=LIVE_STATUSES)
            .order_by()
            .values_list("project_id", "status")
            .annotate(n=Count("pk"))
        )
        for project_id, status, n in rows:
            by_project.setdefault(project_id, {})[status] = n
    for project in projects:
        project.trials_still = ""
        if project.stage == Stage.SYSTEM_LEARNING:
            project.trials_still = still_under_way(
                by_project.get(project.pk, {}), seen_only=not reads_whole_project(user, project)
            )
    return projects


def stage_summaries(
    *,
    problems,
    data_sources,
    innovators,
    agreed,
    objectives,
    library,
    kept_stimuli,
    options,
    workshops,
    shortlisted,
    selected,
    trials,
    completed,
    under_way=None,
    seen_only=False,
):
    """What each stage opened out and kept, counted, for the project page's diamonds and the
    report's: each stage's "opened" and "kept" as (count, words) pairs, the words singular
    or plural as the count asks. Incubate's "still" says how many of its trials are still
    under way (`under_way`: trials by status), shown once the project has moved on from it
    ("16 field trials still incubating"), of those the person can see if `seen_only`."""
    return {
        "analyse_need": {
            "opened": [
                counted(
                    problems, "problem, challenge or driver", "problems, challenges and drivers"
                ),
                counted(data_sources, "data source", "data sources"),
                counted(innovators, "potential innovator", "potential innovators"),
            ],
            "kept": [
                counted(
                    agreed,
                    f"agreed objective (of {objectives})",
                    f"agreed objectives (of {objectives})",
                )
            ],
        },
        "scan_horizon": {
            "opened": [
                # The library is every project's: its size, said so, not what this project
                # scanned (its kept stimuli are what it chose from it).
                counted(
                    library,
                    "stimulus in the library shared by all projects",
                    "stimuli in the library shared by all projects",
                )
            ],
            "kept": [
                counted(
                    kept_stimuli, "stimulus kept for this project", "stimuli kept for this project"
                )
            ],
        },
        "generate_options": {
            "opened": [
                counted(options, "idea (creative option)", "ideas (creative options)"),
                counted(workshops, "workshop", "workshops"),
            ],
            # Selected first: a selected option has left the shortlist, and "0 shortlisted,
            # 17 selected" read as if nothing had been shortlisted.
            "kept": [
                (selected, "selected for field trials"),
                (shortlisted, "still on the shortlist"),
            ],
        },
        "incubate": {
            "opened": [counted(trials, "field trial", "field trials")],
            "kept": [(completed, "completed")],
            "still": still_under_way(under_way or {}, seen_only=seen_only),
        },
        "system_learning": {"opened": [], "kept": []},
    }


def stage_moves_of(project):
    """Every stage move of the project, oldest first, with who made it (one query)."""
    return list(StageMove.objects.filter(project=project).select_related("actor"))
