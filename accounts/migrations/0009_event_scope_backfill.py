"""Place the events written before events knew their programme, project and field trial, and
give them their target's name where the target has a title or a name."""

from django.db import migrations
from django.db.models import BigIntegerField, CharField, OuterRef, Subquery
from django.db.models.functions import Coalesce

from accounts.scopes import LEVELS, scope_lookups


def backfill(apps, schema_editor):
    Event = apps.get_model("accounts", "Event")
    ContentType = apps.get_model("contenttypes", "ContentType")
    used = Event.objects.values_list("target_type", flat=True).distinct()
    for content_type in ContentType.objects.filter(pk__in=list(used)):
        try:
            model = apps.get_model(content_type.app_label, content_type.model)
        except LookupError:  # a model since removed
            continue
        row = model._base_manager.filter(pk=OuterRef("target_id"))
        changes = {}
        for level in LEVELS:
            lookups = scope_lookups(model)[level]
            if lookups:
                value = Coalesce(*lookups, None, output_field=BigIntegerField())
                changes[f"{level}_id"] = Subquery(row.values_list(value)[:1])
        names = [f.name for f in model._meta.concrete_fields if f.name in ("title", "name")]
        if names:
            changes["target_name"] = Coalesce(
                Subquery(row.values_list(names[0])[:1]), "target_name", output_field=CharField()
            )
        if changes:
            Event.objects.filter(target_type=content_type.pk).update(**changes)


class Migration(migrations.Migration):
    dependencies = [("accounts", "0008_event_scope")]

    operations = [migrations.RunPython(backfill, migrations.RunPython.noop)]
