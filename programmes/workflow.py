"""The three-diamond lifecycle as data: the stages in order and the gate out of each.

Gates are checked at the moment of a move and return (allowed, reason) so pages can say
exactly what is missing. Only `programmes.services.move_stage` changes a project's stage.
"""

from dataclasses import dataclass, field

from .models import STAGE_ORDER, Stage
from .models.lifecycle import Project

PHASES = [
    # (phase number, name, level, stages)
    (1, "Stimulate", "System", [Stage.ANALYSE_NEED, Stage.SCAN_HORIZON, Stage.GENERATE_OPTIONS]),
    (2, "Incubate", "Local", [Stage.INCUBATE]),
    (3, "Accelerate", "System", [Stage.SYSTEM_LEARNING]),
]
# Phase 1's stages, at system level: a project's field trials are selected here, and
# incubated only once it has passed its Phase 1 gate into Incubate (fieldtrials.workflow).
PHASE_1_STAGES = PHASES[0][3]


def in_phase_1(project):
    """Is `project` still in Phase 1 (Stimulate), short of its Phase 1 gate?"""
    return project.stage in PHASE_1_STAGES


# What each stage opens out with and refocuses on (the design's table), for pages.
STAGE_SHAPE = {
    Stage.ANALYSE_NEED: ("problems, data and potential innovators", "agreed objectives"),
    Stage.SCAN_HORIZON: ("stimuli from other sectors and countries", "the stimuli kept"),
    Stage.GENERATE_OPTIONS: ("ideas from workshops", "options shortlisted and selected"),
    Stage.INCUBATE: ("field trials in schools and localities", "models of Next Practice"),
    Stage.SYSTEM_LEARNING: ("lessons and case studies", "what transfers to the system"),
}

# Planned months in each stage of an 18-month project; scaled to the planned duration.
PLANNED_MONTHS = {
    Stage.ANALYSE_NEED: 1.5,
    Stage.SCAN_HORIZON: 1,
    Stage.GENERATE_OPTIONS: 1.5,
    Stage.INCUBATE: 12,
    Stage.SYSTEM_LEARNING: 2,
}


def gate_analyse_need(project):
    if project.objectives.current().filter(status="agreed").exists():
        return True, ""
    return False, "No project objective has been agreed yet: agree at least one objective."


def gate_scan_horizon(project):
    if project.kept_stimuli.exists():
        return True, ""
    return False, "No stimulus has been kept yet: keep at least one stimulus the project will use."


def gate_generate_options(project):
    from fieldtrials.models import FieldTrial

    selected = project.options.current().filter(status="selected")
    if not selected.exists():
        return False, "No option has been selected yet: select at least one option for a trial."
    live = selected.exclude(field_trial__status=FieldTrial.Status.WITHDRAWN)
    if not live.exists():
        return False, "Every selected option's field trial has been withdrawn."
    return True, ""


def gate_incubate(project):
    from fieldtrials.models import FieldTrial

    trials = project.field_trials.all()
    if not trials.exists():
        return False, "The project has no field trials."
    unfinished = trials.exclude(
        status__in=[FieldTrial.Status.COMPLETED, FieldTrial.Status.WITHDRAWN]
    ).count()
    if unfinished:
        trials_word = "field trial is" if unfinished == 1 else "field trials are"
        return False, f"{unfinished} {trials_word} not yet completed or withdrawn."
    if not trials.filter(status=FieldTrial.Status.COMPLETED).exists():
        return False, "No field trial has been completed."
    return True, ""


GATES = {
    Stage.ANALYSE_NEED: gate_analyse_need,
    Stage.SCAN_HORIZON: gate_scan_horizon,
    Stage.GENERATE_OPTIONS: gate_generate_options,
    Stage.INCUBATE: gate_incubate,
}


def can_leave(project: Project, stage):
    """(allowed, reason) for leaving `stage` forwards; the last stage has no way out."""
    gate = GATES.get(Stage(stage))
    if gate is None:
        return False, "System learning is the last stage."
    return gate(project)


@dataclass
class MovePlan:
    """What moving a project to `to_stage` now would take."""

    from_stage: str
    to_stage: str
    direction: str  # forward, back or none
    unmet: list = field(default_factory=list)  # [(stage label, reason)] of failing gates

    @property
    def to_label(self):
        return Stage(self.to_stage).label

    @property
    def needs_override(self):
        return self.direction == "forward" and bool(self.unmet)


def plan_move(project, to_stage):
    """Check every gate on the way from the project's stage to `to_stage`."""
    here, there = STAGE_ORDER.index(project.stage), STAGE_ORDER.index(to_stage)
    if there == here:
        return MovePlan(project.stage, to_stage, "none")
    if there < here:
        return MovePlan(project.stage, to_stage, "back")
    unmet = []
    for stage in STAGE_ORDER[here:there]:
        ok, reason = can_leave(project, stage)
        if not ok:
            unmet.append((Stage(stage).label, reason))
    return MovePlan(project.stage, to_stage, "forward", unmet)
