#!/usr/bin/env bash
# Install (once) and start PostgreSQL and Redis for CI, benchmarks and the load test, and
# create the project's role and database. Idempotent. Prints the URLs to export.
set -euo pipefail
# Only the two export lines go to standard output (callers `eval` it): every other command
# sends its output to standard error (pg_ctlcluster may print "Removed stale pid file").
# Not by `exec 3>&1`: the servers started here would inherit that descriptor and hold the
# caller's $(...) open for ever.
SUDO=""; [ "$(id -u)" = 0 ] || SUDO=sudo
PG_USER=${PG_USER:-nextpractice}
PG_PASSWORD=${PG_PASSWORD:-nextpractice-ci}
PG_DB=${PG_DB:-nextpractice}

need=()
command -v redis-server >/dev/null || need+=(redis-server)
command -v pg_ctlcluster >/dev/null || need+=(postgresql)
if [ ${#need[@]} -gt 0 ]; then
  echo "Installing: ${need[*]}" >&2
  $SUDO apt-get update -qq >&2
  $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}" >&2
fi

cluster=$(pg_lsclusters --no-header | awk 'NR==1 {print $1" "$2}')
if ! pg_lsclusters --no-header | awk 'NR==1 {print $4}' | grep -q online; then
  $SUDO pg_ctlcluster $cluster start >&2
fi
for _ in $(seq 1 30); do pg_isready -h 127.0.0.1 -p 5432 -q && break; sleep 1; done
pg_isready -h 127.0.0.1 -p 5432 >&2
$SUDO runuser -u postgres -- psql -v ON_ERROR_STOP=1 -q >&2 <<SQL
DO \$\$ BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '${PG_USER}') THEN
    CREATE ROLE ${PG_USER} LOGIN PASSWORD '${PG_PASSWORD}' CREATEDB;
  ELSE
    ALTER ROLE ${PG_USER} LOGIN PASSWORD '${PG_PASSWORD}' CREATEDB;
  END IF;
END \$\$;
SQL
if ! $SUDO runuser -u postgres -- psql -tAc "SELECT 1 FROM pg_database WHERE datname='${PG_DB}'" | grep -q 1; then
  $SUDO runuser -u postgres -- createdb -O "${PG_USER}" "${PG_DB}" >&2
fi

if ! redis-cli -h 127.0.0.1 -p 6379 ping >/dev/null 2>&1; then
  redis-server --bind 127.0.0.1 --port 6379 --save "" --appendonly no --daemonize yes >&2
  for _ in $(seq 1 20); do redis-cli -h 127.0.0.1 -p 6379 ping >/dev/null 2>&1 && break; sleep 0.5; done
fi
redis-cli -h 127.0.0.1 -p 6379 ping >/dev/null
echo "export DATABASE_URL=postgres://${PG_USER}:${PG_PASSWORD}@127.0.0.1:5432/${PG_DB}"
echo "export CELERY_BROKER_URL=redis://127.0.0.1:6379/0"
