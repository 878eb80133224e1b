"""What programmes' events say in a history (nextpractice/history.py)."""

import datetime

from accounts.events import membership_phrases
from nextpractice.history import Link, Phrase
from nextpractice.words import long_date

from .models import CreativeOption, Stage


def stage(value):
    try:
        return Stage(value).label
    except ValueError:
        return str(value)


def _moved(e):
    said = f"moved {e.target_name} from {stage(e.data.get('from'))} to {stage(e.data.get('to'))}"
    if e.data.get("overridden"):
        said += " although a gate on the way did not hold"
    return said


def _decided(e):
    decision = e.data.get("decision")
    if decision == CreativeOption.Status.SELECTED:
        trial = " for a field trial" if e.data.get("field_trial") else ""
        return f"selected the option “{e.target_name}”{trial}"
    try:
        label = CreativeOption.Status(decision).label.lower()
    except ValueError:
        label = str(decision)
    return f"marked the option “{e.target_name}” {label}"


def _closed(e):
    said = f"closed the project {e.target_name}"
    on = e.data.get("on")
    if on:
        try:
            said += f" on {long_date(datetime.date.fromisoformat(on))}"
        except ValueError:
            pass
    note = str(e.data.get("note") or "").strip()
    return f"{said}. Note: {note}" if note else said


def _problem_added(e):
    """A problem or a driver of change, as the Phase 1 page heads them (events written
    before the kind was kept say "problem")."""
    noun = "driver of change" if e.data.get("kind") == "driver" else "problem"
    return f"added the {noun} “{e.data.get('text', '')}”"


PHRASES = [
    Phrase("programmes.programme_created", "created the programme {target}", kind="added"),
    Phrase("programmes.project_created", "created the project {target}", kind="added"),
    Phrase("programmes.stage_moved", _moved, kind="decided"),
    Phrase("programmes.project_closed", _closed, kind="decided"),
    Phrase("programmes.project_reopened", "reopened the project {target}", kind="decided"),
    Phrase("programmes.project_withdrawn", "withdrew the project {target}", kind="withdrawn"),
    Phrase("programmes.project_restored", "restored the project {target}", kind="changed"),
    Phrase(
        "programmes.narrative_updated",
        "updated the current-state narrative of {target}",
        kind="changed",
    ),
    Phrase("programmes.problem_added", _problem_added, kind="added"),
    Phrase("programmes.objective_added", "added the objective “{text}”", kind="added"),
    Phrase("programmes.data_source_added", "added the data source “{text}”", kind="added"),
    Phrase("programmes.innovator_added", "added the potential innovator “{text}”", kind="added"),
    Phrase("programmes.objective_agreed", "agreed an objective of {target}", kind="decided"),
    Phrase(
        "programmes.objective_reopened",
        "returned an objective of {target} to draft",
        kind="decided",
    ),
    Phrase("programmes.stimulus_created", "added the stimulus “{target}”", kind="added"),
    Phrase("programmes.stimulus_updated", "changed the stimulus “{target}”", kind="changed"),
    Phrase("programmes.stimulus_kept", "kept the stimulus “{title}” for {target}", kind="added"),
    Phrase(
        "programmes.stimulus_unkept",
        "stopped keeping the stimulus “{title}” for {target}",
        kind="withdrawn",
    ),
    Phrase("programmes.workshop_recorded", "recorded the workshop “{target}”", kind="added"),
    Phrase("programmes.option_captured", "captured the option “{target}”", kind="added"),
    Phrase(
        "programmes.option_assessed",
        lambda e: (
            f"{'assessed' if e.data.get('created', True) else 'changed their assessment of'}"
            f" the option “{e.target_name}”"
        ),
        kind="decided",
    ),
    Phrase("programmes.option_decided", _decided, kind="decided"),
    *membership_phrases("programmes"),
]

# Where the streams across places link these events, for those who may open their pages.
LINKS = [
    Link(
        "programmes.programme", "programmes:programme_detail", "programmes.rules.visible_programmes"
    ),
    # A withdrawn project's page opens for its officers, to restore it (openable_projects).
    Link("programmes.project", "programmes:project_detail", "programmes.rules.openable_projects"),
    Link(
        "programmes.creativeoption",
        "programmes:option_detail",
        "programmes.rules.visible_options",
        words="option “{target}”",
    ),
]
