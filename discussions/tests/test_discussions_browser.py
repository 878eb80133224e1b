"""Issue 19's walk in a real Chromium, under the strict CSP, with axe-core on each page: a
school leader posts on their trial and mentions the consultant; the consultant finds the
mention among their notifications and replies; a member of another trial gets a 404 on the
thread; an officer records the post as a lesson and finds it through search and through
the knowledge base."""

import re

import pytest
from django.urls import reverse
from playwright.sync_api import expect

from accounts.models import Role
from accounts.tests.factories import UserFactory
from discussions.models import Post
from discussions.services import edit_post
from discussions.tests.factories import PostFactory, ThreadFactory
from fieldtrials.tests.factories import FieldTrialMembershipFactory
from nextpractice.testing.browser import assert_accessible, sign_in
from programmes.tests.factories import ProjectMembershipFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
PASSWORD = "correct horse battery"


def as_(page, live_server, user):
    page.context.clear_cookies()
    sign_in(page, live_server, user.email, PASSWORD)


def test_a_post_a_mention_a_reply_a_stranger_kept_out_and_its_lesson_found(
    live_server, page, world
):
    leader, consultant, officer = (world.users[k] for k in ("leader", "consultant", "officer"))
    stranger = UserFactory(full_name="Elm Leader")
    FieldTrialMembershipFactory(field_trial=world.elm, user=stranger, role=Role.PRACTITIONER)
    page.set_viewport_size({"width": 1280, "height": 900})

    # The leader starts a discussion on their trial and mentions the consultant.
    as_(page, live_server, leader)
    page.goto(live_server.url + reverse("discussions:thread_list", args=[world.coral.pk]))
    assert_accessible(page)
    page.get_by_role("link", name="Start a discussion").first.click()
    page.get_by_label("Title").fill("Walking buses before the breakfast club")
    page.get_by_label("What you want to say").fill(
        f"Our walking buses doubled punctuality in a term. @[{consultant.full_name}], "
        "could the other schools try them?"
    )
    assert_accessible(page)
    page.get_by_role("button", name="Start the discussion").click()
    expect(page.get_by_role("heading", level=1)).to_have_text(
        "Walking buses before the breakfast club"
    )
    thread_url = page.url.split("#")[0]
    assert_accessible(page)

    # The consultant sees the mention in their notifications, follows it and replies.
    as_(page, live_server, consultant)
    page.goto(live_server.url + reverse("accounts:notifications"))
    mention = page.get_by_role("link", name="Walking buses before the breakfast club")
    expect(mention).to_be_visible()
    assert_accessible(page)
    mention.first.click()
    page.get_by_label("Your reply").fill("Yes: I will bring it to the community meeting.")
    page.get_by_role("button", name="Post your reply").click()
    expect(page.get_by_text("I will bring it to the community meeting")).to_be_visible()
    assert_accessible(page)

    # A school leader of another trial: the thread does not exist for them.
    as_(page, live_server, stranger)
    response = page.goto(thread_url)
    assert response.status == 404
    expect(page.get_by_text("Walking buses")).to_have_count(0)
    page.console_errors.clear()  # the browser reports the 404 it was meant to get

    # The officer records the post as a lesson, then finds it by search and in the
    # knowledge base.
    as_(page, live_server, officer)
    page.goto(thread_url)
    page.get_by_role("link", name="Record as a lesson").first.click()
    expect(page.get_by_label("Title")).not_to_have_value("")
    page.get_by_label("Title").fill("Walking buses lift punctuality")
    assert_accessible(page)
    page.get_by_role("button", name="Save the lesson").click()
    box = page.get_by_role("searchbox", name="Search programmes, trials, lessons, people")
    box.fill("walking buses")
    box.press("Enter")
    lesson = page.get_by_role("link", name="Walking buses lift punctuality")
    expect(lesson).to_be_visible()
    expect(
        page.get_by_role("link", name="Walking buses before the breakfast club")
    ).not_to_have_count(0)
    assert_accessible(page)
    page.get_by_role("link", name="Knowledge base", exact=True).click()
    expect(page.get_by_role("link", name="Walking buses lift punctuality")).to_be_visible()
    assert_accessible(page)
    lesson_link = page.get_by_role("link", name="Walking buses lift punctuality")
    lesson_link.click()
    expect(page.get_by_text("Walking buses lift punctuality").first).to_be_visible()


def test_after_a_reply_and_a_removal_the_reader_is_at_the_post_with_its_banner_focused(
    live_server, page, world
):
    """A long discussion: replying, or removing a post, came back to the top, and the reader
    lost their place. They land on the post (#post-N), with the banner saying what became of
    it at its top, focused and announced (the jump and the focus land on the same place)."""
    leader, officer = world.users["leader"], world.users["officer"]
    thread = world.kestrel_thread
    for n in range(30):  # some 30 screens of talk above the reply
        PostFactory(thread=thread, author=officer, body=f"Point {n}.\n\n" + "More. " * 60)
    thread_url = live_server.url + thread.get_absolute_url()
    page.set_viewport_size({"width": 1280, "height": 900})
    sign_in(page, live_server, leader.email, PASSWORD)
    page.goto(thread_url)
    page.get_by_label("Your reply").fill("Over to @[Consultant Person] for the timetable.")
    page.get_by_role("button", name="Post your reply").click()
    banner = page.get_by_role("alert")
    expect(banner).to_contain_text("Your reply has been posted. Consultant Person has been told.")
    expect(banner).to_be_focused()
    reply = Post.objects.get(thread=thread, body__startswith="Over to")
    assert page.url == f"{thread_url}#post-{reply.pk}"
    # The address's #post-N is the banner at the top of the post: focusable, the jump to it
    # focuses it, rather than taking focus from it.
    expect(page.locator(f"#post-{reply.pk}")).to_be_focused()
    post = page.locator("article").filter(has=page.locator(f"#post-{reply.pk}"))
    expect(post.get_by_text("for the timetable")).to_be_in_viewport()
    expect(page.get_by_role("heading", level=1)).not_to_be_in_viewport()
    assert_accessible(page)

    # Each post's links say whose post and when (not "Remove this post" for every one).
    mine = re.compile(f"^Remove {re.escape(leader.full_name)}’s post of ")
    page.get_by_role("link", name=mine).last.click()
    page.get_by_label("Why are you removing it?").fill("Asked in the wrong discussion")
    page.get_by_role("button", name="Remove the post").click()
    banner = page.get_by_role("alert")
    expect(banner).to_have_text(re.compile("The post has been removed"))
    expect(banner).to_be_focused()
    assert page.url == f"{thread_url}#post-{reply.pk}"
    expect(page.locator(f"#post-{reply.pk}")).to_be_focused()
    expect(post.get_by_text(": “Asked in the wrong discussion”")).to_be_in_viewport()
    assert_accessible(page)


def test_a_long_title_and_a_long_line_of_code_wrap_within_the_page(live_server, page, world):
    """A title of one long word made the list's Title column some 1,800 px wide (the other
    columns out of view at 1280 px, each title cut off at 320 px); a code block's long line
    (a pasted CSV row) made a post's pages scroll sideways. Both wrap."""
    leader = world.users["leader"]
    title = "Supercalifragilistic" * 9
    row = ",".join(f"pupil-{n},attendance-{n}" for n in range(40))
    thread = ThreadFactory(field_trial=world.coral, title=title, created_by=leader)
    post = PostFactory(thread=thread, author=leader, body=f"Fenced:\n\n```\n{row}\n```\n")
    edit_post(post=post, body=f"{post.body}\nIndented:\n\n    {row}\n", actor=leader, based_on=1)
    sign_in(page, live_server, leader.email, PASSWORD)
    listed = live_server.url + reverse("discussions:thread_list", args=[world.coral.pk])
    for width in (1280, 320):
        page.set_viewport_size({"width": width, "height": 900})
        page.goto(listed)
        cell = page.get_by_role("rowheader", name=title)
        expect(cell).to_be_visible()
        assert cell.bounding_box()["width"] <= width - 30, f"the title is cut off at {width}px"
        assert page.evaluate("document.documentElement.scrollWidth") <= width
        if width == 1280:  # every column in view: the table fits, nothing scrolls
            table = page.get_by_role("region", name="Discussions of Coral Trial")
            assert table.evaluate("region => region.scrollWidth <= region.clientWidth")
            expect(page.get_by_role("columnheader", name="Last post")).to_be_in_viewport()
        assert_accessible(page)
    page.set_viewport_size({"width": 320, "height": 640})
    names = ("post_history", "post_withdraw", "post_edit")
    post_pages = [reverse(f"discussions:{name}", args=[post.pk]) for name in names]
    for url in [thread.get_absolute_url(), *post_pages]:
        page.goto(live_server.url + url)
        if url == post_pages[-1]:  # the edit page shows the post on a clash: made here
            page.locator('input[name="version"]').evaluate("input => { input.value = '1'; }")
            page.get_by_role("button", name="Save the changes").click()
            expect(page.get_by_role("heading", name="What is saved now")).to_be_visible()
            page.console_errors.clear()  # the browser reports the 409 it was meant to get
        expect(page.locator("pre").first).to_contain_text("pupil-0,attendance-0")
        width = page.evaluate("document.documentElement.scrollWidth")
        assert width <= 320, f"{url} scrolls sideways at 320px ({width}px wide)"
        assert_accessible(page)


def test_a_second_reply_in_error_shows_the_problem_focused_not_the_post_it_came_from(
    live_server, page, world
):
    """After a reply the address ends #post-N (as does every link into a discussion). A
    second reply sent empty came back to that #post-N: the problem, at the top of the page,
    was off-screen and focus on nothing, so neither seen nor heard. The form is sent to the
    address without it, and the page shows the problem, focused, its link to the box."""
    leader, officer = world.users["leader"], world.users["officer"]
    thread = world.kestrel_thread
    for n in range(10):  # some screens of talk above the reply
        PostFactory(thread=thread, author=officer, body=f"Point {n}.\n\n" + "More. " * 60)
    page.set_viewport_size({"width": 1280, "height": 900})
    sign_in(page, live_server, leader.email, PASSWORD)
    page.goto(live_server.url + thread.get_absolute_url())
    page.get_by_label("Your reply").fill("First thoughts on the timetable.")
    page.get_by_role("button", name="Post your reply").click()
    expect(page.get_by_role("alert")).to_contain_text("Your reply has been posted.")
    assert "#post-" in page.url

    page.get_by_role("button", name="Post your reply").click()
    summary = page.locator(".govuk-error-summary")
    expect(summary).to_contain_text("There is a problem")
    page.console_errors.clear()  # the browser reports the 400 it was meant to get
    expect(summary).to_be_focused()
    expect(summary).to_be_in_viewport()
    expect(page).to_have_title(re.compile("^Error: "))
    assert "#" not in page.url
    assert_accessible(page)
    summary.get_by_role("link").first.click()
    expect(page.get_by_label("Your reply")).to_be_focused()


def test_someone_to_mention_is_found_and_put_in_the_reply_by_keyboard(live_server, page, world):
    """Beside the reply box, a combobox offers the people who may read the discussion (not
    a member of another trial, whatever is typed); picked with the arrow keys and Enter,
    "@[Full Name]" goes into the reply where the writer was, it is said, the reply box has
    focus again, and Enter in the finder never sends the reply. A mention of nobody who may
    read it is refused beside the box, the words kept."""
    leader = world.users["leader"]
    stranger = UserFactory(full_name="Consuela Elm")
    FieldTrialMembershipFactory(field_trial=world.elm, user=stranger, role=Role.PRACTITIONER)
    thread = world.kestrel_thread
    page.set_viewport_size({"width": 1280, "height": 900})
    as_(page, live_server, leader)
    page.goto(live_server.url + thread.get_absolute_url())
    finder = page.get_by_role("combobox", name="Find someone to mention")
    # The finder is the script's: on a busy machine it may come after the page is shown.
    expect(finder).to_be_attached()
    reply = page.get_by_label("Your reply")
    reply.fill("Thanks for the timetable. Could you check it?")
    reply.focus()
    page.keyboard.press("End")
    for _ in range(len(" Could you check it?")):
        page.keyboard.press("ArrowLeft")
    page.keyboard.press("Tab")
    expect(finder).to_be_focused()
    page.keyboard.type("cons")
    options = page.get_by_role("option")
    expect(options).to_have_count(1)
    expect(options.first).to_contain_text("Consultant Person")
    assert_accessible(page)
    page.keyboard.press("Enter")  # the menu is open, nothing highlighted: nothing is sent
    page.keyboard.press("ArrowDown")
    page.keyboard.press("Enter")
    expect(reply).to_be_focused()
    expect(reply).to_have_value(
        "Thanks for the timetable. @[Consultant Person] Could you check it?"
    )
    expect(page.get_by_role("status").filter(has_text="Added @[Consultant Person]")).to_have_count(
        1
    )
    expect(finder).to_have_value("")
    assert Post.objects.filter(thread=thread).count() == 1  # nothing sent yet
    assert_accessible(page)

    # A name that is nobody's who may read it: refused beside the box, the words kept.
    reply.fill("Over to @[Consuela Elm]")
    page.get_by_role("button", name="Post your reply").click()
    summary = page.get_by_role("alert")
    expect(summary).to_contain_text("Nobody called Consuela Elm can see this discussion")
    expect(reply).to_have_value("Over to @[Consuela Elm]")
    assert_accessible(page)
    assert Post.objects.filter(thread=thread).count() == 1
    page.console_errors.clear()  # the browser reports the 400 it was meant to get


def test_a_new_discussion_for_officers_only_offers_only_its_officers(live_server, page, world):
    """On a new discussion, the finder asks with the "For programme officers only" box as it
    stands: ticked, only those who may read an officers' discussion are offered (an officer
    of the project, not the trial's consultant); unticked again, the trial's people are."""
    amber_officer = UserFactory(full_name="Constance Amber")
    ProjectMembershipFactory(project=world.amber, user=amber_officer, role=Role.OFFICER)
    page.set_viewport_size({"width": 1280, "height": 900})
    as_(page, live_server, world.users["officer"])
    page.goto(live_server.url + reverse("discussions:thread_create", args=[world.coral.pk]))
    page.get_by_label("For programme officers only").check()
    finder = page.get_by_role("combobox", name="Find someone to mention")
    finder.fill("cons")
    options = page.get_by_role("option")
    expect(options).to_have_count(1)
    expect(options.first).to_contain_text("Constance Amber")
    assert_accessible(page)
    page.get_by_label("For programme officers only").uncheck()
    finder.fill("")
    finder.fill("cons")
    expect(options).to_have_count(2)
    expect(options.nth(1)).to_contain_text("Consultant Person")
