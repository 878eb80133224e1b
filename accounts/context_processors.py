"""Navigation shown on every page."""

from django.urls import reverse


def navigation(request):
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return {}
    from .rules import own_notifications

    unread = own_notifications(user).filter(read_at__isnull=True).count()
    notifications = f"Notifications ({unread} unread)" if unread else "Notifications"
    items = [
        ("Home", reverse("home")),
        (notifications, reverse("accounts:notifications")),
        ("Your details", reverse("accounts:profile")),
    ]
    if user.is_staff:
        items.append(("Administration", reverse("admin:index")))
    return {
        "nav_items": [{"text": t, "href": h, "current": request.path == h} for t, h in items],
        "unread_notifications": unread,
    }
