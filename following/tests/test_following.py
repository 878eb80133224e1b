"""Following a project, field trial or community of practice: the button on each page, once
only, only for who sees it, and the followed stream on the home page and its own page."""

import datetime

import pytest
from django.core.exceptions import PermissionDenied
from django.db import IntegrityError, transaction
from django.urls import reverse
from django.utils import timezone

from accounts.services import record_event
from fieldtrials.models import FieldTrialMembership
from fieldtrials.services.updates import record_meeting
from following.models import Follow
from following.selectors import followed_activity
from following.services import follow, stop_following
from following.tests.factories import fill, fill_kinds

pytestmark = pytest.mark.django_db

# An officer of one programme, with the toolkit's tools and the open asks for support: as
# test_home says.
HOME_QUERIES = 15

PAGES = {
    "amber": lambda w: reverse("programmes:project_detail", args=[w.amber.pk]),
    "coral": lambda w: reverse("fieldtrials:fieldtrial_detail", args=[w.coral.pk]),
    "rowan": lambda w: reverse("fieldtrials:community_detail", args=[w.rowan.pk]),
}


@pytest.mark.parametrize("key", list(PAGES))
def test_the_button_follows_then_stops_following_and_says_what(client, world, key):
    leader_or_officer = world.users["officer"]
    client.force_login(leader_or_officer)
    page = PAGES[key](world)
    subject = world.objects[key]
    body = client.get(page).content.decode()
    assert 'Follow<span class="govuk-visually-hidden"> the ' in body
    assert str(subject) in body
    slug = {"amber": "projects", "coral": "field-trials", "rowan": "communities"}[key]
    form_action = f"/following/{slug}/{subject.pk}/follow/"
    assert form_action in body
    response = client.post(form_action, {"next": page})
    assert response.status_code == 302 and response["Location"] == page
    body = client.get(page).content.decode()
    assert "Stop following<span" in body
    assert "You follow this" in body
    response = client.post(form_action.replace("/follow/", "/stop/"), {"next": page})
    assert response["Location"] == page
    assert not Follow.objects.filter(user=leader_or_officer).exists()


@pytest.mark.parametrize(
    "back",
    ["x", "home", "-1", "2026-13-45", "a\x00b", "//elsewhere.example/", "https://evil.example/"],
)
def test_a_back_address_that_is_not_a_path_here_leads_to_the_subject(client, world, back):
    # Not a page name to look up (a 500 once, after the follow was saved), nor another site.
    client.force_login(world.users["officer"])
    url = reverse("following:follow", args=["field-trials", world.coral.pk])
    response = client.post(url, {"next": back})
    assert response.status_code == 302 and response["Location"] == PAGES["coral"](world)
    assert Follow.objects.filter(user=world.users["officer"], field_trial=world.coral).exists()
    response = client.post(url.replace("/follow/", "/stop/"), {"next": back})
    assert response.status_code == 302 and response["Location"] == PAGES["coral"](world)


def test_following_twice_follows_once(world):
    leader = world.users["leader"]
    assert follow(user=leader, subject=world.coral) is True
    assert follow(user=leader, subject=world.coral) is False  # a double click
    assert Follow.objects.filter(user=leader, field_trial=world.coral).count() == 1
    with pytest.raises(IntegrityError), transaction.atomic():
        Follow.objects.create(user=leader, field_trial=world.coral)


def test_a_follow_is_of_exactly_one_thing(world):
    leader = world.users["leader"]
    for subjects in ({}, {"field_trial": world.coral, "project": world.amber}):
        with pytest.raises(IntegrityError), transaction.atomic():
            Follow.objects.create(user=leader, **subjects)


def test_nobody_follows_what_they_may_not_see(client, world):
    partner = world.users["partner"]  # reads Amber's trials, not Beryl's Elm nor Onyx
    for subject in (world.elm, world.onyx_project):
        with pytest.raises(PermissionDenied):
            follow(user=partner, subject=subject)
    client.force_login(partner)
    url = reverse("following:follow", args=["field-trials", world.elm.pk])
    assert client.post(url).status_code == 404
    assert not Follow.objects.exists()
    # Nor is the button on a page of theirs for something they may not see.
    from following.templatetags.following import follow_button

    class Request:
        user = partner

        def get_full_path(self):
            return "/"

    assert follow_button({"request": Request()}, world.elm)["shown"] is False


def test_the_home_page_shows_what_they_follow_and_links_to_all_of_it(client, world):
    leader = world.users["leader"]
    fill(world.coral, world.users["officer"], 3)
    fill(world.dune, world.users["officer"], 2, verb="fieldtrials.risk_added")  # not theirs
    client.force_login(leader)
    body = client.get(reverse("home")).content.decode()
    assert "What you follow" in body and "Nothing yet. Follow a project" in body
    follow(user=leader, subject=world.coral)
    response = client.get(reverse("home"))
    body = response.content.decode()
    assert [e.sentence for e in response.context["following"]][:1] == [
        "Officer Person added the milestone “Milestone 2”."
    ]
    assert len(response.context["following"]) == 3
    assert reverse("following:followed") in body


def test_their_own_actions_are_not_in_what_they_follow(client, world):
    """What they did themselves is no news to them: on the home page nor the followed page."""
    leader, officer = world.users["leader"], world.users["officer"]
    follow(user=leader, subject=world.coral)
    fill(world.coral, leader, 3, minutes_ago=30)
    fill(world.coral, officer, 2, verb="fieldtrials.risk_added", minutes_ago=60)
    record_event(actor=None, verb="fieldtrials.details_updated", target=world.coral)
    said = [e.sentence for e in followed_activity(leader).entries]
    assert said == [
        "The system changed the details of Coral Trial.",
        "Officer Person added the risk “Milestone 1”.",
        "Officer Person added the risk “Milestone 0”.",
    ]
    client.force_login(leader)
    home = client.get(reverse("home")).context["following"]
    assert [e.who for e in home] == ["The system", "Officer Person", "Officer Person"]
    body = client.get(reverse("following:followed")).content.decode()
    assert "Officer Person added the risk" in body and "Leader Person" not in body


def test_whoever_loses_access_hears_nothing_more_of_it(client, world):
    leader = world.users["leader"]
    follow(user=leader, subject=world.coral)
    fill(world.coral, world.users["officer"], 4)
    assert len(followed_activity(leader).entries) == 4
    FieldTrialMembership.objects.filter(user=leader, field_trial=world.coral).delete()
    leader.refresh_from_db()  # a new request reads their memberships afresh
    assert followed_activity(leader).entries == []
    client.force_login(leader)
    assert not client.get(reverse("home")).context.get("following")
    assert world.coral.title not in client.get(reverse("following:followed")).content.decode()


def test_following_a_project_follows_its_trials_as_its_activity_page_does(world):
    partner = world.users["partner"]
    follow(user=partner, subject=world.amber)
    fill(world.coral, world.users["officer"], 2)
    fill(world.dune, world.users["officer"], 1, verb="fieldtrials.risk_added")
    fill(world.elm, world.users["officer"], 5)  # Beryl's: not followed
    assert len(followed_activity(partner).entries) == 3


def test_a_community_brings_its_own_events_and_those_of_its_trials_one_sees(world):
    leader, officer = world.users["leader"], world.users["officer"]
    follow(user=leader, subject=world.rowan)
    fill(world.quill, officer, 2, verb="fieldtrials.risk_added")  # Rowan's other trial
    fill(world.onyx_trial, officer, 2)  # in no community of theirs
    record_meeting(
        community=world.rowan,
        held_on=timezone.localdate() - datetime.timedelta(days=1),
        shared="What we learnt",
        attended_by=[world.coral],
        actor=officer,
    )
    # Who asked to join is the convenor's business, not news for its followers.
    record_event(
        actor=world.users["outsider"], verb="accounts.invitation_accepted", target=world.rowan
    )
    sentences = [e.sentence for e in followed_activity(leader).entries]
    assert sentences[0].startswith("Officer Person recorded a meeting of Rowan Community")
    assert len(sentences) == 3
    # A community they no longer see tells them nothing more.
    FieldTrialMembership.objects.filter(user=leader).delete()
    leader.refresh_from_db()
    assert followed_activity(leader).entries == []


def test_the_followed_page_is_paged_and_filtered_like_activity(client, world):
    officer, leader = world.users["officer"], world.users["leader"]
    follow(user=officer, subject=world.coral)
    fill(world.coral, leader, 30)
    fill(world.coral, leader, 3, verb="fieldtrials.risk_withdrawn", minutes_ago=10)
    client.force_login(officer)
    url = reverse("following:followed")
    first = client.get(url)
    page = first.context["page"]
    assert len(page.entries) == 25 and page.entries[0].kind == "withdrawn"
    older = client.get(url, {"before": page.older}).context["page"]
    seen = [e.pk for e in page.entries] + [e.pk for e in older.entries]
    assert len(seen) == 33 == len(set(seen))
    withdrawn = client.get(url, {"kind": "withdrawn"}).context["page"]
    assert [e.kind for e in withdrawn.entries] == ["withdrawn"] * 3
    body = first.content.decode()
    assert "Older activity" in body and "Coral Trial" in body


def test_following_is_nobodys_business_but_theirs(world):
    """A follow is an event on the person, outside any programme: in no page's activity."""
    from accounts.activity import activity

    officer = world.users["officer"]
    follow(user=officer, subject=world.coral)
    stop_following(user=officer, subject=world.coral)
    assert activity(world.users["admin"], subject=world.coral).entries == []


# The kinds of target among fill_kinds's events whose pages link (a trial, a discussion, a
# project, a community; a meeting has none): whether the reader may open those on a page is
# one query for each kind, however many events there are.
LINKED_KINDS = 4


@pytest.mark.parametrize("count", [50, 5000])
def test_the_followed_stream_costs_the_same_queries_at_50_and_5000_events(
    client, world, django_assert_num_queries, count
):
    officer, leader = world.users["officer"], world.users["leader"]
    for subject in (world.coral, world.beryl, world.rowan):
        follow(user=officer, subject=subject)
    fill_kinds(world, leader, count)  # another's doing: their own is no news to them
    client.force_login(officer)
    client.get(reverse("home"))  # the session and content types, once
    fresh = type(officer).objects.get(pk=officer.pk)  # as a new request or job reads them
    # their memberships (once a person), whether they follow anything, what, the events,
    # and which of their targets they may open (one query a kind)
    with django_assert_num_queries(4 + LINKED_KINDS):
        entries = followed_activity(fresh, size=10).entries
    assert len(entries) == 10
    assert all(entry.url for entry in entries if "meeting" not in entry.sentence)
    # session, user, memberships, unread notifications (the menu), their digest choice,
    # what they follow (the list), whether and what they follow (the stream's), the events,
    # and which of their targets they may open
    with django_assert_num_queries(9 + LINKED_KINDS):
        response = client.get(reverse("following:followed"), {"kind": "added"})
    page = response.context["page"]
    assert len(page.entries) == 25
    with django_assert_num_queries(9 + LINKED_KINDS):  # an older page: the same, at any depth
        client.get(reverse("following:followed"), {"before": page.older})
    # The home page: its own queries (accounts/tests/test_home.py, where the stream is the
    # one query asking whether they follow anything, as they follow nothing), what they
    # follow, the events, which of their targets they may open, and the serious open risks
    # named under "Needs attention" (the world has one; accounts/tests/test_home.py holds
    # that to one query at any number).
    with django_assert_num_queries(HOME_QUERIES + 3 + LINKED_KINDS):
        response = client.get(reverse("home"))
    assert len(response.context["following"]) == 10
    assert all(e.url for e in response.context["following"] if "meeting" not in e.sentence)


def test_the_button_costs_one_query(world, django_assert_num_queries):
    from following.templatetags.following import follow_button

    officer = world.users["officer"]
    follow(user=officer, subject=world.rowan)

    class Request:
        user = officer

        def get_full_path(self):
            return "/"

    for subject, followed in ((world.amber, False), (world.coral, False), (world.rowan, True)):
        with django_assert_num_queries(1):  # the subject's own rule, with their follow
            shown = follow_button({"request": Request()}, subject)
        assert shown["shown"] is True and shown["followed"] is followed


def test_the_home_page_does_not_repeat_what_they_follow_under_other_activity(client, world):
    partner = world.users["partner"]  # reads Amber: Coral and Dune
    fill(world.coral, world.users["officer"], 3)
    fill(world.dune, world.users["officer"], 2, verb="fieldtrials.risk_added")
    follow(user=partner, subject=world.coral)
    client.force_login(partner)
    response = client.get(reverse("home"))
    followed = {e.pk for e in response.context["following"]}
    others = {e.pk for e in response.context["recent"]}
    assert len(followed) == 3 and len(others) == 2 and not followed & others
    body = response.content.decode()
    assert "Other recent activity in your work" in body
    # Following everything they read: the other activity says there is nothing more.
    follow(user=partner, subject=world.dune)
    body = client.get(reverse("home")).content.decode()
    assert "Nothing lately beyond what you follow." in body


def test_a_stream_of_trials_alone_asks_nothing_of_communities(world):
    """A school leader following their trial: the events' query has only the conditions of
    trials (those of communities, their records and threads cost more to build and plan
    than the events cost to read), and tells the same."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from following.selectors import followed_events

    leader, officer = world.users["leader"], world.users["officer"]
    follow(user=leader, subject=world.coral)
    fill(world.coral, officer, 3)
    followed_events(leader)  # their memberships, once a person
    with CaptureQueriesContext(connection) as asked:
        events = list(followed_events(leader))
    assert len(events) == 3
    sql = " ".join(query["sql"] for query in asked.captured_queries)
    assert "communityofpractice" not in sql and "discussions_thread" not in sql
