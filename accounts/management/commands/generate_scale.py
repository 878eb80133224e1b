"""Fill the database with a national-scale data set for benchmarks (issue 8)."""

import time

from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError

from nextpractice import scale


class Command(BaseCommand):
    help = (
        "Fill an EMPTY database with a national-scale data set: at --factor 1, 25,000 "
        "organisations, 10,000 field trials, a million toolkit answers... (see nextpractice/"
        "scale.py). Deterministic for a given --seed."
    )

    def add_arguments(self, parser):
        parser.add_argument("--factor", type=float, default=1.0)
        parser.add_argument("--seed", type=int, default=1)
        parser.add_argument(
            "--if-empty",
            action="store_true",
            help="do nothing (and succeed) when the database already holds field trials",
        )

    def handle(self, *args, factor, seed, if_empty, **options):
        from fieldtrials.models import FieldTrial

        if factor <= 0:
            raise CommandError("--factor must be more than 0, like 0.1, 1 or 10.")
        if FieldTrial.objects.exists():
            if if_empty:
                self.stdout.write("The database already holds the generated data: kept.")
                for kind, count in scale.add_events_if_missing(factor=factor, seed=seed).items():
                    self.stdout.write(f"{kind:>28}: {count:,} added")
                added = scale.add_knowledge_if_missing(factor=factor, seed=seed)
                added.update(scale.add_update_documents_if_missing())
                added.update(scale.add_follows_if_missing(factor=factor, seed=seed))
                for kind, count in added.items():
                    self.stdout.write(f"{kind:>28}: {count:,} added")
                return
            raise CommandError(
                "The database already holds field trials: generate_scale fills an empty "
                "database (create one, migrate it, and point DATABASE_URL at it)."
            )
        started = time.perf_counter()
        call_command("load_tools", verbosity=0)
        made = scale.generate(factor=factor, seed=seed, out=self.stdout.write)
        for kind, count in made.items():
            self.stdout.write(f"{kind:>28}: {count:,}")
        self.stdout.write(f"Made in {time.perf_counter() - started:.0f}s at factor {factor}.")
