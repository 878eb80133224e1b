"""Comparing perspectives (a definition's `compare_by`): the Landing Pad "explores system
leadership from different perspectives" (seed 000, Annex 1), so its results set each
perspective's mean rating of every statement side by side, and say where they differ most.

`compare(results, *, runs)` takes a `toolkit.results.ExerciseResults` and returns a
`Comparison`, or None when the tool compares nothing. A perspective given by only one
person would show that person's answers, so it is shown only to those who run the exercise.
"""

from dataclasses import dataclass

from .questions import find_question, questions_of, scale_points
from .scoring import one_decimal

SMALLEST_GROUP = 2  # fewer people than this under a perspective: only the facilitator sees it


@dataclass
class Perspective:
    key: str
    label: str
    people: int


@dataclass
class Row:
    statement: str
    means: list  # one text per perspective ("" when nobody in it rated the statement)
    gap: float | None  # highest mean minus lowest, over the perspectives that rated it

    @property
    def gap_text(self):
        return one_decimal(self.gap)


@dataclass
class Table:
    question: str
    rows: list


@dataclass
class Comparison:
    question: str  # the question that sorts people into perspectives
    perspectives: list
    tables: list
    hidden: int  # people under perspectives too small to show
    widest: Row | None  # the statement the perspectives differ on most

    @property
    def shown(self):
        return len(self.perspectives) >= 2


def _mean(values):
    return sum(values) / len(values) if values else None


def compare(results, *, runs):
    """Each perspective's mean rating of each matrix statement and rating question."""
    definition = results.definition
    key = definition.get("compare_by")
    if not key:
        return None
    chooser = find_question(definition, key)
    labels = {o["key"]: o["label"] for o in chooser.spec["options"]}
    groups = {}
    for p in results.participants:
        chosen = p.answers.get(key)
        if chosen in labels:
            groups.setdefault(chosen, []).append(p)
    smallest = 1 if runs else SMALLEST_GROUP
    kept = [k for k in labels if len(groups.get(k, [])) >= smallest]
    hidden = sum(len(v) for k, v in groups.items() if k not in kept)
    perspectives = [Perspective(k, labels[k], len(groups[k])) for k in kept]
    tables, widest = [], None
    for q in questions_of(definition):
        if q.kind == "matrix":
            items = [(s["text"], q.key, s["key"]) for s in q.spec["statements"]]
        elif q.kind == "rating" and scale_points(definition, q.spec):
            items = [(q.spec["text"], q.key, None)]
        else:
            continue
        rows = []
        for text, qkey, skey in items:
            means = []
            for k in kept:
                values = []
                for p in groups[k]:
                    given = p.answers.get(qkey)
                    value = given.get(skey) if skey and isinstance(given, dict) else given
                    if isinstance(value, int | float) and not isinstance(value, bool):
                        values.append(value)
                means.append(_mean(values))
            known = [m for m in means if m is not None]
            gap = max(known) - min(known) if len(known) >= 2 else None
            row = Row(text, [one_decimal(m) for m in means], gap)
            rows.append(row)
            if gap and (widest is None or gap > widest.gap):
                widest = row
        tables.append(Table(q.spec["text"], rows))
    return Comparison(chooser.spec["text"], perspectives, tables, hidden, widest)
