"""Background jobs for accounts: e-mail."""

from celery import shared_task
from django.conf import settings
from django.core.mail import EmailMultiAlternatives


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
    """E-mail a notification to its recipient (a no-op if it has gone)."""
    from .models import Notification

    notification = (
        Notification.objects.select_related("recipient").filter(pk=notification_id).first()
    )
    if notification is None:
        return 0
    body = f"{notification.message}\n\n{notification.url}\n\n-- Next Practice"
    return EmailMultiAlternatives(
        subject=f"Next Practice: {notification.message[:80]}",
        body=body,
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=[notification.recipient.email],
    ).send()
