"""Demonstration discussions: a thread on the Stevenage trial in which its school leader
mentions the consultant, who replies. Loading twice changes nothing."""

from .models import Thread
from .services import reply, start_thread

TITLE = "Sharing the 14-19 timetable with the college"


def load(ctx):
    stevenage = ctx["trials"]["stevenage"]
    users = ctx["users"]
    if Thread.objects.filter(field_trial=stevenage, title=TITLE).exists():
        return
    leader, consultant = users["leader"], users["consultant"]
    thread = start_thread(
        field_trial=stevenage,
        title=TITLE,
        body=(
            "The college has agreed to share **Wednesday afternoons** with two of our schools.\n\n"
            f"@[{consultant.full_name}], could you help us with the transport question before "
            "the next steering group?\n\n"
            "- which routes the buses already run\n- what the local authority will fund"
        ),
        actor=leader,
    )
    reply(
        thread=thread,
        body=(
            "Yes: I have asked the authority's transport team for their routes and will bring "
            f"them on Tuesday. @[{leader.full_name}], is the steering group still at 4pm?"
        ),
        actor=consultant,
    )
    ctx.setdefault("threads", {})["stevenage"] = thread
