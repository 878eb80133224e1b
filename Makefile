# Next Practice: `make run` to try it, `make test` to check it. See README.md.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
HOST ?= 127.0.0.1
PORT ?= 8000
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
# `make run` is for trying the app on this machine: debug on, SQLite, jobs in-process,
# unless the environment already says otherwise.
RUN_ENV := DJANGO_DEBUG=$${DJANGO_DEBUG:-1}

.PHONY: run setup test lint format venv sysdeps test-sysdeps services check-deploy clean bench load

run: setup
	@$(RUN_ENV) $(PY) manage.py load_demo --logins-only
	@echo "Serving Next Practice on http://$(HOST):$(PORT)/ (Ctrl+C to stop)"
	@$(RUN_ENV) $(PY) manage.py runserver $(HOST):$(PORT)

setup: sysdeps venv
	@mkdir -p staticfiles media
	@$(RUN_ENV) $(PY) manage.py migrate --noinput -v0
	@$(RUN_ENV) $(PY) manage.py load_demo --quiet

venv: $(STAMP)

$(STAMP): requirements.txt
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	@$(PY) -m pip install --quiet --disable-pip-version-check --upgrade pip
	@$(PY) -m pip install --quiet --disable-pip-version-check -r requirements.txt
	@touch $(STAMP)

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
	@if ! command -v node >/dev/null || ! command -v npm >/dev/null; then \
	  echo "Installing Node.js for the single sign-on tests' OpenID Connect provider..."; \
	  $(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq --no-install-recommends \
	    nodejs npm >/dev/null; \
	fi

test: test-sysdeps venv lint
	@mkdir -p staticfiles
	$(PY) -m pytest $(PYTEST_ARGS)

lint:
	$(VENV)/bin/ruff check --line-length 100 --extend-exclude '*/migrations/*' \
	  --select E,F,W,I,B,UP,DJ --ignore DJ001 .
	$(VENV)/bin/ruff format --line-length 100 --extend-exclude '*/migrations/*' --check .

format:
	$(VENV)/bin/ruff check --line-length 100 --extend-exclude '*/migrations/*' \
	  --select E,F,W,I,B,UP,DJ --ignore DJ001 --fix .
	$(VENV)/bin/ruff format --line-length 100 --extend-exclude '*/migrations/*' .

# The production settings check, as the README describes. The broker must answer (the
# check pings it): CI's Redis, or set CELERY_BROKER_URL to yours.
check-deploy: venv
	DJANGO_DEBUG=0 DJANGO_SECRET_KEY=$${DJANGO_SECRET_KEY:-$$($(PY) -c 'import secrets; print(secrets.token_urlsafe(50))')} \
	  DJANGO_ALLOWED_HOSTS=$${DJANGO_ALLOWED_HOSTS:-nextpractice.example.org} \
	  NEXTPRACTICE_SITE_URL=$${NEXTPRACTICE_SITE_URL:-https://nextpractice.example.org} \
	  CELERY_BROKER_URL=$${CELERY_BROKER_URL:-redis://127.0.0.1:6379/0} \
	  $(PY) manage.py check --deploy --fail-level WARNING

# Issue 8's benchmark on PostgreSQL: see README "Benchmarks". BENCH_FACTORS="0.1 1 10" adds 10.
bench: venv
	bash scripts/bench.sh

# Issue 8's load test: gunicorn, PostgreSQL, Redis, a Celery worker and locust on the loopback.
# LOAD_USERS (50) and LOAD_SECONDS (60) change its size; see README "Benchmarks".
load: sysdeps venv
	bash scripts/load.sh

clean:
	rm -rf $(VENV) staticfiles .pytest_cache
