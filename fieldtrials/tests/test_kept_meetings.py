"""A community of practice's meetings are kept records (nextpractice/records): corrected by
its convenor and officers under the stale-save guard, withdrawn with a reason (then no longer
listed or counted), deleted by whoever recorded one minutes ago, told in the community's
history, and exported (CSV and XLSX) with only the trials the reader sees."""

import csv
import datetime
import io

import pytest
from django.urls import reverse
from openpyxl import load_workbook

from accounts.models import Event
from fieldtrials.models import CommunityMeeting
from fieldtrials.selectors_updates import communities_for_listing, trial_communities
from fieldtrials.services.updates import record_meeting


def kit(action, meeting):
    kwargs = {"app": "fieldtrials", "kind": "meeting", "pk": meeting.pk}
    return reverse(f"records:{action}", kwargs=kwargs)


def export(community, fmt="csv"):
    kwargs = {"app": "fieldtrials", "kind": "meeting", "pk": community.pk, "fmt": fmt}
    return reverse("records:export", kwargs=kwargs)


def page_of(client, community):
    return client.get(reverse("fieldtrials:community_detail", args=[community.pk])).content.decode()


@pytest.fixture
def officer(world, client):
    """Rowan's convenor."""
    client.force_login(world.users["officer"])
    return world.users["officer"]


def edited(meeting, **changes):
    data = {
        "version": meeting.version,
        "held_on": f"{meeting.held_on:%d/%m/%Y}",
        "attended_by": [t.pk for t in meeting.attended_by.all()],
        "shared": meeting.shared,
    }
    return {**data, **changes}


def test_the_convenor_corrects_a_meeting_and_a_stale_save_is_refused(world, client, officer):
    meeting = world.meeting  # Rowan's, 1 March 2007: "Willow sharing"
    typed = edited(meeting, shared="Willow and Hazel sharing")
    assert client.post(kit("edit", meeting), typed).status_code == 302
    meeting.refresh_from_db()
    assert meeting.shared == "Willow and Hazel sharing" and meeting.version == 2
    stale = client.post(kit("edit", meeting), {**typed, "shared": "Mine", "version": 1})
    assert stale.status_code == 409 and "Willow and Hazel sharing" in stale.content.decode()
    meeting.refresh_from_db()
    assert meeting.shared == "Willow and Hazel sharing"
    in_two_days = datetime.date.today() + datetime.timedelta(days=2)
    future = edited(meeting, held_on=f"{in_two_days:%d/%m/%Y}")
    refused = client.post(kit("edit", meeting), future)
    assert refused.status_code == 400
    assert "The meeting date must be today or in the past" in refused.content.decode()
    event = Event.objects.get(verb="fieldtrials.meeting_changed")
    assert event.target == world.rowan and event.data["id"] == meeting.pk
    page = page_of(client, world.rowan)
    assert "changed the meeting “Rowan Community, 1 March 2007”" in page
    assert "What was shared: from Willow sharing to Willow and Hazel sharing" in page


def test_a_meeting_corrected_to_year_one_is_refused(world, client, officer):
    meeting = world.meeting
    refused = client.post(kit("edit", meeting), edited(meeting, held_on="0001-01-01"))
    assert refused.status_code == 400
    assert "The meeting date must be" in refused.content.decode()
    assert "or after:" in refused.content.decode()
    meeting.refresh_from_db()
    assert meeting.held_on == datetime.date(2007, 3, 1) and meeting.version == 1


def test_changing_who_came_tells_how_many_not_which(world, client, officer):
    """Not everyone who reads the community's history sees all its trials (the partner does
    not see Quill): the event says how many trials came, and keeps those the editor cannot
    untick."""
    meeting = world.meeting
    meeting.attended_by.set([world.coral])
    response = client.post(
        kit("edit", meeting), edited(meeting, attended_by=[world.coral.pk, world.quill.pk])
    )
    assert response.status_code == 302
    assert set(meeting.attended_by.all()) == {world.coral, world.quill}
    event = Event.objects.get(verb="fieldtrials.meeting_changed")
    assert event.data["changes"] == [{"field": "Trials that came", "from": "1", "to": "2"}]
    assert "Quill" not in str(event.data)


def test_trial_members_may_not_change_a_meeting(world, client):
    client.force_login(world.users["leader"])  # on Coral's team: reads the meetings
    assert client.get(kit("edit", world.meeting)).status_code == 403
    assert client.post(kit("withdraw", world.meeting), {"reason": "x"}).status_code == 403
    assert not CommunityMeeting.objects.get(pk=world.meeting.pk).is_withdrawn


def test_a_withdrawn_meeting_is_no_longer_listed_or_counted(world, client, officer):
    later = record_meeting(
        community=world.rowan,
        held_on=datetime.date(2007, 4, 2),
        shared="Rosemary sharing",
        attended_by=[world.coral],
        actor=officer,
    )
    [rowan] = trial_communities(world.coral, officer)
    assert rowan.meeting_count == 2 and rowan.last_met == datetime.date(2007, 4, 2)
    response = client.post(kit("withdraw", later), {"reason": "Recorded for the wrong community"})
    assert response.status_code == 302
    later.refresh_from_db()
    assert later.is_withdrawn and later.withdrawn_by == officer
    [rowan] = trial_communities(world.coral, officer)
    assert rowan.meeting_count == 1 and rowan.last_met == datetime.date(2007, 3, 1)
    listed = communities_for_listing(officer).get(pk=world.rowan.pk)
    assert listed.meeting_count == 1
    page = page_of(client, world.rowan)
    meetings = page.split('id="meetings"')[1].split('id="community-history"')[0]
    assert "Willow sharing" in meetings and "Rosemary sharing" not in meetings
    assert (
        "withdrew the meeting “Rowan Community, 2 April 2007”. Reason: Recorded for the wrong "
        "community." in page
    )
    again = client.post(kit("withdraw", later), {"reason": "Twice"})
    assert again.status_code == 409


def test_whoever_recorded_a_meeting_minutes_ago_may_delete_it(world, client, officer):
    mistake = record_meeting(community=world.rowan, held_on=datetime.date(2007, 4, 3),
                             shared="Typo sharing", attended_by=[], actor=officer)  # fmt: skip
    assert client.post(kit("delete", mistake), {}).status_code == 302
    assert not CommunityMeeting.objects.filter(pk=mistake.pk).exists()
    assert Event.objects.filter(verb="fieldtrials.meeting_deleted").exists()
    # The world's meeting was recorded by nobody here: it is withdrawn, not deleted.
    assert client.post(kit("delete", world.meeting), {}).status_code == 409


def read_csv(response):
    return list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))


def test_the_export_holds_current_meetings_with_only_the_trials_the_reader_sees(
    world, client, officer
):
    world.meeting.attended_by.set([world.coral, world.quill])
    gone = record_meeting(community=world.rowan, held_on=datetime.date(2007, 4, 2),
                          shared="Rosemary sharing", attended_by=[], actor=officer)  # fmt: skip
    client.post(kit("withdraw", gone), {"reason": "Twice"})
    client.force_login(world.users["partner"])  # reads Coral, not Quill
    rows = read_csv(client.get(export(world.rowan)))
    assert rows[0] == ["Date", "Trials that came", "What was shared", "Recorded by"]
    assert rows[1:] == [["2007-03-01", "Coral Trial", "Willow sharing", ""]]
    client.force_login(world.users["officer"])
    rows = read_csv(client.get(export(world.rowan)))
    assert rows[1][1] == "Coral Trial; Quill Trial"
    sheet = load_workbook(io.BytesIO(client.get(export(world.rowan, "xlsx")).content)).active
    assert [cell.value for cell in sheet[2]][1:3] == ["Coral Trial; Quill Trial", "Willow sharing"]
    page = page_of(client, world.rowan)
    assert export(world.rowan) in page and export(world.rowan, "xlsx") in page


def test_an_outside_member_reads_no_meeting_through_the_kit(world, client):
    """The outsider joined Juniper from outside: they read its page, not its meetings."""
    juniper = world.objects["juniper"]
    meeting = CommunityMeeting.objects.get(community=juniper)
    client.force_login(world.users["outsider"])
    assert client.get(kit("edit", meeting)).status_code == 404
    assert client.get(kit("withdraw", meeting)).status_code == 404
    assert client.get(export(juniper)).status_code == 403
    client.force_login(world.users["officer"])  # Juniper's convenor
    assert "Larch sharing" in read_csv(client.get(export(juniper)))[1]
