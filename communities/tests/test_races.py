"""Two people (or two clicks) at the same moment (PostgreSQL: real row locks and unique
constraints). The first save of a shared page, two saves from the same version, two
requests to join, two removals of one outside member, and closing a community while a
request is decided or made: each keeps one and refuses, or folds in, the other, and nobody
is left in (or waiting on) a community closed to them."""

import pytest

from accounts.models import Event, Notification, Role
from accounts.tests.factories import UserFactory
from communities.models import CommunitySpace, JoinRequest, PageRevision
from communities.services import (
    JoinRequestDecided,
    ask_to_join,
    change_community,
    decide_join_request,
    edit_shared_page,
    remove_outside_member,
    restore_page_version,
)
from communities.tests.factories import CommunitySpaceFactory
from fieldtrials.models import CommunityOfPractice
from fieldtrials.tests.factories import FieldTrialFactory, FieldTrialMembershipFactory
from nextpractice.records.services import RecordConflict
from nextpractice.testing.races import at_once

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def community_and_members():
    trial = FieldTrialFactory()
    community = CommunityOfPractice.objects.create(name="Race Community")
    community.field_trials.set([trial])
    members = [UserFactory(), UserFactory()]
    for member in members:
        FieldTrialMembershipFactory(field_trial=trial, user=member, role=Role.PRACTITIONER)
    return community, members


@pytest.mark.parametrize("space_exists", [False, True])
def test_two_saves_from_the_same_version_keep_one_and_refuse_the_other(
    community_and_members, space_exists
):
    community, members = community_and_members
    if space_exists:
        CommunitySpaceFactory(community=community)
    calls = [
        lambda actor=actor, text=text: edit_shared_page(
            community=community, text=text, note="", based_on=0, actor=actor
        )
        for actor, text in zip(members, ("First", "Second"), strict=True)
    ]
    results, errors = at_once(calls)
    assert len(results) == 1
    assert [type(e) for e in errors] == [RecordConflict]
    space = CommunitySpace.objects.get(community=community)
    assert (space.text, space.version) == (results[0].text, 1)
    assert PageRevision.objects.filter(space=space).count() == 1
    assert Event.objects.filter(verb="communities.page_edited").count() == 1


def test_two_requests_to_join_at_once_make_one_and_tell_the_convenor_once():
    convenor, asker = UserFactory(), UserFactory()
    community = CommunityOfPractice.objects.create(name="Open Race", convenor=convenor)
    community.field_trials.set([FieldTrialFactory()])
    CommunitySpaceFactory(community=community, opened=True)
    calls = [
        lambda: ask_to_join(community=community, actor=asker, message="One"),
        lambda: ask_to_join(community=community, actor=asker, message="Two"),
    ]
    results, errors = at_once(calls)
    assert errors == []
    assert len({r.pk for r in results}) == 1
    assert JoinRequest.objects.filter(community=community, user=asker).count() == 1
    assert Event.objects.filter(verb="communities.join_requested").count() == 1
    assert Notification.objects.filter(recipient=convenor).count() == 1


def test_two_convenors_declining_at_once_decline_once_and_the_other_is_told_who_did():
    convenor, admin, asker = UserFactory(), UserFactory(is_superuser=True), UserFactory()
    community = CommunityOfPractice.objects.create(name="Decline Race", convenor=convenor)
    community.field_trials.set([FieldTrialFactory()])
    CommunitySpaceFactory(community=community, opened=True)
    asked = ask_to_join(community=community, actor=asker, message="Hello")
    calls = [
        lambda actor=actor: decide_join_request(join_request=asked, approve=False, actor=actor)
        for actor in (convenor, admin)
    ]
    results, errors = at_once(calls)
    assert len(results) == 1 and [type(e) for e in errors] == [JoinRequestDecided]
    decider = results[0].decided_by
    assert f"no longer waiting: {decider.full_name} declined it on" in str(errors[0])
    assert Event.objects.filter(verb="communities.join_declined").count() == 1
    assert Notification.objects.filter(recipient=asker).count() == 1


@pytest.fixture
def open_community():
    convenor = UserFactory()
    community = CommunityOfPractice.objects.create(name="Open Race", convenor=convenor)
    community.field_trials.set([FieldTrialFactory()])
    CommunitySpaceFactory(community=community, opened=True)
    return community, convenor


def test_two_removals_at_once_remove_once_and_tell_them_once(open_community):
    from communities.services import MembershipEnded

    community, convenor = open_community
    member = UserFactory()
    asked = ask_to_join(community=community, actor=member, message="Hello")
    decide_join_request(join_request=asked, approve=True, actor=convenor)
    calls = [lambda: remove_outside_member(join_request=asked, actor=convenor)] * 2
    results, errors = at_once(calls)
    assert len(results) == 1 and [type(e) for e in errors] == [MembershipEnded]
    assert JoinRequest.objects.get(pk=asked.pk).status == "removed"
    assert Event.objects.filter(verb="communities.member_removed").count() == 1
    assert Notification.objects.filter(recipient=member, message__contains="removed").count() == 1


def close(community, convenor):
    return change_community(community=community, name=community.name, purpose="",
                            open_to_others=False, actor=convenor)  # fmt: skip


@pytest.mark.parametrize("approve", [True, False])
def test_closing_while_a_request_is_decided_leaves_nobody_in(open_community, approve):
    community, convenor = open_community
    asker = UserFactory()
    asked = ask_to_join(community=community, actor=asker, message="Hello")
    calls = [
        lambda: close(community, convenor),
        lambda: decide_join_request(join_request=asked, approve=approve, actor=convenor),
    ]
    at_once(calls)
    status = JoinRequest.objects.get(pk=asked.pk).status
    # Approved first, then ended by the closing; or the closing first (then no decision).
    # A decline made first stands.
    assert status in (("closed",) if approve else ("closed", "declined"))
    assert not JoinRequest.objects.filter(community=community, status__in=JoinRequest.LIVE).exists()


def test_asking_while_the_community_closes_leaves_no_request_waiting(open_community):
    community, convenor = open_community
    asker = UserFactory()
    calls = [
        lambda: close(community, convenor),
        lambda: ask_to_join(community=community, actor=asker, message="Hello"),
    ]
    at_once(calls)
    assert not JoinRequest.objects.filter(community=community, status__in=JoinRequest.LIVE).exists()


def test_two_restores_of_one_version_at_once_make_one_new_version(community_and_members):
    community, members = community_and_members
    edit_shared_page(community=community, text="Good", note="", based_on=0, actor=members[0])
    edit_shared_page(community=community, text="Bad", note="", based_on=1, actor=members[1])
    good = PageRevision.objects.get(space__community=community, version=1)
    calls = [
        lambda actor=actor: restore_page_version(
            community=community, revision=good, based_on=2, actor=actor
        )
        for actor in members
    ]
    results, errors = at_once(calls)
    assert errors == []
    assert sorted(restored for _, restored in results) == [False, True]
    space = CommunitySpace.objects.get(community=community)
    assert (space.text, space.version) == ("Good", 3)
    assert PageRevision.objects.filter(space=space).count() == 3
    assert Event.objects.filter(verb="communities.page_edited").count() == 3
