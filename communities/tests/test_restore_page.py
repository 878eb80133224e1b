"""An earlier version of a community's shared page: its text as written, to copy, for
whoever reads the page, and "Restore this version" for those who write it, saved as a new
version by the page's own save, its stale-edit guard included."""

import re

import pytest
from django.urls import reverse

from accounts.models import Event
from communities.models import CommunitySpace, PageRevision
from communities.services import edit_shared_page
from following.selectors import followed_activity
from following.services import follow

RESTORE = "Restore this version"
WRITTEN = "Show the text as written"
EARLY = "- First lesson\n- **Bold** idea <script>alert(1)</script>"


def revision_url(community, version):
    return reverse("communities:page_revision", args=[community.pk, version])


def restore_url(community, version):
    return reverse("communities:page_restore", args=[community.pk, version])


def page_url(community):
    return reverse("fieldtrials:community_detail", args=[community.pk])


def two_versions(world, community=None, based_on=0):
    """Version 1 (or the one after `based_on`) a good page, the next a bad edit."""
    community = community or world.rowan
    leader, officer = world.users["leader"], world.users["officer"]
    writer = officer if community == world.juniper else leader
    edit_shared_page(community=community, text=EARLY, note="Began", based_on=based_on,
                     actor=writer)  # fmt: skip
    edit_shared_page(community=community, text="Bad edit", note="", based_on=based_on + 1,
                     actor=officer)  # fmt: skip


def hidden_version(page):
    """The version the restore button says the page showed."""
    form = page.split('action="/communities/', 1)[1].split("</form>", 1)[0]
    return int(re.search(r'name="version" value="(\d+)"', form).group(1))


def test_a_member_restores_an_earlier_version_as_a_new_version_noted_in_the_history(world, client):
    two_versions(world)
    follower = world.users["partner"]
    follow(user=follower, subject=world.rowan)
    client.force_login(world.users["leader"])
    page = client.get(revision_url(world.rowan, 1)).content.decode()
    assert RESTORE in page and hidden_version(page) == 2
    response = client.post(restore_url(world.rowan, 1), {"version": 2}, follow=True)
    assert response.redirect_chain == [(page_url(world.rowan), 302)]
    shown = response.content.decode()
    assert "Version 1 is restored: the page reads as it did then, saved as version 3." in shown
    assert "<li><strong>Bold</strong> idea" in shown
    space = CommunitySpace.objects.get(community=world.rowan)
    assert (space.text, space.version, space.changed_by) == (EARLY, 3, world.users["leader"])
    restored = PageRevision.objects.get(space=space, version=3)
    assert (restored.text, restored.note) == (EARLY, "Restored version 1")
    history = client.get(reverse("communities:page_history", args=[world.rowan.pk])).text
    assert "Versions (3)" in history and "Restored version 1" in history
    event = Event.objects.get(verb="communities.page_edited", data__version=3)
    assert event.data["note"] == "Restored version 1"
    told = [entry.sentence for entry in followed_activity(follower).entries]
    assert "Leader Person changed the shared page of Rowan Community (version 3)." in told
    # What was restored is the page as it reads now: no button to restore it again.
    current = client.get(revision_url(world.rowan, 3)).content.decode()
    assert "This is the page as it reads now." in current and RESTORE not in current


def test_a_restore_from_a_page_shown_before_a_newer_save_is_refused_and_keeps_the_newer_text(
    world, client
):
    two_versions(world)
    client.force_login(world.users["leader"])
    assert hidden_version(client.get(revision_url(world.rowan, 1)).text) == 2
    edit_shared_page(community=world.rowan, text="Newest *words*", note="", based_on=2,
                     actor=world.users["officer"])  # fmt: skip
    response = client.post(restore_url(world.rowan, 1), {"version": 2})
    assert response.status_code == 409
    page = response.content.decode()
    assert "<title>Error: Version 1 of the shared page" in page
    assert "Someone saved the page after you opened this version: it now reads as version 3" in (
        page
    )
    assert "Version 1 has not been restored." in page
    assert "What is saved now (version 3)" in page and "Newest <em>words</em>" in page
    assert "Officer Person saved this at" in page
    space = CommunitySpace.objects.get(community=world.rowan)
    assert (space.text, space.version) == ("Newest *words*", 3)
    assert PageRevision.objects.filter(space=space).count() == 3
    # Having seen it, they may still restore version 1 over it: the button now says 3.
    assert hidden_version(page) == 3
    assert client.post(restore_url(world.rowan, 1), {"version": 3}).status_code == 302
    space.refresh_from_db()
    assert (space.text, space.version) == (EARLY, 4)


def test_a_restore_refused_by_the_same_members_save_in_another_tab_says_it_was_theirs(
    world, client
):
    two_versions(world)
    leader = world.users["leader"]
    client.force_login(leader)
    edit_shared_page(community=world.rowan, text="Newest", note="", based_on=2, actor=leader)
    response = client.post(restore_url(world.rowan, 1), {"version": 2})
    assert response.status_code == 409
    page = response.content.decode()
    assert "You saved the page in another tab or window after you opened this version" in page
    assert "You changed this in another tab or window since you opened it: you saved it at" in (
        page
    )
    assert "Someone saved" not in page and f"{leader.full_name} saved this" not in page


def test_a_double_post_restores_once(world, client):
    two_versions(world)
    client.force_login(world.users["leader"])
    # The same form sent twice (a double click): the second is not acted on.
    sent = {"version": 2, "once": "a" * 24}
    assert client.post(restore_url(world.rowan, 1), sent).status_code == 302
    second = client.post(restore_url(world.rowan, 1), sent, follow=True)
    assert "You sent this twice: it was saved once." in second.content.decode()
    # Sent again from another tab showing the same version: the page reads as version 1 did.
    again = client.post(restore_url(world.rowan, 1), {"version": 2}, follow=True)
    assert again.redirect_chain == [(page_url(world.rowan), 302)]
    assert "The page already reads as version 1 did: nothing changed." in again.content.decode()
    space = CommunitySpace.objects.get(community=world.rowan)
    assert (space.text, space.version) == (EARLY, 3)
    assert PageRevision.objects.filter(space=space).count() == 3
    assert Event.objects.filter(verb="communities.page_edited").count() == 3


def test_readers_see_the_text_as_written_and_no_button_and_may_not_restore(world, client):
    two_versions(world)
    client.force_login(world.users["partner"])
    page = client.get(revision_url(world.rowan, 1)).content.decode()
    assert WRITTEN in page and RESTORE not in page
    # As typed, in a box to copy from: its marks kept, nothing in it run.
    assert (
        'readonly aria-describedby="version-text-hint">\n- First lesson\n'
        "- **Bold** idea &lt;script&gt;alert(1)&lt;/script&gt;</textarea>"
    ) in page
    response = client.post(restore_url(world.rowan, 1), {"version": 2})
    assert response.status_code == 403
    assert CommunitySpace.objects.get(community=world.rowan).text == "Bad edit"


def test_an_outside_member_reads_the_text_as_written_but_may_not_restore(world, client):
    # Juniper (tests/world.py) is at version 1, written by its convenor, the officer.
    two_versions(world, world.juniper, based_on=1)
    client.force_login(world.users["outsider"])
    page = client.get(revision_url(world.juniper, 2)).content.decode()
    assert WRITTEN in page and "- **Bold** idea" in page and RESTORE not in page
    assert client.post(restore_url(world.juniper, 2), {"version": 3}).status_code == 403
    # Those who do not see Juniper at all are told nothing of it.
    client.force_login(world.users["leader"])
    assert client.post(restore_url(world.juniper, 2), {"version": 3}).status_code == 404
    assert CommunitySpace.objects.get(community=world.juniper).text == "Bad edit"
    # Its convenor restores it.
    client.force_login(world.users["officer"])
    assert RESTORE in client.get(revision_url(world.juniper, 2)).text
    assert client.post(restore_url(world.juniper, 2), {"version": 3}).status_code == 302
    assert CommunitySpace.objects.get(community=world.juniper).text == EARLY


def test_a_restore_without_the_version_shown_is_refused_and_saves_nothing(world, client):
    two_versions(world)
    client.force_login(world.users["leader"])
    response = client.post(restore_url(world.rowan, 1), {"version": "two"})
    assert response.status_code == 400
    assert "This page is out of date: go back to the version and restore it again" in (
        response.content.decode()
    )
    assert client.post(restore_url(world.rowan, 9), {"version": 2}).status_code == 404
    assert CommunitySpace.objects.get(community=world.rowan).version == 2


@pytest.mark.parametrize("sent", ["abc", "", "-1", "0", "99999999999999999999", "3"])
def test_a_tampered_version_says_the_page_is_out_of_date_and_restores_nothing(world, client, sent):
    # Below the first version, too big to store, or one not yet saved (the page is at 2):
    # the page was tampered with, not saved by someone meanwhile, as it said (409).
    two_versions(world)
    client.force_login(world.users["leader"])
    response = client.post(restore_url(world.rowan, 1), {"version": sent})
    assert response.status_code == 400
    page = response.content.decode()
    summary = page.split('class="govuk-error-summary__body"', 1)[1].split("</div>", 1)[0]
    assert "This page is out of date: go back to the version and restore it again" in summary
    assert "Someone saved the page" not in page and "has not been restored" not in page
    space = CommunitySpace.objects.get(community=world.rowan)
    assert (space.text, space.version) == ("Bad edit", 2)
    assert PageRevision.objects.filter(space=space).count() == 2
    assert Event.objects.filter(verb="communities.page_edited").count() == 2


def test_a_version_saved_empty_is_not_restored_over_words(world, client):
    # A version saved empty before empty saves were refused: restoring it would blank the page.
    two_versions(world)
    space = CommunitySpace.objects.get(community=world.rowan)
    PageRevision.objects.filter(space=space, version=1).update(text="")
    client.force_login(world.users["leader"])
    response = client.post(restore_url(world.rowan, 1), {"version": 2})
    assert response.status_code == 400
    assert "The page cannot be empty" in response.content.decode()
    space.refresh_from_db()
    assert (space.text, space.version) == ("Bad edit", 2)
