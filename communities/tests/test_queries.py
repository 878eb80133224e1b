"""A community's page, its requests to join and the open list take the same number of
queries whatever their size."""

import pytest
from django.urls import reverse

from accounts.tests.factories import UserFactory
from communities.services import edit_shared_page
from communities.tests.factories import CommunitySpaceFactory, JoinRequestFactory
from fieldtrials.models import CommunityMeeting, CommunityOfPractice
from fieldtrials.tests.factories import FieldTrialFactory, FieldTrialMembershipFactory


def grow(w, size):
    """Rowan, open to others, with `size` more trials (each with a member), meetings, outside
    members, requests waiting and versions of its shared page."""
    CommunitySpaceFactory(community=w.rowan, opened=True)
    trials = [FieldTrialFactory(project=w.beryl, title=f"Beryl trial {n}") for n in range(size)]
    w.rowan.field_trials.add(*trials)
    for n, trial in enumerate(trials):
        FieldTrialMembershipFactory(field_trial=trial, user__full_name=f"Member {n}")
        meeting = CommunityMeeting.objects.create(
            community=w.rowan, held_on="2007-04-01", shared=f"Sharing {n}"
        )
        meeting.attended_by.set([w.coral, trial])
        JoinRequestFactory(community=w.rowan, approved=True, user__full_name=f"Outside {n}")
        JoinRequestFactory(community=w.rowan, user__full_name=f"Asking {n}")
    for version in range(1, size + 1):
        edit_shared_page(community=w.rowan, text=f"Learning {version}", note="",
                         based_on=version - 1, actor=w.users["officer"])  # fmt: skip


def measured(client, url, django_assert_num_queries, queries):
    client.get(url)
    with django_assert_num_queries(queries):
        response = client.get(url)
    assert response.status_code == 200
    return response.content.decode()


@pytest.mark.parametrize("size", [5, 50])
def test_the_community_page_takes_the_same_queries_for_5_or_50(
    world, client, django_assert_num_queries, size
):
    grow(world, size)
    client.force_login(world.users["officer"])
    page = measured(
        client, reverse("fieldtrials:community_detail", args=[world.rowan.pk]),
        django_assert_num_queries, 21,
    )  # fmt: skip
    assert f"Beryl trial {size - 1}" in page and "Member 0" in page
    assert f"Sharing {size - 1}" in page
    assert "Outside 0" in page and f"Learning {size}" in page
    assert f"({size} waiting)" in page
    # Its members, outside members and meetings are paged, each by its own parameter.
    for param in ("members-page", "outside-page", "meetings-page"):
        assert (f"?{param}=2" in page) is (size > 25)


@pytest.mark.parametrize("size", [5, 50])
def test_the_community_page_for_an_outside_member_takes_the_same_queries_for_5_or_50(
    world, client, django_assert_num_queries, size
):
    grow(world, size)
    outside = UserFactory()
    JoinRequestFactory(community=world.rowan, user=outside, approved=True)
    client.force_login(outside)
    # 11, one of them the menu's: on no trial, do they list communities they joined?
    page = measured(
        client, reverse("fieldtrials:community_detail", args=[world.rowan.pk]),
        django_assert_num_queries, 11,
    )  # fmt: skip
    assert "Beryl trial" not in page and "Coral Trial" not in page
    assert "Member 0" not in page and "Outside 0" not in page and "Sharing " not in page
    assert f"Learning {size}" in page


@pytest.mark.parametrize("size", [5, 50])
def test_the_requests_to_join_take_the_same_queries_for_5_or_50(
    world, client, django_assert_num_queries, size
):
    grow(world, size)
    client.force_login(world.users["officer"])
    page = measured(
        client, reverse("communities:join_requests", args=[world.rowan.pk]),
        django_assert_num_queries, 7,
    )  # fmt: skip
    assert f"Asking {size - 1}" in page


@pytest.mark.parametrize("size", [5, 50])
def test_the_open_list_takes_the_same_queries_for_5_or_50(
    world, client, django_assert_num_queries, size
):
    for n in range(size):
        community = CommunityOfPractice.objects.create(name=f"Open {n:02d}")
        community.field_trials.set([world.coral])
        CommunitySpaceFactory(community=community, opened=True)
        JoinRequestFactory(community=community, user=world.users["outsider"])
    client.force_login(world.users["outsider"])
    # 10, one of them the menu's: on no trial, do they list communities they joined?
    page = measured(client, reverse("communities:open_list"), django_assert_num_queries, 10)
    assert "Open 00" in page and "You asked to join" in page


@pytest.mark.parametrize("size", [5, 50])
def test_the_page_history_takes_the_same_queries_for_5_or_50(
    world, client, django_assert_num_queries, size
):
    grow(world, size)
    client.force_login(world.users["partner"])
    page = measured(
        client, reverse("communities:page_history", args=[world.rowan.pk]),
        django_assert_num_queries, 7,
    )  # fmt: skip
    assert f"Version {size}" in page


@pytest.mark.parametrize("size", [5, 50])
def test_the_community_page_marks_switched_off_members_with_the_same_queries_for_5_or_50(
    world, client, django_assert_num_queries, size
):
    from accounts.models import User

    grow(world, size)
    User.objects.filter(full_name__in=["Member 1", "Outside 1"]).update(is_active=False)
    client.force_login(world.users["officer"])
    page = measured(
        client, reverse("fieldtrials:community_detail", args=[world.rowan.pk]),
        django_assert_num_queries, 21,
    )  # fmt: skip
    page = " ".join(page.split())
    tag = '<strong class="govuk-tag govuk-tag--grey">Account switched off</strong>'
    assert f"Member 1 {tag}" in page and f"Outside 1 {tag}" in page
    assert page.count(tag) == 2
