"""A community's space page: what its members read and what an outside member reads, and its
lists paged, each by a parameter of its own."""

import pytest
from django.urls import reverse

from communities.tests.factories import JoinRequestFactory
from discussions.tests.factories import ThreadFactory
from fieldtrials.models import CommunityMeeting
from fieldtrials.tests.factories import FieldTrialFactory, FieldTrialMembershipFactory


def space(community):
    return reverse("fieldtrials:community_detail", args=[community.pk])


@pytest.fixture
def juniper(world):
    """Juniper (tests/world.py: Elm's, open to others, the outsider its outside member) with a
    named member of Elm and a discussion."""
    FieldTrialMembershipFactory(field_trial=world.elm, user__full_name="Willow Member")
    ThreadFactory(field_trial=None, community=world.juniper, title="Juniper discussion")
    return world.juniper


def test_an_outside_member_reads_purpose_shared_page_and_discussions_not_members_or_meetings(
    world, client, juniper
):
    client.force_login(world.users["outsider"])
    page = client.get(space(juniper)).content.decode()
    assert "Juniper purpose" in page and "Hazel learning" in page
    assert "Juniper discussion" in page
    assert "Willow Member" not in page and "Larch sharing" not in page
    assert "Elm Trial" not in page and "Members</h2>" not in page and "Meetings</h2>" not in page


def test_a_member_of_the_community_still_reads_its_members_and_meetings(world, client, juniper):
    client.force_login(world.users["officer"])
    page = client.get(space(juniper)).content.decode()
    assert "Willow Member" in page and "Larch sharing" in page
    assert "Outsider Person" in page  # its outside member, under "From outside the programme"
    assert "Juniper discussion" in page and "Hazel learning" in page


def test_the_rule_is_a_boolean_for_each_persona(world, juniper):
    sees = {
        persona: user.has_perm("communities.view_members", juniper)
        for persona, user in world.users.items()
        if user is not None
    }
    assert sees == {
        "officer": True,  # its convenor, and Beryl's officer
        "admin": True,
        "outsider": False,  # its outside member
        "consultant": False,
        "leader": False,
        "partner": False,
    }
    from communities.rules import sees_members_and_meetings

    assert sees_members_and_meetings(world.users["outsider"], juniper) is False
    assert sees_members_and_meetings(world.users["officer"], juniper) is True


def test_members_outside_members_and_meetings_are_each_paged_by_their_own_parameter(world, client):
    rowan = world.rowan
    trials = [FieldTrialFactory(project=world.amber, title=f"Ash trial {n}") for n in range(2)]
    rowan.field_trials.add(*trials)
    for n in range(27):
        FieldTrialMembershipFactory(field_trial=trials[n % 2], user__full_name=f"Zed {n:02d}")
        CommunityMeeting.objects.create(
            community=rowan, held_on=f"2007-01-{n + 1:02d}", shared=f"Sharing {n:02d}"
        )
        JoinRequestFactory(community=rowan, approved=True, user__full_name=f"Yew {n:02d}")
    client.force_login(world.users["officer"])
    first = client.get(space(rowan)).content.decode()
    # Members by name (Consultant, Leader, then Zed 00...): the last Zeds on page 2.
    assert "Zed 00" in first and "Zed 26" not in first
    assert "Yew 00" in first and "Yew 26" not in first
    assert "Sharing 26" in first and "Sharing 00" not in first  # newest first
    assert "?members-page=2#members" in first and "?meetings-page=2#meetings" in first
    assert "?outside-page=2#outside" in first
    second = client.get(space(rowan) + "?members-page=2").content.decode()
    assert "Zed 26" in second and "Zed 00" not in second
    # Paging the members leaves the other lists where they were.
    assert "Yew 00" in second and "Sharing 26" in second
    meetings = client.get(space(rowan) + "?meetings-page=2&outside-page=2").content.decode()
    assert "Sharing 00" in meetings and "Sharing 26" not in meetings
    assert "Yew 26" in meetings and "Zed 00" in meetings
