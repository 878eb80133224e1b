"""Requests to join a community and their answers are notifications of their own kinds, in
plain words on the notifications page and the e-mail choices, each person told once."""

import pytest
from django.core import mail
from django.urls import reverse

from accounts.models import Notification, NotificationKind
from accounts.tests.factories import UserFactory
from communities.services import (
    ask_to_join,
    change_community,
    decide_join_request,
    leave_community,
)
from discussions.services import start_thread


@pytest.fixture
def opened(world):
    change_community(community=world.rowan, name=world.rowan.name, purpose="Rowan purpose",
                     open_to_others=True, actor=world.users["officer"])  # fmt: skip
    return world.rowan


def test_a_request_to_join_and_its_answer_are_kinds_of_their_own(
    world, client, opened, django_capture_on_commit_callbacks
):
    officer = world.users["officer"]
    asker = UserFactory(full_name="Rachel Stranger")
    with django_capture_on_commit_callbacks(execute=True):
        asked = ask_to_join(community=opened, actor=asker, message="Hello")
        ask_to_join(community=opened, actor=asker, message="Again")  # a second tab
    told = Notification.objects.get(recipient=officer, message__contains="asks to join")
    assert told.kind == NotificationKind.JOIN_REQUESTED
    client.force_login(officer)
    page = client.get(reverse("accounts:notifications")).content.decode()
    assert "Someone asks to join a community you look after" in page

    with django_capture_on_commit_callbacks(execute=True):
        decide_join_request(join_request=asked, approve=True, actor=officer)
    answer = Notification.objects.get(recipient=asker)
    assert answer.kind == NotificationKind.JOIN_DECIDED
    client.force_login(asker)
    page = client.get(reverse("accounts:notifications")).content.decode()
    assert "Your request to join a community is approved or declined" in page
    assert str(NotificationKind.MEMBERSHIP.label) not in page  # not grouped as joining
    assert [m.to for m in mail.outbox] == [[officer.email], [asker.email]]  # each told once


def test_each_kind_is_chosen_for_email_on_its_own(
    world, client, opened, django_capture_on_commit_callbacks
):
    officer = world.users["officer"]
    # Someone who wants no "added to a programme" e-mail still hears about joining...
    asker = UserFactory(email_muted_kinds=[NotificationKind.MEMBERSHIP])
    client.force_login(asker)
    page = client.get(reverse("accounts:notification_emails")).content.decode()
    assert "Your request to join a community is approved or declined" in page
    with django_capture_on_commit_callbacks(execute=True):
        asked = ask_to_join(community=opened, actor=asker, message="Hello")
        decide_join_request(join_request=asked, approve=False, actor=officer)
    assert [m.to for m in mail.outbox] == [[officer.email], [asker.email]]
    # ...and a convenor who turns requests off is told in the app only.
    mail.outbox.clear()
    officer.email_muted_kinds = [NotificationKind.JOIN_REQUESTED]
    officer.save(update_fields=["email_muted_kinds"])
    other = UserFactory()
    with django_capture_on_commit_callbacks(execute=True):
        ask_to_join(community=opened, actor=other, message="Hello")
    assert mail.outbox == []
    told = Notification.objects.filter(recipient=officer, kind="communities.join_requested")
    assert told.count() == 2


def _unread(person, kind):
    return Notification.objects.filter(recipient=person, kind=kind, read_at__isnull=True)


def test_a_request_withdrawn_is_no_longer_news_to_those_who_decide(world, opened):
    officer = world.users["officer"]
    asker = UserFactory(full_name="Tom Reid")
    ask_to_join(community=opened, actor=asker, message="Hello")
    other = UserFactory()
    ask_to_join(community=opened, actor=other, message="Hello")
    assert _unread(officer, NotificationKind.JOIN_REQUESTED).count() == 2
    leave_community(community=opened, actor=asker)
    unread = _unread(officer, NotificationKind.JOIN_REQUESTED)
    assert [n.message for n in unread] == [f"{other.full_name} asks to join the community "
                                           f"‘{opened.name}’."]  # fmt: skip
    # Kept, read, in the list: nobody is told of that request again.
    assert Notification.objects.filter(recipient=officer, message__contains="Tom Reid").exists()


def test_a_request_decided_is_no_longer_news_to_the_others_who_decide(world, opened):
    officer = world.users["officer"]
    convenor = UserFactory(full_name="Carla Convenor")
    opened.convenor = convenor
    opened.save(update_fields=["convenor"])
    asked = ask_to_join(community=opened, actor=UserFactory(), message="Hello")
    assert _unread(convenor, NotificationKind.JOIN_REQUESTED).count() == 1
    assert _unread(officer, NotificationKind.JOIN_REQUESTED).count() == 1
    decide_join_request(join_request=asked, approve=True, actor=officer)
    assert not _unread(convenor, NotificationKind.JOIN_REQUESTED).exists()
    assert not _unread(officer, NotificationKind.JOIN_REQUESTED).exists()


def test_having_left_the_joined_notification_no_longer_leads_to_a_missing_page(
    world, client, opened
):
    asker = UserFactory()
    asked = ask_to_join(community=opened, actor=asker, message="Hello")
    decide_join_request(join_request=asked, approve=True, actor=world.users["officer"])
    joined = Notification.objects.get(recipient=asker, kind=NotificationKind.JOIN_DECIDED)
    assert joined.read_at is None
    assert joined.url == reverse("fieldtrials:community_detail", args=[opened.pk])
    leave_community(community=opened, actor=asker)
    joined.refresh_from_db()
    assert joined.read_at is not None
    assert joined.url == reverse("communities:open_list")
    client.force_login(asker)
    assert client.get(joined.get_absolute_url()).status_code == 200


def test_closing_the_community_ends_its_outside_memberships_and_says_so(
    world, client, opened, django_capture_on_commit_callbacks
):
    """Closing it ends its outside members' membership: they are told, "You have joined"
    leads where they can ask again (not to "Page not found"), and opening it again lets
    nobody back in who has not asked again."""
    officer = world.users["officer"]
    joiner = UserFactory(full_name="Jo Joiner")
    with django_capture_on_commit_callbacks(execute=True):
        asked = ask_to_join(community=opened, actor=joiner, message="Hello")
        decide_join_request(join_request=asked, approve=True, actor=officer)
    link = f'href="{reverse("fieldtrials:community_detail", args=[opened.pk])}"'
    client.force_login(joiner)
    page = client.get(reverse("accounts:notifications")).content.decode()
    assert "You have joined the community" in page and link in page
    mail.outbox.clear()

    with django_capture_on_commit_callbacks(execute=True):
        change_community(community=opened, name=opened.name, purpose=opened.purpose,
                         open_to_others=False, actor=officer)  # fmt: skip
    closed = (
        f"‘{opened.name}’ has been closed to people beyond the programme; you no longer read it."
    )
    page = client.get(reverse("accounts:notifications")).content.decode()
    assert closed in page and "You have joined the community" in page and link not in page
    assert "no longer open to you" not in page  # both lead to the communities open to others
    assert [m.to for m in mail.outbox] == [[joiner.email]] and closed in mail.outbox[0].body
    assert client.get(reverse("fieldtrials:community_detail", args=[opened.pk])).status_code == 404

    change_community(community=opened, name=opened.name, purpose=opened.purpose,
                     open_to_others=True, actor=officer)  # fmt: skip
    assert client.get(reverse("fieldtrials:community_detail", args=[opened.pk])).status_code == 404
    assert link not in client.get(reverse("accounts:notifications")).content.decode()
    # They may ask again, at once: the closing was no answer to them.
    join = client.get(reverse("communities:join", args=[opened.pk])).content.decode()
    assert 'name="message"' in join


def test_closing_the_community_leaves_a_mention_in_its_discussion_without_a_dead_link(
    world, client, opened, django_capture_on_commit_callbacks
):
    """An outside member mentioned in the community's discussion: once it is closed the
    thread answers "Page not found", so the mention is plain text, saying why, and stays so
    when it opens again (they no longer belong)."""
    officer = world.users["officer"]
    joiner = UserFactory(full_name="Jo Joiner")
    with django_capture_on_commit_callbacks(execute=True):
        asked = ask_to_join(community=opened, actor=joiner, message="Hello")
        decide_join_request(join_request=asked, approve=True, actor=officer)
        thread = start_thread(
            subject=opened, title="Walking buses", body="Over to @[Jo Joiner].", actor=officer
        )
    mention = Notification.objects.get(recipient=joiner, kind=NotificationKind.MENTION)
    link = f'href="{mention.url}"'
    assert mention.url.startswith(thread.get_absolute_url())
    client.force_login(joiner)
    page = client.get(reverse("accounts:notifications")).content.decode()
    assert link in page and "no longer open to you" not in page

    change_community(community=opened, name=opened.name, purpose=opened.purpose,
                     open_to_others=False, actor=officer)  # fmt: skip
    assert client.get(thread.get_absolute_url()).status_code == 404
    page = client.get(reverse("accounts:notifications")).content.decode()
    assert link not in page and mention.message in page
    # Its "You have joined" leads to the communities open to others: one line, the mention's.
    assert page.count("Its page is no longer open to you.") == 1

    change_community(community=opened, name=opened.name, purpose=opened.purpose,
                     open_to_others=True, actor=officer)  # fmt: skip
    assert client.get(thread.get_absolute_url()).status_code == 404
    page = client.get(reverse("accounts:notifications")).content.decode()
    assert link not in page and page.count("Its page is no longer open to you.") == 1
