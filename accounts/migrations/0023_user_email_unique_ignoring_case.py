"""E-mail addresses unique whatever their capitals (OFFICER@Example.org beside
officer@example.org made sign-in for both a 500 and sent a password reset to both).

Addresses that clash already are settled first, so that the constraint applies to any
database: of each group of accounts whose addresses differ only in case, the one whose
address is stored in lower case is kept (else the one last signed in, else the oldest);
each other one is switched off and its address becomes "duplicate-<id>-<address>", so that
it keeps its memberships and history for an administrator to look at and nobody can sign in
to it by mistake. Each one so changed is printed. Nothing else is changed."""

import django.db.models.functions.text
from django.db import migrations, models
from django.db.models import Count
from django.db.models.functions import Lower


def settle_clashing_addresses(apps, schema_editor):
    User = apps.get_model("accounts", "User")
    clashing = (
        User.objects.annotate(key=Lower("email"))
        .values("key")
        .annotate(n=Count("pk"))
        .filter(n__gt=1)
        .values_list("key", flat=True)
    )
    for key in list(clashing):
        group = list(User.objects.filter(email__iexact=key))
        group.sort(
            key=lambda u: (
                u.email != key,
                u.last_login is None,
                -(u.last_login.timestamp() if u.last_login else 0),
                u.pk,
            )
        )
        for other in group[1:]:
            moved = f"duplicate-{other.pk}-{other.email}"[:254]
            print(f"\n  accounts.User {other.pk}: {other.email} switched off, now {moved}")
            User.objects.filter(pk=other.pk).update(email=moved, is_active=False)


class Migration(migrations.Migration):
    dependencies = [
        ("accounts", "0022_community_ended_notification_kind"),
        ("auth", "0012_alter_user_first_name_max_length"),
    ]

    operations = [
        migrations.RunPython(settle_clashing_addresses, migrations.RunPython.noop),
        migrations.AddConstraint(
            model_name="user",
            constraint=models.UniqueConstraint(
                django.db.models.functions.text.Lower("email"),
                name="accounts_user_email_unique_ignoring_case",
                violation_error_message=(
                    "There is already an account with this e-mail address "
                    "(capital letters make no difference)"
                ),
            ),
        ),
    ]
