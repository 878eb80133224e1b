"""Error reports to Sentry (sentry-sdk): off unless SENTRY_DSN is set.

Switched on in settings, so web servers, workers and beat all report. Each event carries the
release (this version) and the request id people quote from an error page, so an operator
finds the report from a person's message, and the log lines beside it.
"""

from urllib.parse import unquote

import sentry_sdk
from sentry_sdk.scrubber import EventScrubber

import nextpractice

from .logs import redact_path, request_id_var


def release():
    """The release events are filed under: this app's version."""
    return f"nextpractice@{nextpractice.__version__}"


def start_sentry(*, dsn, environment):
    """Send unhandled errors and ERROR log lines to Sentry at `dsn`; nothing when it is empty.

    Returns whether it was switched on. Personal data (addresses, cookies, form contents) is
    not sent; Django, Celery and Redis are reported through sentry-sdk's own integrations.
    """
    if not dsn:
        return False
    sentry_sdk.init(
        dsn=dsn,
        release=release(),
        environment=environment,
        send_default_pii=False,
        # Keys such as `token`, `password` and `session` scrubbed at any depth (a view's
        # keyword arguments are a dict in a frame's variables), not only at the top.
        event_scrubber=EventScrubber(recursive=True, send_default_pii=False),
        before_send=before_send,
    )
    return True


def before_send(event, hint):
    """Every event, as it leaves: tagged with its request id, secrets taken out of its URLs."""
    return redact_event(tag_request_id(event, hint))


def tag_request_id(event, hint):
    """Tags an event with the id of the request it happened in, if any."""
    request_id = request_id_var.get()
    if request_id:
        event.setdefault("tags", {})["request_id"] = request_id
    return event


def redact_event(event):
    """The event with the secrets of reset and invitation links written as "…", as the logs
    write them (logs.redact_path), wherever it may quote a URL: the request (its URL, query
    string and headers, among them the Referer of a form sent from such a link), the
    breadcrumbs (an HTTP call's URL, a log line's message), the message of an event made
    from a log line, the exceptions' messages and their frames' local variables (a request's
    repr names its path). A variable named `token`, the views' own, is scrubbed by name
    (EventScrubber). The transaction is the URL's pattern, no secret."""
    for key in ("request", "breadcrumbs", "logentry", "message", "extra"):
        if key in event:
            event[key] = _redacted(event[key])
    for exception in (event.get("exception") or {}).get("values") or ():
        if isinstance(exception, dict):
            if "value" in exception:
                exception["value"] = _redacted(exception["value"])
            for frame in (exception.get("stacktrace") or {}).get("frames") or ():
                if isinstance(frame, dict) and "vars" in frame:
                    frame["vars"] = _redacted(frame["vars"])
    return event


def _redacted(value):
    """`value` with every string in it, however nested, passed through redact_path; a string
    quoting a link percent-encoded (a query string's `next=%2Finvitations%2F...`) is decoded
    first, and kept encoded when there was nothing to take out."""
    if isinstance(value, str):
        redacted = redact_path(value)
        if "%" in redacted:
            decoded = unquote(redacted)
            if redact_path(decoded) != decoded:
                return redact_path(decoded)
        return redacted
    if isinstance(value, dict):
        return {key: _redacted(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_redacted(item) for item in value]
    return value
