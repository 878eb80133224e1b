"""What evaluation's events say in a history (nextpractice/history.py): a sentence for
adding and changing each kind of record declared in kinds.py, from the kind's own noun."""

from nextpractice.history import Phrase, record_name

from .kinds import KINDS


def _bare(noun):
    for article in ("a ", "an ", "the "):
        noun = noun.removeprefix(article)
    return noun


def _taken_up(did):
    """ "recorded that Ofsted took up “Walking buses”": a take-up's name is "Taken up by
    <organisation>: <lesson or case study>" (TakeUp.__str__)."""

    def says(event):
        name = record_name(event).removeprefix("Taken up by ")
        organisation, _, item = name.partition(": ")
        if not item:
            return f"{did} a take-up by a partner agency"
        return f"{did} that {organisation} took up “{item}”"

    return says


def _kind_phrases(kind):
    name = kind.model._meta.model_name
    noun = _bare(kind.noun)
    if name == "takeup":
        return [
            Phrase("evaluation.takeup_added", _taken_up("recorded"), kind="added"),
            Phrase("evaluation.takeup_changed", _taken_up("corrected the record"), kind="changed"),
        ]
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
