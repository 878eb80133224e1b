"""Rate limits decided in the database, so that a limit holds across every app process.

Django's default cache lives in each process, so a limit kept there would be multiplied by
the number of workers. Here each (scope, key) has one row (`accounts.ThrottleBucket`) with
the times of its recent uses, and a use is decided with that row locked: simultaneous
requests for one key queue behind each other, in one process or many.

    if not throttle.allow(scope="password_reset.address", key=email, limit=5, per=HOUR):
        ...  # refused: nothing was recorded
"""

from datetime import datetime

from django.db import transaction
from django.utils import timezone
from django.utils.crypto import salted_hmac

from accounts.models import ThrottleBucket


def key_hash(scope, key):
    """A keyed hash of `key`, so what is limited (an e-mail or IP address) is never stored."""
    return salted_hmac("nextpractice.throttle", f"{scope}\n{key}", algorithm="sha256").hexdigest()


def allow(*, scope, key, limit, per):
    """Whether one more use of `scope` by `key` fits within `limit` uses in the last `per`
    (a timedelta); the use is recorded if it does. A refused use is not recorded, so someone
    who keeps trying gets `limit` uses in any span of `per`, no more.

    Keep one `per` for each scope: the scope's rows whose last use is older than that are
    deleted as uses come, so rows of keys never seen again do not pile up."""
    with transaction.atomic():
        bucket = _locked_bucket(scope, key_hash(scope, key))
        now = timezone.now()  # once the row is ours: uses are recorded in the order decided
        times = [t for t in map(datetime.fromisoformat, bucket.times) if t > now - per]
        allowed = len(times) < limit
        if allowed:
            times.append(now)
        bucket.times = [t.isoformat() for t in times]
        bucket.expires_at = max(times) + per if times else now
        bucket.save(update_fields=["times", "expires_at"])
    ThrottleBucket.objects.filter(scope=scope, expires_at__lt=now).delete()
    return allowed


def would_allow(*, scope, key, limit, per):
    """Whether one more use of `scope` by `key` would fit now, as allow() would decide it,
    recording nothing: for a page that says so before anyone tries (a GET never writes).
    The use itself is still decided by allow()."""
    times = (
        ThrottleBucket.objects.filter(scope=scope, key_hash=key_hash(scope, key))
        .values_list("times", flat=True)
        .first()
    )
    now = timezone.now()
    return sum(1 for t in map(datetime.fromisoformat, times or []) if t > now - per) < limit


def next_use_at(*, scope, key, limit, per):
    """When one more use of `scope` by `key` will fit, as allow() decides it: now, if it
    would fit now; else when the oldest of the uses that fill the limit is `per` old. For a
    refusal that says when to try again. Records nothing."""
    times = (
        ThrottleBucket.objects.filter(scope=scope, key_hash=key_hash(scope, key))
        .values_list("times", flat=True)
        .first()
    )
    now = timezone.now()
    recent = sorted(t for t in map(datetime.fromisoformat, times or []) if t > now - per)
    if len(recent) < limit:
        return now
    return recent[len(recent) - limit] + per


def forget(*, scope, key):
    """Every use of `scope` by `key` forgotten: a claim given back (nextpractice/mail.py)."""
    ThrottleBucket.objects.filter(scope=scope, key_hash=key_hash(scope, key)).delete()


def _locked_bucket(scope, digest):
    """The row of (scope, digest), created if need be, locked until the transaction ends."""
    # Tidying by another request can delete an expired row between our insert and our lock:
    # then insert it again.
    for _ in range(3):
        # ON CONFLICT DO NOTHING: a request creating the same row at the same moment makes
        # this wait for it to commit, then the row is there to lock.
        ThrottleBucket.objects.bulk_create(
            [ThrottleBucket(scope=scope, key_hash=digest, expires_at=timezone.now())],
            ignore_conflicts=True,
        )
        bucket = (
            ThrottleBucket.objects.select_for_update().filter(scope=scope, key_hash=digest).first()
        )
        if bucket is not None:
            return bucket
    raise RuntimeError(f"Could not lock the throttle row of {scope}")
