"""Forms for starting a thread and replying."""

from crispy_forms_gds.layout import Field
from django import forms

from accounts.forms import GDSFormMixin

from .models import BODY_MAX_LENGTH
from .text import MENTION_HINT

BODY_ERRORS = {
    "required": "Write your post",
    "max_length": f"Your post must be {BODY_MAX_LENGTH:,} characters or fewer",
}


def _body_field(label):
    return forms.CharField(
        label=label,
        max_length=BODY_MAX_LENGTH,
        widget=forms.Textarea,
        help_text=MENTION_HINT,
        error_messages=BODY_ERRORS,
        strip=True,
    )


class ReplyForm(GDSFormMixin, forms.Form):
    """A reply to a thread."""

    submit_label = "Post your reply"

    body = _body_field("Your reply")

    def layout_fields(self):
        return [Field.textarea("body", rows=6, label_size="s")]


class ThreadForm(GDSFormMixin, forms.Form):
    """A new thread: its title and its first post; officers may keep it to officers."""

    submit_label = "Start the discussion"

    title = forms.CharField(
        label="Title",
        max_length=200,
        error_messages={
            "required": "Enter a title",
            "max_length": "The title must be 200 characters or fewer",
        },
    )
    body = _body_field("What you want to say")
    officers_only = forms.BooleanField(
        label="For programme officers only",
        required=False,
        help_text="Only the project's programme officers will see it.",
    )

    def __init__(self, *args, may_restrict=False, **kwargs):
        super().__init__(*args, **kwargs)
        if not may_restrict:
            del self.fields["officers_only"]

    def layout_fields(self):
        fields = [Field.text("title"), Field.textarea("body", rows=8)]
        if "officers_only" in self.fields:
            fields.append(Field.checkbox("officers_only"))
        return fields
