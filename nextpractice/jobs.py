"""Sending background jobs, saying so clearly when the broker cannot take them, and what a
row moved on by jobs shows while it waits or after its job died."""

import logging
import operator
from datetime import timedelta
from functools import reduce

from django.db.models import Q
from django.utils import timezone
from kombu.exceptions import KombuError, OperationalError
from redis.exceptions import RedisError

from nextpractice.words import since_label

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


# A job no worker has started yet waits in the queue, behind other jobs or for workers that
# stopped: its page says so after a few minutes, and it is failed only after a day, so that a
# backlog or an outage of workers fails nothing that would still be done.
WAITING_SHOWN_AFTER = timedelta(minutes=5)
UNSTARTED_AFTER = timedelta(hours=24)


class JobProgress:
    """What a row moved on by background jobs (a report, an import) shows of its state: a job
    gone quiet for too long is failed. A model declares JOB_STEPS, each step of its work as
    (its states, the field saying when it was asked for, the field saying when a job started
    it: None while it waits), STALE_AFTER (how long a started job may run) and the two
    messages, STALE_MESSAGE (a job died) and UNSTARTED_MESSAGE (none ever started it)."""

    JOB_STEPS = ()
    STALE_AFTER = None
    STALE_MESSAGE = UNSTARTED_MESSAGE = ""

    @classmethod
    def stale_jobs(cls, now=None, *, started_for=None, waiting_for=UNSTARTED_AFTER):
        """Which rows to fail (a Q): those still in a step `started_for` (STALE_AFTER) after a
        job started it, or whose step no job started `waiting_for` after it was asked for.
        Also the condition of the update failing one, so that a row a job starts meanwhile is
        left to it."""
        now = now or timezone.now()
        started_for = cls.STALE_AFTER if started_for is None else started_for
        return reduce(
            operator.or_,
            (
                Q(state__in=states)
                & (
                    Q(**{f"{started}__lt": now - started_for})
                    | Q(**{f"{started}__isnull": True, f"{asked}__lt": now - waiting_for})
                )
                for states, asked, started in cls.JOB_STEPS
            ),
        )

    def _job_step(self):
        """(asked for, started) of the step in hand, or None when no job is due."""
        for states, asked, started in self.JOB_STEPS:
            if self.state in states:
                return getattr(self, asked), getattr(self, started)
        return None

    @property
    def stale_message(self):
        """Why a row in hand is failed (see `stale_jobs`), or "" while it is not."""
        step = self._job_step()
        if step is None:
            return ""
        asked, started = step
        now = timezone.now()
        if started is not None:
            late = started < now - self.STALE_AFTER
        else:
            late = bool(asked) and asked < now - UNSTARTED_AFTER
        return self.why_stale if late else ""

    @property
    def why_stale(self):
        """What a row failed as stale says, whatever times decided it: its job died (a job
        had started the step in hand), or none ever started it."""
        step = self._job_step()
        return self.STALE_MESSAGE if step and step[1] is not None else self.UNSTARTED_MESSAGE

    @property
    def is_stale(self):
        return bool(self.stale_message)

    @property
    def waiting_since(self):
        """When the step that no job has started was asked for, once it has waited long
        enough to say so (WAITING_SHOWN_AFTER), in local time; None otherwise."""
        step = self._job_step()
        if step is None or self.is_stale:
            return None
        asked, started = step
        if started is not None or asked is None or asked >= timezone.now() - WAITING_SHOWN_AFTER:
            return None
        return timezone.localtime(asked)

    @property
    def waiting_since_label(self):
        """ "09:12" for a row waiting since today, "3 May, 09:12" since an earlier day."""
        return since_label(self.waiting_since)

    @property
    def shown_state(self):
        """What the person is told: a job gone quiet for too long is shown failed."""
        return self.State.FAILED if self.is_stale else self.state

    @property
    def shown_state_label(self):
        return self.State(self.shown_state).label

    @property
    def shown_failure_message(self):
        return self.stale_message or self.failure_message
