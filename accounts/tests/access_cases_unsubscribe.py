"""Access cases for the link in an e-mail that stops its kind of e-mail: anyone who has the
link, signed in or not (a mail app posts to it with no session); the signed token in it
says whose e-mails and which, so a changed one is refused whoever sends it."""

from accounts.models import NotificationKind
from accounts.unsubscribe import unsubscribe_url
from nextpractice.testing.access import expect


def cases(w):
    link = unsubscribe_url(w.users["leader"], [NotificationKind.MENTION])
    token = link.rstrip("/").rsplit("/", 1)[1]
    return {
        "accounts:unsubscribe": [
            ("get", {"token": token}, expect(anonymous=200), None),
            ("post", {"token": token}, expect(anonymous=200), {}),
            ("get", {"token": token[:-2]}, expect(anonymous=400, default=400), None),
            ("post", {"token": token[:-2]}, expect(anonymous=400, default=400), {}),
        ],
    }
