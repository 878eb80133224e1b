"""Template context every page shares."""

import nextpractice


def version(request):
    """The release, for the footer (a user or an operator can say which one they see)."""
    return {"app_version": nextpractice.__version__}
