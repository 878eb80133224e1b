"""Communities of interest: a community opened to others is listed for anyone signed in;
people ask to join; the convenor decides; an outside member reads the community's page,
shared page and threads, and nothing else."""

from datetime import UTC, datetime, timedelta

import pytest
from django.core import mail
from django.core.exceptions import PermissionDenied
from django.db import IntegrityError, transaction
from django.db.models import F
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.html import strip_tags

from accounts.models import Event, Notification
from accounts.tests.factories import UserFactory
from communities.models import JoinRequest
from communities.services import (
    ask_to_join,
    change_community,
    decide_join_request,
    leave_community,
)
from communities.tests.factories import CommunitySpaceFactory, JoinRequestFactory
from fieldtrials.models import CommunityOfPractice

OPEN_LIST = reverse("communities:open_list")


def detail(community):
    return reverse("fieldtrials:community_detail", args=[community.pk])


@pytest.fixture
def opened(world):
    """Rowan (Coral and Quill), opened to others by its convenor, the officer."""
    change_community(community=world.rowan, name=world.rowan.name, purpose="Rowan purpose",
                     open_to_others=True, actor=world.users["officer"])  # fmt: skip
    return world.rowan


@pytest.fixture
def stranger(world):
    """Someone signed in beyond the programme (the world's outsider is already Juniper's
    outside member: tests/world.py)."""
    return UserFactory(full_name="Rachel Stranger")


def test_only_open_communities_are_listed_by_name_and_purpose(world, client, opened, stranger):
    closed = CommunityOfPractice.objects.create(name="Closed Community")
    closed.field_trials.set([world.onyx_trial])
    client.force_login(stranger)
    page = client.get(OPEN_LIST).content.decode()
    assert "Rowan Community" in page and "Rowan purpose" in page
    assert "Closed Community" not in page
    assert "Coral Trial" not in page and "Quill Trial" not in page
    assert "Leader Person" not in page  # no members
    assert reverse("communities:join", args=[opened.pk]) in page
    # Someone who belongs to it through a trial is told so, and not asked to join.
    client.force_login(world.users["leader"])
    page = client.get(OPEN_LIST).content.decode()
    assert "You are a member" in page
    assert reverse("communities:join", args=[opened.pk]) not in page


def test_with_no_community_open_the_list_says_so_for_now(world, client, stranger):
    from communities.models import CommunitySpace

    CommunitySpace.objects.update(open_to_others=False)  # Juniper, the world's one open
    client.force_login(stranger)
    page = client.get(OPEN_LIST).content.decode()
    assert "No community is open to others at the moment." in page


def test_the_open_list_is_paged(world, client, stranger):
    for n in range(27):
        community = CommunityOfPractice.objects.create(name=f"Open {n:02d}")
        CommunitySpaceFactory(community=community, opened=True)
    client.force_login(stranger)
    first = client.get(OPEN_LIST).content.decode()
    assert "Open 00" in first and "Open 26" not in first
    assert "Open 26" in client.get(OPEN_LIST + "?page=2").content.decode()


def test_the_open_list_counts_the_communities_joined_rather_than_listing_them_again(
    world, client, stranger
):
    for n in range(30):
        community = CommunityOfPractice.objects.create(name=f"Joined {n:02d}")
        CommunitySpaceFactory(community=community, opened=True)
        JoinRequestFactory(community=community, user=stranger, approved=True)
    client.force_login(stranger)
    page = client.get(OPEN_LIST).content.decode()
    # Each appears once, in the paged list (marked as joined), not again in a list of all 30.
    assert page.count(">Joined 00<") == 1 and "Joined 29" not in page
    assert "You have joined 30 of them" in page
    assert f'href="{reverse("fieldtrials:community_list")}">your communities</a>' in page


def test_asking_to_join_tells_the_convenor_and_officers_once(world, client, opened, stranger):
    outsider = stranger
    client.force_login(outsider)
    url = reverse("communities:join", args=[opened.pk])
    response = client.post(url, {"message": "I lead a school in Kirklees"})
    assert response.status_code == 302
    # Asked again (a second tab): refused, and nobody is told twice.
    again = client.post(url, {"message": "Again"})
    assert again.status_code == 409
    assert "You have already asked to join" in again.content.decode()
    assert JoinRequest.objects.filter(community=opened, user=outsider).count() == 1
    told = Notification.objects.filter(message__contains="asks to join")
    assert [n.recipient for n in told] == [world.users["officer"]]
    assert told[0].url == reverse("communities:join_requests", args=[opened.pk])


def test_the_service_asked_twice_makes_one_request(world, opened, stranger):
    outsider = stranger
    first = ask_to_join(community=opened, actor=outsider, message="One")
    second = ask_to_join(community=opened, actor=outsider, message="Two")
    assert first.pk == second.pk
    assert Event.objects.filter(verb="communities.join_requested").count() == 1


def test_the_database_keeps_one_live_request_a_person(world, opened, stranger):
    outsider = stranger
    JoinRequest.objects.create(community=opened, user=outsider)
    with pytest.raises(IntegrityError), transaction.atomic():
        JoinRequest.objects.create(community=opened, user=outsider, status="approved")
    # Once declined they may ask again.
    JoinRequest.objects.filter(user=outsider).update(status="declined")
    JoinRequest.objects.create(community=opened, user=outsider)


def test_a_closed_community_cannot_be_asked_to_join(world, client, stranger):
    client.force_login(stranger)
    url = reverse("communities:join", args=[world.rowan.pk])
    assert client.get(url).status_code == 404
    assert client.post(url, {"message": "Hello"}).status_code == 404
    assert not JoinRequest.objects.filter(community=world.rowan).exists()


def test_an_approved_outside_member_reads_the_community_and_nothing_else(
    world, client, opened, stranger
):
    outsider = stranger
    asked = ask_to_join(community=opened, actor=outsider, message="Hello")
    client.force_login(world.users["officer"])
    decide = reverse("communities:join_request_decide", args=[asked.pk])
    assert client.post(decide, {"decision": "approve"}).status_code == 302
    assert Notification.objects.filter(recipient=outsider, message__contains="joined").exists()

    client.force_login(outsider)
    response = client.get(detail(opened))
    assert response.status_code == 200
    page = response.content.decode()
    assert "Rowan purpose" in page
    assert "Willow sharing" not in page  # no meetings
    # No members: the only name is of whoever started a thread they read.
    assert page.count("Leader Person") == page.count("Started by Leader Person")
    assert "Coral Trial" not in page and "Quill Trial" not in page
    assert "Amber Project" not in page and "Beryl Project" not in page
    assert "Came:" not in page and "other trial" not in page
    assert client.get(reverse("communities:page_history", args=[opened.pk])).status_code == 200
    # Nothing else of the programme: its trials, their pages, the programme, its projects.
    for url in [
        reverse("fieldtrials:fieldtrial_detail", args=[world.coral.pk]),
        reverse("fieldtrials:fieldtrial_detail", args=[world.quill.pk]),
        reverse("fieldtrials:update_list", args=[world.coral.pk]),
        reverse("fieldtrials:update_detail", args=[world.update.pk]),
        reverse("programmes:programme_detail", args=[world.quartz.pk]),
        reverse("programmes:project_detail", args=[world.amber.pk]),
        reverse("toolkit:exercise_detail", args=[world.fern.pk]),
    ]:
        assert client.get(url).status_code == 404, url
    assert client.get(reverse("fieldtrials:fieldtrial_list")).status_code in (403, 404)
    # The communities list shows them what they joined, and nothing of the programme.
    listing = client.get(reverse("fieldtrials:community_list")).content.decode()
    assert "Communities you joined from outside (1)" in listing and detail(opened) in listing
    assert "Coral Trial" not in listing and "Juniper Community" not in listing
    # And they change nothing of it: they see it, so they are refused (403).
    for url in [
        reverse("fieldtrials:community_edit_trials", args=[opened.pk]),
        reverse("fieldtrials:meeting_create", args=[opened.pk]),
        reverse("communities:community_edit", args=[opened.pk]),
    ]:
        assert client.get(url).status_code == 403, url
    assert client.get(reverse("communities:page_edit", args=[opened.pk])).status_code == 403
    assert client.get(reverse("communities:join_requests", args=[opened.pk])).status_code == 403


def test_an_outside_member_is_not_a_member_of_its_trials_for_any_rule(world, opened, stranger):
    from accounts.memberships import memberships_of
    from fieldtrials.rules import visible_communities, visible_fieldtrials

    outsider = stranger
    JoinRequestFactory(community=opened, user=outsider, approved=True)
    assert list(visible_communities(outsider)) == [opened]
    assert not visible_fieldtrials(outsider).exists()
    assert memberships_of(outsider).community_trials == frozenset()
    assert outsider.has_perm("fieldtrials.view_community", opened) is True
    assert outsider.has_perm("fieldtrials.change_community", opened) is False
    assert outsider.has_perm("communities.edit_page", opened) is False


def test_declined_they_see_nothing_are_told_and_may_ask_again_after_thirty_days(
    world, client, opened, stranger, django_capture_on_commit_callbacks
):
    outsider = stranger
    asked = ask_to_join(community=opened, actor=outsider, message="Hello")
    with django_capture_on_commit_callbacks(execute=True):
        decide_join_request(join_request=asked, approve=False, actor=world.users["officer"])
    today = timezone.localdate()
    again_from = date_format(today + timedelta(days=30), "j F Y")
    # Told when they may ask again, in the app and by e-mail, as the site says it.
    told = (
        f"Your request to join the community ‘{opened.name}’ was declined. You can ask again "
        f"from {again_from}."
    )
    assert Notification.objects.filter(recipient=outsider, message=told).exists()
    [email] = [m for m in mail.outbox if m.to == [outsider.email]]
    assert told in email.body
    # The subject is one short sentence (it was the two above); the date is in the body.
    assert email.subject == f"Your request to join ‘{opened.name}’ was declined"
    client.force_login(outsider)
    assert client.get(detail(opened)).status_code == 404
    # Asking again at once is refused, saying when they may, and tells nobody again.
    says = (
        f"Your request to join was declined on {date_format(today, 'j F Y')}. "
        f"You can ask again from {again_from}."
    )
    url = reverse("communities:join", args=[opened.pk])
    page = client.get(url).content.decode()
    assert says in page and 'name="message"' not in page
    assert says in client.get(OPEN_LIST).content.decode()
    assert url not in client.get(OPEN_LIST).content.decode()
    again = client.post(url, {"message": "Please"})
    assert again.status_code == 409 and says in again.content.decode()
    with pytest.raises(PermissionDenied):
        ask_to_join(community=opened, actor=outsider, message="Please")
    assert JoinRequest.objects.filter(user=outsider).count() == 1
    assert Notification.objects.filter(message__contains="asks to join").count() == 1
    # On the thirtieth day after the decline they may.
    JoinRequest.objects.filter(pk=asked.pk).update(decided_at=F("decided_at") - timedelta(days=29))
    assert client.post(url, {"message": "Please"}).status_code == 409
    JoinRequest.objects.filter(pk=asked.pk).update(decided_at=F("decided_at") - timedelta(days=1))
    assert client.post(url, {"message": "Please"}).status_code == 302
    assert JoinRequest.objects.filter(user=outsider, status="pending").count() == 1


def test_a_request_decided_already_is_refused(world, client, opened, stranger):
    asked = ask_to_join(community=opened, actor=stranger, message="Hello")
    decide_join_request(join_request=asked, approve=True, actor=world.users["officer"])
    client.force_login(world.users["officer"])
    url = reverse("communities:join_request_decide", args=[asked.pk])
    response = client.post(url, {"decision": "decline"})
    assert response.status_code == 409
    assert "no longer waiting" in response.content.decode()
    assert JoinRequest.objects.get(pk=asked.pk).status == "approved"


def test_trial_members_who_are_not_convenors_do_not_decide(world, client, opened, stranger):
    asked = ask_to_join(community=opened, actor=stranger, message="Hello")
    client.force_login(world.users["leader"])
    url = reverse("communities:join_request_decide", args=[asked.pk])
    assert client.post(url, {"decision": "approve"}).status_code == 404
    assert client.get(reverse("communities:join_requests", args=[opened.pk])).status_code == 403


def test_an_outside_member_leaves(world, client, opened, stranger):
    outsider = stranger
    JoinRequestFactory(community=opened, user=outsider, approved=True)
    client.force_login(outsider)
    url = reverse("communities:leave", args=[opened.pk])
    assert client.get(url).status_code == 200
    assert client.post(url, {}).status_code == 302
    assert client.get(detail(opened)).status_code == 404
    left = JoinRequest.objects.get(user=outsider)
    assert left.status == "left" and left.left_at is not None


def test_withdrawing_a_request_says_withdraw_not_leave(world, client, opened, stranger):
    ask_to_join(community=opened, actor=stranger, message="Hello")
    client.force_login(stranger)
    url = reverse("communities:leave", args=[opened.pk])
    page = client.get(url).content.decode()
    assert "Withdraw your request to join" in page and "Withdraw my request" in page
    assert "Leave the community" not in page
    response = client.post(url, {}, follow=True)
    page = response.content.decode()
    assert f"Your request to join ‘{opened.name}’ is withdrawn." in page
    assert "no longer a member" not in page
    withdrawn = JoinRequest.objects.get(user=stranger)
    assert withdrawn.status == "withdrawn" and withdrawn.left_at is not None
    assert withdrawn.decided_by is None


def test_the_requests_list_says_who_decided_only_for_a_decision(world, client, opened):
    officer = world.users["officer"]
    names = ["Tom Left", "Wendy Withdrawn", "Dora Declined"]
    tom, wendy, dora = (UserFactory(full_name=name) for name in names)
    for person in (tom, wendy, dora):
        ask_to_join(community=opened, actor=person, message=f"I am {person.full_name}")
    requests = {r.user: r for r in JoinRequest.objects.filter(community=opened)}
    decide_join_request(join_request=requests[tom], approve=True, actor=officer)
    decide_join_request(join_request=requests[dora], approve=False, actor=officer)
    leave_community(community=opened, actor=tom)
    leave_community(community=opened, actor=wendy)
    JoinRequest.objects.filter(user=tom).update(left_at=datetime(2026, 12, 6, 12, tzinfo=UTC))
    JoinRequest.objects.filter(user=wendy).update(left_at=datetime(2026, 12, 7, 12, tzinfo=UTC))
    JoinRequest.objects.filter(user=dora).update(decided_at=datetime(2026, 12, 8, 12, tzinfo=UTC))
    client.force_login(officer)
    page = client.get(reverse("communities:join_requests", args=[opened.pk])).content.decode()
    text = " ".join(strip_tags(page.replace("<br>", " ")).split())
    assert "Left on 6 December 2026" in text
    assert "Withdrawn by them on 7 December 2026, before a decision" in text
    assert f"Declined by {officer.full_name} on 8 December 2026" in text
    assert "Left by" not in text and "Withdrawn by Officer" not in text


def test_closing_the_community_shuts_its_outside_members_out(world, client, opened, stranger):
    outsider = stranger
    JoinRequestFactory(community=opened, user=outsider, approved=True)
    client.force_login(world.users["officer"])
    response = client.post(
        reverse("communities:community_edit", args=[opened.pk]),
        {"name": "Rowan Renamed", "purpose": "New purpose"},
    )
    assert response.status_code == 302
    opened.refresh_from_db()
    assert (opened.name, opened.purpose, opened.space.open_to_others) == (
        "Rowan Renamed", "New purpose", False,
    )  # fmt: skip
    changed = Event.objects.filter(verb="communities.community_changed").latest("id")
    fields = {c["field"] for c in changed.data["changes"]}
    assert fields == {"Name", "Purpose", "Open to people beyond the programme"}
    client.force_login(outsider)
    assert client.get(detail(opened)).status_code == 404
    assert "Rowan Renamed" not in client.get(OPEN_LIST).content.decode()


def test_only_the_convenor_and_officers_change_the_details(world, client):
    client.force_login(world.users["leader"])
    url = reverse("communities:community_edit", args=[world.rowan.pk])
    assert client.get(url).status_code == 403
    client.force_login(UserFactory())
    assert client.get(url).status_code == 404


def test_a_request_waiting_is_named_on_the_askers_home_page(world, client, opened, stranger):
    client.force_login(stranger)
    assert "You asked to join" not in client.get(reverse("home")).content.decode()
    asked = ask_to_join(community=opened, actor=stranger, message="Hello")
    JoinRequest.objects.filter(pk=asked.pk).update(created_at=datetime(2026, 11, 3, 12, tzinfo=UTC))
    home = client.get(reverse("home")).content.decode()
    assert f"You asked to join ‘{opened.name}’ on 3 November 2026: its convenor will decide" in (
        home
    )
    decide_join_request(join_request=asked, approve=False, actor=world.users["officer"])
    assert "You asked to join" not in client.get(reverse("home")).content.decode()


def test_an_outside_members_home_leads_to_the_communities_they_joined(
    world, client, opened, stranger
):
    client.force_login(stranger)
    home = client.get(reverse("home")).content.decode()
    assert "Communities you joined" not in home
    assert OPEN_LIST in home  # nothing joined yet: where to ask
    asked = ask_to_join(community=opened, actor=stranger, message="Hello")
    decide_join_request(join_request=asked, approve=True, actor=world.users["officer"])
    home = client.get(reverse("home")).content.decode()
    assert "Communities you joined" in home
    assert f'href="{detail(opened)}"' in home and opened.name in home
    # Closed to others again, it is no longer theirs to read, nor listed.
    change_community(community=opened, name=opened.name, purpose="Rowan purpose",
                     open_to_others=False, actor=world.users["officer"])  # fmt: skip
    assert f'href="{detail(opened)}"' not in client.get(reverse("home")).content.decode()


def test_requests_ended_before_are_told_apart_and_dated_from_their_events(world, opened):
    from importlib import import_module

    from django.apps import apps

    migration = import_module("communities.migrations.0003_join_request_withdrawn_and_left_at")
    officer = world.users["officer"]
    tom, wendy = UserFactory(), UserFactory()
    for person in (tom, wendy):
        ask_to_join(community=opened, actor=person, message="Hello")
    decide_join_request(join_request=JoinRequest.objects.get(user=tom), approve=True, actor=officer)
    leave_community(community=opened, actor=tom)
    leave_community(community=opened, actor=wendy)
    # As they were kept before: both "left", with no date.
    JoinRequest.objects.filter(community=opened).update(status="left", left_at=None)
    migration.withdrawn_and_when(apps, None)
    left, withdrawn = JoinRequest.objects.get(user=tom), JoinRequest.objects.get(user=wendy)
    assert (left.status, withdrawn.status) == ("left", "withdrawn")
    assert left.left_at == Event.objects.get(verb="communities.left").created_at
    assert withdrawn.left_at == Event.objects.get(verb="communities.join_withdrawn").created_at


def test_asking_taking_back_and_asking_again_tells_the_convenor_three_times_a_day_at_most(
    world, client, opened, stranger
):
    """Each ask tells those who decide: someone asking, withdrawing and asking again could
    fill their notifications. Three asks a day to one community; the fourth is refused."""
    for _ in range(3):
        ask_to_join(community=opened, actor=stranger, message="Hello")
        leave_community(community=opened, actor=stranger)
    told = Notification.objects.filter(message__contains="asks to join").count()
    client.force_login(stranger)
    url = reverse("communities:join", args=[opened.pk])
    # The page says so at once, with nothing to write that would be refused.
    page = client.get(url).content.decode()
    assert f"You have asked to join ‘{opened.name}’ 3 times today" in page
    assert 'name="message"' not in page
    response = client.post(url, {"message": "Once more"})
    assert response.status_code == 409
    assert f"You have asked to join ‘{opened.name}’ 3 times today" in response.content.decode()
    assert Notification.objects.filter(message__contains="asks to join").count() == told
    assert not JoinRequest.objects.filter(user=stranger, status="pending").exists()


COMMUNITY_LIST = reverse("fieldtrials:community_list")


def menu_link(response, text="Communities"):
    """Where the menu's link `text` leads on the page of `response`."""
    return {item["text"]: item["href"] for item in response.context["nav_items"]}[text]


def test_someone_on_no_trial_lists_the_communities_they_joined_and_nothing_else(
    world, client, opened, stranger
):
    """An outside member with no role in any programme: the menu's Communities leads to the
    communities list, which names the communities they joined (linked to their pages) and
    says nothing of communities of practice, field trials or starting one."""
    for community in (opened, world.juniper):
        asked = ask_to_join(community=community, actor=stranger, message="Hello")
        decide_join_request(join_request=asked, approve=True, actor=world.users["officer"])
    closed = CommunityOfPractice.objects.create(name="Willow Community")
    closed.field_trials.set([world.coral])
    client.force_login(stranger)
    assert menu_link(client.get(reverse("home"))) == COMMUNITY_LIST
    response = client.get(COMMUNITY_LIST)
    assert response.status_code == 200
    assert menu_link(response) == COMMUNITY_LIST
    page = response.content.decode()
    assert f'href="{COMMUNITY_LIST}" aria-current="page"' in page  # the menu says it is here
    text = " ".join(strip_tags(page).split())
    assert "Communities you joined from outside (2)" in text
    assert f'href="{detail(world.juniper)}">Juniper Community</a>' in page
    assert f'href="{detail(opened)}">Rowan Community</a>' in page
    assert f'href="{OPEN_LIST}">Communities you can ask to join</a>' in page
    assert "Willow Community" not in page and "Coral Trial" not in page
    assert "Communities of practice (" not in text  # no table of the programme's communities
    assert "None of your field trials" not in text
    assert "Start a community of practice" not in text


def test_someone_who_joined_no_community_is_refused_the_list_and_led_to_those_open(
    world, client, opened, stranger
):
    """Deny by default: someone on no trial who joined nothing (asked, left, or removed) is
    refused the list, and the menu leads them to the communities they can ask to join."""
    asked = ask_to_join(community=opened, actor=stranger, message="Hello")
    client.force_login(stranger)
    assert client.get(COMMUNITY_LIST).status_code == 403  # asked, not yet decided
    assert menu_link(client.get(reverse("home"))) == OPEN_LIST
    decide_join_request(join_request=asked, approve=True, actor=world.users["officer"])
    assert client.get(COMMUNITY_LIST).status_code == 200
    leave_community(community=opened, actor=stranger)
    assert client.get(COMMUNITY_LIST).status_code == 403
    assert menu_link(client.get(OPEN_LIST)) == OPEN_LIST


@pytest.mark.parametrize("size", [5, 50])
def test_the_list_of_someone_on_no_trial_takes_the_same_queries_for_5_or_50(
    world, client, stranger, django_assert_num_queries, size
):
    for n in range(size):
        community = CommunityOfPractice.objects.create(name=f"Outside {n:02}")
        CommunitySpaceFactory(community=community, open_to_others=True)
        JoinRequest.objects.create(community=community, user=stranger, status="approved")
    client.force_login(stranger)
    client.get(COMMUNITY_LIST)
    # 8: their session, themselves and their memberships (none); whether they joined any
    # community from outside, for the page and for the menu; those they joined, a count
    # and a page; their unread notifications.
    with django_assert_num_queries(8):
        response = client.get(COMMUNITY_LIST)
    page = response.content.decode()
    assert f"Communities you joined from outside ({size})" in page
    assert f"Outside {min(size, 25) - 1:02}" in page and "Outside 25" not in page
