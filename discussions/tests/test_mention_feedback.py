"""After posting, its author is told whom the post's mentions told, and which names told
nobody, in words that say nothing of whether such a person exists or why they may not see
the discussion (nobody outside it is told, nor told of it). A mention that told nobody is
shown as it was typed, not in bold like one that did."""

import pytest
from django.urls import reverse

from accounts.models import Notification, NotificationKind
from discussions.models import Post
from discussions.services import edit_post, reply, withdraw_post
from discussions.tests.test_threads import detail, mentions_of, token_on

pytestmark = pytest.mark.django_db

BODY = "Thanks @[Consultant Person]. Ask @[Outsider Person], @[Nobody Here] and @[Leader Person]."


def _banner(page):
    return " ".join(page.split("govuk-notification-banner__heading")[1].split("</p>")[0].split())


def test_a_mention_of_nobody_who_can_see_the_discussion_is_refused_before_posting(client, world):
    """A name that is nobody's who may read the thread (a real person who may not, or nobody
    at all: the same words) is refused beside the box, nothing posted and nobody told, and
    what was written is kept; it had been published as typed."""
    leader, thread = world.users["leader"], world.kestrel_thread
    client.force_login(leader)
    token = token_on(client.get(detail(thread)))
    response = client.post(detail(thread), {"body": BODY, "once": token})
    assert response.status_code == 400
    page = response.content.decode()
    message = (
        "Nobody called Outsider Person or Nobody Here can see this discussion, so you cannot "
        "mention them. Check the name in the list of people you can mention, or take out the "
        "@ and the square brackets"
    )
    assert f'<a href="#id_body">{message}</a>' in page  # the error summary, to the box
    assert '<span id="id_body_1_error" class="govuk-error-message">' in page  # by the box
    assert page.count(message) == 2
    assert "Thanks @[Consultant Person]. Ask @[Outsider Person]" in page  # kept in the box
    assert (
        not Post.objects.filter(thread=thread, author=leader)
        .exclude(pk=world.objects["kestrel_post"].pk)
        .exists()
    )
    assert not Notification.objects.filter(kind=NotificationKind.MENTION).exists()
    # Without the names nobody can be told, it is posted and the consultant is told.
    body = "Thanks @[Consultant Person]. Ask @[Leader Person]."
    response = client.post(detail(thread), {"body": body, "once": token}, follow=True)
    assert _banner(response.content.decode()).endswith(
        '">Your reply has been posted. Consultant Person has been told.'
    )
    assert mentions_of(world.users["consultant"]).count() == 1


def test_a_new_thread_and_an_edit_are_refused_a_mention_of_nobody_too(client, world):
    officer = world.users["officer"]
    client.force_login(officer)
    url = reverse("discussions:thread_create", args=[world.coral.pk])
    token = token_on(client.get(url))
    # The leader may read Coral's open threads, not one for its officers only.
    for officers_only, refused in ((True, True), (False, False)):
        data = {"title": "Buses", "body": "Over to @[Leader Person]", "once": token}
        if officers_only:
            data["officers_only"] = "on"
        response = client.post(url, data)
        assert response.status_code == (400 if refused else 302)
        if refused:
            assert "Nobody called Leader Person can see this discussion" in (
                response.content.decode()
            )
    leader = world.users["leader"]
    client.force_login(leader)
    post = reply(thread=world.kestrel_thread, body="Over to the team", actor=leader)
    edit = reverse("discussions:post_edit", args=[post.pk])
    response = client.post(edit, {"body": "Over to @[Outsider Person]", "version": post.version})
    assert response.status_code == 400
    assert "Nobody called Outsider Person can see this discussion" in response.content.decode()
    post.refresh_from_db()
    assert post.body == "Over to the team" and post.version == 1


def test_the_author_is_told_which_names_told_nobody_when_access_changed_meanwhile(client, world):
    """Someone who could read the thread when the post was checked may not by the time it is
    saved: the service still says which names told nobody, in the same words, and such a
    mention is shown as it was typed."""
    leader, thread = world.users["leader"], world.kestrel_thread
    post = reply(thread=thread, body=BODY, actor=leader)
    assert list(post.told) == [world.users["consultant"]]
    assert post.told.nobody == ["Outsider Person", "Nobody Here"]
    assert mentions_of(world.users["consultant"]).count() == 1
    assert not mentions_of(world.users["outsider"]).exists()
    assert Notification.objects.filter(kind=NotificationKind.MENTION).count() == 1

    client.force_login(leader)
    page = client.get(detail(thread)).content.decode()
    # Only the mention that told someone is shown as one.
    assert "<strong>@Consultant Person</strong>" in page
    assert "Ask @[Outsider Person], @[Nobody Here] and @[Leader Person]." in page
    assert "<strong>@Outsider" not in page and "<strong>@Nobody" not in page
    # The words the author is told in.
    from django.contrib.messages.storage.fallback import FallbackStorage
    from django.test import RequestFactory

    from discussions.views import _posted

    request = RequestFactory().get("/")
    request.session = client.session
    request._messages = FallbackStorage(request)
    _posted(request, "Your reply has been posted.", post.told)
    (said,) = list(request._messages)
    assert str(said) == (
        "Your reply has been posted. Consultant Person has been told. "
        "Nobody called Outsider Person or Nobody Here who can see this discussion was told."
    )


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
        {"body": "Over to @[Consultant Person] and @[Officer Person]",
         "version": post.version},
        follow=True,
    )  # fmt: skip
    assert _banner(response.content.decode()).endswith(
        '">Your post has been changed. Officer Person has been told.'
    )
    assert mentions_of(world.users["consultant"]).count() == 1  # told once, not again
    assert mentions_of(world.users["officer"]).count() == 1
    # An edit that tells nobody new returns no one told (the service, called again).
    post.refresh_from_db()
    again = edit_post(post=post, body=post.body + ".", actor=leader, based_on=post.version)
    assert list(again.told) == [] and again.told.nobody == []


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
