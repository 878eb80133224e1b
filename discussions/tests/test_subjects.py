"""Threads on a project, a creative option and a community of practice: who reads and writes
them, officers' threads, one visibility filter for every kind, the panel on each page."""

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.urls import reverse
from django.utils import timezone

from accounts.models import Notification, NotificationKind, Role
from accounts.tests.factories import UserFactory
from discussions.models import Thread
from discussions.rules import thread_readers, visible_threads
from discussions.services import reply, start_thread
from discussions.tests.factories import PostFactory, ThreadFactory
from fieldtrials.models import FieldTrial
from fieldtrials.tests.factories import FieldTrialMembershipFactory
from nextpractice.testing.fixtures import PERSONAS
from programmes.models import Project
from programmes.tests.factories import ProjectMembershipFactory

KEYS = [
    "kestrel_thread", "lapwing_thread", "merlin_thread", "plover_thread", "osprey_thread",
    "heron_thread", "gannet_thread", "curlew_thread", "dunlin_thread",
]  # fmt: skip


def test_the_people_who_may_read_each_thread_are_those_the_permission_lets_in(world):
    # Beside the personas: a member of Elm (in Juniper, which the outsider joined) and a
    # partner of Beryl; threads on Juniper, and on Elm and Beryl, asked again once withdrawn.
    elm_leader, beryl_partner = UserFactory(), UserFactory()
    FieldTrialMembershipFactory(field_trial=world.elm, user=elm_leader, role=Role.PRACTITIONER)
    ProjectMembershipFactory(project=world.beryl, user=beryl_partner, role=Role.PARTNER)
    for officers_only in (False, True):
        ThreadFactory(field_trial=None, community=world.juniper, officers_only=officers_only)
        ThreadFactory(field_trial=world.elm, officers_only=officers_only)
        ThreadFactory(field_trial=None, project=world.beryl, officers_only=officers_only)
    people = [user for user in world.users.values() if user is not None]
    people += [elm_leader, beryl_partner]

    def agree():
        for thread in Thread.objects.all():
            allowed = {p.pk for p in people if p.has_perm("discussions.view_thread", thread)}
            readers = set(
                thread_readers(thread)
                .filter(pk__in=[p.pk for p in people])
                .values_list("pk", flat=True)
            )
            assert readers == allowed, thread.title

    agree()
    Project.objects.filter(pk=world.beryl.pk).update(withdrawn_at=timezone.now())
    FieldTrial.objects.filter(pk=world.elm.pk).update(status=FieldTrial.Status.WITHDRAWN)
    agree()


def list_url(kind, subject):
    return reverse("discussions:thread_list_for", args=[kind, subject.pk])


@pytest.mark.parametrize("persona", PERSONAS)
def test_the_one_filter_agrees_with_the_permission_for_every_kind(world, persona):
    user = world.users[persona]
    listed = set(visible_threads(user))
    for thread in Thread.objects.all():
        allowed = user is not None and user.has_perm("discussions.view_thread", thread)
        assert (thread in listed) == allowed, thread
    for key in KEYS:
        assert (world.objects[key] in listed) == (key in world.visible[persona]), key


def test_the_filter_reads_all_four_kinds_in_one_query(world, django_assert_num_queries):
    officer = world.users["officer"]
    officer.has_perm("discussions.view_thread", world.kestrel_thread)  # memberships read
    with django_assert_num_queries(1):
        titles = {t.title for t in visible_threads(officer)}
    assert {"Plover Project Talk", "Heron Option Discussion", "Dunlin Convenor Note"} <= titles


def test_a_thread_is_about_exactly_one_thing(world):
    both = Thread(field_trial=world.coral, project=world.amber, title="Two")
    with pytest.raises(ValidationError):
        both.full_clean()
    with pytest.raises(ValidationError):
        Thread(title="None").full_clean()


def test_the_officer_starts_a_project_thread_and_the_partner_only_reads_it(client, world):
    officer, partner = world.users["officer"], world.users["partner"]
    client.force_login(officer)
    url = reverse("discussions:thread_create_for", args=["projects", world.amber.pk])
    response = client.post(url, {"title": "Sandpiper plans", "body": "Our plan", "once": "p" * 24})
    thread = Thread.objects.get(title="Sandpiper plans")
    assert response.status_code == 302 and thread.project == world.amber
    client.force_login(partner)
    page = client.get(thread.get_absolute_url()).content.decode()
    assert "Our plan" in page and "You can read this discussion but not post in it." in page
    assert client.post(url, {"title": "x", "body": "y"}).status_code == 403
    with pytest.raises(PermissionDenied):
        reply(thread=thread, body="Hello", actor=partner)


def test_a_leader_of_a_trial_in_the_community_writes_in_its_threads_the_partner_reads(world):
    leader, partner = world.users["leader"], world.users["partner"]
    thread = start_thread(subject=world.rowan, title="Turnstone", body="Hi all", actor=leader)
    assert thread.community == world.rowan
    reply(thread=thread, body="And again", actor=world.users["consultant"])
    assert partner.has_perm("discussions.view_thread", thread)
    assert not partner.has_perm("discussions.post", thread)
    with pytest.raises(PermissionDenied):
        start_thread(subject=world.rowan, title="No", body="No", actor=partner)


def test_only_the_convenor_and_officers_keep_a_community_thread_to_officers(world):
    with pytest.raises(PermissionDenied):
        start_thread(
            subject=world.rowan, title="T", body="b", actor=world.users["leader"],
            officers_only=True,
        )  # fmt: skip
    thread = start_thread(
        subject=world.rowan, title="Knot", body="b", actor=world.users["officer"],
        officers_only=True,
    )  # fmt: skip
    for persona in ("leader", "consultant", "partner"):
        assert not world.users[persona].has_perm("discussions.view_thread", thread), persona


def test_an_option_thread_follows_its_project(client, world):
    client.force_login(world.users["officer"])
    page = client.get(reverse("programmes:option_detail", args=[world.jade.pk])).content.decode()
    assert "Heron Option Discussion" in page and "Start a discussion" in page
    client.force_login(world.users["leader"])  # does not see Amber
    assert client.get(list_url("options", world.jade)).status_code == 404
    assert client.get(world.heron_thread.get_absolute_url()).status_code == 404


def test_each_page_shows_its_latest_threads_to_those_who_read_them(client, world):
    client.force_login(world.users["partner"])
    overview = client.get(world.amber.get_absolute_url()).content.decode()
    threads_url = reverse("discussions:thread_list_for", args=["projects", world.amber.pk])
    assert f'href="{threads_url}"' in overview  # the project's Discussions page
    project = client.get(threads_url).content.decode()
    assert "Plover Project Talk" in project and "Osprey" not in project
    assert "Start a discussion" not in project  # a partner reads
    community = client.get(reverse("fieldtrials:community_detail", args=[world.rowan.pk]))
    text = community.content.decode()
    assert "Curlew Community Discussion" in text and "Dunlin" not in text
    client.force_login(world.users["officer"])
    community = client.get(reverse("fieldtrials:community_detail", args=[world.rowan.pk]))
    assert "Dunlin Convenor Note" in community.content.decode()


def test_a_mention_of_someone_who_may_not_see_a_project_thread_tells_nobody(world):
    # The leader and consultant work on Coral but do not see Amber: not told, not shown.
    reply(
        thread=world.plover_thread,
        body="Ask @[Leader Person] and @[Consultant Person], and @[Partner Person]",
        actor=world.users["officer"],
    )
    told = Notification.objects.filter(kind=NotificationKind.MENTION)
    assert [n.recipient.full_name for n in told] == ["Partner Person"]


def test_a_mention_in_an_officers_community_thread_tells_only_the_officers(world):
    amber_officer = UserFactory(full_name="Amber Officer")
    ProjectMembershipFactory(project=world.amber, user=amber_officer, role=Role.OFFICER)
    post = reply(
        thread=world.dunlin_thread,
        body="@[Leader Person] @[Partner Person] @[Amber Officer] @[Admin Person]",
        actor=world.users["officer"],
    )
    told = Notification.objects.filter(kind=NotificationKind.MENTION)
    assert [n.recipient.full_name for n in told] == ["Amber Officer"]
    # The administrator, in no programme of the community's, is nobody's colleague here: not
    # told either (the page refuses such a mention before it is posted).
    assert post.told.nobody == ["Leader Person", "Partner Person", "Admin Person"]


# A community's list asks one query more: whether its convenor or an officer may start one.
@pytest.mark.parametrize(
    "kind,key,queries", [("projects", "amber", 7), ("communities", "rowan", 8)]
)
def test_the_thread_list_reads_the_same_queries_for_2_and_25_threads(
    client, world, django_assert_num_queries, kind, key, queries
):
    subject = world.objects[key]
    field = {"projects": "project", "communities": "community"}[kind]
    client.force_login(world.users["officer"])
    url = list_url(kind, subject)
    client.get(url)  # the session and caches warm
    with django_assert_num_queries(queries):
        assert client.get(url).status_code == 200
    for thread in ThreadFactory.create_batch(23, field_trial=None, **{field: subject}):
        PostFactory.create_batch(2, thread=thread)
    with django_assert_num_queries(queries):
        page = client.get(url)
    assert page.content.decode().count("govuk-table__row") == 26  # a heading row, 25 threads


def test_the_file_hint_of_a_project_or_community_discussion_says_who_downloads_it(client, world):
    from discussions.tests.test_threads import file_hint

    client.force_login(world.users["officer"])
    url = reverse("discussions:thread_create_for", args=["projects", world.amber.pk])
    project = client.get(url)
    assert file_hint(project.content.decode())[0].startswith(
        "A PDF, office document, CSV or image, smaller than 10 MB. Everyone who can read this "
        "discussion can download it: the project's members and the officers, consultants and "
        "partners of its programme."
    )
    client.force_login(world.users["leader"])
    community = client.get(
        reverse("discussions:thread_create_for", args=["communities", world.rowan.pk])
    )
    assert file_hint(community.content.decode())[0] == (
        "A PDF, office document, CSV or image, smaller than 10 MB. Everyone who can read this "
        "discussion can download it: the people of its field trials, the officers, consultants "
        "and partners of their projects and programmes, and those who joined it from outside "
        "while it is open to others."
    )
