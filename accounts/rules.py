"""Who may see and do what with accounts and notifications. Access is decided here only."""

import rules

from nextpractice.rules_util import sees_everything, signed_in

from .access import fetch_for
from .models import Notification


def visible_notifications(user):
    """A person sees their own notifications and nobody else's (administrators: all)."""
    if sees_everything(user):
        return Notification.objects.all()
    if not signed_in(user):
        return Notification.objects.none()
    return Notification.objects.filter(recipient=user)


def own_notifications(user):
    """What a person's notifications page lists: theirs only, even for an administrator."""
    return visible_notifications(user).filter(recipient=user)


@rules.predicate
def is_recipient(user, notification):
    return signed_in(user) and notification.recipient_id == user.pk


rules.add_perm("accounts.view_notification", is_recipient)
rules.add_perm("accounts.change_notification", is_recipient)


def get_notification_for(user, pk, perm="accounts.view_notification"):
    return fetch_for(
        user, visible_notifications(user), pk, perm, view_perm="accounts.view_notification"
    )
