from django.contrib import admin
from django.contrib.admin.utils import unquote
from django.contrib.auth.admin import UserAdmin as BaseUserAdmin
from django.contrib.auth.forms import AdminUserCreationForm, UserChangeForm
from django.core.exceptions import PermissionDenied, ValidationError
from django.urls import reverse
from django.utils.html import format_html

from nextpractice.admin_widgets import IdsOnlyAutocomplete

# ERASED_STAYS_OFF says why an erased person's page changes nothing, in the words the rules and
# the database's constraint use: the erase page promised their account is switched off for
# good (accounts/erasure.py), and sign-in refuses it anyway (accounts/backends.py).
from .models import (
    EMAIL_TAKEN,
    ERASED_STAYS_OFF,
    Event,
    Notification,
    Organisation,
    User,
    email_key,
)


class OneAccountPerAddress:
    """The address kept as sign-in matches it (trimmed, in lower case), and refused beside
    the field when another account has it in any case: `OFFICER@Example.org` beside
    `officer@example.org` made sign-in for both a 500."""

    def clean_email(self):
        address = email_key(self.cleaned_data.get("email"))
        others = User.objects.filter(email__iexact=address).exclude(pk=self.instance.pk)
        if address and others.exists():
            raise ValidationError(EMAIL_TAKEN, code="unique")
        return address


class UserCreationForm(OneAccountPerAddress, AdminUserCreationForm):
    class Meta(AdminUserCreationForm.Meta):
        model = User
        fields = ["email", "full_name"]


class UserAccountForm(OneAccountPerAddress, UserChangeForm):
    class Meta(UserChangeForm.Meta):
        model = User
        labels = {"is_active": "Account switched on"}
        help_texts = {
            "is_active": (
                "Someone who has left: use ‘Switch off this account (they have left)’ at the "
                "top of this page instead, which says what happens and lists what they lead."
            )
        }


@admin.register(User)
class UserAdmin(IdsOnlyAutocomplete, BaseUserAdmin):
    add_form = UserCreationForm
    form = UserAccountForm
    ordering = ["email"]
    list_display = ["email", "full_name", "organisation", "is_staff", "is_active"]
    search_fields = ["email", "full_name"]
    list_select_related = ["organisation"]
    autocomplete_fields = ["organisation"]
    fieldsets = [
        (None, {"fields": ["email", "password"]}),
        ("Details", {"fields": ["full_name", "job_title", "organisation"]}),
        ("Access", {"fields": ["is_active", "is_staff", "is_superuser", "groups"]}),
        ("Dates", {"fields": ["last_login", "date_joined"]}),
        ("Their data", {"fields": ["their_data"]}),
    ]
    readonly_fields = ["their_data"]
    add_fieldsets = [
        (None, {"classes": ["wide"], "fields": ["email", "full_name", "password1", "password2"]})
    ]
    filter_horizontal = ["groups"]
    list_filter = ["is_staff", "is_active"]

    @admin.display(description="Their data")
    def their_data(self, obj):
        """A subject access request: the page that downloads all they hold (and logs it)."""
        if obj is None or obj.pk is None:
            return ""
        return format_html(
            '<a href="{}">Download everything Next Practice holds about {}</a>',
            reverse("accounts:person_data", args=[obj.pk]),
            obj.full_name or obj.email,
        )

    def save_model(self, request, obj, form, change):
        """Saved; and once "Active" is unticked (someone has left), the invitations they
        sent that nobody has answered are withdrawn, in the same transaction, and the
        administrator is told how many."""
        super().save_model(request, obj, form, change)
        if change and "is_active" in form.changed_data and not obj.is_active:
            from .people.services import withdraw_invitations_of_switched_off

            count = withdraw_invitations_of_switched_off(user=obj, actor=request.user)
            if count:
                sent = (
                    "The invitation they sent that nobody had answered is withdrawn"
                    if count == 1
                    else f"The {count} invitations they sent that nobody had answered are withdrawn"
                )
                self.message_user(
                    request,
                    f"{obj}'s account is switched off. {sent}: nobody can join through "
                    f"{'it' if count == 1 else 'them'}.",
                )

    def has_change_permission(self, request, obj=None):
        """An erased person's page is read only: nobody ticks "Active" again, types a name
        back in, or sets a password (ERASED_STAYS_OFF)."""
        if obj is not None and obj.erased_at is not None:
            return False
        return super().has_change_permission(request, obj)

    def get_fieldsets(self, request, obj=None):
        """An erased account has no password to show, nor a link to set one."""
        fieldsets = super().get_fieldsets(request, obj)
        if obj is None or obj.erased_at is None:
            return fieldsets
        return [
            (name, {**options, "fields": [f for f in options["fields"] if f != "password"]})
            for name, options in fieldsets
        ]

    def user_change_password(self, request, id, form_url=""):
        person = self.get_object(request, unquote(id))
        if person is not None and person.erased_at is not None:
            raise PermissionDenied(ERASED_STAYS_OFF)
        return super().user_change_password(request, id, form_url)

    def has_delete_permission(self, request, obj=None):
        """Never deleted here, nor in bulk ("Delete selected" goes with it): a deleted person
        left their name and sign-ins in other tables, or failed on what they wrote. Their
        details are erased through accounts/erasure.py, which the person's page links to."""
        return False

    def change_view(self, request, object_id, form_url="", extra_context=None):
        """The person's page, with links to erase their details (or why not) and to switch
        their account off or on, for whoever may (accounts.rules.check_erase_person,
        check_switch_account; the pages they lead to ask again)."""
        from .rules import check_erase_person, check_switch_account

        person = self.get_object(request, object_id)
        if request.method == "POST" and person is not None and person.erased_at is not None:
            raise PermissionDenied(ERASED_STAYS_OFF)
        allowed, reason = check_erase_person(request.user, person) if person else (False, "")
        extra_context = {
            **(extra_context or {}),
            "may_erase": allowed,
            "may_not_erase_because": reason,
            "may_switch": person is not None and check_switch_account(request.user, person)[0],
        }
        return super().change_view(request, object_id, form_url, extra_context)


@admin.register(Organisation)
class OrganisationAdmin(IdsOnlyAutocomplete, admin.ModelAdmin):
    list_display = ["name", "kind", "local_authority", "urn"]
    list_filter = ["kind"]
    search_fields = ["name", "urn"]
    list_select_related = ["local_authority"]
    autocomplete_fields = ["local_authority"]


@admin.register(Event)
class EventAdmin(admin.ModelAdmin):
    list_display = ["created_at", "verb", "actor", "target_type", "target_id"]
    list_filter = ["verb"]
    list_select_related = ["actor", "target_type"]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False


@admin.register(Notification)
class NotificationAdmin(admin.ModelAdmin):
    list_display = ["created_at", "recipient", "kind", "message", "read_at"]
    list_select_related = ["recipient"]
