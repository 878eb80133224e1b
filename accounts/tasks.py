"""Background jobs for accounts: e-mail."""

import logging
import secrets

from celery import shared_task
from django.conf import settings
from django.urls import reverse
from django.utils import timezone

from nextpractice.jobs import send_job
from nextpractice.mail import (
    email,
    on_site,
    refused_for_good,
    send_once,
    send_once_for,
    subject_line,
)

logger = logging.getLogger(__name__)


@shared_task(bind=True, acks_late=True, autoretry_for=(OSError,), retry_backoff=30, max_retries=3)
def send_email(self, *, subject, body, to, html_body=None, key=None):
    """Send one e-mail (a password reset's link, or why a switched-off account gets none),
    once for `key`, made when it was queued (queue_email): a job delivered twice (its worker
    died before saying it was done), or retried after the mail server took it, sends one.
    A job queued without one is claimed by its own id, which its deliveries share. Returns
    how many messages went out."""

    def compose():
        message = email(subject=subject, body=body, to=to)
        if html_body:
            message.attach_alternative(html_body, "text/html")
        return message

    key = key or self.request.id
    if key is None:  # called in-process, not as a job: nothing delivers it twice
        return compose().send()
    return send_once_for(scope="accounts.email", key=key, compose=compose)


def queue_email(*, subject, body, to):
    """Queue send_email for one e-mail with a key of its own, so that it goes once; raises
    JobRefused if the broker is down."""
    return send_job(send_email, subject=subject, body=body, to=to, key=secrets.token_urlsafe(16))


@shared_task(acks_late=True, autoretry_for=(OSError,), retry_backoff=30, max_retries=3)
def send_notification_email(notification_id, subject="", details=""):
    """E-mail a notification to its recipient, once: a no-op if it has gone, was e-mailed
    already (a job delivered twice), or its kind has since been turned off. `subject` and
    `details` are those notify() was given; without a subject the message is the subject."""
    from .models import Notification

    return send_once(
        Notification,
        notification_id,
        "emailed_at",
        lambda: _notification_email(notification_id, subject, details),
    )


def link_lead(kind, url):
    """What a notification's e-mail says before its link (EMAIL_LINK_LEADS): the line for
    `kind` and the page `url` leads to, else the kind's own line."""
    from urllib.parse import urlsplit

    from django.urls import Resolver404, resolve

    from .models import EMAIL_LINK_LEADS

    try:
        page = resolve(urlsplit(url).path).view_name
    except Resolver404:
        page = None
    return EMAIL_LINK_LEADS.get((kind, page)) or EMAIL_LINK_LEADS.get(kind, "To open it:")


def _notification_email(notification_id, subject="", details=""):
    from .models import Notification
    from .services import notification_email_footer
    from .unsubscribe import unsubscribe_url

    notification = Notification.objects.select_related("recipient").get(pk=notification_id)
    if not notification.recipient.wants_email(notification.kind):
        return None  # they turned this kind off, or were switched off, after it was sent
    link = on_site(notification.url)
    # Greeted as the other e-mails greet them (the digest, a password reset); the link is
    # said what it is for ("To read the report:"). No link (someone removed from a team has
    # nowhere to go): no empty lines for one.
    greeting = f"Hello {notification.recipient.get_short_name()},"
    paragraphs = [greeting, notification.message]
    if details:
        paragraphs.append(details)
    if link:
        paragraphs.append(f"{link_lead(notification.kind, notification.url)}\n{link}")
    body = "\n\n".join([*paragraphs, notification_email_footer()])
    return email(
        subject=subject_line(subject or notification.message),
        body=body,
        to=[notification.recipient.email],
        unsubscribe_url=unsubscribe_url(notification.recipient, [notification.kind]),
    )


@shared_task(acks_late=True, autoretry_for=(OSError,), retry_backoff=30, max_retries=3)
def send_password_changed_email(user_id, changed_at, reset=False):
    """Tell someone their password was changed (`changed_at`, an ISO time), by the link
    e-mailed to them if `reset`, once: a job delivered twice sends one e-mail."""
    return send_once_for(
        scope="password_changed.email",
        key=f"{user_id} {changed_at}",
        compose=lambda: _password_changed_email(user_id, changed_at, reset),
    )


def _password_changed_email(user_id, changed_at, reset):
    from datetime import datetime

    from django.template.loader import render_to_string

    from nextpractice.words import clock_time, long_date

    from .models import User

    user = User.objects.filter(pk=user_id).first()
    if user is None:
        return None  # the account has gone since
    moment = timezone.localtime(datetime.fromisoformat(changed_at))
    context = {
        "user": user,
        "day": long_date(moment),
        "time": clock_time(moment),
        "reset": reset,
        "reset_link": settings.SITE_URL + reverse("accounts:password_reset"),
    }
    return email(
        subject=subject_line("Your password was changed"),
        body=render_to_string("accounts/email/password_changed.txt", context),
        to=[user.email],
    )


@shared_task(bind=True, acks_late=True, autoretry_for=(OSError,), retry_backoff=30, max_retries=3)
def send_invitation_email(self, invitation_id, token):
    """E-mail an invitation's link, once: a no-op if it was e-mailed already (a job
    delivered twice), is no longer pending, was sent again since with a new link, or could
    not be e-mailed. That is recorded on it (when, and why) when the mail server refuses it
    for good, which is not retried, or when the last retry fails, so that its row on the
    People page says so rather than "Not e-mailed yet" for ever."""
    from .models import Invitation
    from .people.services import hash_token

    last_try = self.request.retries >= self.max_retries

    def failed(exc):
        why = refused_for_good(exc)
        if why is None and not last_try:
            return {}  # a retry may send it
        return {
            "email_failed_at": timezone.now(),
            "email_failure": why or Invitation.EmailFailure.UNREACHABLE,
        }

    try:
        return send_once(
            Invitation,
            invitation_id,
            "emailed_at",
            lambda: _invitation_email(invitation_id, token),
            failed=failed,
            token_hash=hash_token(token),
            state=Invitation.State.PENDING,
            email_failed_at=None,
        )
    except (OSError, ValueError) as exc:
        if refused_for_good(exc):
            # Recorded on it: trying again would be refused again.
            logger.warning("Invitation %s not e-mailed: refused for good (%s)", invitation_id, exc)
            return 0
        raise


def _invitation_email(invitation_id, token):
    from django.template.loader import render_to_string

    from .events import role_with_article
    from .models import Invitation
    from .people import words

    invitation = Invitation.objects.select_related(
        "programme",
        "project__programme",
        "field_trial__project__programme",
        "invited_by__organisation",
    ).get(pk=invitation_id)
    target = invitation.target
    context = {
        "invitation": invitation,
        "what": words.described(target),
        "a_role": role_with_article(invitation.role),
        "can": words.can(target, invitation.role),
        "link": settings.SITE_URL + reverse("people:invitation_accept", args=[token]),
        "replaced": _replaced(invitation),
    }
    return email(
        subject=words.invitation_subject(invitation),
        body=render_to_string("accounts/email/invitation.txt", context),
        to=[invitation.email],
    )


def _replaced(invitation):
    """The link the e-mail replaces ("Send again"), with what became of its e-mail (sent,
    could not be sent, or not known to have gone), or None for the first."""
    return invitation.replaced_links.order_by("-replaced_at", "-pk").first()


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
