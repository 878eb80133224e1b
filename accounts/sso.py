"""Single sign-on through an organisation's OpenID Connect provider (Entra ID, Google...).

Off unless an operator sets it up (settings.SSO, read from NEXTPRACTICE_SSO_* by
nextpractice/config.py). mozilla-django-oidc does the protocol: the redirect out with state,
nonce and PKCE, the code exchange and the ID token's signature. Here: where the provider's
endpoints are (its published discovery document), who a verified e-mail address is
(`user_for_claims`, the one place that decides) and what a person is told when refused.
Nobody gets an account by signing in this way.
"""

import logging

import requests
from django.conf import settings
from django.contrib import messages
from django.contrib.auth import get_user_model
from django.contrib.auth.backends import ModelBackend
from django.core.exceptions import SuspiciousOperation
from django.shortcuts import redirect
from django.urls import path
from django.views.generic import View
from mozilla_django_oidc.auth import OIDCAuthenticationBackend
from mozilla_django_oidc.utils import import_from_settings
from mozilla_django_oidc.views import (
    OIDCAuthenticationCallbackView,
    OIDCAuthenticationRequestView,
)

from .access import public
from .backends import RefusesErased

logger = logging.getLogger(__name__)

TIMEOUT_SECONDS = 10


class SSOUnavailable(Exception):
    """The provider could not be reached or answered with something unusable."""


_metadata_by_issuer = {}


def provider_metadata():
    """The provider's discovery document (endpoints, issuer), fetched once per process."""
    issuer = settings.SSO["issuer"]
    if issuer not in _metadata_by_issuer:
        try:
            response = requests.get(
                f"{issuer}/.well-known/openid-configuration", timeout=TIMEOUT_SECONDS
            )
            response.raise_for_status()
            metadata = response.json()
        except (requests.RequestException, ValueError) as exc:
            raise SSOUnavailable(f"discovery at {issuer} failed: {exc}") from exc
        if metadata.get("issuer", "").rstrip("/") != issuer:
            raise SSOUnavailable(f"{issuer} publishes issuer {metadata.get('issuer')!r}")
        _metadata_by_issuer[issuer] = metadata
    return _metadata_by_issuer[issuer]


def oidc_setting(name, *default):
    """mozilla-django-oidc's settings, derived from settings.SSO; the rest from settings."""
    sso = settings.SSO
    derived = {
        "OIDC_RP_CLIENT_ID": sso["client_id"],
        "OIDC_RP_CLIENT_SECRET": sso["client_secret"],
        "OIDC_RP_SIGN_ALGO": "RS256",
        "OIDC_RP_SCOPES": "openid email profile",  # profile: the name of an invited newcomer
        "OIDC_AUTHENTICATION_CALLBACK_URL": "accounts:sso_callback",
        "OIDC_USE_PKCE": True,
        "OIDC_CREATE_USER": False,
        "OIDC_TIMEOUT": TIMEOUT_SECONDS,
    }
    if name in derived:
        return derived[name]
    return import_from_settings(name, *default)


def provider_name():
    return settings.SSO["provider_name"]


def user_for_claims(claims):
    """The active account a provider's claims sign in as: `(user, "")`, or `(None, reason)`.

    Only an e-mail address the provider says it has verified, in a domain this provider is
    set up to serve, matched to one active account whatever its case. A first-time person
    with an open invitation to this address gets an account made from it; open invitations
    are accepted as they sign in. Nobody else is given an account.
    """
    from .people.services import accept_invitations_for, account_for_invitations

    name = provider_name()
    email = str(claims.get("email") or "").strip()
    if not email or not says_verified(claims):
        return None, (
            f"Your {name} did not confirm your e-mail address, so Next Practice cannot tell "
            "which account is yours. Sign in with your e-mail address and password instead."
        )
    domain = email.rpartition("@")[2].lower()
    if domain not in settings.SSO["domains"]:
        served = " or ".join(f"@{d}" for d in settings.SSO["domains"])
        return None, (
            f"Signing in with {name} is for addresses ending {served}, not {email}. Sign in "
            "with your e-mail address and password instead."
        )
    users = list(
        get_user_model().objects.filter(email__iexact=email, is_active=True, erased_at=None)[:2]
    )
    if len(users) == 1:
        accept_invitations_for(user=users[0])  # any left open: the provider vouches for them
    elif not users:
        invited = account_for_invitations(email=email, full_name=str(claims.get("name") or ""))
        if invited is not None:
            return invited, ""
    if len(users) != 1:
        return None, (
            f"Next Practice has no account for {email}. Ask your programme officer to invite "
            "you: they can add you to their programme, and then you can sign in here."
        )
    return users[0], ""


def says_verified(claims):
    """Whether the provider vouches for the address: `email_verified`, or where a provider
    sends none (Microsoft Entra ID, for work accounts), its optional claim `xms_edov`: the
    address's domain is verified as the organisation's own."""
    if "email_verified" in claims:
        return claims["email_verified"] in (True, "true")
    return claims.get("xms_edov") in (True, "true", "1", 1)


def is_sso_sign_in(request, credentials=None):
    """For django-axes: an SSO callback's sign-in is never counted towards a lockout.

    The provider has already checked who the person is, so a refusal (no account) is not a
    guess, and counting it would lock out everyone behind a school's one IP address.
    """
    return bool(credentials) and "nonce" in credentials


class SSOBackend(RefusesErased, OIDCAuthenticationBackend):
    """Signs in whoever `user_for_claims` names; answers nothing but the SSO callback."""

    get_settings = staticmethod(oidc_setting)
    # Django's own: an account closed (or erased) since signing in is signed out on its next
    # request.
    get_user = ModelBackend.get_user

    def __init__(self, *args, **kwargs):
        # Built on every request of a person signed in this way: read nothing, fetch nothing.
        self.UserModel = get_user_model()

    OIDC_RP_CLIENT_ID = property(lambda self: oidc_setting("OIDC_RP_CLIENT_ID"))
    OIDC_RP_CLIENT_SECRET = property(lambda self: oidc_setting("OIDC_RP_CLIENT_SECRET"))
    OIDC_RP_SIGN_ALGO = property(lambda self: oidc_setting("OIDC_RP_SIGN_ALGO"))
    OIDC_RP_IDP_SIGN_KEY = None
    OIDC_OP_TOKEN_ENDPOINT = property(lambda self: provider_metadata()["token_endpoint"])
    OIDC_OP_USER_ENDPOINT = property(lambda self: provider_metadata()["userinfo_endpoint"])
    OIDC_OP_JWKS_ENDPOINT = property(lambda self: provider_metadata()["jwks_uri"])

    def authenticate(self, request, **kwargs):
        # Only the callback passes a nonce; a password sign-in never reaches the provider,
        # whatever its query string holds.
        if not settings.SSO or request is None or "nonce" not in kwargs:
            return None
        return super().authenticate(request, **kwargs)

    def get_or_create_user(self, access_token, id_token, payload):
        """The account for a verified ID token, or None with the reason on the request."""
        audience = payload.get("aud")
        audiences = audience if isinstance(audience, list) else [audience]
        if payload.get("iss") != provider_metadata()["issuer"]:
            raise SuspiciousOperation("ID token from another issuer")
        if self.OIDC_RP_CLIENT_ID not in audiences:
            raise SuspiciousOperation("ID token for another client")
        userinfo = self.get_userinfo(access_token, id_token, payload)
        if userinfo.get("sub") != payload.get("sub"):
            raise SuspiciousOperation("userinfo is about someone else")
        # Some providers put email_verified only in the ID token, others only in userinfo.
        user, reason = user_for_claims({**payload, **userinfo})
        if user is None:
            logger.info("SSO sign-in refused for sub %s: %s", payload.get("sub"), reason)
            self.request.sso_refusal = reason
        return user


class SSOStartView(OIDCAuthenticationRequestView):
    """Sends the person to their provider to sign in, remembering where they were going."""

    get_settings = staticmethod(oidc_setting)

    def __init__(self, **kwargs):
        View.__init__(self, **kwargs)  # the endpoint is found on use, not at start-up

    def get(self, request):
        if request.user.is_authenticated:
            return redirect(settings.LOGIN_REDIRECT_URL)
        try:
            self.OIDC_OP_AUTH_ENDPOINT = provider_metadata()["authorization_endpoint"]
        except SSOUnavailable as exc:
            logger.warning("SSO unavailable: %s", exc)
            return unavailable(request)
        self.OIDC_RP_CLIENT_ID = oidc_setting("OIDC_RP_CLIENT_ID")
        return super().get(request)


class SSOCallbackView(OIDCAuthenticationCallbackView):
    """Where the provider sends the person back: signed in, or told why not and who to ask."""

    get_settings = staticmethod(oidc_setting)

    def get(self, request):
        if request.GET.get("error"):
            # They cancelled, or the provider refused. Forget the attempt; unlike the library,
            # sign nobody out (any site could link a signed-in person here).
            states = request.session.get("oidc_states", {})
            if states.pop(request.GET.get("state"), None) is not None:
                request.session.modified = True
            return self.login_failure()
        if request.GET.get("state") not in request.session.get("oidc_states", {}):
            # Back button, a second tab, or a forged link: not a sign-in under way here.
            return self.login_failure()
        try:
            return super().get(request)
        except (SSOUnavailable, requests.RequestException) as exc:
            logger.warning("SSO callback could not reach the provider: %s", exc)
            return unavailable(request)

    def login_failure(self):
        reason = getattr(self.request, "sso_refusal", "") or (
            f"Signing in with {provider_name()} did not finish. Try again, or sign in with "
            "your e-mail address and password."
        )
        messages.error(self.request, reason)
        return redirect("accounts:login")


def unavailable(request):
    messages.error(
        request,
        f"Next Practice cannot reach {provider_name()} just now. Try again in a few minutes, "
        "or sign in with your e-mail address and password.",
    )
    return redirect("accounts:login")


def urlpatterns():
    """The SSO URLs, only when it is set up: with it off, no URL answers."""
    if not settings.SSO:
        return []
    return [
        path("sso/start/", public(SSOStartView.as_view()), name="sso_start"),
        path("sso/callback/", public(SSOCallbackView.as_view()), name="sso_callback"),
    ]
