# A request taken back before anyone decided it is "withdrawn", not "left" (its asker never
# joined), and a request ended either way keeps when: the requests list says "Left on ..." or
# "Withdrawn on ...". Those ended before are told apart by whether anyone decided them, and
# dated by the event that ended them.

from django.db import migrations, models


def withdrawn_and_when(apps, schema_editor):
    JoinRequest = apps.get_model("communities", "JoinRequest")
    Event = apps.get_model("accounts", "Event")
    JoinRequest.objects.filter(status="left", decided_at__isnull=True).update(status="withdrawn")
    ended = Event.objects.filter(verb__in=["communities.left", "communities.join_withdrawn"])
    for event in ended.order_by("created_at").iterator():
        request = (event.data or {}).get("request")
        if isinstance(request, int):
            JoinRequest.objects.filter(
                pk=request, status__in=["left", "withdrawn"], left_at__isnull=True
            ).update(left_at=event.created_at)


def back(apps, schema_editor):
    JoinRequest = apps.get_model("communities", "JoinRequest")
    JoinRequest.objects.filter(status="withdrawn").update(status="left")


class Migration(migrations.Migration):
    dependencies = [
        ("accounts", "0013_urn_taken_in_plain_words"),
        ("communities", "0002_page_versions_from_one"),
    ]

    operations = [
        migrations.AddField(
            model_name="joinrequest",
            name="left_at",
            field=models.DateTimeField(blank=True, null=True),
        ),
        migrations.AlterField(
            model_name="joinrequest",
            name="status",
            field=models.CharField(
                choices=[
                    ("pending", "Waiting for a decision"),
                    ("approved", "Approved"),
                    ("declined", "Declined"),
                    ("left", "Left"),
                    ("withdrawn", "Withdrawn"),
                ],
                default="pending",
                max_length=10,
            ),
        ),
        migrations.RunPython(withdrawn_and_when, back),
    ]
