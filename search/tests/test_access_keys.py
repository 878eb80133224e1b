"""The access keys written on search's documents say exactly what the apps' rules say: for
every persona of the test world (and a few more: another programme's people, a project
officer, a trial sharing a community, a convenor who does not see their community, an outside
member of a community closed again), and for every kind, the documents the person's keys let
through are the documents of the rows the kind's `visible(user)` allows. rules.py stays the
one source of truth; this test fails when a kind's keys say otherwise."""

import datetime

import pytest
from django.core.management import call_command
from django.utils import timezone

from accounts.models import Role
from accounts.tests.factories import UserFactory
from communities.models import CommunitySpace, JoinRequest
from discussions.tests.factories import PostFactory, ThreadFactory
from evaluation.tests.factories import CaseStudyFactory, LessonFactory
from fieldtrials.models import CommunityOfPractice
from fieldtrials.tests.factories import FieldTrialFactory, FieldTrialMembershipFactory
from fieldtrials.tests.factories_records import MonthlyUpdateFactory
from nextpractice.testing.fixtures import PERSONAS
from programmes.tests.factories import ProgrammeMembershipFactory, ProjectMembershipFactory
from search import registry
from search.models import SearchDocument
from search.selectors import visible_documents


def more_people(w):
    """People the shared world lacks, each holding a different part of the rules."""
    u = w.users

    def person(name):
        u[name] = UserFactory(full_name=f"{name} person")
        return u[name]

    # Another programme's people: Onyx's trial member and its programme's consultant.
    FieldTrialMembershipFactory(
        field_trial=w.onyx_trial, user=person("onyx_member"), role=Role.PRACTITIONER
    )
    ProgrammeMembershipFactory(
        programme=w.onyx_programme, user=person("onyx_consultant"), role=Role.CONSULTANT
    )
    # An officer of Beryl only, and a partner of Quartz the programme.
    ProjectMembershipFactory(project=w.beryl, user=person("beryl_officer"), role=Role.OFFICER)
    ProgrammeMembershipFactory(programme=w.quartz, user=person("quartz_partner"), role="partner")
    # A practitioner of Quill, which shares the Rowan community with Coral.
    FieldTrialMembershipFactory(field_trial=w.quill, user=person("quill_member"))
    # A practitioner of Amber the project (no trial): sees Amber, not its trials.
    ProjectMembershipFactory(
        project=w.amber, user=person("amber_practitioner"), role=Role.PRACTITIONER
    )
    # The convenor of a community of Onyx's trial who belongs to nothing of it, and an
    # outside member of a community no longer open to others.
    sedge = CommunityOfPractice.objects.create(name="Sedge Community", convenor=person("convenor"))
    sedge.field_trials.set([w.onyx_trial])
    CommunitySpace.objects.create(community=sedge, open_to_others=False, text="Sedge learning")
    JoinRequest.objects.create(community=sedge, user=person("closed_out"), status="approved")
    sedge_officers = ThreadFactory(
        field_trial=None, community=sedge, title="Sedge officers", officers_only=True
    )
    PostFactory(thread=sedge_officers, body="Sedge officers' words")
    PostFactory(thread=ThreadFactory(field_trial=None, community=sedge), body="Sedge words")
    # An inactive person, who finds nothing.
    FieldTrialMembershipFactory(field_trial=w.coral, user=person("inactive"))
    u["inactive"].is_active = False
    u["inactive"].save()
    # Records of every subject level.
    LessonFactory(programme=w.quartz, title="Quartz lesson")
    LessonFactory(programme=None, project=w.beryl, title="Beryl lesson")
    LessonFactory(programme=None, field_trial=w.quill, title="Quill lesson")
    CaseStudyFactory(programme=None, project=w.amber, title="Amber study")
    CaseStudyFactory(programme=None, field_trial=w.onyx_trial, title="Onyx study")
    FieldTrialFactory(project=w.onyx_project, title="Second Onyx trial")
    # Monthly updates: Quill's (read by Coral's people through Rowan), Elm's (in Juniper,
    # which the outsider joined from outside: they do not read its trials' updates), Dune's
    # draft (its team's only) and one withdrawn (found by no one).
    MonthlyUpdateFactory(field_trial=w.quill, what_happened="Quill's month")
    MonthlyUpdateFactory(field_trial=w.elm, what_happened="Elm's month")
    MonthlyUpdateFactory(field_trial=w.dune, draft=True, what_happened="Dune's draft")
    withdrawn = MonthlyUpdateFactory(
        field_trial=w.dune, month=datetime.date(2007, 2, 1), what_happened="Dune's withdrawn"
    )
    withdrawn.withdrawn_at, withdrawn.withdrawn_reason = timezone.now(), "a mistake"
    withdrawn.save()
    return sorted(set(u) - {"anonymous"} | set(PERSONAS[1:]))


def allowed_by_rules(searchable, user, docs):
    """The documents of the rows the kind's own rule lets `user` see."""
    seen = set(searchable.visible(user).values_list("pk", flat=True))
    column = "parent_id" if searchable.by_parent else "object_id"
    return {pk for pk, key in docs.values_list("pk", column) if key in seen}


def allowed_by_keys(searchable, user):
    return set(visible_documents(user, [searchable]).values_list("pk", flat=True))


def disagreements(w, people):
    wrong = []
    for name in people:
        user = w.users[name]
        user.refresh_from_db()  # memberships read afresh
        for s in registry.kinds():
            docs = SearchDocument.objects.filter(kind=s.kind)
            by_rules, by_keys = allowed_by_rules(s, user, docs), allowed_by_keys(s, user)
            if by_rules != by_keys:
                titles = dict(docs.values_list("pk", "title"))
                wrong.append(
                    f"{name} / {s.kind}: rules only {[titles[p] for p in by_rules - by_keys]}, "
                    f"keys only {[titles[p] for p in by_keys - by_rules]}"
                )
    return wrong


@pytest.mark.parametrize("indexed", ["as saved", "reindexed"])
def test_every_kind_s_keys_let_every_persona_see_what_its_rule_does(world, indexed):
    people = more_people(world)
    if indexed == "reindexed":
        call_command("reindex_search", verbosity=0)
    assert disagreements(world, people) == []


def test_the_world_gives_every_kind_documents_some_may_see_and_some_may_not(world):
    """So that the test above compares something for every kind."""
    people = more_people(world)
    for s in registry.kinds():
        docs = SearchDocument.objects.filter(kind=s.kind)
        assert docs.exists(), s.kind
        seen = [allowed_by_keys(s, world.users[name]) for name in people]
        assert any(seen), s.kind
        if s.kind != "organisations":  # the public directory: everyone signed in
            assert any(set(docs.values_list("pk", flat=True)) - found for found in seen), s.kind


def test_trials_joining_a_community_re_key_its_page_and_posts(world, client):
    """A save that changes what keys are computed from re-keys the documents: Dune joins
    Juniper, and Dune's practitioner finds Juniper's page and posts, then no longer when it
    leaves (from the trial's side)."""
    dune_leader = UserFactory()
    FieldTrialMembershipFactory(field_trial=world.dune, user=dune_leader)
    juniper = world.juniper
    post = PostFactory(
        thread=ThreadFactory(field_trial=None, community=juniper), body="Juniper words"
    )
    searchables = [registry.kind("community-pages"), registry.kind("posts")]

    def found():
        dune_leader.refresh_from_db()
        return set(visible_documents(dune_leader, searchables).values_list("object_id", "kind"))

    assert found() == set()
    juniper.field_trials.add(world.dune)
    assert found() == {(juniper.space.pk, "community-pages"), (post.pk, "posts")}
    world.dune.communities.remove(juniper)
    assert found() == set()
    world.dune.communities.add(juniper)
    world.dune.communities.clear()
    assert found() == set()


def test_a_new_membership_re_keys_the_person(world):
    """Who may find a person follows their memberships: joining Onyx's trial makes them
    findable by Onyx's people, and leaving it, no longer."""
    onyx_member, newcomer = UserFactory(), UserFactory(full_name="Newcomer")
    FieldTrialMembershipFactory(field_trial=world.onyx_trial, user=onyx_member)
    people = [registry.kind("people")]

    def found():
        onyx_member.refresh_from_db()
        return set(visible_documents(onyx_member, people).values_list("object_id", flat=True))

    assert newcomer.pk not in found()
    membership = FieldTrialMembershipFactory(field_trial=world.onyx_trial, user=newcomer)
    assert newcomer.pk in found()
    membership.delete()
    assert newcomer.pk not in found()


def test_a_thread_made_for_officers_only_re_keys_its_posts(world):
    leader = world.users["leader"]
    thread = world.kestrel_thread
    posts = [registry.kind("posts")]

    def found():
        leader.refresh_from_db()
        return set(visible_documents(leader, posts).values_list("parent_id", flat=True))

    assert thread.pk in found()
    thread.officers_only = True
    thread.save(update_fields=["officers_only"])
    assert thread.pk not in found()
