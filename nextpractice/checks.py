"""System checks that turn a broken environment into one readable line."""

from django.conf import settings
from django.core.checks import Warning, register


@register("broker")
def broker_reachable(app_configs=None, **kwargs):
    """Warn at startup when CELERY_BROKER_URL is set but nothing answers there."""
    if settings.CELERY_TASK_ALWAYS_EAGER or not settings.CELERY_BROKER_URL.startswith("redis"):
        return []
    import redis

    try:
        client = redis.Redis.from_url(
            settings.CELERY_BROKER_URL, socket_connect_timeout=1, socket_timeout=1
        )
        client.ping()
    except redis.RedisError as exc:
        return [
            Warning(
                f"The Celery broker at {_safe(settings.CELERY_BROKER_URL)} "
                f"is not reachable ({exc}).",
                hint="Start Redis, or unset CELERY_BROKER_URL to run jobs in-process.",
                id="nextpractice.W001",
            )
        ]
    return []


def _safe(url):
    """The broker URL without its password, for messages."""
    if "@" in url:
        scheme, rest = url.split("://", 1)
        return f"{scheme}://***@{rest.split('@', 1)[1]}"
    return url
