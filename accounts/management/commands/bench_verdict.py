"""Compare bench_pages results across scale factors and give issue 8's verdicts.

    python manage.py bench_verdict bench/small.json bench/large.json

Targets: every page's query count is the same at both factors; at the larger factor every
page's median is within 5x the floor's (measured on its own, in a block, at the start of the
run: the stricter reading); and every page's median at the larger factor is within 1.5x its
median at the smaller one (cost does not grow with the data). The growth is judged on each
page's ratio to the floor measured taking turns with it (floor, page, floor, page...), so
that a busier or quieter machine during one run does not count as growth or hide it; the
raw medians are shown beside it.
"""

import json
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

FLOOR_LIMIT = 5.0
GROWTH_LIMIT = 1.5


def load(path):
    data = json.loads(Path(path).read_text())
    return data, {page["name"]: page for page in data["pages"]}


def verdicts(small, large):
    """(lines, failures) comparing two bench_pages results."""
    small_data, small_pages = load(small)
    large_data, large_pages = load(large)
    floor_s, floor_l = small_data["floor"]["median_ms"], large_data["floor"]["median_ms"]
    head = f"{'page':<40} {'queries':>9} {'median ms':>19} {'x floor':>8} {'growth':>7}  verdict"
    lines = [
        f"factors: {small_data['label'] or small} -> {large_data['label'] or large}",
        f"floor median: {floor_s:.2f} ms -> {floor_l:.2f} ms",
        head,
    ]
    failures = []
    for name, big in large_pages.items():
        little = small_pages.get(name)
        problems = []
        if little is None:
            problems.append("not measured at the smaller factor")
            growth = float("nan")
        else:
            if little["queries"] != big["queries"]:
                problems.append(f"queries {little['queries']} -> {big['queries']}")
            growth = (big["median_ms"] / big.get("paired_floor_ms", floor_l)) / (
                little["median_ms"] / little.get("paired_floor_ms", floor_s)
            )
            if growth > GROWTH_LIMIT:
                problems.append(f"grows {growth:.2f}x with the data")
        x_floor = big["median_ms"] / floor_l
        if x_floor > FLOOR_LIMIT:
            problems.append(f"{x_floor:.1f}x the floor")
        queries = f"{little['queries'] if little else '?'}->{big['queries']}"
        medians = f"{little['median_ms'] if little else 0:.1f}->{big['median_ms']:.1f}"
        lines.append(
            f"{name:<40} {queries:>9} {medians:>19} {x_floor:>8.2f} {growth:>7.2f}  "
            + ("ok" if not problems else "MISS: " + "; ".join(problems))
        )
        failures += [f"{name}: {p}" for p in problems]
    return lines, failures


class Command(BaseCommand):
    help = "Give issue 8's verdicts on two bench_pages results (smaller factor first)."

    def add_arguments(self, parser):
        parser.add_argument("small", type=Path)
        parser.add_argument("large", type=Path)
        parser.add_argument(
            "--strict", action="store_true", help="exit non-zero when a target is missed"
        )

    def handle(self, *args, small, large, strict, **options):
        lines, failures = verdicts(small, large)
        for line in lines:
            self.stdout.write(line)
        if failures:
            self.stdout.write(f"VERDICT: {len(failures)} target(s) missed")
            if strict:
                raise CommandError("; ".join(failures))
        else:
            self.stdout.write("VERDICT: every page meets every target")
