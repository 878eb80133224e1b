"""Reading settings from the environment, with one clear line when they are wrong."""

import ipaddress
import os
from urllib.parse import urlsplit

from django.core.exceptions import ImproperlyConfigured


class ConfigError(ImproperlyConfigured):
    """A setting in the environment is missing or malformed; the message says what to fix."""


def env_str(name, default=""):
    return os.environ.get(name, default).strip()


def env_bool(name, default=False):
    raw = os.environ.get(name)
    if raw is None or raw.strip() == "":
        return default
    value = raw.strip().lower()
    if value in {"1", "true", "yes", "on"}:
        return True
    if value in {"0", "false", "no", "off"}:
        return False
    raise ConfigError(f"{name}={raw!r} is not a yes/no value: use 1 or 0.")


def env_int(name, default):
    raw = os.environ.get(name)
    if raw is None or raw.strip() == "":
        return default
    try:
        return int(raw)
    except ValueError:
        raise ConfigError(f"{name}={raw!r} is not a whole number.") from None


def env_choice(name, choices, default):
    value = env_str(name, default).lower() or default
    if value not in choices:
        raise ConfigError(f"{name}={value!r} is not one of: {', '.join(choices)}.")
    return value


def env_list(name, default=()):
    raw = os.environ.get(name)
    if raw is None:
        return list(default)
    return [item.strip() for item in raw.split(",") if item.strip()]


def env_hosts(name, default=()):
    """Host names, comma-separated: a URL in their place (https://..., a trailing slash) would
    be accepted and then every request refused with a 400, so it is refused at start-up."""
    hosts = env_list(name, default)
    for host in hosts:
        if "/" in host:
            bare = urlsplit(host).hostname if "://" in host else host.split("/")[0]
            raise ConfigError(
                f"{name} lists {host!r}: list host names only, without https:// or a slash "
                f"(e.g. {bare or 'nextpractice.example.org'})."
            )
    return hosts


def env_networks(name, default=()):
    """Addresses and networks, comma-separated (10.0.0.5, 10.0.0.0/24, fd00::/8), as
    ipaddress networks: a mistyped one stops the app at start, naming it."""
    networks = []
    for item in env_list(name, default):
        try:
            networks.append(ipaddress.ip_network(item, strict=False))
        except ValueError:
            raise ConfigError(
                f"{name} lists {item!r}, which is not an IP address or network: list "
                "addresses or networks, e.g. 10.0.0.5,10.0.1.0/24."
            ) from None
    return tuple(networks)


def _userinfo(url):
    """(where the user part starts, its end, the password or "") of a URL, read loosely: a
    mistyped URL is what the messages below are about."""
    head, at, _ = url.rpartition("@")
    if not at:
        return 0, 0, ""
    start = head.find("://") + 3 if "://" in head else 0
    _, _, password = head[start:].partition(":")
    return start, len(head), password


def without_password(url):
    """`url` with the password in its user part, if any, shown as ***: for messages."""
    start, end, password = _userinfo(url)
    if not password:
        return url
    user = url[start:end].partition(":")[0]
    return f"{url[:start]}{user}:***{url[end:]}"


def database_from_url(url, *, conn_max_age=60, conn_health_checks=True, pgbouncer=False):
    """Parse DATABASE_URL into Django's DATABASES entry, or explain what is wrong with it.

    Nothing is sent at connection start beyond what the URL says, so PgBouncer accepts it;
    the planner's random_page_cost is set on the database by a migration instead
    (reports/migrations/0005_planner_random_page_cost.py).
    """
    import dj_database_url

    # Never the password in a message (it goes to logs and terminals): as the cache's below.
    shown = without_password(url)
    if "://" not in url:
        raise ConfigError(
            f"DATABASE_URL={shown!r} is not a database URL: use e.g. "
            "postgres://user:password@127.0.0.1:5432/nextpractice or sqlite:///path/to/db.sqlite3."
        )
    try:
        config = dj_database_url.parse(
            url, conn_max_age=conn_max_age, conn_health_checks=conn_health_checks
        )
    except Exception as exc:  # dj-database-url raises several types for bad URLs
        password = _userinfo(url)[2]
        reason = str(exc).replace(password, "***") if password else str(exc)
        raise ConfigError(f"DATABASE_URL={shown!r} could not be read ({reason}).") from None
    engine = config.get("ENGINE", "")
    if engine not in {
        "django.db.backends.postgresql",
        "django.db.backends.sqlite3",
    }:
        raise ConfigError(
            f"DATABASE_URL uses {engine or 'an unknown engine'}: Next Practice runs on "
            "PostgreSQL (postgres://...) or SQLite (sqlite:///...)."
        )
    if engine == "django.db.backends.postgresql":
        if not config.get("NAME"):
            raise ConfigError("DATABASE_URL names no database: add /<name> after the host.")
        # A database that does not answer fails a page (and /readyz) in seconds, not minutes.
        # Read by the client library only: nothing is sent to the server at start-up.
        config.setdefault("OPTIONS", {}).setdefault("connect_timeout", 5)
        if pgbouncer:
            # In transaction mode a named server-side cursor may land on another server
            # connection between fetches; PgBouncer's documentation says to turn them off.
            config["DISABLE_SERVER_SIDE_CURSORS"] = True
    if engine == "django.db.backends.sqlite3":
        config["CONN_MAX_AGE"] = 0
        config.pop("CONN_HEALTH_CHECKS", None)
        config.setdefault("OPTIONS", {}).update(SQLITE_OPTIONS)
    return config


# `make run` has two processes writing one SQLite file: the web server and its worker. In WAL
# mode readers and the one writer do not block each other; a writer that finds the file busy
# waits up to `timeout` seconds for its turn; and a transaction takes the write lock when it
# begins (IMMEDIATE), since one that read first and then writes is refused at once, without
# waiting, if the other process wrote in between.
SQLITE_OPTIONS = {
    "init_command": "PRAGMA journal_mode=WAL",
    "timeout": 20,
    "transaction_mode": "IMMEDIATE",
}


def cache_from_url(url):
    """Django's default cache: this process's own memory with no URL (`make run`, one server),
    or Redis (redis:// or rediss://), which every app server and worker shares."""
    if not url:
        return {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}
    scheme = urlsplit(url).scheme
    if scheme not in {"redis", "rediss"}:
        # Not the URL itself: it may carry a password.
        raise ConfigError(
            f"NEXTPRACTICE_CACHE_URL starts {scheme or 'with no scheme'}: use a Redis URL, "
            "e.g. redis://127.0.0.1:6379/1."
        )
    return {
        "BACKEND": "django.core.cache.backends.redis.RedisCache",
        "LOCATION": url,
        # One Redis may serve several things (the broker, another app): keep to our own keys.
        "KEY_PREFIX": "nextpractice",
        # A cache that does not answer is a miss in seconds (/readyz: degraded), never hangs
        # a page.
        "OPTIONS": {"socket_connect_timeout": 2, "socket_timeout": 2},
    }


def sso_from_env():
    """Single sign-on (OpenID Connect) settings, or None when it is off (no issuer set).

    An issuer alone, or credentials without an issuer, is a half-done set-up: say what is
    missing rather than show a button that cannot work.
    """
    names = {
        "issuer": "NEXTPRACTICE_SSO_ISSUER",
        "client_id": "NEXTPRACTICE_SSO_CLIENT_ID",
        "client_secret": "NEXTPRACTICE_SSO_CLIENT_SECRET",
        "domains": "NEXTPRACTICE_SSO_DOMAINS",
    }
    values = {key: env_str(name) for key, name in names.items()}
    if not any(values.values()):
        return None
    missing = [names[key] for key, value in values.items() if not value]
    if missing:
        raise ConfigError(
            f"Single sign-on is half set up: set {', '.join(missing)} as well, "
            f"or unset every NEXTPRACTICE_SSO_ variable to turn it off."
        )
    issuer = values["issuer"].rstrip("/")
    parsed = urlsplit(issuer)
    # Plain http only for a provider on this machine (development and the tests).
    local = parsed.scheme == "http" and parsed.hostname in {"127.0.0.1", "localhost"}
    if not (parsed.scheme == "https" and parsed.hostname) and not local:
        raise ConfigError(
            f"NEXTPRACTICE_SSO_ISSUER={issuer!r} is not an https:// address: use the issuer "
            "your provider publishes (e.g. https://login.microsoftonline.com/<tenant id>/v2.0 "
            "or https://accounts.google.com)."
        )
    return {
        "issuer": issuer,
        "client_id": values["client_id"],
        "client_secret": values["client_secret"],
        # E-mail domains the provider vouches for, lower case, without a leading @.
        "domains": [d.lower().lstrip("@") for d in env_list("NEXTPRACTICE_SSO_DOMAINS")],
        "provider_name": env_str("NEXTPRACTICE_SSO_PROVIDER_NAME", "your organisation's account"),
    }
