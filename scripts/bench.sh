#!/usr/bin/env bash
# `make bench`: fill one PostgreSQL database per scale factor with generate_scale (kept
# between runs), measure every main page of every role against the floor view in each, and
# give issue 8's verdicts. Also runs the toolkit autosave and PDF report benchmarks.
# Results: bench/results-<factor>.json and bench/latest.txt.
set -euo pipefail
cd "$(dirname "$0")/.."
FACTORS=${BENCH_FACTORS:-0.1 1}
RUNS=${BENCH_RUNS:-30}
PY=.venv/bin/python
eval "$(bash scripts/services.sh)"
base_url=${DATABASE_URL%/*}
export DJANGO_DEBUG=0 DJANGO_ALLOWED_HOSTS=localhost
export DJANGO_SECRET_KEY=${DJANGO_SECRET_KEY:-$($PY -c 'import secrets; print(secrets.token_urlsafe(50))')}
mkdir -p bench staticfiles
$PY manage.py collectstatic --noinput -v0
results=()
for factor in $FACTORS; do
  db="np_bench_f${factor//./_}"
  if ! runuser -u postgres -- psql -tAc "SELECT 1 FROM pg_database WHERE datname='${db}'" | grep -q 1; then
    runuser -u postgres -- createdb -O nextpractice "$db"
  fi
  export DATABASE_URL="${base_url}/${db}"
  echo "== factor $factor (database $db)"
  $PY manage.py migrate --noinput -v0
  $PY manage.py generate_scale --factor "$factor" --if-empty
  $PY manage.py bench_pages --runs "$RUNS" --label "factor $factor" --out "bench/results-${factor}.json"
  results+=("bench/results-${factor}.json")
done
{
  echo "Next Practice benchmark, $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores"
  $PY manage.py bench_verdict "${results[0]}" "${results[-1]}"
  # Autosave (issue 6) in its own database: 1,000 exercises and 100,000 answers.
  (
    db=np_bench_autosave
    if ! runuser -u postgres -- psql -tAc "SELECT 1 FROM pg_database WHERE datname='${db}'" | grep -q 1; then
      runuser -u postgres -- createdb -O nextpractice "$db"
    fi
    export DATABASE_URL="${base_url}/${db}"
    $PY manage.py migrate --noinput -v0
    $PY manage.py bench_autosave --runs 200
  )
  # A project report (issue 7) of the demo's System Leadership project, its 17 trials.
  (
    db=np_bench_demo
    if ! runuser -u postgres -- psql -tAc "SELECT 1 FROM pg_database WHERE datname='${db}'" | grep -q 1; then
      runuser -u postgres -- createdb -O nextpractice "$db"
    fi
    export DATABASE_URL="${base_url}/${db}"
    $PY manage.py migrate --noinput -v0
    $PY manage.py load_demo --quiet --in-production   # debug is off here
    project=$($PY manage.py shell --no-imports -c "from programmes.models import Project; print(Project.objects.get(title__startswith='System Leadership').pk)")
    $PY manage.py bench_report --project "$project" --runs 5
  )
} | tee bench/latest.txt
