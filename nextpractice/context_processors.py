"""Template context every page shares."""

import nextpractice

from . import demo_notes


def version(request):
    """The release, for the footer (a user or an operator can say which one they see), and
    whether the demonstration is loaded, for the banner that says so (one `stat`, no query)."""
    return {"app_version": nextpractice.__version__, "demo_loaded": demo_notes.is_loaded()}
