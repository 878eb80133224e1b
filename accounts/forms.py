"""Forms for signing in, resetting a password and editing a profile."""

from crispy_forms_gds.helper import FormHelper
from crispy_forms_gds.layout import Button, Field, Fluid, Layout
from django import forms
from django.contrib.auth import forms as auth_forms
from django.template import loader

from nextpractice.jobs import send_job

from .models import NotificationKind, User
from .search import OrganisationField


class GDSFormMixin:
    """Render through the GOV.UK template pack with one primary button."""

    submit_label = "Continue"

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.helper = FormHelper()
        self.helper.form_tag = False
        self.helper.disable_csrf = True  # the page template writes the token once
        self.relayout()

    def layout_fields(self):
        return [Field(name) for name in self.fields]

    def relayout(self):
        """Lay the form out again after fields are removed."""
        self.helper.layout = Layout(*self.layout_fields(), Button("submit", self.submit_label))


class LoginForm(GDSFormMixin, auth_forms.AuthenticationForm):
    submit_label = "Sign in"
    error_messages = {
        "invalid_login": "Enter a correct e-mail address and password. Both are case-sensitive.",
        "inactive": "This account has been switched off. Ask your programme officer.",
    }

    def __init__(self, request=None, *args, **kwargs):
        super().__init__(request, *args, **kwargs)
        self.fields["username"].label = "E-mail address"
        self.fields["username"].widget = forms.TextInput(
            attrs={"autocomplete": "email", "spellcheck": "false", "inputmode": "email"}
        )
        self.fields["password"].widget.attrs["autocomplete"] = "current-password"

    def layout_fields(self):
        return [Field.text("username"), Field("password")]


class PasswordResetForm(GDSFormMixin, auth_forms.PasswordResetForm):
    """Sends the reset e-mail as a background job; raises JobRefused if the broker is down."""

    submit_label = "Send the link"

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["email"].label = "E-mail address"
        self.fields["email"].widget = forms.TextInput(
            attrs={"autocomplete": "email", "spellcheck": "false", "inputmode": "email"}
        )

    def send_mail(
        self,
        subject_template_name,
        email_template_name,
        context,
        from_email,
        to_email,
        html_email_template_name=None,
    ):
        from .tasks import send_email

        subject = "".join(loader.render_to_string(subject_template_name, context).splitlines())
        body = loader.render_to_string(email_template_name, context)
        send_job(send_email, subject=subject, body=body, to=[to_email])


class SetPasswordForm(GDSFormMixin, auth_forms.SetPasswordForm):
    submit_label = "Save the new password"


class PasswordChangeForm(GDSFormMixin, auth_forms.PasswordChangeForm):
    submit_label = "Change my password"
    error_messages = {
        **auth_forms.PasswordChangeForm.error_messages,
        "password_incorrect": "Your current password is not right: type it again",
    }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["old_password"].label = "Your current password"


class ProfileForm(GDSFormMixin, forms.ModelForm):
    submit_label = "Save changes"

    # Typed, with suggestions: no list of every organisation in the page (accounts/search.py).
    organisation = OrganisationField(
        required=False,
        label="Organisation",
        help_text="Start typing its name, or enter a school's URN",
    )

    class Meta:
        model = User
        fields = ["full_name", "job_title", "organisation"]
        labels = {"full_name": "Full name"}

    def layout_fields(self):
        return [
            Field.text("full_name", field_width=Fluid.TWO_THIRDS),
            Field.text("job_title", field_width=Fluid.TWO_THIRDS),
            Field.text("organisation", field_width=Fluid.TWO_THIRDS),
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

    def layout_fields(self):
        return [Field.checkboxes("kinds", legend_size="m", small=True)]
