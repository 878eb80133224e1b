"""Single sign-on: off unless set up, set up only whole, and who it lets in.

Sign-ins here go through the real test provider (oidc-provider on 127.0.0.1) with
`requests`; the browser journey is in test_sso_browser.py.
"""

import pytest
import requests
from axes.models import AccessAttempt
from django.contrib.auth import get_user_model
from django.urls import NoReverseMatch, reverse

from accounts.sso import user_for_claims
from accounts.tests.conftest import PROVIDER_NAME, sign_in_at_provider
from accounts.tests.factories import UserFactory
from nextpractice.config import ConfigError, sso_from_env
from nextpractice.testing.fixtures import PERSONAS
from nextpractice.tests.test_access import CASES, project_url_names, project_views

SSO_VARIABLES = [
    "NEXTPRACTICE_SSO_ISSUER",
    "NEXTPRACTICE_SSO_CLIENT_ID",
    "NEXTPRACTICE_SSO_CLIENT_SECRET",
    "NEXTPRACTICE_SSO_DOMAINS",
]


def set_env(monkeypatch, **values):
    for name in SSO_VARIABLES:
        monkeypatch.delenv(name, raising=False)
    for name, value in values.items():
        monkeypatch.setenv(name, value)


def test_with_nothing_set_single_sign_on_is_off(monkeypatch):
    set_env(monkeypatch)
    assert sso_from_env() is None


def test_half_set_up_single_sign_on_says_what_is_missing(monkeypatch):
    set_env(monkeypatch, NEXTPRACTICE_SSO_ISSUER="https://accounts.google.com")
    with pytest.raises(ConfigError) as error:
        sso_from_env()
    for name in SSO_VARIABLES[1:]:
        assert name in str(error.value)
    assert "NEXTPRACTICE_SSO_ISSUER" not in str(error.value).split("as well")[0]


def test_a_whole_set_up_is_read_with_its_domains_in_lower_case(monkeypatch):
    set_env(
        monkeypatch,
        NEXTPRACTICE_SSO_ISSUER="https://login.microsoftonline.com/tenant/v2.0/",
        NEXTPRACTICE_SSO_CLIENT_ID="id",
        NEXTPRACTICE_SSO_CLIENT_SECRET="secret",
        NEXTPRACTICE_SSO_DOMAINS="School.example, @trust.example",
    )
    monkeypatch.setenv("NEXTPRACTICE_SSO_PROVIDER_NAME", "Microsoft")
    sso = sso_from_env()
    assert sso["issuer"] == "https://login.microsoftonline.com/tenant/v2.0"
    assert sso["domains"] == ["school.example", "trust.example"]
    assert sso["provider_name"] == "Microsoft"


@pytest.mark.parametrize("issuer", ["http://idp.example", "http://127.0.0.1.idp.example"])
def test_a_plain_http_issuer_elsewhere_is_refused(monkeypatch, issuer):
    set_env(
        monkeypatch,
        NEXTPRACTICE_SSO_ISSUER=issuer,
        NEXTPRACTICE_SSO_CLIENT_ID="id",
        NEXTPRACTICE_SSO_CLIENT_SECRET="secret",
        NEXTPRACTICE_SSO_DOMAINS="school.example",
    )
    with pytest.raises(ConfigError, match="https"):
        sso_from_env()


@pytest.mark.django_db
def test_when_off_there_is_no_button_and_no_url(client, settings):
    assert settings.SSO is None
    page = client.get(reverse("accounts:login"))
    assert b"Sign in with" not in page.content
    assert client.get("/accounts/sso/start/").status_code == 404
    assert client.get("/accounts/sso/callback/").status_code == 404
    with pytest.raises(NoReverseMatch):
        reverse("accounts:sso_start")


SSO = {"domains": ["school.example"], "provider_name": PROVIDER_NAME}


@pytest.mark.django_db
@pytest.mark.parametrize(
    "claims, matched",
    [
        ({"email": "Leader@SCHOOL.example", "email_verified": True}, True),
        ({"email": "leader@school.example", "email_verified": "true"}, True),
        ({"email": "leader@school.example", "email_verified": False}, False),
        ({"email": "leader@school.example"}, False),
        # Microsoft Entra ID's work accounts: no email_verified, the domain owner verified.
        ({"email": "leader@school.example", "xms_edov": True}, True),
        ({"email": "leader@school.example", "xms_edov": False}, False),
        ({"email": "leader@school.example", "email_verified": False, "xms_edov": True}, False),
        ({"email_verified": True}, False),
        ({"email": "leader@school.example.evil.test", "email_verified": True}, False),
    ],
)
def test_only_a_verified_address_in_a_served_domain_matches(settings, claims, matched):
    settings.SSO = SSO
    leader = UserFactory(email="leader@school.example")
    user, reason = user_for_claims(claims)
    assert (user, bool(reason)) == ((leader, False) if matched else (None, True))


@pytest.mark.django_db
def test_a_closed_account_is_not_signed_in(settings):
    settings.SSO = SSO
    UserFactory(email="leader@school.example", is_active=False)
    user, reason = user_for_claims({"email": "leader@school.example", "email_verified": True})
    assert user is None
    assert "Ask your programme officer" in reason


@pytest.mark.django_db
@pytest.mark.parametrize(
    "said, kept",
    [
        ("Sam\u202eevil\u202c Stranger", "Samevil Stranger"),  # shown as "Samlive Stranger"
        ("\u2067Sam\u2069  Stranger\u200f", "Sam Stranger"),
        (" Sam\x00Stranger\n", "Sam Stranger"),
        ("\u202e\x00 ", "stranger"),  # nothing left: the address's name
    ],
)
def test_a_name_from_the_provider_is_taken_as_a_form_takes_one(settings, said, kept):
    """The provider's name for someone it makes an account for loses what would turn it
    round on a page, as the profile form's does."""
    from accounts.models import Role
    from accounts.people.services import invite
    from fieldtrials.tests.factories import FieldTrialFactory
    from programmes.tests.factories import ProgrammeMembershipFactory

    settings.SSO = SSO
    trial = FieldTrialFactory()
    officer = UserFactory()
    ProgrammeMembershipFactory(programme=trial.project.programme, user=officer, role=Role.OFFICER)
    invite(target=trial, email="stranger@school.example", role=Role.PRACTITIONER, actor=officer)
    claims = {"email": "stranger@school.example", "email_verified": True, "name": said}
    user, reason = user_for_claims(claims)
    assert reason == "" and user.full_name == kept


@pytest.mark.oidc
@pytest.mark.django_db(transaction=True)
def test_refusals_lock_nobody_out_and_a_known_person_still_signs_in(live_server, sso_on):
    leader = UserFactory(email="leader@school.example")
    start = f"{live_server.url}/accounts/sso/start/?next=/accounts/profile/"
    for _ in range(7):  # more than AXES_FAILURE_LIMIT, all from one address
        refused = sign_in_at_provider(requests.Session(), start, "stranger")
        assert refused.url == f"{live_server.url}/accounts/sign-in/"
        assert "no account for stranger@school.example" in refused.text
    assert not AccessAttempt.objects.exists()

    session = requests.Session()
    signed_in = sign_in_at_provider(session, start, "known")
    assert signed_in.url == f"{live_server.url}/accounts/profile/"
    assert f"Signed in as {leader.email}" in signed_in.text


@pytest.mark.oidc
@pytest.mark.django_db(transaction=True)
def test_an_unverified_address_is_refused(live_server, sso_on):
    UserFactory(email="leader@school.example")
    page = sign_in_at_provider(
        requests.Session(), f"{live_server.url}/accounts/sso/start/", "unverified"
    )
    assert page.url == f"{live_server.url}/accounts/sign-in/"
    assert "did not confirm your e-mail address" in page.text


@pytest.mark.oidc
@pytest.mark.django_db
def test_a_link_to_the_callback_signs_nobody_out(client, sso_on):
    client.force_login(UserFactory())
    response = client.get(reverse("accounts:sso_callback"), {"error": "access_denied"})
    assert response.status_code == 302
    assert client.get(reverse("home")).status_code == 200


@pytest.mark.oidc
@pytest.mark.django_db
def test_the_sign_in_page_offers_the_provider_and_keeps_where_they_were_going(client, sso_on):
    page = client.get(reverse("accounts:login"), {"next": "/accounts/profile/"})
    assert f"Sign in with {PROVIDER_NAME}" in page.text
    assert "/accounts/sso/start/?next=/accounts/profile/" in page.text


# The project-wide access test runs with SSO off, when these URLs do not exist; with it on:
SSO_URLS = {"accounts:sso_start", "accounts:sso_callback"}


@pytest.mark.oidc
def test_with_sso_on_its_urls_have_access_cases_and_declare_their_access(world, sso_on):
    # The other URLs are test_access.py's business; these exist only with SSO on.
    assert {name for name in project_url_names() if ":sso_" in name} == SSO_URLS
    assert SSO_URLS <= set(CASES(world))
    sso_views = [view for p, view in project_views() if str(p.pattern).startswith("sso/")]
    assert len(sso_views) == len(SSO_URLS)
    assert all(hasattr(view, "np_access") for view in sso_views)


@pytest.mark.oidc
@pytest.mark.parametrize("persona", PERSONAS)
def test_with_sso_on_its_urls_answer_each_persona_as_the_cases_say(world, client, persona, sso_on):
    user = world.users[persona]
    if user is not None:
        client.force_login(user)
    cases = CASES(world)
    for name in SSO_URLS:
        for method, kwargs, statuses, data in cases[name]:
            response = getattr(client, method)(reverse(name, kwargs=kwargs), data or {})
            assert response.status_code == statuses[persona], (name, persona)


@pytest.mark.django_db
def test_a_provider_that_cannot_be_reached_is_explained_not_a_500(client, sso_unreachable):
    response = client.get(reverse("accounts:sso_start"), follow=True)
    assert response.redirect_chain[-1][0] == reverse("accounts:login")
    assert f"Next Practice cannot reach {PROVIDER_NAME} just now" in response.text


@pytest.mark.oidc
@pytest.mark.django_db
def test_a_password_sign_in_never_reaches_the_provider_whatever_its_query(client, sso_on):
    UserFactory(email="head@school.example")
    url = reverse("accounts:login") + "?code=made-up&state=made-up"
    response = client.post(url, {"username": "head@school.example", "password": "wrong"})
    assert response.status_code == 400  # the form's own answer, not the provider's error
    assert "Enter a correct e-mail address and password" in response.text


@pytest.mark.oidc
@pytest.mark.django_db(transaction=True)
def test_a_first_sign_in_with_an_open_invitation_makes_the_account_and_joins_the_trial(
    live_server, sso_on
):
    """No account, but invited: the provider vouches for the address, so the account is
    made from the invitation (no password) and the invitation accepted; once only."""
    from accounts.models import Invitation, Role
    from accounts.people.services import invite
    from fieldtrials.models import FieldTrialMembership
    from fieldtrials.tests.factories import FieldTrialFactory
    from programmes.tests.factories import ProgrammeMembershipFactory

    trial = FieldTrialFactory(title="Larch Trial")
    officer = UserFactory(full_name="Olive Officer")
    ProgrammeMembershipFactory(programme=trial.project.programme, user=officer, role=Role.OFFICER)
    invite(target=trial, email="Stranger@school.example", role=Role.PRACTITIONER, actor=officer)

    start = f"{live_server.url}/accounts/sso/start/"
    page = sign_in_at_provider(requests.Session(), start, "stranger")
    assert page.url == f"{live_server.url}/", page.text[:300]
    assert "Signed in as stranger@school.example" in page.text
    person = get_user_model().objects.get(email="stranger@school.example")
    assert person.full_name == "Sam Stranger" and not person.has_usable_password()
    assert FieldTrialMembership.objects.filter(
        field_trial=trial, user=person, role=Role.PRACTITIONER
    ).exists()
    assert Invitation.objects.get().state == Invitation.State.ACCEPTED

    again = sign_in_at_provider(requests.Session(), start, "stranger")
    assert "Signed in as stranger@school.example" in again.text
    assert get_user_model().objects.filter(email__iexact="stranger@school.example").count() == 1
    assert FieldTrialMembership.objects.filter(field_trial=trial, user=person).count() == 1
