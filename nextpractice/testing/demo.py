"""`load_demo` for tests: the command, run for real once per starting point and then put back
(nextpractice/testing/replay.py).

Ninety-odd tests read the demonstration, and `load_demo` takes half a minute of one core, more on a
slow machine: run each time, the suite would spend over an hour loading the same records. A
second load over a loaded demo (the "loading twice changes nothing" tests) or a load after a
test added records of its own starts from elsewhere, and runs the real command.
"""

from django.conf import settings
from django.core.management import call_command

from .replay import replay


def load_demo():
    """The demonstration, loaded: the command's own result, or what it wrote put back.
    Returns "loaded" or "put back"."""
    _, how = replay("demo", _command, settings.DEMO_PASSWORD)
    return "loaded" if how == "ran" else "put back"


def _command():
    # pytest-django runs the tests with DEBUG off, where the command asks to be told.
    call_command("load_demo", quiet=True, in_production=True)
