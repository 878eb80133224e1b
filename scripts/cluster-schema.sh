#!/usr/bin/env bash
# `make cluster-schema`: a scratch database migrated from nothing, kept as
# scripts/cluster-schema.sql for `make cluster` and the tests to start from (see
# nextpractice/kept_schema.py).
# Run it after adding migrations; until then the cluster applies the newer ones on top.
set -euo pipefail
cd "$(dirname "$0")/.."
eval "$(bash scripts/services.sh)"
user=$(sed -E 's#^postgres://([^:]+):.*#\1#' <<<"$DATABASE_URL")
db=nextpractice_cluster_schema
runuser -u postgres -- dropdb --if-exists --force "$db"
runuser -u postgres -- createdb -O "$user" "$db"
trap 'runuser -u postgres -- dropdb --if-exists --force "$db"' EXIT
export DATABASE_URL="${DATABASE_URL%/*}/$db" DJANGO_PGBOUNCER=0 DJANGO_DEBUG=1
KEPT_SCHEMA_FRESH=1 .venv/bin/python -m nextpractice.kept_schema migrate
.venv/bin/python -m nextpractice.kept_schema write scripts/cluster-schema.sql
