"""Access cases for single sign-on's URLs, which exist only when an operator sets it up.

With SSO off (as the project-wide access test runs) there are no such URLs and no cases;
accounts/tests/test_sso.py switches it on against a real provider and runs these.
"""

from django.conf import settings

from nextpractice.testing.access import expect


def cases(w):
    if not settings.SSO:
        return {}
    return {
        # Out to the provider for anyone signed out; home for anyone already signed in.
        "accounts:sso_start": [("get", {}, expect(anonymous=302, default=302), None)],
        # Without a sign-in under way: back to the sign-in page with a message, for everyone.
        "accounts:sso_callback": [
            ("get", {}, expect(anonymous=302, default=302), None),
            ("get", {}, expect(anonymous=302, default=302), {"code": "x", "state": "y"}),
        ],
    }
