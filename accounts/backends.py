"""Signing in with an e-mail address and password: Django's own, except that an erased
account (accounts/erasure.py) never signs in, nor stays signed in, whatever its "active"
box says: its erasure promised it is switched off for good."""

from django.contrib.auth.backends import ModelBackend


class RefusesErased:
    """For a backend built on Django's ModelBackend: an erased account cannot authenticate
    (sign in, or be read back from a session), as a switched-off one cannot."""

    def user_can_authenticate(self, user):
        return super().user_can_authenticate(user) and getattr(user, "erased_at", None) is None


class PasswordBackend(RefusesErased, ModelBackend):
    pass
