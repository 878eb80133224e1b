"""Demonstration programmes and projects from seed 000 (Next Practice 2006-8), seed 001
(Knowsley) and seed 003 (Radical Efficiency), with Phase 1 of each project.

The seed gives the order of the four projects ("spaced roughly three months apart") and
that System Leadership selected its trials in summer 2006; the exact start dates are the
demo's invention. The Phase 1 content (seed words and what the demo invents, marked) is in
demo_content.py. Every date is written through nextpractice.demo_calendar, so the programme
stands today where the seeds leave it, and every text through demo_notes.plain, so the marks
stay off the records.
"""

from datetime import date, datetime, time, timedelta

from django.contrib.contenttypes.models import ContentType
from django.utils import timezone

from accounts.models import Event, Organisation, Role
from accounts.services import event_for
from nextpractice.demo_calendar import (
    KNOWSLEY_PRESENT,
    RADICAL_EFFICIENCY_PRESENT,
    SEEDS_PRESENT,
    moved,
    moved_datetime,
    not_after_today,
    on_working_day,
    working_day,
)
from nextpractice.demo_notes import plain

from . import demo_content as content
from .models import (
    Assessment,
    CreativeOption,
    DataSource,
    KeptStimulus,
    Objective,
    PotentialInnovator,
    ProblemStatement,
    Programme,
    ProgrammeMembership,
    Project,
    ProjectMembership,
    Stage,
    StageMove,
    Stimulus,
    StimulusTag,
    Workshop,
    WorkshopParticipant,
)
from .models.options import CHARACTERISTICS, PROMISE_TESTS, Judgement

# How long each project is planned to last: the seed's "roughly, an 18-month period", but the
# two projects with field trials run until their trials end (fieldtrials.demo: the summer of
# 2008, the programme's "2006-8"), so that System Leadership's System learning, begun while its
# trials still run, is planned to close after their final reports.
PLANNED_MONTHS = {
    "System Leadership": 31,  # January 2006 to August 2008
    "Resourcing Personalisation": 28,  # April 2006 to August 2008
}

PROJECTS = [
    # (title, policy area, partner agency, start, stage)
    (
        "System Leadership",
        "School leadership beyond a single institution",
        "National College for School Leadership (NCSL)",
        date(2006, 1, 9),
        Stage.INCUBATE,
    ),
    (
        "Resourcing Personalisation",
        "Personalising learning through resource use",
        "Specialist Schools and Academies Trust (SSAT)",
        date(2006, 4, 3),
        Stage.INCUBATE,
    ),
    (
        "Workforce Modernisation (Communities for Learning)",
        "Workforce reform",
        "Training and Development Agency for Schools (TDA)",
        date(2006, 7, 3),
        Stage.GENERATE_OPTIONS,
    ),
    (
        "Deep Engagement of Parents and Carers in Learning",
        "Parents and carers",
        None,
        date(2006, 10, 2),
        Stage.ANALYSE_NEED,
    ),
]


def present_of(project_title):
    """The present of the seed a project comes from (demo_calendar)."""
    return RADICAL_EFFICIENCY_PRESENT if project_title == content.RE else SEEDS_PRESENT


def happened(project_title, moment):
    """A seed moment of a project's, moved, on a working day (the first on or after its moved
    day: the officer does not decide options at the weekend), and no later than now."""
    moment = moved_datetime(moment, present=present_of(project_title))
    return not_after_today(on_working_day(moment))


def set_up_on(start):
    """When a programme or project starting on `start` (a moved date) was set up here: the
    morning of its first day, no later than now."""
    return not_after_today(timezone.make_aware(datetime.combine(start, time(9))))


def load(ctx):
    orgs, users = ctx["orgs"], ctx["users"]
    np, _ = Programme.objects.get_or_create(
        name="Next Practice 2006-8",
        defaults={
            "kind": Programme.Kind.PROGRAMME,
            "summary": "The Innovation Unit's programme applying the Next Practice "
            "innovation model across four key policy areas.",
            "lead_organisation": orgs["The Innovation Unit"],
            "start_date": moved(date(2006, 1, 9)),
            "end_date": moved(date(2008, 12, 19)),
            "created_at": set_up_on(moved(date(2006, 1, 9))),
        },
    )
    knowsley, _ = Programme.objects.get_or_create(
        name="Knowsley Innovation Zone",
        defaults={
            "kind": Programme.Kind.ZONE,
            # A zone works through its partnership board and project groups, not projects
            # (seed 001): its page says so (programme_detail.html), and this says which.
            "summary": "An Innovation Zone set up in "
            f"{moved(date(2007, 9, 1), present=KNOWSLEY_PRESENT):%B %Y} by Partnerships for "
            "Schools with national partners, through Knowsley's BSF programme. Its Strategic "
            "Action Team of national partners and its two Innovation Zone project groups "
            "record progress and impact against its ten shared objectives.",
            "lead_organisation": orgs["Partnerships for Schools"],
            "start_date": moved(date(2007, 9, 1), present=KNOWSLEY_PRESENT),
            "created_at": set_up_on(moved(date(2007, 9, 1), present=KNOWSLEY_PRESENT)),
        },
    )
    projects = ctx.setdefault("projects", {})
    for title, area, partner, start, stage in PROJECTS:
        project, _ = Project.objects.get_or_create(
            programme=np,
            title=title,
            defaults={
                "policy_area": area,
                "partner_agency": orgs[partner] if partner else None,
                "start_date": moved(start),
                "planned_duration_months": PLANNED_MONTHS.get(title, 18),
                "stage": stage,
                "lead_officer": users["officer"],
                "created_at": set_up_on(moved(start)),
            },
        )
        projects[title] = project
    ctx["programmes"] = {"np": np, "knowsley": knowsley}

    ProgrammeMembership.objects.get_or_create(
        programme=np, user=users["officer"], defaults={"role": Role.OFFICER}
    )
    ProgrammeMembership.objects.get_or_create(
        programme=knowsley, user=users["officer"], defaults={"role": Role.OFFICER}
    )
    ProjectMembership.objects.get_or_create(
        project=projects["System Leadership"],
        user=users["partner"],
        defaults={"role": Role.PARTNER},
    )
    load_radical_efficiency(ctx)
    record_set_up(ctx)
    load_phase1(ctx)
    return ctx


def record_set_up(ctx):
    """The events create_programme and create_project write, for each demo programme and
    project: on the day it was set up (its `created_at`), by the officer who leads it, so a
    programme's history begins "created the programme" and a project's "created the
    project". Those that have one are left alone: loading again changes nothing."""
    officer = ctx["users"]["officer"]
    for verb, records in (
        ("programmes.programme_created", ctx["programmes"].values()),
        ("programmes.project_created", ctx["projects"].values()),
    ):
        records = list(records)
        done = set(
            Event.objects.filter(
                verb=verb,
                target_type=ContentType.objects.get_for_model(records[0]),
                target_id__in=[r.pk for r in records],
            ).values_list("target_id", flat=True)
        )
        for record in records:
            if record.pk not in done:
                actor = getattr(record, "lead_officer", None) or officer
                record_demo_event(
                    actor=actor, verb=verb, target=record, data={}, at=record.created_at
                )


def load_radical_efficiency(ctx):
    """Seed 003's Radical Efficiency programme, with one project in Generate creative options."""
    orgs, users, projects = ctx["orgs"], ctx["users"], ctx["projects"]
    programme, _ = Programme.objects.get_or_create(
        name=content.RE_PROGRAMME["name"],
        defaults={
            "kind": Programme.Kind.PROGRAMME,
            "summary": content.RE_PROGRAMME["summary"],
            "lead_organisation": orgs["The Innovation Unit"],
            "start_date": moved(
                content.RE_PROGRAMME["start_date"], present=RADICAL_EFFICIENCY_PRESENT
            ),
            "end_date": moved(content.RE_PROGRAMME["end_date"], present=RADICAL_EFFICIENCY_PRESENT),
            "created_at": set_up_on(
                moved(content.RE_PROGRAMME["start_date"], present=RADICAL_EFFICIENCY_PRESENT)
            ),
        },
    )
    project, _ = Project.objects.get_or_create(
        programme=programme,
        title=content.RE_PROJECT["title"],
        defaults={
            "policy_area": content.RE_PROJECT["policy_area"],
            "start_date": moved(
                content.RE_PROJECT["start_date"], present=RADICAL_EFFICIENCY_PRESENT
            ),
            "planned_duration_months": 12,
            "stage": Stage.GENERATE_OPTIONS,
            "lead_officer": users["officer"],
            "created_at": set_up_on(
                moved(content.RE_PROJECT["start_date"], present=RADICAL_EFFICIENCY_PRESENT)
            ),
        },
    )
    ProgrammeMembership.objects.get_or_create(
        programme=programme, user=users["officer"], defaults={"role": Role.OFFICER}
    )
    ctx["programmes"]["radical_efficiency"] = programme
    projects[project.title] = project


def load_phase1(ctx):
    """Need analyses, stimuli, workshops, options and assessments, and each project's stage
    history, as demo_content sets them out. Everything is keyed on natural keys, so running
    it again finds what is there and creates nothing."""
    users, projects = ctx["users"], ctx["projects"]
    officer = users["officer"]
    # The consultant screens options with the officer, so belongs to the projects screened.
    for title in content.OPTIONS:
        ProjectMembership.objects.get_or_create(
            project=projects[title], user=users["consultant"], defaults={"role": Role.CONSULTANT}
        )
    stimuli = load_stimuli(officer)
    ctx["stimuli"] = stimuli
    options = ctx.setdefault("options", {})
    for title, project in projects.items():
        if title not in content.NEED:
            continue
        record_stage_history(project, content.MOVES[title], officer)
        load_need(ctx, project, content.NEED[title], officer)
        for stimulus_title, why, kept_at in content.KEPT.get(title, []):
            kept, created = KeptStimulus.objects.get_or_create(
                project=project,
                stimulus=stimuli[stimulus_title],
                defaults={
                    "why": plain(why),
                    "kept_by": officer,
                    "kept_at": happened(title, kept_at),
                },
            )
            if created:
                record_demo_event(
                    actor=officer,
                    verb="programmes.stimulus_kept",
                    target=project,
                    data={
                        "kept": kept.pk,
                        "stimulus": kept.stimulus_id,
                        "title": stimulus_title,
                        "why": kept.why,
                    },
                    at=kept.kept_at,
                )
        workshops = load_workshops(project, content.WORKSHOPS.get(title, []), officer)
        for index, spec in enumerate(content.OPTIONS.get(title, [])):
            option = load_option(project, spec, index, workshops, stimuli, users)
            options[(title, spec.title)] = option


def record_stage_history(project, moves, actor):
    """The moves that brought a project to its stage, unless it already has a history: each a
    stage move and its event, on the seed's (moved) day, by the project's officer."""
    if project.stage_moves.exists():
        return
    entered = content.at(*project.start_date.timetuple()[:3])
    for from_stage, to_stage, when, reason in moves:
        entered = happened(project.title, when)
        StageMove.objects.create(
            project=project,
            from_stage=from_stage,
            to_stage=to_stage,
            actor=actor,
            reason=reason,
            created_at=entered,
        )
        record_demo_event(
            actor=actor,
            verb="programmes.stage_moved",
            target=project,
            data={"from": from_stage, "to": to_stage, "overridden": False, "reason": reason},
            at=entered,
        )
    Project.objects.filter(pk=project.pk).update(stage_entered_at=entered)
    project.stage_entered_at = entered


def record_demo_event(*, actor, verb, target, data, at):
    """An event of the shared log as the service would have written it, on the day it
    happened in the demo's calendar rather than today."""
    event = event_for(actor=actor, verb=verb, target=target, data=data)
    event.created_at = at
    event.save(force_insert=True)
    return event


def organisation(ctx, name):
    """An organisation accounts.demo made, or a demo school the trials name (by its name or
    as a demo_content.School)."""
    if isinstance(name, content.School):
        name = name.name
    orgs = ctx["orgs"]
    if name not in orgs:
        kind, la = content.school_lookup()[name]
        orgs[name], _ = Organisation.objects.get_or_create(
            name=name, kind=kind, defaults={"local_authority": orgs[la]}
        )
    return orgs[name]


def load_need(ctx, project, need, actor):
    """The need analysis: narrative, drivers and problems, objectives, data, innovators."""
    when = happened(project.title, need.analysed)
    if not project.narrative:
        project.narrative = need.narrative
        project.narrative_version = 1
        project.narrative_updated_by = actor
        project.narrative_updated_at = when
        project.save(
            update_fields=[
                "narrative",
                "narrative_version",
                "narrative_updated_by",
                "narrative_updated_at",
            ]
        )
    kinds = [
        (ProblemStatement.Kind.DRIVER, need.drivers),
        (ProblemStatement.Kind.PROBLEM, need.problems),
    ]
    for kind, texts in kinds:
        for n, text in enumerate(texts):
            ProblemStatement.objects.get_or_create(
                project=project,
                kind=kind,
                text=text,
                defaults={"created_by": actor, "created_at": when + timedelta(minutes=n)},
            )
    status = Objective.Status.AGREED if need.objectives_agreed else Objective.Status.DRAFT
    for n, text in enumerate(need.objectives):
        Objective.objects.get_or_create(
            project=project,
            text=text,
            defaults={
                "status": status,
                "created_by": actor,
                "created_at": when + timedelta(days=7, minutes=n),
            },
        )
    # The seeds cite these reports by title and give no links: none is invented.
    DataSource.objects.filter(project=project, url__startswith=content.PLACEHOLDER_URL).update(
        url=""
    )
    for source in need.sources:
        DataSource.objects.get_or_create(
            project=project,
            title=source.title,
            defaults={
                "what_it_shows": source.what_it_shows,
                "created_by": actor,
                "created_at": happened(project.title, source.added),
            },
        )
    for n, innovator in enumerate(need.innovators):
        PotentialInnovator.objects.get_or_create(
            project=project,
            organisation=organisation(ctx, innovator.organisation),
            person_name="",
            defaults={
                "why": plain(innovator.why),
                "created_by": actor,
                "created_at": when + timedelta(days=2, minutes=n),
            },
        )


def load_stimuli(actor):
    """The shared library of stimuli, with their tags."""
    stimuli = {}
    for spec in content.STIMULI:
        stimulus, created = Stimulus.objects.get_or_create(
            title=spec.title,
            defaults={
                "sector": spec.sector,
                "country": spec.country,
                "summary": plain(spec.summary),
                "provocation": spec.provocation,
                "created_by": actor,
                "created_at": happened("", spec.added),
            },
        )
        if created:
            stimulus.tags.set(
                [StimulusTag.objects.get_or_create(name=name)[0] for name in spec.tags]
            )
        stimuli[spec.title] = stimulus
    return stimuli


def load_workshops(project, specs, actor):
    workshops = {}
    for spec in specs:
        # Held with schools, so on a school day: the nearest to the seed's day, moved.
        held_on = working_day(moved(spec.held_on, present=present_of(project.title)), school=True)
        workshop, created = Workshop.objects.get_or_create(
            project=project,
            title=spec.title,
            defaults={
                "kind": spec.kind,
                "held_on": held_on,
                "notes": plain(spec.notes),
                "created_by": actor,
                # Recorded at the end of the day it was held.
                "created_at": not_after_today(content.at(*held_on.timetuple()[:3], hour=17)),
            },
        )
        for name, kind, affiliation in spec.participants:
            WorkshopParticipant.objects.get_or_create(
                workshop=workshop, name=name, defaults={"kind": kind, "affiliation": affiliation}
            )
        if created:
            record_demo_event(
                actor=actor,
                verb="programmes.workshop_recorded",
                target=workshop,
                data={
                    "title": workshop.title,
                    "kind": workshop.kind,
                    "participants": len(spec.participants),
                },
                at=workshop.created_at,
            )
        workshops[spec.title] = workshop
    return workshops


def load_option(project, spec, index, workshops, stimuli, users):
    """One creative option, its reviewers' screening, and the decision on it."""
    workshop = workshops.get(spec.workshop)
    decided = happened(project.title, content.DECIDED[project.title])
    if workshop is not None:
        created_at = content.at(*workshop.held_on.timetuple()[:3], hour=17)
    else:
        created_at = decided - timedelta(days=28)
    description = plain(spec.description)
    if spec.domains:
        description += "\n\nResource domains: " + "; ".join(spec.domains) + "."
    is_decided = spec.status != CreativeOption.Status.PROPOSED
    reason = plain(spec.reason or content.SELECTED_REASON.get(project.title, ""))
    option, created = CreativeOption.objects.get_or_create(
        project=project,
        title=plain(spec.title),
        defaults={
            "description": description,
            "proposed_by": spec.proposed_by,
            "workshop": workshop,
            "burning_platform": spec.burning_platform,
            "status": spec.status,
            "decision_reason": reason if is_decided else "",
            "decided_by": users["officer"] if is_decided else None,
            "decided_at": decided if is_decided else None,
            "created_by": users["officer"],
            "created_at": created_at + timedelta(minutes=index),
        },
    )
    if created:
        option.stimuli.set([stimuli[title] for title in spec.stimuli])
        # As the options services log them: captured by the officer, then decided.
        record_demo_event(
            actor=users["officer"],
            verb="programmes.option_captured",
            target=option,
            data={
                "title": option.title,
                "workshop": workshop.pk if workshop else None,
                "stimuli": [stimuli[title].pk for title in spec.stimuli],
            },
            at=option.created_at,
        )
        if is_decided:
            record_demo_event(
                actor=users["officer"],
                verb="programmes.option_decided",
                target=option,
                data={"decision": option.status, "reason": reason, "field_trial": None},
                at=decided,
            )
    for r, key in enumerate(spec.reviewers):
        Assessment.objects.get_or_create(
            option=option,
            reviewer=users[key],
            defaults=judgements(project, spec, index, r, created_at),
        )
    return option


NATURE = {
    "radical": (Assessment.Change.MAJOR, Assessment.Distance.FAR),
    "major_near": (Assessment.Change.MAJOR, Assessment.Distance.NEAR),
    "minor_far": (Assessment.Change.MINOR, Assessment.Distance.FAR),
    "incremental": (Assessment.Change.MINOR, Assessment.Distance.NEAR),
}
# Selected options without a stated nature take these in turn, so the 2x2 has a spread.
NATURE_CYCLE = ["radical", "radical", "major_near", "radical", "minor_far", "radical"]
HORIZON_CYCLE = ["3", "3", "5", "1", "3", "5", "10"]
CRITERIA = [f for f, _ in CHARACTERISTICS] + [f for f, _ in PROMISE_TESTS]
Y, P, N = Judgement.YES, Judgement.PARTLY, Judgement.NO


def judgements(project, spec, index, reviewer, created_at):
    """One reviewer's invented screening of an option: deterministic, varied by option and
    reviewer so that the 2x2 chart and the reviewers' spread have something to show."""
    values = {}
    for j, field in enumerate(CRITERIA):
        turn = (index * 3 + j * 5 + reviewer * 7) % 9
        if spec.status in ("selected", "shortlisted"):
            value = P if turn in (0, 4) else Y
        elif spec.status == "proposed":
            value = [Y, P, Y, N, P, Y, Y, P, Y][turn]
        elif spec.status == "parked":
            value = Y if turn % 3 == 0 else P
        else:  # declined
            value = N if turn % 3 == 0 else P
        values[field] = value
    nature = spec.nature or NATURE_CYCLE[index % len(NATURE_CYCLE)]
    change, distance = NATURE[nature]
    horizon = spec.horizon or HORIZON_CYCLE[index % len(HORIZON_CYCLE)]
    if reviewer and index % 4 == 2:
        # The second reviewer sees some options nearer to existing practice than the first.
        distance = Assessment.Distance.NEAR
    if reviewer and index % 3 == 1 and horizon in ("1", "3", "5"):
        horizon = {"1": "3", "3": "5", "5": "10"}[horizon]
    when = not_after_today(created_at + timedelta(days=7 + reviewer * 3))
    comment = ""
    if spec.burning_platform:
        # Seed 003's proposals are designed by and for their users (Corby's run by parents).
        values.update(re_different=True, re_lower_cost=True, re_better=True, user_focused=Y)
        comment = content.RE_VERDICT
    return {
        **values,
        "change": change,
        "distance": distance,
        "horizon": horizon,
        "comment": comment,
        "created_at": when,
        "updated_at": when,
    }


def _titles(specs, *, selected):
    return [
        plain(spec.trial.title or spec.title if selected else spec.title)
        for spec in specs
        if (spec.status == "selected") == selected
        and content.DEMO in ((spec.trial.title or spec.title) if selected else spec.title)
    ]


_SCHOOLS = sorted(content.school_lookup())
_INVENTED_STIMULI = [s.title for s in content.STIMULI if content.DEMO in s.summary]

# For the "About this demonstration" page: what this part invents, read from its data.
ABOUT = [
    (
        "Field trials",
        "The seed counts 34 field trials in System Leadership and Resourcing "
        "Personalisation and names two, Stevenage and Bridgemary. These are invented, with "
        "their schools and places:",
        [
            title
            for project in (content.SL, content.PERS)
            for title in _titles(content.OPTIONS[project], selected=True)
        ],
    ),
    (
        "Personalisation trials whose theme the seed names",
        "The seed names these themes among Personalisation's trials; where the trials are "
        "and how they work is invented:",
        list(content.SEED_THEMES),
    ),
    (
        "Schools",
        f"The {len(_SCHOOLS)} schools of those trials (for example “{_SCHOOLS[0]}”) are "
        "invented, names and all: the seed says the trials incorporate over 100 schools "
        "without naming them. So are the names of Stevenage's six 11-19 community schools "
        "and two special schools, which the seed counts but does not name.",
        [],
    ),
    (
        "Creative options not taken forward",
        "Invented, with the reasons given for parking or declining them:",
        [title for specs in content.OPTIONS.values() for title in _titles(specs, selected=False)],
    ),
    (
        "Stimuli",
        "The seed's stimuli are Bromley-by-Bow and Zopa; these are invented, across the "
        "sectors the seed says to scan:",
        _INVENTED_STIMULI,
    ),
    (
        "Phase 1 of each project",
        "Every workshop and its participants, the reviewers' screening of each option, the "
        "reasons for decisions and for keeping stimuli, the objectives the seed does not "
        "word, and the days on which projects moved stage. The reports the need analyses "
        "cite are real, but the seeds give no links, so the data sources have none. The "
        "Radical Efficiency programme's dates are invented (seed 003 gives none). The "
        "seed gives a project roughly 18 months; System Leadership and Resourcing "
        "Personalisation are planned to last until their field trials end in the summer of "
        "2008, the end of the 2006-8 programme's trials, which is the demonstration's "
        "reading.",
        [spec.title for specs in content.WORKSHOPS.values() for spec in specs],
    ),
]
