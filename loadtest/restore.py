"""`make cluster`'s backup and restore (scripts/cluster.sh), as docs/operating.md describes them.

The script dumps the database with pg_dump and restores it with pg_restore; this module does
the files and the checking:

`save-bucket`: every object of the bucket into a folder (the backup's copy of the files),
with a manifest of each object's SHA-256.

`load-bucket`: the folder's files into a new, empty bucket (the restore).

`check`: run with the restored database and bucket as its settings. Every record of the
known kinds that names a file (data sources, reports) finds that file in the restored
bucket with the bytes that were backed up; the data source `make cluster` uploaded through
one app server is there; the demo officer can still sign in; the planner setting came
back with the database; no migration is missing.

Prints FAILS and exits 1 when a check fails. Talks to the loopback only.
"""

import argparse
import hashlib
import json
import os
import sys
from pathlib import Path

from loadtest.check import _django

MANIFEST = "manifest.json"


def _bucket(name):
    import boto3

    endpoint = os.environ["AWS_S3_ENDPOINT_URL"]
    client = boto3.client(
        "s3", endpoint_url=endpoint, region_name=os.environ.get("AWS_S3_REGION_NAME")
    )
    return client, name


def save_bucket(args):
    client, bucket = _bucket(args.bucket)
    folder = Path(args.to)
    manifest = {}
    for page in client.get_paginator("list_objects_v2").paginate(Bucket=bucket):
        for item in page.get("Contents", []):
            body = client.get_object(Bucket=bucket, Key=item["Key"])["Body"].read()
            (folder / item["Key"]).parent.mkdir(parents=True, exist_ok=True)
            (folder / item["Key"]).write_bytes(body)
            manifest[item["Key"]] = hashlib.sha256(body).hexdigest()
    (folder / MANIFEST).write_text(json.dumps(manifest, indent=1, sort_keys=True))
    print(f"Files: {len(manifest)} objects of bucket {bucket} copied to {folder}")


def load_bucket(args):
    client, bucket = _bucket(args.bucket)
    folder = Path(args.source)
    manifest = json.loads((folder / MANIFEST).read_text())
    client.create_bucket(Bucket=bucket)
    for key in manifest:
        client.put_object(Bucket=bucket, Key=key, Body=(folder / key).read_bytes())
    print(f"Files: {len(manifest)} objects restored into the new bucket {bucket}")


class RestoreFailed(Exception):
    """Something backed up did not come back; the message says what."""


def check(args):
    _django()
    from django.conf import settings
    from django.core.files.storage import default_storage
    from django.core.management import call_command
    from django.db import connection

    from accounts.models import User
    from programmes.models import DataSource
    from reports.models import Report

    manifest = json.loads((Path(args.files) / MANIFEST).read_text())
    # The file columns only: what the records name, whatever else they hold.
    named = [
        *DataSource.objects.exclude(file="").values_list("file", flat=True),
        *Report.objects.exclude(file="").values_list("file", flat=True),
    ]
    for name in named:
        if name not in manifest:
            raise RestoreFailed(f"{name} is named in the database but was not backed up")
        with default_storage.open(name, "rb") as restored:
            if hashlib.sha256(restored.read()).hexdigest() != manifest[name]:
                raise RestoreFailed(f"{name} came back different from its backup")
    uploaded = (
        DataSource.objects.filter(title__startswith="Cluster check ")
        .values_list("file", flat=True)
        .first()
    )
    if uploaded is None:
        raise RestoreFailed("the data source uploaded through an app server is missing")
    officer = User.objects.filter(email="officer@example.org").first()
    if officer is None or not officer.check_password(settings.DEMO_PASSWORD):
        raise RestoreFailed("the demo officer cannot sign in to the restored database")
    with connection.cursor() as cursor:
        cursor.execute("SHOW random_page_cost")
        if float(cursor.fetchone()[0]) != 1.1:
            raise RestoreFailed("the planner setting did not come back with the database")
    try:
        call_command("migrate", check=True, verbosity=0)
    except SystemExit:
        raise RestoreFailed("the restored database lacks migrations") from None
    reports = Report.objects.exclude(file="").count()
    print(
        f"Restored: {len(named)} files named by records read back unchanged from the new "
        f"bucket ({reports} reports), among them {uploaded} uploaded through an "
        "app server; the officer signs in; random_page_cost 1.1; no migration missing"
    )


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    steps = parser.add_subparsers(dest="step", required=True)
    save = steps.add_parser("save-bucket")
    save.add_argument("--bucket", required=True)
    save.add_argument("--to", required=True, help="an empty folder")
    load = steps.add_parser("load-bucket")
    load.add_argument("--from", dest="source", required=True, help="a folder save-bucket wrote")
    load.add_argument("--bucket", required=True, help="a bucket that does not exist yet")
    c = steps.add_parser("check")
    c.add_argument("--files", required=True, help="the folder save-bucket wrote")
    args = parser.parse_args(argv)
    step = {"save-bucket": save_bucket, "load-bucket": load_bucket, "check": check}[args.step]
    try:
        step(args)
    except RestoreFailed as failed:
        print(f"FAILS: backup and restore: {failed}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
