"""Requests to join a community and their answers are notifications of their own kinds, in
plain words on the notifications page and the e-mail choices, each person told once."""

import pytest
from django.conf import settings
from django.core import mail
from django.urls import reverse

from accounts.models import Notification, NotificationKind
from accounts.tests.factories import OrganisationFactory, UserFactory
from communities.services import (
    ask_to_join,
    change_community,
    decide_join_request,
    leave_community,
    remove_outside_member,
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


def test_the_request_s_e_mail_gives_the_asker_s_organisation_and_message_and_what_to_do(
    world, opened, django_capture_on_commit_callbacks
):
    """The convenor got "Beth Ward asks to join…" and a bare link: not what she wrote, nor
    where she works, nor what the link was for."""
    officer = world.users["officer"]
    council = OrganisationFactory(name="Stevenage Borough Council")
    asker = UserFactory(full_name="Beth Ward", organisation=council)
    with django_capture_on_commit_callbacks(execute=True):
        ask_to_join(
            community=opened,
            actor=asker,
            message="I lead 14-19 planning for the council.\nWe would like to learn from you.",
        )
    [email] = [m for m in mail.outbox if m.to == [officer.email]]
    assert (
        email.subject
        == f"Beth Ward of Stevenage Borough Council asks to join the community ‘{opened.name}’"
    )
    link = settings.SITE_URL + reverse("communities:join_requests", args=[opened.pk])
    assert (
        f"Beth Ward of Stevenage Borough Council asks to join the community ‘{opened.name}’.\n\n"
        "Organisation: Stevenage Borough Council\n\n"
        "Their message:\n"
        "I lead 14-19 planning for the council.\nWe would like to learn from you.\n\n"
        f"To approve or decline the request:\n{link}\n\n-- Next Practice"
    ) in email.body
    # In the app, the one line: what they wrote is on the requests page.
    told = Notification.objects.get(recipient=officer, kind=NotificationKind.JOIN_REQUESTED)
    assert "I lead" not in told.message

    # Someone with no organisation, who wrote nothing: the page's words for that.
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        ask_to_join(community=opened, actor=UserFactory(full_name="Tom Reid"), message="")
    [email] = [m for m in mail.outbox if m.to == [officer.email]]
    assert "Organisation:" not in email.body
    assert "Their message:\nNo message\n\nTo approve or decline the request:" in email.body


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


ENDED_LABEL = (
    "You are removed from a community, or one you joined or asked to join closes to others"
)
DECIDED_LABEL = "Your request to join a community is approved or declined"


def _groups(client):
    """The notifications page's groups as the person reads them: heading, then messages."""
    response = client.get(reverse("accounts:notifications"))
    assert response.status_code == 200
    return {g["label"]: [n.message for n in g["items"]] for g in response.context["groups"]}


def test_being_removed_is_told_under_its_own_heading_not_as_a_decision(
    world, client, opened, django_capture_on_commit_callbacks
):
    officer = world.users["officer"]
    joiner = UserFactory(full_name="Jo Joiner")
    asked = ask_to_join(community=opened, actor=joiner, message="Hello")
    decide_join_request(join_request=asked, approve=True, actor=officer)
    asked.refresh_from_db()
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        remove_outside_member(join_request=asked, actor=officer)
    client.force_login(joiner)
    groups = _groups(client)
    assert [m[:31] for m in groups[ENDED_LABEL]] == ["You have been removed from the "]
    assert [m[:27] for m in groups[DECIDED_LABEL]] == ["You have joined the communi"]
    page = client.get(reverse("accounts:notifications")).content.decode()
    assert f"{ENDED_LABEL} <span" in page  # the group's heading
    assert [m.to for m in mail.outbox] == [[joiner.email]]
    removed = Notification.objects.get(recipient=joiner, message__startswith="You have been")
    assert removed.kind == NotificationKind.JOIN_ENDED


def test_closing_is_told_under_its_own_heading_and_e_mailed_as_chosen_for_it(
    world, client, opened, django_capture_on_commit_callbacks
):
    """Closing ends a membership and a request waiting: both told as an ending; someone who
    turned off e-mails of endings (not of decisions) reads it in the app only."""
    officer = world.users["officer"]
    joiner = UserFactory(email_muted_kinds=[NotificationKind.JOIN_ENDED])
    asked = ask_to_join(community=opened, actor=joiner, message="Hello")
    decide_join_request(join_request=asked, approve=True, actor=officer)
    waiting = UserFactory(email_muted_kinds=[NotificationKind.JOIN_DECIDED])
    ask_to_join(community=opened, actor=waiting, message="Hello")
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        change_community(community=opened, name=opened.name, purpose=opened.purpose,
                         open_to_others=False, actor=officer)  # fmt: skip
    closed = f"‘{opened.name}’ has been closed to people beyond the programme"
    client.force_login(joiner)
    assert _groups(client)[ENDED_LABEL] == [f"{closed}; you no longer read it."]
    client.force_login(waiting)
    groups = _groups(client)
    assert list(groups) == [ENDED_LABEL]  # nothing "approved or declined"
    assert groups[ENDED_LABEL][0].startswith(f"{closed}, so your request to join it has ended.")
    assert [m.to for m in mail.outbox] == [[waiting.email]]
    page = client.get(reverse("accounts:notification_emails")).content.decode()
    assert ENDED_LABEL in page and DECIDED_LABEL in page  # chosen each on its own


def test_the_migration_moves_the_endings_told_before_to_their_kind(world, opened):
    from importlib import import_module

    from django.apps import apps

    migration = import_module("accounts.migrations.0022_community_ended_notification_kind")
    officer = world.users["officer"]
    joiner = UserFactory(email_muted_kinds=[NotificationKind.JOIN_DECIDED])
    other = UserFactory(email_muted_kinds=[NotificationKind.MENTION])
    asked = ask_to_join(community=opened, actor=joiner, message="Hello")
    decide_join_request(join_request=asked, approve=True, actor=officer)
    asked.refresh_from_db()
    remove_outside_member(join_request=asked, actor=officer)
    ask_to_join(community=opened, actor=other, message="Hello")
    change_community(community=opened, name=opened.name, purpose=opened.purpose,
                     open_to_others=False, actor=officer)  # fmt: skip
    # As they were kept before: every answer, removal and closing "approved or declined".
    Notification.objects.filter(kind=NotificationKind.JOIN_ENDED).update(
        kind=NotificationKind.JOIN_DECIDED
    )
    migration.move_endings_to_their_kind(apps, None)
    kinds = {
        n.message[:30]: n.kind
        for n in Notification.objects.filter(recipient__in=[joiner, other]).exclude(
            kind=NotificationKind.JOIN_REQUESTED
        )
    }
    assert kinds == {
        "You have joined the community ": NotificationKind.JOIN_DECIDED,
        "You have been removed from the": NotificationKind.JOIN_ENDED,
        f"‘{opened.name}’ has been closed"[:30]: NotificationKind.JOIN_ENDED,
    }
    joiner.refresh_from_db()
    other.refresh_from_db()
    assert sorted(joiner.email_muted_kinds) == [
        NotificationKind.JOIN_DECIDED, NotificationKind.JOIN_ENDED
    ]  # fmt: skip
    assert other.email_muted_kinds == [NotificationKind.MENTION]
