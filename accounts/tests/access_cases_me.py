"""Access cases for a person's own things: changing their password, reading all their
notifications. Anyone signed in, for themselves only; nobody else's are reachable."""

from nextpractice.testing.access import expect


def cases(w):
    return {
        "accounts:password_change": [("get", {}, expect(), None)],
        "accounts:notifications_read_all": [
            ("post", {}, expect(default=302), {}),
            ("get", {}, expect(anonymous=405, default=405), None),
        ],
    }
