"""Demonstration discussions, with mentions: on the Stevenage and Bridgemary trials, in the
System Leadership trials' community of practice (14-19 governance) and on the System
Leadership project. Loading twice changes nothing."""

from programmes.demo_content import SL

from .models import Thread, field_of
from .services import reply, start_thread

TITLE = "Sharing the 14-19 timetable with the college"
COMMUNITY = "14-19 governance"  # System Leadership's trials (fieldtrials/demo_phase2.py)


def _thread(subject, title, opening, replies):
    """Start `title` on `subject` with `opening` (author, body) and add `replies`, unless a
    thread of that title is there already."""
    found = Thread.objects.filter(**{field_of(subject): subject}, title=title).first()
    if found is not None:
        return found
    author, body = opening
    thread = start_thread(subject=subject, title=title, body=body, actor=author)
    for author, body in replies:
        reply(thread=thread, body=body, actor=author)
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
        )
    project = ctx["projects"][SL]
    threads["project"] = _thread(
        project,
        "What the Independent Review of School Leadership asks of us",
        (
            officer,
            "The review's team would like one page on what the trials have learnt so far. "
            f"@[{partner.full_name}], would the National College add its own view?",
        ),
        [],
    )
