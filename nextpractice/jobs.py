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


def send_job(task, *args, **kwargs):
    """Send a Celery task now, raising JobRefused (not a 500) if the broker is unreachable."""
    try:
        return task.apply_async(args=args, kwargs=kwargs, retry=False)
    except (OperationalError, KombuError, RedisError, ConnectionError, OSError) as exc:
        logger.warning("Job %s refused: broker unreachable (%s)", task.name, exc)
        raise JobRefused() from exc
