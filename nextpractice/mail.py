"""E-mail sent once by a job that may be delivered twice: claim the row, then send.

A Celery job with `acks_late` runs again if its worker dies before acknowledging it, so an
e-mail job first claims its row by filling in when it was e-mailed, in one conditional
UPDATE: of two deliveries only one claims it, and the other sends nothing. If the e-mail
cannot be sent (the mail server is down), the claim is given back so that the retry sends it.
"""

from email.utils import parseaddr

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.utils import timezone

from nextpractice.words import shortened

# How long a subject's own words may be: what matters is said first (a mail app on a phone
# shows some 40 characters), and a long name is what is cut, at a word. At 80, an invitation's
# role ("as a school leader or practitioner") left most trials' names some 20 characters.
SUBJECT_WIDTH = 105
SITE_NAME = "Next Practice"


def email(*, subject, body, to):
    """A plain-text e-mail from the site's address to `to` (a list of addresses)."""
    return EmailMultiAlternatives(
        subject=subject, body=body, from_email=settings.DEFAULT_FROM_EMAIL, to=list(to)
    )


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
