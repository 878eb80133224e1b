"""Communities of practice: trials grouped to share learning, their members and meetings."""

import datetime

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import timezone

from accounts.models import Event, Role
from accounts.tests.factories import UserFactory
from communities.tests.factories import CommunitySpaceFactory
from fieldtrials.models import CommunityMeeting, CommunityOfPractice
from fieldtrials.selectors_updates import trial_communities
from fieldtrials.services.updates import record_meeting
from fieldtrials.tests.factories import FieldTrialFactory
from programmes.tests.factories import ProjectMembershipFactory

LIST = reverse("fieldtrials:community_list")
CREATE = reverse("fieldtrials:community_create")


def detail_url(community):
    return reverse("fieldtrials:community_detail", args=[community.pk])


def trials_url(community):
    return reverse("fieldtrials:community_edit_trials", args=[community.pk])


def meeting_url(community):
    return reverse("fieldtrials:meeting_create", args=[community.pk])


def signed_in(client, user):
    client.force_login(user)
    return client


def test_members_see_the_communities_of_their_trials(world, client):
    signed_in(client, world.users["leader"])
    page = client.get(LIST).content.decode()
    assert "Rowan Community" in page
    # The outsider, on no trial, joined Juniper from outside: they find it, and no more.
    page = signed_in(client, world.users["outsider"]).get(LIST).content.decode()
    assert "Juniper Community" in page and "Rowan Community" not in page
    assert signed_in(client, UserFactory()).get(LIST).status_code == 403  # joined none


def test_a_community_joined_only_from_outside_is_listed_by_name_without_its_figures(world, client):
    """Coral's school leader joins Juniper (Elm's, which they do not read) from outside: its
    page hides its trials and meetings from them, and so does the list, which names it apart
    with a link to its page."""
    from communities.models import JoinRequest

    leader = world.users["leader"]
    JoinRequest.objects.create(community=world.juniper, user=leader, status="approved")
    page = signed_in(client, leader).get(LIST).content.decode()
    table, joined = page.split("Communities you joined from outside")
    assert "Rowan Community" in table and "1 March 2007" in table  # theirs, in full
    assert "Juniper Community" not in table
    assert f'href="{detail_url(world.juniper)}">Juniper Community</a>' in joined
    assert "8 March 2007" not in page  # when Juniper last met
    # Without an outside join, no such list.
    JoinRequest.objects.filter(user=leader).delete()
    assert "joined from outside" not in client.get(LIST).content.decode()


def test_a_reader_sees_only_the_trials_they_may_see_and_how_many_others(world, client):
    signed_in(client, world.users["partner"])
    page = client.get(detail_url(world.rowan)).content.decode()
    assert "Coral Trial" in page and "Quill Trial" not in page
    assert "And 1 other trial you do not have access to" in page
    assert "Willow sharing" in page
    assert "Record a meeting" not in page


def test_an_officer_starts_a_community_and_convenes_it(world, client):
    officer = world.users["officer"]
    signed_in(client, officer)
    response = client.post(
        CREATE,
        {"name": "Flexible days", "purpose": "Timetables",
         "field_trials": [world.coral.pk, world.elm.pk]},
    )  # fmt: skip
    community = CommunityOfPractice.objects.get(name="Flexible days")
    assert response.status_code == 302 and response["Location"] == detail_url(community)
    assert community.convenor == officer
    assert set(community.field_trials.all()) == {world.coral, world.elm}
    assert Event.objects.filter(verb="fieldtrials.community_created").count() == 1


def test_a_community_needs_a_name_and_a_trial_and_a_new_name(world, client):
    signed_in(client, world.users["officer"])
    response = client.post(CREATE, {"name": "", "field_trials": []})
    assert response.status_code == 400
    page = response.content.decode()
    assert "Enter a name for the community" in page and "Choose at least one field trial" in page
    response = client.post(CREATE, {"name": "Rowan Community", "field_trials": [world.coral.pk]})
    assert response.status_code == 400
    assert "There is already a community of practice with this name" in response.content.decode()
    # Nothing new beside the world's communities (Rowan, and the communities app's Juniper).
    known = [world.rowan.pk, world.juniper.pk]
    assert not CommunityOfPractice.objects.exclude(pk__in=known).exists()


def test_only_officers_start_communities_and_only_from_trials_they_see(world, client):
    signed_in(client, world.users["leader"])
    assert client.get(CREATE).status_code == 403
    signed_in(client, world.users["officer"])
    page = client.get(CREATE).content.decode()
    assert "Coral Trial" in page and "Onyx Trial" not in page
    response = client.post(CREATE, {"name": "Sneaky", "field_trials": [world.onyx_trial.pk]})
    assert response.status_code == 400
    assert not CommunityOfPractice.objects.filter(name="Sneaky").exists()


def test_an_officer_of_any_project_may_start_a_community(world, client):
    """fieldtrials.add_community: officers anywhere (a project's, not only a programme's)."""
    amber_officer = UserFactory()
    ProjectMembershipFactory(project=world.amber, user=amber_officer, role=Role.OFFICER)
    assert amber_officer.has_perm("fieldtrials.add_community")
    signed_in(client, amber_officer)
    assert "Start a community of practice" in client.get(LIST).content.decode()
    response = client.post(CREATE, {"name": "Amber circle", "field_trials": [world.coral.pk]})
    assert response.status_code == 302
    for persona in ("consultant", "leader", "partner"):
        user = world.users[persona]
        assert not user.has_perm("fieldtrials.add_community"), persona
        signed_in(client, user)
        assert "Start a community of practice" not in client.get(LIST).content.decode()


def test_changing_the_trials_keeps_those_the_editor_cannot_see(world, client):
    # An officer of Amber only: sees Coral and Dune, not Quill (Beryl).
    amber_officer = UserFactory()
    ProjectMembershipFactory(project=world.amber, user=amber_officer, role=Role.OFFICER)
    signed_in(client, amber_officer)
    page = client.get(trials_url(world.rowan)).content.decode()
    assert "Quill Trial" not in page
    response = client.post(trials_url(world.rowan), {"field_trials": [world.dune.pk]})
    assert response.status_code == 302
    assert set(world.rowan.field_trials.all()) == {world.dune, world.quill}
    event = Event.objects.get(verb="fieldtrials.community_trials_changed")
    assert event.data == {"added": [world.dune.pk], "removed": [world.coral.pk]}
    # Sent again as it now is (a second tab, a retried post): nothing more in its history.
    response = client.post(trials_url(world.rowan), {"field_trials": [world.dune.pk]})
    assert response.status_code == 302
    assert Event.objects.filter(verb="fieldtrials.community_trials_changed").count() == 1


def test_a_community_keeps_at_least_one_trial(world, client):
    signed_in(client, world.users["admin"])
    response = client.post(trials_url(world.rowan), {"field_trials": []})
    assert response.status_code == 400
    assert "A community needs at least one field trial" in response.content.decode()
    assert world.rowan.field_trials.count() == 2


def test_trial_members_may_not_change_the_community(world, client):
    signed_in(client, world.users["leader"])
    assert client.get(trials_url(world.rowan)).status_code == 403
    assert client.get(meeting_url(world.rowan)).status_code == 403


def test_a_meeting_is_recorded_with_who_came_and_what_was_shared(world, client):
    signed_in(client, world.users["officer"])
    response = client.post(
        meeting_url(world.rowan),
        {"held_on": "14/5/2007", "attended_by": [world.coral.pk, world.quill.pk],
         "shared": "Blocked timetables across sites"},
    )  # fmt: skip
    assert response.status_code == 302
    meeting = CommunityMeeting.objects.get(held_on=datetime.date(2007, 5, 14))
    assert set(meeting.attended_by.all()) == {world.coral, world.quill}
    assert meeting.created_by == world.users["officer"]
    # The partner reads what was shared, and that another trial came, not which.
    signed_in(client, world.users["partner"])
    page = client.get(detail_url(world.rowan)).content.decode()
    assert "Blocked timetables across sites" in page
    assert "Trials present: Coral Trial; and 1 other trial." in page


def test_a_meeting_needs_a_past_date_and_what_was_shared(world, client):
    signed_in(client, world.users["officer"])
    tomorrow = timezone.localdate() + datetime.timedelta(days=1)
    response = client.post(
        meeting_url(world.rowan), {"held_on": f"{tomorrow:%d/%m/%Y}", "shared": ""}
    )
    assert response.status_code == 400
    page = response.content.decode()
    assert "Say what the meeting shared" in page
    response = client.post(
        meeting_url(world.rowan), {"held_on": f"{tomorrow:%d/%m/%Y}", "shared": "Plans"}
    )
    assert response.status_code == 400
    assert "The meeting date must be today or in the past" in response.content.decode()
    assert world.rowan.meetings.count() == 1


def test_a_meeting_held_before_its_trials_programmes_began_is_refused(world, client):
    """Held on 1 January 0001, it read so on the community's page."""
    signed_in(client, world.users["officer"])
    began = min(t.project.programme.start_date for t in world.rowan.field_trials.all())
    for typed in ("0001-01-01", "1/1/0001"):
        response = client.post(meeting_url(world.rowan), {"held_on": typed, "shared": "Plans"})
        assert response.status_code == 400
        assert f"The meeting date must be {began:%-d/%-m/%Y} or after:" in (
            response.content.decode()
        )
    assert world.rowan.meetings.count() == 1
    with pytest.raises(ValidationError) as refused:
        record_meeting(community=world.rowan, held_on=datetime.date(1, 1, 1), shared="Plans",
                       attended_by=[], actor=world.users["officer"])  # fmt: skip
    assert list(refused.value.message_dict) == ["held_on"]


def test_only_the_communitys_trials_can_be_said_to_have_come(world, client):
    signed_in(client, world.users["officer"])
    response = client.post(
        meeting_url(world.rowan),
        {"held_on": "14/5/2007", "attended_by": [world.dune.pk], "shared": "Plans"},
    )
    assert response.status_code == 400
    assert world.rowan.meetings.count() == 1


def test_the_trial_page_lists_the_communities_a_reader_may_see(world):
    communities = trial_communities(world.coral, world.users["partner"])
    assert [c.name for c in communities] == ["Rowan Community"]
    assert communities[0].trial_count == 2 and communities[0].meeting_count == 1
    assert trial_communities(world.dune, world.users["partner"]) == []


def grow_community(w, size):
    """Rowan with `size` more trials in Beryl (which only the officer reads) and meetings."""
    first = w.rowan.field_trials.count()
    trials = [
        FieldTrialFactory(project=w.beryl, title=f"Beryl trial {first + n}") for n in range(size)
    ]
    w.rowan.field_trials.add(*trials)
    for n in range(size):
        meeting = CommunityMeeting.objects.create(
            community=w.rowan, held_on=datetime.date(2007, 4, 1), shared=f"Sharing {n}"
        )
        meeting.attended_by.set([w.coral, trials[n]])


@pytest.mark.parametrize("size", [5, 50])
def test_the_community_page_takes_the_same_queries_for_5_or_50(
    world, client, django_assert_num_queries, size
):
    grow_community(world, size)
    signed_in(client, world.users["officer"])
    client.get(detail_url(world.rowan))
    # The page is the community's space: its members (two), its shared page (with the
    # community), requests waiting, the discussions panel and the follow button; each list
    # paged (a count each), whether they read its members and meetings, and its history
    # (one query of the event log).
    with django_assert_num_queries(20):
        response = client.get(detail_url(world.rowan))
    assert response.status_code == 200
    assert f"Beryl trial {size + 1}" in response.content.decode()


@pytest.mark.parametrize("size", [5, 50])
def test_the_community_list_takes_the_same_queries_for_5_or_50(
    world, client, django_assert_num_queries, size
):
    from communities.models import JoinRequest

    for n in range(size):
        community = CommunityOfPractice.objects.create(name=f"Community {n:02}")
        community.field_trials.set([world.coral, world.quill])
        outside = CommunityOfPractice.objects.create(name=f"Outside {n:02}")
        CommunitySpaceFactory(community=outside, open_to_others=True)
        JoinRequest.objects.create(community=outside, user=world.users["leader"], status="approved")
    signed_in(client, world.users["leader"])
    client.get(LIST)
    # 11: asking fieldtrials.add_community (false for the leader) lets Django's model
    # backend load the user's permissions, two queries, once; the communities they joined
    # from outside, a count and a page.
    with django_assert_num_queries(11):
        response = client.get(LIST)
    assert response.status_code == 200
    body = response.content.decode()
    assert "Community 00" in body and "Outside 00" in body
    shown = min(size, 25)
    assert f"Communities you joined from outside ({size})" in body
    assert f"Outside {shown - 1:02}" in body and f"Outside {shown:02}" not in body
    assert ('aria-label="Pages of communities you joined from outside"' in body) == (size > 25)


def test_the_communities_joined_from_outside_are_paged_on_their_own(world, client):
    """Paging what they joined from outside leaves the communities of their trials where
    they were, and back at the list's heading."""
    from communities.models import JoinRequest

    for n in range(30):
        community = CommunityOfPractice.objects.create(name=f"Community {n:02}")
        community.field_trials.set([world.coral])
        outside = CommunityOfPractice.objects.create(name=f"Outside {n:02}")
        CommunitySpaceFactory(community=outside, open_to_others=True)
        JoinRequest.objects.create(community=outside, user=world.users["leader"], status="approved")
    signed_in(client, world.users["leader"])
    first = client.get(LIST).content.decode()
    assert 'href="?joined-page=2#joined"' in first
    second = client.get(LIST, {"joined-page": 2}).content.decode()
    assert "Outside 25" in second and "Outside 29" in second and "Outside 24" not in second
    assert "Community 00" in second and "Community 26" not in second  # its own page 1
    both = client.get(LIST, {"joined-page": 2, "page": 2}).content.decode()
    assert "Community 26" in both and "Outside 29" in both


@pytest.mark.parametrize("size", [5, 50])
def test_the_trial_pages_communities_take_the_same_queries_for_5_or_50(
    world, django_assert_num_queries, size
):
    for n in range(size):
        community = CommunityOfPractice.objects.create(name=f"Community {n}")
        community.field_trials.set([world.coral])
    with django_assert_num_queries(2):
        communities = trial_communities(world.coral, world.users["officer"])
    assert len(communities) == size + 1


@pytest.mark.parametrize("size", [5, 50])
def test_the_community_page_for_a_member_takes_the_same_queries_for_5_or_50(
    world, client, django_assert_num_queries, size
):
    # The leader is neither convenor nor officer: whether they may change the community is
    # asked once, however many trials it has.
    grow_community(world, size)
    signed_in(client, world.users["leader"])
    client.get(detail_url(world.rowan))
    with django_assert_num_queries(22):
        response = client.get(detail_url(world.rowan))
    assert response.status_code == 200
    page = response.content.decode()
    assert "Coral Trial" in page and f"Beryl trial {size + 1}" in page
    assert "Record a meeting" not in page


def test_a_project_officer_of_one_trial_changes_the_community(world, client):
    """An officer of Beryl only (through its project, not the programme) may change Rowan,
    which has Quill from Beryl; an officer of an unrelated project may not."""
    beryl_officer = UserFactory()
    ProjectMembershipFactory(project=world.beryl, user=beryl_officer, role=Role.OFFICER)
    other_officer = UserFactory()
    ProjectMembershipFactory(project=world.onyx_project, user=other_officer, role=Role.OFFICER)
    assert beryl_officer.has_perm("fieldtrials.change_community", world.rowan)
    assert not other_officer.has_perm("fieldtrials.change_community", world.rowan)
    assert not world.users["leader"].has_perm("fieldtrials.change_community", world.rowan)
    signed_in(client, beryl_officer)
    assert client.get(meeting_url(world.rowan)).status_code == 200


def test_the_community_page_pages_its_trials(world, client):
    # Rowan has two trials; 30 more make 32, 25 to a page, by title.
    grow_community(world, 30)
    signed_in(client, world.users["officer"])
    titles = sorted(world.rowan.field_trials.values_list("title", flat=True))
    first = client.get(detail_url(world.rowan)).content.decode()
    second = client.get(detail_url(world.rowan), {"trials-page": 2}).content.decode()
    assert f">{titles[24]}</a>" in first and f">{titles[25]}</a>" not in first
    assert f">{titles[25]}</a>" in second and f">{titles[-1]}</a>" in second
    assert "Pages of field trials" in first
    assert "trials-page=2#trials" in first


def test_a_trials_details_name_its_communities_with_no_space_before_the_colon(client, world):
    signed_in(client, world.users["leader"])
    page = client.get(reverse("fieldtrials:fieldtrial_details", args=[world.coral.pk])).text
    assert "Rowan Community</a><span" in page and "</a>\n" not in page.split("Rowan")[1][:20]


def test_a_member_s_name_and_organisation_read_with_no_space_before_the_comma(world, client):
    """ "Name , Organisation": the mark of a switched-off account printed its line breaks for
    everyone whose account is on."""
    from accounts.tests.factories import OrganisationFactory

    leader = world.users["leader"]
    leader.organisation = OrganisationFactory(name="Oak Lane Primary School")
    leader.save()
    page = signed_in(client, world.users["officer"]).get(detail_url(world.rowan))
    members = page.content.decode().split('id="members-heading"')[1].split("</ul>")[0]
    assert f"<li>{leader.full_name}, Oak Lane Primary School" in members
