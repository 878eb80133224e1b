"""Threads on a field trial: who reads and writes them, mentions told once, the pages."""

import re

import pytest
from django.core.exceptions import PermissionDenied
from django.urls import reverse

from accounts.models import Event, Notification, NotificationKind, Role
from accounts.tests.factories import UserFactory
from discussions.models import Post, Thread
from discussions.rules import visible_threads
from discussions.services import notify_mentions, reply, start_thread, withdraw_post
from discussions.tests.factories import PostFactory, ThreadFactory
from fieldtrials.tests.factories import FieldTrialMembershipFactory
from nextpractice.testing.fixtures import PERSONAS


def detail(thread):
    return reverse("discussions:thread_detail", args=[thread.pk])


def token_on(response):
    return re.search(r'name="once" value="([^"]+)"', response.content.decode()).group(1)


def mentions_of(user):
    return Notification.objects.filter(recipient=user, kind=NotificationKind.MENTION)


def test_a_leader_starts_a_thread_whose_first_post_opens_it_and_is_logged(client, world):
    client.force_login(world.users["leader"])
    url = reverse("discussions:thread_create", args=[world.coral.pk])
    # The form says how to write italics in words a head teacher knows, not "Markdown".
    form = client.get(url).content.decode()
    assert "*one star* either side of words for italics" in form and "Markdown" not in form
    response = client.post(url, {"title": "Buses", "body": "Who *drives*?", "once": "t" * 24})
    thread = Thread.objects.get(title="Buses")
    assert response.status_code == 302 and response["Location"] == detail(thread)
    assert thread.posts.get().body == "Who *drives*?"
    assert Event.objects.filter(verb="discussions.posted", field_trial=world.coral).exists()
    page = client.get(detail(thread)).content.decode()
    leader = world.users["leader"].get_absolute_url()
    assert "Who <em>drives</em>?" in page
    assert f'Started by <a class="govuk-link" href="{leader}">Leader Person</a>' in page


def test_the_first_post_started_the_discussion_and_a_reply_posted_in_it(world):
    """Its history says who started a discussion ("started the discussion"), not that they
    "posted in" it as a reply does; an event written before the first post was told apart
    still reads as any post."""
    from nextpractice.history import entries

    leader, consultant = world.users["leader"], world.users["consultant"]
    thread = start_thread(subject=world.coral, title="Buses", body="Who drives?", actor=leader)
    reply(thread=thread, body="I do.", actor=consultant)
    posted = Event.objects.filter(verb="discussions.posted", target_id=thread.pk)
    assert [e.sentence for e in entries(posted.order_by("-pk"))] == [
        "Consultant Person posted in the discussion “Buses”.",
        "Leader Person started the discussion “Buses”.",
    ]
    first = posted.order_by("pk").first()
    first.data.pop("started")
    first.save()
    assert entries(posted.filter(pk=first.pk))[0].sentence == (
        "Leader Person posted in the discussion “Buses”."
    )


def test_a_member_of_another_trial_gets_404_on_its_threads(client, world):
    stranger = UserFactory()
    FieldTrialMembershipFactory(field_trial=world.onyx_trial, user=stranger, role=Role.PRACTITIONER)
    client.force_login(stranger)
    coral = world.coral.pk
    for url in (
        detail(world.kestrel_thread),
        reverse("discussions:thread_list", args=[coral]),
        reverse("discussions:thread_create", args=[coral]),
    ):
        assert client.get(url).status_code == 404, url
    assert client.post(detail(world.kestrel_thread), {"body": "hi"}).status_code == 404
    assert world.kestrel_thread.posts.count() == 1


@pytest.mark.parametrize("persona", PERSONAS)
def test_the_list_of_threads_agrees_with_the_permission(world, persona):
    user = world.users[persona]
    if user is None:
        return
    listed = set(visible_threads(user))
    for thread in Thread.objects.all():
        assert (thread in listed) == user.has_perm("discussions.view_thread", thread), thread
    for key in ("kestrel_thread", "lapwing_thread", "merlin_thread"):
        assert (world.objects[key] in listed) == (key in world.visible[persona]), key


def test_the_officers_thread_is_not_listed_for_the_leader(client, world):
    client.force_login(world.users["leader"])
    page = client.get(reverse("discussions:thread_list", args=[world.coral.pk]))
    assert "Kestrel Discussion" in page.content.decode()
    assert "Lapwing" not in page.content.decode()


def test_the_list_counts_the_posts_not_removed(client, world):
    thread = world.kestrel_thread
    second = reply(thread=thread, body="Posted twice", actor=world.users["leader"])
    client.force_login(world.users["leader"])
    url = reverse("discussions:thread_list", args=[world.coral.pk])

    def counted():
        page = client.get(url).content.decode()
        row = re.search(r"Kestrel Discussion.*?</tr>", page, re.S).group(0)
        return re.findall(r'cell--numeric">(\d+)<', row)

    assert counted() == ["2"]
    withdraw_post(post=second, actor=world.users["leader"], reason="posted twice")
    assert counted() == ["1"]


def test_a_partner_reads_but_may_not_post(client, world):
    partner = world.users["partner"]
    client.force_login(partner)
    page = client.get(detail(world.kestrel_thread)).content.decode()
    assert "You can read this discussion but not post in it." in page
    with pytest.raises(PermissionDenied):
        reply(thread=world.kestrel_thread, body="Hello", actor=partner)


def test_a_mention_tells_the_person_once_however_often_the_post_is_handled(world):
    post = reply(
        thread=world.kestrel_thread,
        body="Over to @[Consultant Person]",
        actor=world.users["leader"],
    )
    assert notify_mentions(post=post) == []  # handled again: told already, by the key
    (told,) = mentions_of(world.users["consultant"])
    assert told.key == f"post:{post.pk}" and told.url == post.get_absolute_url()
    assert "Leader Person mentions you in “Kestrel Discussion”" in told.message


def test_a_double_click_on_reply_posts_once_and_tells_the_mentioned_once(client, world):
    client.force_login(world.users["leader"])
    thread = world.kestrel_thread
    token = token_on(client.get(detail(thread)))
    form = {"body": "Thanks @[Consultant Person]", "once": token}
    first, again = client.post(detail(thread), form), client.post(detail(thread), form)
    assert first.status_code == again.status_code == 302
    assert thread.posts.filter(body=form["body"]).count() == 1
    assert mentions_of(world.users["consultant"]).count() == 1


def test_nobody_is_told_of_a_thread_they_may_not_see(world):
    officer = world.users["officer"]
    reply(
        thread=world.lapwing_thread,
        body="Ask @[Leader Person], @[Partner Person] and @[Outsider Person]",
        actor=officer,
    )
    reply(thread=world.kestrel_thread, body="And @[Outsider Person]?", actor=officer)
    assert not Notification.objects.filter(kind=NotificationKind.MENTION).exists()
    # Nor does its event name it to the trial's history.
    event = Event.objects.get(verb="discussions.posted_for_officers")
    assert "Lapwing" not in event.target_name + str(event.data)


def test_a_reply_needs_words_and_at_most_ten_thousand_characters(client, world):
    client.force_login(world.users["consultant"])
    thread = world.kestrel_thread
    empty = client.post(detail(thread), {"body": "  "})
    assert empty.status_code == 400
    page = empty.content.decode()
    assert "govuk-error-summary" in page and page.count("Write your post") == 2
    long = client.post(detail(thread), {"body": "x" * 10_001})
    assert long.status_code == 400
    assert "Your post must be 10,000 characters or fewer" in long.content.decode()
    assert thread.posts.count() == 1


def test_a_title_or_post_of_only_invisible_characters_is_refused_as_empty(client, world):
    """Zero-width spaces (Unicode format characters) showed as an empty row in the list that
    nobody could click, and as an empty reply: nothing visible is nothing typed."""
    client.force_login(world.users["leader"])
    url = reverse("discussions:thread_create", args=[world.coral.pk])
    invisible = "\u200b\u200b \u2060\ufeff"
    response = client.post(url, {"title": invisible, "body": invisible, "once": "t" * 24})
    assert response.status_code == 400
    page = response.content.decode()
    assert page.count("Enter a title") == 2 and page.count("Write your post") == 2
    reply = client.post(detail(world.kestrel_thread), {"body": "\u200b\u200b"})
    assert reply.status_code == 400 and reply.content.decode().count("Write your post") == 2
    assert Thread.objects.filter(field_trial=world.coral).count() == 2  # the world's two
    assert world.kestrel_thread.posts.count() == 1


def test_a_title_sent_with_line_breaks_keeps_them_as_spaces(client, world):
    # A title box takes no line break: one sent (a page tampered with) is a space.
    client.force_login(world.users["leader"])
    url = reverse("discussions:thread_create", args=[world.coral.pk])
    title = "Walking buses\r\nand\nthe breakfast club"
    response = client.post(url, {"title": title, "body": "Who drives?", "once": "t" * 24})
    assert response.status_code == 302
    thread = Thread.objects.get(posts__body="Who drives?")
    assert thread.title == "Walking buses and the breakfast club"


def test_a_withdrawn_post_stays_in_place_as_removed_by(client, world):
    leader = world.users["leader"]
    post = reply(thread=world.kestrel_thread, body="Sorrel mistake", actor=leader)
    reply(thread=world.kestrel_thread, body="A later reply", actor=world.users["consultant"])
    withdraw_post(post=post, actor=leader, reason="wrong thread")
    client.force_login(world.users["officer"])
    page = client.get(detail(world.kestrel_thread)).content.decode()
    assert "Sorrel" not in page and "A later reply" in page
    assert "Removed by Leader Person on" in page
    assert Post.objects.current().filter(thread=world.kestrel_thread).count() == 2


def test_only_officers_keep_a_thread_to_officers(world):
    with pytest.raises(PermissionDenied):
        start_thread(
            subject=world.coral, title="T", body="b", actor=world.users["leader"],
            officers_only=True,
        )  # fmt: skip


def test_the_thread_page_reads_the_same_queries_for_2_and_30_posts(
    client, world, django_assert_num_queries
):
    officer = world.users["officer"]
    small, large = ThreadFactory(field_trial=world.coral), ThreadFactory(field_trial=world.coral)
    PostFactory.create_batch(2, thread=small)
    PostFactory.create_batch(15, thread=large)
    PostFactory.create_batch(15, thread=large, withdrawn=True)
    client.force_login(officer)
    client.get(detail(small))  # the session and caches warm
    with django_assert_num_queries(QUERIES):
        assert client.get(detail(small)).status_code == 200
    with django_assert_num_queries(QUERIES):
        assert client.get(detail(large)).status_code == 200


# The same however many posts, withdrawn or not, with their files, whom they told and which
# of their authors the reader may look up; and the trial's communities of practice with their
# people counted, for the reply's file hint to say who reads it.
QUERIES = 10


def test_the_new_thread_form_lays_out_only_the_fields_it_offers():
    from discussions.forms import ThreadForm

    for may_restrict in (False, True):
        form = ThreadForm(may_restrict=may_restrict)
        laid_out = {pointer.name for pointer in form.helper.layout.get_field_names()}
        assert laid_out == set(form.fields), may_restrict


def test_an_author_the_reader_may_find_links_to_their_page_and_one_who_left_does_not(client, world):
    thread = ThreadFactory(field_trial=world.coral)
    consultant = world.users["consultant"]
    PostFactory(thread=thread, author=consultant, body="Welcome")
    former = UserFactory(full_name="Fran Former")  # wrote, then left the programme
    PostFactory(thread=thread, author=former, body="From before")
    client.force_login(world.users["leader"])
    body = client.get(detail(thread)).content.decode()
    assert (
        f'<a class="govuk-link" href="{consultant.get_absolute_url()}">Consultant Person</a>'
        in body
    )
    assert "Reply from Fran Former" in body and former.get_absolute_url() not in body


def file_hint(page):
    """The words of the hint under "Attach a file", and its HTML."""
    import html

    hint = re.search(r'id="id_file_hint"[^>]*>(.*?)</', page.replace("</a>", ""), re.S).group(1)
    return " ".join(html.unescape(re.sub(r"<[^>]+>", "", hint)).split()), hint


def test_the_file_hint_says_who_downloads_a_trials_file_the_communitys_teams_too(client, world):
    """Coral shares Rowan Community with Quill, whose team reads Coral's discussions and
    downloads their files (fieldtrials.rules): the hint says so, and who may open the trial's
    People page is led there."""
    FieldTrialMembershipFactory.create_batch(2, field_trial=world.objects["quill"])
    thread = ThreadFactory(field_trial=world.coral)
    client.force_login(world.users["leader"])
    words, hint = file_hint(client.get(detail(thread)).content.decode())
    assert words == (
        "A PDF, office document, CSV or image, smaller than 10 MB. Everyone who can read this "
        "discussion can download it: the trial's members, the officers, consultants and "
        "partners of its project and its programme, and the teams of the other field trials "
        "in its community of practice Rowan Community (2 people). See who reads the trial."
    )
    assert f'href="{reverse("people:people", args=["field-trial", world.coral.pk])}"' in hint
    # Starting one, an officer may keep it to officers: the hint says who reads it then.
    client.force_login(world.users["officer"])
    new = client.get(reverse("discussions:thread_create", args=[world.coral.pk]))
    assert (
        "If you keep it for programme officers, only the officers of its project and its "
        "programme can." in file_hint(new.content.decode())[0]
    )


def test_the_file_hint_of_an_officers_discussion_says_only_they_read_it(client, world):
    thread = ThreadFactory(field_trial=world.coral, officers_only=True)
    client.force_login(world.users["officer"])
    words, _ = file_hint(client.get(detail(thread)).content.decode())
    assert words.endswith(
        "Only the officers of its project and its programme can read this discussion and "
        "download its files."
    )
    assert "Everyone" not in words
