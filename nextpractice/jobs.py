"""Sending background jobs, and saying so clearly when the broker cannot take them."""

import logging

from kombu.exceptions import KombuError, OperationalError
from redis.exceptions import RedisError

logger = logging.getLogger(__name__)

JOB_REFUSED_MESSAGE = (
    "We could not start this just now because the background job service is not "
    "responding. Nothing you entered has been lost: please try again in a few minutes."
)


class JobRefused(Exception):
    """The broker is down or refused the job; the user should be told and can retry."""

    def __init__(self, message=JOB_REFUSED_MESSAGE):
        super().__init__(message)
        self.message = message


# What a broker or result store that is down or unreachable raises.
CONNECTION_ERRORS = (OperationalError, KombuError, RedisError, ConnectionError, OSError)


def send_job(task, *args, **kwargs):
    """Send a Celery task now, raising JobRefused (not a 500) if the broker, or a result store
    that an operator named, is unreachable. Sending is not retried (settings bound the
    connection timeouts), so a request is not held waiting."""
    try:
        return task.apply_async(args=args, kwargs=kwargs, retry=False)
    except CONNECTION_ERRORS as exc:
        logger.warning("Job %s refused: broker unreachable (%s)", task.name, exc)
        raise JobRefused() from exc
    except RuntimeError as exc:
        # Celery's result store gives up on reconnecting with a RuntimeError ("Retry limit
        # exceeded while trying to reconnect to the Celery result store backend").
        if not isinstance(exc.__cause__, CONNECTION_ERRORS):
            raise
        logger.warning("Job %s refused: result store unreachable (%s)", task.name, exc.__cause__)
        raise JobRefused() from exc
