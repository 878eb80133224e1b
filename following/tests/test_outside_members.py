"""An outside member of a community of interest (the world's outsider: Juniper's) who
follows it reads in their followed stream, on their home page and in their digest what they
may read of it, its shared page and its discussions, and nothing of its meetings, members or
trials (issue 19); its members, following it, read all of it."""

import datetime

import pytest
from django.core import mail
from django.urls import reverse
from django.utils import timezone

from accounts.models import Event, Role
from communities.rules import communities_seen_in_full
from communities.services import edit_shared_page
from discussions.services import start_thread
from fieldtrials.kinds import RECORD_KINDS
from fieldtrials.models import CommunityMeeting, CommunityOfPractice
from fieldtrials.services.updates import change_community_trials, record_meeting
from fieldtrials.tests.factories import FieldTrialMembershipFactory
from following.selectors import followed_activity
from following.services import choose_digest, follow
from following.tasks import send_digests
from nextpractice.records.services import withdraw_record
from nextpractice.testing.fixtures import PERSONAS

pytestmark = pytest.mark.django_db

MEETING = "recorded a meeting of Juniper Community"
# What the outside member may read: the shared page's edits and the community's discussions.
READABLE = (
    "Officer Person changed the shared page of Juniper Community (version 2).",
    "Officer Person started the discussion “Birch question”.",
)
# What only its members read: its meetings (recorded, then withdrawn), its trials, and its
# officers' discussions.
MEMBERS_ONLY = (MEETING, "withdrew the meeting", "changed the trials", "programme officers")


def happen(world):
    """Juniper's convenor (the officer) records a meeting and withdraws it, adds a trial,
    edits the shared page and starts a thread and a thread for officers."""
    officer, juniper = world.users["officer"], world.juniper
    meeting = record_meeting(
        community=juniper,
        held_on=timezone.localdate() - datetime.timedelta(days=1),
        shared="Larch learning",
        attended_by=[world.elm],
        actor=officer,
    )
    kind = next(k for k in RECORD_KINDS if k.slug == "meeting")
    withdraw_record(kind=kind, record=meeting, actor=officer, reason="Recorded twice")
    change_community_trials(community=juniper, add=[world.dune], remove=[], actor=officer)
    edit_shared_page(
        community=juniper, text="Hazel learning, and more", note="", based_on=1, actor=officer
    )
    start_thread(subject=juniper, title="Birch question", body="Birch words", actor=officer)
    start_thread(
        subject=juniper, title="Cedar", body="Cedar words", actor=officer, officers_only=True
    )


def sentences(user):
    return [e.sentence for e in followed_activity(user).entries]


def test_an_outside_member_follows_only_the_page_and_discussions(world):
    outsider, admin = world.users["outsider"], world.users["admin"]
    for person in (outsider, admin):
        follow(user=person, subject=world.juniper)
    happen(world)
    assert sorted(sentences(outsider)) == sorted(READABLE)
    # Someone who reads it in full (not its convenor, who did all this) reads all of it.
    told = "\n".join(sentences(admin))
    for words in (*READABLE, *MEMBERS_ONLY):
        assert words in told


def test_nor_on_their_pages_nor_in_their_digest(client, world):
    outsider = world.users["outsider"]
    # A school leader in another programme (Onyx), so their home page shows what they follow.
    FieldTrialMembershipFactory(user=outsider, field_trial=world.onyx_trial, role=Role.PRACTITIONER)
    follow(user=outsider, subject=world.juniper)
    choose_digest(user=outsider, frequency="daily")
    happen(world)
    client.force_login(outsider)
    page = reverse("communities:page_revision", args=[world.juniper.pk, 2])
    for url in (reverse("home"), reverse("following:followed")):
        body = client.get(url).content.decode()
        # The edit links to the page as it left it, which they may read.
        assert (
            f'changed the <a class="govuk-link" href="{page}">shared page of Juniper Community '
            "(version 2)</a>." in body
        )
        for words in MEMBERS_ONLY:
            assert words not in body, (url, words)
        # The discussion's post says where, as a trial's does ("In Coral Trial.").
        assert "In Juniper Community." in body, url
    assert send_digests("daily") == 1
    [email] = mail.outbox
    assert email.to == [outsider.email]
    assert email.subject == "2 updates in what you follow"
    for words in READABLE:
        assert words.removeprefix("Officer Person ") in email.body
    for words in MEMBERS_ONLY:
        assert words not in email.body
    assert "In Juniper Community\n" in email.body


def test_an_outside_member_who_follows_finds_it_on_their_home_page_as_told(client, world):
    """In no programme, only in the community they joined: "Follow" says what happens there
    shows on their home page, and it does."""
    outsider, juniper = world.users["outsider"], world.juniper
    client.force_login(outsider)
    response = client.post(
        reverse("following:follow", args=["communities", juniper.pk]), follow=True
    )
    assert "what happens there shows on your home page" in response.content.decode()
    happen(world)
    body = client.get(reverse("home")).content.decode()
    assert "What you follow" in body
    assert "shared page of Juniper Community (version 2)</a>" in body
    for words in MEMBERS_ONLY:
        assert words not in body, words


@pytest.mark.parametrize("count", [50, 5000])
def test_their_stream_costs_the_same_queries_at_50_and_5000_events(
    world, django_assert_num_queries, count
):
    outsider, officer, juniper = world.users["outsider"], world.users["officer"], world.juniper
    follow(user=outsider, subject=juniper)
    meeting = CommunityMeeting.objects.get(community=juniper)
    start = timezone.now() - datetime.timedelta(hours=3)
    page = {"verb": "communities.page_edited", "target": juniper, "data": {"version": 2}}
    met = {"verb": "fieldtrials.community_met", "target": meeting, "data": {}}
    Event.objects.bulk_create(
        Event(
            actor=officer, created_at=start + datetime.timedelta(seconds=n),
            target_name=str(kind["target"]), **kind,
        )
        for n, kind in enumerate([page, met] * (count // 2))
    )  # fmt: skip
    fresh = type(outsider).objects.get(pk=outsider.pk)  # as a new request or job reads them
    # their memberships, whether and what they follow, the events, and whether they may
    # open the community (its shared page's edits; its meetings have no page of their own)
    with django_assert_num_queries(5):
        told = [e.sentence for e in followed_activity(fresh, size=5).entries]
    assert len(told) == 5
    assert not [t for t in told if MEETING in t]
    # Becoming a member (on the team of Elm, one of its trials), they read its meetings too.
    FieldTrialMembershipFactory(user=outsider, field_trial=world.elm, role=Role.PRACTITIONER)
    fresh = type(outsider).objects.get(pk=outsider.pk)
    with django_assert_num_queries(6):  # and, a trial's member, the trials of its communities
        told = [e.sentence for e in followed_activity(fresh, size=5).entries]
    assert [t for t in told if MEETING in t]


def test_the_filter_agrees_with_the_rule_for_every_persona(world):
    """communities_seen_in_full is `communities.view_members` as a filter: the same answer
    for every persona and community, an outside member who joins a trial, and a convenor."""
    from django.contrib.auth.models import AnonymousUser

    def agree():
        communities = list(CommunityOfPractice.objects.all())
        for persona in PERSONAS:
            user = world.users[persona] or AnonymousUser()
            if user.pk:
                user = type(user).objects.get(pk=user.pk)  # memberships read afresh
            listed = set(communities_seen_in_full(user).values_list("pk", flat=True))
            for community in communities:
                allowed = user.has_perm("communities.view_members", community)
                assert (community.pk in listed) is allowed, (persona, community.name)

    agree()
    assert not world.users["outsider"].has_perm("communities.view_members", world.juniper)
    CommunityOfPractice.objects.create(name="Convened", convenor=world.users["outsider"])
    FieldTrialMembershipFactory(
        user=world.users["outsider"], field_trial=world.elm, role=Role.PRACTITIONER
    )
    agree()
