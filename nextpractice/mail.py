"""E-mail sent once by a job that may be delivered twice: claim the row, then send.

A Celery job with `acks_late` runs again if its worker dies before acknowledging it, so an
e-mail job first claims its row by filling in when it was e-mailed, in one conditional
UPDATE: of two deliveries only one claims it, and the other sends nothing. If the e-mail
cannot be sent (the mail server is down), the claim is given back so that the retry sends it.
"""

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.utils import timezone


def email(*, subject, body, to):
    """A plain-text e-mail from the site's address to `to` (a list of addresses)."""
    return EmailMultiAlternatives(
        subject=subject, body=body, from_email=settings.DEFAULT_FROM_EMAIL, to=list(to)
    )


def send_once(model, pk, field, compose, **conditions):
    """Send the e-mail `compose()` makes for the `model` row `pk`, once: claim the row by
    setting `field` (when it was e-mailed) where it is still empty and the row still meets
    `conditions`. Nothing is sent if another delivery claimed it first, or if `compose()`
    returns None (nothing to send any more: the claim is kept). Returns how many e-mails
    went out; an OSError from the mail server gives the claim back and is raised for the
    task's retry."""
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
    except OSError:
        # Not sent: give the claim back so that the retry sends it.
        model.objects.filter(pk=pk).update(**{field: None})
        raise
