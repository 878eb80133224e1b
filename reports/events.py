"""What reports' events say in a history (nextpractice/history.py)."""

from nextpractice.history import Phrase

PHRASES = [
    Phrase("reports.report_requested", "asked for {target}", kind="reports"),
    Phrase("reports.report_failed", "could not make {target}", kind="reports"),
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
