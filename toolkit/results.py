"""A group's results for an exercise, as plain data for the facilitator, the group and reports.

`results_for(exercise, named=False)` reads the answers of SUBMITTED participations only (a
half-done exercise does not move the group's results) in two queries however many took
part: one counting participations, one fetching every submitted answer. It returns an
`ExerciseResults`: per question, in the definition's order, a `QuestionResult` holding

- rating, single and multiple choice: `options`, the count and share per scale point or
  option (the distribution); for rating also `spread` (mean, population standard deviation,
  lowest and highest answer) and a verdict on how close together the answers are
  (`CLOSENESS_RULE`); single choice also gets a verdict (`CHOICE_RULE`);
- matrix: the same per statement (`statements`, each with its cross-reference `ref`);
- short and long text: `texts`, every answer together, with names only when `named`
  (the caller runs the exercise) and otherwise in alphabetical order so order gives no one away;
- ranking: `ranking`, the consensus order of `CONSENSUS_RULE` (the design's Delta 6
  definition).

`report_context(exercise)` is what the PDF reports call: see its docstring.
"""

import statistics
from dataclasses import dataclass, field
from fractions import Fraction

from django.db.models import Count, Q

from .models import Answer, Participation
from .questions import questions_of, scale_points

CLOSE_BELOW_SD = 0.75  # standard deviation, in scale points
SPLIT_SHARE = Fraction(1, 3)  # at least this share at each end of the scale
CHOICE_SAME_SHARE = Fraction(2, 3)

# The verdicts say how close together the answers are, never whether the group agrees with
# a statement: a group that all answer "Disagree" is close together. Their words say so
# (a head teacher read "Agrees" beside a statement the group disagreed with).
CLOSENESS_RULE = (
    "“Close together” means the answers are near one another, whatever they say: their "
    "spread is below 0.75 of a scale point, so most answers are within a point of each other. "
    "The spread is how far apart the answers are: 0 means everyone gave the same answer (it is "
    "the population standard deviation of the answers). “Split into two camps” means the "
    "answers are more spread out than that, with at least a third of them below the middle of "
    "the scale and at least a third above it. Answers more spread out than that without two "
    "camps are “spread out”. Two or more answers are needed to tell. None of these says "
    "whether the group agrees with a statement: the mean and the counts say that (answers "
    "close together around “Disagree” mean the group disagrees, with one voice)."
)
CHOICE_RULE = (
    "For a single choice, “most chose the same option” means at least two thirds chose one "
    "option; “split between options” means two or more options were each chosen by at least "
    "a third; otherwise the choices are “spread across the options”."
)
# In words for a head teacher, under each ranking; the precise terms are in
# CONSENSUS_PRECISELY, in the page's "How to read these results".
CONSENSUS_RULE = (
    "The consensus order puts the items by their average (mean) rank, 1 being the most "
    "important. An item's spread says how much people differed over it: 0 means everyone gave "
    "it the same rank, and the larger it is, the more they differed. The range shows its "
    "highest and lowest rank. Where two items have the same average rank, the one people "
    "differed over less comes first; items equal on both share a position (for example 2=)."
)
CONSENSUS_PRECISELY = (
    "Precisely: an item's spread is the population standard deviation of its ranks, and items "
    "with the same mean rank are ordered by the lower spread."
)

# Verdict -> words, for ratings and matrix statements (spread) and for a single choice.
VERDICT_LABELS = {
    "close": "Close together",
    "two_camps": "Split into two camps",
    "spread_out": "Spread out",
    "": "Too few answers to tell",
}
CHOICE_VERDICT_LABELS = {
    "close": "Most chose the same option",
    "two_camps": "Split between options",
    "spread_out": "Spread across the options",
    "": "Too few answers to tell",
}


@dataclass
class Tally:
    """How many gave one scale point or chose one option, and their share of those answering."""

    key: str  # option key, or the point's value as text
    label: str
    count: int
    share: float  # 0..1 of `answered`
    value: int | None = None  # the scale point, for rating and matrix

    @property
    def percent(self):
        return round(self.share * 100)

    @property
    def long_label(self):
        return f"{self.value}: {self.label}" if self.value is not None else self.label


@dataclass
class Spread:
    """Mean, population standard deviation and range of numeric answers, with the verdict."""

    n: int
    mean: float | None
    sd: float | None
    low: int | None
    high: int | None
    verdict: str  # "close" | "two_camps" | "spread_out" | "" (too few answers)

    @property
    def verdict_label(self):
        return VERDICT_LABELS[self.verdict]


@dataclass
class StatementResult:
    key: str
    text: str
    ref: str
    answered: int
    options: list
    spread: Spread


@dataclass
class TextAnswer:
    text: str
    name: str | None = None  # only when the results are named


@dataclass
class RankedItem:
    """One item of a ranking question in the group's consensus order."""

    key: str
    label: str
    position: int | None  # shared by tied items; None when nobody ranked it
    tied: bool
    n: int
    mean: float | None
    sd: float | None
    low: int | None  # best (smallest) rank given
    high: int | None  # worst (largest) rank given
    ranks: list = field(default_factory=list)  # count per rank 1..number of items

    @property
    def position_label(self):
        if self.position is None:
            return "Not ranked"
        return f"{self.position}=" if self.tied else str(self.position)


@dataclass
class QuestionResult:
    key: str  # "<section>.<question>"
    kind: str
    text: str
    section_key: str
    section_title: str
    answered: int  # how many submitted participants answered it
    options: list = field(default_factory=list)  # Tally per point or option
    spread: Spread | None = None  # rating
    verdict: str = ""  # rating and single choice
    statements: list = field(default_factory=list)  # matrix
    texts: list = field(default_factory=list)  # short and long text
    ranking: list = field(default_factory=list)  # ranking, in consensus order
    spec: dict = field(default_factory=dict, repr=False)
    chart: object = None  # set by toolkit.charts.charts_for

    @property
    def verdict_label(self):
        labels = CHOICE_VERDICT_LABELS if self.kind == "single_choice" else VERDICT_LABELS
        return labels[self.verdict]

    @property
    def scale(self):
        """(lowest, highest) point of a rating or matrix question's scale."""
        values = [c.value for c in self.options] if self.options else []
        if not values and self.statements:
            values = [c.value for c in self.statements[0].options]
        return (min(values), max(values)) if values else (None, None)


@dataclass
class ParticipantAnswers:
    """One submitted participant's answers: `name` only when the results are named."""

    participation_id: int
    name: str | None
    answers: dict  # question key -> stored value


@dataclass
class ExerciseResults:
    exercise: object
    definition: dict
    invited: int
    submitted: int
    in_progress: int  # invited but not submitted (some may not have started)
    named: bool
    questions: list
    participants: list  # ParticipantAnswers, for scoring

    @property
    def cross_references(self):
        """What the statements' codes (`ref`) are, in words, when some statement has one."""
        if any(s.ref for q in self.questions for s in q.statements):
            return self.definition.get("cross_references", "")
        return ""

    @property
    def sections(self):
        """[(section title, [QuestionResult])] in the definition's order."""
        grouped = []
        for q in self.questions:
            if not grouped or grouped[-1][0] != q.section_key:
                grouped.append((q.section_key, q.section_title, []))
            grouped[-1][2].append(q)
        return [(title, questions) for _, title, questions in grouped]


# --- arithmetic ---------------------------------------------------------------------------


def spread_of(values, points):
    """Mean, population SD, range and verdict (CLOSENESS_RULE) of numeric answers on a scale
    whose points are `points` (their values)."""
    n = len(values)
    if not n:
        return Spread(0, None, None, None, None, "")
    mean = statistics.fmean(values)
    sd = statistics.pstdev(values)
    return Spread(n, mean, sd, min(values), max(values), _verdict(values, sd, points))


def _verdict(values, sd, points):
    if len(values) < 2:
        return ""
    if sd < CLOSE_BELOW_SD:
        return "close"
    middle = Fraction(min(points) + max(points), 2)
    below = sum(1 for v in values if v < middle)
    above = sum(1 for v in values if v > middle)
    n = len(values)
    if Fraction(below, n) >= SPLIT_SHARE and Fraction(above, n) >= SPLIT_SHARE:
        return "two_camps"
    return "spread_out"


def choice_verdict(counts, answered):
    """CHOICE_RULE for a single choice question's counts."""
    if answered < 2:
        return ""
    if any(Fraction(c, answered) >= CHOICE_SAME_SHARE for c in counts):
        return "close"
    if sum(1 for c in counts if Fraction(c, answered) >= SPLIT_SHARE) >= 2:
        return "two_camps"
    return "spread_out"


def consensus_order(items, rankings):
    """The Delta 6 consensus order (CONSENSUS_RULE) of `items` ([{key, label}]) from
    `rankings` (lists of item keys, first = most important). Exact arithmetic, so that ties
    are real ties and not rounding accidents."""
    n_items = len(items)
    ranks = {item["key"]: [] for item in items}
    for ranking in rankings:
        for position, key in enumerate(ranking, start=1):
            if key in ranks:
                ranks[key].append(position)
    rows = []
    for order, item in enumerate(items):
        given = ranks[item["key"]]
        if given:
            n = len(given)
            mean = Fraction(sum(given), n)
            variance = Fraction(sum(r * r for r in given), n) - mean * mean
            sort_key = (0, mean, variance, order)
        else:
            mean = variance = None
            sort_key = (1, 0, 0, order)
        rows.append((sort_key, item, given, mean, variance))
    rows.sort(key=lambda row: row[0])
    result = []
    for index, (sort_key, item, given, mean, variance) in enumerate(rows):
        position = None
        if mean is not None:
            position = index + 1
            if result and result[-1].position is not None and _same(rows[index - 1], sort_key):
                position = result[-1].position
        result.append(
            RankedItem(
                key=item["key"],
                label=item["label"],
                position=position,
                tied=False,
                n=len(given),
                mean=float(mean) if mean is not None else None,
                sd=float(variance) ** 0.5 if variance is not None else None,
                low=min(given) if given else None,
                high=max(given) if given else None,
                ranks=[given.count(r) for r in range(1, n_items + 1)],
            )
        )
    positions = [r.position for r in result if r.position is not None]
    for r in result:
        r.tied = r.position is not None and positions.count(r.position) > 1
    return result


def _same(previous_row, sort_key):
    return previous_row[0][:3] == sort_key[:3]


# --- reading the answers ------------------------------------------------------------------


def _fetch(exercise, named):
    """Two queries: the participation counts, and every submitted answer."""
    counts = Participation.objects.filter(exercise=exercise).aggregate(
        invited=Count("pk"), submitted=Count("pk", filter=Q(submitted_at__isnull=False))
    )
    fields = ["participation_id", "question", "value"]
    if named:
        fields.append("participation__user__full_name")
    rows = list(
        Answer.objects.filter(
            participation__exercise=exercise, participation__submitted_at__isnull=False
        )
        .order_by("participation_id", "question")
        .values_list(*fields)
    )
    return counts, rows


def _participants(rows, named):
    by_id = {}
    for row in rows:
        pid, question, value = row[:3]
        entry = by_id.get(pid)
        if entry is None:
            entry = by_id[pid] = ParticipantAnswers(pid, row[3] if named else None, {})
        entry.answers[question] = value
    people = list(by_id.values())
    if named:
        people.sort(key=lambda p: ((p.name or "").casefold(), p.participation_id))
    return people


def results_for(exercise, *, named=False):
    """The group's results for `exercise` (see the module docstring). `named`: include
    participants' names (only for those who run the exercise)."""
    definition = exercise.definition
    counts, rows = _fetch(exercise, named)
    participants = _participants(rows, named)
    questions = [
        _question_result(definition, q, participants, named) for q in questions_of(definition)
    ]
    return ExerciseResults(
        exercise=exercise,
        definition=definition,
        invited=counts["invited"],
        submitted=counts["submitted"],
        in_progress=counts["invited"] - counts["submitted"],
        named=named,
        questions=questions,
        participants=participants,
    )


def _question_result(definition, question, participants, named):
    spec, kind = question.spec, question.kind
    given = [
        (p, p.answers[question.key])
        for p in participants
        if question.key in p.answers and _is_given(kind, p.answers[question.key])
    ]
    result = QuestionResult(
        key=question.key,
        kind=kind,
        text=spec["text"],
        section_key=question.section["key"],
        section_title=question.section["title"],
        answered=len(given),
        spec=spec,
    )
    values = [value for _, value in given]
    if kind == "rating":
        points = scale_points(definition, spec)
        valid = [v for v in values if v in {p["value"] for p in points}]
        result.answered = len(valid)
        result.options = _point_counts(points, valid)
        result.spread = spread_of(valid, [p["value"] for p in points])
        result.verdict = result.spread.verdict
    elif kind in ("single_choice", "multiple_choice"):
        chosen = [[v] if isinstance(v, str) else list(v) for v in values]
        total = len(chosen)
        result.options = [
            Tally(o["key"], o["label"], n, n / total if total else 0.0)
            for o in spec["options"]
            for n in [sum(1 for c in chosen if o["key"] in c)]
        ]
        if kind == "single_choice":
            result.verdict = choice_verdict([c.count for c in result.options], total)
    elif kind == "matrix":
        points = scale_points(definition, spec)
        result.statements = [_statement_result(points, s, values) for s in spec["statements"]]
    elif kind in ("short_text", "long_text"):
        texts = [TextAnswer(str(v), p.name if named else None) for p, v in given]
        if not named:
            texts.sort(key=lambda t: t.text.casefold())
        result.texts = texts
    elif kind == "ranking":
        result.ranking = consensus_order(spec["items"], [v for v in values if isinstance(v, list)])
    return result


def _is_given(kind, value):
    return value not in (None, "", [], {})


def _point_counts(points, values):
    total = len(values)
    return [
        Tally(
            str(p["value"]),
            p["label"],
            n,
            n / total if total else 0.0,
            value=p["value"],
        )
        for p in points
        for n in [values.count(p["value"])]
    ]


def _statement_result(points, statement, values):
    allowed = {p["value"] for p in points}
    rated = [
        v[statement["key"]]
        for v in values
        if isinstance(v, dict) and v.get(statement["key"]) in allowed
    ]
    return StatementResult(
        key=statement["key"],
        text=statement["text"],
        ref=statement.get("ref", ""),
        answered=len(rated),
        options=_point_counts(points, rated),
        spread=spread_of(rated, [p["value"] for p in points]),
    )


# --- answers in plain words ---------------------------------------------------------------


def describe_answer(definition, question, value):
    """An answer in plain words, as a person reads it (for the answers page and the CSV)."""
    if value in (None, "", [], {}):
        return "Not answered"
    spec, kind = question.spec, question.kind
    if kind == "rating":
        labels = {p["value"]: p["label"] for p in scale_points(definition, spec)}
        return f"{value}: {labels.get(value, 'not on the scale')}"
    if kind in ("single_choice", "multiple_choice"):
        labels = {o["key"]: o["label"] for o in spec["options"]}
        chosen = [value] if isinstance(value, str) else value
        return "; ".join(labels.get(k, k) for k in chosen)
    if kind == "ranking":
        labels = {i["key"]: i["label"] for i in spec["items"]}
        return "; ".join(f"{n}. {labels.get(k, k)}" for n, k in enumerate(value, start=1))
    if kind == "matrix":
        labels = {p["value"]: p["label"] for p in scale_points(definition, spec)}
        parts = [
            f"{s['text']}: {value[s['key']]} ({labels.get(value[s['key']], '?')})"
            for s in spec["statements"]
            if s["key"] in value
        ]
        return "; ".join(parts) or "Not answered"
    return str(value)


def answers_in_words(definition, answers):
    """[(QuestionResult-like question, words)] for one person's answers, in question order."""
    return [
        (q, describe_answer(definition, q, answers.get(q.key))) for q in questions_of(definition)
    ]


# --- for reports --------------------------------------------------------------------------


def report_context(exercise):
    """What a PDF report needs to show an exercise's results, always anonymised.

    Returns a dict:
    - `exercise`, `tool_title`, `group_label`, `closed` (bool), `closes_at`, `closed_at`;
    - `results`: the `ExerciseResults` (no names; `results.sections` groups questions);
    - `outcome`: the scored outcome (toolkit.scoring.score) or None for unscored tools;
    - `charts`: {question key: chart dataclass from toolkit.charts} for the SVG templates in
      `toolkit/results/_chart_*.html` (each chart has its own data-table template);
    - `conclusion`, `concluded_by` (name or ""), `concluded_at`: the group's conclusion;
    - `closeness_rule`, `choice_rule`, `consensus_rule`: the definitions to print with them.
    Queries: a constant number (the two of results_for, plus the conclusion's author).
    """
    from .charts import charts_for
    from .scoring import score

    results = results_for(exercise, named=False)
    concluded_by = exercise.concluded_by.full_name if exercise.concluded_by_id else ""
    return {
        "exercise": exercise,
        "tool_title": exercise.tool.title,
        "group_label": exercise.group_label,
        "closed": not exercise.is_open,
        "closes_at": exercise.closes_at,
        "closed_at": exercise.closed_at,
        "results": results,
        "outcome": score(exercise, results),
        "charts": charts_for(results),
        "conclusion": exercise.conclusion,
        "concluded_by": concluded_by,
        "concluded_at": exercise.concluded_at,
        "closeness_rule": CLOSENESS_RULE,
        "choice_rule": CHOICE_RULE,
        "consensus_rule": CONSENSUS_RULE,
        "consensus_precisely": CONSENSUS_PRECISELY,
    }
