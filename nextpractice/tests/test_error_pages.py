"""With debug on, as `make run` has it, a wrong address shows the product's own page, not
Django's list of the project's URLs, unless a developer asks for those."""

import pytest
from django.test import override_settings

pytestmark = pytest.mark.django_db


@override_settings(DEBUG=True, DEBUG_PAGES=False)
def test_a_wrong_address_shows_the_products_page_with_debug_on(client):
    response = client.get("/no-such-page/")
    assert response.status_code == 404
    assert "Page not found" in response.text
    assert "Using the URLconf" not in response.text and "bench/floor" not in response.text


@override_settings(DEBUG=True, DEBUG_PAGES=True)
def test_a_developer_can_ask_for_djangos_pages(client):
    response = client.get("/no-such-page/")
    assert response.status_code == 404
    assert "Using the URLconf" in response.text


def test_a_refusal_says_why_in_the_words_of_the_rule_that_refused(client):
    """Someone beyond the programmes opening the stimulus library read "You can see this
    page, but your role does not let you change it": they could not see it at all. The page
    gives the reason the refusing code wrote for people."""
    from accounts.tests.factories import UserFactory

    client.force_login(UserFactory())  # in no programme
    response = client.get("/stimuli/")
    assert response.status_code == 403
    assert "The stimulus library is for people working on a programme." in response.text
    assert "You can see this page" not in response.text


def test_a_refusal_without_words_for_people_gets_the_pages_own(rf):
    from django.core.exceptions import PermissionDenied

    from accounts.tests.factories import UserFactory
    from accounts.views import permission_denied

    request = rf.get("/")
    request.user = UserFactory()
    for exception in (PermissionDenied("Forbidden user agent"), PermissionDenied()):
        page = permission_denied(request, exception).content.decode()
        assert "Forbidden user agent" not in page
        assert "Your part in the work does not let you open this page or do this." in page


def test_a_request_that_cannot_be_read_for_another_reason_gets_the_pages_own_words(rf):
    from django.core.exceptions import SuspiciousOperation
    from django.http.multipartparser import MultiPartParserError

    from accounts.tests.factories import UserFactory
    from accounts.views import bad_request

    request = rf.get("/")
    request.user = UserFactory()
    for exception in (MultiPartParserError("Invalid boundary"), SuspiciousOperation("x"), None):
        response = bad_request(request, exception)
        assert response.status_code == 400
        page = response.content.decode()
        assert "Something was wrong with that request" in page
        assert "name is too long" not in page


def test_a_file_name_too_long_links_back_to_the_form_it_came_from_on_this_site_only(rf):
    """ "Go back to the form" was plain text: it links to the page the request came from
    when that is a page of this site, and stays plain text for any other address."""
    from django.http.multipartparser import MultiPartParserError

    from accounts.tests.factories import UserFactory
    from accounts.views import HEADER_TOO_LONG, bad_request

    user = UserFactory()

    def page(referer, secure=False):
        headers = {} if referer is None else {"HTTP_REFERER": referer}
        request = rf.post("/discussions/threads/7/", secure=secure, **headers)
        request.user = user
        response = bad_request(request, MultiPartParserError(HEADER_TOO_LONG))
        assert response.status_code == 400
        return response.content.decode()

    for back, secure in (
        ("http://testserver/discussions/threads/7/", False),
        ("https://testserver/discussions/threads/7/", True),
    ):
        link = f'<a class="govuk-link" href="{back}">Go back to the form</a>, choose the renamed'
        assert link in page(back, secure)

    plain = "Nothing was saved. Go back to the form, choose the renamed file and send it again."
    for elsewhere, secure in (
        (None, False),
        ("", False),
        ("https://elsewhere.example/discussions/threads/7/", False),
        ("//elsewhere.example/discussions/threads/7/", False),
        ("http://testserver.elsewhere.example/discussions/threads/7/", False),
        ("javascript:alert(1)//testserver/", False),
        ("http://testserver/discussions/threads/7/", True),  # not https on an https site
    ):
        text = page(elsewhere, secure)
        assert plain in text, elsewhere
        assert "elsewhere.example" not in text and "javascript:" not in text
