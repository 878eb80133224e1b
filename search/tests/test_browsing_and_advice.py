"""What testers found reading the search page and the knowledge base: the groups' order,
advice when only common words or only punctuation are typed, a project given without its
programme, the date's hint, page numbers past the end, and the way to the filters."""

import datetime
import re

import pytest
from django.core.management import call_command
from django.db import connection
from django.urls import reverse
from django.utils import timezone

from evaluation.tests.factories import LessonFactory
from nextpractice.tests.notices import title_of
from programmes.models import Stimulus

postgresql_only = pytest.mark.skipif(
    connection.vendor != "postgresql", reason="PostgreSQL's stop words"
)


def page(client, user, name="search:search", **params):
    client.force_login(user)
    response = client.get(reverse(name), params)
    assert response.status_code == 200
    return response.content.decode()


def groups(body):
    return re.findall(r'<h2 class="govuk-heading-m" id="search-group-([\w-]+)">', body)


def no_results(body):
    return re.search(r"No results</h2>\s*<p[^>]*>(.*?)</p>", body, re.S).group(1)


# The knowledge base says "newest first".


def test_browsing_the_knowledge_base_puts_the_kind_with_the_newest_first(client, world):
    """Last winter's stimulus came before this week's lesson: stimuli come first in the
    registry's order. Without words, each kind comes by its newest; with words, as before."""
    old = Stimulus.objects.create(title="Groupword harbour", summary="A clinic in every school.")
    Stimulus.objects.filter(pk=old.pk).update(created_at=timezone.now() - datetime.timedelta(300))
    call_command("reindex_search", kind=["stimuli"], verbosity=0)
    LessonFactory(programme=world.quartz, title="Groupword lesson")
    officer = world.users["officer"]
    browsed = page(client, officer, "search:knowledge_base")
    assert groups(browsed).index("lessons") < groups(browsed).index("stimuli")
    assert groups(browsed)[-1] == "stimuli"  # the oldest
    nav = re.search(r'<nav aria-label="Results by kind">(.*?)</nav>', browsed, re.S).group(1)
    assert nav.index("Lessons") < nav.index("Stimuli")
    typed = page(client, officer, "search:knowledge_base", q="groupword")
    assert groups(typed) == ["stimuli", "lessons"]


# Only common words, or only punctuation.


@postgresql_only
@pytest.mark.parametrize("words", ["the", "a", "not", "and the"])
def test_only_common_words_are_said_to_be_too_common_not_misspelt(client, world, words):
    LessonFactory(programme=world.quartz, title="The lesson and the rest")
    said = no_results(page(client, world.users["officer"], q=words))
    assert said == f"‘{words}’ is too common to search for on its own: add a more specific word."


@pytest.mark.parametrize("words", ["!!!", "- , ;", '"'])
def test_only_punctuation_asks_for_a_word(client, world, words):
    body = page(client, world.users["officer"], q=words)
    assert no_results(body) == "Type a word to search for."
    assert "spelling" not in body


def test_a_word_that_matches_nothing_still_suggests_the_spelling(client, world):
    said = no_results(page(client, world.users["officer"], q="the zzqxnothing"))
    assert said == "Nothing you can see matches ‘the zzqxnothing’. Check the spelling or use " + (
        "fewer words."
    )


# A project given without its programme.


def selected(body, name):
    select = re.search(rf'<select [^>]*name="{name}">(.*?)</select>', body, re.S)
    assert select, f"no {name} menu"
    return re.findall(r'<option value="[^"]*" selected>([^<]*)</option>', select.group(1))


def test_a_project_given_without_its_programme_is_taken_with_it(client, world):
    LessonFactory(programme=None, project=world.amber, title="Projword amber")
    LessonFactory(programme=None, project=world.beryl, title="Projword beryl")
    body = page(client, world.users["officer"], q="projword", project=world.amber.pk)
    assert "not one you can filter by" not in body
    assert selected(body, "programme") == [world.quartz.name]
    assert selected(body, "project") == [world.amber.title]
    assert "Projword</mark> amber" in body and "beryl" not in body
    # Without words too: the project alone is a search.
    alone = page(client, world.users["officer"], project=world.amber.pk)
    assert "Projword amber" in alone and "Projword beryl" not in alone


def test_a_project_the_person_may_not_see_is_still_not_offered(client, world):
    body = page(client, world.users["officer"], q="anything", project=world.onyx_project.pk)
    assert "That project is not one you can filter by; showing every project." in body
    assert selected(body, "programme") == ["Any programme"]


def test_the_programme_says_how_to_filter_by_a_project_until_one_is_chosen(client, world):
    hint = "Choose a programme, then Apply filters, to filter by one of its projects."
    body = page(client, world.users["officer"], q="anything")
    assert f'<div class="govuk-hint" id="id_programme-hint">{hint}</div>' in body
    assert 'aria-describedby="id_programme-hint"' in body
    chosen = page(client, world.users["officer"], q="anything", programme=world.quartz.pk)
    assert hint not in chosen and 'name="project"' in chosen


# The date's hint.


def test_the_date_s_hint_fits_what_the_page_holds(client, world):
    officer = world.users["officer"]
    knowledge = page(client, officer, "search:knowledge_base")
    hint = '<div class="govuk-hint" id="id_since-hint">When it was added or last changed.</div>'
    assert hint in knowledge
    everything = page(client, officer, q="anything")
    assert (
        '<div class="govuk-hint" id="id_since-hint">When it was added or last changed. '
        "Organisations, people and tools have no date, so a date leaves them out.</div>"
    ) in everything


# Page numbers past the end, and the page in the title.


def test_any_page_number_past_the_end_shows_the_last_page(client, world):
    for n in range(25):
        LessonFactory(programme=world.quartz, title=f"Pageword {n}")
    officer = world.users["officer"]
    for asked in ("9", "999", "99999999999", "9" * 5000):
        body = page(client, officer, q="pageword", kind="lessons", page=asked)
        assert "Page 2 of 2" in body, asked
        assert body.count('class="np-search-result"') == 5
    assert title_of(page(client, officer, q="pageword", kind="lessons", page=2)) == (
        "Search: pageword among lessons (25 results, page 2 of 2) – Next Practice"
    )
    assert title_of(page(client, officer, q="pageword", kind="lessons")) == (
        "Search: pageword among lessons (25 results, page 1 of 2) – Next Practice"
    )
    assert title_of(page(client, officer, q="pageword")) == "Search: pageword – Next Practice"


def test_a_page_number_reads_leading_zeros_and_long_numbers():
    from accounts.search import PAGE_MAX, page_number

    assert page_number("000002") == 2
    assert page_number("99999999999") == page_number("9" * 5000) == PAGE_MAX
    assert [page_number(t) for t in ("0", "-3", "²", "", None, "00000000")] == [1] * 6


# The way to the filters.


def test_filter_the_results_moves_focus_to_the_filters_heading(client, world):
    LessonFactory(programme=world.quartz, title="Focusword lesson")
    body = page(client, world.users["officer"], q="focusword")
    assert 'href="#search-filters">Filter the results</a>' in body
    assert '<h2 class="govuk-heading-m" id="search-filters" tabindex="-1">' in body
