"""Settings for Next Practice, read from the environment.

With nothing set, the app runs on SQLite in the project folder and runs background jobs
in-process. See README.md for every variable.
"""

import re
from datetime import timedelta
from pathlib import Path

from csp.constants import NONE, SELF

from .config import (
    ConfigError,
    cache_from_url,
    database_from_url,
    env_bool,
    env_choice,
    env_hosts,
    env_int,
    env_list,
    env_networks,
    env_str,
    sso_from_env,
)
from .sentry import start_sentry

BASE_DIR = Path(__file__).resolve().parent.parent

DEBUG = env_bool("DJANGO_DEBUG", False)
# Django's technical error pages (URL list, traceback) instead of the product's, when debugging.
DEBUG_PAGES = env_bool("DJANGO_DEBUG_PAGES", False)

SECRET_KEY = env_str("DJANGO_SECRET_KEY")
if not SECRET_KEY:
    if not DEBUG:
        raise ConfigError(
            "DJANGO_SECRET_KEY is not set: set it to a long random string, "
            "or set DJANGO_DEBUG=1 for local development."
        )
    SECRET_KEY = "insecure-development-key-only-for-DJANGO_DEBUG"

ALLOWED_HOSTS = env_hosts("DJANGO_ALLOWED_HOSTS", ["localhost", "127.0.0.1"] if DEBUG else [])
if not DEBUG and not ALLOWED_HOSTS:
    raise ConfigError(
        "DJANGO_ALLOWED_HOSTS is not set: list the host names the app answers to, "
        "comma-separated (e.g. nextpractice.example.org)."
    )
CSRF_TRUSTED_ORIGINS = env_list("DJANGO_CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    # Django's admin with the operators' job queue page (nextpractice/admin_site.py).
    "nextpractice.admin_site.AdminConfig",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "crispy_forms",
    "crispy_forms_gds",
    "django_filters",
    "django_htmx",
    "django_celery_beat",
    "simple_history",
    "rules.apps.AutodiscoverRulesConfig",
    "axes",
    "csp",
    "accounts",
    "programmes",
    "fieldtrials",
    "discussions",
    "toolkit",
    "evaluation",
    "reports",
    "directory",
    "communities",
    "search",
    "following",
]

MIDDLEWARE = [
    # Counts every request for Prometheus (nextpractice/metrics.py), with its After twin below.
    "django_prometheus.middleware.PrometheusBeforeMiddleware",
    # Then: load balancers' probes by IP over plain HTTP skip host checks and the redirect.
    "nextpractice.probes.ProbeMiddleware",
    # A metrics scraper with the token, likewise by IP over plain HTTP; others go the usual way.
    "nextpractice.metrics.MetricsTokenMiddleware",
    # Every request gets an id (X-Request-ID, error pages, logs) and one log line.
    "nextpractice.logs.RequestIdMiddleware",
    # With debug on, the product's own 403, 404 and 500 pages unless DJANGO_DEBUG_PAGES=1.
    "nextpractice.middleware.ProductErrorPagesMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "nextpractice.middleware.PrivateResponseMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    # After messages: a form sent twice is acted on once (nextpractice/once.py).
    "nextpractice.once.OnceMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "nextpractice.middleware.ContentSecurityPolicyMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
    "simple_history.middleware.HistoryRequestMiddleware",
    # A change refused because its project is withdrawn: the project's refusal page (409).
    "nextpractice.middleware.ProjectWithdrawnMiddleware",
    # Before Axes, so it records the status Axes answers with.
    "django_prometheus.middleware.PrometheusAfterMiddleware",
    # AxesMiddleware turns a locked-out login into the lockout page; keep it last.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "nextpractice.urls"
WSGI_APPLICATION = "nextpractice.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "accounts.context_processors.navigation",
                "nextpractice.once.once_field",
                "nextpractice.context_processors.version",
            ],
        },
    },
]

# --- Database --------------------------------------------------------------------------
# Unset: SQLite in the project folder, for trying the app (`check --deploy` warns of it).
DATABASE_URL = env_str("DATABASE_URL")
DATABASE_URL_SET = bool(DATABASE_URL)
# Behind PgBouncer in transaction mode: DJANGO_PGBOUNCER=1 and DJANGO_CONN_MAX_AGE=0.
DATABASES = {
    "default": database_from_url(
        DATABASE_URL or f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=env_int("DJANGO_CONN_MAX_AGE", 60),
        conn_health_checks=env_bool("DJANGO_CONN_HEALTH_CHECKS", True),
        pgbouncer=env_bool("DJANGO_PGBOUNCER", False),
    )
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# --- Cache -----------------------------------------------------------------------------
# Each process's own memory unless NEXTPRACTICE_CACHE_URL names a Redis every app server and
# worker shares (several servers: set it). Nothing kept here must survive a restart: sessions,
# sign-in attempts, rate limits and form tokens are rows in the database.
CACHES = {"default": cache_from_url(env_str("NEXTPRACTICE_CACHE_URL"))}

# --- Accounts --------------------------------------------------------------------------
AUTH_USER_MODEL = "accounts.User"
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "rules.permissions.ObjectPermissionBackend",
    # Django's ModelBackend, refusing an erased account even if switched on again.
    "accounts.backends.PasswordBackend",
]
AUTH_PASSWORD_VALIDATORS = [
    # Not like the person's name, e-mail address or job title ("harrietnewhead").
    {
        "NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator",
        "OPTIONS": {"user_attributes": ("full_name", "email", "job_title")},
    },
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "accounts:login"
LOGIN_REDIRECT_URL = "home"
LOGOUT_REDIRECT_URL = "accounts:login"
PASSWORD_RESET_TIMEOUT = 60 * 60 * 24

# Failed logins: five tries per e-mail address and IP address, then a 15-minute pause; and
# twenty for an e-mail address from any addresses, then a pause everywhere (accounts/lockout.py).
AXES_FAILURE_LIMIT = env_int("AXES_FAILURE_LIMIT", 5)
AXES_ACCOUNT_FAILURE_LIMIT = env_int("AXES_ACCOUNT_FAILURE_LIMIT", 20)
AXES_COOLOFF_TIME = timedelta(minutes=15)
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"], ["username"]]
AXES_HANDLER = "accounts.lockout.AccountAndAddressHandler"
AXES_USERNAME_FORM_FIELD = "username"
# Every spelling of an address (Head@School.example, head@school.example) is one count.
AXES_USERNAME_CALLABLE = "accounts.forms.signing_in_as"
AXES_LOCKOUT_TEMPLATE = "accounts/locked_out.html"
AXES_RESET_ON_SUCCESS = True
AXES_ENABLED = env_bool("AXES_ENABLED", True)
AXES_VERBOSE = False
# How many days django-axes' records of sign-ins (the e-mail address typed, IP address,
# browser and time) are kept: beat's daily housekeeping deletes older ones
# (nextpractice/housekeeping.py), and the privacy page states it. At least one day, so that
# no lockout in force (AXES_COOLOFF_TIME) is lifted by it.
SIGN_IN_RECORDS_DAYS = env_int("NEXTPRACTICE_SIGN_IN_RECORDS_DAYS", 90)
if SIGN_IN_RECORDS_DAYS < 1:
    raise ConfigError(
        f"NEXTPRACTICE_SIGN_IN_RECORDS_DAYS={SIGN_IN_RECORDS_DAYS} is too short: sign-in records "
        "are kept at least 1 day, so that a lockout in force is not lifted."
    )

# Single sign-on (OpenID Connect), off unless NEXTPRACTICE_SSO_ISSUER and its companions are
# set (README; accounts/sso.py). Off: no button, no URL answers, and its backend refuses.
SSO = sso_from_env()
AUTHENTICATION_BACKENDS.append("accounts.sso.SSOBackend")
# A refused SSO sign-in (no account) is no password guess: it never locks a school's network out.
AXES_WHITELIST_CALLABLE = "accounts.sso.is_sso_sign_in"

# --- Internationalisation --------------------------------------------------------------
LANGUAGE_CODE = "en-gb"
TIME_ZONE = "Europe/London"
USE_I18N = True
USE_TZ = True

# --- Static and uploaded files ---------------------------------------------------------
STATIC_URL = "/static/"
STATICFILES_DIRS = [BASE_DIR / "static"]
STATIC_ROOT = BASE_DIR / "staticfiles"
# Uploaded files live outside the static root and are only served through views that check
# access; MEDIA_URL is deliberately not routed.
MEDIA_ROOT = Path(env_str("DJANGO_MEDIA_ROOT", str(BASE_DIR / "media")))
# Uploads and reports: on this server's disk (the default), or in S3-compatible object storage
# that every app server and worker shares (NEXTPRACTICE_STORAGE=s3). Keys come from
# AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, or the machine's role, as boto3 finds them.
STORAGE = env_choice("NEXTPRACTICE_STORAGE", ["local", "s3"], "local")
DEFAULT_STORAGE = {"BACKEND": "django.core.files.storage.FileSystemStorage"}
if STORAGE == "s3":
    from botocore.config import Config

    if not env_str("AWS_STORAGE_BUCKET_NAME"):
        raise ConfigError(
            "NEXTPRACTICE_STORAGE=s3 needs AWS_STORAGE_BUCKET_NAME: the bucket's name."
        )
    DEFAULT_STORAGE = {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            "bucket_name": env_str("AWS_STORAGE_BUCKET_NAME"),
            "endpoint_url": env_str("AWS_S3_ENDPOINT_URL") or None,
            "region_name": env_str("AWS_S3_REGION_NAME") or None,
            # Private as the bucket is (no ACL sent); files reach people only through views
            # that check access, never by a bucket URL.
            "default_acl": None,
            # As on disk: a second file of the same name is given a new name, never replaces
            # the first (django-storages would overwrite by default).
            "file_overwrite": False,
            # boto3 would wait 60 s to connect and try up to 5 times: a bucket that stopped
            # answering held the request (and its worker) for minutes. A connection is made in
            # seconds or not at all; an answer may take up to a minute (a large report).
            "client_config": Config(
                connect_timeout=5,
                read_timeout=60,
                retries={"mode": "standard", "total_max_attempts": 3},
            ),
        },
    }
    # /readyz's own: it must answer inside a balancer's timeout, so one attempt, a second's wait
    # (nextpractice/probes.py, TIMEOUT_SECONDS).
    READYZ_STORAGE = {
        "BACKEND": DEFAULT_STORAGE["BACKEND"],
        "OPTIONS": {
            **DEFAULT_STORAGE["OPTIONS"],
            "client_config": Config(
                connect_timeout=1, read_timeout=1, retries={"total_max_attempts": 1}
            ),
        },
    }
else:
    READYZ_STORAGE = DEFAULT_STORAGE
STORAGES = {
    "default": DEFAULT_STORAGE,
    # What /readyz writes its file to: the same place as uploads, with its own time limits.
    "readyz": READYZ_STORAGE,
    # In production (debug off) by default: the files `collectstatic` writes, each name carrying
    # a hash of its content, with gzip and Brotli copies; when debugging, the app folders as is.
    "staticfiles": {
        "BACKEND": env_str(
            "DJANGO_STATICFILES_STORAGE",
            "django.contrib.staticfiles.storage.StaticFilesStorage"
            if DEBUG
            else "whitenoise.storage.CompressedManifestStaticFilesStorage",
        )
    },
}
# Serve from the app folders when debugging; in production only what collectstatic wrote.
WHITENOISE_USE_FINDERS = env_bool("WHITENOISE_USE_FINDERS", DEBUG)
# How long browsers and proxies keep a static file. Hashed names (every {% static %} link in
# production) are kept ten years whatever this says (WhiteNoise): a new version has a new name.
WHITENOISE_MAX_AGE = env_int("WHITENOISE_MAX_AGE", 0 if DEBUG else 60 * 60 * 24 * 365)

# --- Forms -----------------------------------------------------------------------------
CRISPY_ALLOWED_TEMPLATE_PACKS = ["gds"]
CRISPY_TEMPLATE_PACK = "gds"

# --- Background jobs -------------------------------------------------------------------
# Jobs always go to a Celery worker, so the same code path runs everywhere; only the tests
# run them inside the request (nextpractice/testing/fixtures.py, _eager_celery).
CELERY_BROKER_URL = env_str("CELERY_BROKER_URL")
# With no broker set, the embedded one: kombu's filesystem transport, messages as files in
# this folder, so `make run` starts a worker beside the web server and needs no Redis (one
# machine only: the web server and its worker must share the folder). One folder per
# database, so a job asked for in one database is never run against another.
# nextpractice/celery.py makes the folder. Nothing reads task results (progress is on each
# job's own row), so none are kept unless CELERY_RESULT_BACKEND is set.
_database = DATABASES["default"]
_database_name = f"{_database.get('HOST') or ''} {_database['NAME']}"
JOBS_FOLDER = Path(
    env_str("NEXTPRACTICE_JOBS_FOLDER")
    or BASE_DIR / "celery-broker" / re.sub(r"[^A-Za-z0-9]+", "-", _database_name).strip("-")
)
EMBEDDED_BROKER = not CELERY_BROKER_URL
CELERY_TASK_ALWAYS_EAGER = False
if EMBEDDED_BROKER:
    CELERY_BROKER_URL = "filesystem://localhost/"
    CELERY_RESULT_BACKEND = None
    CELERY_TASK_IGNORE_RESULT = True
    CELERY_BROKER_TRANSPORT_OPTIONS = {
        # One folder both ways: the web server and the worker each send and receive there.
        "data_folder_in": str(JOBS_FOLDER / "messages"),
        "data_folder_out": str(JOBS_FOLDER / "messages"),
        "control_folder": str(JOBS_FOLDER / "control"),
        "processed_folder": str(JOBS_FOLDER / "processed"),
    }
else:
    # No result store unless an operator names one: nothing reads task results, and a
    # result store that is down would otherwise hold every request that sends a job.
    CELERY_RESULT_BACKEND = env_str("CELERY_RESULT_BACKEND") or None
    CELERY_TASK_IGNORE_RESULT = not CELERY_RESULT_BACKEND
    CELERY_BROKER_TRANSPORT_OPTIONS = {"socket_connect_timeout": 2, "max_retries": 0}
    # A named result store that is down: two seconds to connect and one more try, not
    # Celery's twenty (about 20 seconds) before the job is refused.
    CELERY_REDIS_SOCKET_CONNECT_TIMEOUT = 2
    CELERY_RESULT_BACKEND_TRANSPORT_OPTIONS = {
        "retry_policy": {"max_retries": 1, "interval_start": 0, "interval_max": 0.5}
    }
CELERY_TASK_ACKS_LATE = True
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
CELERY_TASK_SERIALIZER = "json"
CELERY_RESULT_SERIALIZER = "json"
CELERY_ACCEPT_CONTENT = ["json"]
CELERY_TIMEZONE = TIME_ZONE
# django-celery-beat's schedule (in the database), sent by one beat only however many are
# started: the others wait for its lock in Redis (nextpractice/beat.py). Each job's last run
# is written as soon as it is sent, so a beat taking over does not send it again.
CELERY_BEAT_SCHEDULER = "nextpractice.beat:OneBeatScheduler"
CELERY_BEAT_SYNC_EVERY = 1
# A web request that sends a job must not hang when the broker is down: fail fast, then say so.
CELERY_BROKER_CONNECTION_TIMEOUT = 2
CELERY_BROKER_CONNECTION_RETRY_ON_STARTUP = True
# Workers and beat keep LOGGING below (JSON lines with request ids), as the app servers do:
# Celery would otherwise replace the root logger's handlers with its own text format
# (nextpractice/celery.py sets them up).
CELERY_WORKER_HIJACK_ROOT_LOGGER = False

# --- E-mail ----------------------------------------------------------------------------
# With debug on, each e-mail is printed whole where the worker or web server writes, links
# included (nextpractice/mail.py): log lines are written without links' secrets.
EMAIL_BACKEND = env_str(
    "DJANGO_EMAIL_BACKEND",
    "nextpractice.mail.ConsoleEmailBackend"
    if DEBUG
    else "django.core.mail.backends.smtp.EmailBackend",
)
EMAIL_HOST = env_str("DJANGO_EMAIL_HOST", "localhost")
EMAIL_PORT = env_int("DJANGO_EMAIL_PORT", 25)
EMAIL_HOST_USER = env_str("DJANGO_EMAIL_HOST_USER")
EMAIL_HOST_PASSWORD = env_str("DJANGO_EMAIL_HOST_PASSWORD")
# STARTTLS (usually port 587) or TLS from the start (usually 465): one or the other.
EMAIL_USE_TLS = env_bool("DJANGO_EMAIL_USE_TLS", False)
EMAIL_USE_SSL = env_bool("DJANGO_EMAIL_USE_SSL", False)
if EMAIL_USE_TLS and EMAIL_USE_SSL:
    raise ConfigError(
        "DJANGO_EMAIL_USE_TLS and DJANGO_EMAIL_USE_SSL are both on: set one, "
        "TLS for STARTTLS (usually port 587) or SSL for TLS from the start (usually 465)."
    )
# Seconds an SMTP server may keep a worker waiting before the e-mail fails (and is retried):
# with none (0), a server that stops answering would hold the job for ever.
EMAIL_TIMEOUT = env_int("DJANGO_EMAIL_TIMEOUT", 30) or None
DEFAULT_FROM_EMAIL = env_str("DJANGO_DEFAULT_FROM_EMAIL", "Next Practice <noreply@localhost>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL
# Where the app is reached, for links in e-mails sent by background jobs (no request to ask);
# `make run` sets it to the address it serves on (HOST and PORT).
SITE_URL = env_str("NEXTPRACTICE_SITE_URL", "http://127.0.0.1:8000").rstrip("/")
# Who holds people's data here (the data controller), as the privacy notice names it: the
# organisation running this installation, with how to reach it. Unset, the notice sends
# people to the site's administrators, and `check --deploy` warns (nextpractice.W012).
DATA_CONTROLLER = env_str("NEXTPRACTICE_DATA_CONTROLLER")

# --- Security --------------------------------------------------------------------------
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
SESSION_COOKIE_HTTPONLY = True
# A form sent from a page open too long (or after signing in again in another tab): a page
# saying nothing was saved, with what was typed to copy, not Django's page for developers.
CSRF_FAILURE_VIEW = "accounts.views.csrf_failure"
SESSION_COOKIE_SECURE = env_bool("DJANGO_SECURE_COOKIES", not DEBUG)
CSRF_COOKIE_SECURE = SESSION_COOKIE_SECURE
if SESSION_COOKIE_SECURE:
    # A __Host- cookie is only ever set over HTTPS, by this host, for the whole site: no
    # sibling domain can plant or overwrite it. Plain HTTP (`make run`, tests) keeps the
    # usual names, since browsers refuse __Host- cookies without Secure.
    SESSION_COOKIE_NAME = "__Host-sessionid"
    CSRF_COOKIE_NAME = "__Host-csrftoken"
# Sessions for a shared school computer: signed out when the browser closes, and at most a
# working day (8 hours) after signing in, however busy; not extended by each request, so a
# session left open on a staff-room computer still ends, and reading a page writes nothing.
SESSION_COOKIE_AGE = 8 * 60 * 60
SESSION_EXPIRE_AT_BROWSER_CLOSE = True
SESSION_SAVE_EVERY_REQUEST = False
SECURE_SSL_REDIRECT = env_bool("DJANGO_SECURE_SSL_REDIRECT", not DEBUG)
SECURE_HSTS_SECONDS = env_int("DJANGO_HSTS_SECONDS", 0 if DEBUG else 60 * 60 * 24 * 365)
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = env_bool("DJANGO_HSTS_PRELOAD", True)
if env_bool("DJANGO_BEHIND_PROXY", False):
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
# How many proxies append to X-Forwarded-For in front of the app: then sign-in lockouts and
# rate limits count each client's own address, not the balancer's (nextpractice/proxy.py).
PROXY_COUNT = env_int("DJANGO_PROXY_COUNT", 0)
# The addresses the nearest of those proxies connects from: X-Forwarded-For is believed only
# from them, so a client reaching an app server directly cannot name a new address for each
# guess. By default this machine and the private networks, where a balancer in front of the
# app servers (HAProxy, a cloud's, compose.yaml's) connects from.
TRUSTED_PROXIES = env_networks(
    "DJANGO_TRUSTED_PROXIES",
    ["127.0.0.0/8", "::1/128", "10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16", "fc00::/7"],
)
if PROXY_COUNT:
    AXES_CLIENT_IP_CALLABLE = "nextpractice.proxy.client_ip"

# A strict Content Security Policy: nothing unless listed, no inline script or style, nothing
# from elsewhere. The admin's pages keep to it too (their scripts and styles are files).
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [NONE],
        "script-src": [SELF],
        "style-src": [SELF],
        "img-src": [SELF, "data:"],
        "font-src": [SELF],
        "connect-src": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
        "base-uri": [NONE],
        "object-src": [NONE],
    }
}
# Downloads (data source files, PDFs, CSV exports): even rendered as a page by mistake, a file
# runs nothing and loads nothing (nextpractice.middleware).
DOWNLOAD_CONTENT_SECURITY_POLICY = {"DIRECTIVES": {"default-src": [NONE], "sandbox": True}}
# Browser features the app never uses, turned off for every page and anything it embeds.
PERMISSIONS_POLICY = ", ".join(
    f"{feature}=()"
    for feature in [
        "accelerometer",
        "autoplay",
        "camera",
        "display-capture",
        "encrypted-media",
        "fullscreen",
        "geolocation",
        "gyroscope",
        "hid",
        "idle-detection",
        "magnetometer",
        "microphone",
        "midi",
        "payment",
        "picture-in-picture",
        "publickey-credentials-get",
        "screen-wake-lock",
        "serial",
        "usb",
        "xr-spatial-tracking",
    ]
)


def _static_file_headers(headers, path, url):
    # Static files skip the middleware: WhiteNoise answers them first.
    headers["Cross-Origin-Resource-Policy"] = "same-origin"


WHITENOISE_ADD_HEADERS_FUNCTION = _static_file_headers

# Logs on standard output: JSON lines for a log collector in production, text when debugging.
# Every line carries its request's id (nextpractice/logs.py); each request writes one line.
LOG_FORMAT = env_choice("DJANGO_LOG_FORMAT", ["text", "json"], "text" if DEBUG else "json")
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "filters": {
        "request_id": {"()": "nextpractice.logs.RequestIdFilter"},
        "refusal": {"()": "nextpractice.logs.RefusalWithoutTraceback"},
        "secrets": {"()": "nextpractice.logs.SecretsOutOfPaths"},
        "one_line_warning": {"()": "nextpractice.logs.OneLineWarning"},
    },
    "formatters": {
        "json": {"()": "nextpractice.logs.JsonFormatter"},
        "text": {"format": "%(asctime)s %(levelname)s %(name)s [%(request_id)s] %(message)s"},
    },
    "handlers": {
        "console": {
            "class": "logging.StreamHandler",
            "stream": "ext://sys.stdout",
            "filters": ["request_id", "refusal", "secrets"],
            "formatter": LOG_FORMAT,
        }
    },
    "root": {"handlers": ["console"], "level": env_str("DJANGO_LOG_LEVEL", "WARNING")},
    "loggers": {
        "nextpractice.requests": {"level": "INFO"},
        # Django's own console handler (with debug on) wrote each of its lines again beside
        # the root's: the root's alone writes them.
        "django": {"handlers": [], "level": "INFO"},
        # A request for a host not in DJANGO_ALLOWED_HOSTS: one WARNING line (the host named),
        # not an ERROR with a traceback sent to Sentry (nextpractice/logs.py).
        "django.security.DisallowedHost": {"level": "WARNING", "filters": ["one_line_warning"]},
    },
}

# --- Metrics and error reports ---------------------------------------------------------
# Prometheus metrics at /metrics: for a scraper sending this token as `Authorization: Bearer`
# and for signed-in staff; nobody else (nextpractice/metrics.py). Unset: staff only.
METRICS_TOKEN = env_str("NEXTPRACTICE_METRICS_TOKEN")
# Error reports to Sentry, only when a DSN is set: off by default (nextpractice/sentry.py).
SENTRY_ENABLED = start_sentry(
    dsn=env_str("SENTRY_DSN"), environment=env_str("SENTRY_ENVIRONMENT", "production")
)

# Demo logins share one password, printed by `make run`; load_demo refuses to run without it
# being known, and never runs in production unless asked.
DEMO_PASSWORD = env_str("NEXTPRACTICE_DEMO_PASSWORD", "next-practice-demo")

# The benchmarks' floor page (/bench/floor/) answers only while nextpractice.benchmark
# measures (it sets this); anyone else, in production too, gets "Page not found".
BENCHMARKING = False
