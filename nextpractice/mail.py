"""E-mail sent once by a job that may be delivered twice: claim the row, then send.

A Celery job with `acks_late` runs again if its worker dies before acknowledging it, so an
e-mail job first claims its row by filling in when it was e-mailed, in one conditional
UPDATE: of two deliveries only one claims it, and the other sends nothing. If the e-mail
cannot be sent (the mail server is down), the claim is given back so that the retry sends it.
"""

import sys
from datetime import timedelta
from email.utils import parseaddr
from smtplib import SMTPRecipientsRefused, SMTPResponseException

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.core.mail.backends import console
from django.db import transaction
from django.urls import reverse
from django.utils import timezone

from nextpractice.words import shortened

# How long a subject's own words may be: what matters is said first (a mail app on a phone
# shows some 40 characters), and a long name is what is cut, at a word. At 80, an invitation's
# role ("as a school leader or practitioner") left most trials' names some 20 characters.
SUBJECT_WIDTH = 105
SITE_NAME = "Next Practice"


class ConsoleEmailBackend(console.EmailBackend):
    """Trying the app out (debug on): each e-mail printed whole on the process's own
    standard output, so that whoever runs it can follow an invitation's or a password
    reset's link, the only way to get it there (only the link's hash is kept).

    Django's console backend prints to `sys.stdout`, which a Celery worker hands to its
    logger (nextpractice/celery.py), whose lines are written without the secret in a link
    (nextpractice/logs.py): the link came out as "/invitations/accept/…/". Log lines keep
    that protection; this writes beside them instead. Production sends by SMTP, and
    `check --deploy` warns of a console backend (nextpractice.W011)."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("stream", sys.__stdout__ or sys.stdout)
        super().__init__(*args, **kwargs)


def email(*, subject, body, to, settings_url=None, unsubscribe_url=None):
    """A plain-text e-mail from the site's address to `to` (a list of addresses).

    For automated mail a person chose to get, one of:
    - `unsubscribe_url`, for the e-mails they may switch off one kind at a time (notifications,
      reminders, a toolkit invitation): a link that switches that kind off with one click
      (accounts/unsubscribe.py), as its List-Unsubscribe header with List-Unsubscribe-Post
      (RFC 8058), so that their mail app's "Unsubscribe" button stops it at once, as large
      providers expect of such mail;
    - `settings_url`, for others (the digest): the page where they choose it, as its
      List-Unsubscribe header, so that their mail app offers "Unsubscribe" beside it.
    Either way Auto-Submitted: auto-generated, so that an out-of-office reply is not sent
    back to it. Neither for mail sent because someone asked for it (a password reset, an
    invitation)."""
    headers = {}
    if unsubscribe_url:
        headers = {
            "List-Unsubscribe": f"<{unsubscribe_url}>",
            "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
            "Auto-Submitted": "auto-generated",
        }
    elif settings_url:
        headers = {"List-Unsubscribe": f"<{settings_url}>", "Auto-Submitted": "auto-generated"}
    return EmailMultiAlternatives(
        subject=subject,
        body=body,
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=list(to),
        headers=headers,
    )


def on_site(link):
    """A link of the app's own ("/field-trials/12/") whole, at the address people reach the
    app at (NEXTPRACTICE_SITE_URL), as e-mails and downloads give it; a whole one, or none,
    as it is."""
    return settings.SITE_URL + link if link.startswith("/") else link


def site_address():
    """The e-mail address the site writes from (DJANGO_DEFAULT_FROM_EMAIL), for a page to
    give as the site's contact; "" while nobody can write back to it (the development
    default at @localhost, or a no-reply address)."""
    address = parseaddr(settings.DEFAULT_FROM_EMAIL)[1]
    local, _, domain = address.lower().partition("@")
    unanswered = local.replace("-", "").replace("_", "") in {"noreply", "donotreply"}
    if not domain or domain == "localhost" or unanswered:
        return ""
    return address


def notification_settings_url():
    """The page where a person chooses which notifications they get by e-mail, whole."""
    return settings.SITE_URL + reverse("accounts:notification_emails")


def subject_line(text, width=SUBJECT_WIDTH):
    """An e-mail's subject: `text` on one line, with no closing full stop, cut at a word
    within `width` characters; after "Next Practice: " only where the From name does not
    already say Next Practice (DJANGO_DEFAULT_FROM_EMAIL), so that the words that matter
    come first."""
    text = shortened(" ".join(str(text).split()).removesuffix("."), width)
    from_name = parseaddr(settings.DEFAULT_FROM_EMAIL)[0]
    if SITE_NAME.lower() in from_name.lower():
        return text
    return f"{SITE_NAME}: {text}"


def refused_for_good(exc):
    """What `exc`, raised sending an e-mail, refused for good, so that no retry can send it:
    "address" (the mail server refused its address with a permanent 5xx answer, or the
    address cannot be written in an e-mail at all), "email" (another permanent 5xx answer),
    or None (the server down or busy, or a 4xx "try later": a retry may send it)."""
    if isinstance(exc, SMTPRecipientsRefused):
        codes = [code for code, _ in exc.recipients.values()]
        return "address" if codes and all(code >= 500 for code in codes) else None
    if isinstance(exc, SMTPResponseException):
        return "email" if exc.smtp_code >= 500 else None
    if isinstance(exc, ValueError):  # Django's sanitize_address: "Invalid address"
        return "address"
    return None


# How long a claim made by send_once_for is kept: past any retry of its job.
CLAIM_KEPT = timedelta(days=2)


def send_once_for(*, scope, key, compose):
    """Send the e-mail `compose()` makes once for `key` (naming what happened, such as one
    password change) where no row of ours stands for it: claimed as a form's one-off token
    is (nextpractice/throttle.py, a use allowed once), so that a job delivered twice sends
    one e-mail. Nothing is sent if it was claimed already, or if `compose()` returns None.
    An error sending it gives the claim back and is raised, for the task's retry."""
    from nextpractice import throttle

    if not throttle.allow(scope=scope, key=key, limit=1, per=CLAIM_KEPT):
        return 0
    message = compose()
    if message is None:
        return 0
    try:
        return message.send()
    except (OSError, ValueError):
        throttle.forget(scope=scope, key=key)
        raise


def send_once(model, pk, field, compose, *, failed=None, **conditions):
    """Send the e-mail `compose()` makes for the `model` row `pk`, once: claim the row by
    setting `field` (when it was e-mailed) where it is still empty and the row still meets
    `conditions`. Nothing is sent if another delivery claimed it first, or if `compose()`
    returns None (nothing to send any more: the claim is kept). Returns how many e-mails
    went out. An error sending it gives the claim back, with the fields `failed(exc)`
    returns (when and why it failed, for a row that records it), and is raised: an OSError
    for the task's retry."""
    claimed = model.objects.filter(pk=pk, **{f"{field}__isnull": True}, **conditions).update(
        **{field: timezone.now()}
    )
    if not claimed:
        return 0
    message = compose()
    if message is None:
        return 0
    try:
        return message.send()
    except (OSError, ValueError) as exc:
        # Not sent: give the claim back so that the retry sends it (or the row does not say
        # it was e-mailed when it was not), in one UPDATE with what the row records of it.
        model.objects.filter(pk=pk).update(**{field: None}, **(failed(exc) if failed else {}))
        raise


def send_once_each(model, pks, field, compose, **conditions):
    """Send one e-mail, made by `compose(claimed)`, about those of the `model` rows `pks` (a
    morning's reminders to one person, say) that no other delivery has e-mailed: each row is
    claimed as send_once claims one, by setting `field` where it is still empty and the row
    still meets `conditions`, under a row lock, so that of two deliveries at once each row
    goes in one e-mail only (the second finds them claimed, and sends nothing). Nothing is
    sent if none is left to claim, or if `compose(claimed)` (the claimed pks, in order)
    returns None: the claims are kept. An error sending it gives the claims back and is
    raised, for the task's retry. Returns how many e-mails went out."""
    with transaction.atomic():
        claimed = list(
            model.objects.select_for_update()
            .filter(pk__in=list(pks), **{f"{field}__isnull": True}, **conditions)
            .order_by("pk")
            .values_list("pk", flat=True)
        )
        model.objects.filter(pk__in=claimed).update(**{field: timezone.now()})
    if not claimed:
        return 0
    message = compose(claimed)
    if message is None:
        return 0
    try:
        return message.send()
    except (OSError, ValueError):
        model.objects.filter(pk__in=claimed).update(**{field: None})
        raise
