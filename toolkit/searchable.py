"""What search finds in the toolkit: its tools (the Landing Pad, the Pedagogic Audit...), by
their names, subtitles, purposes and who they are for. The toolkit is shared: whoever
belongs to some work reads every tool (toolkit.rules.visible_tools)."""

from django.urls import reverse

from search.access import MEMBER
from search.registry import Document, Searchable, register, sentences

from .models import Tool
from .rules import visible_tools


def _tool(t):
    return Document(
        title=t.title,
        body=sentences(t.subtitle, t.purpose, ("Who it is for", t.audience)),
        url=reverse("toolkit:tool_detail", args=[t.slug]),
    )


register(
    Searchable(
        kind="tools",
        label="Toolkit tools",
        noun="tool",
        model=Tool,
        order=55,
        dated=False,
        document=_tool,
        visible=visible_tools,
        keys=lambda t: [MEMBER],
        fields=("title", "subtitle", "purpose", "audience", "slug"),
    )
)
