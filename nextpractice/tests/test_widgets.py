"""FastSelect writes the same select Django's own widget does, only faster."""

from django import forms
from django.test.html import parse_html

from nextpractice.widgets import FastSelect

CHOICES = [("", "Any"), ("1", "Alpha & <Co>"), ("Group", [("2", "Beta"), ("3", 'Gamma "G"')])]


def test_it_renders_what_django_select_renders():
    for value in ("", "1", "3", None):
        ours = FastSelect(choices=CHOICES).render("who", value, {"id": "id_who", "class": "x"})
        django = forms.Select(choices=CHOICES).render(
            "who", value, {"id": "id_who", "class": "govuk-select x"}
        )
        assert parse_html(ours) == parse_html(django)  # attribute order aside


def test_it_is_styled_as_a_govuk_select_and_shows_its_error():
    assert 'class="govuk-select"' in FastSelect(choices=CHOICES).render("who", "")
    invalid = FastSelect(choices=CHOICES).render("who", "", {"aria-invalid": "true"})
    assert 'class="govuk-select govuk-select--error"' in invalid


def test_labels_and_values_are_escaped():
    html = FastSelect(choices=CHOICES).render("who", "1")
    assert "Alpha &amp; &lt;Co&gt;" in html and "<Co>" not in html
    assert '<option value="1" selected>' in html
