"""Programmes, projects and Phase 1 of the three diamonds."""

from .horizon import KeptStimulus, Sector, Stimulus, StimulusTag
from .lifecycle import (
    STAGE_ORDER,
    Programme,
    ProgrammeMembership,
    Project,
    ProjectMembership,
    Stage,
    StageMove,
    shut_project_of,
    withdrawn_project_of,
)
from .need import DataSource, Objective, PotentialInnovator, ProblemStatement
from .options import Assessment, CreativeOption, Workshop, WorkshopParticipant

__all__ = [
    "STAGE_ORDER",
    "Assessment",
    "CreativeOption",
    "DataSource",
    "KeptStimulus",
    "Objective",
    "PotentialInnovator",
    "ProblemStatement",
    "Programme",
    "ProgrammeMembership",
    "Project",
    "ProjectMembership",
    "Sector",
    "Stage",
    "StageMove",
    "Stimulus",
    "StimulusTag",
    "Workshop",
    "WorkshopParticipant",
    "shut_project_of",
    "withdrawn_project_of",
]
