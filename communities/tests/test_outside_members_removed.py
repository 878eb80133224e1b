"""A convenor takes one outside member out of a community of interest, and closing a
community ends its outside memberships and the requests waiting: either way they are told,
read nothing more of it (its page, its discussions, what they follow of it, what search
finds), and opening it again lets nobody back in who has not asked again."""

from datetime import timedelta

import pytest
from django.core import mail
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format

from accounts.models import Event, Notification, NotificationKind
from accounts.tests.factories import UserFactory
from communities.models import CommunitySpace, JoinRequest
from communities.rules import check_join
from communities.services import (
    ClosedToOthers,
    ask_to_join,
    change_community,
    decide_join_request,
    edit_shared_page,
    remove_outside_member,
)
from discussions.services import start_thread
from following.selectors import followed_activity
from following.services import choose_digest, follow
from following.tasks import send_digests

OPEN_LIST = reverse("communities:open_list")


def detail(community):
    return reverse("fieldtrials:community_detail", args=[community.pk])


def remove_url(join_request):
    return reverse("communities:member_remove", args=[join_request.pk])


def set_open(community, open_to_others, actor):
    change_community(community=community, name=community.name, purpose=community.purpose,
                     open_to_others=open_to_others, actor=actor)  # fmt: skip


@pytest.fixture
def opened(world):
    """Rowan (Coral and Quill), opened to others by its convenor, the officer."""
    set_open(world.rowan, True, world.users["officer"])
    world.rowan.refresh_from_db()
    return world.rowan


@pytest.fixture
def joined(world, opened):
    """Rachel Stranger, of no programme, approved as Rowan's outside member."""
    rachel = UserFactory(full_name="Rachel Stranger")
    asked = ask_to_join(community=opened, actor=rachel, message="Hello")
    decide_join_request(join_request=asked, approve=True, actor=world.users["officer"])
    asked.refresh_from_db()
    return asked


def test_the_convenor_removes_an_outside_member_once_and_they_are_told(
    world, client, opened, joined, django_capture_on_commit_callbacks
):
    officer, rachel = world.users["officer"], joined.user
    client.force_login(officer)
    page = client.get(detail(opened)).content.decode()
    assert f'href="{remove_url(joined)}">Remove from the community' in page
    # The link asks first: a GET changes nothing.
    confirm = client.get(remove_url(joined))
    assert confirm.status_code == 200
    text = confirm.content.decode()
    assert "Remove Rachel Stranger from the community" in text
    assert "they no longer read the community" in text
    assert JoinRequest.objects.get(pk=joined.pk).status == "approved"

    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(remove_url(joined), {}, follow=True)
    # At the top, where the banner saying so takes focus, not at #outside (nextpractice.told).
    assert response.redirect_chain[-1][0] == detail(opened)
    page = response.content.decode()
    assert "Rachel Stranger is removed from the community, and has been told." in page
    assert remove_url(joined) not in page  # no longer listed
    removed = JoinRequest.objects.get(pk=joined.pk)
    assert (removed.status, removed.decided_by) == ("removed", officer)
    again_from = date_format(timezone.localdate() + timedelta(days=30), "j F Y")
    told = (
        f"You have been removed from the community ‘{opened.name}’: you no longer read it. "
        f"You can ask to join again from {again_from}."
    )
    assert Notification.objects.filter(recipient=rachel, message=told).count() == 1
    assert [m.to for m in mail.outbox] == [[rachel.email]] and told in mail.outbox[0].body

    # A second click (another tab) says it was done already, and does nothing again.
    again = client.post(remove_url(joined), {})
    assert again.status_code == 409
    assert "Rachel Stranger was already removed from the community." in again.content.decode()
    assert Event.objects.filter(verb="communities.member_removed").count() == 1
    assert Notification.objects.filter(recipient=rachel, message=told).count() == 1

    # They read nothing of it from now on, and are told when they may ask again.
    client.force_login(rachel)
    assert client.get(detail(opened)).status_code == 404
    assert client.get(reverse("communities:page_history", args=[opened.pk])).status_code == 404
    listing = client.get(OPEN_LIST).content.decode()
    today = date_format(timezone.localdate(), "j F Y")
    says = f"You were removed from this community on {today}. You can ask again from {again_from}."
    assert says in listing
    assert reverse("communities:join", args=[opened.pk]) not in listing
    # "You have joined" leads to the communities they can ask to join, not to a lost page.
    joined_note = Notification.objects.get(recipient=rachel, message__startswith="You have joined")
    assert joined_note.url == OPEN_LIST and joined_note.read_at is not None


def test_only_those_who_may_change_the_community_remove_its_members(world, client, opened, joined):
    # A school leader of its trials sees its members, not the way to remove them.
    client.force_login(world.users["leader"])
    assert remove_url(joined) not in client.get(detail(opened)).content.decode()
    assert client.get(remove_url(joined)).status_code == 404
    assert client.post(remove_url(joined), {}).status_code == 404
    # Nor the member themselves, nor anyone else.
    for person in (joined.user, UserFactory()):
        client.force_login(person)
        assert client.post(remove_url(joined), {}).status_code == 404
    assert JoinRequest.objects.get(pk=joined.pk).status == "approved"


def test_once_removed_what_they_follow_of_it_tells_them_nothing(world, opened, joined):
    officer, rachel = world.users["officer"], joined.user
    follow(user=rachel, subject=opened)
    choose_digest(user=rachel, frequency="daily")
    edit_shared_page(community=opened, text="Tern learning", note="", based_on=0, actor=officer)
    assert followed_activity(rachel).entries
    mail.outbox.clear()
    send_digests("daily")  # a member: their digest tells them
    assert [m.to for m in mail.outbox] == [[rachel.email]]
    remove_outside_member(join_request=joined, actor=officer)
    edit_shared_page(community=opened, text="Tern, more", note="", based_on=1, actor=officer)
    start_thread(subject=opened, title="Petrel question", body="Petrel words", actor=officer)
    assert followed_activity(rachel).entries == []
    mail.outbox.clear()
    send_digests("daily")  # their digest's job runs: it finds nothing to tell
    assert mail.outbox == []


def test_once_removed_search_finds_nothing_of_it(world, client, opened, joined):
    officer, rachel = world.users["officer"], joined.user
    edit_shared_page(community=opened, text="Quokka learning", note="", based_on=0, actor=officer)
    start_thread(subject=opened, title="Wombat talk", body="Quokka post", actor=officer)
    client.force_login(rachel)

    def found(words):
        response = client.get(reverse("search:search"), {"q": words})
        assert response.status_code == 200
        return response.content.decode()

    before = found("Quokka")
    assert "Rowan Community: what we are learning" in before and "Wombat talk" in before
    remove_outside_member(join_request=joined, actor=officer)
    after = found("Quokka")
    assert "No results" in after
    assert "Rowan Community" not in after and "Wombat talk" not in after


def test_closing_ends_outside_memberships_and_requests_waiting_and_tells_them(
    world, client, opened, joined, django_capture_on_commit_callbacks
):
    officer, rachel = world.users["officer"], joined.user
    waiting = ask_to_join(community=opened, actor=UserFactory(full_name="Walt Waiting"),
                          message="Hello")  # fmt: skip
    url = reverse("communities:community_edit", args=[opened.pk])
    client.force_login(officer)
    page = " ".join(client.get(url).content.decode().split())
    assert (
        "If you close it to people beyond the programme, the 1 person who joined from outside "
        "it will no longer read it and the 1 request to join waiting will end. They are told. "
        "If you open it again, they must ask to join again."
    ) in page
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(url, {"name": opened.name, "purpose": "Rowan purpose"}, follow=True)
    assert (
        "It is closed to people beyond the programme: 1 person who had joined and 1 who had "
        "asked to join from outside it no longer read it, and have been told."
    ) in response.content.decode()
    ended = {r.user.full_name: r for r in JoinRequest.objects.filter(community=opened)}
    assert {name: r.status for name, r in ended.items()} == {
        "Rachel Stranger": "closed", "Walt Waiting": "closed"
    }  # fmt: skip
    assert all(r.decided_by == officer and r.left_at for r in ended.values())
    closed = f"‘{opened.name}’ has been closed to people beyond the programme"
    assert Notification.objects.get(recipient=rachel, message__startswith=closed).message == (
        f"{closed}; you no longer read it."
    )
    assert Notification.objects.get(recipient=waiting.user, message__startswith=closed).message == (
        f"{closed}, so your request to join it has ended. If it is opened to others again, you "
        "can ask again."
    )
    assert sorted(m.to[0] for m in mail.outbox) == sorted([rachel.email, waiting.user.email])
    # Those who decide are no longer asked about the request that ended.
    asks = Notification.objects.filter(recipient=officer, kind=NotificationKind.JOIN_REQUESTED)
    assert asks.filter(read_at__isnull=True).count() == 0
    # The requests page says what happened to each, and who closed it.
    page = client.get(reverse("communities:join_requests", args=[opened.pk])).content.decode()
    assert page.count("Ended when closed") == 2

    # Opened again, it lets nobody back in: they may ask again at once.
    set_open(opened, True, officer)
    client.force_login(rachel)
    assert client.get(detail(opened)).status_code == 404
    assert check_join(rachel, opened) == (True, "")
    assert check_join(waiting.user, opened) == (True, "")
    assert not JoinRequest.objects.filter(community=opened, status__in=JoinRequest.LIVE).exists()


def test_the_details_page_says_nothing_of_ending_when_nobody_would_be(world, client, opened):
    client.force_login(world.users["officer"])
    page = client.get(reverse("communities:community_edit", args=[opened.pk])).content.decode()
    assert "If you close it" not in page
    assert "Closing it ends their membership" in page  # the box's hint says it


def test_a_request_is_not_decided_while_the_community_is_closed(world, client, opened):
    """A request left waiting in a closed community (one from before closing ended them):
    approving it would let in someone who cannot read it."""
    officer = world.users["officer"]
    waiting = ask_to_join(community=opened, actor=UserFactory(), message="Hello")
    CommunitySpace.objects.filter(community=opened).update(open_to_others=False)
    client.force_login(officer)
    decide = reverse("communities:join_request_decide", args=[waiting.pk])
    for decision in ("approve", "decline"):
        response = client.post(decide, {"decision": decision})
        assert response.status_code == 409
        assert "Open the community to others first, then decide." in response.content.decode()
    assert JoinRequest.objects.get(pk=waiting.pk).status == "pending"
    assert not Notification.objects.filter(recipient=waiting.user).exists()
    with pytest.raises(ClosedToOthers):
        decide_join_request(join_request=waiting, approve=True, actor=officer)


def test_the_migration_ends_the_memberships_of_communities_closed_before(world, opened, joined):
    from importlib import import_module

    from django.apps import apps

    migration = import_module("communities.migrations.0004_join_request_removed_and_closed")
    officer = world.users["officer"]
    waiting = ask_to_join(community=opened, actor=UserFactory(), message="Hello")
    # As it was kept before: closed, its outside member still approved, a request waiting.
    set_open(opened, False, officer)
    closing = Event.objects.filter(verb="communities.community_changed").latest("pk")
    JoinRequest.objects.filter(pk=joined.pk).update(
        status="approved", decided_by=officer, decided_at=timezone.now(), left_at=None
    )
    JoinRequest.objects.filter(pk=waiting.pk).update(
        status="pending", decided_by=None, decided_at=None, left_at=None
    )
    untouched = ask_to_join(community=world.juniper, actor=UserFactory(), message="Open")
    migration.end_those_of_closed_communities(apps, None)
    for ended in JoinRequest.objects.filter(pk__in=[joined.pk, waiting.pk]):
        assert (ended.status, ended.decided_by, ended.decided_at, ended.left_at) == (
            "closed", officer, closing.created_at, closing.created_at
        )  # fmt: skip
    assert JoinRequest.objects.get(pk=untouched.pk).status == "pending"  # Juniper is open
