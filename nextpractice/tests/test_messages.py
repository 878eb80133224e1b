"""The banner that tells a person what became of what they just did is an alert, focused
when the page loads (GOV.UK Frontend's notification banner focuses role="alert"), whatever
its level: a refusal or a warning is missed by a screen reader if it is a mere region."""

import re

import pytest
from django.contrib import messages
from django.contrib.messages.storage.fallback import FallbackStorage
from django.template.loader import render_to_string
from django.test import RequestFactory


@pytest.mark.parametrize(
    ("level", "title"),
    [
        (messages.SUCCESS, "Success"),
        (messages.ERROR, "There is a problem"),
        (messages.WARNING, "Important"),
        (messages.INFO, "Important"),
    ],
)
def test_every_message_is_an_alert_focused_on_arrival(level, title):
    request = RequestFactory().get("/")
    request.session = {}
    storage = FallbackStorage(request)
    storage.add(level, "What became of it.")
    html = render_to_string("includes/messages.html", {"messages": storage})
    banner = re.search(r'<div class="govuk-notification-banner[^"]*"[^>]*>', html).group(0)
    assert 'role="alert"' in banner
    assert 'data-module="govuk-notification-banner"' in banner  # the script that focuses it
    assert "data-disable-auto-focus" not in banner
    assert f">{title}</h2>" in html
    assert "What became of it." in html
