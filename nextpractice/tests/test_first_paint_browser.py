"""On a phone the header is drawn collapsed from the start: the classes GOV.UK Frontend's
styles key on are on the body before the header is parsed, not added after the page loads
(which made the header jump by the height of the open menu)."""

import pytest
from django.urls import reverse

from accounts.tests.factories import UserFactory
from nextpractice.testing.browser import sign_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

RECORD_BODY_CLASSES_WHEN_HEADER_ARRIVES = """
new MutationObserver((changes, observer) => {
  if (document.querySelector("header")) {
    window.npClassesAtHeader = document.body ? document.body.className : "";
    observer.disconnect();
  }
}).observe(document, {childList: true, subtree: true});
"""


def test_the_header_is_parsed_with_the_frontend_classes_already_on(live_server, page):
    page.set_viewport_size({"width": 320, "height": 700})
    person = UserFactory(email="head@example.org", password="correct horse battery")
    sign_in(page, live_server, person.email, "correct horse battery")
    page.add_init_script(RECORD_BODY_CLASSES_WHEN_HEADER_ARRIVES)
    page.goto(live_server.url + reverse("help"))
    assert "govuk-frontend-supported" in page.evaluate("window.npClassesAtHeader")
    # And the menu is collapsed behind its button once the page has loaded.
    assert page.get_by_role("button", name="Menu").is_visible()
