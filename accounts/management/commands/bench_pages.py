"""Measure every main page of every role against the floor view, on the current database.

Run by `make bench` once per scale factor (each in its own database filled by
generate_scale); writes JSON that `bench_verdict` compares across factors.
"""

import json
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.urls import NoReverseMatch, reverse

from accounts.models import Role
from nextpractice.benchmark import (
    floor_request,
    measure_floor,
    measure_taking_turns,
    signed_in_client,
    table,
)

LAST = "?page=999999"  # Paginator.get_page answers the last page for any larger number


def pick_people_and_things():
    """The generated data's first officer, practitioner and partner, and what they work on."""
    from fieldtrials.models import FieldTrial, FieldTrialMembership
    from programmes.models import ProgrammeMembership, Project, ProjectMembership
    from toolkit.models import Participation

    officer_m = ProgrammeMembership.objects.filter(role=Role.OFFICER).order_by("pk").first()
    if officer_m is None:
        raise CommandError("No data to measure: run generate_scale on this database first.")
    project = (
        Project.objects.filter(programme_id=officer_m.programme_id, stage="incubate")
        .order_by("pk")
        .first()
    )
    trial = FieldTrial.objects.filter(project=project).order_by("pk").first()
    participation = (
        Participation.objects.filter(exercise__field_trial__project=project)
        .select_related("exercise")
        .order_by("pk")
        .first()
    )
    leader_m = (
        FieldTrialMembership.objects.filter(role=Role.PRACTITIONER, field_trial=trial)
        .order_by("pk")
        .first()
    )
    partner_m = ProjectMembership.objects.filter(role=Role.PARTNER).order_by("pk").first()
    return {
        "officer": officer_m.user,
        "leader": leader_m.user if leader_m else None,
        "partner": partner_m.user if partner_m else None,
        "programme": officer_m.programme,
        "project": project,
        "partner_project": partner_m.project if partner_m else None,
        "trial": trial,
        "exercise": participation.exercise if participation else None,
    }


def pages(things):
    """(role, label, URL name, args, query) for each page measured."""
    p, project, trial, exercise = (
        things["programme"],
        things["project"],
        things["trial"],
        things["exercise"],
    )
    ex = [exercise.pk] if exercise else None
    return [
        ("officer", "home", "home", [], ""),
        ("officer", "programme", "programmes:programme_detail", [p.pk], ""),
        ("officer", "project with its diamond", "programmes:project_detail", [project.pk], ""),
        ("officer", "options list", "programmes:option_list", [project.pk], ""),
        ("officer", "options list, last page", "programmes:option_list", [project.pk], LAST),
        ("officer", "stimulus library", "programmes:stimulus_list", [], ""),
        ("officer", "stimulus library, last page", "programmes:stimulus_list", [], LAST),
        ("officer", "field trials list", "fieldtrials:fieldtrial_list", [], ""),
        ("officer", "field trials list, last page", "fieldtrials:fieldtrial_list", [], LAST),
        (
            "officer",
            "field trials list, filtered",
            "fieldtrials:fieldtrial_list",
            [],
            "?status=incubating&overdue=yes&sort=overdue",
        ),
        ("officer", "field trial page", "fieldtrials:fieldtrial_detail", [trial.pk], ""),
        ("officer", "Power to Innovate requests", "fieldtrials:pti_list", [], ""),
        ("officer", "exercise page", "toolkit:exercise_detail", ex, ""),
        ("officer", "exercise results", "toolkit:exercise_results", ex, ""),
        ("officer", "project indicators", "evaluation:project_evaluation", [project.pk], ""),
        ("officer", "project reports", "reports:subject_reports", ["project", project.pk], ""),
        # Issue 15: the programme's activity stream, read from the event log.
        ("officer", "programme activity", "accounts:programme_activity", [p.pk], ""),
        # All activity they follow: the measured project, its first trials and a community
        # (generate_scale's follows area); the home page's "What you follow" reads it too.
        ("officer", "all activity you follow", "following:followed", [], ""),
        # Issue 14: pages that pick an organisation or a person, and the searches behind them.
        ("officer", "profile", "accounts:profile", [], ""),
        ("officer", "trial edit page", "fieldtrials:fieldtrial_edit", [trial.pk], ""),
        ("officer", "new programme", "programmes:programme_create", [], ""),
        ("officer", "new project", "programmes:project_create", [p.pk], ""),
        ("officer", "organisation search, by name", "accounts:organisation_search", [], "?q=St"),
        ("officer", "organisation search, by URN", "accounts:organisation_search", [], "?q=1000"),
        (
            "officer",
            "programme people search",
            "programmes:programme_people_search",
            [p.pk],
            "?q=a&role=consultant",
        ),
        # An organisation's page: a school leading a trial, and its local authority's.
        (
            "officer",
            "organisation page, a school",
            "directory:organisation_detail",
            [trial.lead_organisation_id] if trial.lead_organisation_id else None,
            "",
        ),
        (
            "officer",
            "organisation page, a local authority",
            "directory:organisation_detail",
            [trial.local_authority_id] if trial.local_authority_id else None,
            "",
        ),
        # A person's page: the measured trial's first school leader.
        (
            "officer",
            "person page",
            "directory:person_detail",
            [things["leader"].pk] if things["leader"] else None,
            "",
        ),
        # Issue 19: search across everything the officer may see, and the knowledge base.
        ("officer", "search: everything", "search:search", [], "?q=attendance+coaching"),
        ("officer", "knowledge base", "search:knowledge_base", [], ""),
        ("leader", "home", "home", [], ""),
        ("leader", "field trial page", "fieldtrials:fieldtrial_detail", [trial.pk], ""),
        ("leader", "exercise page", "toolkit:exercise_detail", ex, ""),
        ("partner", "home", "home", [], ""),
        (
            "partner",
            "project",
            "programmes:project_detail",
            [things["partner_project"].pk] if things["partner_project"] else None,
            "",
        ),
    ]


class Command(BaseCommand):
    help = "Measure the main pages of each role and the floor view; write JSON."

    def add_arguments(self, parser):
        parser.add_argument("--runs", type=int, default=30)
        parser.add_argument("--out", type=Path, required=True)
        parser.add_argument("--label", default="", help="e.g. the scale factor")
        parser.add_argument(
            "--only",
            default="",
            help="Measure only the pages whose names contain one of these comma-separated words",
        )

    def handle(self, *args, runs, out, label, only="", **options):
        wanted = [w.strip() for w in only.split(",") if w.strip()]
        things = pick_people_and_things()
        clients = {
            role: signed_in_client(things[role])
            for role in ("officer", "leader", "partner")
            if things[role] is not None
        }
        floor = measure_floor(clients["officer"], runs=runs)
        timings, skipped = [], []
        for role, name, url_name, args, query in pages(things):
            if wanted and not any(w in name for w in wanted):
                continue
            if role not in clients or args is None:
                skipped.append(f"{role}: {name} (no such data)")
                continue
            try:
                url = reverse(url_name, args=args) + query
            except NoReverseMatch:
                skipped.append(f"{role}: {name} (no page yet: {url_name})")
                continue
            # Each page taking turns with the floor: their ratio is what other work on the
            # machine moves least, so bench_verdict judges growth across factors by it.
            paired_floor, timing = measure_taking_turns(
                clients[role],
                [
                    floor_request(),
                    (f"{role}: {name}", url, "get", None, None, None),
                ],
                runs=runs,
            )
            if timing.status != 200:
                raise CommandError(f"{timing.name} answered {timing.status} at {url}")
            timing.paired_floor_ms = paired_floor.median_ms
            timings.append(timing)
        self.stdout.write(table(timings, floor))
        for line in skipped:
            self.stdout.write(f"not measured: {line}")
        out.write_text(
            json.dumps(
                {
                    "label": label,
                    "floor": floor.as_dict(),
                    "pages": [
                        t.as_dict()
                        | {"x_floor": t.ratio_to(floor), "paired_floor_ms": t.paired_floor_ms}
                        for t in timings
                    ],
                    "skipped": skipped,
                },
                indent=2,
            )
        )
        self.stdout.write(f"Wrote {out}")
