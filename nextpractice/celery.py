"""The Celery application. Jobs go to a worker through CELERY_BROKER_URL (Redis), or with
none set through the embedded broker, a folder on this machine (see settings)."""

import logging
import logging.config
import os
from pathlib import Path

from celery import Celery
from celery.signals import (
    before_task_publish,
    celeryd_init,
    setup_logging,
    task_postrun,
    task_prerun,
)

from .logs import SANE_REQUEST_ID, request_id_var

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "nextpractice.settings")

app = Celery("nextpractice")
app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks()

# The folders of the embedded broker (kombu's filesystem transport), which kombu does not
# make itself: the web server sends into them and the worker reads from them.
EMBEDDED_FOLDERS = ("data_folder_in", "data_folder_out", "control_folder", "processed_folder")


@app.on_after_configure.connect
def make_embedded_broker_folders(sender, **kwargs):
    """Make the embedded broker's folders once the configuration is read, in every process
    that sends or receives jobs; nothing for any other broker."""
    make_broker_folders(sender.conf.broker_url, sender.conf.broker_transport_options)


def make_broker_folders(broker_url, transport_options):
    if not str(broker_url).startswith("filesystem://"):
        return
    for name in EMBEDDED_FOLDERS:
        folder = (transport_options or {}).get(name)
        if folder:
            Path(folder).mkdir(parents=True, exist_ok=True)


@setup_logging.connect
def use_the_projects_logging(loglevel=None, **kwargs):
    """Workers and beat log as the app servers do (settings.LOGGING: one JSON object a line
    in production, each with its request id), not in Celery's own text format: with a
    receiver for this signal Celery leaves logging alone. `--loglevel` (INFO in
    deploy/entrypoint.sh) still says how much: which jobs ran, not only warnings."""
    log_as_the_app_servers(loglevel)
    # What a job prints (the console e-mail backend's messages) becomes a log line too, as
    # Celery does when it sets logging up itself; the handler above keeps the real stdout.
    if app.conf.worker_redirect_stdouts:
        app.log.redirect_stdouts(app.conf.worker_redirect_stdouts_level)
    # What the worker writes straight to its terminal, past logging (its shutdown line,
    # "worker: Warm shutdown (MainProcess)", and its answers to Ctrl+C), becomes a log line.
    import celery.apps.worker

    celery.apps.worker.safe_say = say_as_a_log_line


@celeryd_init.connect
def log_before_the_worker_checks_who_runs_it(options=None, **kwargs):
    """A worker run as root warns so (Celery's SecurityWarning) before Celery asks for its
    logging to be set up (setup_logging, above): set it up already, so that warning is a log
    line too, not text on standard error."""
    log_as_the_app_servers((options or {}).get("loglevel"))


def log_as_the_app_servers(loglevel):
    from django.conf import settings

    logging.config.dictConfig(settings.LOGGING)
    if loglevel:
        logging.getLogger().setLevel(loglevel)
    # Python's warnings (Celery's SecurityWarning among them) as WARNING lines of py.warnings.
    logging.captureWarnings(True)
    # Without WeasyPrint's dozens of INFO lines for each PDF.
    logging.getLogger("weasyprint.progress").setLevel(logging.WARNING)


def say_as_a_log_line(msg, f=None):
    """Celery's worker.safe_say, which writes `msg` to the terminal: a WARNING line instead,
    seen whatever the log level, as the text was."""
    logging.getLogger("celery.apps.worker").warning(msg.strip())


# The id of the request that asked for a job travels with it in the message's headers, so the
# job's log lines carry it too (nextpractice/logs.py puts request_id_var on every line).
REQUEST_ID_HEADER = "request_id"


@before_task_publish.connect
def send_the_request_id(headers=None, **kwargs):
    request_id = request_id_var.get()
    if request_id and headers is not None:
        headers[REQUEST_ID_HEADER] = request_id


def _sent_request_id(task):
    """The request id the job was sent with: a worker's message headers are the task's
    request; a job run in-process (tests) has them under `headers`."""
    request = task.request
    sent = request.get(REQUEST_ID_HEADER) or (request.headers or {}).get(REQUEST_ID_HEADER)
    return sent if isinstance(sent, str) and SANE_REQUEST_ID.match(sent) else None


@task_prerun.connect
def take_the_request_id(task=None, **kwargs):
    request_id = _sent_request_id(task) if task is not None else None
    if request_id:
        task.request.request_id_token = request_id_var.set(request_id)


@task_postrun.connect
def drop_the_request_id(task=None, **kwargs):
    """The next job this worker runs is not logged under this one's request."""
    token = getattr(task.request, "request_id_token", None) if task is not None else None
    if token is not None:
        request_id_var.reset(token)
