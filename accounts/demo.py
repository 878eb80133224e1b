"""Demonstration organisations and people, from the seeds.

The organisations are those the seed documents name. The people are invented (the seeds'
named individuals are not used, and no personal contact details are taken from them):
one per role, so that a newcomer can sign in and see each view.
"""

import functools
from datetime import datetime

from django.conf import settings
from django.contrib.auth.hashers import make_password

from nextpractice.demo_calendar import moved_datetime

from .models import Organisation, User

K = Organisation.Kind

# (name, kind, local authority name or None). Every name here appears in the seeds.
ORGANISATIONS = [
    ("The Innovation Unit", K.NATIONAL_AGENCY, None),
    ("National College for School Leadership (NCSL)", K.NATIONAL_AGENCY, None),
    ("Specialist Schools and Academies Trust (SSAT)", K.NATIONAL_AGENCY, None),
    ("Training and Development Agency for Schools (TDA)", K.NATIONAL_AGENCY, None),
    ("Qualifications and Curriculum Authority (QCA)", K.NATIONAL_AGENCY, None),
    ("Becta", K.NATIONAL_AGENCY, None),
    ("Partnerships for Schools", K.NATIONAL_AGENCY, None),
    ("National Strategies", K.NATIONAL_AGENCY, None),
    ("Department for Education and Skills (DfES)", K.NATIONAL_AGENCY, None),
    ("Improvement and Development Agency (IDeA)", K.NATIONAL_AGENCY, None),
    ("Microsoft", K.BUSINESS, None),
    ("Centre for Educational Leadership (CEL)", K.RESEARCH_BODY, None),
    ("Staff College", K.RESEARCH_BODY, None),
    # Local authorities: Knowsley, the LEArning Project's (seed 002), and the trials' areas.
    *[
        (name, K.LOCAL_AUTHORITY, None)
        for name in [
            "Knowsley",
            "Hertfordshire",
            "Hampshire",
            "Bradford",
            "Northamptonshire",
            "Blackburn with Darwen",
            "Bexley",
            "Bolton",
            "Cambridgeshire",
            "Cheshire",
            "Cornwall",
            "Cumbria",
            "Dorset",
            "Essex",
            "Gateshead",
            "Kirklees",
            "Lancashire",
            "Hammersmith and Fulham",
            "Kingston",
            "Sandwell",
            "Wandsworth",
            "West Sussex",
        ]
    ],
    ("Bridgemary College", K.SCHOOL, "Hampshire"),
    ("Stevenage 14-19 Partnership", K.OTHER, "Hertfordshire"),
    ("Stevenage FE College", K.COLLEGE, "Hertfordshire"),
    ("Stevenage Pupil Referral Unit", K.PRU, "Hertfordshire"),
    ("Bradford secondary heads' trust", K.TRUST, "Bradford"),
    ("Corby children's centres", K.CHILDRENS_CENTRE, "Northamptonshire"),
]

# The seed says "all the 11-19 Community Schools ... the two Special Schools"; it does not
# name them, so the demo invents their names (none of them a Stevenage school's).
STEVENAGE_SCHOOLS = [
    "Elmwood Community School",
    "Hazelgrove Community School",
    "Kingsmoor School",
    "Brackenfield Community School",
    "Willowmead School",
    "Heronsgate Community School",
]
STEVENAGE_SPECIAL = ["Meadow Lodge School", "Thornfield School"]
# Every Stevenage member of the partnership's trial, the partnership itself first.
STEVENAGE_PARTNERS = [
    "Stevenage 14-19 Partnership",
    "Stevenage FE College",
    "Stevenage Pupil Referral Unit",
    *STEVENAGE_SCHOOLS,
    *STEVENAGE_SPECIAL,
]

# The demo's administrator: `check --deploy` warns while it signs in with the demo password.
ADMIN_EMAIL = "admin@example.org"

# (key, e-mail, full name, job title, organisation, is_superuser). Invented people.
PEOPLE = [
    (
        "admin",
        ADMIN_EMAIL,
        "Hugh Barnard",
        "Systems administrator",
        "The Innovation Unit",
        True,
    ),
    (
        "officer",
        "officer@example.org",
        "Olivia Okafor",
        "Programme officer",
        "The Innovation Unit",
        False,
    ),
    (
        "consultant",
        "consultant@example.org",
        "Chris Carter",
        "Change management consultant",
        "The Innovation Unit",
        False,
    ),
    (
        "leader",
        "leader@example.org",
        "Sam Lewis",
        "14-19 Director",
        "Stevenage 14-19 Partnership",
        False,
    ),
    (
        "partner",
        "partner@example.org",
        "Priya Patel",
        "Programme lead, system leadership",
        "National College for School Leadership (NCSL)",
        False,
    ),
]

ROLE_OF = {
    "admin": "Administrator",
    "officer": "Programme officer",
    "consultant": "Consultant",
    "leader": "School leader",
    "partner": "Partner",
}


# When the demo's people joined, in the seeds' calendar (moved as the demo's dates are): the
# programme's first day, or for Stevenage's leader the day they accepted their invitation
# (accounts.people.demo), just before the trial began. In the demo's past, as its work is:
# joined the day it was loaded, each counted as new for a month (a newcomer's home page opens
# "What a field trial's team does").
JOINED = datetime(2006, 1, 9, 9)
LEADER_JOINED = datetime(2006, 8, 29, 10)


@functools.cache
def _demo_password_hash(password):
    return make_password(password)


def create_demo_user(*, email, joined=JOINED, **fields):
    """A demo person who signs in with the demo's password, and who joined at `joined` (a
    seed moment, moved to the demo's calendar). The password is hashed once per run, not once
    per person: hashing is slow on purpose, and the demo makes dozens of people."""
    fields["date_joined"] = moved_datetime(joined)
    user = User.objects.create_user(email=email, password=None, **fields)
    user.password = _demo_password_hash(settings.DEMO_PASSWORD)
    user.save(update_fields=["password"])
    return user


def load(ctx):
    """Create (or leave as they are) the seeds' organisations and the demo people."""
    orgs = ctx.setdefault("orgs", {})
    for name, kind, la_name in ORGANISATIONS:
        org, _ = Organisation.objects.get_or_create(
            name=name,
            kind=kind,
            defaults={"local_authority": orgs.get(la_name) if la_name else None},
        )
        orgs[name] = org
    hertfordshire = orgs["Hertfordshire"]
    for name in STEVENAGE_SCHOOLS:
        orgs[name], _ = Organisation.objects.get_or_create(
            name=name, kind=K.SCHOOL, defaults={"local_authority": hertfordshire}
        )
    for name in STEVENAGE_SPECIAL:
        orgs[name], _ = Organisation.objects.get_or_create(
            name=name, kind=K.SPECIAL_SCHOOL, defaults={"local_authority": hertfordshire}
        )

    users = ctx.setdefault("users", {})
    for key, email, full_name, job_title, org_name, is_superuser in PEOPLE:
        user = User.objects.filter(email=email).first()
        if user is None:
            user = create_demo_user(
                email=email,
                full_name=full_name,
                job_title=job_title,
                organisation=orgs[org_name],
                is_staff=is_superuser,
                is_superuser=is_superuser,
                joined=LEADER_JOINED if key == "leader" else JOINED,
            )
        users[key] = user
    return ctx


def logins():
    """(role, e-mail) pairs for printing the demo logins."""
    return [(ROLE_OF[key], email) for key, email, *_ in PEOPLE]
