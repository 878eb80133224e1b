"""Power to Innovate events written before their service gave them the request's record kind
get it now (and the request's name, for those that kept none), so the request's page reads
its history from the event log, as every other record's page does."""

from django.db import migrations

KIND = "power-to-innovate"
VERBS = [
    "fieldtrials.pti_created",
    "fieldtrials.pti_updated",
    "fieldtrials.pti_submit",
    "fieldtrials.pti_advise",
    "fieldtrials.pti_grant",
    "fieldtrials.pti_refuse",
    "fieldtrials.pti_withdraw",
]


def give_pti_events_their_kind(apps, schema_editor):
    Event = apps.get_model("accounts", "Event")
    Request = apps.get_model("fieldtrials", "PowerToInnovateRequest")
    regulations = dict(Request.objects.values_list("pk", "regulation"))
    for event in Event.objects.filter(verb__in=VERBS).order_by("pk").iterator():
        data = dict(event.data or {})
        if data.get("kind") == KIND or not isinstance(data.get("id"), int):
            continue
        data["kind"] = KIND
        if not data.get("text") and data["id"] in regulations:
            data["text"] = f"Power to Innovate: {regulations[data['id']]}"[:200]
        event.data = data
        event.save(update_fields=["data"])


class Migration(migrations.Migration):
    dependencies = [
        ("accounts", "0010_mention_notification_kind"),
        ("fieldtrials", "0011_kept_community_meetings"),
    ]

    operations = [
        migrations.RunPython(give_pti_events_their_kind, migrations.RunPython.noop),
    ]
