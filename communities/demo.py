"""Demonstration: the System Leadership community of practice ("14-19 governance") as a
space: a shared page written by three of its members, opened to people beyond the
programme, with one outside member (a school leader of another local authority) and one
request waiting. Loading twice changes nothing.

Each step is taken by the communities services and dated (its rows, event and
notifications) when the demo's calendar puts it, none after now: the page begun after the
community's first meeting and grown until after its second, the community opened to others
after that, the outside member's request a week later, the researcher's since.

A note that names a meeting names it by the month the demo's calendar holds it in.
"""

import datetime

from django.utils import timezone
from django.utils.formats import date_format

from accounts.demo import create_demo_user
from accounts.demo_history import happened_at
from accounts.models import Notification, NotificationKind, Organisation, User
from nextpractice.demo_calendar import moved_datetime, not_after_today, on_working_day
from search.indexing import index_many

from .models import CommunitySpace, JoinRequest, PageRevision
from .services import ask_to_join, change_community, decide_join_request, edit_shared_page

COMMUNITY = "14-19 governance"

# (who writes, what the page then says, their note, when: a seed-calendar moment). Invented;
# the meetings are fieldtrials/demo_phase2.py's (25 January and 26 April 2007 in the seeds'
# calendar). "{meeting}" in a note becomes the month of the community's latest meeting
# before the save, as the demo dates it ("the July meeting").
PAGE = [
    (
        "officer",
        "- Governance across a 14-19 partnership works when one group owns the timetable, "
        "not only the strategy.\n",
        "Started the page after the {meeting} meeting",
        datetime.datetime(2007, 1, 29, 14, 20),
    ),
    (
        "leader",
        "- Governance across a 14-19 partnership works when one group owns the timetable, "
        "not only the strategy.\n"
        "- Stevenage: the college, the PRU and six schools agreed terms of reference in "
        "**four meetings**; the sticking point was who employs staff who teach on two "
        "sites.\n",
        "Added what Stevenage found on terms of reference",
        datetime.datetime(2007, 2, 26, 10, 40),
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
        datetime.datetime(2007, 4, 30, 15, 5),
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
    "asked": datetime.datetime(2007, 5, 8, 12, 30),
    "approved": datetime.datetime(2007, 5, 10, 9, 15),
}
ASKING = {
    "email": "researcher@example.org",
    "full_name": "Tom Reid",
    "job_title": "Research fellow",
    "organisation": "Centre for Educational Leadership (CEL)",
    "message": "I research collaborative governance in schools and would like to follow "
    "what your trials learn.",
    "asked": datetime.datetime(2007, 5, 24, 13, 0),
}
# The community opened to people beyond the programme, after its second meeting.
OPENED_TO_OTHERS = datetime.datetime(2007, 5, 1, 9, 0)

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


def _at(seed_moment):
    """A seed moment moved to the demo's calendar, on a working day (the first on or after
    its moved day: a Sunday's request is made on the Monday), no later than now."""
    return not_after_today(on_working_day(moved_datetime(seed_moment)))


def _note(note, community, when):
    """A version's note, naming the meeting it follows by the month the demo holds it in:
    the community's latest meeting on or before `when` (none: the note names none)."""
    if "{meeting}" not in note:
        return note
    held = (
        community.meetings.filter(withdrawn_at__isnull=True, held_on__lte=timezone.localdate(when))
        .order_by("-held_on")
        .values_list("held_on", flat=True)
        .first()
    )
    if held is None:
        return note.replace(" after the {meeting} meeting", "")
    return note.format(meeting=date_format(held, "F"))


def load(ctx):
    community = ctx["communities"][COMMUNITY]
    users = ctx["users"]
    officer = users["officer"]
    space = CommunitySpace.objects.filter(community=community).first()
    if space is None or not space.revisions.exists():
        for key, text, note, seed_moment in PAGE:
            current = CommunitySpace.objects.filter(community=community).first()
            when = _at(seed_moment)
            with happened_at(when, (PageRevision, "edited_at")):
                edit_shared_page(
                    community=community,
                    text=text,
                    note=_note(note, community, when),
                    based_on=current.version if current else 0,
                    actor=users[key],
                )
            CommunitySpace.objects.filter(community=community).update(changed_at=when)
        space = CommunitySpace.objects.get(community=community)
    if not space.open_to_others:
        with happened_at(_at(OPENED_TO_OTHERS)):
            change_community(
                community=community,
                name=community.name,
                purpose=community.purpose,
                open_to_others=True,
                actor=officer,
            )
    # The page's dates were written by update(), which search does not hear of.
    index_many(CommunitySpace, [space.pk])
    kirklees = Organisation.objects.get(name=OUTSIDE["authority"])
    school, _ = Organisation.objects.get_or_create(
        name=OUTSIDE["organisation"],
        defaults={"kind": Organisation.Kind.SCHOOL, "local_authority": kirklees},
    )
    outside = _person(OUTSIDE, school)
    if not JoinRequest.objects.filter(community=community, user=outside).exists():
        asked_at = _at(OUTSIDE["asked"])
        with happened_at(asked_at, (JoinRequest, "created_at")):
            asked = ask_to_join(community=community, actor=outside, message=OUTSIDE["message"])
        approved = _at(OUTSIDE["approved"])
        if approved <= asked_at:  # a weekend moved the asking on: decided the next working day
            approved = not_after_today(on_working_day(asked_at + datetime.timedelta(days=1)))
        with happened_at(approved):
            decide_join_request(join_request=asked, approve=True, actor=officer)
        JoinRequest.objects.filter(pk=asked.pk).update(decided_at=approved)
    researcher = _person(ASKING, Organisation.objects.get(name=ASKING["organisation"]))
    if not JoinRequest.objects.filter(community=community, user=researcher).exists():
        asked = _at(ASKING["asked"])
        with happened_at(asked, (JoinRequest, "created_at")):
            ask_to_join(community=community, actor=researcher, message=ASKING["message"])
        # The request is still waiting: those who decide have yet to read of it.
        Notification.objects.filter(
            kind=NotificationKind.JOIN_REQUESTED, created_at=asked, read_at=asked
        ).update(read_at=None)
    ctx["outside_member"] = outside
    return ctx
