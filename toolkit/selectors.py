"""Reading toolkit data on the answering path: a tool version's definition, parsed once per
process, which version each exercise runs (remembered once read), and the few columns
autosave reads of a participation."""

from dataclasses import dataclass

from .models import Participation
from .questions import Question, questions_of


@dataclass(frozen=True)
class ParsedVersion:
    """A tool version's definition and its questions by full key, in order. Shared by every
    request in the process: read it, never change it."""

    definition: dict
    questions: dict[str, Question]


# (version pk, checksum) -> ParsedVersion. A version is never edited, so what is read once
# stays true; the checksum is in the key because a test database rolled back reuses ids.
# Versions number in the tens, so the dictionary needs no bound.
_PARSED = {}


def parsed_version(version):
    """`version`'s definition and questions, read and parsed once per process.

    `version` needs its pk and checksum; its definition may be deferred (as autosave reads
    it), and is then read with one query the first time only. Either way it is set on
    `version`, so `exercise.definition` reads the shared copy without a query."""
    key = (version.pk, version.checksum)
    parsed = _PARSED.get(key)
    if parsed is None:
        definition = version.definition
        parsed = ParsedVersion(definition, {q.key: q for q in questions_of(definition)})
        _PARSED[key] = parsed
    version.definition = parsed.definition
    return parsed


def participations_to_autosave():
    """What saving one answer reads of a participation: whether it is submitted, whether its
    exercise is open, and which version it runs (not the definition: see parsed_version)."""
    return Participation.objects.select_related("exercise__tool_version").only(
        "exercise",
        "submitted_at",
        "exercise__closed_at",
        "exercise__closes_at",
        "exercise__tool_version",
        "exercise__tool_version__checksum",
    )


# exercise pk -> (version pk, checksum). An exercise keeps the version it was started with,
# so once a page or a save has read it, autosave needs no query to know which questions and
# values to check against. Only a hint: the save's own statement checks the version (see
# services.save_answer_at_once), so a stale entry (a test database's reused id) costs one
# slower save, never a wrong one. Bounded: cleared when it grows past the limit.
_EXERCISE_VERSION = {}
_EXERCISE_VERSION_LIMIT = 50_000


def parsed_version_of(exercise_id, version):
    """parsed_version(version), noting that exercise `exercise_id` runs it (known_version)."""
    parsed = parsed_version(version)
    if len(_EXERCISE_VERSION) >= _EXERCISE_VERSION_LIMIT:
        _EXERCISE_VERSION.clear()
    _EXERCISE_VERSION[exercise_id] = (version.pk, version.checksum)
    return parsed


def known_version(exercise_id):
    """((version pk, checksum), ParsedVersion) of an exercise this process has read, or None."""
    key = _EXERCISE_VERSION.get(exercise_id)
    parsed = _PARSED.get(key) if key else None
    return (key, parsed) if parsed else None
