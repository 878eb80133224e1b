# Next Practice: `make run` to try it, `make test` to check it. See README.md.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
# One stamp per requirements set: the app alone, or the app with its test and load tools.
STAMP := $(VENV)/.installed-runtime
DEV_STAMP := $(VENV)/.installed-dev
HOST ?= 127.0.0.1
PORT ?= 8000
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
# `make run` is for trying the app on this machine: debug on, SQLite, and a Celery worker
# beside the web server on the embedded broker (a folder), unless the environment already
# says otherwise. Links in e-mails the worker sends point at the address served (HOST=0.0.0.0
# serves this machine too), unless NEXTPRACTICE_SITE_URL says another.
SITE_HOST := $(if $(filter 0.0.0.0,$(HOST)),127.0.0.1,$(HOST))
RUN_ENV := DJANGO_DEBUG=$${DJANGO_DEBUG:-1} \
  NEXTPRACTICE_SITE_URL=$${NEXTPRACTICE_SITE_URL:-http://$(SITE_HOST):$(PORT)}

.PHONY: run setup test lint format venv venv-dev lock image sysdeps test-sysdeps services check-deploy clean bench load cluster cluster-schema embedded-schema screenshots

# The worker (solo pool, one job at a time, with the beat schedule: monthly reports, sweeps,
# housekeeping) runs beside the web server and stops when it stops; it does not reload on
# code changes, so run `make run` again after changing a task.
run: setup
	@$(RUN_ENV) $(PY) manage.py load_demo --logins-only
	@set -e; \
	if [ -n "$${CELERY_BROKER_URL:-}" ]; then broker="the broker at CELERY_BROKER_URL"; \
	else broker="the embedded broker (a folder, no Redis needed)"; fi; \
	echo "Starting the background job worker with its schedule on $$broker..."; \
	$(RUN_ENV) $(VENV)/bin/celery -A nextpractice -q worker --beat --pool=solo --concurrency=1 \
	  --without-heartbeat --without-gossip --without-mingle --loglevel=INFO & worker=$$!; \
	trap 'echo "Stopping the background job worker..."; kill $$worker 2>/dev/null || true; \
	  wait $$worker 2>/dev/null || true' EXIT; \
	trap 'exit 0' INT TERM; \
	echo "Serving Next Practice on http://$(HOST):$(PORT)/ (Ctrl+C stops the server and the worker)"; \
	$(RUN_ENV) $(PY) manage.py runserver $(HOST):$(PORT)

setup: sysdeps venv
	@mkdir -p staticfiles media
	@echo "Preparing the database (migrations)..."
	@$(RUN_ENV) $(PY) -m nextpractice.kept_schema migrate
	@echo "Loading the demonstration programme, its projects, trials, tools and four reports (under a minute the first time)..."
	@$(RUN_ENV) $(PY) manage.py load_demo --quiet

# The app's own packages only (requirements.txt); `make test` adds the test and load tools
# (requirements-dev.txt, the same versions plus those). Both are locked with hashes.
venv: $(STAMP)

venv-dev: $(DEV_STAMP)

$(STAMP): requirements.txt
	@echo "Installing the app's Python packages into $(VENV) (a few minutes the first time)..."
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	@$(PY) -m pip install --quiet --disable-pip-version-check --require-hashes -r requirements.txt
	@touch $(STAMP)

$(DEV_STAMP): requirements-dev.txt
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	@$(PY) -m pip install --quiet --disable-pip-version-check --require-hashes \
	  -r requirements-dev.txt
	@touch $(DEV_STAMP) $(STAMP)

# Recompile both lock files from requirements*.in (pip-tools), keeping current versions
# unless an .in file asks for another; `make lock LOCK_ARGS=--upgrade` takes the newest.
# Extras are kept (fonttools[woff], which weasyprint asks for): stripped, pip --require-hashes
# refuses the lock once a newer release of such a package is on the index.
LOCK = CUSTOM_COMPILE_COMMAND="make lock" $(VENV)/bin/pip-compile --quiet --generate-hashes \
  --allow-unsafe --no-strip-extras --no-emit-find-links --no-emit-index-url $(LOCK_ARGS)
lock: venv-dev
	$(LOCK) --output-file requirements.txt requirements.in
	$(LOCK) --output-file requirements-dev.txt requirements-dev.in

# System libraries the app needs at run time: Pango (WeasyPrint) and libmagic (upload checks).
sysdeps:
	@if ! ldconfig -p | grep -q 'libpango-1.0.so' || ! ldconfig -p | grep -q 'libmagic.so.1'; then \
	  echo "Installing system libraries (Pango, libmagic)..."; \
	  $(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq --no-install-recommends \
	    libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz-subset0 libmagic1 fonts-liberation >/dev/null; \
	fi

# What the tests need beyond the app: Chromium for browser tests, Redis for the worker test,
# poppler-utils to read PDFs back.
test-sysdeps: sysdeps
	@if [ ! -x /usr/bin/chromium ] || ! command -v redis-server >/dev/null || ! command -v pdftotext >/dev/null; then \
	  echo "Installing Chromium, Redis and poppler-utils for the tests..."; \
	  $(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq --no-install-recommends \
	    redis-server chromium fonts-liberation poppler-utils >/dev/null; \
	fi
	@if ! command -v pgbouncer >/dev/null && [ ! -x /usr/sbin/pgbouncer ]; then \
	  echo "Installing PgBouncer for the connection pooler's test..."; \
	  $(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq --no-install-recommends \
	    pgbouncer >/dev/null; \
	fi
	@if ! command -v node >/dev/null || ! command -v npm >/dev/null; then \
	  echo "Installing Node.js for the single sign-on tests' OpenID Connect provider..."; \
	  $(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq --no-install-recommends \
	    nodejs npm >/dev/null; \
	fi

# The suite on every core: one process each (TEST_WORKERS=0 runs it in this one). Tests go
# out in pytest-django's order, so each process runs its tests that commit (and empty the
# tables after, migrations' rows too) after all its others, as one process would.
TEST_WORKERS ?= auto
test: test-sysdeps venv-dev lint
	@mkdir -p staticfiles
	$(PY) -m pytest -n $(TEST_WORKERS) --dist load $(PYTEST_ARGS)

lint: venv-dev
	$(VENV)/bin/ruff check --line-length 100 --extend-exclude '*/migrations/*' \
	  --select E,F,W,I,B,UP,DJ --ignore DJ001 .
	$(VENV)/bin/ruff format --line-length 100 --extend-exclude '*/migrations/*' --check .

format: venv-dev
	$(VENV)/bin/ruff check --line-length 100 --extend-exclude '*/migrations/*' \
	  --select E,F,W,I,B,UP,DJ --ignore DJ001 --fix .
	$(VENV)/bin/ruff format --line-length 100 --extend-exclude '*/migrations/*' .

# The production settings check, as the README describes: yours where set, examples where
# not. The broker must answer (the check pings it): CI's Redis, or set CELERY_BROKER_URL to
# yours. The database (CI's, scripts/services.sh) is asked whether the demo's administrator
# is in it, if it answers.
check-deploy: venv
	DJANGO_DEBUG=0 DJANGO_SECRET_KEY=$${DJANGO_SECRET_KEY:-$$($(PY) -c 'import secrets; print(secrets.token_urlsafe(50))')} \
	  DJANGO_ALLOWED_HOSTS=$${DJANGO_ALLOWED_HOSTS:-nextpractice.example.org} \
	  NEXTPRACTICE_SITE_URL=$${NEXTPRACTICE_SITE_URL:-https://nextpractice.example.org} \
	  DATABASE_URL=$${DATABASE_URL:-postgres://nextpractice:nextpractice-ci@127.0.0.1:5432/nextpractice} \
	  CELERY_BROKER_URL=$${CELERY_BROKER_URL:-redis://127.0.0.1:6379/0} \
	  DJANGO_EMAIL_HOST=$${DJANGO_EMAIL_HOST:-smtp.example.org} \
	  DJANGO_DEFAULT_FROM_EMAIL="$${DJANGO_DEFAULT_FROM_EMAIL:-Next Practice <nextpractice@example.org>}" \
	  NEXTPRACTICE_DATA_CONTROLLER="$${NEXTPRACTICE_DATA_CONTROLLER:-Example Trust, dpo@example.org}" \
	  $(PY) manage.py check --deploy --fail-level WARNING

# Issue 8's benchmark on PostgreSQL: see README "Benchmarks". BENCH_FACTORS="0.1 1 10" adds 10.
bench: venv-dev
	bash scripts/bench.sh

# Issue 8's load test: gunicorn, PostgreSQL, Redis, a Celery worker and locust on the loopback.
# LOAD_USERS (50) and LOAD_SECONDS (60) change its size; see README "Benchmarks".
load: sysdeps venv-dev
	bash scripts/load.sh

# Issue 18: scaled out on this machine (loopback only): HAProxy, two app servers, PgBouncer in
# transaction mode, Redis, S3-compatible storage, two workers and a beat, under the load test
# with one app server stopped half-way. CLUSTER_SECONDS (60) shortens it; see README.
cluster: sysdeps venv-dev
	bash scripts/cluster.sh

# The migrated database `make cluster` starts from (scripts/cluster-schema.sql), written again
# from a scratch database migrated from nothing: after adding migrations, so the cluster has
# few to apply on top (and none changed since, or it migrates from nothing).
cluster-schema: sysdeps venv-dev
	bash scripts/cluster-schema.sh

# The migrated SQLite database `make setup` (and so `make run`) starts from
# (scripts/embedded-schema.sql), written again from a scratch one migrated from nothing: after
# adding migrations, with `make cluster-schema`.
embedded-schema: venv
	@rm -rf .embedded-schema && mkdir .embedded-schema
	KEPT_SCHEMA_FRESH=1 DATABASE_URL=sqlite:///$(CURDIR)/.embedded-schema/db.sqlite3 DJANGO_DEBUG=1 \
	  $(PY) -m nextpractice.kept_schema migrate
	DATABASE_URL=sqlite:///$(CURDIR)/.embedded-schema/db.sqlite3 DJANGO_DEBUG=1 \
	  $(PY) -m nextpractice.kept_schema write scripts/embedded-schema.sql
	@rm -rf .embedded-schema

# Issue 17: each demo role's home and main page at 1280 and 320 px, from a fresh demo database
# in a temporary folder, into docs/screenshots/ (shown in the README). Yours is not touched.
screenshots: test-sysdeps venv-dev
	$(PY) scripts/screenshots.py

# The production image (Dockerfile), built with Debian's podman and checked: see the script.
image:
	bash scripts/image.sh

clean:
	rm -rf $(VENV) staticfiles .pytest_cache
