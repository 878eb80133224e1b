"""A Power to Innovate request's page reads its course and history from the event log, as
every other record's page does; events written before they carried the request's kind get it
from migration fieldtrials 0012."""

from importlib import import_module

from django.apps import apps
from django.urls import reverse

from accounts.models import Event
from accounts.services import record_event

backfill = import_module("fieldtrials.migrations.0012_pti_events_kind")


def test_an_event_written_the_old_way_shows_in_the_history_after_the_migration(world, client):
    pti = world.pti  # Coral's "Vetch Regulation", submitted
    officer = world.users["officer"]
    # As the service wrote them before: the request's id (and name, on adding), no kind.
    record_event(actor=world.users["leader"], verb="fieldtrials.pti_created", target=world.coral,
                 data={"id": pti.pk, "text": str(pti)})  # fmt: skip
    record_event(actor=world.users["leader"], verb="fieldtrials.pti_submit", target=world.coral,
                 data={"id": pti.pk, "from": "draft", "to": "submitted"})  # fmt: skip
    other = Event.objects.create(  # another request's event: not this one's history
        actor=officer, verb="fieldtrials.milestone_added", target=world.coral,
        target_name="Coral Trial", data={"id": pti.pk, "text": "Sage"},
    )  # fmt: skip
    client.force_login(officer)
    url = reverse("fieldtrials:pti_detail", args=[pti.pk])
    history = client.get(url).content.decode().split('id="history"')[1]
    assert "submitted" not in history and "No changes recorded yet." in history

    backfill.give_pti_events_their_kind(apps, None)

    page = client.get(url).content.decode()
    course, history = page.split('id="course"')[1].split('id="history"')
    assert "Leader Person drafted the Power to Innovate request “Vetch Regulation”." in history
    assert "Leader Person submitted the Power to Innovate request “Vetch Regulation”." in history
    assert "Submitted" in course and "by Leader Person" in course
    submitted = Event.objects.get(verb="fieldtrials.pti_submit")
    assert submitted.data["kind"] == "power-to-innovate"
    assert submitted.data["text"] == "Power to Innovate: Vetch Regulation"
    other.refresh_from_db()
    assert "kind" not in other.data
    backfill.give_pti_events_their_kind(apps, None)  # running it again changes nothing
    assert Event.objects.get(pk=submitted.pk).data == submitted.data


def test_the_service_writes_the_kind_on_new_events(world):
    from fieldtrials.services.records import transition_pti

    transition_pti(request=world.pti, action="advise", actor=world.users["officer"], advice="Yes")
    advised = Event.objects.get(verb="fieldtrials.pti_advise")
    assert advised.data["kind"] == "power-to-innovate" and advised.data["id"] == world.pti.pk
