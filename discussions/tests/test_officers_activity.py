"""A discussion for programme officers only does not exist for anyone else: its posts,
changes and removals are told ("posted in a discussion for the programme officers of …")
only to those who may read it, on a trial's or a project's activity page and its download,
in their own activity, in what they follow and in their digest e-mail; and telling them
costs no query more, however many such posts there are."""

import html
import importlib
import re

import pytest
from django.apps import apps
from django.core import mail
from django.urls import reverse

from accounts.models import Event
from accounts.rules import visible_events
from discussions.services import edit_post, reply, start_thread, withdraw_post
from following.services import choose_digest, follow
from following.tasks import send_digests

pytestmark = pytest.mark.django_db

OFFICERS_TALK = "for the programme officers of"
OPEN_TALK = "started the discussion “Open question”."
NOT_OFFICERS = ["leader", "partner", "consultant"]


def officers_talk(world, subject, posts=1, by="officer"):
    """The officer's (or `by`'s) thread for officers only on `subject`, with `posts` posts;
    the last is changed, then removed."""
    officer = world.users[by]
    thread = start_thread(
        subject=subject, title="Lapwing budget", body="Between us.", actor=officer,
        officers_only=True,
    )  # fmt: skip
    post = thread.posts.get()
    for _ in range(posts - 1):
        post = reply(thread=thread, body="Agreed.", actor=officer)
    edit_post(post=post, body="Agreed, for now.", actor=officer, based_on=1)
    withdraw_post(post=post, actor=officer)


def open_talk(world, subject, by="consultant"):
    start_thread(subject=subject, title="Open question", body="Anyone?", actor=world.users[by])


def read(client, url):
    """The page's words as read (a stream's entries link what they name), or the download."""
    response = client.get(url)
    assert response.status_code == 200, url
    body = response.content.decode("utf-8-sig")
    body = re.sub(r'<span class="govuk-visually-hidden">[^<]*</span>', "", body)  # seen only
    return " ".join(html.unescape(re.sub(r"<[^>]+>", "", body)).split())


def told(body, who="Officer Person"):
    """The sentences of an officers' thread in `body`: posted, changed, removed."""
    return [
        said in body
        for said in (
            f"{who} posted in a discussion {OFFICERS_TALK} Coral",
            f"{who} changed a post in a discussion {OFFICERS_TALK} Coral",
            f"{who} removed a post from a discussion {OFFICERS_TALK} Coral",
        )
    ]


@pytest.mark.parametrize("persona", [*NOT_OFFICERS, "officer"])
def test_a_trials_activity_and_its_download_tell_officers_talk_to_its_officers_only(
    client, world, persona
):
    officers_talk(world, world.coral)
    open_talk(world, world.coral)
    client.force_login(world.users[persona])
    officer = persona == "officer"
    for url in (
        reverse("accounts:field_trial_activity", args=[world.coral.pk]),
        reverse("accounts:field_trial_activity_export", args=[world.coral.pk]),
        reverse("accounts:activity"),
        reverse("accounts:activity_export"),
    ):
        body = read(client, url)
        assert OPEN_TALK in body, url
        assert told(body) == [officer] * 3, url
    # The trial's own page and the home page's recent activity tell no more.
    for url in (world.coral.get_absolute_url(), reverse("home")):
        assert officer or OFFICERS_TALK not in read(client, url), url


@pytest.mark.parametrize("persona", ["partner", "officer"])
def test_a_projects_activity_and_its_download_tell_officers_talk_to_its_officers_only(
    client, world, persona
):
    officers_talk(world, world.amber)
    client.force_login(world.users[persona])
    for url in (
        reverse("accounts:project_activity", args=[world.amber.pk]),
        reverse("accounts:project_activity_export", args=[world.amber.pk]),
    ):
        body = read(client, url)
        assert (f"posted in a discussion {OFFICERS_TALK} Amber" in body) is (
            persona == "officer"
        ), url


@pytest.mark.parametrize("persona", [*NOT_OFFICERS, "officer"])
def test_what_they_follow_and_their_digest_tell_officers_talk_to_its_officers_only(
    client, world, persona
):
    """Coral followed, and the community Rowan (whose convenor is the officer). What they
    did themselves is no news to them: others talk (the officer's talk, for the officer, by
    an administrator)."""
    user = world.users[persona]
    for subject in (world.coral, world.rowan):
        follow(user=user, subject=subject)
    choose_digest(user=user, frequency="daily")
    officer = persona == "officer"
    talker = "admin" if officer else "officer"
    officers_talk(world, world.coral, by=talker)
    officers_talk(world, world.rowan, by=talker)
    open_talk(world, world.coral, by="leader" if persona == "consultant" else "consultant")
    client.force_login(user)
    followed = read(client, reverse("following:followed"))
    assert OPEN_TALK in followed
    assert told(followed, who=world.users[talker].full_name) == [officer] * 3
    assert (f"posted in a discussion {OFFICERS_TALK} Rowan Community" in followed) is officer
    assert officer or OFFICERS_TALK not in read(client, reverse("home"))
    send_digests("daily")
    (digest,) = [email for email in mail.outbox if email.to == [user.email]]
    assert OPEN_TALK in digest.body
    assert (OFFICERS_TALK in digest.body) is officer


@pytest.mark.parametrize("size", [2, 18])  # 18 posts and a change: within the posting limit
def test_leaving_out_officers_talk_costs_no_query_at_2_or_18_posts(
    client, world, django_assert_num_queries, size
):
    officers_talk(world, world.coral, posts=size)
    open_talk(world, world.coral)
    leader = world.users["leader"]
    client.force_login(leader)
    client.get(reverse("home"))  # the session and content types, once
    url = reverse("accounts:field_trial_activity", args=[world.coral.pk])
    # session, user, memberships, the trials sharing a community with theirs, the trial,
    # the events, unread notifications (the menu)
    with django_assert_num_queries(7):
        body = client.get(url).content.decode()
    assert OPEN_TALK in body and OFFICERS_TALK not in body


def test_removals_written_before_are_told_to_officers_only_too(world):
    """A removal from an officers' thread was written as discussions.post_removed on the
    trial (naming no thread), read by everyone who sees the trial: the migration makes it
    the officers'. A removal from an open thread stays as it was."""
    officer = world.users["officer"]
    on_trial = Event.objects.create(
        actor=officer, verb="discussions.post_removed", target=world.coral, data={},
        programme=world.quartz, project=world.amber, field_trial=world.coral,
    )  # fmt: skip
    on_thread = Event.objects.create(
        actor=officer, verb="discussions.post_removed", target=world.kestrel_thread,
        data={"title": "Kestrel Discussion"}, programme=world.quartz, project=world.amber,
        field_trial=world.coral,
    )  # fmt: skip
    migration = importlib.import_module("discussions.migrations.0004_post_removed_for_officers")
    migration.forwards(apps, None)
    on_trial.refresh_from_db()
    on_thread.refresh_from_db()
    assert on_trial.verb == "discussions.post_removed_for_officers"
    assert on_thread.verb == "discussions.post_removed"
    read = visible_events(world.users["leader"]).filter(pk__in=[on_trial.pk, on_thread.pk])
    assert list(read) == [on_thread]
