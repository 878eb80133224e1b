"""System checks that turn a broken environment into one readable line."""

from pathlib import Path
from urllib.parse import urlsplit

from django.conf import settings
from django.core.checks import Tags, Warning, register
from django.db import DatabaseError

# Backends that print e-mails rather than send them, whole links and all.
CONSOLE_EMAIL_BACKENDS = {
    "nextpractice.mail.ConsoleEmailBackend",
    "django.core.mail.backends.console.EmailBackend",
}


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


@register(Tags.security, deploy=True)
def production_environment(app_configs=None, **kwargs):
    """`check --deploy`: settings a production server needs that have a development default."""
    if settings.DEBUG:
        return []
    warnings = []
    if urlsplit(settings.SITE_URL).hostname in {None, "127.0.0.1", "localhost", "::1"}:
        warnings.append(
            Warning(
                f"NEXTPRACTICE_SITE_URL is {settings.SITE_URL}: links in e-mails sent by "
                "background jobs would point at this machine, not at the site.",
                hint="Set NEXTPRACTICE_SITE_URL to the address people reach the app at, "
                "e.g. https://nextpractice.example.org.",
                id="nextpractice.W002",
            )
        )
    if "change-me" in settings.SECRET_KEY.lower():
        warnings.append(
            Warning(
                "DJANGO_SECRET_KEY is still the example's placeholder (compose.yaml's, "
                '"change-me..."): anyone who reads the example can sign session cookies '
                "and password reset links.",
                hint="Set DJANGO_SECRET_KEY to 50 or more random characters, e.g. from "
                "python3 -c 'import secrets; print(secrets.token_urlsafe(50))'.",
                id="nextpractice.W009",
            )
        )
    if not settings.DATABASE_URL_SET:
        warnings.append(
            Warning(
                "DATABASE_URL is not set: using SQLite in the code folder "
                f"({settings.DATABASES['default']['NAME']}); production needs PostgreSQL.",
                hint="Set DATABASE_URL, e.g. "
                "postgres://nextpractice:<password>@db.example.org:5432/nextpractice.",
                id="nextpractice.W007",
            )
        )
    left = _email_left_at_defaults()
    if left:
        warnings.append(
            Warning(
                f"E-mail is left at its defaults ({'; '.join(left)}): invitations, password "
                "resets and notices would not reach people.",
                hint="Set DJANGO_EMAIL_HOST (and its port, user, password and TLS or SSL) to "
                "your mail server, and DJANGO_DEFAULT_FROM_EMAIL to an address at your own "
                'domain, e.g. "Next Practice <nextpractice@trust.example>". A relay on this '
                "machine: DJANGO_EMAIL_HOST=127.0.0.1.",
                id="nextpractice.W008",
            )
        )
    if settings.EMAIL_BACKEND in CONSOLE_EMAIL_BACKENDS:
        warnings.append(
            Warning(
                f"DJANGO_EMAIL_BACKEND is {settings.EMAIL_BACKEND}, for trying the app out: "
                "e-mails are printed in the logs, not sent, with the links in invitations "
                "and password resets whole, so whoever reads the logs could use them.",
                hint="Leave DJANGO_EMAIL_BACKEND unset (SMTP, with DJANGO_EMAIL_HOST and the "
                "other e-mail settings), or name another backend that sends e-mail.",
                id="nextpractice.W011",
            )
        )
    if not settings.DATA_CONTROLLER:
        warnings.append(
            Warning(
                "NEXTPRACTICE_DATA_CONTROLLER is not set: the privacy notice names nobody as "
                "holding people's data, and can only send them to the site's administrators.",
                hint="Set NEXTPRACTICE_DATA_CONTROLLER to the organisation that runs this "
                "installation, with how to reach it, e.g. \"Shire County Council, Children's "
                'Services, dpo@shire.gov.example".',
                id="nextpractice.W012",
            )
        )
    if settings.EMBEDDED_BROKER:
        warnings.append(
            Warning(
                "No Celery broker is configured: jobs go through the embedded broker, a "
                "folder on this machine, which serves one machine trying the app, not a site.",
                hint="Set CELERY_BROKER_URL (e.g. redis://127.0.0.1:6379/0) and run a worker "
                "and one beat.",
                id="nextpractice.W003",
            )
        )
    behind_proxy = getattr(settings, "SECURE_PROXY_SSL_HEADER", None) is not None
    if behind_proxy and not settings.PROXY_COUNT:
        warnings.append(
            Warning(
                "DJANGO_BEHIND_PROXY is on but DJANGO_PROXY_COUNT is not set: every request "
                "seems to come from the proxy's address, so one person's failed sign-ins "
                "lock everyone out and rate limits are shared by all.",
                hint="Set DJANGO_PROXY_COUNT to the number of proxies in front of the app "
                "that append to X-Forwarded-For (usually 1).",
                id="nextpractice.W004",
            )
        )
    if _shared_files_with_own_cache():
        warnings.append(
            Warning(
                "Uploads and reports are in shared object storage (NEXTPRACTICE_STORAGE=s3), "
                "as for several app servers, but each process keeps its own cache "
                "(NEXTPRACTICE_CACHE_URL is not set): what one server caches, such as whether "
                "the demo is loaded, is neither seen nor cleared by the others, and /readyz "
                "checks no shared cache.",
                hint="Set NEXTPRACTICE_CACHE_URL to a Redis every app server and worker "
                "reaches (e.g. redis://127.0.0.1:6379/1), or keep files on this server's "
                "disk if it is the only one.",
                id="nextpractice.W005",
            )
        )
    if _own_disk_with_shared_cache():
        warnings.append(
            Warning(
                "Uploads and reports are on this server's disk (NEXTPRACTICE_STORAGE=local), "
                "but the cache is shared (NEXTPRACTICE_CACHE_URL is set), as for several app "
                "servers: a file uploaded or a report made through one server or worker is "
                "missing on the others, and people opening it there are told so.",
                hint="Set NEXTPRACTICE_STORAGE=s3 (and AWS_STORAGE_BUCKET_NAME) so that every "
                "app server and worker shares one bucket; or, with one server, leave "
                "NEXTPRACTICE_CACHE_URL unset.",
                id="nextpractice.W010",
            )
        )
    return warnings


@register(Tags.security, deploy=True)
def demo_administrator(app_configs=None, **kwargs):
    """`check --deploy`: the demo's administrator still signs in with the published password.

    One account and one password check (half a second: hashing is slow on purpose); every demo
    login shares the password, so the administrator stands for them all. A database that is not
    there yet, or not migrated, has no demo in it.
    """
    if settings.DEBUG:
        return []
    from django.contrib.auth import get_user_model
    from django.contrib.auth.hashers import check_password

    from accounts.demo import ADMIN_EMAIL

    database = settings.DATABASES["default"]
    if database["ENGINE"].endswith("sqlite3") and not Path(database["NAME"]).exists():
        return []  # not made yet: asking would make it
    try:
        encoded = (
            get_user_model()
            .objects.filter(email__iexact=ADMIN_EMAIL, is_active=True)
            .values_list("password", flat=True)
            .first()
        )
    except DatabaseError:
        return []
    # Not user.check_password: it would save a rehashed password, and a check writes nothing.
    if not encoded or not check_password(settings.DEMO_PASSWORD, encoded):
        return []
    return [
        Warning(
            f"The demo's administrator {ADMIN_EMAIL} is in this database and signs in with the "
            "demo password, which is published: anyone can sign in as an administrator.",
            hint="Unless this is a demonstration server, start from a database without the "
            "demo (load_demo refuses with debug off unless given --in-production), or give "
            f"the demo's people other passwords or switch them off in the admin (`manage.py "
            f"changepassword {ADMIN_EMAIL}`). The first real administrator: "
            'docs/operating.md, "The first administrator".',
            id="nextpractice.W006",
        )
    ]


def _email_left_at_defaults():
    """What of the SMTP settings is still the development default, in words."""
    if settings.EMAIL_BACKEND != "django.core.mail.backends.smtp.EmailBackend":
        return []
    left = []
    if settings.EMAIL_HOST == "localhost":
        left.append("DJANGO_EMAIL_HOST is localhost")
    if settings.DEFAULT_FROM_EMAIL.rstrip(">").lower().endswith("@localhost"):
        left.append(f"DJANGO_DEFAULT_FROM_EMAIL is {settings.DEFAULT_FROM_EMAIL}")
    return left


def _shared_files_with_own_cache():
    """Files in object storage (several servers share them) with a per-process cache."""
    in_object_storage = getattr(settings, "STORAGE", "local") == "s3"
    cache = settings.CACHES["default"]["BACKEND"]
    return in_object_storage and cache == "django.core.cache.backends.locmem.LocMemCache"


def _own_disk_with_shared_cache():
    """Files on this server's disk with a cache shared by several processes (Redis): the
    usual sign of several servers, each then holding only the files sent through it."""
    on_this_disk = getattr(settings, "STORAGE", "local") == "local"
    cache = settings.CACHES["default"]["BACKEND"]
    return on_this_disk and cache != "django.core.cache.backends.locmem.LocMemCache"


def _safe(url):
    """The broker URL without its password, for messages."""
    if "@" in url:
        scheme, rest = url.split("://", 1)
        return f"{scheme}://***@{rest.split('@', 1)[1]}"
    return url
