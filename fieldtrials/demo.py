"""Demonstration field trials: Stevenage and Bridgemary, as seed 000 describes them."""

from datetime import date

from accounts.models import Role

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
    return ctx
