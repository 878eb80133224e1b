# A shared page's versions count from 1: the empty page is version 0, not 1, so that the
# first save is "Version 1" in its history. Pages saved before are renumbered down by one
# (their first save was version 2), oldest first so that no two share a number meanwhile.

from django.db import migrations, models


def count_from_one(apps, schema_editor):
    CommunitySpace = apps.get_model("communities", "CommunitySpace")
    PageRevision = apps.get_model("communities", "PageRevision")
    for space in CommunitySpace.objects.all().iterator():
        revisions = list(PageRevision.objects.filter(space=space).order_by("version"))
        if not revisions:
            if space.version == 1:  # never saved: the empty page
                CommunitySpace.objects.filter(pk=space.pk).update(version=0)
            continue
        if revisions[0].version < 2:
            continue  # already counted from 1
        for revision in revisions:
            PageRevision.objects.filter(pk=revision.pk).update(version=revision.version - 1)
        CommunitySpace.objects.filter(pk=space.pk).update(version=space.version - 1)


class Migration(migrations.Migration):
    dependencies = [
        ("communities", "0001_initial"),
    ]

    operations = [
        migrations.AlterField(
            model_name="communityspace",
            name="version",
            field=models.PositiveIntegerField(default=0, editable=False),
        ),
        migrations.RunPython(count_from_one, migrations.RunPython.noop),
    ]
