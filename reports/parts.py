"""The registry of report parts: each module's `part(subject)` returns a list of sections
`{"title": str, "template": str, "context": dict}` for a programme, project or field trial.

A module that does not exist yet (an area still being built) is skipped; one that exists
but fails to import fails the report, so a broken part is never silently left out.
"""

import importlib

PARTS = [
    "programmes.reporting",
    "fieldtrials.reporting",
    "evaluation.reporting",
    "toolkit.reporting",
]


def _module(path):
    try:
        return importlib.import_module(path)
    except ModuleNotFoundError as missing:
        # Only the part module itself (or its app) being absent means "not written yet".
        if missing.name and (path == missing.name or path.startswith(missing.name + ".")):
            return None
        raise


def sections_for(subject):
    sections = []
    for path in PARTS:
        module = _module(path)
        if module is not None:
            sections.extend(module.part(subject))
    return sections
