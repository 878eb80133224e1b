"""The followed stream, on the home page, on "All activity you follow" and in the digest,
links each entry to what it is about (a post's discussion, the shared page as an edit left
it, the trial) for whoever may still open it, and names a place once: no "In Coral Trial."
after a sentence that names Coral Trial. Whether they may is asked of the page's targets
after its events are read, one query for each kind of target among them
(following/tests/test_following.py counts them)."""

import datetime

import pytest
from django.core import mail
from django.urls import reverse

from accounts.services import record_event
from communities.models import CommunitySpace
from communities.services import edit_shared_page
from discussions.services import start_thread
from discussions.tests.factories import ThreadFactory
from fieldtrials.services.updates import submit_new_update, take_back_update
from following.services import choose_digest, follow, send_digest
from following.tests.factories import fill

pytestmark = pytest.mark.django_db

STREAMS = {"home": "following", "following:followed": "page"}


def stream(client, name):
    """The page's body and its stream's entries."""
    response = client.get(reverse(name))
    found = response.context[STREAMS[name]]
    return response.content.decode(), getattr(found, "entries", found)


def link(url, words):
    return f'<a class="govuk-link" href="{url}">{words}'


@pytest.fixture
def happened(world):
    """Coral's school leader follows Coral and Rowan; in them the officer starts a
    discussion, edits the shared page, changes the trial's details and adds a milestone
    (named by its trial only after the sentence)."""
    officer, coral, rowan = world.users["officer"], world.coral, world.rowan
    for subject in (coral, rowan):
        follow(user=world.users["leader"], subject=subject)
    fill(coral, officer, 1, minutes_ago=5)
    thread = start_thread(subject=coral, title="Costing transport", body="Words", actor=officer)
    space, _ = CommunitySpace.objects.get_or_create(community=rowan)
    edit_shared_page(
        community=rowan, text="What we learnt", note="", based_on=space.version, actor=officer
    )
    record_event(actor=officer, verb="fieldtrials.details_updated", target=coral)
    start_thread(subject=rowan, title="Terms of reference", body="Words", actor=officer)
    return {
        "thread": reverse("discussions:thread_detail", args=[thread.pk])
        + f"#post-{thread.posts.get().pk}",
        "page": reverse("communities:page_revision", args=[rowan.pk, space.version + 1]),
        "version": space.version + 1,
        "trial": reverse("fieldtrials:fieldtrial_detail", args=[coral.pk]),
    }


@pytest.mark.parametrize("name", list(STREAMS))
def test_each_entry_links_to_what_it_is_about(client, world, happened, name):
    client.force_login(world.users["leader"])
    body, entries = stream(client, name)
    # A post: its discussion, at the post; read out of context the link says where it is.
    assert (
        "Officer Person started the "
        + link(happened["thread"], "discussion “Costing transport”")
        + '<span class="govuk-visually-hidden"> in Coral Trial</span></a>.'
    ) in body
    # The shared page as the edit left it (a community's own event: in no trial).
    words = f"shared page of Rowan Community (version {happened['version']})"
    assert "Officer Person changed the " + link(happened["page"], words) + "</a>." in body
    # A change of the trial names it: linked there, and not again after it.
    assert (
        "Officer Person changed the details of " + link(happened["trial"], "Coral Trial</a>.")
    ) in body
    said = {entry.sentence: entry.place_to_say for entry in entries}
    assert said["Officer Person changed the details of Coral Trial."] == ""
    # A community's discussion, in no programme, names its community as a trial's its trial.
    assert said["Officer Person started the discussion “Terms of reference”."] == (
        "Rowan Community"
    )
    assert "In Rowan Community." in body
    assert said["Officer Person started the discussion “Costing transport”."] == "Coral Trial"
    # A milestone has no page of its own: its trial, named after the sentence, is the link.
    assert "In " + link(happened["trial"], "Coral Trial</a>.") in body


@pytest.fixture
def daily(world):
    """Coral's school leader chose a daily digest before anything happened."""
    choose_digest(user=world.users["leader"], frequency="daily")


def test_the_digest_links_the_same_way_with_whole_addresses(world, daily, happened, settings):
    assert send_digest(user=world.users["leader"]) == 1
    body = mail.outbox[0].body
    assert "Officer Person changed the details of Coral Trial.\n" in body
    assert f"Coral Trial: {settings.SITE_URL}{happened['trial']}\n" in body
    assert f"Discussion “Costing transport”: {settings.SITE_URL}{happened['thread']}\n" in body
    assert "In Coral Trial\n" in body  # the post's place, which its sentence does not name


def test_who_may_no_longer_open_it_sees_the_entry_without_a_link(client, world):
    """A monthly update taken back to edit is its team's draft again: their stream still
    links it (the consultant's: the leader's own doing is not in theirs); a partner who
    follows the trial no longer has a page to open."""
    leader, partner, coral = world.users["leader"], world.users["partner"], world.coral
    consultant = world.users["consultant"]
    coral.start_date = datetime.date(2006, 9, 1)
    coral.save()
    for person in (consultant, partner):
        follow(user=person, subject=coral)
    update = submit_new_update(
        trial=coral,
        month=datetime.date(2007, 2, 1),
        actor=leader,
        rag="red",
        what_happened="We started the flexible days.",
    )
    page = reverse("fieldtrials:update_detail", args=[update.pk])
    words = "monthly update for February 2007"
    client.force_login(partner)
    assert link(page, words) in client.get(reverse("following:followed")).content.decode()
    take_back_update(update=update, actor=leader)
    for name in STREAMS:
        body, entries = stream(client, name)
        assert page not in body, name
        assert f"submitted the {words} (red)." in body
        assert all(not entry.url for entry in entries if "monthly update" in entry.sentence)
    client.force_login(consultant)
    body, _ = stream(client, "following:followed")
    assert f"took back the {link(page, words)}" in body


def test_a_target_they_may_not_open_is_named_unlinked_beside_one_of_its_kind_they_may(
    client, world
):
    """Whether a target opens is asked of each one, not of its kind: a school leader's stream
    links a post in Coral's open discussion and names one in Coral's discussion for
    officers only unlinked, which an officer's links; the same on the home page."""
    leader, officer, coral = world.users["leader"], world.users["officer"], world.coral
    for person in (leader, officer):
        follow(user=person, subject=coral)
    shared = ThreadFactory(field_trial=coral, title="Costing transport", created_by=officer)
    closed = ThreadFactory(
        field_trial=coral, title="Staffing concerns", officers_only=True, created_by=officer
    )
    for thread in (shared, closed):
        record_event(
            actor=world.users["consultant"],
            verb="discussions.posted",
            target=thread,
            data={"post": 1},
        )
    pages = {
        thread: reverse("discussions:thread_detail", args=[thread.pk]) + "#post-1"
        for thread in (shared, closed)
    }
    for person, opens in ((leader, [shared]), (officer, [shared, closed])):
        client.force_login(person)
        for name in STREAMS:
            body, entries = stream(client, name)
            linked = {e.sentence for e in entries if e.url}
            for thread in (shared, closed):
                told = f"Consultant Person posted in the discussion “{thread.title}”."
                assert told in {e.sentence for e in entries}, (person, name)
                assert (told in linked) is (thread in opens), (person, name, thread)
                assert (pages[thread] in body) is (thread in opens), (person, name, thread)
