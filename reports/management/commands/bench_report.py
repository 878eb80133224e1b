"""How much making a report costs beyond WeasyPrint itself (issue 7's performance target).

For one subject: the median time of the whole report (data, HTML and PDF) against the
median time of WeasyPrint alone rendering the same finished HTML, their ratio, the number
of SQL queries, and a verdict against the 1.5x target. A benchmark, not a test: run it on
the demo System Leadership project (17 trials).
"""

import statistics
import time

from django.core.management.base import BaseCommand
from django.db import connection
from django.test.utils import CaptureQueriesContext

from reports.building import render_pdf, report_html

from ._subjects import add_subject_arguments, find_subject

TARGET = 1.5


class Command(BaseCommand):
    help = "Benchmark a report: whole report vs WeasyPrint alone, with a verdict against 1.5x."

    def add_arguments(self, parser):
        add_subject_arguments(parser)
        parser.add_argument("--runs", type=int, default=5, help="timed runs of each (default 5)")

    def handle(self, *args, **options):
        subject = find_subject(options)
        runs = max(1, options["runs"])
        # One warm-up of each, so template compilation and font loading are not timed.
        html = report_html(subject)
        render_pdf(html)
        with CaptureQueriesContext(connection) as queries:
            html = report_html(subject)
        whole, alone, assembly = [], [], []
        for _ in range(runs):  # interleaved, so drift in the machine hits both alike
            started = time.perf_counter()
            finished_html = report_html(subject)
            assembled = time.perf_counter()
            render_pdf(finished_html)
            whole.append(time.perf_counter() - started)
            assembly.append(assembled - started)
            started = time.perf_counter()
            render_pdf(html)
            alone.append(time.perf_counter() - started)
        whole_s, alone_s = statistics.median(whole), statistics.median(alone)
        ratio = whole_s / alone_s
        self.stdout.write(f"Subject: {subject} ({runs} run{'s' if runs != 1 else ''} each)")
        self.stdout.write(f"WeasyPrint alone (same finished HTML): median {alone_s:.3f} s")
        self.stdout.write(
            f"Whole report (data + HTML + PDF):     median {whole_s:.3f} s "
            f"(of which data and HTML {statistics.median(assembly):.3f} s)"
        )
        self.stdout.write(f"Ratio: {ratio:.2f}x (target at most {TARGET}x)")
        self.stdout.write(f"SQL queries to assemble the report: {len(queries)}")
        verdict = "PASS" if ratio <= TARGET else "FAIL"
        self.stdout.write(
            f"Verdict: {verdict}: the whole report takes {ratio:.2f}x WeasyPrint alone "
            f"({'within' if ratio <= TARGET else 'over'} the {TARGET}x target)."
        )
