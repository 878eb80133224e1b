"""Celery beat's scheduler: django-celery-beat's (the schedule is in the database, editable in
the admin), sending the scheduled jobs from one beat only, however many are started.

A beat sends only while it holds a lock in Redis (the broker): a key naming its machine and
process, which expires LOCK_SECONDS after the last renewal; the beat renews it every few
seconds. A second beat started by mistake (on another machine, say) finds the key, logs
"Another beat is running (on <host>, process <pid>): this one waits" and sends nothing; it
looks again every few seconds, and takes over when the first one stops (a stopped beat gives
its lock up at once) or dies (its lock expires). Each time a beat takes the lock it reads the
schedule afresh from the database, where the beat before it wrote when it last sent each job
(CELERY_BEAT_SYNC_EVERY = 1), so a job is not sent again on a takeover.

The jobs themselves are safe to run twice as well (each is claimed once on its own rows);
the lock saves the work and the noise. With the embedded broker (a folder, one machine:
`make run`) there is no Redis and no lock.

celery-redbeat has such a lock, but keeps the schedule in Redis, not in django-celery-beat's
tables, where the migrations put ours and the admin edits it.
"""

import json
import logging
import os
import socket
import uuid

import redis
from django_celery_beat.schedulers import DatabaseScheduler
from redis.exceptions import LockError, RedisError

logger = logging.getLogger(__name__)

LOCK_KEY = "nextpractice:beat-lock"
# How long a lock lasts without being renewed: how long a beat that died holds up the next
# one. Renewed at each tick (every 5 s at most), so a beat stalled for this long loses it.
LOCK_SECONDS = 30
LOCKING_SCHEMES = ("redis://", "rediss://", "unix://")


class OneBeatScheduler(DatabaseScheduler):
    """django-celery-beat's DatabaseScheduler, sending due jobs only while it holds the lock."""

    def __init__(self, *args, lock_url=None, lock_seconds=LOCK_SECONDS, lock_key=LOCK_KEY, **kw):
        self.lock_url = lock_url
        self.lock_seconds = lock_seconds
        self.lock_key = lock_key
        self._lock = None  # a redis Lock once this beat has looked for one
        self._holding = False
        self._said = None  # what this beat last logged about the lock, so it says it once
        super().__init__(*args, **kw)

    def setup_schedule(self):
        """The schedule is read when this beat takes the lock (tick), not before: a beat
        that waits neither reads nor writes it."""

    def tick(self, *args, **kwargs):
        if not self._may_send():
            return self.max_interval
        # Renewed at the next tick: well within the lock's life, whatever the schedule says.
        return min(super().tick(*args, **kwargs), self.lock_seconds / 3)

    def close(self):
        super().close()
        if self._holding and self._lock:
            self._holding = False
            try:
                self._lock.release()
            except (LockError, RedisError):
                return  # lost or unreachable: it expires by itself
            logger.info("This beat stopped and gave up its lock: another beat may take over.")

    # --- the lock ------------------------------------------------------------------------

    def _may_send(self):
        """True when this beat holds the lock (renewed just now), taking it if it is free."""
        if self._lock is None:
            self._lock = self._make_lock()
        try:
            if self._holding and self._renewed():
                return True
            if self._lock is False or self._lock.acquire(blocking=False, token=self._token()):
                self._take_over()
                return True
            self._say_who_holds_it()
        except RedisError as exc:
            self._holding = False
            self._say(
                "unreachable",
                logging.WARNING,
                "Redis does not answer, so this beat cannot tell whether another beat "
                "is running: it sends no scheduled jobs until Redis answers (%r).",
                exc,
            )
        return False

    def _renewed(self):
        if self._lock is False:
            return True  # no Redis: one beat by configuration
        try:
            return self._lock.reacquire()
        except LockError:  # expired (this beat stalled), or taken by another beat since
            self._holding = False
            self._say(
                "lost",
                logging.WARNING,
                "This beat's lock ran out before it was renewed (the beat was held up for "
                "%s seconds or more, or Redis lost it): it sends no scheduled jobs until it "
                "holds the lock again.",
                self.lock_seconds,
            )
            return False

    def _make_lock(self):
        url = self.lock_url or str(self.app.conf.broker_url or "")
        if not url.startswith(LOCKING_SCHEMES):
            logger.info("The broker is not Redis: this beat takes no lock, so run one beat only.")
            return False
        client = redis.Redis.from_url(url, socket_connect_timeout=2, socket_timeout=2)
        return client.lock(self.lock_key, timeout=self.lock_seconds, thread_local=False)

    def _token(self):
        return json.dumps(
            {"host": socket.gethostname(), "pid": os.getpid(), "id": uuid.uuid4().hex}
        )

    def _take_over(self):
        """This beat has just taken the lock: read the schedule afresh from the database,
        where the beat before it wrote when it last sent each job."""
        self._holding = True
        self._initial_read = True  # django-celery-beat: read every entry again
        self._heap = None  # Celery: order the entries again, as read
        super().setup_schedule()
        waited = (self._said or "").startswith("waiting")
        self._say(
            "holding",
            logging.WARNING if waited else logging.INFO,
            "This beat (on %s, process %s) sends the scheduled jobs%s.",
            socket.gethostname(),
            os.getpid(),
            " now: the beat it waited for has stopped" if waited else "",
        )

    def _say_who_holds_it(self):
        holder = self._lock.redis.get(self.lock_key)
        try:
            holder = json.loads(holder)
            host, pid = holder["host"], holder["pid"]
        except (TypeError, ValueError, KeyError):
            host, pid = "an unknown machine", "unknown"
        self._say(
            f"waiting for {host} {pid}",
            logging.WARNING,
            "Another beat is running (on %s, process %s): this one waits, and sends the "
            "scheduled jobs only if that one stops.",
            host,
            pid,
        )

    def _say(self, state, level, message, *args):
        """Log `message` when the lock's state changes, not at every tick."""
        if state != self._said:
            self._said = state
            logger.log(level, message, *args)
