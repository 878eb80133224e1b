"""Navigation shown on every page."""

from django.urls import reverse

NOTIFICATIONS_LINK_ID = "np-nav-notifications"


def navigation(request):
    """The menu: one query for the unread notifications; which areas they work in is asked
    of their memberships (read once per request: accounts.memberships), by the areas' rules,
    and, for someone on no field trial, whether they joined a community from outside."""
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return {}
    from fieldtrials.rules import may_list_communities, may_list_trials
    from programmes.rules import has_any_membership
    from reports.rules import may_list_reports

    from .rules import own_notifications

    unread_count = own_notifications(user).filter(read_at__isnull=True).count()
    notifications = f"Notifications ({unread_count} unread)" if unread_count else "Notifications"
    items = [("Home", reverse("home"))]
    if may_list_trials(user):  # fieldtrials.list_fieldtrials
        items.append(("Field trials", reverse("fieldtrials:fieldtrial_list")))
    if has_any_membership(user):  # the toolkit's rule (toolkit.view_tool)
        items.append(("Toolkit", reverse("toolkit:tool_list")))
    # Communities of practice for those on trials, and those joined from outside for whoever
    # joined some (one query, asked only of those on no trial); for everyone else, those open
    # to others.
    lists_communities = may_list_communities(user)  # fieldtrials.list_communities
    communities = "fieldtrials:community_list" if lists_communities else "communities:open_list"
    items.append(("Communities", reverse(communities)))
    if may_list_reports(user):  # reports.list_reports
        items.append(("Reports", reverse("reports:report_list")))
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
                # The notifications link is updated in place when one is marked read.
                "id": NOTIFICATIONS_LINK_ID if t == notifications else "",
            }
            for t, h in items
        ],
        "unread_notifications": unread_count,
    }
