"""What reports' events say in a history (nextpractice/history.py)."""

from nextpractice.history import Phrase


def _report(event):
    """A report's name as it was written ("Progress report on X, 3 December 2026 10:26"), as
    a sentence says it: "a progress report on X" (the event's own time is beside it)."""
    name = event.target_name.removeprefix("Progress report on ")
    return f"a progress report on {name.rsplit(', ', 1)[0]}"


PHRASES = [
    Phrase("reports.report_requested", lambda e: f"asked for {_report(e)}", kind="reports"),
    Phrase("reports.report_failed", lambda e: f"could not make {_report(e)}", kind="reports"),
    Phrase("reports.monthly_report_scheduled", "scheduled {target}", kind="reports"),
    Phrase(
        "reports.monthly_reports_off",
        "chose not to be told of the monthly reports of {target}",
        kind="reports",
    ),
    Phrase(
        "reports.monthly_reports_on",
        "chose to be told of the monthly reports of {target}",
        kind="reports",
    ),
]
