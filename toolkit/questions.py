"""Question kinds and the values each accepts. The server decides what an answer may be.

A tool definition (see toolkit/definition.py) holds sections of questions. Every question has
a `key` unique within its section; its full key is "<section key>.<question key>". This module
turns what a browser posted into the normalised value stored in `Answer.value`, refusing
anything the question does not allow:

| kind            | posted                                  | stored value                     |
|-----------------|-----------------------------------------|----------------------------------|
| rating          | one point's value                       | int                              |
| single_choice   | one option key                          | str                              |
| multiple_choice | option keys (list)                      | list of str, definition order    |
| short_text      | text (at most `max_length`, default 200)| str                              |
| long_text       | text (at most `max_length`, default 5000)| str                             |
| ranking         | the rank (1..n) of each item            | list of item keys, first = top   |
| matrix          | one scale point per statement (partial) | {statement key: int}             |
"""

from dataclasses import dataclass

from django.core.exceptions import ValidationError

KINDS = (
    "rating",
    "single_choice",
    "multiple_choice",
    "short_text",
    "long_text",
    "ranking",
    "matrix",
)
TEXT_LIMITS = {"short_text": 200, "long_text": 5000}


@dataclass(frozen=True)
class Question:
    """A question of a tool version, with its section, read from the definition."""

    key: str  # "<section>.<question>"
    section: dict
    spec: dict

    @property
    def kind(self):
        return self.spec["kind"]

    @property
    def text(self):
        return self.spec["text"]


def scale_points(definition, spec):
    """The points of a rating or matrix question: its own `points`, or a named scale's."""
    if "points" in spec:
        return spec["points"]
    return definition["scales"][spec["scale"]]["points"]


def questions_of(definition):
    """Every question of a definition, in order."""
    return [
        Question(f"{section['key']}.{q['key']}", section, q)
        for section in definition["sections"]
        for q in section["questions"]
    ]


def find_question(definition, key):
    for question in questions_of(definition):
        if question.key == key:
            return question
    raise KeyError(key)


def _one(raw):
    if isinstance(raw, list):
        if len(raw) != 1:
            raise ValidationError("Choose one answer.")
        return raw[0]
    return raw


def clean_answer(definition, question, raw):
    """The stored value for `raw` (a str, or a list of str, as a form posts it; a dict of
    str for a matrix or ranking), or ValidationError with a message for the participant."""
    spec, kind = question.spec, question.kind
    if kind == "rating":
        allowed = {str(p["value"]): p["value"] for p in scale_points(definition, spec)}
        value = str(_one(raw)).strip()
        if value not in allowed:
            raise ValidationError("Choose one of the points on the scale.")
        return allowed[value]
    if kind == "single_choice":
        keys = [o["key"] for o in spec["options"]]
        value = str(_one(raw)).strip()
        if value not in keys:
            raise ValidationError("Choose one of the options given.")
        return value
    if kind == "multiple_choice":
        keys = [o["key"] for o in spec["options"]]
        chosen = raw if isinstance(raw, list) else [raw]
        chosen = {str(c).strip() for c in chosen if str(c).strip()}
        unknown = chosen - set(keys)
        if unknown:
            raise ValidationError("Choose only from the options given.")
        limit = spec.get("max_choices")
        if limit and len(chosen) > limit:
            raise ValidationError(f"Choose at most {limit}.")
        return [k for k in keys if k in chosen]
    if kind in TEXT_LIMITS:
        value = str(_one(raw) if raw != [] else "").strip()
        limit = spec.get("max_length", TEXT_LIMITS[kind])
        if len(value) > limit:
            raise ValidationError(f"Keep your answer to {limit} characters or fewer.")
        return value
    if kind == "ranking":
        return _clean_ranking(spec, raw)
    if kind == "matrix":
        return _clean_matrix(definition, spec, raw)
    raise ValidationError("This question cannot be answered.")


def _clean_ranking(spec, raw):
    """`raw` maps each item key to its rank (1 = most important). Every item needs a
    different rank; the stored value is the item keys in rank order."""
    keys = [i["key"] for i in spec["items"]]
    if not isinstance(raw, dict) or set(raw) != set(keys):
        raise ValidationError("Give every item a rank.")
    try:
        ranks = {key: int(str(raw[key]).strip()) for key in keys}
    except ValueError:
        raise ValidationError("Give every item a rank.") from None
    if sorted(ranks.values()) != list(range(1, len(keys) + 1)):
        raise ValidationError(
            f"Give each item a different rank from 1 to {len(keys)}: no two items can share one."
        )
    return sorted(keys, key=ranks.__getitem__)


def _clean_matrix(definition, spec, raw):
    """`raw` maps statement keys to scale points; statements not yet rated may be left out."""
    allowed = {str(p["value"]): p["value"] for p in scale_points(definition, spec)}
    statements = [s["key"] for s in spec["statements"]]
    if not isinstance(raw, dict) or not set(raw) <= set(statements):
        raise ValidationError("Rate only the statements given.")
    value = {}
    for key in statements:
        given = str(raw.get(key, "")).strip()
        if not given:
            continue
        if given not in allowed:
            raise ValidationError("Choose one of the points on the scale for each statement.")
        value[key] = allowed[given]
    return value


def is_answered(question, value):
    """Whether a stored value counts as an answer (for progress and for "unanswered")."""
    if value in (None, "", [], {}):
        return False
    if question.kind == "matrix":
        return len(value) == len(question.spec["statements"])
    return True
