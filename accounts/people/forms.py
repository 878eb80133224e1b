"""Forms for the People pages and for accepting an invitation."""

from crispy_forms_gds.choices import Choice
from crispy_forms_gds.layout import Field, Fluid
from django import forms
from django.contrib.auth import password_validation

from ..forms import GDSFormMixin
from ..models import Role, User
from ..search import TYPE_AN_ORGANISATION, OrganisationField
from . import words


class InviteForm(GDSFormMixin, forms.Form):
    submit_label = "Invite them"
    email = forms.EmailField(
        label="E-mail address of the person",
        # No address is longer; a longer one would reach the database search.
        max_length=254,
        widget=forms.TextInput(
            attrs={"inputmode": "email", "spellcheck": "false", "autocomplete": "off"}
        ),
        help_text="If they already have a Next Practice account they are added at once. "
        "If not, we e-mail them an invitation.",
        error_messages={
            "required": "Enter the person's e-mail address",
            "invalid": "Enter an e-mail address like name@school.example.org",
            "max_length": "An e-mail address is at most 254 characters",
        },
    )
    full_name = forms.CharField(
        label="Their name (optional)",
        required=False,
        max_length=150,
        help_text="The invitation greets them by it, and they can correct it when they accept.",
        widget=forms.TextInput(attrs={"autocomplete": "off"}),
        error_messages={"max_length": "A name is at most 150 characters"},
    )
    # Typed, with suggestions, as on the profile form: no list of every organisation.
    organisation = OrganisationField(
        required=False,
        label="Their organisation (optional)",
        help_text=f"{TYPE_AN_ORGANISATION}. They join it when they accept, unless their "
        "account already names one.",
    )
    role = forms.ChoiceField(
        choices=Role.choices,
        label="Their role",
        widget=forms.RadioSelect,
        error_messages={
            "required": "Choose their role",
            "invalid_choice": "Choose one of the roles listed",
        },
    )

    def __init__(self, *args, practitioners_only=False, **kwargs):
        super().__init__(*args, **kwargs)
        if practitioners_only:
            self.fields["role"].choices = [(Role.PRACTITIONER, Role.PRACTITIONER.label)]
            self.fields["role"].initial = Role.PRACTITIONER
            # A trial's lead invites their own school's staff: they join the lead's school.
            del self.fields["organisation"]
            self.relayout()

    def layout_fields(self):
        fields = [
            Field.text("email", field_width=Fluid.TWO_THIRDS),
            Field.text("full_name", field_width=Fluid.TWO_THIRDS),
        ]
        if "organisation" in self.fields:
            fields.append(Field.text("organisation", field_width=Fluid.TWO_THIRDS))
        return [*fields, Field.radios("role")]

    def offer_roles(self, target):
        """Only the roles `target` offers (no programme officer of a field trial), each with
        a line on what it lets them see and do there."""
        field = self.fields["role"]
        allowed = {str(value) for value, _ in field.choices}
        field.choices = [
            Choice(role.value, role.label, hint=f"Can {words.can(target, role)}.")
            for role in words.roles_for(target)
            if role.value in allowed
        ]


class NewLeadMixin:
    """A choice of new lead officer, shown only when the person leads a project."""

    def add_new_lead(self, candidates):
        self.fields["new_lead"] = forms.ModelChoiceField(
            queryset=candidates,
            required=False,
            label="Who is the new lead officer?",
            help_text="They lead a project here: name someone to take it over",
            empty_label="Choose an officer",
        )


class RoleForm(NewLeadMixin, GDSFormMixin, forms.Form):
    submit_label = "Change their role"
    role = forms.ChoiceField(
        choices=Role.choices,
        label="Their new role",
        widget=forms.RadioSelect,
        error_messages={
            "required": "Choose their role",
            "invalid_choice": "Choose one of the roles listed",
        },
    )

    def __init__(self, *args, lead_candidates=None, **kwargs):
        super().__init__(*args, **kwargs)
        if lead_candidates is not None:
            self.add_new_lead(lead_candidates)
            self.helper.layout.fields.insert(1, Field.select("new_lead"))

    def layout_fields(self):
        return [Field.radios("role")]

    def offer_roles(self, target, current):
        """The roles `target` offers, as the invite form offers them, each with what it lets
        them do there; the one they hold now, `current`, marked so. A role `target` no longer
        offers (a programme officer of a field trial, given before it stopped) is listed
        first when they hold it, so that keeping it loses nothing."""
        current = Role(current)
        offered = words.roles_for(target)

        def label(role):
            return f"{role.label} (their role now)" if role == current else role.label

        choices = [
            Choice(role.value, label(role), hint=f"Can {words.can(target, role)}.")
            for role in offered
        ]
        if current not in offered:
            hint = (
                "No longer offered here: it stays theirs if you keep it. Choose another to "
                "change it."
            )
            choices.insert(0, Choice(current.value, label(current), hint=hint))
        self.fields["role"].choices = choices


class MemberOrganisationForm(GDSFormMixin, forms.Form):
    """Where a team's member works, set by someone who manages the team: it gives rights, so
    the person does not pick it themselves."""

    submit_label = "Save their organisation"
    # Typed, with suggestions, as on the invite form: no list of every organisation.
    organisation = OrganisationField(
        required=False,
        label="Their organisation",
        help_text=f"{TYPE_AN_ORGANISATION}. Leave it empty if they work for none in the directory.",
    )

    def __init__(self, *args, organisations, **kwargs):
        super().__init__(*args, **kwargs)
        # Only those the manager may see (accounts.rules.visible_organisations), as the
        # suggestions offer.
        self.fields["organisation"].queryset = organisations.select_related("local_authority")

    def layout_fields(self):
        return [Field.text("organisation", field_width=Fluid.TWO_THIRDS)]


class RemoveForm(NewLeadMixin, GDSFormMixin, forms.Form):
    submit_label = "Yes, remove them"

    def __init__(self, *args, lead_candidates=None, **kwargs):
        super().__init__(*args, **kwargs)
        if lead_candidates is not None:
            self.add_new_lead(lead_candidates)
            self.helper.layout.fields.insert(0, Field.select("new_lead"))

    def layout_fields(self):
        return []


class ConfirmForm(GDSFormMixin, forms.Form):
    """A confirmation page's one button."""

    def __init__(self, *args, submit_label, **kwargs):
        self.submit_label = submit_label
        super().__init__(*args, **kwargs)

    def layout_fields(self):
        return []


class AcceptNewForm(GDSFormMixin, forms.Form):
    """A new person's name and password, to accept an invitation."""

    submit_label = "Accept and create my account"
    full_name = forms.CharField(
        label="Your full name",
        max_length=150,
        error_messages={"required": "Enter your full name"},
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
    )
    password1 = forms.CharField(
        label="Choose a password",
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}),
        help_text="At least 8 characters, not a common password, and not like your name "
        "or e-mail address",
        error_messages={"required": "Choose a password"},
    )
    password2 = forms.CharField(
        label="Type the password again",
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}),
        error_messages={"required": "Type the password again"},
    )

    def __init__(self, *args, email, **kwargs):
        self.email = email
        super().__init__(*args, **kwargs)

    def layout_fields(self):
        return [
            Field.text("full_name", field_width=Fluid.TWO_THIRDS),
            Field("password1"),
            Field("password2"),
        ]

    def clean(self):
        cleaned = super().clean()
        one, two = cleaned.get("password1"), cleaned.get("password2")
        if one and two and one != two:
            self.add_error("password2", "The two passwords are not the same")
        elif one:
            person = User(email=self.email, full_name=cleaned.get("full_name", ""))
            try:
                password_validation.validate_password(one, person)
            except forms.ValidationError as error:
                self.add_error("password1", error)
        return cleaned
