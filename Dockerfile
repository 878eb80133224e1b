# Next Practice: one image for the web servers, the Celery workers and the one beat.
# The role is the first argument (deploy/entrypoint.sh): web (the default), worker, beat,
# migrate, or manage <command>. Runtime packages only (requirements.txt, installed with
# --require-hashes): no test, lint or load tools. Runs as an unprivileged user.
#
#   podman build -t nextpractice .        (or docker build)
#   compose.yaml runs the cluster `make cluster` runs; docs/operating.md says more.
#
# Debian's own Python (3.11 on bookworm, as the project uses), so the only base it needs
# is Debian: a machine that cannot pull images can build one (debootstrap, then
# `podman import`) and pass it as --build-arg BASE_IMAGE=...
ARG BASE_IMAGE=docker.io/library/debian:bookworm-slim
# For an upgrade, the image of the version running now: the new image keeps its hashed
# static files beside its own, so while old and new servers answer side by side every page
# keeps its stylesheet and scripts (docs/operating.md, "Upgrades"). Unset, as for a first
# install: nothing kept (the base image has none).
#   podman build --build-arg PREVIOUS_IMAGE=nextpractice:0.9.0 -t nextpractice:0.9.1 .
ARG PREVIOUS_IMAGE=
FROM ${PREVIOUS_IMAGE:-${BASE_IMAGE}} AS previous-release

FROM ${BASE_IMAGE}

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    PIP_NO_CACHE_DIR=1 \
    PATH=/opt/venv/bin:$PATH

# Python, and the system libraries the app needs (as `make sysdeps`): Pango for WeasyPrint's
# PDFs, libmagic for upload checks, Liberation fonts for the reports.
RUN apt-get update \
 && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends \
      python3 python3-venv ca-certificates \
      libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz-subset0 libmagic1 fonts-liberation \
 && rm -rf /var/lib/apt/lists/*

# The locked runtime set, every file checked against its hash. Behind a proxy that inspects
# TLS, pass its CA bundle for this step only: --secret id=pip_cert,src=/path/to/ca-bundle.crt
COPY requirements.txt /tmp/requirements.txt
RUN --mount=type=secret,id=pip_cert,required=false \
    python3 -m venv /opt/venv \
 && if [ -s /run/secrets/pip_cert ]; then export PIP_CERT=/run/secrets/pip_cert; fi \
 && /opt/venv/bin/pip install --require-hashes -r /tmp/requirements.txt \
 && rm /tmp/requirements.txt

# The code belongs to root and is read-only to the app; it writes only where it must.
WORKDIR /app
COPY . /app
RUN --mount=type=bind,from=previous-release,source=/,target=/previous-release \
    useradd --system --uid 10001 --user-group --home-dir /app --shell /usr/sbin/nologin app \
 && mkdir -p /app/media /run/nextpractice \
 && chown app:app /app/media /run/nextpractice \
 && chmod +x /app/deploy/entrypoint.sh \
 # Static files hashed and compressed once, at build time (settings' production default).
 && DJANGO_DEBUG=0 DJANGO_SECRET_KEY=build-time-only DJANGO_ALLOWED_HOSTS=build \
    NEXTPRACTICE_JOBS_FOLDER=/tmp/jobs python manage.py collectstatic --noinput -v0 \
 # Then the previous release's, under their own hashed names (PREVIOUS_IMAGE, above).
 && python deploy/keep_static.py /previous-release/app/staticfiles /app/staticfiles

USER app
ENV DJANGO_DEBUG=0 \
    DJANGO_MEDIA_ROOT=/app/media
EXPOSE 8000
ENTRYPOINT ["/app/deploy/entrypoint.sh"]
CMD ["web"]
