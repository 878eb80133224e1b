"""The tool library: every tool in the toolkit, and what each one asks, read-only."""

from django.contrib import messages
from django.contrib.humanize.templatetags.humanize import apnumber
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect, render
from django.views.decorators.http import require_POST

from accounts.access import requires
from nextpractice.paging import paged

from ..loading import add_shipped_tools, shipped_tool_count
from ..questions import scale_points
from ..rules import get_tool_for, visible_tools

PAGE_SIZE = 25

# What answering each kind of question means, in a participant's words.
KIND_LABELS = {
    "rating": "Choose one point on the scale",
    "single_choice": "Choose one answer",
    "multiple_choice": "Choose all that apply",
    "short_text": "A short answer in your own words",
    "long_text": "An answer in your own words",
    "ranking": "Put these in order, most important first",
    "matrix": "Rate each statement on the scale",
}
SCORING_LABELS = {
    "fit": "The results score how well each of these fits the group's answers, and show the "
    "best fits with their strategies, necessary conditions and risks.",
    "profile": "The results give each person and the group a profile across the areas below, "
    "and name the statements most often rated {low} or lower as training needs.",
    "indicators": "The results propose, for each strand, the indicators chosen by at least "
    "{share} of those who answered, for the group to adopt.",
}


@requires("toolkit.view_tool")
def tool_list(request):
    if not request.user.has_perm("toolkit.view_tool"):
        raise PermissionDenied(
            "The toolkit is for people working on a programme, project or field trial."
        )
    tools = visible_tools(request.user).order_by("title", "pk")
    context = {"page": paged(request, tools, per_page=PAGE_SIZE)}
    if not context["page"].object_list:
        # An empty toolkit (a new install): an administrator may fill it from here.
        context["can_add_shipped"] = request.user.has_perm("toolkit.add_shipped_tools")
        context["shipped_count"] = shipped_tool_count()
    return render(request, "toolkit/tools/tool_list.html", context)


@requires("toolkit.add_shipped_tools")
@require_POST
def tools_add_shipped(request):
    """An administrator fills the empty toolkit with the tools that come with Next Practice."""
    if not request.user.has_perm("toolkit.add_shipped_tools"):
        raise PermissionDenied("Only an administrator adds the tools that come with Next Practice.")
    added = add_shipped_tools(actor=request.user)
    if added:
        messages.success(
            request,
            f"The {apnumber(len(added))} tools that come with Next Practice are in the toolkit: "
            "anyone who works on a programme can now start an exercise with them.",
        )
    else:
        messages.info(request, "The toolkit has its tools already: nothing was added.")
    return redirect("toolkit:tool_list")


@requires("toolkit.view_tool")
def tool_detail(request, slug):
    tool = get_tool_for(request.user, slug)
    versions = tool.versions.select_related("created_by").defer("definition")
    definition = tool.latest.definition if tool.latest else {}
    context = {
        "tool": tool,
        "version": tool.latest,
        "versions": versions,
        "about": definition.get("about", ""),
        "cross_references": definition.get("cross_references", ""),
        "sections": describe(definition),
        "scoring": describe_scoring(definition),
        # The start page offers only tools with a version to start.
        "can_start_exercise": tool.latest is not None
        and request.user.has_perm("toolkit.start_exercise"),
    }
    return render(request, "toolkit/tools/tool_detail.html", context)


def describe(definition):
    """The sections and questions of a definition, ready to show read-only."""
    number = 0
    sections = []
    for section in definition.get("sections", []):
        questions = []
        for spec in section["questions"]:
            number += 1
            kind = spec["kind"]
            scaled = kind in ("rating", "matrix")
            label = KIND_LABELS[kind]
            if spec.get("max_choices"):
                label = f"Choose up to {spec['max_choices']}"
            questions.append(
                {
                    "number": number,
                    "spec": spec,
                    "kind_label": label,
                    "optional": spec.get("required") is False,
                    "choices": spec.get("options") or spec.get("items") or [],
                    "points": scale_points(definition, spec) if scaled else [],
                    # A matrix's statements' cross-references, if any has one: a column
                    # of "None" says nothing.
                    "refs": any(st.get("ref") for st in spec.get("statements", [])),
                }
            )
        sections.append({"section": section, "questions": questions})
    return sections


def describe_scoring(definition):
    """What the results of a scored tool say, in a sentence, with the outcomes it weighs."""
    rule = definition.get("scoring")
    if not rule:
        return None
    share = rule.get("propose_share", 0.5)
    text = SCORING_LABELS[rule["kind"]].format(
        low=rule.get("low_at_or_below"),
        share="half" if share == 0.5 else f"{round(share * 100)}%",
    )
    return {
        "kind": rule["kind"],
        "text": text,
        "outcomes": rule.get("outcomes", []),
        "notes": rule.get("notes", []),
    }
