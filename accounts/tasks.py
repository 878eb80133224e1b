"""Background jobs for accounts: e-mail."""

from celery import shared_task
from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.urls import reverse
from django.utils import timezone
from django.utils.text import Truncator


@shared_task(acks_late=True, autoretry_for=(OSError,), retry_backoff=30, max_retries=3)
def send_email(*, subject, body, to, html_body=None):
    """Send one e-mail; returns how many messages went out."""
    message = EmailMultiAlternatives(
        subject=subject, body=body, from_email=settings.DEFAULT_FROM_EMAIL, to=list(to)
    )
    if html_body:
        message.attach_alternative(html_body, "text/html")
    return message.send()


@shared_task(acks_late=True, autoretry_for=(OSError,), retry_backoff=30, max_retries=3)
def send_notification_email(notification_id):
    """E-mail a notification to its recipient, once: a no-op if it has gone, was e-mailed
    already (a job delivered twice), or its kind has since been turned off."""
    from .models import Notification

    claimed = Notification.objects.filter(pk=notification_id, emailed_at__isnull=True).update(
        emailed_at=timezone.now()
    )
    if not claimed:
        return 0
    notification = Notification.objects.select_related("recipient").get(pk=notification_id)
    if not notification.recipient.wants_email(notification.kind):
        return 0  # they turned this kind off after it was sent
    link = notification.url
    if link.startswith("/"):
        link = settings.SITE_URL + link
    body = (
        f"{notification.message}\n\n{link}\n\n-- Next Practice\n"
        f"Choose which notifications you get by e-mail: "
        f"{settings.SITE_URL}{reverse('accounts:notification_emails')}"
    )
    try:
        return EmailMultiAlternatives(
            subject=f"Next Practice: {Truncator(notification.message).chars(80)}",
            body=body,
            from_email=settings.DEFAULT_FROM_EMAIL,
            to=[notification.recipient.email],
        ).send()
    except OSError:
        # Not sent: give the claim back so that the retry sends it.
        Notification.objects.filter(pk=notification_id).update(emailed_at=None)
        raise


@shared_task(acks_late=True, autoretry_for=(OSError,), retry_backoff=30, max_retries=3)
def send_invitation_email(invitation_id, token):
    """E-mail an invitation's link, once: a no-op if it was e-mailed already (a job
    delivered twice), is no longer pending, or was sent again since with a new link."""
    from django.template.loader import render_to_string

    from .models import Invitation
    from .people.kinds import target_name
    from .people.services import hash_token

    claimed = Invitation.objects.filter(
        pk=invitation_id,
        token_hash=hash_token(token),
        state=Invitation.State.PENDING,
        emailed_at__isnull=True,
    ).update(emailed_at=timezone.now())
    if not claimed:
        return 0
    invitation = Invitation.objects.select_related(
        "programme", "project", "field_trial", "invited_by"
    ).get(pk=invitation_id)
    context = {
        "invitation": invitation,
        "name": target_name(invitation.target),
        "link": settings.SITE_URL + reverse("people:invitation_accept", args=[token]),
    }
    try:
        return EmailMultiAlternatives(
            subject=f"Next Practice: you are invited to {context['name']}",
            body=render_to_string("accounts/email/invitation.txt", context),
            from_email=settings.DEFAULT_FROM_EMAIL,
            to=[invitation.email],
        ).send()
    except OSError:
        # Not sent: give the claim back so that the retry sends it.
        Invitation.objects.filter(pk=invitation_id).update(emailed_at=None)
        raise


# Housekeeping, daily on beat's schedule (reports/migrations/0006_housekeeping.py): each
# deletes only what is past its use (nextpractice/housekeeping.py) and returns how many.


@shared_task
def clear_expired_sessions():
    from nextpractice import housekeeping

    return housekeeping.clear_expired_sessions()


@shared_task
def forget_old_login_records():
    from nextpractice import housekeeping

    return housekeeping.forget_old_login_records()


@shared_task
def forget_old_form_submissions():
    from nextpractice import housekeeping

    return housekeeping.forget_old_form_submissions()


@shared_task
def forget_expired_throttle_buckets():
    from nextpractice import housekeeping

    return housekeeping.forget_expired_throttle_buckets()
