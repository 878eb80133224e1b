"""Demonstration discussions, with mentions: on the Stevenage and Bridgemary trials, in the
System Leadership trials' community of practice (14-19 governance) and on the System
Leadership project. Loading twice changes nothing.

Each post is written by the discussions services, then dated (with its event and mention
notifications) when the demo's calendar puts it: the opening post on its seed day, within
its trial's incubation, and each reply a day after the post before it; none after now.
The days are invented, placed by the seeds' story (the community's meetings, NCSL's
evidence to the Independent Review).
"""

import datetime

from accounts.demo_history import happened_at
from fieldtrials.models import MonthlyUpdate
from nextpractice.demo_calendar import moved_datetime, not_after_today
from programmes.demo_content import SL
from search.indexing import index_many

from .models import Post, Thread, field_of
from .services import reply, start_thread

# When each thread was opened (a seed-calendar moment, moved when loaded): invented.
OPENED = {
    # Before NCSL's evidence to the Review (January 2007).
    "project": datetime.datetime(2006, 11, 20, 9, 30),
    # Before the community's first meeting (25 January), where Stevenage shared its draft
    # terms; its reply comes the next afternoon, in working hours.
    "community": datetime.datetime(2007, 1, 15, 14, 10),
    # After the February meeting, where Sandwell shared its staffing model for two shifts.
    "bridgemary": datetime.datetime(2007, 2, 19, 11, 5),
    # Stevenage's sixth month of incubation.
    "stevenage": datetime.datetime(2007, 3, 5, 8, 45),
}
REPLY_AFTER = datetime.timedelta(days=1, hours=3)

TITLE = "Sharing the 14-19 timetable with the college"
COMMUNITY = "14-19 governance"  # System Leadership's trials (fieldtrials/demo_phase2.py)


def _at(seed_moment):
    return not_after_today(moved_datetime(seed_moment))


def _thread(subject, title, opening, replies, *, opened, moved=True, monthly_update=None):
    """Start `title` on `subject` with `opening` (author, body) and add `replies`, unless a
    thread of that title is there already; dated from `opened` (a seed moment, or when
    `moved` is False a moment of the demo's own calendar) on; about `monthly_update`."""
    found = Thread.objects.filter(**{field_of(subject): subject}, title=title).first()
    if found is not None:
        return found
    author, body = opening

    def at(moment):
        return _at(moment) if moved else not_after_today(moment)

    when = at(opened)
    tables = ((Thread, "created_at"), (Thread, "last_posted_at"), (Post, "created_at"))
    with happened_at(when, *tables):
        thread = start_thread(
            subject=subject, title=title, body=body, actor=author, monthly_update=monthly_update
        )
    for n, (author, body) in enumerate(replies, start=1):
        when = at(opened + REPLY_AFTER * n)
        with happened_at(when, (Post, "created_at")):
            reply(thread=thread, body=body, actor=author)
        Thread.objects.filter(pk=thread.pk).update(last_posted_at=when)
    thread.refresh_from_db()
    # The dates were written by update(), which search does not hear of.
    index_many(Post, thread.posts.values_list("pk", flat=True))
    return thread


def load(ctx):
    trials, users = ctx["trials"], ctx["users"]
    leader, consultant = users["leader"], users["consultant"]
    officer, partner = users["officer"], users["partner"]
    threads = ctx.setdefault("threads", {})
    threads["stevenage"] = _thread(
        trials["stevenage"],
        TITLE,
        (
            leader,
            "The college has agreed to share **Wednesday afternoons** with two of our schools."
            f"\n\n@[{consultant.full_name}], could you help us with the transport question "
            "before the next steering group?\n\n"
            "- which routes the buses already run\n- what the local authority will fund",
        ),
        [
            (
                consultant,
                "Yes: I have asked the authority's transport team for their routes and will "
                f"bring them on Tuesday. @[{leader.full_name}], is the steering group still at "
                "4pm?",
            )
        ],
        opened=OPENED["stevenage"],
    )
    # A question about Stevenage's update that says its transport is being costed, the day
    # after it was submitted (the update as the demo's calendar has it; none: no thread).
    costed = (
        MonthlyUpdate.objects.filter(
            field_trial=trials["stevenage"],
            status=MonthlyUpdate.Status.SUBMITTED,
            what_happened__icontains="transport between sites is being costed",
        )
        .order_by("-month")
        .first()
    )
    if costed is not None and costed.submitted_at is not None:
        threads["stevenage_update"] = _thread(
            trials["stevenage"],
            "Costing transport for the blocked afternoons",
            (
                consultant,
                "Your update says transport between sites is being costed. "
                f"@[{leader.full_name}], the authority's transport team can share last "
                "year's route costs for the college buses: shall I ask them?",
            ),
            [
                (
                    leader,
                    "Yes please. The college's bursar is pricing a minibus too, so we can "
                    "compare the two at the next governance group.",
                )
            ],
            opened=costed.submitted_at + datetime.timedelta(days=1),
            moved=False,
            monthly_update=costed,
        )
    threads["bridgemary"] = _thread(
        trials["bridgemary"],
        "Staffing the flexible day's late sessions",
        (
            consultant,
            "Staff have asked how the late sessions count towards directed time. "
            f"@[{officer.full_name}], has another trial settled this with its unions?",
        ),
        [
            (
                officer,
                "Two Sandwell schools agreed a two-shift model with their unions last term; "
                "I will share their staffing note here once they say it may be shared.",
            )
        ],
        opened=OPENED["bridgemary"],
    )
    community = ctx.get("communities", {}).get(COMMUNITY)
    if community is not None:
        threads["community"] = _thread(
            community,
            "Terms of reference for a cross-sector governance group",
            (
                leader,
                "Our draft terms of reference are ready for the next meeting. "
                f"@[{officer.full_name}] and @[{consultant.full_name}]: which of the other "
                "trials has a governing body that already shares a committee with a college?",
            ),
            [
                (
                    officer,
                    "The collegiate's sixth-form leadership reports to four governing bodies: "
                    "worth reading their terms before the meeting.",
                )
            ],
            opened=OPENED["community"],
        )
    project = ctx["projects"][SL]
    threads["project"] = _thread(
        project,
        "What the Independent Review of School Leadership asks of us",
        (
            officer,
            "The review's team would like one page on what the trials have learnt so far; "
            "I will draft it in this thread.\n\n"
            f"@[{partner.full_name}], for your information: the page will go to the review "
            "with the project's other evidence. Nothing is needed from you.",
        ),
        [],
        opened=OPENED["project"],
    )
