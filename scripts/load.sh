#!/usr/bin/env bash
# `make load`: issue 8's load test. Serves the app as production would (gunicorn, DEBUG off,
# WhiteNoise, PostgreSQL, a Celery worker through Redis) on 127.0.0.1, drives it from a
# second process with locust (LOAD_USERS people of every demo role, default 50, who sign in
# and then use it for LOAD_SECONDS, default 60, pausing LOAD_THINK seconds, default 1-3,
# between actions), then reads back every write and waits (at most LOAD_REPORT_WAIT
# seconds) for the reports asked for. Exits 1 on any 5xx or failed request,
# lost write or unfinished report. Results: bench/load-latest.txt, bench/load-results.json,
# locust's bench/load_*.csv, and the server's logs bench/load-{access,gunicorn,celery}.log.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=.venv/bin/python
USERS=${LOAD_USERS:-50}
export LOAD_SECONDS=${LOAD_SECONDS:-60}
# The timed run starts once everyone has signed in; this bounds the whole of locust's run.
SIGNIN_LIMIT=${LOAD_SIGNIN_LIMIT:-300}
SPAWN_RATE=${LOAD_SPAWN_RATE:-5}
REPORT_WAIT=${LOAD_REPORT_WAIT:-180}
export LOAD_MAX_REQUESTS=${LOAD_MAX_REQUESTS:-20000}
# What the README recommends for 2 cores: 2 x cores + 1 sync workers (see README "Load test").
WORKERS=${LOAD_WORKERS:-$((2 * $(nproc) + 1))}
THREADS=${LOAD_THREADS:-1}
CELERY_CONCURRENCY=${LOAD_CELERY_CONCURRENCY:-$(nproc)}

eval "$(bash scripts/services.sh)"
# Its own database, made afresh each run (LOAD_KEEP_DB=1 keeps it) so that runs start from
# the same data and are comparable; each run uses up some of the months updates can be for.
db=nextpractice_load
if [ "${LOAD_KEEP_DB:-0}" != 1 ]; then
  runuser -u postgres -- dropdb --if-exists "$db"
  rm -rf media/load-test
fi
if ! runuser -u postgres -- psql -tAc "SELECT 1 FROM pg_database WHERE datname='${db}'" \
  | grep -q 1; then
  runuser -u postgres -- createdb -O nextpractice "$db"
fi
export DATABASE_URL="${DATABASE_URL%/*}/${db}"
# Its own Redis database, so that no other worker on this machine takes its jobs.
redis_db=${LOAD_REDIS_DB:-9}
export CELERY_BROKER_URL="${CELERY_BROKER_URL%/*}/${redis_db}"
redis-cli -h 127.0.0.1 -p 6379 -n "$redis_db" flushdb >/dev/null # jobs left by an aborted run
# Production settings, but plain HTTP on the loopback: no HTTPS redirect, no secure cookies.
export DJANGO_DEBUG=0 DJANGO_ALLOWED_HOSTS=127.0.0.1,localhost WHITENOISE_USE_FINDERS=0
# Text logs: the verdict counts tracebacks by their first line (JSON logs fold them into a field).
export DJANGO_LOG_FORMAT=text
export DJANGO_SECURE_SSL_REDIRECT=0 DJANGO_SECURE_COOKIES=0 DJANGO_HSTS_SECONDS=0
export DJANGO_SECRET_KEY=${DJANGO_SECRET_KEY:-$($PY -c 'import secrets; print(secrets.token_urlsafe(50))')}
# Notification e-mails are made and sent by the worker into memory: none leave the machine.
export DJANGO_EMAIL_BACKEND=django.core.mail.backends.locmem.EmailBackend
# The reports' PDFs, kept with the database they belong to (media/ is not in git).
export DJANGO_MEDIA_ROOT=$PWD/media/load-test
free_port='import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
port=${LOAD_PORT:-$($PY -c "$free_port")}
host="http://127.0.0.1:${port}"

pids=()
stop_all() {
  for pid in "${pids[@]}"; do kill -TERM "$pid" 2>/dev/null || true; done
  for pid in "${pids[@]}"; do
    for _ in $(seq 1 30); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
    kill -KILL "$pid" 2>/dev/null || true
  done
}
trap stop_all EXIT
trap "exit 130" INT TERM

mkdir -p bench staticfiles
rm -f bench/load_*.csv bench/load-*.log bench/load-writes.json bench/load-results.json
$PY manage.py collectstatic --noinput -v0
$PY manage.py migrate --noinput -v0
$PY manage.py load_demo --quiet --in-production   # debug is off here
echo "== plan: what each demo role opens and writes (each page opened once first)"
$PY -m loadtest.check plan --out bench/load-plan.json

echo "== serving on $host: gunicorn $WORKERS x $THREADS threads, Celery x $CELERY_CONCURRENCY"
.venv/bin/celery -A nextpractice worker --loglevel=WARNING --concurrency "$CELERY_CONCURRENCY" \
  --hostname "load-$$@%h" --without-gossip --without-mingle >bench/load-celery.log 2>&1 &
pids+=($!)
worker_class=sync
[ "$THREADS" -gt 1 ] && worker_class=gthread
.venv/bin/gunicorn nextpractice.wsgi --bind "127.0.0.1:${port}" --workers "$WORKERS" \
  --worker-class "$worker_class" --threads "$THREADS" \
  --access-logfile bench/load-access.log \
  --access-logformat '%(s)s %(M)sms "%(r)s" "%({x-load-phase}i)s" "%({x-load-kind}i)s"' \
  --error-logfile bench/load-gunicorn.log >>bench/load-gunicorn.log 2>&1 &
pids+=($!)
healthy() { $PY -c "import urllib.request as u; u.urlopen('$host/healthz', timeout=2)" 2>/dev/null; }
for _ in $(seq 1 60); do
  healthy && break
  if ! kill -0 "${pids[1]}" 2>/dev/null; then
    echo "gunicorn stopped: see bench/load-gunicorn.log" >&2
    exit 1
  fi
  sleep 1
done
healthy || { echo "gunicorn did not answer /healthz within a minute" >&2; exit 1; }

echo "== locust: $USERS people sign in, then ${LOAD_SECONDS}s (at most $LOAD_MAX_REQUESTS requests)"
locust_rc=0
LOAD_PLAN=bench/load-plan.json LOAD_WRITES=bench/load-writes.json LOAD_DB=$db \
  LOAD_SERVER_PIDS="gunicorn=${pids[1]},celery=${pids[0]}" \
  .venv/bin/locust -f loadtest/locustfile.py --headless --host "$host" --users "$USERS" \
  --spawn-rate "$SPAWN_RATE" --run-time "$((LOAD_SECONDS + SIGNIN_LIMIT))s" --stop-timeout 60 \
  --csv bench/load --only-summary --loglevel WARNING || locust_rc=$?

echo "== verdict (locust exited $locust_rc)"
{
  echo "Next Practice load test, $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, $USERS people," \
    "${LOAD_SECONDS}s, gunicorn $WORKERS x $THREADS ($worker_class), Celery x $CELERY_CONCURRENCY"
  $PY -m loadtest.check verdict --plan bench/load-plan.json --writes bench/load-writes.json \
    --access-log bench/load-access.log --logs bench/load-gunicorn.log bench/load-celery.log \
    --wait "$REPORT_WAIT" --out bench/load-results.json
} | tee bench/load-latest.txt # with pipefail, the verdict's exit status is the script's
