"""What reports' events say in a history (nextpractice/history.py)."""

import datetime

from nextpractice.history import Link, Phrase


def _subject(event):
    """What a report is on, from its name as it was written ("Progress report on X,
    3 December 2026 10:26"): "X" (the event's own time is beside it)."""
    name = event.target_name.removeprefix("Progress report on ")
    return name.rsplit(", ", 1)[0]


def _report(event):
    """A report as a sentence says it: "a progress report on X"."""
    return f"a progress report on {_subject(event)}"


def _named(event):
    """The report as it was named, with when it was asked for: "progress report on X,
    3 December 2026 10:26" (two reports of X are told apart)."""
    name = event.target_name
    return name[:1].lower() + name[1:]


def _monthly_report_started(event):
    """A whole sentence, as nobody did it: "The monthly progress report on X for November
    2026 was started", the month from the event's data (reports.services.
    schedule_monthly_report), as its readers' notification names it."""
    try:
        month = f" for {datetime.date.fromisoformat((event.data or {})['period']):%B %Y}"
    except (KeyError, TypeError, ValueError):
        month = ""
    return f"The monthly progress report on {_subject(event)}{month} was started"


# A report's own events (asked for, started, failed, not made) are read, in a history as in
# a stream, by those who may read its subject's reports (Phrase.readers_in_full_only): a
# partner who may not open a programme's reports is not told that someone asked for one.
PHRASES = [
    Phrase(
        "reports.report_requested",
        lambda e: f"asked for {_report(e)}",
        kind="reports",
        readers_in_full_only=True,
    ),
    # A job's failure, with nobody to sign it: "A progress report on X could not be made".
    Phrase(
        "reports.report_failed",
        lambda e: f"A progress report on {_subject(e)} could not be made",
        kind="reports",
        whole=True,
        readers_in_full_only=True,
    ),
    # Of a withdrawn project, by rule (reports.services.not_made_if_withdrawn): nobody is
    # told, so nor is anyone's stream.
    Phrase(
        "reports.report_not_made",
        lambda e: f"A progress report on {_subject(e)} was not made: its project was withdrawn",
        kind="reports",
        whole=True,
        stream=False,
        readers_in_full_only=True,
    ),
    # The schedule's: in the project's history, not in anyone's stream (its readers are told
    # when it is ready, with a link; others who follow the project may not read it).
    Phrase(
        "reports.monthly_report_scheduled",
        _monthly_report_started,
        kind="reports",
        whole=True,
        stream=False,
        readers_in_full_only=True,
    ),
    # Asked for as the project closed (reports.services.schedule_final_report): in its
    # history, not in anyone's stream, as the schedule's (its readers are told when ready).
    Phrase(
        "reports.final_report_scheduled",
        lambda e: f"The final progress report on {_subject(e)} was started, as it closed",
        kind="reports",
        whole=True,
        stream=False,
        readers_in_full_only=True,
    ),
    # Told to the officers who manage the report's subject (who withdrew it, and still read
    # it): the reason may name what it was withdrawn for, and nobody else reads it now.
    Phrase(
        "reports.report_withdrawn",
        lambda e: f"withdrew the {_named(e)}",
        kind="withdrawn",
        officers_only=True,
    ),
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

# Where the streams across places link these events, for those who may read the report.
LINKS = [
    Link(
        "reports.report",
        "reports:report_page",
        "reports.rules.visible_reports",
        words=lambda e: f"progress report on {_subject(e)}",
    ),
]
