"""Django's cache, where a cache that does not answer is a miss.

The cache (Redis, with NEXTPRACTICE_CACHE_URL) only keeps what can be asked again, and "may be
emptied at any time" (docs/operating.md): when it is down, a page asks again instead of
failing. Use it as Django's:

    from nextpractice.caching import cache

    found = cache.get(key)  # None when the cache is down
    cache.set(key, value, timeout=60)  # nothing kept when it is down

Each failure is logged as one warning. What the cache itself answers is unchanged: incr of a
key it does not hold still raises ValueError. /readyz (nextpractice/probes.py) uses Django's
cache directly, since saying the cache is down is its job.
"""

import logging

from django.core.cache import cache as django_cache
from redis.exceptions import RedisError

logger = logging.getLogger(__name__)

# What a cache that is down, unreachable or too slow raises (socket errors are OSErrors).
UNREACHABLE = (RedisError, OSError)


class MissWhenDown:
    """Django's default cache, each method of which answers None when the cache fails."""

    def __getattr__(self, name):
        method = getattr(django_cache, name)
        if not callable(method):
            return method

        def call(*args, **kwargs):
            try:
                return method(*args, **kwargs)
            except UNREACHABLE as exc:
                logger.warning(
                    "The cache did not answer (%s, taken as a miss): %s: %s",
                    name,
                    type(exc).__name__,
                    " ".join(str(exc).split()),
                )
                return None

        return call


cache = MissWhenDown()
