"""Changes to programmes, projects and Phase 1 records, one module per area.

Each service checks its rule, changes inside a transaction, and writes one Event.
"""

from .lifecycle import (
    EditConflict,
    StageMoveRefused,
    add_project_member,
    create_programme,
    create_project,
    move_stage,
    update_narrative,
)

__all__ = [
    "EditConflict",
    "StageMoveRefused",
    "add_project_member",
    "create_programme",
    "create_project",
    "move_stage",
    "update_narrative",
]
