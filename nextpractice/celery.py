"""The Celery application. Jobs go to a worker through CELERY_BROKER_URL (Redis), or with
none set through the embedded broker, a folder on this machine (see settings)."""

import logging
import os
from pathlib import Path

from celery import Celery
from celery.signals import after_setup_logger

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


@after_setup_logger.connect
def quieter_pdf_logs(logger, **kwargs):
    """A worker logging at INFO (as `make run` starts it) says which jobs it ran, without
    WeasyPrint's dozens of lines for each PDF."""
    logging.getLogger("weasyprint.progress").setLevel(logging.WARNING)
