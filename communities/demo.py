"""Demonstration: the System Leadership community of practice ("14-19 governance") as a
space: a shared page written by three of its members, opened to people beyond the
programme, with one outside member (a school leader of another local authority) and one
request waiting. Loading twice changes nothing."""

import datetime

from django.utils import timezone

from accounts.demo import create_demo_user
from accounts.models import Organisation, User

from .models import CommunitySpace, JoinRequest
from .services import ask_to_join, change_community, decide_join_request, edit_shared_page

COMMUNITY = "14-19 governance"

# (who writes, what the page then says, their note). Invented.
PAGE = [
    (
        "officer",
        "- Governance across a 14-19 partnership works when one group owns the timetable, "
        "not only the strategy.\n",
        "Started the page after the January meeting",
    ),
    (
        "leader",
        "- Governance across a 14-19 partnership works when one group owns the timetable, "
        "not only the strategy.\n"
        "- Stevenage: the college, the PRU and six schools agreed terms of reference in "
        "**four meetings**; the sticking point was who employs staff who teach on two "
        "sites.\n",
        "Added what Stevenage found on terms of reference",
    ),
    (
        "consultant",
        "- Governance across a 14-19 partnership works when one group owns the timetable, "
        "not only the strategy.\n"
        "- Stevenage: the college, the PRU and six schools agreed terms of reference in "
        "**four meetings**; the sticking point was who employs staff who teach on two "
        "sites.\n"
        "- A single governing body for a federation needs a sub-committee per site for the "
        "first year, then fewer: the federation trial's first two terms.\n\n"
        "**Questions we share**\n\n"
        "1. What does the Power to Innovate allow on shared employment?\n"
        "2. How do we evaluate collective responsibility across an authority?\n",
        "Added the federation's first terms and our shared questions",
    ),
]

OUTSIDE = {
    "email": "outside@example.org",
    "full_name": "Rachel Osei",
    "job_title": "Headteacher",
    "organisation": "Kirklees 14-19 Partnership",
    "authority": "Kirklees",
    "message": "I lead a secondary school in Kirklees; our schools are forming a 14-19 "
    "partnership and would like to learn from your governance work.",
}
ASKING = {
    "email": "researcher@example.org",
    "full_name": "Tom Reid",
    "job_title": "Research fellow",
    "organisation": "Centre for Educational Leadership (CEL)",
    "message": "I research collaborative governance in schools and would like to follow "
    "what your trials learn.",
}

ABOUT = [
    (
        "A community of interest",
        "The 14-19 governance community's shared page, its history and its outside members "
        "are invented:",
        [
            "the shared page, written by the programme officer, the Stevenage school leader "
            "and the consultant",
            f"{OUTSIDE['full_name']}, a headteacher in Kirklees, its approved outside member",
            f"{ASKING['full_name']}, a researcher, whose request to join is waiting",
        ],
    )
]


def _person(details, organisation):
    user = User.objects.filter(email=details["email"]).first()
    if user is None:
        user = create_demo_user(
            email=details["email"],
            full_name=details["full_name"],
            job_title=details["job_title"],
            organisation=organisation,
        )
    return user


def load(ctx):
    community = ctx["communities"][COMMUNITY]
    users = ctx["users"]
    officer = users["officer"]
    space = CommunitySpace.objects.filter(community=community).first()
    if space is None or not space.revisions.exists():
        for key, text, note in PAGE:
            current = CommunitySpace.objects.filter(community=community).first()
            edit_shared_page(
                community=community,
                text=text,
                note=note,
                based_on=current.version if current else 1,
                actor=users[key],
            )
        # The page grew over the spring: date its versions a few weeks apart.
        space = CommunitySpace.objects.get(community=community)
        now = timezone.now()
        for n, revision in enumerate(space.revisions.order_by("version")):
            revision.edited_at = now - datetime.timedelta(days=7 * (len(PAGE) - n))
            revision.save(update_fields=["edited_at"])
    if not space.open_to_others:
        change_community(
            community=community,
            name=community.name,
            purpose=community.purpose,
            open_to_others=True,
            actor=officer,
        )
    kirklees = Organisation.objects.get(name=OUTSIDE["authority"])
    school, _ = Organisation.objects.get_or_create(
        name=OUTSIDE["organisation"],
        defaults={"kind": Organisation.Kind.SCHOOL, "local_authority": kirklees},
    )
    outside = _person(OUTSIDE, school)
    if not JoinRequest.objects.filter(community=community, user=outside).exists():
        asked = ask_to_join(community=community, actor=outside, message=OUTSIDE["message"])
        decide_join_request(join_request=asked, approve=True, actor=officer)
    researcher = _person(ASKING, Organisation.objects.get(name=ASKING["organisation"]))
    if not JoinRequest.objects.filter(community=community, user=researcher).exists():
        ask_to_join(community=community, actor=researcher, message=ASKING["message"])
    ctx["outside_member"] = outside
    return ctx
