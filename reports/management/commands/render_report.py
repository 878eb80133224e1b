"""Make a progress report now, without the background job, and write it to a file."""

import time
from pathlib import Path

from django.core.management.base import BaseCommand

from reports.building import render_pdf_with_pages, report_html

from ._subjects import add_subject_arguments, find_subject


class Command(BaseCommand):
    help = (
        "Render the PDF progress report of a programme, project or field trial synchronously: "
        "render_report --project <id or title> --out FILE.pdf"
    )

    def add_arguments(self, parser):
        add_subject_arguments(parser)
        parser.add_argument("--out", required=True, help="the PDF file to write")

    def handle(self, *args, **options):
        subject = find_subject(options)
        started = time.perf_counter()
        pdf = render_pdf_with_pages(report_html(subject))
        seconds = time.perf_counter() - started
        out = Path(options["out"])
        out.write_bytes(pdf.content)
        self.stdout.write(
            f"Wrote {out}: the progress report of {subject}, {pdf.pages} page"
            f"{'s' if pdf.pages != 1 else ''}, {len(pdf.content):,} bytes, in {seconds:.2f} s."
        )
