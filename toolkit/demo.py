"""The toolkit of Annex 1 (seed 000) with the tools the other seeds name, and one exercise.

Titles, subtitles and statuses are Annex 1's; where Annex 1 gives no status it is "not
stated". The purposes paraphrase the seeds.
"""

from .models import Exercise, Participation, Tool, ToolVersion

S = Tool.Status

TOOLS = [
    (
        "delta-6",
        "Delta 6",
        "Prioritising 21st century challenges",
        S.NOT_STATED,
        "A tool for prioritising the challenges education faces. Good for building team "
        "consensus, creating constructive dialogue and looking beyond the day to day challenges.",
    ),
    (
        "to-be",
        "To Be: Next Practice Process",
        "Designing the right change",
        S.IN_PRODUCTION,
        "For schools and groups of schools to develop a clearer view of what they are looking "
        "to achieve and the operational processes that will need to change to achieve their aims.",
    ),
    (
        "landing-pad",
        "The Landing Pad",
        "Enabling constructive dialogue",
        S.IN_PRODUCTION,
        "A facilitated toolkit enabling constructive dialogue around five complex issues: "
        "context, action, purpose, leadership and governance. Explores system leadership from "
        "different perspectives.",
    ),
    (
        "looking-to-learn",
        "Looking to Learn",
        "",
        S.IN_PRODUCTION,
        "A tool for group learning from observation and reflection of others' practice.",
    ),
    (
        "baseline",
        "Gathering baseline data",
        "",
        S.NOT_STATED,
        "A guide to the five strands of the field trial baseline strategy for the System "
        "Leadership project. Offers suggestions for developing indicators for measuring impact.",
    ),
    (
        "change-leadership",
        "Change Leadership Model",
        "",
        S.IN_DEVELOPMENT,
        "An approach to changing the culture and leadership behaviour of organisations, based "
        "on work undertaken with major private sector companies.",
    ),
]


def load(ctx):
    tools = ctx.setdefault("tools", {})
    for slug, title, subtitle, status, purpose in TOOLS:
        tools[slug], _ = Tool.objects.get_or_create(
            slug=slug,
            defaults={"title": title, "subtitle": subtitle, "status": status, "purpose": purpose},
        )
    for tool in tools.values():
        if tool.latest_id is None:
            tool.latest = ToolVersion.objects.create(
                tool=tool,
                number=1,
                definition={"slug": tool.slug, "title": tool.title, "sections": []},
                checksum="",
            )
            tool.save(update_fields=["latest"])
    users, trials = ctx["users"], ctx["trials"]
    exercise, _ = Exercise.objects.get_or_create(
        tool=tools["delta-6"],
        tool_version=tools["delta-6"].latest,
        title="Stevenage governance group: prioritising our challenges",
        defaults={"field_trial": trials["stevenage"], "facilitator": users["consultant"]},
    )
    Participation.objects.get_or_create(exercise=exercise, user=users["leader"])
    return ctx
