"""Who a post may mention, found beside its box: a page at a time, only people who may read
the discussion (the rule a mention's notification asks), whatever name is typed; for those
who may post there only (a partner who reads is refused, a stranger finds nothing)."""

import pytest
from django.urls import reverse

from accounts.models import Notification, NotificationKind, Role
from accounts.tests.factories import UserFactory
from discussions.models import Post
from fieldtrials.tests.factories import FieldTrialMembershipFactory
from programmes.tests.factories import ProjectMembershipFactory

pytestmark = pytest.mark.django_db

JSON = {"HTTP_ACCEPT": "application/json"}
# The finder's queries: the session, its user, their memberships and the trials sharing a
# community with theirs, the thread, and the page of people (with whether more follow).
QUERIES = 6


def found(client, user, url, **params):
    client.force_login(user)
    response = client.get(url, params, **JSON)
    assert response.status_code == 200
    assert "Accept" in response["Vary"]
    return response.json()


def names(answer):
    return [row["label"] for row in answer["results"]]


def people(thread):
    return reverse("discussions:mentionable", args=[thread.pk])


def member(trial, name, role=Role.PRACTITIONER):
    person = UserFactory(full_name=name)
    FieldTrialMembershipFactory(field_trial=trial, user=person, role=role)
    return person


def test_only_people_who_may_read_the_thread_are_offered(client, world):
    # Dune's and Elm's are in Coral's programme but may not read Coral's threads; Onyx's is
    # in another programme.
    member(world.dune, "Dune Person")
    member(world.elm, "Elm Person")
    member(world.onyx_trial, "Onyx Person")
    leader = world.users["leader"]
    answer = found(client, leader, people(world.kestrel_thread), q="person")
    # Not the leader themselves, nor the outsider; the admin may read it but is nobody's
    # colleague here, so is not offered.
    assert names(answer) == ["Consultant Person", "Officer Person", "Partner Person"]
    assert answer["has_next"] is False and answer["page"] == 1
    assert found(client, leader, people(world.kestrel_thread), q="dune")["results"] == []
    # The officers' thread: its officers only (asked here by the admin).
    answer = found(client, world.users["admin"], people(world.lapwing_thread), q="person")
    assert names(answer) == ["Officer Person"]
    # A community's: whoever sees it through its trials (Quill's too).
    answer = found(client, leader, people(world.curlew_thread), q="pers")
    assert "Dune Person" not in names(answer) and "Consultant Person" in names(answer)


def test_a_new_thread_s_box_offers_whoever_may_read_the_subject_s_threads(client, world):
    url = reverse("discussions:mentionable_for", args=["projects", world.amber.pk])
    answer = found(client, world.users["officer"], url, q="person")
    assert names(answer) == ["Partner Person"]  # the leader and consultant do not see Amber


def test_the_list_is_paged_and_says_how_to_write_each_mention(client, world):
    for n in range(12):
        member(world.coral, f"Zed Walker {n:02}", role=Role.PARTNER)
    leader = world.users["leader"]
    url = people(world.kestrel_thread)
    first = found(client, leader, url, q="zed walker")
    assert names(first) == [f"Zed Walker {n:02}" for n in range(10)] and first["has_next"]
    second = found(client, leader, url, q="zed walker", page=2)
    assert names(second) == ["Zed Walker 10", "Zed Walker 11"] and not second["has_next"]
    # Without JavaScript: a page listing them, with what to write.
    response = client.get(url, {"q": "zed", "page": 2})
    page = response.content.decode()
    assert response.status_code == 200
    assert "<code>@[Zed Walker 11]</code>" in page and "Zed Walker 09" not in page
    assert 'rel="prev"' in page and 'rel="next"' not in page
    # Far past the end: nobody, and nobody asked.
    assert found(client, leader, url, page=99999)["results"] == []


def test_a_stranger_finds_nothing_and_a_reader_who_may_not_post_is_refused(client, world):
    client.force_login(world.users["outsider"])
    assert client.get(people(world.kestrel_thread), **JSON).status_code == 404
    client.force_login(world.users["leader"])
    assert client.get(people(world.lapwing_thread), **JSON).status_code == 404
    client.force_login(world.users["partner"])
    assert client.get(people(world.kestrel_thread), **JSON).status_code == 403


def test_the_box_has_the_finder_beside_it_and_the_list_s_link(client, world):
    client.force_login(world.users["leader"])
    page = client.get(world.kestrel_thread.get_absolute_url()).content.decode()
    assert f'data-np-autocomplete="{people(world.kestrel_thread)}"' in page
    assert 'data-np-inserts-into="id_body"' in page
    assert "People you can mention (opens in a new tab)" in page
    # A partner reads only: no box, no finder.
    client.force_login(world.users["partner"])
    page = client.get(world.kestrel_thread.get_absolute_url()).content.decode()
    assert "data-np-inserts-into" not in page


@pytest.mark.parametrize("candidates", [3, 15])
def test_the_finder_asks_the_same_queries_however_many_people_match(
    client, world, django_assert_num_queries, candidates
):
    # Each candidate's right to read the thread is asked of the database with the others in
    # one query, not of each in turn (three queries a person, a page of 10 once did 30).
    for n in range(candidates):
        member(world.coral, f"Zed Walker {n:02}", role=Role.PARTNER)
    leader = world.users["leader"]
    client.force_login(leader)
    url = people(world.kestrel_thread)
    with django_assert_num_queries(QUERIES):
        response = client.get(url, {"q": "zed"}, **JSON)
    assert len(response.json()["results"]) == min(candidates, 10)


def test_a_thread_for_officers_only_offers_only_those_who_may_read_it(client, world):
    # Coral's officers' thread: the programme's officer, and an officer of Amber; not
    # Coral's own people, nor Amber's partner.
    amber_officer = UserFactory(full_name="Amber Officer Person")
    ProjectMembershipFactory(project=world.amber, user=amber_officer, role=Role.OFFICER)
    answer = found(client, world.users["officer"], people(world.lapwing_thread), q="person")
    assert names(answer) == ["Amber Officer Person"]
    # The same people for a new discussion on Coral with "For programme officers only"
    # ticked, which the finder sends; unticked, whoever sees Coral.
    new = reverse("discussions:mentionable_for", args=["field-trials", world.coral.pk])
    officer = world.users["officer"]
    answer = found(client, officer, new, q="person", officers_only="on")
    assert names(answer) == ["Amber Officer Person"]
    answer = found(client, officer, new, q="person")
    assert names(answer) == [
        "Amber Officer Person", "Consultant Person", "Leader Person", "Partner Person",
    ]  # fmt: skip
    # Someone who may not tick the box (Coral's leader) is not narrowed by it.
    answer = found(client, world.users["leader"], new, q="person", officers_only="on")
    assert "Consultant Person" in names(answer)


def test_the_new_discussion_s_finder_sends_the_officers_only_box(client, world):
    new_thread = reverse("discussions:thread_create_for", args=["field-trials", world.coral.pk])
    client.force_login(world.users["officer"])
    page = client.get(new_thread).content.decode()
    assert 'data-np-autocomplete-sends="officers_only"' in page
    assert 'name="officers_only"' in page
    # The leader has no such box, and nothing to send.
    client.force_login(world.users["leader"])
    page = client.get(new_thread).content.decode()
    assert "data-np-autocomplete-sends" not in page


def test_an_administrator_from_elsewhere_typed_by_hand_is_refused_beside_the_box(client, world):
    # The admin may open anything, but is nobody's colleague on Coral: not offered, and a
    # mention typed by hand is refused as any other, not posted to tell them nothing.
    leader = world.users["leader"]
    assert found(client, leader, people(world.kestrel_thread), q="admin")["results"] == []
    before = Post.objects.count()
    response = client.post(
        world.kestrel_thread.get_absolute_url(), {"body": "Over to @[Admin Person] here"}
    )
    assert response.status_code == 400
    assert "Nobody called Admin Person can see this discussion" in response.content.decode()
    assert "Over to @[Admin Person] here" in response.content.decode()  # the words kept
    assert Post.objects.count() == before
    assert not Notification.objects.filter(
        kind=NotificationKind.MENTION, recipient=world.users["admin"]
    ).exists()
