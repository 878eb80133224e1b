"""Error reports to Sentry (sentry-sdk): off unless SENTRY_DSN is set.

Switched on in settings, so web servers, workers and beat all report. Each event carries the
release (this version) and the request id people quote from an error page, so an operator
finds the report from a person's message, and the log lines beside it.
"""

import sentry_sdk

import nextpractice

from .logs import request_id_var


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
        before_send=tag_request_id,
    )
    return True


def tag_request_id(event, hint):
    """Tags an event with the id of the request it happened in, if any."""
    request_id = request_id_var.get()
    if request_id:
        event.setdefault("tags", {})["request_id"] = request_id
    return event
