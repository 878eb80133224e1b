"""Forms for signing in, resetting a password and editing a profile."""

import html

from crispy_forms_gds.helper import FormHelper
from crispy_forms_gds.layout import Button, Field, Fluid, Layout
from django import forms
from django.conf import settings
from django.contrib.auth import forms as auth_forms
from django.core.exceptions import ValidationError
from django.core.validators import MaxLengthValidator, URLValidator
from django.forms.utils import pretty_name
from django.template import loader
from django.utils.html import strip_tags

from nextpractice import throttle
from nextpractice.bidi import shows_nothing, without_bidi
from nextpractice.mail import subject_line
from nextpractice.words import clock_time

from .models import NotificationKind, User, email_key, kind_in_full

# What a form says of a web address it cannot read, whichever form asks for one.
WEB_ADDRESS_INVALID = (
    "Enter a web address starting with https://, like https://www.example.org/report"
)

WEB_SCHEMES = ["http", "https"]

# A label that asks without a question mark ("Why they are poised to innovate", "What it
# shows"): its answer is said ("Say why they are poised to innovate"), not "the why …".
ASKING = ("how ", "what ", "when ", "where ", "whether ", "which ", "who ", "whom ", "why ")
# A label that tells what to do ("Describe the idea", "Name the exercise", "Choose a
# password"): it is itself what to do when left empty, and an answer too long is "the answer
# to “Describe the idea”", not "the describe the idea". ("Name" alone is a noun.)
INSTRUCTING = (
    "add ", "choose ", "describe ", "enter ", "explain ", "give ", "list ", "move ", "name the ",
    "name your ", "open it ", "run it ", "say ", "search ", "select ", "sort ", "summarise ",
    "tell ", "type ", "upload ", "write ",
)  # fmt: skip
# A label that starts with its own determiner ("Their name", "Your full name", "The group's
# conclusion") is not given another: "their name", not "the their name".
DETERMINED = ("a ", "an ", "its ", "our ", "the ", "their ", "your ")


def _bare(label):
    """A label as a message quotes it: without " (optional)", nor markup (an option's note is
    labelled "Note<span class="govuk-visually-hidden"> on “…”</span>")."""
    return html.unescape(strip_tags(str(label))).removesuffix(" (optional)").strip()


def _asks(label):
    return _bare(label).lower().startswith(ASKING)


def _instructs(label):
    return f"{_bare(label).lower()} ".startswith(INSTRUCTING)


def _subject(label):
    """What a message calls a field: "the title", "their name", or, for a label that is not
    the name of a thing, "the answer to “Is it open?”" or "the answer to “Describe the idea”"."""
    label = _bare(label)
    if label.endswith("?") or _asks(label) or _instructs(label):
        return f"the answer to “{label}”"
    if f"{label.lower()} ".startswith(DETERMINED):
        return label[0].lower() + label[1:]
    # "Lead organisation": "the lead organisation", "E-mail address": "the e-mail address";
    # "URN" and "SATs" stay as they are.
    letters = [c for c in label.split(" ")[0] if c.isalpha()]
    if len(letters) > 1 and letters[1].islower():
        label = label[0].lower() + label[1:]
    return f"the {label}"


# A box of free text with no limit of its own (a lesson, a plan, a risk's description) takes
# at most this many characters, about 8,000 words: PostgreSQL cannot index for search a
# text of much over a megabyte (a 2 MB lesson failed to save), and nobody reads more.
LONG_TEXT_MAX_LENGTH = 50_000


class LongTextLimit(MaxLengthValidator):
    """MaxLengthValidator with the numbers written as people read them: "50,000"."""

    def __call__(self, value):
        if len(value) > self.limit_value:
            params = {
                "limit_value": f"{self.limit_value:,}",
                "show_value": f"{len(value):,}",
                "value": value,
            }
            raise ValidationError(self.message, code=self.code, params=params)


def limit_long_text(form):
    """Every free-text box of the form without a limit of its own gets LONG_TEXT_MAX_LENGTH
    (checked when posted; no maxlength attribute, which would cut a pasted text silently)."""
    for field in form.fields.values():
        if isinstance(field, forms.CharField) and field.max_length is None:
            if isinstance(field.widget, forms.Textarea):
                field.max_length = LONG_TEXT_MAX_LENGTH
                field.validators.append(LongTextLimit(LONG_TEXT_MAX_LENGTH))


def _unturned(to_python, keep_marks, one_line):
    def clean(value):
        if isinstance(value, str):
            value = without_bidi(value, keep_marks=keep_marks)
            # A browser sends a text box's line breaks as CRLF: kept as LF, as texts written
            # before were, so that a text sent back untouched is not a change of it.
            value = value.replace("\r\n", "\n").replace("\r", "\n")
            if one_line:  # a box of one line takes no line break: one sent is a space
                value = value.replace("\n", " ")
            if shows_nothing(value):  # only spaces and zero-width characters: nothing typed
                value = ""
        return to_python(value)

    clean.unturned = True
    return clean


def unturn_text(form):
    """Every text the form takes has its line breaks as LF, and loses the characters that
    turn text round or hide it as it comes in ("Sam<U+202E>evil" shows as "Samlive"), before
    it is stripped, counted or required: a box of one line loses the marks too, a box of
    several keeps them (right-to-left writing uses them). A box of one line has its line
    breaks (sent only by a page tampered with) as spaces. A text that shows nothing, only
    spaces and invisible characters (zero-width spaces), is empty: a required box says so.
    A password is taken as typed."""
    for field in form.fields.values():
        if not isinstance(field, forms.CharField) or isinstance(field.widget, forms.PasswordInput):
            continue
        if not getattr(field.to_python, "unturned", False):
            keep_marks = isinstance(field.widget, forms.Textarea)
            one_line = isinstance(field.widget, forms.TextInput)
            field.to_python = _unturned(field.to_python, keep_marks, one_line)


class WebAddressValidator(URLValidator):
    """A web address, unless it is over its field's limit: then the field's "must be 500
    characters or fewer" is all that is wrong, not also "Enter a web address starting with
    https://" (Django refuses any address over 2,048 characters as not one)."""

    def __init__(self, *args, within=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.within = within

    def __call__(self, value):
        if self.within is not None and isinstance(value, str) and len(value) > self.within:
            return
        super().__call__(value)


CHOSEN = (forms.RadioSelect, forms.Select, forms.CheckboxSelectMultiple, forms.CheckboxInput)


def name_the_fields(form):
    """Django's own messages for a missing, too long or out-of-range answer do not say which
    field they are about ("This field is required."), and the error summary at the top of a
    page lists them away from their fields: say which, in the field's own words ("Enter the
    title", "The title must be 200 characters or fewer (it has 250)", "Say why they are
    poised to innovate"), and how to write a web address. A form's own message for a field is
    kept."""
    for name, field in form.fields.items():
        if field.widget.is_hidden:
            continue
        defaults = {}  # Django's own, not a field class's of ours
        for klass in reversed(type(field).__mro__):
            if klass.__module__.startswith("django."):
                defaults.update(getattr(klass, "default_error_messages", {}))
        # Not the bound field (form[name]): made now, it would be kept, and a form that
        # changes its fields afterwards would render the old one.
        label = field.label if field.label is not None else pretty_name(name)
        subject = _subject(label)
        said = subject[0].upper() + subject[1:]
        chosen = isinstance(field.widget, CHOSEN)
        asked = _bare(label)
        if _instructs(asked):  # "Describe the idea"
            required = asked
        elif _asks(asked) and not asked.endswith("?"):  # "Say why they are poised to innovate"
            required = f"{'Choose' if chosen else 'Say'} {asked[0].lower()}{asked[1:]}"
        else:
            required = f"{'Choose' if chosen else 'Enter'} {subject}"
        ours = {
            "required": required,
            "max_length": f"{said} must be %(limit_value)s characters or fewer "
            "(it has %(show_value)s)",
            "min_value": f"{said} must be %(limit_value)s or more",
            "max_value": f"{said} must be %(limit_value)s or less",
            # A NUL, pasted with text from a PDF say: PostgreSQL stores none, Django's words
            # ("Null characters are not allowed.") are for developers.
            "null_characters_not_allowed": f"Remove the unusual character from {subject}",
        }
        if hasattr(field, "invalid_for"):  # a date or month of ours: "… for “From”, …"
            ours["invalid"] = field.invalid_for(_bare(label))
            defaults["invalid"] = type(field).default_error_messages["invalid"]
        elif isinstance(field, forms.IntegerField):
            ours["invalid"] = f"{said} must be a whole number"
        elif isinstance(field, forms.DecimalField | forms.FloatField):
            ours["invalid"] = f"{said} must be a number"
        elif isinstance(field, forms.URLField):
            ours["invalid"] = WEB_ADDRESS_INVALID
            # A web address, as the message says: not ftp:// (Django's default takes it).
            field.validators = [v for v in field.validators if not isinstance(v, URLValidator)] + [
                WebAddressValidator(schemes=WEB_SCHEMES, within=field.max_length)
            ]
        for code, message in ours.items():
            current = field.error_messages.get(code)
            if current is None or str(current) == str(defaults.get(code, "")):
                field.error_messages[code] = message
        if field.error_messages.get("max_length") == ours["max_length"]:
            # Its limit said as people read it, as a long text's: "(it has 5,000)", not
            # "(it has 5000)" (a form's own message may want a number: "%(limit_value)d").
            field.validators = [
                LongTextLimit(v.limit_value)
                if type(v) is MaxLengthValidator and isinstance(v.limit_value, int)
                else v
                for v in field.validators
            ]


# Inputs crispy-forms-gds leaves without its error class (it knows only its own three).
RED_WHEN_REFUSED = {"PasswordInput", "EmailInput", "NumberInput", "URLInput"}


def _quoted_printably(error):
    """Take NULs out of the values `error`'s messages quote (its params)."""
    if not isinstance(error, ValidationError):
        return
    parts = error.error_list if hasattr(error, "error_list") else []
    if hasattr(error, "error_dict"):
        parts = [part for errors in error.error_dict.values() for part in errors]
    for part in parts:
        params = getattr(part, "params", None)
        if isinstance(params, dict):
            part.params = {
                key: value.replace("\x00", "") if isinstance(value, str) else value
                for key, value in params.items()
            }


class GDSFormMixin:
    """Render through the GOV.UK template pack with one primary button; Django's messages
    name the field they are about (`name_the_fields`)."""

    submit_label = "Continue"

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        limit_long_text(self)
        name_the_fields(self)
        self.helper = FormHelper()
        self.helper.form_tag = False
        self.helper.disable_csrf = True  # the page template writes the token once
        self.relayout()

    def full_clean(self):
        # Again here, for the fields a form adds after this mixin's __init__ (an option's
        # assessment notes took 100,000 characters, where every other box refuses 50,000).
        # Each leaves a field it has seen before as it is.
        limit_long_text(self)
        name_the_fields(self)
        unturn_text(self)  # here, not in __init__: the fields a form adds later too
        super().full_clean()

    def layout_fields(self):
        return [Field(name) for name in self.fields]

    def add_error(self, field, error):
        """Every refused answer comes here; crispy-forms-gds draws a refused box red only for
        text, select and textarea inputs: a password, e-mail, number or web address box is
        given the same class. A value quoted in a message ("Select a valid choice. 1 is not
        one of the available choices") is quoted without NULs: the page echoed them raw."""
        _quoted_printably(error)
        super().add_error(field, error)
        for name in self.errors:
            widget = self.fields[name].widget if name in self.fields else None
            if type(widget).__name__ in RED_WHEN_REFUSED:
                classes = widget.attrs.get("class", "").split()
                if "govuk-input--error" not in classes:
                    widget.attrs["class"] = " ".join([*classes, "govuk-input--error"])

    def relayout(self):
        """Lay the form out again after fields are removed."""
        self.helper.layout = Layout(*self.layout_fields(), Button("submit", self.submit_label))


EMAIL_MAX = 254  # the longest e-mail address there can be (RFC 5321)


def signing_in_as(request, credentials=None):
    """For django-axes (AXES_USERNAME_CALLABLE): whom a sign-in is for, its address as
    accounts match it, so that wrong passwords for `Head@School.example` and
    `head@school.example ` count towards one pause, as sign-in takes both for one account."""
    if credentials:
        typed = credentials.get("username")
    else:
        typed = getattr(request, "data", request.POST).get("username")
    return email_key(typed) if isinstance(typed, str) else typed


class LoginForm(GDSFormMixin, auth_forms.AuthenticationForm):
    submit_label = "Sign in"
    error_messages = {
        "invalid_login": (
            "Enter a correct e-mail address and password. The password is case-sensitive."
        ),
        "inactive": "This account has been switched off. Ask your programme officer to have an "
        "administrator of Next Practice switch it on again.",
    }

    def __init__(self, request=None, *args, **kwargs):
        super().__init__(request, *args, **kwargs)
        self.fields["username"].label = "E-mail address"
        self.fields["username"].widget = forms.TextInput(
            attrs={"autocomplete": "email", "spellcheck": "false", "inputmode": "email"}
        )
        # Django sets the field's max_length without its validator: 260 characters reached
        # the sign-in log's 255-character column (django-axes) and answered 500. Refused
        # here, nobody is signed in or logged as trying.
        self.fields["username"].validators.append(MaxLengthValidator(EMAIL_MAX))
        self.fields["password"].widget.attrs["autocomplete"] = "current-password"

    def layout_fields(self):
        return [Field.text("username"), Field("password")]

    def get_invalid_login_error(self):
        """A switched-off account, given its right password, is told so and whom to ask,
        not "wrong password" (the backend refuses it as it refuses a wrong one). Only the
        right password tells: nobody learns from this whether an address has an account."""
        email, password = self.cleaned_data.get("username"), self.cleaned_data.get("password")
        person = User.objects.filter(
            email__iexact=(email or "").strip(), is_active=False, erased_at=None
        ).first()
        if person is not None and password and person.check_password(password):
            return forms.ValidationError(self.error_messages["inactive"], code="inactive")
        return super().get_invalid_login_error()


class PasswordResetForm(GDSFormMixin, auth_forms.PasswordResetForm):
    """Sends the reset e-mail as a background job; raises JobRefused if the broker is down."""

    submit_label = "Send the link"

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["email"].label = "E-mail address"
        self.fields["email"].widget = forms.TextInput(
            attrs={"autocomplete": "email", "spellcheck": "false", "inputmode": "email"}
        )
        self.fields["email"].error_messages["invalid"] = (
            "Enter an e-mail address in the right form, like name@school.org.uk"
        )

    def get_users(self, email):
        """Django's (accounts in use at the address, with a password), never an erased one:
        its erasure promised nobody resets its password, whatever its "active" box says."""
        return (user for user in super().get_users(email) if user.erased_at is None)

    def send_mail(
        self,
        subject_template_name,
        email_template_name,
        context,
        from_email,
        to_email,
        html_email_template_name=None,
    ):
        from .tasks import queue_email

        subject = subject_line(loader.render_to_string(subject_template_name, context))
        body = loader.render_to_string(email_template_name, context)
        queue_email(subject=subject, body=body, to=[to_email])

    def save(self, **kwargs):
        """A link to each account in use at the address; to a switched-off one, which may not
        have a new password, why not and whom to ask (it got nothing, and could not tell
        why). The page says the same either way."""
        from .tasks import queue_email

        super().save(**kwargs)
        email = self.cleaned_data["email"]
        if any(self.get_users(email)):
            return
        # An erased account's address is nobody's (accounts/erasure.py): nothing is sent.
        switched_off = User.objects.filter(
            email__iexact=email.strip(), is_active=False, erased_at=None
        ).first()
        if switched_off is not None:
            body = loader.render_to_string("accounts/email/password_reset_switched_off.txt")
            subject = subject_line("Your account is switched off")
            queue_email(subject=subject, body=body, to=[switched_off.email])


# What a new password must be, as the invitation's page says it (accounts/people/forms.py):
# the validators in settings, in words, instead of Django's four bullets.
NEW_PASSWORD_HINT = (
    "At least 8 characters, not a common password, and not like your name or e-mail address"
)


class NewPasswordWords:
    """Django's set-password fields in the service's words: one plain hint, "Type the new
    password again", and "The two passwords are not the same"."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.error_messages = {
            **self.error_messages,
            "password_mismatch": "The two passwords are not the same",
        }
        self.fields["new_password1"].label = "New password"
        self.fields["new_password1"].help_text = NEW_PASSWORD_HINT
        self.fields["new_password2"].label = "Type the new password again"
        self.fields["new_password2"].help_text = ""
        self.fields["new_password2"].error_messages["required"] = "Type the new password again"


class SetPasswordForm(GDSFormMixin, NewPasswordWords, auth_forms.SetPasswordForm):
    submit_label = "Save the new password"


class PasswordChangeForm(GDSFormMixin, NewPasswordWords, auth_forms.PasswordChangeForm):
    """A signed-in person's new password, given their current one. The current password may
    be tried CURRENT_PASSWORD_TRIES times in CURRENT_PASSWORD_PAUSE, as at sign-in: someone
    at another's unlocked screen cannot guess it freely (django-axes counts only sign-ins)."""

    submit_label = "Change my password"
    error_messages = {
        **auth_forms.PasswordChangeForm.error_messages,
        "password_incorrect": "Your current password is not right: type it again",
    }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["old_password"].label = "Your current password"

    def clean_old_password(self):
        # Every try counts, decided before the password is checked (a row lock): guesses
        # sent at once cannot pass the limit together.
        limit = {
            "scope": "password_change.current_password",
            "key": str(self.user.pk),
            "limit": settings.AXES_FAILURE_LIMIT,
            "per": settings.AXES_COOLOFF_TIME,
        }
        if not throttle.allow(**limit):
            again = clock_time(throttle.next_use_at(**limit))
            minutes = int(limit["per"].total_seconds() // 60)
            raise ValidationError(
                f"Your current password has been tried {limit['limit']} times in {minutes} "
                f"minutes. For your security, try again after {again}",
                code="paused",
            )
        return super().clean_old_password()


class ProfileForm(GDSFormMixin, forms.ModelForm):
    """A person's own name and job title. Not their organisation: it decides what they may do
    for it here (an authority's exercises, a trial's lead, an agency's contributions), so it
    is set by whoever brings them in or manages their team (accounts/people)."""

    submit_label = "Save changes"

    class Meta:
        model = User
        fields = ["full_name", "job_title"]
        labels = {"full_name": "Full name"}
        # Their own name and job title: a browser may fill them in (WCAG 1.3.5).
        widgets = {
            "full_name": forms.TextInput(attrs={"autocomplete": "name"}),
            "job_title": forms.TextInput(attrs={"autocomplete": "organization-title"}),
        }

    def layout_fields(self):
        return [
            Field.text("full_name", field_width=Fluid.TWO_THIRDS),
            Field.text("job_title", field_width=Fluid.TWO_THIRDS),
        ]


class NotificationEmailsForm(GDSFormMixin, forms.Form):
    """Which kinds of notification reach a person by e-mail as well as in the app."""

    submit_label = "Save my choices"

    kinds = forms.MultipleChoiceField(
        label="E-mail me when",
        help_text="Select all that apply. You see every notification here in any case.",
        choices=NotificationKind.choices,
        widget=forms.CheckboxSelectMultiple,
        required=False,
    )

    def __init__(self, *args, kinds=None, **kwargs):
        super().__init__(*args, **kwargs)
        if kinds is not None:  # only those the person is asked about
            self.fields["kinds"].choices = [(kind.value, kind_in_full(kind)) for kind in kinds]

    def layout_fields(self):
        return [Field.checkboxes("kinds", legend_size="m", small=True)]
