"""Benchmark of autosave (issue 6): saving one answer through the real view, against the floor.

    python manage.py bench_autosave [--exercises 1000] [--answers 100000] [--runs 200]

Fills the current database (PostgreSQL for a meaningful figure) with exercises and answers
once, kept between runs; then, in the same run, measures the median and 95th percentile of
an htmx autosave POST of a participant's long-text answer (each run a different text, as
when typing, posted urlencoded as htmx posts it) and of the floor view (one indexed
single-row query, a small template), each in a block of its own; it also shows the two
taking turns request by request, the ratio least moved by other work on the machine. The
target: autosave's median within 2x the floor's. A benchmark, never a timed unit test.
"""

from django.contrib.auth import get_user_model
from django.contrib.auth.hashers import make_password
from django.core.management import call_command
from django.core.management.base import BaseCommand
from django.db import transaction
from django.urls import reverse

from nextpractice.benchmark import (
    floor_request,
    measure_floor,
    measure_taking_turns,
    signed_in_client,
    table,
)
from toolkit.models import Answer, Exercise, Participation, Tool
from toolkit.questions import questions_of

PREFIX = "Autosave benchmark"
TOOL = "landing-pad"
QUESTION = "context.notice"  # a long-text question: the answer people type
TARGET = 2.0


def fill(exercises, answers, out):
    """Make `exercises` exercises of the tool with `answers` answers in all, unless made."""
    if Exercise.objects.filter(title__startswith=PREFIX).count() >= exercises:
        out(f"Kept the {exercises:,} benchmark exercises already in the database.")
        return
    call_command("load_tools", verbosity=0)
    tool = Tool.objects.select_related("latest").get(slug=TOOL)
    questions = [q for q in questions_of(tool.latest.definition) if q.kind == "long_text"]
    per_exercise = max(1, answers // exercises)
    people_each = max(1, per_exercise // len(questions))
    User = get_user_model()
    password = make_password(None)
    with transaction.atomic():
        facilitator, _ = User.objects.get_or_create(
            email="facilitator@bench.example.org", defaults={"full_name": "Bench Facilitator"}
        )
        people = User.objects.bulk_create(
            [
                User(
                    email=f"participant{i:04d}@bench.example.org",
                    full_name=f"Participant {i:04d}",
                    password=password,
                )
                for i in range(people_each)
            ],
            ignore_conflicts=True,
        )
        people = list(User.objects.filter(email__endswith="@bench.example.org").exclude(
            pk=facilitator.pk
        ))[:people_each]  # fmt: skip
        made = Exercise.objects.bulk_create(
            [
                Exercise(
                    tool=tool,
                    tool_version=tool.latest,
                    title=f"{PREFIX} {i:05d}",
                    facilitator=facilitator,
                )
                for i in range(exercises)
            ]
        )
        parts = Participation.objects.bulk_create(
            [Participation(exercise=e, user=u) for e in made for u in people]
        )
        rows = [
            Answer(participation=p, question=q.key, value=f"What {p.user_id} noticed about {q.key}")
            for p in parts
            for q in questions
        ][:answers]
        Answer.objects.bulk_create(rows, batch_size=5000)
    out(f"Made {len(made):,} exercises, {len(parts):,} participations, {len(rows):,} answers.")


class Command(BaseCommand):
    help = "Measure autosave of one answer against the floor view (issue 6's benchmark)."

    def add_arguments(self, parser):
        parser.add_argument("--exercises", type=int, default=1000)
        parser.add_argument("--answers", type=int, default=100_000)
        parser.add_argument("--runs", type=int, default=200)

    def handle(self, *args, exercises, answers, runs, **options):
        fill(exercises, answers, self.stdout.write)
        participation = (
            Participation.objects.filter(exercise__title__startswith=PREFIX)
            .select_related("user", "exercise")
            .order_by("-exercise_id")
            .first()
        )
        client = signed_in_client(participation.user)
        url = reverse("toolkit:answer_save", args=[participation.exercise_id, QUESTION])
        save_request = (
            "autosave one answer (htmx POST)",
            url,
            "post",
            lambda i: {"value": f"We noticed {i} things about our context."},
            {"HX-Request": "true"},
            "application/x-www-form-urlencoded",  # as htmx sends it
        )
        # The verdict is on the two measured one after the other, each in a block of its own
        # (the stricter reading: taking turns slows the floor more than the save). Taking
        # turns is shown beside it, as the figure least moved by other work on the machine.
        floor = measure_floor(client, runs=runs)
        (save,) = measure_taking_turns(client, [save_request], runs=runs)
        turns_floor, turns_save = measure_taking_turns(
            client, [floor_request(), save_request], runs=runs
        )
        self.stdout.write(
            f"Taking turns: autosave {turns_save.median_ms:.2f} ms, floor "
            f"{turns_floor.median_ms:.2f} ms: {turns_save.ratio_to(turns_floor):.2f}x"
        )
        self.stdout.write(table([save], floor))
        stored = Answer.objects.get(participation=participation, question=QUESTION).value
        if save.status != 200 or not stored.startswith("We noticed"):
            self.stderr.write(f"Autosave did not save: status {save.status}, stored {stored!r}")
            raise SystemExit(1)
        ratio = save.ratio_to(floor)
        verdict = "meets" if ratio <= TARGET else "MISSES"
        self.stdout.write(
            f"VERDICT autosave: median {save.median_ms:.2f} ms = {ratio:.2f}x the floor's "
            f"{floor.median_ms:.2f} ms ({verdict} the {TARGET:g}x target); "
            f"p95 {save.p95_ms:.2f} ms; {save.queries} queries"
        )
