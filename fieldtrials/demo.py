"""Demonstration field trials: Stevenage and Bridgemary, as seed 000 describes them, and the
other trials selected from System Leadership's and Resourcing Personalisation's options.

Seed 000 counts "some 34 Next Practice field trials (incorporating over 100 schools)" in the
first two projects but names only Stevenage and Bridgemary (and the themes of five others).
The other trials' titles, schools and places are invented for the demo: their titles end
"(demo)" and their schools are the numbered "(demo)" schools of programmes.demo_content.
Selecting an option creates its trial, so every trial here is linked to its option.
"""

from datetime import date

from accounts.models import Organisation, Role
from programmes import demo_content as content

from .models import FieldTrial, FieldTrialMembership


def load(ctx):
    orgs, users, projects = ctx["orgs"], ctx["users"], ctx["projects"]
    stevenage, created = FieldTrial.objects.get_or_create(
        project=projects["System Leadership"],
        title="Stevenage: A Learning Town",
        defaults={
            "summary": "All the 11-19 community schools, the two special schools, the PRU and "
            "the FE college, in a 14-19 partnership led by a 14-19 Director, create a small "
            "Governance Group to bridge the gap between sectors, accountable for town-wide "
            "curriculum planning and joint blocked timetables. (System Leadership's trial by "
            "inference: the seed does not name its project.)",
            "lead_organisation": orgs["Stevenage 14-19 Partnership"],
            "local_authority": orgs["Hertfordshire"],
            "status": FieldTrial.Status.INCUBATING,
            "start_date": date(2006, 9, 1),
            "end_date": date(2008, 7, 31),
        },
    )
    if created:
        stevenage.participating_organisations.set(
            [orgs[n] for n in orgs if n.startswith("Stevenage")]
        )
    bridgemary, created = FieldTrial.objects.get_or_create(
        project=projects["Resourcing Personalisation"],
        title="Bridgemary College: a flexible day",
        defaults={
            "summary": "Building on an ability-related rather than age-determined curriculum "
            "to personalise when learning takes place: a combination of teaching times and "
            "slots so that students can create a flexible day.",
            "lead_organisation": orgs["Bridgemary College"],
            "local_authority": orgs["Hampshire"],
            "status": FieldTrial.Status.INCUBATING,
            "start_date": date(2006, 11, 1),
            "end_date": date(2008, 7, 31),
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
    return ctx


def load_selected_trials(ctx):
    """A field trial, incubating, for each selected option of the two incubating projects."""
    orgs, projects, options = ctx["orgs"], ctx["projects"], ctx["options"]
    schools = content.trial_schools()
    for project_title, (start, end) in content.TRIAL_DATES.items():
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
                    name=name, kind=kind, defaults={"local_authority": orgs[la]}
                )[0]
                for name, kind, la in schools[(project_title, spec.title)]
            ]
            trial, created = FieldTrial.objects.get_or_create(
                project=project,
                title=spec.trial.title or spec.title,
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
