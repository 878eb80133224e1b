"""Logs an operator can search: one JSON object a line, each carrying its request's id.

The request id lives in a context variable set by `RequestIdMiddleware`, so any log line
written while a request is answered (ours, Django's, a library's) carries it.
"""

import json
import logging
import re
import time
import uuid
from contextvars import ContextVar
from datetime import UTC, datetime

from django.utils.functional import empty

request_id_var = ContextVar("request_id", default=None)

# An id from a proxy is kept only if it cannot break a log line or a header.
SANE_REQUEST_ID = re.compile(r"^[A-Za-z0-9._:-]{8,128}$")

# Fields a request's own line adds (`extra=`), written after the standard ones when present.
REQUEST_FIELDS = ("user_id", "method", "path", "status", "duration_ms")

request_logger = logging.getLogger("nextpractice.requests")

# Paths that carry a secret: whoever reads the logs could use the link. The secret's part
# is written as "…"; every URL with a `token` in it must be here (test_operations.py).
SECRET_IN_PATH = [
    # A password reset link, /accounts/reset/<uidb64>/<token>/; Django swaps the token for
    # "set-password" once it has it in the session, and that is no secret.
    re.compile(r"(/accounts/reset/[^/]+/)(?!set-password/)[^/]+"),
    # An invitation's link, /invitations/accept/<token>/.
    re.compile(r"(/invitations/accept/)[^/]+"),
    # A one-click unsubscribe link, /accounts/notifications/e-mail/unsubscribe/<token>/.
    re.compile(r"(/accounts/notifications/e-mail/unsubscribe/)[^/]+"),
]


def redact_path(path):
    """`path` with any secret in it written as "…"."""
    for pattern in SECRET_IN_PATH:
        path = pattern.sub(r"\1…", path)
    return path


def new_request_id(incoming=None):
    """The proxy's id if it looks like one, otherwise a fresh one."""
    if incoming and SANE_REQUEST_ID.match(incoming):
        return incoming
    return uuid.uuid4().hex


def current_request_id(record):
    """The id of the request `record` was written for, if any."""
    # Django logs a response's 4xx/5xx after the middleware has returned, with the request.
    request = getattr(record, "request", None)
    return getattr(request, "request_id", None) or request_id_var.get()


class RequestIdFilter(logging.Filter):
    """Puts the current request's id (or "-") on every record, for both formats."""

    def filter(self, record):
        if not getattr(record, "request_id", None):
            record.request_id = current_request_id(record) or "-"
        return True


class RefusalWithoutTraceback(logging.Filter):
    """Django logs a refused request (403) with the traceback of the PermissionDenied that
    refused it: one line is enough, as for a 404, so that real errors stand out."""

    def filter(self, record):
        exc_info = record.exc_info
        if getattr(record, "status_code", None) == 403 and exc_info and exc_info[0]:
            from django.core.exceptions import PermissionDenied

            if issubclass(exc_info[0], PermissionDenied):
                record.exc_info = record.exc_text = None
        return True


class SecretsOutOfPaths(logging.Filter):
    """Any line naming a path (Django's "Not Found: /invitations/accept/<token>/", a
    library's) writes it without the secret in it."""

    def filter(self, record):
        try:
            message = record.getMessage()
        except Exception:  # a malformed call: logging's own error report says so
            return True
        redacted = redact_path(message)
        if redacted != message:
            record.msg, record.args = redacted, None
        return True


class OneLineWarning(logging.Filter):
    """For a logger whose every line is about the request, not the app: a request naming a
    host this site is not (DisallowedHost: scanners, a misdirected DNS name) is logged by
    Django as an ERROR with a traceback, and so sent to Sentry, where real errors should stand
    alone. Written as one WARNING line instead, and no error report."""

    def filter(self, record):
        if record.levelno > logging.WARNING:
            record.levelno, record.levelname = logging.WARNING, "WARNING"
        record.exc_info = record.exc_text = None
        return True


class JsonFormatter(logging.Formatter):
    """One JSON object a line: time, level, logger, message, request id, and request fields."""

    def format(self, record):
        entry = {
            "time": datetime.fromtimestamp(record.created, tz=UTC).isoformat(
                timespec="milliseconds"
            ),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
            "request_id": current_request_id(record),
        }
        for field in REQUEST_FIELDS:
            if hasattr(record, field):
                entry[field] = getattr(record, field)
        if record.exc_info:
            entry["exception"] = self.formatException(record.exc_info)
        return json.dumps(entry, default=str)


def _user_id(request):
    """The signed-in user's id, without loading the user if nothing in the request did."""
    user = getattr(request, "user", None)
    if user is None or getattr(user, "_wrapped", None) is empty:
        return None
    return user.pk if user.is_authenticated else None


class RequestIdMiddleware:
    """Gives every request an id, sends it back as X-Request-ID and logs one line per request.

    Placed near the top, so redirects and error pages are logged and carry the id too.
    """

    header = "X-Request-ID"

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        request.request_id = new_request_id(request.headers.get(self.header))
        token = request_id_var.set(request.request_id)
        started = time.monotonic()
        try:
            response = self.get_response(request)
            response[self.header] = request.request_id
            path = redact_path(request.path)
            request_logger.info(
                "%s %s %s",
                request.method,
                path,
                response.status_code,
                extra={
                    "user_id": _user_id(request),
                    "method": request.method,
                    "path": path,
                    "status": response.status_code,
                    "duration_ms": round((time.monotonic() - started) * 1000, 1),
                },
            )
            return response
        finally:
            request_id_var.reset(token)
