"""What directory's events say in a history (nextpractice/history.py)."""

from nextpractice.history import Phrase

PHRASES = [
    Phrase("directory.import_uploaded", "uploaded the register file “{file}”", kind="reports"),
    Phrase("directory.import_confirmed", "confirmed the import of “{file}”", kind="reports"),
    Phrase("directory.organisations_imported", "imported organisations", kind="reports"),
    Phrase("directory.organisation_added", "added {target} to the directory", kind="added"),
    Phrase(
        "directory.people_import_uploaded",
        "uploaded the people file “{file}” for {target}",
        kind="people",
    ),
    Phrase(
        "directory.people_imported",
        lambda e: (
            f"imported people into {e.target_name}"
            + (f" ({e.data['invited']} invited)" if isinstance(e.data.get("invited"), int) else "")
        ),
        kind="people",
    ),
]
