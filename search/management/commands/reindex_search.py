"""Rebuild search's documents from the records (after loading data without signals, such
as generate_scale's bulk writes, or a change to what a kind keeps)."""

import time

from django.core.management.base import BaseCommand, CommandError

from nextpractice.scale import settle
from search import registry
from search.indexing import reindex
from search.models import SearchDocument


class Command(BaseCommand):
    help = "Rebuild the search documents of every kind (or of --kind ...), from the records."

    def add_arguments(self, parser):
        parser.add_argument("--kind", action="append", default=[], help="a kind, e.g. lessons")

    def handle(self, *args, kind, verbosity=1, **options):
        unknown = [k for k in kind if registry.kind(k) is None]
        if unknown:
            known = ", ".join(s.kind for s in registry.kinds())
            raise CommandError(f"No such kind: {', '.join(unknown)}. Kinds: {known}.")
        started = time.perf_counter()
        out = self.stdout.write if verbosity > 0 else None
        made = reindex([registry.kind(k) for k in kind] or None, out=out)
        # Each document was written, then given its words by one UPDATE: the old rows freed
        # and the planner's statistics current, so that search is as quick at once.
        settle(SearchDocument._meta.db_table)
        if verbosity > 0:
            self.stdout.write(
                f"{sum(made.values()):,} documents in {time.perf_counter() - started:.1f}s."
            )
