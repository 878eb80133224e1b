# An outside member can be removed by the convenor ("removed"), and closing a community ends
# its outside memberships and the requests waiting ("closed"): opened again, it lets nobody
# back in who has not asked again. The communities closed before this are closed the same
# way now, dated and signed by the change that closed them where the history has it.

from django.db import migrations, models

OPEN_LABEL = "Open to people beyond the programme"


def end_those_of_closed_communities(apps, schema_editor):
    JoinRequest = apps.get_model("communities", "JoinRequest")
    Event = apps.get_model("accounts", "Event")
    live = JoinRequest.objects.filter(status__in=["pending", "approved"]).exclude(
        community__space__open_to_others=True
    )
    for community_id in set(live.values_list("community_id", flat=True)):
        closing = None
        changes = Event.objects.filter(
            verb="communities.community_changed",
            target_type__app_label="fieldtrials",
            target_type__model="communityofpractice",
            target_id=community_id,
        ).order_by("-created_at", "-pk")
        for event in changes.iterator():
            said = (event.data or {}).get("changes") or []
            if any(c.get("field") == OPEN_LABEL and c.get("to") == "No" for c in said):
                closing = event
                break
        live.filter(community_id=community_id).update(
            status="closed",
            decided_by_id=closing.actor_id if closing else None,
            decided_at=closing.created_at if closing else None,
            left_at=closing.created_at if closing else None,
        )


class Migration(migrations.Migration):
    dependencies = [
        ("accounts", "0013_urn_taken_in_plain_words"),
        ("communities", "0003_join_request_withdrawn_and_left_at"),
    ]

    operations = [
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
                    ("removed", "Removed"),
                    ("closed", "Ended when closed"),
                ],
                default="pending",
                max_length=10,
            ),
        ),
        migrations.RunPython(end_those_of_closed_communities, migrations.RunPython.noop),
    ]
