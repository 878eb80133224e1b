"""After posting, its author is told whom the post's mentions told, and which names told
nobody, in words that say nothing of whether such a person exists or why they may not see
the discussion (nobody outside it is told, nor told of it). A mention that told nobody is
shown as it was typed, not in bold like one that did."""

import pytest

from accounts.models import Notification, NotificationKind
from discussions.models import Post
from discussions.services import edit_post, reply, withdraw_post
from discussions.tests.test_threads import detail, mentions_of, token_on

pytestmark = pytest.mark.django_db

BODY = "Thanks @[Consultant Person]. Ask @[Outsider Person], @[Nobody Here] and @[Leader Person]."


def _banner(page):
    return " ".join(page.split("govuk-notification-banner__heading")[1].split("</p>")[0].split())


def test_the_author_is_told_who_was_told_and_which_names_told_nobody(client, world):
    leader, thread = world.users["leader"], world.kestrel_thread
    client.force_login(leader)
    token = token_on(client.get(detail(thread)))
    response = client.post(detail(thread), {"body": BODY, "once": token}, follow=True)
    page = response.content.decode()
    assert _banner(page) == (
        'govuk-!-text-break-word">Your reply has been posted. Consultant Person has been told. '
        "Nobody called Outsider Person or Nobody Here who can see this discussion was told."
    )
    # The consultant is told; the outsider (a real person who may not see it) is not, and
    # the leader's mention of themselves tells nobody and is not listed as a name not told.
    assert mentions_of(world.users["consultant"]).count() == 1
    assert not mentions_of(world.users["outsider"]).exists()
    assert Notification.objects.filter(kind=NotificationKind.MENTION).count() == 1

    # Only the mention that told someone is shown as one.
    assert "<strong>@Consultant Person</strong>" in page
    assert "Ask @[Outsider Person], @[Nobody Here] and @[Leader Person]." in page
    assert "<strong>@Outsider" not in page and "<strong>@Nobody" not in page


def test_a_reply_mentioning_nobody_says_only_that_it_is_posted(client, world):
    client.force_login(world.users["leader"])
    thread = world.kestrel_thread
    token = token_on(client.get(detail(thread)))
    response = client.post(detail(thread), {"body": "All well.", "once": token}, follow=True)
    page = response.content.decode()
    assert _banner(page).endswith('">Your reply has been posted.')
    # To the reply itself, not the top of a long discussion: its #post-N is the banner at
    # the top of the post, focusable, so that the jump focuses it and it is announced.
    posted = Post.objects.get(thread=thread, body="All well.")
    assert response.redirect_chain == [(f"{detail(thread)}#post-{posted.pk}", 302)]
    article = page.split("<article")[-1]
    assert f'id="post-{posted.pk}" tabindex="-1"' in article and 'role="alert"' in article
    assert article.count("Your reply has been posted.") == 1 and "All well." in article
    # Beside the reply only: not also at the top of the page.
    assert page.count("govuk-notification-banner__heading") == 1
    # Seen again, the post keeps its id and no banner.
    again = client.get(detail(thread)).content.decode()
    assert f'<article class="govuk-!-margin-bottom-6" id="post-{posted.pk}">' in again
    assert "govuk-notification-banner" not in again


def test_an_edit_names_only_those_told_now_and_once_means_once(client, world):
    leader = world.users["leader"]
    client.force_login(leader)
    thread = world.kestrel_thread
    token = token_on(client.get(detail(thread)))
    client.post(
        detail(thread), {"body": "Over to @[Consultant Person]", "once": token}, follow=True
    )
    post = thread.posts.latest("pk")
    response = client.post(
        f"/discussions/posts/{post.pk}/edit/",
        {"body": "Over to @[Consultant Person] and @[Officer Person], not @[Nobody Here]",
         "version": post.version},
        follow=True,
    )  # fmt: skip
    assert _banner(response.content.decode()).endswith(
        '">Your post has been changed. Officer Person has been told. '
        "Nobody called Nobody Here who can see this discussion was told."
    )
    assert mentions_of(world.users["consultant"]).count() == 1  # told once, not again
    assert mentions_of(world.users["officer"]).count() == 1
    # An edit that tells nobody new returns no one told (the service, called again).
    post.refresh_from_db()
    again = edit_post(post=post, body=post.body + ".", actor=leader, based_on=post.version)
    assert list(again.told) == [] and again.told.nobody == ["Nobody Here"]


def test_a_mention_edited_out_is_no_longer_news_and_written_back_tells_nobody_twice(world):
    leader, consultant = world.users["leader"], world.users["consultant"]
    thread = world.kestrel_thread
    post = reply(thread=thread, body="Over to @[Consultant Person]", actor=leader)
    (told,) = mentions_of(consultant)
    assert told.read_at is None
    post = edit_post(post=post, body="Over to the team", actor=leader, based_on=post.version)
    told.refresh_from_db()
    assert told.read_at is not None  # kept, read: it no longer calls them to the post
    post = edit_post(post=post, body="Over to @[Consultant Person] after all", actor=leader,
                     based_on=post.version)  # fmt: skip
    assert list(post.told) == [] and mentions_of(consultant).count() == 1


def test_a_mention_still_in_the_post_stays_news_and_a_removed_post_is_not(world):
    leader, consultant = world.users["leader"], world.users["consultant"]
    post = reply(thread=world.kestrel_thread, body="Hi @[Consultant Person]", actor=leader)
    post = edit_post(post=post, body="Hello @[consultant  person]", actor=leader,
                     based_on=post.version)  # fmt: skip
    assert mentions_of(consultant).get().read_at is None
    withdraw_post(post=post, actor=leader, reason="wrong thread")
    assert mentions_of(consultant).get().read_at is not None
