"""A post changed by its author with its history kept, removed with a reason, limited in
pace, with files only readers download, and recorded as a lesson by officers."""

import html
import re
from datetime import UTC, datetime, timedelta
from urllib.parse import parse_qs, urlsplit

import pytest
from django.core.exceptions import PermissionDenied
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import RequestFactory
from django.urls import reverse
from django.utils import timezone

from accounts.models import Event, Notification, NotificationKind, Role
from accounts.tests.factories import UserFactory
from discussions.lessons import lesson_url
from discussions.models import Attachment, Post, PostRevision
from discussions.services import POSTING_LIMIT, edit_post, reply, withdraw_post
from discussions.tests.factories import PostFactory
from fieldtrials.tests.factories import FieldTrialMembershipFactory
from nextpractice.records.forms import OUT_OF_DATE
from nextpractice.records.services import RecordConflict
from nextpractice.tests.multipart import ODD_FILE_NAMES, multipart


def edit_url(post):
    return reverse("discussions:post_edit", args=[post.pk])


def test_the_author_changes_a_post_which_says_edited_and_keeps_its_earlier_words(client, world):
    leader = world.users["leader"]
    post = world.kestrel_post
    client.force_login(leader)
    response = client.post(edit_url(post), {"body": "Second *thoughts*", "version": 1})
    assert response.status_code == 302
    assert response["Location"] == post.get_absolute_url()  # to the post and its banner
    beside = client.get(response["Location"]).content.decode().split(f'id="post-{post.pk}"')
    assert len(beside) == 2 and "Your post has been changed." in beside[1].split("</article>")[0]
    post.refresh_from_db()
    assert (post.body, post.version, post.changed_by) == ("Second *thoughts*", 2, leader)
    (revision,) = post.revisions.all()
    assert (revision.version, revision.body) == (1, "Opening words")
    client.force_login(world.users["partner"])  # a reader sees the change and what it was
    page = client.get(world.kestrel_thread.get_absolute_url()).content.decode()
    history = reverse("discussions:post_history", args=[post.pk])
    assert "Second <em>thoughts</em>" in page and "edited" in page and history in page
    versions = client.get(history).content.decode()
    assert "Opening words" in versions and "Version 1" in versions
    assert Event.objects.filter(verb="discussions.post_edited").count() == 1


def test_a_save_based_on_an_older_version_is_refused_and_nothing_is_saved(client, world):
    leader = world.users["leader"]
    post = world.kestrel_post
    client.force_login(leader)
    assert client.get(edit_url(post)).status_code == 200  # the form carries version 1
    edit_post(post=post, body="Saved in another tab", actor=leader, based_on=1)
    response = client.post(edit_url(post), {"body": "Typed in the first tab", "version": 1})
    assert response.status_code == 409
    text = response.content.decode()
    assert "Saved in another tab" in text and "Typed in the first tab" in text
    # Only its author edits a post: the change made meanwhile was theirs, not "someone's".
    assert "You changed this post in another tab or window since you opened it." in text
    assert "Someone changed" not in text and "Someone else" not in text
    saved_now = text.split('id="saved-now"')[1].split("</section>")[0]
    assert "You changed this in another tab or window since you opened it: you saved it at" in (
        saved_now
    )
    assert f"{leader.full_name} saved this" not in text
    # What is saved now is read before their version and its Save button.
    saved = text.index('id="saved-now"')
    assert saved < text.index("Your version (not saved)") < text.index("Typed in the first tab")
    assert saved < text.index("govuk-button", text.index("Your version (not saved)"))
    assert text.index("Saved in another tab", saved) < text.index("Your version (not saved)")
    post.refresh_from_db()
    assert post.body == "Saved in another tab" and post.revisions.count() == 1
    with pytest.raises(RecordConflict):
        edit_post(post=post, body="Again", actor=leader, based_on=1)


@pytest.mark.parametrize("version", ["abc", "", "0", "-1", "99999999999999999999", "2"])
def test_an_edit_page_with_its_version_tampered_with_says_it_is_out_of_date(client, world, version):
    """Not a version of the post (letters, none, none saved yet): not a clash with another
    save, and not an empty box of problems: the page is out of date, nothing is saved, and
    the page loaded again saves."""
    post = world.kestrel_post
    client.force_login(world.users["leader"])
    response = client.post(edit_url(post), {"body": "Changed words", "version": version})
    assert response.status_code == 400
    text = html.unescape(response.content.decode())
    summary = re.search(r'class="govuk-error-summary.*?</ul>', text, re.DOTALL).group(0)
    assert OUT_OF_DATE in summary
    assert "changed this post" not in text and "What is saved now" not in text
    post.refresh_from_db()
    assert (post.body, post.version) == ("Opening words", 1)
    reloaded = client.get(edit_url(post)).content.decode()
    version = re.search(r'name="version" value="(\d+)"', reloaded).group(1)
    saved = client.post(edit_url(post), {"body": "Changed words", "version": version})
    assert saved.status_code == 302
    post.refresh_from_db()
    assert post.body == "Changed words"


def test_only_the_author_changes_a_post_and_not_once_it_is_removed(world):
    post = world.kestrel_post
    with pytest.raises(PermissionDenied):  # the officer moderates but does not rewrite
        edit_post(post=post, body="x", actor=world.users["officer"], based_on=1)
    withdraw_post(post=post, actor=world.users["officer"], reason="off topic")
    post.refresh_from_db()
    with pytest.raises(PermissionDenied):
        edit_post(post=post, body="x", actor=world.users["leader"], based_on=post.version)


def test_an_edit_that_mentions_someone_new_tells_them_once(world):
    leader = world.users["leader"]
    post = world.kestrel_post
    edit_post(post=post, body="Now @[Consultant Person]", actor=leader, based_on=1)
    edit_post(post=post, body="Now @[Consultant Person]!", actor=leader, based_on=2)
    told = Notification.objects.filter(kind=NotificationKind.MENTION)
    assert [n.recipient.full_name for n in told] == ["Consultant Person"]


def test_a_name_within_code_tells_nobody_and_is_not_in_bold(client, world):
    leader = world.users["leader"]
    body = "To mention someone, write `@[Consultant Person]`:\n\n```\n@[Officer Person]\n```"
    post = reply(thread=world.kestrel_thread, body=body, actor=leader)
    assert post.told == [] and post.told.nobody == []
    assert not Notification.objects.filter(kind=NotificationKind.MENTION).exists()
    client.force_login(leader)
    page = client.get(world.kestrel_thread.get_absolute_url()).content.decode()
    assert "<code>@[Consultant Person]</code>" in page
    assert "<strong>@Consultant Person" not in page and "<strong>@Officer Person" not in page


def test_removing_a_post_asks_a_reason_and_leaves_removed_by_in_its_place(client, world):
    officer = world.users["officer"]
    post = world.kestrel_post
    client.force_login(officer)
    url = reverse("discussions:post_withdraw", args=[post.pk])
    form = client.get(url).content.decode()
    assert "Why are you removing it?" in form and "Remove the post" in form
    assert "withdraw" not in re.sub(r"<[^>]*>", "", form).lower()  # "remove" throughout
    empty = client.post(url, {"reason": ""})
    assert empty.status_code == 400 and "Say why you are removing it" in empty.content.decode()
    assert "withdrawing" not in empty.content.decode()
    removed = client.post(url, {"reason": "posted twice"})
    # To the post, where the banner saying so is at its top: the reader keeps their place.
    assert removed.status_code == 302
    assert removed["Location"] == f"{world.kestrel_thread.get_absolute_url()}#post-{post.pk}"
    page = client.get(removed["Location"]).content.decode()
    at_post = page.split(f'id="post-{post.pk}" tabindex="-1"')[1].split("</article>")[0]
    assert "The post has been removed." in at_post and "Removed by Officer Person" in at_post
    assert "Removed by Officer Person on" in page and ": “posted twice”" in page
    assert "Opening words" not in page
    again = client.post(url, {"reason": "again"})
    assert again.status_code == 409
    assert Post.objects.get(pk=post.pk).withdrawn_reason == "posted twice"
    # Opened again, nothing is left to cancel: it leads back.
    removed_page = client.get(url).content.decode()
    assert "Back to the discussion" in removed_page and "Cancel" not in removed_page


def test_posting_too_fast_is_refused_with_the_form_again_and_nothing_saved(client, world):
    leader = world.users["leader"]
    for n in range(POSTING_LIMIT):
        reply(thread=world.kestrel_thread, body=f"Post {n}", actor=leader)
    client.force_login(leader)
    response = client.post(world.kestrel_thread.get_absolute_url(), {"body": "One too many"})
    assert response.status_code == 429
    text = html.unescape(response.content.decode())
    assert f"You have posted {POSTING_LIMIT} times in the last 10 minutes" in text
    assert "One too many" in text  # what they typed is kept in the form
    assert not Post.objects.filter(body="One too many").exists()
    new = reverse("discussions:thread_create", args=[world.coral.pk])
    assert client.post(new, {"title": "T", "body": "b"}).status_code == 429
    edit = client.post(edit_url(world.kestrel_post), {"body": "changed", "version": 1})
    assert edit.status_code == 429
    assert Post.objects.get(pk=world.kestrel_post.pk).body == "Opening words"
    assert "Choose the file" not in text  # none was chosen
    # Someone else is not held back by the leader's pace.
    reply(thread=world.kestrel_thread, body="Fine", actor=world.users["consultant"])


def test_posting_too_fast_with_a_file_asks_for_the_file_again(client, world):
    leader = world.users["leader"]
    for n in range(POSTING_LIMIT):
        reply(thread=world.kestrel_thread, body=f"Post {n}", actor=leader)
    client.force_login(leader)
    for url, data in (
        (world.kestrel_thread.get_absolute_url(), {"body": "With notes"}),
        (reverse("discussions:thread_create", args=[world.coral.pk]), {"title": "T", "body": "b"}),
    ):
        upload = SimpleUploadedFile("timetable.txt", b"Wednesday 1pm: college\n")
        response = client.post(url, {**data, "file": upload})
        assert response.status_code == 429
        text = html.unescape(response.content.decode())
        assert (
            "what you wrote is still in the form below. Choose the file “timetable.txt” again: "
            "a file is not kept in the form."
        ) in text
    assert not Attachment.objects.filter(post__body="With notes").exists()


def test_a_file_is_checked_kept_with_the_post_and_given_only_to_its_readers(client, world):
    client.force_login(world.users["leader"])
    upload = SimpleUploadedFile("timetable.txt", b"Wednesday 1pm: college\n")
    response = client.post(
        world.kestrel_thread.get_absolute_url(), {"body": "The plan", "file": upload}
    )
    assert response.status_code == 302
    attachment = Attachment.objects.get(post__body="The plan")
    assert attachment.file_type == "text/plain" and attachment.name == "timetable.txt"
    page = client.get(world.kestrel_thread.get_absolute_url()).content.decode()
    assert attachment.get_absolute_url() in page
    client.force_login(world.users["partner"])  # reads the trial: downloads
    download = client.get(attachment.get_absolute_url())
    assert download.status_code == 200
    assert b"".join(download.streaming_content) == b"Wednesday 1pm: college\n"
    stranger = UserFactory()
    FieldTrialMembershipFactory(field_trial=world.onyx_trial, user=stranger, role=Role.PRACTITIONER)
    client.force_login(stranger)
    assert client.get(attachment.get_absolute_url()).status_code == 404


def test_a_file_named_as_another_kind_is_refused_and_nothing_is_posted(client, world):
    client.force_login(world.users["leader"])
    upload = SimpleUploadedFile("report.pdf", b"just some text\n")
    response = client.post(
        world.kestrel_thread.get_absolute_url(), {"body": "Fake PDF", "file": upload}
    )
    assert response.status_code == 400
    assert "but its name ends in .pdf" in response.content.decode()
    assert not Post.objects.filter(body="Fake PDF").exists()


def test_an_svg_drawing_is_refused_in_plain_words(client, world):
    client.force_login(world.users["leader"])
    svg = b'<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg"></svg>\n'
    upload = SimpleUploadedFile("diagram.svg", svg)
    response = client.post(
        world.kestrel_thread.get_absolute_url(), {"body": "A drawing", "file": upload}
    )
    assert response.status_code == 400
    page = html.unescape(response.content.decode())
    assert (
        "SVG drawings cannot be uploaded here: save it as a PNG image or a PDF and upload that"
        in page
    )
    assert "looks like" not in page and "image/svg+xml</" not in page
    assert not Post.objects.filter(body="A drawing").exists()


def test_a_removed_posts_file_is_no_longer_given(client, world):
    attachment = world.kestrel_file
    withdraw_post(post=attachment.post, actor=world.users["leader"], reason="wrong file")
    client.force_login(world.users["officer"])
    assert client.get(attachment.get_absolute_url()).status_code == 404


def test_an_officer_records_a_post_as_a_lesson_on_the_trial_prefilled(client, world):
    officer = world.users["officer"]
    reply(thread=world.kestrel_thread, body="Buses **matter**", actor=officer)
    client.force_login(officer)
    page = client.get(world.kestrel_thread.get_absolute_url()).content.decode()
    links = re.findall(r'href="([^"]*/lesson/new/[^"]*)"', page)
    assert links, "no Record as a lesson link"
    url = html.unescape(links[-1])
    assert url.startswith(
        reverse("evaluation:record_create", args=["field-trial", world.coral.pk, "lesson"])
    )
    form = html.unescape(client.get(url).content.decode())
    assert 'value="Kestrel Discussion"' in form
    assert "“Buses matter”" in form and "in the discussion “Kestrel Discussion”." in form
    assert PostRevision.objects.count() == 0  # nothing is written by following the link


def test_the_lesson_link_names_its_post_and_quotes_it(client, world):
    """Several posts each have a "Record as a lesson" link: each says which post it is for.
    The lesson names the discussion but not its address, which its readers may not open."""
    officer = world.users["officer"]
    post = reply(thread=world.kestrel_thread, body="Buses matter", actor=officer)
    client.force_login(officer)
    page = html.unescape(client.get(world.kestrel_thread.get_absolute_url()).content.decode())
    when = timezone.localtime(post.created_at).strftime("%-d %B %Y, %H:%M")
    assert (
        'Record as a lesson<span class="govuk-visually-hidden">: the post by '
        f"{officer.full_name}, {when}</span></a>"
    ) in page
    names = re.findall(r'Record as a lesson<span class="govuk-visually-hidden">([^<]*)<', page)
    assert len(names) == len(set(names)) > 1  # one for each post, none alike
    text = lesson_prefill(page)["text"]
    assert text.endswith("in the discussion “Kestrel Discussion”.")
    assert "http" not in text and post.get_absolute_url() not in text


def lesson_prefill(page, post=None):
    """{"title", "text"} the "Record as a lesson" link of `post` on `page` (unescaped) fills
    in; without `post`, the last post's."""
    if post is not None:
        page = page.split(f'id="post-{post.pk}"')[1].split("</article>")[0]
    query = parse_qs(urlsplit(re.findall(r'href="([^"]*/lesson/new/[^"]*)"', page)[-1]).query)
    return {name: values[0] for name, values in query.items()}


def test_a_lesson_quotes_the_post_as_it_reads_dated_in_london(client, world):
    """The lesson's page shows plain text: the quote has no ">" nor "@[ ]" marks (names
    stay), and the date is the post's day in London ("7 June 2026", not the UTC day, nor
    "07")."""
    officer = world.users["officer"]
    at = datetime(2026, 6, 6, 23, 30, tzinfo=UTC)  # 00:30 on 7 June in London
    post = PostFactory(
        thread=world.kestrel_thread, author=officer, created_at=at,
        body="> Private: @[Sam Lewis] @[Chris Carter] **agreed**\n\n- one\n- two",
    )  # fmt: skip
    client.force_login(officer)
    page = html.unescape(client.get(world.kestrel_thread.get_absolute_url()).content.decode())
    assert lesson_prefill(page, post)["text"] == (
        "“Private: Sam Lewis Chris Carter agreed\n\n- one\n- two”\n\n"
        "Officer Person, 7 June 2026, in the discussion “Kestrel Discussion”."
    )


def test_no_lesson_is_recorded_from_a_thread_for_officers_only(client, world):
    """A lesson is read by everyone who sees the trial: a thread for officers only offers
    no "Record as a lesson", and its posts fill in no lesson. An officer still writes one by
    hand."""
    officer = world.users["officer"]
    post = world.lapwing_post
    reply(thread=world.lapwing_thread, body="Between us", actor=officer)
    client.force_login(officer)
    page = client.get(world.lapwing_thread.get_absolute_url()).content.decode()
    assert "Between us" in page and "Record as a lesson" not in page and "/lesson/new/" not in page
    assert not officer.has_perm("discussions.record_lesson", post)
    request = RequestFactory().get("/")
    request.user = officer
    assert lesson_url(post, request) is None
    new_lesson = reverse("evaluation:record_create", args=["field-trial", world.coral.pk, "lesson"])
    assert client.get(new_lesson).status_code == 200


def test_each_posts_change_and_remove_links_name_whose_post_and_when(client, world):
    """A screen reader's list of links heard "Change this post" and "Remove this post" for
    every post: each names the post's author and when it was posted."""
    leader = world.users["leader"]
    first = world.kestrel_post
    Post.objects.filter(pk=first.pk).update(created_at=first.created_at - timedelta(days=1))
    post = reply(thread=world.kestrel_thread, body="A second thought", actor=leader)
    client.force_login(leader)
    page = html.unescape(client.get(world.kestrel_thread.get_absolute_url()).content.decode())
    when = timezone.localtime(post.created_at).strftime("%-d %B %Y, %H:%M")
    for verb in ("Change", "Remove"):
        assert (
            f'{verb}<span class="govuk-visually-hidden"> {leader.full_name}’s post of {when}'
            "</span></a>"
        ) in page
        names = re.findall(rf'>{verb}<span class="govuk-visually-hidden">([^<]*)<', page)
        assert len(names) == len(set(names)) == 2  # one for each of the leader's posts


def test_the_lesson_link_is_for_officers_only_and_not_from_a_community(client, world):
    client.force_login(world.users["leader"])
    page = client.get(world.kestrel_thread.get_absolute_url()).content.decode()
    assert "Record as a lesson" not in page
    client.force_login(world.users["officer"])
    page = client.get(world.curlew_thread.get_absolute_url()).content.decode()
    assert "Record as a lesson" not in page
    page = client.get(world.heron_thread.get_absolute_url()).content.decode()  # an option's
    project_lesson = reverse("evaluation:record_create", args=["project", world.amber.pk, "lesson"])
    assert project_lesson in page


def test_a_file_with_a_very_long_name_is_refused_saying_so_and_nothing_is_posted(client, world):
    # Django reads no more than 1,024 bytes of a file's header: the form never reaches the
    # page, which said only "Something was wrong with that request".
    client.force_login(world.users["leader"])
    data, content_type = multipart({"body": "The plan"}, "t" * 996 + ".txt", b"Wednesday\n")
    thread = world.kestrel_thread.get_absolute_url()
    response = client.post(
        thread, data, content_type=content_type, HTTP_REFERER=f"http://testserver{thread}"
    )
    assert response.status_code == 400
    page = html.unescape(response.content.decode())
    assert "The file's name is too long: rename it to something shorter and try again." in page
    assert f'<a class="govuk-link" href="http://testserver{thread}">Go back to the form</a>' in page
    assert "Something was wrong with that request" not in page
    assert not Post.objects.filter(body="The plan").exists()


PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


@pytest.mark.parametrize("sent, name, disposition", ODD_FILE_NAMES)
def test_a_file_is_listed_and_downloaded_under_its_own_name(client, world, sent, name, disposition):
    client.force_login(world.users["leader"])
    thread = world.kestrel_thread.get_absolute_url()
    data, content_type = multipart({"body": "The plan"}, sent, PDF)
    response = client.post(thread, data, content_type=content_type)
    assert response.status_code == 302
    attachment = Attachment.objects.get(post__body="The plan")
    assert attachment.name == name
    assert attachment.file.name != name and '"' not in attachment.file.name  # stored apart
    page = html.unescape(client.get(thread).content.decode())
    assert f'href="{attachment.get_absolute_url()}">{name}</a>' in page
    download = client.get(attachment.get_absolute_url())
    assert download["Content-Disposition"] == disposition
    assert b"".join(download.streaming_content) == PDF
    # Still a download that is never sniffed as, nor run as, a page.
    assert download["X-Content-Type-Options"] == "nosniff"
    assert "sandbox" in download["Content-Security-Policy"]


def test_a_file_missing_from_storage_is_a_page_saying_so_not_a_500(client, world):
    """A second server reading its own disk answered 500 for a file posted on the first
    (findings X, 2); so would a file the restored database names that the bucket lacks."""
    client.force_login(world.users["leader"])
    thread = world.kestrel_thread.get_absolute_url()
    data, content_type = multipart({"body": "The plan"}, "costs.pdf", PDF)
    assert client.post(thread, data, content_type=content_type).status_code == 302
    attachment = Attachment.objects.get(post__body="The plan")
    attachment.file.storage.delete(attachment.file.name)
    response = client.get(attachment.get_absolute_url())
    assert response.status_code == 404
    page = html.unescape(response.content.decode())
    assert "File missing" in page
    assert "This attached file is missing: ask whoever posted it to attach it again." in page
    assert "Content-Disposition" not in response


def test_a_file_kept_before_names_were_recorded_keeps_its_stored_name(client, world):
    attachment = world.kestrel_file  # no name recorded: as every file posted before
    client.force_login(world.users["leader"])
    page = client.get(world.kestrel_thread.get_absolute_url()).content.decode()
    assert f'href="{attachment.get_absolute_url()}">pipit-notes.txt</a>' in page
    download = client.get(attachment.get_absolute_url())
    assert download["Content-Disposition"] == (
        "attachment; filename=\"pipit-notes.txt\"; filename*=UTF-8''pipit-notes.txt"
    )


def test_a_file_too_big_is_refused_in_the_hints_words(client, world):
    client.force_login(world.users["leader"])
    thread = world.kestrel_thread.get_absolute_url()
    hint = "A PDF, office document, CSV or image, smaller than 10 MB."
    assert hint in html.unescape(client.get(thread).content.decode())
    big = SimpleUploadedFile("big.pdf", PDF + b"x" * (10 * 1024 * 1024))
    response = client.post(thread, {"body": "Too big", "file": big})
    assert response.status_code == 400
    page = html.unescape(response.content.decode())
    assert "The file must be smaller than 10 MB" in page and hint in page
    assert "10.0\xa0MB" not in page and "10.0 MB" not in page
    assert not Post.objects.filter(body="Too big").exists()


def test_a_null_character_is_refused_in_plain_words_beside_its_box(client, world):
    client.force_login(world.users["leader"])
    new = reverse("discussions:thread_create", args=[world.coral.pk])
    response = client.post(new, {"title": "Buses\x00", "body": "The\x00 plan"})
    assert response.status_code == 400
    page = html.unescape(response.content.decode())
    for said in (
        "Remove the unusual character from the title",
        "Remove the unusual character from your post",
    ):
        assert page.count(said) == 2  # in the summary and beside its box
    assert "Null characters" not in page and "Buses" in page
    reply_page = client.post(world.kestrel_thread.get_absolute_url(), {"body": "A\x00b"})
    assert reply_page.status_code == 400
    assert "Remove the unusual character from your post" in reply_page.content.decode()
    assert not Post.objects.filter(body__startswith="The").exists()
