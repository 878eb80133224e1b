"""A post removed from a thread for officers only was written as discussions.post_removed on
what the thread is about (naming no thread), as an open thread's removal is on the thread.
Such events become discussions.post_removed_for_officers, which only the officers read
(accounts.rules.visible_events, Phrase.officers_only)."""

from django.db import migrations

OPEN, FOR_OFFICERS = "discussions.post_removed", "discussions.post_removed_for_officers"


def _relabel(apps, old, new):
    """Events of `old` written on something other than a thread become `new`."""
    Event = apps.get_model("accounts", "Event")
    events = Event.objects.filter(verb=old).exclude(
        target_type__app_label="discussions", target_type__model="thread"
    )
    Event.objects.filter(pk__in=events.values("pk")).update(verb=new)


def forwards(apps, schema_editor):
    _relabel(apps, OPEN, FOR_OFFICERS)


def backwards(apps, schema_editor):
    _relabel(apps, FOR_OFFICERS, OPEN)


class Migration(migrations.Migration):
    dependencies = [
        ("accounts", "0021_invitation_email_failure"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("discussions", "0003_thread_about_update"),
    ]

    operations = [migrations.RunPython(forwards, backwards)]
