"""A community's shared page, "What we are learning": written together by its members, with
its history, and the stale-edit guard."""

import re

import pytest
from django.urls import reverse

from accounts.models import Event, NotificationKind
from communities.models import CommunitySpace, PageRevision
from communities.services import edit_shared_page
from communities.tests.factories import CommunitySpaceFactory, JoinRequestFactory
from nextpractice.records.forms import OUT_OF_DATE
from nextpractice.records.services import RecordConflict


def edit_url(community):
    return reverse("communities:page_edit", args=[community.pk])


def page_url(community):
    return reverse("fieldtrials:community_detail", args=[community.pk])


def test_a_member_writes_the_page_and_it_shows_as_markdown_cleaned(world, client):
    client.force_login(world.users["leader"])
    response = client.post(
        edit_url(world.rowan),
        {"version": 0, "text": "**Bold** lesson <script>alert(1)</script>", "note": "First"},
    )
    assert response.status_code == 302 and response["Location"] == page_url(world.rowan)
    space = CommunitySpace.objects.get(community=world.rowan)
    assert space.version == 1 and space.changed_by == world.users["leader"]
    revision = PageRevision.objects.get(space=space)
    assert (revision.version, revision.note) == (1, "First")
    assert Event.objects.filter(verb="communities.page_edited").count() == 1
    page = client.get(page_url(world.rowan)).content.decode()
    assert "<strong>Bold</strong> lesson" in page
    assert "<script>alert(1)" not in page and "&lt;script&gt;" in page


def test_a_page_saved_as_only_spaces_is_refused_beside_the_box_unless_it_was_empty(world, client):
    leader = world.users["leader"]
    client.force_login(leader)
    response = client.post(edit_url(world.rowan), {"version": 0, "text": "   \r\n ", "note": ""})
    assert response.status_code == 302  # empty it was, empty it stays: nothing to refuse
    edit_shared_page(community=world.rowan, text="What Bolton found", note="", based_on=0,
                     actor=leader)  # fmt: skip
    response = client.post(edit_url(world.rowan), {"version": 1, "text": "   \r\n ", "note": ""})
    assert response.status_code == 400
    page = response.content.decode()
    assert page.count("The page cannot be empty: to start again, write what it should say") == 2
    space = CommunitySpace.objects.get(community=world.rowan)
    assert (space.text, space.version) == ("What Bolton found", 1)
    assert PageRevision.objects.filter(space=space).count() == 1


def test_a_name_in_brackets_on_the_page_tells_nobody_and_is_not_shown_as_a_mention(world, client):
    # A post's @[Name] tells its person and reads in bold; the shared page tells nobody, so
    # neither the page nor an earlier version of it makes a name look like a mention.
    leader = world.users["leader"]
    text = "Ask @[Officer Person] about **transport**."
    edit_shared_page(community=world.rowan, text=text, note="", based_on=0, actor=leader)
    client.force_login(world.users["partner"])
    for url in (
        page_url(world.rowan),
        reverse("communities:page_revision", args=[world.rowan.pk, 1]),
    ):
        page = client.get(url).content.decode()
        assert "Ask @[Officer Person] about <strong>transport</strong>." in page
        assert "<strong>@" not in page
    assert not world.users["officer"].notifications.filter(kind=NotificationKind.MENTION).exists()


def test_a_save_based_on_an_older_version_is_refused_with_both_versions_shown(world, client):
    edit_shared_page(
        community=world.rowan, text="Theirs", note="", based_on=0, actor=world.users["officer"]
    )
    client.force_login(world.users["leader"])
    response = client.post(edit_url(world.rowan), {"version": 0, "text": "Mine", "note": ""})
    assert response.status_code == 409
    page = response.content.decode()
    assert "What is saved now" in page and "Theirs" in page
    assert "Your version (not saved)" in page and "Mine" in page
    assert "Someone else changed this page while you were editing it" in page
    assert "You both changed this" in page  # the page's text, the one field they share
    assert "Officer Person saved this at" in page and "another tab or window" not in page
    space = CommunitySpace.objects.get(community=world.rowan)
    assert (space.text, space.version) == ("Theirs", 1)
    # Saving again from the refusal (it carries the version now saved) replaces theirs.
    response = client.post(edit_url(world.rowan), {"version": 1, "text": "Mine", "note": ""})
    assert response.status_code == 302
    assert CommunitySpace.objects.get(community=world.rowan).text == "Mine"


def test_a_save_in_another_tab_of_the_same_member_is_said_as_theirs(world, client):
    """The leader saves the page in one tab, then from a page opened before: the clash says
    they changed it in another tab or window, and lists the lines they changed there."""
    leader = world.users["leader"]
    opened = "Intro line\nOld idea"
    edit_shared_page(community=world.rowan, text=opened, note="", based_on=0, actor=leader)
    client.force_login(leader)
    sent = {"version": 1, "started_from": "1", "initial-text": opened, "initial-note": ""}
    other_tab = {**sent, "text": "Intro line\nNew idea", "note": ""}
    assert client.post(edit_url(world.rowan), other_tab).status_code == 302
    response = client.post(edit_url(world.rowan), {**sent, "text": opened + "\nMine"})
    assert response.status_code == 409
    page = response.text.replace("&#x27;", "'")
    section = page.split('id="saved-now"')[1].split("</section>")[0]
    assert "You changed this in another tab or window since you opened it: you saved it at" in (
        section
    )
    assert "What you changed there" in section
    assert "You changed “What we are learning” in another tab or window too" in page
    assert "You changed this page in another tab or window since you opened it." in page
    assert "What you saved there, and the lines you changed there, are shown" in page
    assert (
        "You changed this in another tab or window too. The changes you saved there (1 line "
        "added, 1 line removed) are listed under ‘What you changed there’." in page
    )
    for said in ("Someone else", "What they changed", "You both", "Leader Person saved"):
        assert said not in page, said
    space = CommunitySpace.objects.get(community=world.rowan)
    assert (space.text, space.version) == ("Intro line\nNew idea", 2)


def _rows(html):
    """The (change, line) rows of a table of changes, in words."""
    rows = re.findall(r"<tr class=\"govuk-table__row\">\s*<th scope=\"row\"[^>]*>(.*?)</th>\s*"
                      r"<td[^>]*>(.*?)</td>", html, re.S)  # fmt: skip
    return [(re.sub(r"<[^>]+>", "", th).strip(), re.sub(r"<[^>]+>", "", td)) for th, td in rows]


def test_a_clash_lists_the_lines_they_changed_before_the_save_button(world, client):
    # Tester (WCAG 2.2 AA): what they saved came after the box and the Save button (at
    # 320 px, and for a screen reader), as one raw blob with nothing marking what changed,
    # and the box itself said nothing of the clash.
    officer = world.users["officer"]
    opened = "Intro line\nKeep one\nOld idea"
    edit_shared_page(community=world.rowan, text=opened, note="", based_on=0, actor=officer)
    theirs = "Intro line\nKeep one\nNew idea\nMore from Bolton"
    edit_shared_page(community=world.rowan, text=theirs, note="", based_on=1, actor=officer)
    client.force_login(world.users["leader"])
    # What the page sends, opened at version 1: the text it started from, and theirs.
    sent = {"version": 1, "started_from": "1", "initial-text": opened, "initial-note": ""}
    response = client.post(
        edit_url(world.rowan), {**sent, "text": opened + "\nMine", "note": "Added mine"}
    )
    assert response.status_code == 409
    page = response.text
    saved_now = page.index('id="saved-now"')
    end = page.index("</section>", saved_now)
    section = page[saved_now:end]
    button = page.index(">Save the changes</button>")
    # What is saved now is read first: its heading, the lines they changed and the whole
    # page as saved all come before the box and the button.
    assert saved_now < page.index("Your version (not saved)") < page.index('name="text"') < button
    assert end < button
    assert "More from Bolton" in section and "Mine" not in section
    assert _rows(section) == [
        ("Unchanged", "Intro line"),
        ("Unchanged", "Keep one"),
        ("Removed", "Old idea"),
        ("Added", "New idea"),
        ("Added", "More from Bolton"),
    ]
    assert "Since version 1, the one you opened: 2 lines added and 1 line removed" in section
    assert "Changes from version 1 to version 2" in section
    # The summary says where to find theirs; the box says the clash itself, read with it.
    summary = page.split('class="govuk-error-summary"')[1].split("</ul>")[0]
    assert "shown on this page under ‘What is saved now’, before your version" in summary
    assert "beside" not in summary
    assert '<a href="#id_text">You both changed “What we are learning”</a>' in summary
    box = re.search(r"<textarea[^>]*>", page).group(0)
    assert 'name="text"' in box and 'aria-invalid="true"' in box
    described = re.search(r'aria-describedby="([^"]+)"', box).group(1).split()
    errors = [re.search(rf'id="{name}"[^>]*>(.*?)</span>\s*<', page, re.S) for name in described]
    said = " ".join(re.sub(r"<[^>]+>|\s+", " ", e.group(1)) for e in errors if e)
    assert (
        "You both changed this. Their changes (2 lines added, 1 line removed) are listed "
        "under ‘What they changed’. Saving again replaces their version with yours" in said
    )
    assert "What they changed" in section
    # Their version is what the page now started from; saving again replaces it, knowingly.
    assert 'name="version" value="2"' in page
    space = CommunitySpace.objects.get(community=world.rowan)
    assert (space.text, space.version) == (theirs, 2)


def test_a_clash_over_the_note_alone_keeps_their_page(world, client):
    officer = world.users["officer"]
    opened = "What Bolton found"
    edit_shared_page(community=world.rowan, text=opened, note="", based_on=0, actor=officer)
    edit_shared_page(community=world.rowan, text="What Bolton found, and Leeds", note="",
                     based_on=1, actor=officer)  # fmt: skip
    client.force_login(world.users["leader"])
    sent = {"version": 1, "started_from": "1", "initial-text": opened, "initial-note": ""}
    response = client.post(edit_url(world.rowan), {**sent, "text": opened, "note": "Tidied"})
    assert response.status_code == 409
    page = response.text
    # They did not change the page's words, so the box holds theirs, and nothing says both.
    assert re.search(r"<textarea[^>]*>\s*What Bolton found, and Leeds</textarea>", page)
    assert "You both changed" not in page and 'aria-invalid="true"' not in page
    assert _rows(page) == [
        ("Removed", "What Bolton found"),
        ("Added", "What Bolton found, and Leeds"),
    ]


def test_the_service_refuses_a_stale_save_itself(world):
    officer = world.users["officer"]
    edit_shared_page(community=world.rowan, text="One", note="", based_on=0, actor=officer)
    with pytest.raises(RecordConflict):
        edit_shared_page(community=world.rowan, text="Two", note="", based_on=0, actor=officer)
    assert PageRevision.objects.filter(space__community=world.rowan).count() == 1


def test_partners_and_outside_members_read_the_page_but_do_not_write_it(world, client):
    CommunitySpaceFactory(community=world.rowan, opened=True, text="Rowan learning")
    outside = JoinRequestFactory(community=world.rowan, approved=True).user
    for reader in (world.users["partner"], outside):
        client.force_login(reader)
        page = client.get(page_url(world.rowan)).content.decode()
        assert "Rowan learning" in page and "Change the shared page" not in page
        assert client.get(edit_url(world.rowan)).status_code == 403
        response = client.post(edit_url(world.rowan), {"version": 1, "text": "x"})
        assert response.status_code == 403
    assert CommunitySpace.objects.get(community=world.rowan).text == "Rowan learning"


def test_the_history_lists_each_version_and_shows_one_as_it_read(world, client):
    leader, officer = world.users["leader"], world.users["officer"]
    edit_shared_page(community=world.rowan, text="Early *words*", note="Began", based_on=0,
                     actor=leader)  # fmt: skip
    edit_shared_page(community=world.rowan, text="Later words", note="", based_on=1,
                     actor=officer)  # fmt: skip
    client.force_login(world.users["partner"])
    history = client.get(reverse("communities:page_history", args=[world.rowan.pk]))
    page = history.content.decode()
    assert "Version 2" in page and "Version 1" in page and "Began" in page
    assert "Version 3" not in page and "Versions (2)" in page
    assert "Leader Person" in page and "Officer Person" in page
    old = client.get(reverse("communities:page_revision", args=[world.rowan.pk, 1]))
    assert "Early <em>words</em>" in old.content.decode()
    assert "an earlier version" in old.content.decode()
    missing = client.get(reverse("communities:page_revision", args=[world.rowan.pk, 9]))
    assert missing.status_code == 404


def test_an_older_version_is_compared_with_the_current_text_in_words(world, client):
    officer = world.users["officer"]
    old = "Intro line\n\nKeep one\nKeep two\nKeep three\nKeep four\nKeep five\nOld idea"
    new = "Intro line\n\nKeep one\nKeep two\nKeep three\nKeep four\nKeep five\nNew idea\nMore"
    edit_shared_page(community=world.rowan, text=old, note="", based_on=0, actor=officer)
    edit_shared_page(community=world.rowan, text=new, note="", based_on=1, actor=officer)
    client.force_login(world.users["partner"])
    older = client.get(reverse("communities:page_revision", args=[world.rowan.pk, 1]))
    compare = reverse("communities:page_compare", args=[world.rowan.pk, 1])
    assert compare in older.content.decode()
    page = client.get(compare).content.decode()
    assert "2 lines added and 1 line removed" in page
    assert _rows(page) == [
        ("Unchanged", "4 unchanged lines not shown"),
        ("Unchanged", "Keep four"),
        ("Unchanged", "Keep five"),
        ("Removed", "Old idea"),
        ("Added", "New idea"),
        ("Added", "More"),
    ]
    assert "<del>Old idea</del>" in page and "<ins>New idea</ins>" in page
    current = client.get(reverse("communities:page_compare", args=[world.rowan.pk, 2]))
    assert "there is nothing to compare" in current.content.decode()
    missing = client.get(reverse("communities:page_compare", args=[world.rowan.pk, 9]))
    assert missing.status_code == 404


def test_a_comparisons_lines_read_as_the_page_does_not_as_markdown(world, client):
    officer = world.users["officer"]
    old = "## Questions we share\n\n- Stevenage met in **four meetings**"
    new = (
        "## Questions we share\n\n- Stevenage met in **five meetings**\n"
        "1. What does the [Power to Innovate](https://example.org/pti) allow? @[Officer Person]"
        "\n<script>alert(1)</script>"
    )
    edit_shared_page(community=world.rowan, text=old, note="", based_on=0, actor=officer)
    edit_shared_page(community=world.rowan, text=new, note="", based_on=1, actor=officer)
    client.force_login(world.users["partner"])
    page = client.get(reverse("communities:page_compare", args=[world.rowan.pk, 1])).text
    assert "<del>- Stevenage met in <strong>four meetings</strong></del>" in page
    assert "<ins>- Stevenage met in <strong>five meetings</strong></ins>" in page
    assert ">Questions we share</td>" in page and "## " not in page and "**" not in page
    assert '1. What does the <a href="https://example.org/pti" rel="noopener nofollow">' in page
    assert "@[Officer Person]" in page and "<strong>@" not in page  # no mention is told here
    assert "<script>" not in page.split("<main")[1] and "&lt;script&gt;" in page


def test_a_tampered_version_says_the_page_is_out_of_date_and_saves_nothing(world, client):
    # The empty page is version 0, so 0 is a version someone may have opened; -1, letters
    # and a version not yet saved are a page tampered with, not someone else's change.
    edit_shared_page(
        community=world.rowan, text="Theirs", note="", based_on=0, actor=world.users["officer"]
    )
    client.force_login(world.users["leader"])
    for sent in ["abc", "", "-1", "2", "99999999999999999999"]:
        response = client.post(edit_url(world.rowan), {"version": sent, "text": "Mine", "note": ""})
        page = response.content.decode()
        assert response.status_code == 400, sent
        assert OUT_OF_DATE in page and "Mine" in page, sent
        assert "changed this page while you were editing it" not in page, sent
    space = CommunitySpace.objects.get(community=world.rowan)
    assert (space.text, space.version) == ("Theirs", 1)
    assert PageRevision.objects.filter(space=space).count() == 1
