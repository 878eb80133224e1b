"""Forms for a community's details, its shared page, and asking to join it."""

from crispy_forms_gds.layout import Field, Fluid
from django import forms

from accounts.forms import GDSFormMixin


class CommunityDetailsForm(GDSFormMixin, forms.Form):
    """A community's name, purpose, and whether people beyond the programme may ask to join."""

    submit_label = "Save the changes"

    name = forms.CharField(
        label="Name",
        max_length=200,
        error_messages={
            "required": "Enter a name for the community",
            "max_length": "Keep the name to 200 characters or fewer",
        },
    )
    purpose = forms.CharField(
        label="Purpose (optional)",
        required=False,
        widget=forms.Textarea,
        help_text="What the trials share and develop together. People beyond the programme "
        "read it when the community is open to them.",
    )
    open_to_others = forms.BooleanField(
        label="Open it to people beyond the programme",
        required=False,
        help_text="A school leader of another local authority or a researcher may then ask to "
        "join. Once you approve them they read this community's page, its shared page and "
        "its discussions, and nothing else: not its trials. Closing it ends their membership "
        "and any request waiting, and tells them: if you open it again, they must ask again.",
    )

    def layout_fields(self):
        return [
            Field.text("name", field_width=Fluid.TWO_THIRDS),
            Field.textarea("purpose", rows=3),
            Field.checkbox("open_to_others"),
        ]


class SharedPageForm(GDSFormMixin, forms.Form):
    """The community's shared page, "What we are learning", and a note of what changed."""

    submit_label = "Save the page"

    text = forms.CharField(
        label="What we are learning",
        required=False,
        max_length=50_000,
        widget=forms.Textarea,
        help_text="The community's running account of what it is learning, written together. "
        "To format it: *one star* either side of words for italics, **two stars** for bold, a "
        "line starting with - for a list, and [words](web address) for a link.",
        error_messages={"max_length": "Keep the page to 50,000 characters or fewer"},
    )
    note = forms.CharField(
        label="What did you change? (optional)",
        required=False,
        max_length=200,
        help_text="Shown in the page's history, for example ‘Added what Bolton found’.",
        error_messages={"max_length": "Keep the note to 200 characters or fewer"},
    )

    def layout_fields(self):
        return [
            Field.textarea("text", rows=18),
            Field.text("note", field_width=Fluid.TWO_THIRDS),
        ]


class JoinForm(GDSFormMixin, forms.Form):
    """Asking to join a community of interest."""

    submit_label = "Ask to join"

    message = forms.CharField(
        label="Tell the convenor who you are and why you would like to join",
        max_length=1000,
        widget=forms.Textarea,
        help_text="For example, your school or organisation and what you hope to learn.",
        error_messages={
            "required": "Say who you are and why you would like to join",
            "max_length": "Keep your message to 1,000 characters or fewer",
        },
    )

    def layout_fields(self):
        return [Field.textarea("message", rows=4)]


class LeaveForm(GDSFormMixin, forms.Form):
    """Leaving a community joined from outside or, `withdrawing`, taking back a request to
    join it."""

    submit_label = "Leave the community"

    def __init__(self, *args, withdrawing=False, **kwargs):
        if withdrawing:
            self.submit_label = "Withdraw my request"
        super().__init__(*args, **kwargs)

    def layout_fields(self):
        return []


class RemoveMemberForm(GDSFormMixin, forms.Form):
    """Confirming that an outside member is to be taken out of a community."""

    submit_label = "Remove from the community"

    def layout_fields(self):
        return []
