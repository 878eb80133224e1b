"""Access cases for the help pages: open to everyone, signed in or not."""

from nextpractice.testing.access import expect


def cases(w):
    return {
        "help": [("get", {}, expect(anonymous=200), None)],
        "glossary": [("get", {}, expect(anonymous=200), None)],
        "privacy": [("get", {}, expect(anonymous=200), None)],
    }
