"""Demonstration field trials: Stevenage and Bridgemary, as seed 000 describes them, and the
other trials selected from System Leadership's and Resourcing Personalisation's options.

Seed 000 counts "some 34 Next Practice field trials (incorporating over 100 schools)" in the
first two projects but names only Stevenage and Bridgemary (and the themes of five others).
The other trials' titles, schools and places are invented for the demo: their titles are
marked "(demo)" in programmes.demo_content (the mark stays off the records) and their schools
are its invented schools. Selecting an option creates its trial, so every trial here is
linked to its option; each trial moved from selected to incubating on its start date, by the
project's officer, and says so in its status history and the event log.
"""

from datetime import date

from accounts import demo as accounts_demo
from accounts.models import Organisation, Role
from nextpractice.demo_calendar import moved, not_after_today, on_working_day
from nextpractice.demo_notes import plain
from programmes import demo as programmes_demo
from programmes import demo_content as content

from .models import FieldTrial, FieldTrialMembership, TrialStatusChange

# Where the seed leaves its trial without naming the project, for the About page.
BY_INFERENCE = [
    (
        "Stevenage: A Learning Town",
        "placed in System Leadership by inference: the seed does not name its project",
    ),
]


# The two trials' plans, in seed 000's words ("A practical programme to foster 'next
# practice'"), its sentences about the trials only.
STEVENAGE_PLAN = (
    "Create a small Governance Group designed to bridge the gap between sectors.\n\n"
    "The Group will be directly accountable for the configuration of provision, which will "
    "include town-wide curriculum planning and joint blocked timetables."
)
BRIDGEMARY_PLAN = (
    "Build on the established ability-driven curriculum to personalise when the learning "
    "takes place.\n\n"
    "Start offering a combination of teaching times and slots for students who will be able "
    "to create a flexible day. Provision will be made for students who choose to be in or "
    "out of school. Some students might attend a local college or training course.\n\n"
    "In order that the offering can be made to all students, the college is committed to a "
    "complete reconstruction of the timetable, and redefinition of the professional roles of "
    "staff."
)


def load(ctx):
    orgs, users, projects = ctx["orgs"], ctx["users"], ctx["projects"]
    stevenage, created = FieldTrial.objects.get_or_create(
        project=projects["System Leadership"],
        title="Stevenage: A Learning Town",
        defaults={
            "summary": "All the 11-19 community schools, the two special schools, the PRU and "
            "the FE college, in a 14-19 partnership led by a 14-19 Director, create a small "
            "Governance Group to bridge the gap between sectors, accountable for town-wide "
            "curriculum planning and joint blocked timetables.",
            "plan": STEVENAGE_PLAN,
            "lead_organisation": orgs["Stevenage 14-19 Partnership"],
            "local_authority": orgs["Hertfordshire"],
            "status": FieldTrial.Status.INCUBATING,
            "start_date": moved(date(2006, 9, 1)),
            "end_date": moved(date(2008, 7, 31)),
            "created_at": programmes_demo.happened(content.SL, content.DECIDED[content.SL]),
        },
    )
    if created:
        stevenage.participating_organisations.set(
            [orgs[n] for n in accounts_demo.STEVENAGE_PARTNERS]
        )
    bridgemary, created = FieldTrial.objects.get_or_create(
        project=projects["Resourcing Personalisation"],
        title="Bridgemary College: a flexible day",
        defaults={
            "summary": "Building on an ability-related rather than age-determined curriculum "
            "to personalise when learning takes place: a combination of teaching times and "
            "slots so that students can create a flexible day.",
            "plan": BRIDGEMARY_PLAN,
            "lead_organisation": orgs["Bridgemary College"],
            "local_authority": orgs["Hampshire"],
            "status": FieldTrial.Status.INCUBATING,
            "start_date": moved(date(2006, 11, 1)),
            "end_date": moved(date(2008, 7, 31)),
            "created_at": programmes_demo.happened(content.PERS, content.DECIDED[content.PERS]),
        },
    )
    if created:
        bridgemary.participating_organisations.set([orgs["Bridgemary College"]])
    FieldTrialMembership.objects.get_or_create(
        field_trial=stevenage, user=users["leader"], defaults={"role": Role.PRACTITIONER}
    )
    for trial in (stevenage, bridgemary):
        FieldTrialMembership.objects.get_or_create(
            field_trial=trial, user=users["consultant"], defaults={"role": Role.CONSULTANT}
        )
    ctx["trials"] = {"stevenage": stevenage, "bridgemary": bridgemary}
    load_selected_trials(ctx)
    record_incubation(ctx)
    return ctx


def record_incubation(ctx):
    """Each demo trial moved from selected to incubating on its start date (or the first
    working day after, when it starts at a weekend or on a bank holiday), by the officer: a
    status change and its event, as the status service writes them, so the trial reads
    "Incubating since" its start and its history names who moved it."""
    officer = ctx["users"]["officer"]
    projects = [ctx["projects"][content.SL], ctx["projects"][content.PERS]]
    trials = FieldTrial.objects.filter(project__in=projects, status=FieldTrial.Status.INCUBATING)
    for trial in trials.exclude(status_changes__isnull=False):
        start = trial.start_date
        when = not_after_today(on_working_day(content.at(start.year, start.month, start.day, 9)))
        TrialStatusChange.objects.create(
            field_trial=trial,
            from_status=FieldTrial.Status.SELECTED,
            to_status=FieldTrial.Status.INCUBATING,
            actor=officer,
            created_at=when,
        )
        FieldTrial.objects.filter(pk=trial.pk).update(status_changed_at=when)
        programmes_demo.record_demo_event(
            actor=officer,
            verb="fieldtrials.status_moved",
            target=trial,
            data={"from": "selected", "to": "incubating", "reason": ""},
            at=when,
        )


def load_selected_trials(ctx):
    """A field trial, incubating, for each selected option of the two incubating projects."""
    orgs, projects, options = ctx["orgs"], ctx["projects"], ctx["options"]
    schools = content.trial_schools()
    for project_title, (start, end) in content.TRIAL_DATES.items():
        start, end = moved(start), moved(end)
        project = projects[project_title]
        for spec in content.OPTIONS[project_title]:
            if spec.status != "selected":
                continue
            option = options[(project_title, spec.title)]
            if spec.trial.existing:
                trial = FieldTrial.objects.get(project=project, title=spec.trial.title)
                if trial.option_id != option.pk:
                    trial.option = option
                    trial.save(update_fields=["option"])
                continue
            members = [
                Organisation.objects.get_or_create(
                    name=plain(name), kind=kind, defaults={"local_authority": orgs[la]}
                )[0]
                for name, kind, la in schools[(project_title, spec.title)]
            ]
            trial, created = FieldTrial.objects.get_or_create(
                project=project,
                title=plain(spec.trial.title or spec.title),
                defaults={
                    "summary": option.description,
                    "option": option,
                    "lead_organisation": members[0],
                    "local_authority": orgs[spec.trial.la],
                    "status": FieldTrial.Status.INCUBATING,
                    "start_date": start,
                    "end_date": end,
                    "created_at": option.decided_at,
                },
            )
            if created:
                trial.participating_organisations.set(members)
    _decisions_name_their_trials(projects.values())


def _decisions_name_their_trials(projects):
    """The options were decided before their trials were made: the decisions' events now
    say which trial each selection became, as the options service writes them."""
    from django.contrib.contenttypes.models import ContentType

    from accounts.models import Event
    from programmes.models import CreativeOption

    trial_of = dict(
        FieldTrial.objects.filter(project__in=projects, option__isnull=False).values_list(
            "option_id", "pk"
        )
    )
    decided = Event.objects.filter(
        verb="programmes.option_decided",
        target_type=ContentType.objects.get_for_model(CreativeOption),
        target_id__in=trial_of,
    )
    for event in decided:
        if not event.data.get("field_trial"):
            event.data["field_trial"] = trial_of[event.target_id]
            event.save(update_fields=["data"])


ABOUT = [
    (
        "Projects",
        "",
        [f"{title}: {why}." for title, why in BY_INFERENCE],
    ),
]
