"""Our faster GOV.UK checkboxes (templates/gds/layout/checkboxes.html) keep what the template
pack's own did: ticks from the field's value, hints tied to their box, errors announced."""

from crispy_forms.utils import render_crispy_form
from crispy_forms_gds.choices import Choice
from django import forms

from accounts.forms import GDSFormMixin


class PickForm(GDSFormMixin, forms.Form):
    colours = forms.TypedMultipleChoiceField(
        choices=[Choice(1, "Red", hint="Warm"), Choice(2, "Blue"), Choice(3, "Green")],
        coerce=int,
        widget=forms.CheckboxSelectMultiple,
        label="Colours",
        help_text="Tick all that apply",
    )


def boxes(html):
    return [chunk for chunk in html.split("<input")[1:] if 'type="checkbox"' in chunk]


def test_ticks_follow_the_initial_value_and_hints_are_described():
    html = render_crispy_form(PickForm(initial={"colours": [1, 3]}))
    ticked = [b for b in boxes(html) if "checked" in b.split(">")[0]]
    assert len(boxes(html)) == 3 and len(ticked) == 2
    assert 'value="1"' in ticked[0] and 'value="3"' in ticked[1]
    assert 'aria-describedby="id_colours_1_hint"' in html
    assert (
        '<span id="id_colours_1_hint" class="govuk-hint govuk-checkboxes__hint">Warm</span>' in html
    )
    assert 'aria-describedby="id_colours_hint"' in html


def test_a_posted_choice_stays_ticked_with_the_error_shown():
    form = PickForm(data={"colours": ["2", "99"]})
    assert not form.is_valid()
    html = render_crispy_form(form)
    ticked = [b for b in boxes(html) if "checked" in b.split(">")[0]]
    assert [('value="2"' in b) for b in ticked] == [True]
    assert "govuk-error-message" in html and "id_colours_1_error" in html
