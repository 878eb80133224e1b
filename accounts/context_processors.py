"""Navigation shown on every page."""

from django.contrib.auth import get_user_model
from django.db.models import Count, Exists, IntegerField, Subquery, Value
from django.db.models.functions import Coalesce
from django.urls import reverse


def navigation(request):
    """The menu: unread notifications and whether they see any field trial in one query;
    the toolkit by their memberships (read once per request: accounts.memberships)."""
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return {}
    from fieldtrials.rules import visible_fieldtrials
    from programmes.rules import has_any_membership

    from .rules import own_notifications

    unread = (
        own_notifications(user)
        .filter(read_at__isnull=True)
        .order_by()
        .values("recipient")
        .annotate(n=Count("pk"))
        .values("n")
    )
    found = (
        get_user_model()
        .objects.filter(pk=user.pk)
        .annotate(
            unread=Coalesce(Subquery(unread, output_field=IntegerField()), Value(0)),
            sees_trials=Exists(visible_fieldtrials(user)),
        )
        .values("unread", "sees_trials")
        .first()
    ) or {"unread": 0, "sees_trials": False}
    unread_count = found["unread"]
    notifications = f"Notifications ({unread_count} unread)" if unread_count else "Notifications"
    items = [("Home", reverse("home"))]
    if found["sees_trials"]:
        items.append(("Field trials", reverse("fieldtrials:fieldtrial_list")))
    if has_any_membership(user):  # the toolkit's rule (toolkit.view_tool)
        items.append(("Toolkit", reverse("toolkit:tool_list")))
    items += [
        (notifications, reverse("accounts:notifications")),
        ("Your details", reverse("accounts:profile")),
    ]
    if user.is_staff:
        items.append(("Administration", reverse("admin:index")))
    path = request.path
    return {
        "nav_items": [
            {
                "text": t,
                "href": h,
                "current": path == h or (h != "/" and path.startswith(h)),
            }
            for t, h in items
        ],
        "unread_notifications": unread_count,
    }
