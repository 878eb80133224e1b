"""gds_render escapes as Django does: its own escaping (without Django's lazy-text wrapper
round each call, which cost more than the escaping on a form of three dozen boxes) gives
the same text as conditional_escape and format_html for every kind of value a form holds."""

import pytest
from django.forms.utils import ErrorList
from django.utils.html import conditional_escape, format_html
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext_lazy

from nextpractice.gds_render import _html, escaped

VALUES = [
    "plain",
    "",
    'Tom & Jerry\'s <b>"school"</b>',
    mark_safe("<em>already safe</em> &amp;"),
    gettext_lazy("Lazy & <label>"),
    42,
    None,
    ErrorList(["An error & <another>"]),  # has __html__
]


@pytest.mark.parametrize("value", VALUES, ids=range(len(VALUES)))
def test_a_value_is_escaped_as_conditional_escape_escapes_it(value):
    assert str(escaped(value)) == str(conditional_escape(value))


@pytest.mark.parametrize("value", VALUES, ids=range(len(VALUES)))
def test_markup_is_written_as_format_html_writes_it(value):
    template = '<label for="{}" class="govuk-label">{}</label>'
    written = _html(template, value, value)
    assert written == format_html(template, value, value)
    assert isinstance(written, SafeString)
