"""Demonstration programmes and projects from seed 000 (Next Practice 2006-8) and seed 001.

The seed gives the order of the four projects ("spaced roughly three months apart") and
that System Leadership selected its trials in summer 2006; the exact start dates are the
demo's invention.
"""

from datetime import date

from accounts.models import Role

from .models import Programme, ProgrammeMembership, Project, ProjectMembership, Stage

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


def load(ctx):
    orgs, users = ctx["orgs"], ctx["users"]
    np, _ = Programme.objects.get_or_create(
        name="Next Practice 2006-8",
        defaults={
            "kind": Programme.Kind.PROGRAMME,
            "summary": "The Innovation Unit's programme applying the Next Practice "
            "innovation model across four key policy areas.",
            "lead_organisation": orgs["The Innovation Unit"],
            "start_date": date(2006, 1, 9),
            "end_date": date(2008, 12, 19),
        },
    )
    knowsley, _ = Programme.objects.get_or_create(
        name="Knowsley Innovation Zone",
        defaults={
            "kind": Programme.Kind.ZONE,
            "summary": "An Innovation Zone set up in September 2007 by Partnerships for "
            "Schools with national partners, through Knowsley's BSF programme.",
            "lead_organisation": orgs["Partnerships for Schools"],
            "start_date": date(2007, 9, 1),
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
                "start_date": start,
                "stage": stage,
                "lead_officer": users["officer"],
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
    return ctx
