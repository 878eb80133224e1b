"""The format of a tool definition, and its validation.

A definition is a YAML (or JSON) document, one per file under `toolkit/definitions/`:

```yaml
slug: delta-6                      # unique, lowercase, hyphens
title: Delta 6
subtitle: Prioritising 21st century challenges   # Annex 1's, may be ""
status: not_stated                 # in_production | in_development | not_stated (Annex 1)
purpose: >                         # what it is for (the seed's words where there are some)
  ...
audience: Field trial teams ...    # who it is for
about: >                           # where the content comes from; says when we wrote the
  ...                              # questions because the seed gives only the purpose
cross_references: >                # optional: what the statements' `ref` codes are, in plain
  ...                              # words, shown wherever the codes are (answering, results)
scales:                            # optional named scales for rating and matrix questions
  agree5:
    points:
      - {value: 1, label: Strongly disagree}
      - ...
sections:
  - key: challenges                # unique in the tool
    title: The challenges
    intro: ...                     # optional
    questions:
      - key: rank                  # unique in the section
        kind: ranking              # see toolkit/questions.py for the kinds
        text: Rank these challenges...
        hint: ...                  # optional
        required: true             # optional, default true
        items: [{key: ..., label: ...}]            # ranking
        options: [{key: ..., label: ...}]          # single_choice, multiple_choice
        max_choices: 3                             # multiple_choice, optional
        scale: agree5  (or points: [...])          # rating, matrix
        statements: [{key: ..., text: ..., ref: "TDA Q10"}]   # matrix; ref optional
        max_length: 200                            # short_text / long_text, optional
scoring:                           # optional; see toolkit/scoring.py
  kind: fit | profile | indicators
  ...
compare_by: context.perspective    # optional: a single choice question; the results compare
                                   # the rated answers of the groups it makes (perspectives.py)
```

Scoring rules (the data; toolkit/scoring.py does the arithmetic):

- `fit` (Choosing a networking approach): `outcomes`, each with `key`, `title`, `summary`,
  `strategies`, `conditions`, `risks` (lists of text), optionally its own
  `pause_for_thought` (questions shown with it), and `signals`: answers that favour it,
  `{question: "<section>.<question>", values: [option keys or rating values], weight: int}`.
  An outcome's fit is the weight of its matched signals over the weight of all its signals.
  `warnings`: `{question, values, outcome, text}`: shown when that answer was given and that
  outcome is among the best fits. `notes`: `[{title, items: [text]}]` shown with every
  result, whatever fits best. `cycles`: `{outcome key: {title, steps: [{title,
  text}]}}`, walked when that outcome is among the best fits. `best`: how many to show (3).
- `profile` (Pedagogic audit): every matrix question is an area of the profile (or
  `areas: [question keys]`); `low_at_or_below`: a rating at or below this is low;
  `training_needs`: how many of the statements most often rated low to name.
- `indicators` (Gathering baseline data): `questions`: the multiple-choice questions whose
  options are candidate indicators (options may carry `unit` and `direction`:
  higher | lower); an indicator chosen by at least `propose_share` (0.5) of those who
  answered is proposed to the group.

Every question reference in `scoring` (a signal's or warning's `question`, `areas`,
`questions`) is a full key, "<section key>.<question key>". Required: `weight` on a signal
(a whole number, at least 1); `low_at_or_below` and `training_needs` for `profile`. Optional,
with these defaults: `best` 3, `propose_share` 0.5, `notes` and `cycles` none.

Validation (`validate`, `errors_in`): a JSON Schema (`SCHEMA`, checked with `jsonschema`)
says which keys exist and what each holds; `_semantic_errors` then checks what a schema
cannot: unique keys, named scales that exist, keys a question's kind does not take, and
scoring references that point at existing questions and at their options or points. Every
message names the file, the place and the problem:
`delta-6.yaml: section "challenges", question "rank": ranking needs at least two items`.
Semantic checks run only on a document that passes the schema (they rely on its shape).
"""

import json
from pathlib import Path

import jsonschema
import yaml

from .questions import KINDS

STATUSES = ("in_production", "in_development", "not_stated")
SCORING_KINDS = ("fit", "profile", "indicators")
CHOICE_KINDS = ("single_choice", "multiple_choice")
SCALED_KINDS = ("rating", "matrix")
TEXT_KINDS = ("short_text", "long_text")

# The keys each kind of question may carry besides key, kind, text, hint and required.
KIND_KEYS = {
    "rating": {"scale", "points"},
    "single_choice": {"options"},
    "multiple_choice": {"options", "max_choices"},
    "short_text": {"max_length"},
    "long_text": {"max_length"},
    "ranking": {"items"},
    "matrix": {"scale", "points", "statements"},
}
SCORING_KEYS = {
    "fit": {"outcomes", "warnings", "notes", "cycles", "best"},
    "profile": {"areas", "low_at_or_below", "training_needs"},
    "indicators": {"questions", "propose_share"},
}


def _text(**more):
    return {"type": "string", "minLength": 1, **more}


def _texts():
    return {"type": "array", "items": _text()}


def _strict(required, properties, **more):
    return {
        "type": "object",
        "required": required,
        "properties": properties,
        "additionalProperties": False,
        **more,
    }


def _when(kinds, then):
    """A schema that applies `then` to objects whose `kind` is one of `kinds`."""
    return {
        "if": {"required": ["kind"], "properties": {"kind": {"enum": list(kinds)}}},
        "then": then,
    }


KEY = {
    "type": "string",
    "pattern": r"^[a-z0-9][a-z0-9_-]*$",
    "maxLength": 40,
    "errorMessage": "must be lowercase letters, digits, hyphens or underscores",
}
POINT = _strict(["value", "label"], {"value": {"type": "integer"}, "label": _text()})
POINTS = {"type": "array", "minItems": 2, "items": POINT}
ITEM = _strict(["key", "label"], {"key": KEY, "label": _text(), "hint": {"type": "string"}})
OPTION = _strict(
    ["key", "label"],
    {
        "key": KEY,
        "label": _text(),
        "hint": {"type": "string"},
        "unit": {"type": "string"},
        "direction": {"enum": ["higher", "lower"]},
    },
)
STATEMENT = _strict(["key", "text"], {"key": KEY, "text": _text(), "ref": {"type": "string"}})
QUESTION = _strict(
    ["key", "kind", "text"],
    {
        "key": KEY,
        "kind": {"enum": list(KINDS)},
        "text": _text(),
        "hint": {"type": "string"},
        "required": {"type": "boolean"},
        "items": {"type": "array", "minItems": 2, "items": ITEM},
        "options": {"type": "array", "minItems": 2, "items": OPTION},
        "max_choices": {"type": "integer", "minimum": 1},
        "scale": {"type": "string", "minLength": 1},
        "points": POINTS,
        "statements": {"type": "array", "minItems": 1, "items": STATEMENT},
        "max_length": {"type": "integer", "minimum": 1, "maximum": 5000},
    },
    allOf=[
        _when(["ranking"], {"required": ["items"]}),
        _when(CHOICE_KINDS, {"required": ["options"]}),
        _when(
            SCALED_KINDS,
            {
                "anyOf": [{"required": ["scale"]}, {"required": ["points"]}],
                "errorMessage": 'needs a named "scale" or its own "points"',
            },
        ),
        _when(["matrix"], {"required": ["statements"]}),
    ],
)
SECTION = _strict(
    ["key", "title", "questions"],
    {
        "key": KEY,
        "title": _text(),
        "intro": {"type": "string"},
        "questions": {"type": "array", "minItems": 1, "items": QUESTION},
    },
)
QUESTION_REF = {
    "type": "string",
    "pattern": r"^[^.]+\.[^.]+$",
    "errorMessage": 'must be a full question key, "<section key>.<question key>"',
}
VALUES = {"type": "array", "minItems": 1, "items": {"type": ["string", "integer"]}}
SIGNAL = _strict(
    ["question", "values", "weight"],
    {
        "question": QUESTION_REF,
        "values": VALUES,
        "weight": {"type": "integer", "minimum": 1},
    },
)
OUTCOME = _strict(
    ["key", "title", "summary", "strategies", "conditions", "risks", "signals"],
    {
        "key": KEY,
        "title": _text(),
        "summary": _text(),
        "strategies": _texts(),
        "conditions": _texts(),
        "risks": _texts(),
        "pause_for_thought": _texts(),
        "signals": {"type": "array", "minItems": 1, "items": SIGNAL},
    },
)
WARNING = _strict(
    ["question", "values", "outcome", "text"],
    {"question": QUESTION_REF, "values": VALUES, "outcome": KEY, "text": _text()},
)
NOTE = _strict(["title", "items"], {"title": _text(), "items": {**_texts(), "minItems": 1}})
CYCLE = _strict(
    ["title", "steps"],
    {
        "title": _text(),
        "steps": {
            "type": "array",
            "minItems": 1,
            "items": _strict(["title", "text"], {"title": _text(), "text": _text()}),
        },
    },
)
SCORING = _strict(
    ["kind"],
    {
        "kind": {"enum": list(SCORING_KINDS)},
        "outcomes": {"type": "array", "minItems": 2, "items": OUTCOME},
        "warnings": {"type": "array", "items": WARNING},
        "notes": {"type": "array", "items": NOTE},
        "cycles": {"type": "object", "additionalProperties": CYCLE},
        "best": {"type": "integer", "minimum": 1},
        "areas": {"type": "array", "minItems": 1, "items": QUESTION_REF},
        "low_at_or_below": {"type": "integer"},
        "training_needs": {"type": "integer", "minimum": 1},
        "questions": {"type": "array", "minItems": 1, "items": QUESTION_REF},
        "propose_share": {"type": "number", "exclusiveMinimum": 0, "maximum": 1},
    },
    allOf=[
        _when(["fit"], {"required": ["outcomes"]}),
        _when(["profile"], {"required": ["low_at_or_below", "training_needs"]}),
        _when(["indicators"], {"required": ["questions"]}),
    ],
)
SCHEMA = {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "title": "A Next Practice toolkit tool",
    **_strict(
        ["slug", "title", "status", "purpose", "sections"],
        {
            "slug": {
                "type": "string",
                "pattern": r"^[a-z0-9]+(-[a-z0-9]+)*$",
                "maxLength": 50,
                "errorMessage": "must be lowercase letters and digits joined by hyphens",
            },
            "title": _text(maxLength=200),
            "subtitle": {"type": "string", "maxLength": 200},
            "status": {"enum": list(STATUSES)},
            "purpose": _text(),
            "audience": {"type": "string"},
            "about": {"type": "string"},
            "cross_references": {"type": "string"},
            "scales": {
                "type": "object",
                "propertyNames": KEY,
                "additionalProperties": _strict(["points"], {"points": POINTS}),
            },
            "sections": {"type": "array", "minItems": 1, "items": SECTION},
            "scoring": SCORING,
            "compare_by": QUESTION_REF,
        },
    ),
}
VALIDATOR = jsonschema.Draft202012Validator(SCHEMA)


class DefinitionError(Exception):
    """A tool definition that cannot be used; `messages` says every problem found."""

    def __init__(self, messages):
        self.messages = list(messages)
        super().__init__("\n".join(self.messages))


def load_file(path):
    """The document in a YAML or JSON file, or DefinitionError naming the file (and line)."""
    path = Path(path)
    name = path.name
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise DefinitionError([f"{name}: cannot be read ({error})"]) from None
    return parse(text, name, json_syntax=path.suffix.lower() == ".json")


class _NoAliases(yaml.SafeLoader):
    """YAML without aliases (`*name`): a tool definition needs none, and a few lines of
    aliases to aliases unfold into a structure whose every message would spell out billions
    of items (a "billion laughs")."""

    def compose_node(self, parent, index):
        if self.check_event(yaml.AliasEvent):
            mark = self.peek_event().start_mark
            raise yaml.composer.ComposerError(
                None, None, "it uses an alias (*name): write the value out in full", mark
            )
        return super().compose_node(parent, index)


# A date in a definition is text like any other: YAML's own reading of 2026-01-31 as a date
# (and of 2026-13-45 as an error) is left out.
_NoAliases.yaml_implicit_resolvers = {
    first: [(tag, pattern) for tag, pattern in resolvers if not tag.endswith(":timestamp")]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def parse(text, name, *, json_syntax=False):
    """The document in `text` (YAML, or JSON), or DefinitionError naming `name` and the line."""
    syntax = "JSON" if json_syntax else "YAML"
    try:
        if json_syntax:
            document = json.loads(text)
        else:
            document = yaml.load(text, Loader=_NoAliases)  # a SafeLoader
    except json.JSONDecodeError as error:
        problem = f"{name}, line {error.lineno}: not valid JSON: {error.msg}"
        raise DefinitionError([problem]) from None
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None) or getattr(error, "context_mark", None)
        where = f"{name}, line {mark.line + 1}" if mark else name
        problem = getattr(error, "problem", None) or str(error)
        raise DefinitionError([f"{where}: not valid YAML: {problem}"]) from None
    except RecursionError:
        problem = f"{name}: not valid {syntax}: its lists or mappings are nested too deeply"
        raise DefinitionError([problem]) from None
    except ValueError as error:  # a number of thousands of digits, say
        what = "a number in it is too long" if "digits" in str(error) else "a value in it cannot"
        problem = f"{name}: not valid {syntax}: {what} to be read"
        raise DefinitionError([problem]) from None
    if not isinstance(document, dict):
        raise DefinitionError([f"{name}: a tool definition must be a mapping of keys to values"])
    return document


def validate(definition, name="definition"):
    """Raise DefinitionError with every problem in `definition` (read from file `name`)."""
    errors = errors_in(definition, name)
    if errors:
        raise DefinitionError(errors)
    return definition


def errors_in(definition, name="definition"):
    """Every problem in `definition`, each "<file>: <place>: <problem>"."""
    schema_errors = sorted(VALIDATOR.iter_errors(definition), key=lambda e: list(map(str, e.path)))
    if schema_errors:
        return _unique(_schema_message(definition, error, name) for error in schema_errors)
    return _unique(f"{name}: {message}" for message in _semantic_errors(definition))


def _unique(messages):
    return list(dict.fromkeys(messages))


# Names for the places a path goes through: list name -> what one element is called.
SINGULAR = {
    "sections": "section",
    "questions": "question",
    "items": "item",
    "options": "option",
    "statements": "statement",
    "points": "point",
    "outcomes": "outcome",
    "signals": "signal",
    "warnings": "warning",
    "notes": "note",
    "steps": "step",
    "scales": "scale",
    "cycles": "cycle",
}
NUMBERS = [
    "no",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
]


def _place(definition, path):
    """(place words, the remaining field name or None, the object the path ends at).

    ["sections", 0, "questions", 2, "items"] -> 'section "challenges", question "rank"',
    "items"."""
    parts, node, field = [], definition, None
    path = list(path)
    i = 0
    while i < len(path):
        step = path[i]
        child = node[step] if isinstance(node, (dict, list)) else None
        if isinstance(step, str) and step in SINGULAR and i + 1 < len(path):
            index = path[i + 1]
            element = child[index]
            if isinstance(index, int):
                key = element.get("key") if isinstance(element, dict) else None
                label = f'"{key}"' if isinstance(key, str) and key else str(index + 1)
            else:
                label = f'"{index}"'
            parts.append(f"{SINGULAR[step]} {label}")
            node = element
            i += 2
            continue
        if step == "scoring" and i == 0:
            parts.append("scoring")
            node = child
            i += 1
            continue
        field = ".".join(str(s) for s in path[i:])
        break
    return ", ".join(parts), field, node


def _schema_message(definition, error, name):
    place, field, parent = _place(definition, error.path)
    problem = _problem(error, field, parent)
    return f"{name}: {place}: {problem}" if place else f"{name}: {problem}"


def _named(field):
    return f'"{field}"' if field else "it"


def _problem(error, field, parent):
    """The problem a schema error states, in words a tool's author understands."""
    kind = parent.get("kind") if isinstance(parent, dict) else None
    kind = kind if isinstance(kind, str) else None
    custom = error.schema.get("errorMessage") if isinstance(error.schema, dict) else None
    validator, expected, instance = (
        error.validator,
        error.validator_value,
        error.instance,
    )
    if validator == "required":
        missing = [key for key in expected if key not in instance]
        if isinstance(instance, dict) and field is None and isinstance(instance.get("kind"), str):
            kind = instance["kind"]
        if not missing:
            return error.message
        return f'{kind} needs "{missing[0]}"' if kind else f'missing "{missing[0]}"'
    if validator == "additionalProperties":
        extra = sorted(set(instance) - set(error.schema.get("properties", {})))
        listed = ", ".join(f'"{key}"' for key in extra)
        where = f" in {_named(field)}" if field else ""
        return f"unknown key{'s' if len(extra) > 1 else ''} {listed}{where}"
    if validator == "minItems":
        what = field.rsplit(".", 1)[-1] if field else "entries"
        if expected == 1:
            what = SINGULAR.get(what, what)
        count = NUMBERS[expected] if expected < len(NUMBERS) else str(expected)
        return f"{kind or _named(field)} needs at least {count} {what}"
    if validator == "enum":
        allowed = ", ".join(str(v) for v in expected)
        return f"{_named(field)} must be one of {allowed}; not {json.dumps(instance)}"
    if validator == "type":
        wanted = {"string": "text", "integer": "a whole number", "array": "a list"}
        if isinstance(expected, list):
            words = " or ".join(wanted.get(t, t) for t in expected)
        else:
            words = wanted.get(expected, f"a {expected}" if expected != "object" else "a mapping")
        hint = " (put it in quotes)" if expected == "string" and instance in (True, False) else ""
        return f"{_named(field)} must be {words}{hint}; not {json.dumps(instance, default=str)}"
    if validator == "minLength":
        return f"{_named(field)} must not be empty"
    if validator == "maxLength":
        return f"{_named(field)} must be at most {expected} characters"
    if validator in ("minimum", "exclusiveMinimum", "maximum"):
        words = {
            "minimum": "at least",
            "exclusiveMinimum": "more than",
            "maximum": "at most",
        }
        return f"{_named(field)} must be {words[validator]} {expected}"
    if custom:
        if validator == "anyOf":
            return f"{kind or 'it'} {custom}"
        subject = "a scale's name" if field == "scales" else _named(field)
        return f"{subject} {custom}; not {json.dumps(instance)}"
    return f"{_named(field)}: {error.message}"


def _semantic_errors(definition):
    """What the schema cannot say: uniqueness, references, and keys the kind does not take."""
    errors = []
    scales = definition.get("scales", {})
    for name, scale in scales.items():
        errors += _duplicates(scale["points"], "value", f'scale "{name}"', "point values")
    errors += _duplicates(definition["sections"], "key", "", "section keys")
    for section in definition["sections"]:
        where = f'section "{section["key"]}"'
        errors += _duplicates(section["questions"], "key", where, "question keys")
        for question in section["questions"]:
            errors += _question_errors(
                definition, f'{where}, question "{question["key"]}"', question
            )
    if "scoring" in definition:
        errors += _scoring_errors(definition, definition["scoring"])
    if "compare_by" in definition:
        compared = _questions_by_key(definition).get(definition["compare_by"])
        if compared is None or compared["kind"] != "single_choice":
            errors.append(
                f'compare_by: "{definition["compare_by"]}" is not a single choice question'
            )
    return errors


def _duplicates(elements, field, where, what):
    seen, repeated = set(), []
    for element in elements:
        value = element[field]
        if value in seen and value not in repeated:
            repeated.append(value)
        seen.add(value)
    prefix = f"{where}: " if where else ""
    return [
        f"{prefix}{what} must be unique; {json.dumps(value)} is used twice" for value in repeated
    ]


def _question_errors(definition, where, question):
    kind = question["kind"]
    errors = []
    for key in sorted(
        set(question) - {"key", "kind", "text", "hint", "required"} - KIND_KEYS[kind]
    ):
        errors.append(f'{where}: {kind} does not take "{key}"')
    for field in ("items", "options", "statements"):
        if field in question:
            errors += _duplicates(question[field], "key", where, f"{SINGULAR[field]} keys")
    if "points" in question:
        errors += _duplicates(question["points"], "value", where, "point values")
    if kind in SCALED_KINDS:
        if "scale" in question and "points" in question:
            errors.append(f'{where}: {kind} takes a named "scale" or its own "points", not both')
        elif "scale" in question and question["scale"] not in definition.get("scales", {}):
            named = ", ".join(sorted(definition.get("scales", {}))) or "none"
            errors.append(
                f'{where}: scale "{question["scale"]}" is not defined under "scales" '
                f"(defined: {named})"
            )
    if kind == "multiple_choice" and question.get("max_choices", 0) > len(question["options"]):
        errors.append(f'{where}: "max_choices" is more than the {len(question["options"])} options')
    return errors


def _questions_by_key(definition):
    return {
        f"{section['key']}.{q['key']}": q
        for section in definition["sections"]
        for q in section["questions"]
    }


def _answer_values(definition, question):
    """The values a signal or warning may name for `question`: option keys or scale points."""
    if question["kind"] in CHOICE_KINDS:
        return [o["key"] for o in question["options"]]
    if question["kind"] == "rating":
        if "points" in question:
            return [p["value"] for p in question["points"]]
        return [p["value"] for p in definition["scales"][question["scale"]]["points"]]
    return None


def _scoring_errors(definition, scoring):
    kind = scoring["kind"]
    errors = [
        f'scoring: {kind} scoring does not take "{key}"'
        for key in sorted(set(scoring) - {"kind"} - SCORING_KEYS[kind])
    ]
    questions = _questions_by_key(definition)
    if kind == "fit":
        outcomes = [o["key"] for o in scoring["outcomes"]]
        errors += _duplicates(scoring["outcomes"], "key", "scoring", "outcome keys")
        for outcome in scoring["outcomes"]:
            for n, signal in enumerate(outcome["signals"], 1):
                where = f'scoring, outcome "{outcome["key"]}", signal {n}'
                errors += _reference_errors(definition, questions, where, signal)
        for n, warning in enumerate(scoring.get("warnings", []), 1):
            where = f"scoring, warning {n}"
            errors += _reference_errors(definition, questions, where, warning)
            if warning["outcome"] not in outcomes:
                errors.append(f'{where}: outcome "{warning["outcome"]}" is not one of the outcomes')
        for key in scoring.get("cycles", {}):
            if key not in outcomes:
                errors.append(f'scoring, cycle "{key}": "{key}" is not one of the outcomes')
        if scoring.get("best", 1) > len(outcomes):
            errors.append(f'scoring: "best" is more than the {len(outcomes)} outcomes')
    elif kind == "profile":
        areas = scoring.get("areas") or [k for k, q in questions.items() if q["kind"] == "matrix"]
        if not areas:
            errors.append("scoring: a profile needs at least one matrix question")
        for key in areas:
            if key not in questions:
                errors.append(f'scoring, area "{key}": there is no question "{key}"')
            elif questions[key]["kind"] != "matrix":
                errors.append(f'scoring, area "{key}": an area must be a matrix question')
            else:
                spec = questions[key]
                points = spec.get("points") or definition["scales"][spec["scale"]]["points"]
                values = sorted(p["value"] for p in points)
                if not values[0] <= scoring["low_at_or_below"] < values[-1]:
                    errors.append(
                        f'scoring: "low_at_or_below" must be a point on the scale of "{key}" '
                        f"below its top ({values[0]} to {values[-1] - 1})"
                    )
    else:
        for key in scoring["questions"]:
            if key not in questions:
                errors.append(f'scoring, question "{key}": there is no such question')
            elif questions[key]["kind"] != "multiple_choice":
                errors.append(
                    f'scoring, question "{key}": indicators come from multiple_choice questions'
                )
    return _unique(errors)


def _reference_errors(definition, questions, where, reference):
    key = reference["question"]
    if key not in questions:
        return [f'{where}: there is no question "{key}"']
    allowed = _answer_values(definition, questions[key])
    if allowed is None:
        kind = questions[key]["kind"]
        return [f'{where}: question "{key}" is {kind}; only choice and rating answers can count']
    return [
        f'{where}: {json.dumps(value)} is not an answer to "{key}" '
        f"(its answers: {', '.join(str(a) for a in allowed)})"
        for value in reference["values"]
        if value not in allowed
    ]
