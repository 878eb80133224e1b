from crispy_forms_gds.layout import Field
from django import forms

from accounts.forms import GDSFormMixin

from .models import DigestChoice


class DigestForm(GDSFormMixin, forms.Form):
    """How often a person is e-mailed what happened in what they follow."""

    submit_label = "Save my choice"

    frequency = forms.ChoiceField(
        label="How often do you want an e-mail of what happened in what you follow?",
        choices=DigestChoice.Frequency.choices,
        widget=forms.RadioSelect,
        # No hint: what a digest is, is said once, by the paragraph above (digest.html).
        error_messages={"required": "Choose off, daily or weekly"},
    )

    def layout_fields(self):
        return [Field.radios("frequency", legend_size="m", legend_tag="h2")]
