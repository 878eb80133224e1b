"""Scored tools: turn a group's answers into what the tool says, following the definition's
`scoring` rule (the data is described in toolkit/definition.py; this module does the sums).

`score(exercise, results=None)` returns None for a tool without a scoring rule, otherwise one
of `FitOutcome`, `ProfileOutcome` or `IndicatorsOutcome`, each with a group outcome and one
per submitted participant (named only when `results` is named). `results` is a
`toolkit.results.ExerciseResults`; without it the results are read (anonymised).

- fit (Choosing a networking approach): an outcome's fit for one person is the weight of
  their answers that favour it (its `signals`) over the weight of all its signals; the
  group's fit is the mean of its members' fits. The best `best` (3) are shown with their
  strategies, conditions and risks; `warnings` apply when one of the best fits was favoured
  by an answer someone gave; `notes` (pause for thought) always; `cycles` for best fits.
- profile (Pedagogic audit): each teacher's mean rating per area (a matrix question) and
  overall, the group's mean per area over all ratings given, and the statements most often
  rated at or below `low_at_or_below`, named as training needs with their cross-reference.
  The audit is there "to enable the identification of teacher training needs" (seed 001), so
  `by_need` lists the areas lowest mean first.
- indicators (Gathering baseline data): per strand (question), how many chose each candidate
  indicator; those chosen by at least `propose_share` of the people who answered are proposed.
"""

from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal

from .questions import find_question, questions_of, scale_points


def score(exercise, results=None):
    """The scored outcome of `exercise`, or None when its tool has no scoring rule."""
    rule = exercise.definition.get("scoring")
    if not rule:
        return None
    if results is None:
        from .results import results_for

        results = results_for(exercise)
    kind = rule.get("kind")
    if kind == "fit":
        return score_fit(results.definition, rule, results.participants)
    if kind == "profile":
        return score_profile(results.definition, rule, results.participants)
    if kind == "indicators":
        return score_indicators(results.definition, rule, results.participants)
    return None


def _mean(values):
    values = list(values)
    return sum(values) / len(values) if values else None


def one_decimal(value):
    """A mean as people read it, to one decimal place, half rounded up (3.25 is 3.3), as
    Django's `floatformat` does: every table and chart showing a mean uses this one."""
    if value is None:
        return ""
    return str(Decimal(repr(value)).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP))


# --- fit ----------------------------------------------------------------------------------


@dataclass
class Fit:
    """How well one outcome (an approach) fits one person or the group."""

    key: str
    title: str
    fit: float  # 0..1
    spec: dict = field(repr=False, default_factory=dict)

    @property
    def percent(self):
        return round(self.fit * 100)

    @property
    def summary(self):
        return self.spec.get("summary", "")

    @property
    def strategies(self):
        return self.spec.get("strategies", [])

    @property
    def conditions(self):
        return self.spec.get("conditions", [])

    @property
    def risks(self):
        return self.spec.get("risks", [])

    @property
    def pause_for_thought(self):
        """Questions an outcome may carry of its own (the format's `notes` apply to all)."""
        return self.spec.get("pause_for_thought", [])


@dataclass
class FitWarning:
    text: str
    outcome: str  # the outcome's title
    given_by: int  # how many gave the answer that raises it


@dataclass
class Cycle:
    outcome: str
    title: str
    steps: list  # [{title, text}]


@dataclass
class PersonFit:
    name: str | None
    fits: list  # Fit, best first
    best: list


@dataclass
class FitOutcome:
    kind = "fit"
    respondents: int
    fits: list  # every outcome for the group, best first
    best: list
    warnings: list
    notes: list  # [{title, items}]
    cycles: list
    people: list

    @property
    def headline(self):
        """ "Best fits: Directing 92%, Replicating 60%, ..." for the top of the page."""
        if not self.respondents:
            return ""
        return "Best fits: " + ", ".join(f"{f.title} {f.percent}%" for f in self.best)


def _signal_matches(signal, answers):
    value = answers.get(signal["question"])
    if value in (None, "", [], {}):
        return False
    wanted = signal.get("values", [])
    if isinstance(value, list):
        return any(v in wanted for v in value)
    return value in wanted


def _fits_for(outcomes, answers):
    fits = []
    for outcome in outcomes:
        signals = outcome.get("signals", [])
        total = sum(s.get("weight", 1) for s in signals)
        matched = sum(s.get("weight", 1) for s in signals if _signal_matches(s, answers))
        fits.append(
            Fit(
                outcome["key"],
                outcome["title"],
                matched / total if total else 0.0,
                outcome,
            )
        )
    return fits


def _best(fits, best):
    """All fits, best first (ties in the definition's order), and the best `best` of them;
    an outcome that nothing favours (0%) is never called a best fit."""
    order = {f.key: i for i, f in enumerate(fits)}
    ranked = sorted(fits, key=lambda f: (-f.fit, order[f.key]))
    return ranked, [f for f in ranked[:best] if f.fit > 0]


def score_fit(definition, rule, participants):
    outcomes = rule["outcomes"]
    best_n = rule.get("best", 3)
    people = []
    for p in participants:
        ranked, best = _best(_fits_for(outcomes, p.answers), best_n)
        people.append(PersonFit(p.name, ranked, best))
    group = []
    for outcome in outcomes:
        mean = _mean(
            next(f.fit for f in person.fits if f.key == outcome["key"]) for person in people
        )
        group.append(Fit(outcome["key"], outcome["title"], mean or 0.0, outcome))
    ranked, best = _best(group, best_n)
    best_keys = {f.key for f in best} if people else set()
    titles = {o["key"]: o["title"] for o in outcomes}
    warnings = []
    for w in rule.get("warnings", []):
        if w["outcome"] not in best_keys:
            continue
        given_by = sum(1 for p in participants if _signal_matches(w, p.answers))
        if given_by:
            warnings.append(FitWarning(w["text"], titles.get(w["outcome"], w["outcome"]), given_by))
    cycles = [
        Cycle(titles.get(key, key), cycle["title"], cycle.get("steps", []))
        for key, cycle in rule.get("cycles", {}).items()
        if key in best_keys
    ]
    return FitOutcome(
        respondents=len(people),
        fits=ranked,
        best=best if people else [],
        warnings=warnings,
        notes=rule.get("notes", []),
        cycles=cycles,
        people=people,
    )


# --- profile ------------------------------------------------------------------------------


@dataclass
class Area:
    key: str  # the matrix question's full key
    title: str
    mean: float | None  # on the scale
    rated: int  # ratings given
    share: float = 0.0  # where the mean sits on the scale, 0..1 (for bars)

    @property
    def mean_text(self):
        return one_decimal(self.mean)


@dataclass
class TrainingNeed:
    statement: str
    ref: str
    area: str
    low: int  # how many rated it low
    rated: int  # how many rated it

    @property
    def label(self):
        return f"{self.statement} ({self.ref})" if self.ref else self.statement


def by_need(areas):
    """Areas lowest mean first (the most need), unrated last; ties keep the tool's order."""
    return sorted(areas, key=lambda a: (a.mean is None, a.mean or 0))


@dataclass
class PersonProfile:
    name: str | None
    areas: list  # Area
    low: list  # TrainingNeed (low == 1) for the statements this person rated low
    overall: float | None = None  # the mean of every rating this teacher gave

    @property
    def overall_text(self):
        return one_decimal(self.overall)

    @property
    def by_need(self):
        return by_need(self.areas)


@dataclass
class ProfileOutcome:
    kind = "profile"
    respondents: int
    scale_low: int
    scale_high: int
    low_at_or_below: int
    areas: list  # the group's Area profile
    training_needs: list
    people: list
    overall: float | None = None  # the mean of every rating given

    @property
    def overall_text(self):
        return one_decimal(self.overall)

    @property
    def by_need(self):
        return by_need(self.areas)


def _areas(definition, rule):
    keys = rule.get("areas")
    if keys:
        return [find_question(definition, key) for key in keys]
    return [q for q in questions_of(definition) if q.kind == "matrix"]


def _area_title(question):
    return question.spec.get("area") or question.section["title"]


def score_profile(definition, rule, participants):
    areas = _areas(definition, rule)
    low_at = rule["low_at_or_below"]
    values = [p["value"] for q in areas[:1] for p in scale_points(definition, q.spec)]
    scale_low, scale_high = (min(values), max(values)) if values else (0, 0)

    def area(question, ratings):
        mean = _mean(ratings)
        a = Area(question.key, _area_title(question), mean, len(ratings))
        if mean is not None and scale_high > scale_low:
            a.share = (mean - scale_low) / (scale_high - scale_low)
        return a

    people = []
    for p in participants:
        mine, low, every = [], [], []
        for q in areas:
            given = p.answers.get(q.key) or {}
            ratings = [given[s["key"]] for s in q.spec["statements"] if s["key"] in given]
            every += ratings
            mine.append(area(q, ratings))
            low += [
                TrainingNeed(s["text"], s.get("ref", ""), _area_title(q), 1, 1)
                for s in q.spec["statements"]
                if s["key"] in given and given[s["key"]] <= low_at
            ]
        people.append(PersonProfile(p.name, mine, low, _mean(every)))
    group, needs, every_rating = [], [], []
    for order_q, q in enumerate(areas):
        all_ratings = []
        for order_s, s in enumerate(q.spec["statements"]):
            ratings = [
                (p.answers.get(q.key) or {})[s["key"]]
                for p in participants
                if s["key"] in (p.answers.get(q.key) or {})
            ]
            all_ratings += ratings
            every_rating += ratings
            low = sum(1 for r in ratings if r <= low_at)
            if low:
                need = TrainingNeed(s["text"], s.get("ref", ""), _area_title(q), low, len(ratings))
                needs.append(((-low, -low / len(ratings), order_q, order_s), need))
        group.append(area(q, all_ratings))
    needs.sort(key=lambda pair: pair[0])
    return ProfileOutcome(
        respondents=len(participants),
        scale_low=scale_low,
        scale_high=scale_high,
        low_at_or_below=low_at,
        areas=group,
        training_needs=[need for _, need in needs[: rule.get("training_needs", 5)]],
        people=people,
        overall=_mean(every_rating),
    )


# --- indicators ---------------------------------------------------------------------------


@dataclass
class Indicator:
    key: str
    label: str
    unit: str
    direction: str  # "higher" | "lower" | ""
    chosen: int
    answered: int
    proposed: bool

    @property
    def percent(self):
        return round(100 * self.chosen / self.answered) if self.answered else 0

    @property
    def direction_label(self):
        return {"higher": "Higher is better", "lower": "Lower is better"}.get(self.direction, "")


@dataclass
class Strand:
    key: str
    title: str  # the section's title
    text: str  # the question
    answered: int
    indicators: list


@dataclass
class PersonChoices:
    name: str | None
    chosen: list  # [(strand title, indicator label)]


@dataclass
class IndicatorsOutcome:
    kind = "indicators"
    respondents: int
    propose_share: float
    strands: list
    people: list

    @property
    def proposed(self):
        return [(s, i) for s in self.strands for i in s.indicators if i.proposed]

    @property
    def propose_percent(self):
        return round(self.propose_share * 100)


def score_indicators(definition, rule, participants):
    share = rule.get("propose_share", 0.5)
    strands = []
    people = {p.participation_id: PersonChoices(p.name, []) for p in participants}
    for key in rule["questions"]:
        question = find_question(definition, key)
        answers = [
            (p, p.answers[key]) for p in participants if isinstance(p.answers.get(key), list)
        ]
        answered = len(answers)
        indicators = []
        for option in question.spec["options"]:
            chosen = sum(1 for _, value in answers if option["key"] in value)
            indicators.append(
                Indicator(
                    key=option["key"],
                    label=option["label"],
                    unit=option.get("unit", ""),
                    direction=option.get("direction", ""),
                    chosen=chosen,
                    answered=answered,
                    proposed=bool(answered) and chosen > 0 and chosen >= share * answered,
                )
            )
        for p, value in answers:
            people[p.participation_id].chosen += [
                (question.section["title"], o["label"])
                for o in question.spec["options"]
                if o["key"] in value
            ]
        strands.append(Strand(key, question.section["title"], question.text, answered, indicators))
    return IndicatorsOutcome(
        respondents=len(participants),
        propose_share=share,
        strands=strands,
        people=list(people.values()),
    )
