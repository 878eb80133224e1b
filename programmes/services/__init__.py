"""Changes to programmes, projects and Phase 1 records, one module per area.

Each service checks its rule, changes inside a transaction, and writes one Event.
"""

from .lifecycle import (
    EditConflict,
    ProgrammeEndRefused,
    ProjectClosedAlready,
    ProjectTitleTaken,
    ProjectWithdrawn,
    ProjectWithdrawnAlready,
    StageMoveRefused,
    TrialsUnderWay,
    add_project_member,
    close_project,
    create_programme,
    create_project,
    move_stage,
    reopen_project,
    restore_project,
    trials_under_way,
    update_narrative,
    withdraw_project,
)

__all__ = [
    "EditConflict",
    "ProgrammeEndRefused",
    "ProjectClosedAlready",
    "ProjectTitleTaken",
    "ProjectWithdrawn",
    "ProjectWithdrawnAlready",
    "StageMoveRefused",
    "TrialsUnderWay",
    "add_project_member",
    "close_project",
    "create_programme",
    "create_project",
    "move_stage",
    "reopen_project",
    "restore_project",
    "trials_under_way",
    "update_narrative",
    "withdraw_project",
]
