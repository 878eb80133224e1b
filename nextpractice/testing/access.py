"""Helpers for writing access cases (see nextpractice/tests/test_access.py).

An app adds cases for its URLs in `<app>/tests/access_cases*.py`, a module with
`cases(w) -> {url name: [(method, kwargs, {persona: status}, form data or None), ...]}`.
"""

from nextpractice.testing.fixtures import PERSONAS

SIGNED_IN = [p for p in PERSONAS if p != "anonymous"]


def expect(anonymous=302, default=200, **overrides):
    """Expected status per persona: anonymous is sent to sign in unless said otherwise."""
    statuses = {p: default for p in SIGNED_IN}
    statuses["anonymous"] = anonymous
    statuses.update(overrides)
    return statuses


def seen_by(personas, ok=200):
    """200 for personas who may see the object, 404 for everyone else signed in."""
    return {p: (302 if p == "anonymous" else ok if p in personas else 404) for p in PERSONAS}


def visible_to(w, key):
    """The personas the world says may see object `key`."""
    return {p for p, keys in w.visible.items() if key in keys}


def acts(w, key, allowed, ok=200):
    """For an action on object `key`: `ok` for personas in `allowed`, 403 for others who can
    see the object, 404 for those who cannot, and a redirect to sign in for anonymous."""
    seers = visible_to(w, key)
    return {
        p: 302 if p == "anonymous" else ok if p in allowed else 403 if p in seers else 404
        for p in PERSONAS
    }
