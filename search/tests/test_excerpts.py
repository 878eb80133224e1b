"""An excerpt reads as sentences: the fields a document adds to its text (a lesson's themes,
a stimulus's country, a project's policy area, an option's proposer) are labelled, end with
a full stop and are still found by their words."""

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
