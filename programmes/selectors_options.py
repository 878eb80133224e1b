"""Reading creative options: reviewers' scores combined, in the database, and their spread.

A criterion is *met* when the reviewers' mean score is at least 1.5 (Yes = 2, Partly = 1,
No = 0). On Hargreaves' axes an option is major change when most reviewers said so (the mean
of its change scores, minor 0 and major 1, is above 0.5) and minor when most said minor; far
and near from existing practice likewise. Reviewers split evenly decide neither, so only
minor and near is incremental, only major and far radical, and the rest between. Radical efficiency
holds only when, for each of its three questions, more than half the reviewers said yes.
"""

import statistics
from collections import Counter
from dataclasses import dataclass, field

from django.db.models import (
    Avg,
    Case,
    CharField,
    Count,
    FloatField,
    IntegerField,
    OuterRef,
    Q,
    Subquery,
    Value,
    When,
)
from django.db.models.functions import Cast

from .models import Assessment, CreativeOption
from .models.options import CHARACTERISTICS, PROMISE_TESTS, RADICAL_EFFICIENCY, Judgement, classify

MET = 1.5  # the mean score at which reviewers, together, say a criterion is met
AXIS = 0.5  # above it most reviewers said major change (or far from practice); at it, split

CLASSIFICATION_LABELS = {
    "incremental": "Incremental",
    "radical": "Radical",
    "between": "Between",
    "unassessed": "Not yet assessed",
}
RADICAL_EFFICIENCY_LABELS = {
    "": "Does not apply",
    "unassessed": "Not yet assessed",
    "yes": "Radically efficient",
    "no": "Not radically efficient",
}
STATUS_ORDER = [s for s, _ in CreativeOption.Status.choices]


def _met_count(fields):
    """How many of `fields` the reviewers' mean puts at or above MET (a SQL sum of cases)."""
    cases = [
        Case(When(**{f"avg_{f}__gte": MET}, then=Value(1)), default=Value(0)) for f, _ in fields
    ]
    total = cases[0]
    for case in cases[1:]:
        total = total + case
    return total


def _bool_mean(name):
    """Mean of a yes/no answer as 1/0 (some databases cannot average booleans)."""
    answer = f"assessments__{name}"
    return Avg(
        Case(
            When(**{answer: True}, then=Value(1.0)),
            When(**{answer: False}, then=Value(0.0)),
            default=None,
            output_field=FloatField(),
        )
    )


def _common_horizon():
    """The realisation horizon most reviewers chose (ties go to the nearer horizon)."""
    return Subquery(
        Assessment.objects.filter(option=OuterRef("pk"))
        .order_by()
        .values("horizon")
        .annotate(n=Count("pk"))
        .order_by("-n", Cast("horizon", IntegerField()))
        .values("horizon")[:1]
    )


def options_with_scores(queryset):
    """Options annotated, in one query, with what their reviewers concluded together.

    Adds: reviewers; avg_<criterion> for each characteristic and promise test;
    characteristics_met (of 7) and promise_met (of 3); mean_change and mean_distance;
    classification (incremental / radical / between / unassessed); radical_efficiency
    ("" where it does not apply, unassessed, yes, no); common_horizon; status_rank.
    """
    averages = {f"avg_{f}": Avg(f"assessments__{f}") for f, _ in CHARACTERISTICS + PROMISE_TESTS}
    re_means = {f"avg_{f}": _bool_mean(f) for f, _ in RADICAL_EFFICIENCY}
    return queryset.annotate(
        reviewers=Count("assessments", distinct=True),
        mean_change=Avg("assessments__change"),
        mean_distance=Avg("assessments__distance"),
        **averages,
        **re_means,
    ).annotate(
        characteristics_met=_met_count(CHARACTERISTICS),
        promise_met=_met_count(PROMISE_TESTS),
        classification=Case(
            When(reviewers=0, then=Value("unassessed")),
            When(mean_change__lt=AXIS, mean_distance__lt=AXIS, then=Value("incremental")),
            When(mean_change__gt=AXIS, mean_distance__gt=AXIS, then=Value("radical")),
            default=Value("between"),
            output_field=CharField(),
        ),
        radical_efficiency=Case(
            When(burning_platform="", then=Value("")),
            When(
                Q(avg_re_different__isnull=True)
                | Q(avg_re_lower_cost__isnull=True)
                | Q(avg_re_better__isnull=True),
                then=Value("unassessed"),
            ),
            When(
                avg_re_different__gt=0.5,
                avg_re_lower_cost__gt=0.5,
                avg_re_better__gt=0.5,
                then=Value("yes"),
            ),
            default=Value("no"),
            output_field=CharField(),
        ),
        status_rank=Case(
            *[When(status=s, then=Value(i)) for i, s in enumerate(STATUS_ORDER)],
            default=Value(len(STATUS_ORDER)),
            output_field=IntegerField(),
        ),
        common_horizon=_common_horizon(),
    )


def classification_of(mean_change, mean_distance):
    """The Hargreaves class of reviewers' mean change and distance (None: not assessed)."""
    if mean_change is None or mean_distance is None:
        return classify(None, None)
    if AXIS in (mean_change, mean_distance):  # reviewers split evenly on an axis
        return "between"
    return classify(int(mean_change > AXIS), int(mean_distance > AXIS))


@dataclass
class OptionSummary:
    """How many of a project's options stand at each status."""

    total: int
    counts: dict  # status value -> count, every status present

    @property
    def rows(self):
        """(status value, label, count) in workflow order."""
        return [(s, label, self.counts[s]) for s, label in CreativeOption.Status.choices]


def option_summary_for(project):
    """Counts of the project's options by status, in one query."""
    counts = (
        CreativeOption.objects.filter(project=project)
        .current()
        .aggregate(
            total=Count("pk"),
            **{s: Count("pk", filter=Q(status=s)) for s in STATUS_ORDER},
        )
    )
    total = counts.pop("total")
    return OptionSummary(total=total, counts=counts)


# --- One option's assessments, criterion by criterion -----------------------------------

JUDGEMENT_LABELS = dict(Judgement.choices)


@dataclass
class Spread:
    """How far reviewers agree on one criterion."""

    range: str  # "Yes to No", "All agree", "One review so far"...
    std_dev: str = ""  # population standard deviation of the scores, "0.67"; "" if none
    disagree: bool = False  # reviewers two points apart (someone said Yes, someone No)


@dataclass
class Cell:
    text: str
    note: str = ""


@dataclass
class CriterionRow:
    group: str
    label: str
    cells: list = field(default_factory=list)
    spread: Spread | None = None
    met: bool | None = None  # for judged criteria, whether the reviewers' mean meets it
    mean: float | None = None


def judgement_spread(scores):
    """The spread of Yes/Partly/No scores (2/1/0) given by several reviewers."""
    if not scores:
        return Spread("No reviews yet")
    std_dev = f"{statistics.pstdev(scores):.2f}"
    if len(scores) == 1:
        return Spread("One review so far", std_dev)
    high, low = max(scores), min(scores)
    if high == low:
        return Spread("All agree", std_dev)
    return Spread(
        f"{JUDGEMENT_LABELS[high]} to {JUDGEMENT_LABELS[low]}", std_dev, disagree=high - low >= 2
    )


def _choice_spread(labels):
    """Spread of answers that are choices rather than scores: all agree, or a count of each."""
    given = [label for label in labels if label]
    if not given:
        return Spread("No answers yet")
    if len(given) == 1:
        return Spread("One review so far")
    counts = Counter(given)
    if len(counts) == 1:
        return Spread("All agree")
    return Spread(", ".join(f"{n} {label.lower()}" for label, n in counts.most_common()))


def _yes_no(value):
    return {True: "Yes", False: "No", None: ""}[value]


def assessment_rows(option, assessments):
    """One row per criterion, one cell per reviewer (in `assessments` order), with spread."""
    rows = []
    for group, criteria in (
        ("The seven characteristics of Next Practice", CHARACTERISTICS),
        ("Tests of promise", PROMISE_TESTS),
    ):
        for name, label in criteria:
            scores = [getattr(a, name) for a in assessments]
            mean = statistics.fmean(scores) if scores else None
            rows.append(
                CriterionRow(
                    group=group,
                    label=label,
                    cells=[
                        Cell(JUDGEMENT_LABELS[getattr(a, name)], getattr(a, f"{name}_note"))
                        for a in assessments
                    ],
                    spread=judgement_spread(scores),
                    met=None if mean is None else mean >= MET,
                    mean=mean,
                )
            )
    nature = "Nature of the innovation"
    for name, label in (
        ("change", "Size of change"),
        ("distance", "Distance from existing practice"),
        ("horizon", "Realisation horizon"),
    ):
        labels = [getattr(a, f"get_{name}_display")() for a in assessments]
        rows.append(CriterionRow(nature, label, [Cell(t) for t in labels], _choice_spread(labels)))
    if option.burning_platform:
        for name, label in RADICAL_EFFICIENCY:
            labels = [_yes_no(getattr(a, name)) for a in assessments]
            rows.append(
                CriterionRow(
                    "Radical efficiency",
                    label,
                    [Cell(t or "Not answered") for t in labels],
                    _choice_spread(labels),
                )
            )
    return rows


@dataclass
class Conclusion:
    """What an option's reviewers conclude together (the same rules as the list's query)."""

    reviewers: int
    characteristics_met: int
    promise_met: int
    mean_change: float | None
    mean_distance: float | None
    classification: str
    radical_efficiency: str
    major: int = 0  # how many reviewers said major change
    far: int = 0  # how many said far from existing practice

    @property
    def classification_label(self):
        return CLASSIFICATION_LABELS[self.classification]

    @property
    def nature(self):
        """The nature of the innovation in words: "Radical: the reviewers judged it a major
        change (2 of 3 said so), far from existing practice (3 of 3 said so)." Each mean is
        the share of reviewers who said major (or far), so the counts are its facts."""
        if self.mean_change is None or self.mean_distance is None:
            return self.classification_label
        n = self.reviewers

        def said(count):
            return f" ({count} of {n} said so)" if n > 1 else ""

        def judged(mean, count, yes, no):
            if mean == AXIS:
                return None
            if mean > AXIS:
                return yes + said(count)
            return no + said(n - count)

        change = judged(self.mean_change, self.major, "a major change", "a minor change")
        distance = judged(
            self.mean_distance, self.far, "far from existing practice", "near to existing practice"
        )
        who = "the reviewers" if n > 1 else "the reviewer"
        if change is None or distance is None:
            split = []
            if change is None:
                split.append(f"the size of the change ({self.major} of {n} said major)")
            if distance is None:
                split.append(f"how far it is from existing practice ({self.far} of {n} said far)")
            decided = change or distance
            also = f"; they judged it {decided}" if decided else ""
            return (
                f"Between incremental and radical: the reviewers were split evenly on "
                f"{' and on '.join(split)}{also}."
            )
        label = self.classification_label
        but = ""
        if label == CLASSIFICATION_LABELS["between"]:
            label, but = "Between incremental and radical", "but "
        return f"{label}: {who} judged it {change}, {but}{distance}."

    @property
    def radical_efficiency_label(self):
        return RADICAL_EFFICIENCY_LABELS[self.radical_efficiency]


def _mean(values):
    values = [v for v in values if v is not None]
    return statistics.fmean(values) if values else None


def conclusion_for(option, assessments):
    """Combine an option's fetched assessments in Python (for its page)."""

    def met(criteria):
        means = [_mean([getattr(a, f) for a in assessments]) for f, _ in criteria]
        return sum(1 for m in means if m is not None and m >= MET)

    mean_change = _mean([a.change for a in assessments])
    mean_distance = _mean([a.distance for a in assessments])
    if not option.burning_platform:
        efficiency = ""
    else:
        means = [_mean([getattr(a, f) for a in assessments]) for f, _ in RADICAL_EFFICIENCY]
        if any(m is None for m in means):
            efficiency = "unassessed"
        else:
            efficiency = "yes" if all(m > 0.5 for m in means) else "no"
    return Conclusion(
        reviewers=len(assessments),
        characteristics_met=met(CHARACTERISTICS),
        promise_met=met(PROMISE_TESTS),
        mean_change=mean_change,
        mean_distance=mean_distance,
        classification=classification_of(mean_change, mean_distance),
        radical_efficiency=efficiency,
        major=sum(a.change == Assessment.Change.MAJOR for a in assessments),
        far=sum(a.distance == Assessment.Distance.FAR for a in assessments),
    )
