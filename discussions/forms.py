"""Forms for starting a thread, replying, editing a post and withdrawing one."""

from crispy_forms_gds.layout import HTML, Field
from django import forms
from django.template.loader import render_to_string
from django.utils.html import format_html
from django.utils.text import get_text_list

from accounts.forms import GDSFormMixin
from nextpractice.records.forms import WithdrawForm as KitWithdrawForm
from nextpractice.records.forms import based_on, version_field
from nextpractice.uploads import DOCUMENT_KINDS, check_upload, size_in_words

from .models import BODY_MAX_LENGTH
from .services import unknown_mentions
from .text import MENTION_HINT

BODY_ERRORS = {
    "required": "Write your post",
    "max_length": f"Your post must be {BODY_MAX_LENGTH:,} characters or fewer",
    "null_characters_not_allowed": "Remove the unusual character from your post",
}
MAX_FILE_SIZE = 10 * 1024 * 1024
FILES_DESCRIBED = "a PDF, office document, CSV or image"
FILES_HINT = f"A PDF, office document, CSV or image, smaller than {size_in_words(MAX_FILE_SIZE)}."


def mentions_known(form, *, thread, author):
    """Refuse, beside the post's box, a mention (@[Full Name]) of nobody who may read
    `thread`, before anything is posted: published, it read as typed and told nobody. The
    same words whether or not someone of that name exists. False when refused."""
    names = unknown_mentions(body=form.cleaned_data.get("body", ""), thread=thread, author=author)
    if not names:
        return True
    form.add_error(
        "body",
        f"Nobody called {get_text_list(names, 'or')} can see this discussion, so you cannot "
        "mention them. Check the name in the list of people you can mention, or take out the "
        "@ and the square brackets",
    )
    return False


def _body_field(label):
    return forms.CharField(
        label=label,
        max_length=BODY_MAX_LENGTH,
        widget=forms.Textarea,
        help_text=MENTION_HINT,
        error_messages=BODY_ERRORS,
        strip=True,
    )


class MentionsForm:
    """A form with a post's box (`body`) and, given `mentions_url` (the list of people its
    post may mention), the finder beside it (discussions/_mention_finder.html)."""

    def __init__(self, *args, mentions_url=None, **kwargs):
        self.mentions_url = mentions_url
        super().__init__(*args, **kwargs)

    # Fields whose state the finder sends with each search (their names), as the list of
    # people depends on them: a new thread's "For programme officers only".
    mention_depends_on = ()

    def mention_finder(self):
        if not self.mentions_url:
            return []
        sent = [name for name in self.mention_depends_on if name in self.fields]
        context = {"url": self.mentions_url, "box": "id_body", "sends": " ".join(sent)}
        return [HTML(render_to_string("discussions/_mention_finder.html", context))]


class AttachmentForm(forms.Form):
    """An optional file, checked by its content through the app's one upload check
    (nextpractice.uploads); `files()` gives [(upload, content type)] for the service."""

    file = forms.FileField(
        label="Attach a file (optional)",
        required=False,
        help_text=f"{FILES_HINT} Everyone who can read this discussion can download it.",
    )

    def __init__(self, *args, readers="", **kwargs):
        """`readers`: who reads the discussion and so may download the file, in a few words
        (discussions.subjects.who_reads), for the hint."""
        super().__init__(*args, **kwargs)
        if readers:
            self.fields["file"].help_text = format_html("{} {}", FILES_HINT, readers)

    def clean_file(self):
        upload = self.cleaned_data.get("file")
        if upload:
            self.detected_type = check_upload(
                upload, kinds=DOCUMENT_KINDS, described=FILES_DESCRIBED, max_size=MAX_FILE_SIZE
            )
        return upload

    def uploads(self):
        upload = self.cleaned_data.get("file")
        return [(upload, self.detected_type)] if upload else []


class ReplyForm(MentionsForm, GDSFormMixin, AttachmentForm):
    """A reply to a thread."""

    submit_label = "Post your reply"
    field_order = ["body", "file"]

    body = _body_field("Your reply")

    def layout_fields(self):
        body = Field.textarea("body", rows=6, label_size="s")
        return [body, *self.mention_finder(), Field("file")]


class ThreadForm(MentionsForm, GDSFormMixin, AttachmentForm):
    """A new thread: its title and its first post; officers may keep it to officers."""

    submit_label = "Start the discussion"
    field_order = ["title", "body", "officers_only", "file"]
    mention_depends_on = ("officers_only",)

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
        help_text="Only the programme officers will see it.",
    )

    def __init__(self, *args, may_restrict=False, **kwargs):
        super().__init__(*args, **kwargs)
        if not may_restrict:
            del self.fields["officers_only"]
            self.relayout()

    def layout_fields(self):
        fields = [Field.text("title"), Field.textarea("body", rows=8), *self.mention_finder()]
        if "officers_only" in self.fields:
            fields.append(Field.checkbox("officers_only"))
        return [*fields, Field("file")]


class PostEditForm(MentionsForm, GDSFormMixin, forms.Form):
    """A post's words, changed by its author (`post`); `version` is the one they edited (the
    record kit's stale-edit guard), from 1 to the one saved now. One missing or not one of
    them (letters, 0, one not yet saved: a page tampered with) says the page is out of
    date, in the summary as the kit does: a hidden field's own message would show nowhere."""

    submit_label = "Save the changes"

    body = _body_field("Your post")
    version = forms.IntegerField(widget=forms.HiddenInput, required=False)  # see __init__

    def __init__(self, *args, post, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["version"] = version_field(post.version)

    def clean(self):
        data = super().clean()
        based_on(self)
        return data

    def layout_fields(self):
        return [Field("version"), Field.textarea("body", rows=8), *self.mention_finder()]


class WithdrawPostForm(KitWithdrawForm):
    """The record kit's withdraw form: a reason everyone who reads the thread sees. A post
    is "removed", on its page as in its thread, so the form says so too."""

    submit_label = "Remove the post"

    reason = forms.CharField(
        label="Why are you removing it?",
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text="Everyone who reads the discussion will see your reason, your name and the date.",
        error_messages={"required": "Say why you are removing it"},
    )
