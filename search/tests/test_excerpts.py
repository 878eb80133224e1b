"""An excerpt reads as sentences: the fields a document adds to its text (a lesson's themes,
a stimulus's country, a project's policy area, an option's proposer) are labelled, end with
a full stop and are still found by their words; where it is cut, "…" says so; Markdown's
marks and a trial's summary repeated by its plan are left out."""

import re

import pytest
from django.db import connection
from django.urls import reverse

from evaluation.models import Tag
from evaluation.tests.factories import LessonFactory
from programmes.models import CreativeOption, Stimulus
from search.models import SearchDocument
from search.registry import sentences


def body_of(kind, obj):
    return SearchDocument.objects.get(kind=kind, object_id=obj.pk).body


def found(client, user, words, kind):
    client.force_login(user)
    response = client.get(reverse("search:search"), {"q": words, "kind": kind})
    return response.content.decode()


def test_a_lesson_s_themes_follow_its_text_as_a_labelled_sentence(client, world):
    lesson = LessonFactory(programme=world.quartz, text="Leaders met at four meetings")
    lesson.themes.set(
        [Tag.objects.create(name="leadership"), Tag.objects.create(name="partnership")]
    )
    assert body_of("lessons", lesson) == (
        "Leaders met at four meetings.\nThemes: leadership, partnership."
    )
    assert "Themes: " in found(client, world.users["officer"], "partnership", "lessons")


def test_a_stimulus_s_country_and_a_project_s_policy_area_are_labelled(client, world):
    stimulus = Stimulus.objects.create(
        title="Harbour schools",
        sector="healthcare",
        country="UK",
        summary="A clinic in every school.",
        provocation="What could a cluster do better than the school can?",
    )
    assert body_of("stimuli", stimulus) == (
        "A clinic in every school.\nWhat could a cluster do better than the school can?\n"
        "Country: UK."
    )
    world.amber.policy_area = "School leadership beyond a single institution"
    world.amber.narrative = "In England heads lead more than one school"
    world.amber.save()
    assert body_of("projects", world.amber) == (
        "In England heads lead more than one school.\n"
        "Policy area: School leadership beyond a single institution."
    )
    officer = world.users["officer"]
    # (PostgreSQL's excerpt ends at the last word.)
    assert "Country: <mark>UK</mark>" in found(client, officer, "UK", "stimuli")
    assert "Harbour schools" in found(client, officer, "UK", "stimuli")
    assert world.amber.title in found(client, officer, "institution", "projects")


def test_an_option_s_proposer_is_labelled(world):
    option = CreativeOption.objects.create(
        project=world.amber,
        title="Shared bursar",
        description="One bursar for five schools!",
        proposed_by="Analysis of need and scan of the horizon",
    )
    assert body_of("options", option) == (
        "One bursar for five schools!\nProposed by: Analysis of need and scan of the horizon."
    )


def test_a_community_page_s_words_have_no_space_before_punctuation(world):
    from communities.tests.factories import CommunitySpaceFactory
    from fieldtrials.models import CommunityOfPractice

    community = CommunityOfPractice.objects.create(name="Coral circle")
    community.field_trials.add(world.coral)
    space = CommunitySpaceFactory(
        community=community, text="We held **four meetings**; then _two_, (and *one*)."
    )
    assert body_of("community-pages", space) == "We held four meetings; then two, (and one)."


def test_sentences_leave_out_empty_parts_and_keep_the_text_s_own_ending():
    assert sentences("Done!", ("Themes", ""), "") == "Done!"
    assert sentences("Is it?", "Yes") == "Is it?\nYes"
    assert sentences("He said “go.”", ("Country", " UK ")) == "He said “go.”\nCountry: UK."
    assert sentences("", ("Proposed by", "Heads")) == "Proposed by: Heads."


def test_a_plain_excerpt_starts_and_ends_on_whole_words():
    from search.highlight import excerpt

    words = [f"word{n:03}" for n in range(200)]
    text = " ".join(words[:100] + ["timetable"] + words[100:])
    cut = excerpt(text, ["timetable"])
    assert cut.startswith("…word") and cut.endswith("…") and "timetable" in cut
    inner = cut.strip("…").split(" ")
    assert all(w in words or w == "timetable" for w in inner), inner
    # Short texts and texts with nothing found are whole or start at the start.
    assert excerpt("A short text.", ["short"]) == "A short text."
    assert excerpt(text, ["absent"]).startswith("word000 ")


postgresql_only = pytest.mark.skipif(connection.vendor != "postgresql", reason="ts_headline")


def page(client, user, **params):
    client.force_login(user)
    return client.get(reverse("search:search"), params).content.decode()


def excerpts(body):
    return re.findall(r'np-search-result__excerpt">(.*?)</p>', body, re.S)


@postgresql_only
def test_an_excerpt_says_with_an_ellipsis_where_the_text_goes_on(client, world):
    filler = " ".join(f"Sentence {n} goes on about timetables." for n in range(60))
    LessonFactory(programme=world.quartz, title="Cut middle", text=f"{filler} Cutword. {filler}")
    LessonFactory(programme=world.quartz, title="Cut start", text=f"Cutword opens. {filler}")
    LessonFactory(programme=world.quartz, title="Cut end", text=f"{filler} It ends in cutword")
    LessonFactory(programme=world.quartz, title="Cut none", text="A short cutword text.")
    body = page(client, world.users["officer"], q="cutword", kind="lessons")
    by_title = dict(
        zip(
            re.findall(r'<a class="govuk-link" href="[^"]*">Cut (\w+)</a>', body),
            excerpts(body),
            strict=True,
        )
    )
    assert by_title["middle"].startswith("…") and by_title["middle"].endswith("…")
    assert by_title["start"].startswith("<mark>Cutword</mark> opens")  # no "…"
    assert by_title["start"].endswith("…")
    assert by_title["end"].startswith("…") and by_title["end"].endswith("<mark>cutword</mark>")
    assert by_title["none"] == "A short <mark>cutword</mark> text."


@postgresql_only
def test_an_excerpt_of_two_fragments_has_an_ellipsis_between_them(client, world):
    filler = " ".join(f"Sentence {n} goes on about timetables." for n in range(60))
    LessonFactory(
        programme=world.quartz, title="Two", text=f"{filler} Twoword. {filler} Twoword. {filler}"
    )
    (excerpt,) = excerpts(page(client, world.users["officer"], q="twoword", kind="lessons"))
    assert excerpt.count("<mark>Twoword</mark>") == 2
    assert excerpt.startswith("…") and excerpt.endswith("…") and excerpt.count("…") == 3
    assert "..." not in excerpt


@postgresql_only
def test_the_stop_words_an_excerpt_is_trimmed_of_are_postgresql_s(db):
    from search.highlight import STOP_WORDS
    from search.indexing import CONFIG

    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT w FROM unnest(%s::text[]) w WHERE to_tsvector(%s::regconfig, w) <> ''",
            [sorted(STOP_WORDS | {"timetable"}), CONFIG],
        )
        assert [w for (w,) in cursor.fetchall()] == ["timetable"]


def test_an_excerpt_not_cut_gets_back_what_ts_headline_trims_at_its_ends():
    from search.highlight import START, STOP, cut_marked

    whole = "A short cutword text, of it."
    marked = f"short {START}cutword{STOP} text"
    assert cut_marked(marked, whole, whole) == f"A short {START}cutword{STOP} text, of it."
    long = "Opening words of a long body. " + "Middle timetable words. " * 30 + "The closing."
    assert cut_marked("timetable words", long[:120], long[-120:]) == "…timetable words…"


def test_a_document_s_body_has_no_markdown_marks(client, world):
    lesson = LessonFactory(
        programme=world.quartz,
        text="## What we found\n\n- **Four meetings** agreed it\n* a _single_ group\n"
        "> quoted from the post\n\nSnake_case_words and 5 * 3 stay.",
    )
    assert body_of("lessons", lesson) == (
        "What we found\n\nFour meetings agreed it.\na single group.\nquoted from the post\n\n"
        "Snake_case_words and 5 * 3 stay."
    )
    body = page(client, world.users["officer"], q="meetings", kind="lessons")
    (excerpt,) = excerpts(body)
    assert "**" not in excerpt and "- " not in excerpt and "##" not in excerpt


def test_a_trial_s_summary_is_not_said_twice_when_its_plan_starts_with_it(world):
    from fieldtrials.tests.factories import FieldTrialFactory

    trial = FieldTrialFactory(
        project=world.amber,
        summary="Create a small Governance Group.",
        plan="Create a small  Governance Group.\n\nThe steps we agreed with our consultant:\n"
        "- Change Leadership Model diagnostic completed, by March 2026\n"
        "- Plan agreed, by April 2026",
    )
    assert body_of("field-trials", trial) == (
        "Create a small  Governance Group.\n\nThe steps we agreed with our consultant:\n"
        "Change Leadership Model diagnostic completed, by March 2026.\n"
        "Plan agreed, by April 2026."
    )
    other = FieldTrialFactory(project=world.amber, summary="Short summary", plan="Another plan")
    assert body_of("field-trials", other) == "Short summary.\nAnother plan"


def test_a_person_s_organisation_is_not_repeated_after_a_title_that_names_it(world):
    from accounts.tests.factories import OrganisationFactory, UserFactory

    org = OrganisationFactory(name="Stevenage 14-19 Partnership")
    chair = UserFactory(job_title="Chair of governors, Stevenage 14-19 Partnership")
    chair.organisation = org
    chair.save()
    head = UserFactory(job_title="Head teacher")
    head.organisation = org
    head.save()
    assert body_of("people", chair) == "Chair of governors, Stevenage 14-19 Partnership"
    assert body_of("people", head) == "Head teacher, Stevenage 14-19 Partnership"


def test_what_ts_headline_kept_at_an_excerpt_s_ends_is_not_put_back_twice():
    from search.highlight import START, STOP, cut_marked

    whole = "What happened: the governing body met. It is what we did."
    kept = f"What happened: the {START}governing{STOP} body met. It is what we did"
    assert cut_marked(kept, whole, whole) == f"{kept}."
    partly = f"happened: the {START}governing{STOP} body met. It is what we"
    assert cut_marked(partly, whole, whole) == f"What {partly} did."
