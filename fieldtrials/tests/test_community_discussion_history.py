"""A community's history on its page tells of its discussions too (issue 19): each post
written, changed or removed in its threads, naming the thread, for those who read its
meetings; a thread for officers only to those who may read it (its convenor and officers),
never to a school leader of one of its trials; nothing of another community's threads; and
one query however many threads and posts it has."""

import pytest
from django.urls import reverse

from discussions.services import edit_post, reply, start_thread, withdraw_post
from fieldtrials.models import CommunityOfPractice
from fieldtrials.selectors_updates import community_history

pytestmark = pytest.mark.django_db


def history_of(client, user, community):
    """The history section of the community's page as `user` reads it ("" if none)."""
    client.force_login(user)
    response = client.get(reverse("fieldtrials:community_detail", args=[community.pk]))
    assert response.status_code == 200
    page = response.content.decode()
    return page.split('id="community-history"', 1)[1] if 'id="community-history"' in page else ""


def test_a_members_history_tells_each_post_in_the_communitys_threads(world, client):
    leader, consultant = world.users["leader"], world.users["consultant"]
    thread = start_thread(
        subject=world.rowan, title="Alder question", body="How do you share?", actor=leader
    )
    answer = reply(thread=thread, body="We meet monthly.", actor=consultant)
    edit_post(post=answer, body="We meet every month.", actor=consultant, based_on=1)
    withdraw_post(post=answer, actor=consultant)
    history = history_of(client, leader, world.rowan)
    for said in (
        "Leader Person started the discussion “Alder question”.",
        "Consultant Person posted in the discussion “Alder question”.",
        "Consultant Person changed a post in the discussion “Alder question”.",
        "Consultant Person removed a post from the discussion “Alder question”.",
    ):
        assert said in history
    # Newest first: the removal before the post it removed.
    assert history.index("removed a post") < history.index("Consultant Person posted")


def test_an_officers_thread_shows_to_the_convenor_and_not_to_a_school_leader(world, client):
    officer, leader = world.users["officer"], world.users["leader"]
    thread = start_thread(
        subject=world.rowan, title="Dunlin budget", body="Between us.", actor=officer,
        officers_only=True,
    )  # fmt: skip
    second = reply(thread=thread, body="Agreed.", actor=officer)
    edit_post(post=second, body="Agreed, for now.", actor=officer, based_on=1)
    withdraw_post(post=second, actor=officer)
    start_thread(subject=world.rowan, title="Open question", body="Anyone?", actor=leader)
    officers = history_of(client, officer, world.rowan)
    assert (
        "Officer Person posted in a discussion for the programme officers of Rowan Community."
    ) in officers
    assert "changed a post in a discussion for the programme officers" in officers
    assert (
        "Officer Person removed a post from a discussion for the programme officers of Rowan "
        "Community."
    ) in officers
    leaders = history_of(client, leader, world.rowan)
    assert "Leader Person started the discussion “Open question”." in leaders
    for hidden in ("programme officers", "Dunlin", "Officer Person removed a post"):
        assert hidden not in leaders


def test_another_communitys_threads_do_not_show(world, client):
    leader = world.users["leader"]
    sorrel = CommunityOfPractice.objects.create(name="Sorrel Community")
    sorrel.field_trials.set([world.coral])
    start_thread(subject=sorrel, title="Sorrel question", body="Elsewhere", actor=leader)
    start_thread(subject=world.rowan, title="Rowan question", body="Here", actor=leader)
    history = history_of(client, leader, world.rowan)
    assert "started the discussion “Rowan question”" in history
    assert "Sorrel question" not in history


def test_an_outside_member_reads_the_thread_but_sees_no_history(world, client):
    """Juniper is a community of interest: its outside member (the outsider) reads its
    discussions, not its history (communities.view_members); its convenor reads both."""
    start_thread(
        subject=world.juniper, title="Birch question", body="Birch words",
        actor=world.users["officer"],
    )  # fmt: skip
    said = "Officer Person started the discussion “Birch question”."
    assert said in history_of(client, world.users["officer"], world.juniper)
    assert history_of(client, world.users["outsider"], world.juniper) == ""


def grow_discussions(world, size):
    """`size` threads in Rowan, every fifth for officers (the convenor's), each other with
    a reply; and one thread in another community."""
    u = world.users
    for n in range(size):
        if n % 5 == 0:
            start_thread(
                subject=world.rowan, title=f"Officers {n}", body="Notes", actor=u["officer"],
                officers_only=True,
            )  # fmt: skip
            continue
        thread = start_thread(
            subject=world.rowan, title=f"Thread {n}", body="Question", actor=u["leader"]
        )
        reply(thread=thread, body="Answer", actor=u["consultant"])
    elsewhere = CommunityOfPractice.objects.create(name="Sorrel Community")
    elsewhere.field_trials.set([world.coral])
    start_thread(subject=elsewhere, title="Sorrel question", body="Elsewhere", actor=u["leader"])


@pytest.mark.parametrize("persona", ["leader", "officer"])
@pytest.mark.parametrize("size", [2, 20])
def test_the_history_takes_one_query_for_2_or_20_threads(
    world, django_assert_num_queries, size, persona
):
    grow_discussions(world, size)
    user = world.users[persona]
    community_history(world.rowan, user=user)  # content types and memberships, once
    with django_assert_num_queries(1):
        history = community_history(world.rowan, user=user)
    sentences = [e.sentence for e in history]
    assert f"Leader Person started the discussion “Thread {size - 1}”." in sentences
    assert not any("Sorrel" in s for s in sentences)
    officers = [s for s in sentences if "programme officers" in s]
    assert bool(officers) == (persona == "officer")


def test_the_community_pages_history_heading_is_the_size_of_its_other_sections(world, client):
    client.force_login(world.users["leader"])
    page = client.get(reverse("fieldtrials:community_detail", args=[world.rowan.pk]))
    html = page.content.decode()
    assert '<h2 class="govuk-heading-m" id="community-history">' in html
    assert '<h2 class="govuk-heading-m" id="meetings-heading">' in html
