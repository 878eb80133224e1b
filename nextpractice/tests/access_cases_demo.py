"""Access cases for the "About this demonstration" page: open to everyone, signed in or not,
as the banner that links to it is on every page."""

from nextpractice.testing.access import expect


def cases(w):
    return {"about_demo": [("get", {}, expect(anonymous=200), None)]}
