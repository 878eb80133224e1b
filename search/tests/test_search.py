"""Search finds, among what a person may see, what matches; and never anything else, not
as a result, a count, or a highlighted fragment."""

import datetime
import re

import pytest
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from discussions.tests.factories import PostFactory, ThreadFactory
from evaluation.models import Lesson, Tag
from evaluation.tests.factories import CaseStudyFactory, LessonFactory
from fieldtrials.tests.factories_records import MonthlyUpdateFactory
from nextpractice.records.kinds import record_kinds
from nextpractice.records.services import withdraw_record
from programmes.tests.factories import ProjectFactory
from search.models import SearchDocument

CANARY = "Zanzibarcanary"


def search(client, user, **params):
    client.force_login(user)
    response = client.get(reverse("search:search"), params)
    assert response.status_code == 200
    return response.content.decode()


@pytest.fixture
def planted(world):
    """The canary word in Onyx's programme (which only the administrator sees), in every
    kind that can hold it: a lesson, a case study, a post, a project and a monthly update."""
    lesson = LessonFactory(programme=world.onyx_programme, title=f"{CANARY} lesson")
    CaseStudyFactory(field_trial=world.onyx_trial, programme=None, summary=f"A {CANARY}.")
    thread = ThreadFactory(field_trial=world.onyx_trial, title="Onyx talk")
    PostFactory(thread=thread, body=f"The {CANARY} said so.")
    ProjectFactory(programme=world.onyx_programme, title="Second Onyx", narrative=CANARY)
    MonthlyUpdateFactory(
        field_trial=world.onyx_trial,
        month=datetime.date(2007, 2, 1),
        what_happened=f"The {CANARY} sang.",
        in_the_way="Nothing said so.",
    )
    return lesson


@pytest.mark.parametrize("persona", ["officer", "consultant", "leader", "partner", "outsider"])
def test_a_canary_word_in_another_programme_is_found_by_no_one_outside_it(
    client, world, planted, persona
):
    for params in ({"q": CANARY}, {"q": CANARY.lower(), "kind": "lessons"}, {"q": "said so"}):
        body = search(client, world.users[persona], **params)
        assert "No results" in body
        assert CANARY.lower() not in body.lower().replace(params["q"].lower(), "")
        assert "<mark>" not in body


def test_the_administrator_finds_the_canary_everywhere_it_was_planted(client, world, planted):
    body = search(client, world.users["admin"], q=CANARY)
    assert "5 results" in body
    groups = ("Projects", "Lessons", "Case studies", "Discussion posts", "Monthly updates")
    for group in groups:
        assert f"{group} (1)" in body
    assert f"<mark>{CANARY}</mark>" in body


def test_a_partner_finds_the_lessons_of_their_project_and_not_of_another(client, world):
    LessonFactory(programme=None, project=world.amber, title="Amber wordfind lesson")
    LessonFactory(programme=None, field_trial=world.elm, title="Elm wordfind lesson")
    body = search(client, world.users["partner"], q="wordfind")
    assert "Amber <mark>wordfind</mark> lesson" in body
    assert "Elm" not in body
    assert "1 result " in body and "Lessons (1)" in body


def test_a_school_leader_finds_their_trial_s_posts_and_not_another_trial_s(client, world):
    ours = ThreadFactory(field_trial=world.coral, title="Coral chat")
    theirs = ThreadFactory(field_trial=world.dune, title="Dune chat")
    PostFactory(thread=ours, body="Our homework club starts monday")
    PostFactory(thread=theirs, body="Their homework club secret")
    body = search(client, world.users["leader"], q="homework")
    assert "Coral chat" in body
    assert "Dune" not in body and "secret" not in body
    assert "Discussion posts (1)" in body
    assert re.search(r"Post · Posted \d{1,2} \w+ \d{4}", body)


def test_a_withdrawn_lesson_is_not_found(client, world):
    lesson = LessonFactory(programme=world.quartz, title="Withdrawable breakfast lesson")
    assert "breakfast" in search(client, world.users["officer"], q="breakfast")
    withdraw_record(
        kind=record_kinds()[("evaluation", "lesson")],
        record=lesson,
        actor=world.users["officer"],
        reason="a duplicate",
    )
    assert not SearchDocument.objects.filter(kind="lessons", object_id=lesson.pk).exists()
    assert "No results" in search(client, world.users["officer"], q="breakfast")


def test_a_changed_title_is_found_by_its_new_words(client, world):
    lesson = LessonFactory(programme=world.quartz, title="Old words")
    lesson.title = "Fresh phrasing"
    lesson.save()
    officer = world.users["officer"]
    assert "No results" in search(client, officer, q="Old words")
    assert "<mark>Fresh</mark>" in search(client, officer, q="fresh")


def test_highlighting_escapes_what_people_typed(client, world):
    LessonFactory(
        programme=world.quartz,
        title='<script>alert("x")</script> Reading <b>recovery</b>',
        text="Pupils' <img src=x onerror=alert(1)> reading \ue000rose\ue001 sharply.",
    )
    body = search(client, world.users["officer"], q="reading")
    assert "<script>alert" not in body and "<img src=x" not in body and "<b>recovery" not in body
    assert "&lt;script&gt;" in body
    assert "&lt;img src=x onerror=alert(1)&gt;" in body
    assert "<mark>Reading</mark>" in body
    # The private markers a text might carry are dropped, never turned into a highlight.
    assert "<mark>rose</mark>" not in body


def test_filters_narrow_by_programme_project_policy_area_theme_kind_and_date(client, world):
    officer = world.users["officer"]
    world.beryl.policy_area = "Attendance"
    world.beryl.save()
    literacy = Tag.objects.create(name="literacy")
    on_amber = LessonFactory(programme=None, project=world.amber, title="Filterword amber")
    on_amber.themes.set([literacy])
    LessonFactory(programme=None, project=world.beryl, title="Filterword beryl")
    old = LessonFactory(programme=world.quartz, title="Filterword quartz")
    Lesson.objects.filter(pk=old.pk).update(created_at=timezone.now() - datetime.timedelta(400))
    call_command("reindex_search", kind=["lessons"], verbosity=0)
    CaseStudyFactory(programme=world.quartz, title="Filterword study")

    def titles(**params):
        body = search(client, officer, q="filterword", **params)
        return {
            t for t in ("amber", "beryl", "quartz", "study") if f"Filterword</mark> {t}" in body
        }

    assert titles() == {"amber", "beryl", "quartz", "study"}
    assert titles(kind="lessons") == {"amber", "beryl", "quartz"}
    assert titles(programme=world.quartz.pk, project=world.amber.pk) == {"amber"}
    assert titles(policy_area="Attendance") == {"beryl"}
    assert titles(theme=literacy.pk) == {"amber"}
    assert titles(since="year") == {"amber", "beryl", "study"}
    # A programme the officer may not see is not a choice: the filter is dropped, and
    # nothing of that programme is found either way.
    assert titles(programme=world.onyx_programme.pk) == {"amber", "beryl", "quartz", "study"}


def test_the_theme_filter_names_only_themes_of_lessons_the_person_may_read(client, world):
    LessonFactory(programme=world.onyx_programme, title="Hidden").themes.set(
        [Tag.objects.create(name="Secretive theme")]
    )
    LessonFactory(programme=world.quartz, title="Seen").themes.set(
        [Tag.objects.create(name="Open theme")]
    )
    body = search(client, world.users["officer"], q="anything")
    assert "Open theme" in body and "Secretive theme" not in body


def test_one_kind_is_paged(client, world):
    for n in range(25):
        LessonFactory(programme=world.quartz, title=f"Pageword {n}")
    officer = world.users["officer"]
    first = search(client, officer, q="pageword", kind="lessons")
    second = search(client, officer, q="pageword", kind="lessons", page=2)
    assert first.count('class="np-search-result"') == 20
    assert second.count('class="np-search-result"') == 5
    assert "Page 2 of 2" in second
    overview = search(client, officer, q="pageword")
    assert overview.count('class="np-search-result"') == 5
    assert "All 25 lessons" in overview


def test_people_are_found_only_where_a_picker_would_offer_them(client, world):
    from accounts.tests.factories import UserFactory
    from fieldtrials.tests.factories import FieldTrialMembershipFactory

    onyx_member = UserFactory(full_name="Ottoline Onyxmember")
    FieldTrialMembershipFactory(field_trial=world.onyx_trial, user=onyx_member)
    quartz_member = UserFactory(full_name="Ottoline Quartzmember")
    FieldTrialMembershipFactory(field_trial=world.dune, user=quartz_member)
    body = search(client, world.users["leader"], q="Ottoline")
    assert "Quartzmember" in body and "Onyxmember" not in body
    assert "No results" in search(client, world.users["outsider"], q="Ottoline")


def test_the_knowledge_base_lists_lessons_and_case_studies_newest_first_without_words(
    client, world
):
    client.force_login(world.users["officer"])
    LessonFactory(programme=world.quartz, title="Browsable lesson")
    ThreadFactory(field_trial=world.coral, title="Not in the knowledge base")
    body = client.get(reverse("search:knowledge_base")).content.decode()
    assert "Browsable lesson" in body
    assert "Lessons (" in body
    assert "Not in the knowledge base" not in body and "Discussion posts" not in body


def test_results_show_an_excerpt_of_a_long_text_with_or_without_words(client, world):
    client.force_login(world.users["officer"])
    text = "Excerptword opens it. " + "Middle words go on. " * 40 + "Tailword closes it."
    LessonFactory(programme=world.quartz, title="Long lesson", text=text)
    for body in (
        client.get(reverse("search:knowledge_base")).content.decode(),
        search(client, world.users["officer"], q="excerptword"),
    ):
        assert "Long lesson" in body and "Excerptword" in body
        assert "Tailword" not in body


def test_a_community_page_is_found_by_who_sees_the_community(client, world):
    from communities.tests.factories import CommunitySpaceFactory
    from fieldtrials.models import CommunityOfPractice

    community = CommunityOfPractice.objects.create(name="Coral circle")
    community.field_trials.add(world.coral)
    space = CommunitySpaceFactory(community=community, text="")
    assert "No results" in search(client, world.users["leader"], q="Coral circle")
    space.text = "We learned that peer review works."
    space.save()
    body = search(client, world.users["leader"], q="peer review")
    assert "Coral circle: what we are learning" in body and "Community pages (1)" in body
    assert "No results" in search(client, world.users["outsider"], q="peer review")


def test_reindex_finds_rows_written_without_signals(client, world):
    Lesson.objects.bulk_create([Lesson(programme=world.quartz, title="Bulkword", text="x")])
    assert "No results" in search(client, world.users["officer"], q="bulkword")
    call_command("reindex_search", verbosity=0)
    assert "<mark>Bulkword</mark>" in search(client, world.users["officer"], q="bulkword")


def _queries(client, user, url, params):
    client.force_login(user)
    client.get(url, params)  # sessions and caches warmed
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url, params).status_code == 200
    return len(queries)


@pytest.mark.parametrize("persona", ["officer", "leader"])
def test_the_query_count_does_not_grow_with_the_data(
    client, world, persona, django_assert_num_queries
):
    user = world.users[persona]
    url = reverse("search:search")
    params = {"q": "growth"}

    months = iter(range(1, 1000))

    def add(n):
        for i in range(n):
            LessonFactory(programme=world.quartz, title=f"Growth lesson {i}")
            PostFactory(thread=ThreadFactory(field_trial=world.coral), body=f"growth {i}")
            CaseStudyFactory(programme=world.quartz, title=f"Growth study {i}")
            month = next(months)  # after January 2007, the world's own update
            MonthlyUpdateFactory(
                field_trial=world.coral,
                month=datetime.date(2007 + month // 12, month % 12 + 1, 1),
                what_happened=f"Growth {i}",
            )

    add(1)
    small = _queries(client, user, url, params)
    add(20)
    client.get(url, params)
    with django_assert_num_queries(small):
        client.get(url, params)
    kb = reverse("search:knowledge_base")
    small_kb = _queries(client, user, kb, {})
    add(5)
    client.get(kb)
    with django_assert_num_queries(small_kb):
        client.get(kb)


@pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL full-text search")
def test_postgresql_stems_words_and_ranks_titles_first(client, world):
    LessonFactory(programme=world.quartz, title="Running field trials well", text="Plain.")
    LessonFactory(programme=world.quartz, title="Another lesson", text="About our trials.")
    body = search(client, world.users["officer"], q="trialling", kind="lessons")
    assert "2 results" in body
    assert body.index("Running field") < body.index("Another lesson")
    assert "<mark>trials</mark>" in body
    # websearch syntax: a word left out with a minus.
    only = search(client, world.users["officer"], q="trials -running", kind="lessons")
    assert "1 result " in only and "Running field" not in only


def test_organisations_written_in_bulk_by_an_import_are_found(client, world):
    from accounts.models import Organisation
    from search.indexing import index_many

    made = Organisation.objects.bulk_create(
        [Organisation(name="Bulkington Primary", kind="school")]
    )
    assert "No results" in search(client, world.users["leader"], q="Bulkington")
    index_many(Organisation, [o.pk for o in made])
    assert "<mark>Bulkington</mark> Primary" in search(
        client, world.users["leader"], q="Bulkington"
    )


def test_a_lesson_found_by_search_links_to_the_lessons_on_its_page(client, world):
    LessonFactory(programme=None, field_trial=world.coral, title="Quietword lesson")
    client.force_login(world.users["leader"])
    body = client.get(reverse("search:search"), {"q": "Quietword"}).content.decode()
    page_url = reverse("evaluation:field_trial_evaluation", args=[world.coral.pk])
    assert f'href="{page_url}#lessons"' in body


def test_a_date_filter_leaves_out_what_has_no_date_of_its_own(client, world):
    """ "In the past week" found every organisation, person and toolkit tool (157 results
    for "school", 2 of them added that week): their documents carry the day they were
    indexed, which is no date of theirs. A date filter leaves those kinds out."""
    from accounts.tests.factories import OrganisationFactory

    OrganisationFactory(name="Datelessword Academy")
    LessonFactory(programme=world.quartz, title="Datelessword lesson")
    officer = world.users["officer"]
    anytime = search(client, officer, q="datelessword")
    assert "Datelessword</mark> Academy" in anytime and "Datelessword</mark> lesson" in anytime
    this_week = search(client, officer, q="datelessword", since="week")
    assert "Datelessword</mark> lesson" in this_week
    assert "Datelessword</mark> Academy" not in this_week
    assert "have no date" in this_week  # the page says why they are not among the results


def test_a_word_left_out_and_part_of_a_word_read_alike_on_both_databases(client, world):
    """The hint under the box ("Whole words; …; -word leaves it out") holds on SQLite, as
    `make run` has it, as on PostgreSQL: "school -primary" found nothing there, "artner"
    found partners, and "OR" alone found everything."""
    LessonFactory(programme=world.quartz, title="Leftword primary schools")
    LessonFactory(programme=world.quartz, title="Leftword secondary schools")
    officer = world.users["officer"]
    body = search(client, officer, q="leftword -primary", kind="lessons")
    assert "secondary schools" in body and "primary schools" not in body.replace("secondary", "")
    assert "No results" in search(client, officer, q="eftword")
    assert "No results" in search(client, officer, q="OR")
