"""Changes to accounts, the event log and notifications."""

from django.db import IntegrityError, transaction
from django.urls import reverse
from django.utils import timezone

from nextpractice.jobs import send_job

from .models import Event, Notification, NotificationKind, User


def record_event(*, actor, verb, target, data=None):
    """Write one entry in the shared event log; call inside the change's transaction."""
    return Event.objects.create(actor=actor, verb=verb, target=target, data=data or {})


def update_profile(*, user, full_name, job_title, organisation):
    """A person changes their own name, job title or organisation."""
    fields = ["full_name", "job_title", "organisation_id"]
    with transaction.atomic():
        before = User.objects.select_for_update().values(*fields).get(pk=user.pk)
        user.full_name = full_name
        user.job_title = job_title
        user.organisation = organisation
        user.full_clean(exclude=["password"])
        user.save(update_fields=["full_name", "job_title", "organisation"])
        changed = sorted(f.removesuffix("_id") for f in fields if before[f] != getattr(user, f))
        record_event(
            actor=user, verb="accounts.profile_updated", target=user, data={"changed": changed}
        )
    return user


def notify(*, recipient, kind, message, url="", email=True, key=""):
    """Tell someone something in the app and, after commit, by e-mail if they want it.

    With a `key` (what the notification is about), a person is told once per kind and key:
    a second call returns None and sends nothing, even when two run at the same time (a
    unique constraint decides, not a read before the write).
    """
    from .tasks import send_notification_email

    try:
        with transaction.atomic():
            notification = Notification.objects.create(
                recipient=recipient, kind=kind, message=message, url=url, key=key
            )
    except IntegrityError:
        if not key:
            raise
        return None
    if email and recipient.wants_email(kind):
        # A notification is not worth failing the user's action for: if the broker is down
        # the in-app notification still stands.
        def _send():
            try:
                send_job(send_notification_email, notification.pk)
            except Exception:  # JobRefused and anything the broker raises
                pass

        transaction.on_commit(_send)
    return notification


def choose_notification_emails(*, user, kinds):
    """A person chooses which kinds of notification also reach them by e-mail."""
    wanted = set(kinds)
    unknown = wanted - set(NotificationKind.values)
    if unknown:
        raise ValueError(f"Not kinds of notification: {sorted(unknown)}")
    with transaction.atomic():
        locked = User.objects.select_for_update().get(pk=user.pk)
        before = set(locked.email_muted_kinds)
        locked.email_muted_kinds = [k for k in NotificationKind.values if k not in wanted]
        locked.save(update_fields=["email_muted_kinds"])
        record_event(
            actor=user,
            verb="accounts.notification_emails_chosen",
            target=locked,
            data={"muted": locked.email_muted_kinds, "was_muted": sorted(before)},
        )
    user.email_muted_kinds = locked.email_muted_kinds
    return user


def mark_notification_read(*, notification, actor):
    """The recipient has seen a notification."""
    if notification.read_at is None:
        notification.read_at = timezone.now()
        notification.save(update_fields=["read_at"])
    return notification


def notifications_url():
    return reverse("accounts:notifications")
