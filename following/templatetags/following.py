from django import template

from ..rules import kind_of
from ..selectors import follow_state

register = template.Library()


@register.inclusion_tag("following/_follow_button.html", takes_context=True)
def follow_button(context, subject):
    """A "Follow" or "Stop following" button for a project, field trial or community of
    practice, shown only to who may see it (one query: its rule and their follow)."""
    request = context.get("request")
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return {"shown": False}
    followed = follow_state(user, subject)
    return {
        "shown": followed is not None,
        "followed": followed,
        "subject": subject,
        "kind": kind_of(subject),
        "next": request.get_full_path(),
        "once_field": context.get("once_field", ""),
    }
