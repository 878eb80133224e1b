"""One-click unsubscribe (RFC 8058) for the e-mails a person may switch off.

Each such e-mail's List-Unsubscribe header is a link to a page that switches off the kinds
of notification it is about (those the notification e-mails page switches off), for the
person it was sent to, with no sign-in: mail apps post to it when the reader presses their
"Unsubscribe" button. The link's token is signed with the site's secret key (and a salt of
its own, so no other signed value of ours can stand for it) and names the person and the
kinds: it cannot be made for someone else or another kind, nor changed. It does not expire,
as an e-mail may be read weeks later.
"""

from django.conf import settings
from django.core import signing
from django.urls import reverse

from .models import NotificationKind

SALT = "accounts.unsubscribe"


def unsubscribe_url(person, kinds):
    """The whole address of the page switching off e-mails of `kinds` (NotificationKind
    values) for `person`, for an e-mail's List-Unsubscribe header."""
    wanted = set(kinds)
    token = signing.dumps(
        {"u": person.pk, "k": [k for k in NotificationKind.values if k in wanted]}, salt=SALT
    )
    return settings.SITE_URL + reverse("accounts:unsubscribe", args=[token])


def read_token(token):
    """(the person's pk, their kinds as NotificationKind members) that `token` names, or
    None if it was not made here, was changed, or names no kind of notification we have."""
    try:
        data = signing.loads(token, salt=SALT)
        person_id, kinds = data["u"], data["k"]
    except (signing.BadSignature, KeyError, TypeError, ValueError):
        return None
    if not isinstance(person_id, int) or not isinstance(kinds, list) or not kinds:
        return None
    if not all(isinstance(k, str) and k in NotificationKind.values for k in kinds):
        return None
    return person_id, [NotificationKind(k) for k in kinds]
