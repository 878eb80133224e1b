# One current measurement of an indicator a day (the constraint is the next migration): two
# for 1 October were both kept and both drawn. Where a day already has more than one, the
# one entered last is kept and the others are withdrawn, never deleted: they stay, marked
# with the reason, and may be read, as any withdrawn measurement may.

from django.db import migrations
from django.db.models import Count, F
from django.utils import timezone


def withdraw_repeats(apps, schema_editor):
    Measurement = apps.get_model("evaluation", "Measurement")
    current = Measurement.objects.filter(withdrawn_at__isnull=True)
    days = (
        current.values("indicator_id", "measured_on")
        .annotate(n=Count("id"))
        .filter(n__gt=1)
        .values_list("indicator_id", "measured_on")
    )
    now = timezone.now()
    for indicator_id, day in list(days):
        same_day = current.filter(indicator_id=indicator_id, measured_on=day)
        kept = same_day.order_by("-created_at", "-id").first()
        same_day.exclude(pk=kept.pk).update(
            withdrawn_at=now,
            withdrawn_reason=(
                f"Another measurement for {day.day} {day:%B %Y} was entered after this one, "
                "and one measurement a day is kept: this one was withdrawn, not deleted"
            ),
            version=F("version") + 1,
        )


class Migration(migrations.Migration):
    dependencies = [
        ("evaluation", "0008_theme_once_whatever_the_case"),
    ]

    operations = [migrations.RunPython(withdraw_repeats, migrations.RunPython.noop)]
