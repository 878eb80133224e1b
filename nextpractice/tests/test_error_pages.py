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
