"""What the search page and the knowledge base say around the results: advice that fits what
was asked when nothing matches, the way back from one kind to every kind, a filter's value
that is not offered, and the results before the filters."""

import re

import pytest
from django.urls import reverse

from evaluation.models import Tag
from evaluation.tests.factories import LessonFactory
from nextpractice.tests.notices import not_offered_notice, shows_an_error, title_of
from programmes.models import CreativeOption


def page(client, user, name="search:search", **params):
    client.force_login(user)
    response = client.get(reverse(name), params)
    assert response.status_code == 200
    return response.content.decode()


def no_results(body):
    """The words under "No results"."""
    return re.search(r"No results</h2>\s*<p[^>]*>(.*?)</p>", body, re.S).group(1)


def test_with_no_words_typed_nothing_matching_does_not_suggest_the_spelling(client, world):
    theme = Tag.objects.create(name="Lessons only")  # offered: a lesson the officer reads has it
    LessonFactory(programme=world.quartz).themes.set([theme])
    body = page(
        client, world.users["officer"], "search:knowledge_base", kind="case-studies", theme=theme.pk
    )
    said = no_results(body)
    assert "spelling" not in said and "fewer words" not in said
    assert said == "Nothing you can see matches these filters among case studies. " + (
        "Remove a filter to see more."
    )


def test_with_words_and_no_filter_nothing_matching_does_not_suggest_removing_one(client, world):
    said = no_results(page(client, world.users["officer"], q="nothingmatcheshere"))
    assert said == "Nothing you can see matches ‘nothingmatcheshere’. " + (
        "Check the spelling or use fewer words."
    )
    filtered = no_results(
        page(client, world.users["officer"], q="nothingmatcheshere", since="week")
    )
    assert filtered.endswith("Check the spelling, use fewer words, or remove a filter.")


def test_one_kind_s_page_links_to_every_kind_s_results_with_the_other_filters(client, world):
    CreativeOption.objects.create(
        project=world.amber, title="Leadership option", description="Shared heads."
    )
    LessonFactory(programme=world.quartz, title="Leadership lesson")
    body = page(
        client, world.users["officer"], q="leadership", kind="options", since="year", page=1
    )
    link = re.search(r'<a class="govuk-link" href="([^"]*)">All results for ‘leadership’</a>', body)
    assert link, "no way back to every kind"
    assert link.group(1) == reverse("search:search") + "?q=leadership&amp;since=year"
    every = page(client, world.users["officer"], q="leadership", since="year")
    assert "All results for" not in every
    assert "Creative options (1)" in every and "Lessons (1)" in every


def test_a_theme_not_offered_is_said_to_be_left_out_without_its_name(client, world):
    hidden = Tag.objects.create(name="Secretive theme")
    LessonFactory(programme=world.onyx_programme, title="Hidden").themes.set([hidden])
    LessonFactory(programme=world.quartz, title="Seen lesson")
    client.force_login(world.users["officer"])
    response = client.get(reverse("search:knowledge_base"), {"theme": hidden.pk})
    message = "That theme is not one you can filter by; showing every theme."
    # A calm notice (a kept link is no mistake: no error style, no "Error:" in the title),
    # once, above the results (below which the filters come on a narrow screen).
    body = not_offered_notice(response, message)
    assert body.count(message) == 1
    assert "<title>Knowledge base – Next Practice</title>" in body
    assert body.index(message) < body.index("Seen lesson")
    assert "Seen lesson" in body and "Secretive" not in body
    assert "not one you can filter by" not in page(
        client, world.users["officer"], "search:knowledge_base"
    )


def test_each_filter_not_offered_is_named_by_what_it_is(client, world):
    client.force_login(world.users["officer"])
    asked = {
        "q": "anything",
        "programme": world.onyx_programme.pk,
        "policy_area": "Made up",
        "since": "decade",
        "kind": "nonsense",
    }
    response = client.get(reverse("search:search"), asked)
    for noun, every in (
        ("programme", "every programme"),
        ("policy area", "every policy area"),
        ("date", "any date"),
        ("kind", "every kind"),
    ):
        said = f"That {noun} is not one you can filter by; showing {every}."
        body = not_offered_notice(response, said)
    assert "<title>Search: anything – Next Practice</title>" in body
    assert world.onyx_programme.name not in body


def test_a_filter_not_offered_with_nothing_to_choose_is_said_without_its_menu(client, world):
    """The outside member of a community sees no programme: a link's programme is dropped
    and said so, with no menu holding only "Any programme"."""
    client.force_login(world.users["outsider"])
    response = client.get(reverse("search:knowledge_base"), {"programme": world.quartz.pk})
    body = not_offered_notice(response, "That programme is not one you can filter by")
    assert 'name="programme"' not in body


def test_the_results_come_before_the_filters_which_belong_to_the_search_form(client, world):
    LessonFactory(programme=world.quartz, title="Orderword lesson")
    body = page(client, world.users["officer"], q="orderword")
    search_box = body.index('id="id_search_q"')
    result = body.index('class="np-search-result"')
    filters = body.index('id="search-filters"')
    assert search_box < result < filters
    assert re.search(r'<form [^>]*id="np-search"', body)
    selects = re.findall(r"<select [^>]*>", body)
    assert selects and all('form="np-search"' in s for s in selects)
    assert 'href="#search-filters">Filter the results</a>' in body


def test_organisations_and_people_come_in_order_of_their_names_and_without_a_date(client, world):
    """When they were added means nothing to a reader: no date beside them, and those that
    match alike come A to Z, not newest first."""
    from accounts.tests.factories import OrganisationFactory

    for name in ("Zephyr Quillwort School", "Amber Quillwort School", "Mossy Quillwort School"):
        OrganisationFactory(kind="school", name=name)
    body = page(client, world.users["officer"], q="Quillwort", kind="organisations")
    titles = re.findall(r'np-search-result__title">(.*?)</h3>', body, re.S)
    plain = [re.sub(r"<[^>]+>", "", t) for t in titles]
    assert plain == ["Amber Quillwort School", "Mossy Quillwort School", "Zephyr Quillwort School"]
    metas = re.findall(r'np-search-result__meta">(.*?)</p>', body, re.S)
    assert metas == ["Organisation"] * 3
    # A lesson still says when it was written, and that the date is that (not its subject's).
    LessonFactory(programme=world.quartz, title="Quillwort lesson")
    body = page(client, world.users["officer"], q="Quillwort", kind="lessons")
    assert re.findall(r'np-search-result__meta">Lesson · Added \d{1,2} \w+ \d{4}</p>', body)


def test_a_filter_with_nothing_to_choose_is_not_offered(client, world):
    """The outside member of a community sees no programme, policy area or theme: no menus
    holding only "Any …"; the kind and the date still narrow what they find."""
    body = page(client, world.users["outsider"], "search:knowledge_base")
    for name in ("programme", "policy_area", "theme"):
        assert f'name="{name}"' not in body, name
    assert 'name="kind"' in body and 'name="since"' in body
    assert 'name="programme"' in page(client, world.users["officer"], q="anything")


def search_box(body):
    return re.search(r'<input [^>]*id="id_search_q"[^>]*>', body).group(0)


@pytest.mark.parametrize("name", ["search:search", "search:knowledge_base"])
def test_words_longer_than_the_box_takes_are_refused_beside_it_and_nothing_is_searched(
    client, world, name
):
    """The box stops at 200 characters, but a typed or pasted address can carry more: the
    search was quietly dropped (the filters searched alone, "(error)" in the title and
    nothing saying why). Now an error at the top and beside the box, a 400, the words kept in
    the box to shorten, and no results for a search that was not made."""
    LessonFactory(programme=world.quartz, title="Breakfast lesson")
    words = "Breakfast " + "clubs " * 40  # 250 characters, 249 as searched
    client.force_login(world.users["officer"])
    response = client.get(reverse(name), {"q": words, "since": "year"})
    assert response.status_code == 400
    said = "Your search must be 200 characters or fewer (it has 249)"
    body = shows_an_error(response, said)
    assert f'<li><a href="#id_search_q">{said}</a></li>' in body
    beside = re.search(r'<p class="govuk-error-message" id="id_search_q-error">(.*?)</p>', body)
    assert beside and said in beside.group(1)
    assert body.index("govuk-error-summary") < body.index("<h1") < beside.start()
    box = search_box(body)
    assert f'value="{words.strip()}"' in box
    assert "govuk-input--error" in box
    assert 'aria-describedby="id_search_q-hint id_search_q-error"' in box
    assert "govuk-form-group--error" in body
    assert "Breakfast lesson" not in body and "result" not in title_of(body)
    assert "No results" not in body and "Type a word or two" not in body
    pasted = client.get(reverse(name), {"q": "x" * 1250})
    shows_an_error(pasted, "Your search must be 200 characters or fewer (it has 1,250)")


def test_words_as_long_as_the_box_takes_are_searched(client, world):
    LessonFactory(programme=world.quartz, title="Breakfast lesson")
    words = "breakfast " + "b" * 190
    assert len(words) == 200
    body = page(client, world.users["officer"], q=words)
    assert "There is a problem" not in body and "govuk-error-message" not in body
    assert "Error:" not in title_of(body)
    assert "No results" in body  # the long word matches nothing: searched, not refused


@pytest.mark.parametrize(
    "typed, searched",
    [
        ("breakfast\x00clubs", "breakfast clubs"),  # a NUL from a pasted PDF: a space
        ("\x00breakfast\x00", "breakfast"),
        ("\u202ebreakfast\u200f", "breakfast"),  # turned round: no longer
        ("  breakfast \t\n clubs ", "breakfast clubs"),
        ("\x00", ""),
        ("\x00" * 300, ""),  # junk is no error, however long: nothing to search for
    ],
)
def test_junk_in_the_words_is_no_error_and_never_reaches_the_page(client, world, typed, searched):
    LessonFactory(programme=world.quartz, title="Breakfast clubs lesson")
    body = page(client, world.users["officer"], q=typed)
    assert "There is a problem" not in body and "govuk-error-message" not in body
    assert "Error:" not in title_of(body)
    assert f'value="{searched}"' in search_box(body)
    if searched:
        assert f"1 result for ‘{searched}’" in body
    else:
        assert "Type a word or two" in body
    # Nowhere on the page, the header's search box too (it echoed the address as it came).
    assert "\x00" not in body and "\u202e" not in body
    header = body[body.index('id="np-header-search-q"') :]
    header = header[: header.index(">")]
    assert (f'value="{searched}"' in header) == bool(searched), header


def test_the_title_names_the_filters_chosen_and_how_many_results_they_leave(client, world):
    """Choosing a theme narrowed 49 results to 3, but the title stayed "Search: governance":
    the history and a screen reader's first words did not tell the two pages apart."""
    theme = Tag.objects.create(name="Governance")
    LessonFactory(programme=world.quartz, title="Governance lesson").themes.set([theme])
    LessonFactory(programme=world.quartz, title="Governance, untagged")
    officer = world.users["officer"]
    assert title_of(page(client, officer, q="governance")) == "Search: governance – Next Practice"
    assert title_of(page(client, officer, q="governance", theme=theme.pk)) == (
        "Search: governance, filtered by theme Governance (1 result) – Next Practice"
    )
    assert title_of(page(client, officer, q="governance", theme=theme.pk, since="year")) == (
        "Search: governance, filtered by theme Governance and in the past year (1 result)"
        " – Next Practice"
    )
    kb = page(client, officer, "search:knowledge_base", q="governance", kind="lessons")
    assert title_of(kb) == ("Knowledge base: governance among lessons (2 results) – Next Practice")
    assert title_of(page(client, officer, q="nothingmatches", theme=theme.pk)) == (
        "Search: nothingmatches, filtered by theme Governance (no results) – Next Practice"
    )


def test_the_title_of_a_filtered_page_of_one_kind_gives_its_page_number(client, world):
    for n in range(30):
        LessonFactory(programme=world.quartz, title=f"Breakfast lesson {n}")
    body = page(client, world.users["officer"], q="breakfast", kind="lessons", page=2)
    assert title_of(body) == (
        "Search: breakfast among lessons (30 results, page 2 of 2) – Next Practice"
    )
