#!/bin/sh
# The image's entrypoint (Dockerfile): the first argument chooses the role.
#   web      gunicorn on :8000 (PORT), WEB_WORKERS processes (default 2 x cores + 1)
#   worker   a Celery worker, WORKER_CONCURRENCY processes (default 1)
#   beat     the scheduler: run one in the whole deployment (a second one waits, sending
#            nothing, while the first runs: nextpractice/beat.py)
#   migrate  apply database migrations (before starting a new version's servers)
#   manage   any manage.py command, e.g. `manage createsuperuser`
# Anything else is run as given.
set -eu
role=${1:-web}
[ $# -gt 0 ] && shift
case "$role" in
  web)
    # Prometheus: every gunicorn process writes its counts here and /metrics adds them up;
    # emptied at each start, so a restarted server does not report its old processes.
    export PROMETHEUS_MULTIPROC_DIR=${PROMETHEUS_MULTIPROC_DIR:-/run/nextpractice/metrics}
    rm -rf "$PROMETHEUS_MULTIPROC_DIR" && mkdir -p "$PROMETHEUS_MULTIPROC_DIR"
    workers=${WEB_WORKERS:-$(( $(nproc) * 2 + 1 ))}
    exec gunicorn nextpractice.wsgi --bind "0.0.0.0:${PORT:-8000}" --workers "$workers" \
      --graceful-timeout 20 --control-socket /run/nextpractice/gunicorn.ctl "$@"
    ;;
  worker)
    exec celery -A nextpractice --quiet worker --loglevel=INFO \
      --concurrency "${WORKER_CONCURRENCY:-1}" --without-gossip --without-mingle "$@"
    ;;
  beat)
    exec celery -A nextpractice --quiet beat --loglevel=INFO --pidfile= \
      --scheduler nextpractice.beat:OneBeatScheduler "$@"
    ;;
  migrate)
    exec python manage.py migrate --noinput "$@"
    ;;
  manage)
    exec python manage.py "$@"
    ;;
  *)
    exec "$role" "$@"
    ;;
esac
