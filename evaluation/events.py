"""What evaluation's events say in a history (nextpractice/history.py): a sentence for
adding and changing each kind of record declared in kinds.py, from the kind's own noun."""

from nextpractice.history import Phrase

from .kinds import KINDS


def _bare(noun):
    for article in ("a ", "an ", "the "):
        noun = noun.removeprefix(article)
    return noun


def _kind_phrases(kind):
    name = kind.model._meta.model_name
    noun = _bare(kind.noun)
    return [
        Phrase(f"evaluation.{name}_added", f"added {kind.noun} “{{name}}”", kind="added"),
        Phrase(f"evaluation.{name}_changed", f"changed the {noun} “{{name}}”", kind="changed"),
    ]


PHRASES = [
    *(phrase for kind in KINDS.values() for phrase in _kind_phrases(kind)),
    Phrase(
        "evaluation.indicator_adopted",
        "adopted the indicator “{target}” from the baseline data tool",
        kind="added",
    ),
]
