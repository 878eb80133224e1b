#!/usr/bin/env bash
# `make image`: build the production image (Dockerfile) with Debian's podman and check it:
# it runs as an unprivileged user, holds no test or load tools, answers /healthz and serves
# hashed, compressed static files. CI runs it.
#
# This machine reaches no image registry, only Debian's and PyPI, so when the base image
# cannot be pulled a Debian base is made here (debootstrap) and imported. Its container
# runtime needs runc with cgroupfs, and limits no higher than this machine's own.
set -euo pipefail
cd "$(dirname "$0")/.."
SUDO=""; [ "$(id -u)" = 0 ] || SUDO=sudo
TAG=${IMAGE_TAG:-localhost/nextpractice:$(python3 -c 'import re; print(re.search(r"__version__ = \"(.+)\"", open("nextpractice/__init__.py").read())[1])')}
BASE=${IMAGE_BASE:-docker.io/library/debian:bookworm-slim}
LOCAL_BASE=localhost/debian:bookworm-slim
work=$(mktemp -d /tmp/np-image.XXXXXX)
started=$(date +%s)
step() { echo "== $* ($(( $(date +%s) - started ))s)"; }

need=()
command -v podman >/dev/null || need+=(podman)
command -v runc >/dev/null || need+=(runc)
command -v debootstrap >/dev/null || need+=(debootstrap)
if [ ${#need[@]} -gt 0 ]; then
  step "Installing ${need[*]}"
  $SUDO apt-get update -qq
  $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi
podman=(podman --runtime runc --cgroup-manager cgroupfs)
limits=(--ulimit "nofile=$(ulimit -Hn):$(ulimit -Hn)" --ulimit nproc=4096:4096)
name=np-image-check-$$
cleanup() {
  "${podman[@]}" rm -f "$name" >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT

step "The base image"
if timeout 60 "${podman[@]}" pull -q "$BASE" >/dev/null 2>&1; then
  base=$BASE
elif "${podman[@]}" image exists "$LOCAL_BASE"; then
  base=$LOCAL_BASE; echo "$BASE cannot be pulled: using $LOCAL_BASE, made here before"
else
  echo "$BASE cannot be pulled: making $LOCAL_BASE with debootstrap from Debian's archive"
  $SUDO debootstrap --variant=minbase bookworm "$work/rootfs" http://deb.debian.org/debian >"$work/debootstrap.log" 2>&1 \
    || { tail -20 "$work/debootstrap.log"; exit 1; }
  $SUDO rm -rf "$work/rootfs/var/cache/apt/archives/"*.deb
  $SUDO tar -C "$work/rootfs" -c . | "${podman[@]}" import -q - "$LOCAL_BASE" >/dev/null
  base=$LOCAL_BASE
fi

step "Building $TAG from $base"
# The CA bundle pip trusts here, for the image's pip (a TLS-inspecting proxy's CA, if any).
cert=${PIP_CERT:-/etc/ssl/certs/ca-certificates.crt}
"${podman[@]}" build --isolation chroot --network host "${limits[@]}" -q \
  --secret "id=pip_cert,src=$cert" --build-arg "BASE_IMAGE=$base" -t "$TAG" . >/dev/null

step "Checking the image"
run() { "${podman[@]}" run --rm --network host "${limits[@]}" "$TAG" "$@"; }
uid=$(run id -u)
[ "$uid" != 0 ] || { echo "the image runs as root"; exit 1; }
tools=$(run pip list --format=freeze | grep -iE '^(pytest|locust|playwright|hypothesis|ruff|factory.boy|faker|pip-tools|seaweedfs)' || true)
[ -z "$tools" ] || { echo "test or load tools in the image: $tools"; exit 1; }
port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
"${podman[@]}" run -d --name "$name" --network host "${limits[@]}" \
  -e DJANGO_SECRET_KEY="$(python3 -c 'import secrets; print(secrets.token_urlsafe(50))')" \
  -e DJANGO_ALLOWED_HOSTS=127.0.0.1 -e DJANGO_SECURE_SSL_REDIRECT=0 \
  -e DATABASE_URL=sqlite:////tmp/db.sqlite3 -e NEXTPRACTICE_JOBS_FOLDER=/tmp/jobs \
  -e PORT="$port" -e WEB_WORKERS=2 "$TAG" web >/dev/null
for _ in $(seq 1 40); do curl -fs -o /dev/null "http://127.0.0.1:$port/healthz" && break; sleep 0.5; done
health=$(curl -fs "http://127.0.0.1:$port/healthz") || { "${podman[@]}" logs "$name" | tail -20; exit 1; }
echo "/healthz: $health"
css=$(curl -fs "http://127.0.0.1:$port/accounts/sign-in/" | grep -o '/static/css/app\.[0-9a-f]\{12\}\.css' | head -1)
[ -n "$css" ] || { echo "the sign-in page links no hashed stylesheet"; exit 1; }
headers=$(curl -fs -o /dev/null -D - -H 'Accept-Encoding: br, gzip' "http://127.0.0.1:$port$css")
grep -qi '^content-encoding: br' <<<"$headers" && grep -qi 'immutable' <<<"$headers" \
  || { echo "static file not compressed and immutable: $headers"; exit 1; }
size=$("${podman[@]}" image inspect "$TAG" --format '{{.Size}}')
step "Image $TAG: $(( size / 1000000 )) MB, user $uid, no test or load tools, serves $css compressed"
