"""What toolkit's events say in a history (nextpractice/history.py)."""

from nextpractice.history import Phrase


def _more_people(event):
    count = len(event.data.get("participants", []))
    return "1 more person" if count == 1 else f"{count} more people"


PHRASES = [
    Phrase("toolkit.exercise_started", "started the exercise “{target}”", kind="toolkit"),
    Phrase(
        "toolkit.participants_invited",
        lambda e: f"invited {_more_people(e)} to “{e.target_name}”",
        kind="toolkit",
    ),
    Phrase("toolkit.answers_submitted", "submitted their answers to “{target}”", kind="toolkit"),
    Phrase("toolkit.answers_reopened", "took back their answers to “{target}”", kind="toolkit"),
    Phrase("toolkit.exercise_closed", "closed the exercise “{target}”", kind="toolkit"),
    Phrase("toolkit.exercise_reopened", "reopened the exercise “{target}”", kind="toolkit"),
    Phrase(
        "toolkit.conclusion_recorded",
        lambda e: (
            f"{'rewrote' if e.data.get('replaced') else 'wrote'} the group's conclusion "
            f"of “{e.target_name}”"
        ),
        kind="toolkit",
    ),
    Phrase("toolkit.results_shared", "shared the results of “{target}”", kind="toolkit"),
    Phrase("toolkit.results_unshared", "stopped sharing the results of “{target}”", kind="toolkit"),
    Phrase("toolkit.tool_version_installed", "installed {target}", kind="toolkit"),
]
