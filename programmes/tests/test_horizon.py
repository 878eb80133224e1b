"""The stimulus library: search, filters, pages, CSV and the stimulus page."""

import csv
import datetime
import io

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import timezone

from accounts.models import Role
from accounts.tests.factories import UserFactory
from nextpractice.tests.notices import not_offered_notice, shows_an_error
from programmes.forms.horizon import StimulusSearchForm
from programmes.models import Sector
from programmes.tests.factories import (
    ProgrammeMembershipFactory,
    ProjectFactory,
    ProjectMembershipFactory,
)
from programmes.tests.factories_horizon import KeptStimulusFactory, StimulusFactory

LIST = reverse("programmes:stimulus_list")
EXPORT = reverse("programmes:stimulus_export")


@pytest.fixture
def officer(db):
    user = UserFactory()
    ProgrammeMembershipFactory(user=user, role=Role.OFFICER)
    return user


@pytest.fixture
def signed_in(client, officer):
    client.force_login(officer)
    return client


def titles_on(response):
    """The stimulus titles in the library table, in order."""
    body = response.content.decode()
    rows = body.split('<th scope="row" role="rowheader" class="govuk-table__header">')[1:]
    return [row.split(">", 2)[1].split("<")[0] for row in rows]


def read_csv(response):
    return list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))


# --- The list ------------------------------------------------------------------------


def test_the_library_shows_each_stimulus_with_its_sector_country_question_tags_and_use(
    signed_in,
):
    bromley = StimulusFactory(
        title="Bromley-by-Bow Healthy Living Centre",
        country="England",
        tags=["extended schools", "health"],
    )
    StimulusFactory(zopa=True, country="England")
    KeptStimulusFactory.create_batch(3, stimulus=bromley)
    response = signed_in.get(LIST)
    assert response.status_code == 200
    page = response.content.decode()
    assert titles_on(response) == ["Bromley-by-Bow Healthy Living Centre", "Zopa"]
    assert bromley.get_absolute_url() in page
    assert "Healthcare" in page and "Banking and finance" in page
    assert "What ideas does this stimulate around how we organise" in page
    assert "extended schools" in page and "health" in page
    assert '"Projects using it" class="govuk-table__cell govuk-table__cell--numeric">3</td>' in page
    assert "<caption" in page


def test_a_stimulus_from_another_sector_shows_that_sector_by_name(signed_in):
    StimulusFactory(sector=Sector.OTHER, sector_other="Transport")
    page = signed_in.get(LIST).content.decode()
    assert "Transport" in page and ">Other<" not in page.split("<tbody")[1]


@pytest.mark.parametrize(
    "words, found",
    [
        ("healthy living", "Bromley"),  # title
        ("lend to each other", "Zopa"),  # summary
        ("PERSONALISE", "Zopa"),  # provocation, any case
        ("finland", "Helsinki libraries"),  # country
        ("Dr Smith", "Bromley"),  # contacts
    ],
)
def test_searching_finds_words_in_title_summary_question_country_or_contacts(
    signed_in, words, found
):
    StimulusFactory(title="Bromley", summary="A healthy living centre.", contacts="Dr Smith")
    StimulusFactory(zopa=True)
    StimulusFactory(title="Helsinki libraries", country="Finland", summary="Open late.")
    assert titles_on(signed_in.get(LIST, {"q": words})) == [found]


def test_filters_narrow_the_library_by_sectors_country_and_tag(signed_in):
    StimulusFactory(title="Bank", sector=Sector.BANKING, country="England", tags=["money"])
    StimulusFactory(title="Shop", sector=Sector.RETAIL, country="England", tags=["money"])
    StimulusFactory(title="Clinic", sector=Sector.HEALTHCARE, country="Cuba", tags=["health"])
    StimulusFactory(title="Grid", sector=Sector.ENERGY, country="England")

    assert titles_on(signed_in.get(LIST, {"sector": ["banking", "retail"]})) == ["Bank", "Shop"]
    assert titles_on(signed_in.get(LIST, {"country": "Cuba"})) == ["Clinic"]
    assert titles_on(signed_in.get(LIST, {"tag": "money"})) == ["Bank", "Shop"]
    both = {"tag": "money", "sector": ["retail", "energy"], "country": "England"}
    assert titles_on(signed_in.get(LIST, both)) == ["Shop"]
    nothing = signed_in.get(LIST, {"q": "submarine"})
    assert titles_on(nothing) == [] and "No stimuli match your search" in nothing.content.decode()


def test_an_empty_library_says_it_is_empty_and_what_a_stimulus_is_not_that_a_search_failed(
    signed_in, client
):  # signed_in is `client`, signed in as an officer
    """A new install's library said "No stimuli match your search. Try fewer words or clear
    the filters." when nothing had been searched: it says the library is empty, what a
    stimulus is, and offers to add the first to those who may."""
    body = signed_in.get(LIST).content.decode()
    assert "No stimuli match your search" not in body
    assert "The library is empty: no stimulus has been added yet." in body
    assert "A stimulus is practice from another country" in body
    assert f'href="{reverse("programmes:stimulus_create")}">Add the first stimulus</a>' in body
    assert "Download these stimuli" not in body
    # A searched empty library is still a search that found nothing.
    searched = signed_in.get(LIST, {"q": "submarine"}).content.decode()
    assert "No stimuli match your search" in searched
    assert "The library is empty" not in searched
    # Someone who may read the library but not add to it is not offered the link.
    reader = UserFactory()
    ProjectMembershipFactory(user=reader, role=Role.PRACTITIONER)
    client.force_login(reader)
    body = client.get(LIST).content.decode()
    assert "The library is empty" in body and "Add the first stimulus" not in body
    # Once there is one, the page lists it, with no word of an empty library.
    StimulusFactory(title="Zopa")
    assert "The library is empty" not in client.get(LIST).content.decode()


@pytest.mark.parametrize(
    "query, said",
    [
        ({"tag": "no such tag"}, "That tag is not one you can filter by; showing every tag."),
        ({"country": "Atlantis"}, "That country is not one you can filter by; showing every"),
        ({"sector": "piracy"}, "That sector is not one you can filter by; showing every sector."),
        ({"sort": "sideways"}, "That is not a way you can sort by; showing them by title, A to Z."),
    ],
)
def test_a_filter_not_offered_is_dropped_with_a_message_and_the_others_still_apply(
    signed_in, query, said
):
    """The library showed every stimulus under a refused filter, with nothing said but the
    form's error: now a calm notice near the filters says it was left out (as on the other
    lists: no "There is a problem"), and the search still counts; the download gives the
    same rows."""
    StimulusFactory(title="Zopa lending", sector=Sector.BANKING, tags=["money"])
    StimulusFactory(title="Zopa again", sector=Sector.RETAIL)
    StimulusFactory(title="Tesco loyalty", sector=Sector.RETAIL)
    asked = {"q": "zopa", **query}
    response = signed_in.get(LIST, asked)
    body = not_offered_notice(response, said)
    assert body.index("np-not-offered") < body.index("Search and filter the library")
    assert titles_on(response) == ["Zopa again", "Zopa lending"]
    download = signed_in.get(EXPORT, asked)
    assert download.status_code == 200
    assert [r[0] for r in read_csv(download)[1:]] == ["Zopa again", "Zopa lending"]


def test_a_nul_in_the_search_box_reads_as_a_space(signed_in):
    """?q=%00 said "That search the library is not one you can filter by; showing every
    search the library": a NUL reads as a space, as in search."""
    StimulusFactory(title="Zopa lending")
    StimulusFactory(title="Tesco loyalty")
    response = signed_in.get(LIST, {"q": "\x00zopa\x00"})
    body = response.content.decode()
    assert "np-not-offered" not in body and "not one you can filter by" not in body
    assert titles_on(response) == ["Zopa lending"]


def test_a_value_not_offered_alone_is_not_a_search_to_clear(signed_in):
    """As on the other lists, a dropped value is not counted as a filter used: the panel is
    open (to choose another) but there is nothing to clear."""
    StimulusFactory(title="Zopa lending")
    body = not_offered_notice(signed_in.get(LIST, {"tag": "gone"}), "That tag is not one")
    assert '<details class="govuk-details" open>' in body
    assert "Clear search and filters" not in body
    assert "Clear search and filters" in signed_in.get(LIST, {"q": "zopa"}).content.decode()


def test_the_library_s_own_error_is_still_an_error_beside_a_value_dropped(signed_in, monkeypatch):
    def clean(form):
        raise ValidationError("Choose fewer filters")  # none has one of its own yet

    monkeypatch.setattr(StimulusSearchForm, "clean", clean, raising=False)
    body = shows_an_error(signed_in.get(LIST, {"tag": "gone"}), "Choose fewer filters")
    assert "That tag is not one you can filter by" in body


def test_the_library_is_in_title_order_unless_asked_for_newest_first(signed_in):
    StimulusFactory(title="Banana")
    StimulusFactory(title="Apple")
    assert titles_on(signed_in.get(LIST)) == ["Apple", "Banana"]
    assert titles_on(signed_in.get(LIST, {"sort": "title"})) == ["Apple", "Banana"]


def test_newest_first_puts_the_latest_addition_on_top(signed_in):
    now = timezone.now()
    StimulusFactory(title="Apple", created_at=now)
    StimulusFactory(title="Banana", created_at=now - datetime.timedelta(days=3))
    StimulusFactory(title="Cherry", created_at=now - datetime.timedelta(days=1))
    assert titles_on(signed_in.get(LIST, {"sort": "newest"})) == ["Apple", "Cherry", "Banana"]


def test_the_library_shows_25_stimuli_a_page_and_page_links_keep_the_filters(signed_in):
    StimulusFactory.create_batch(30, country="Japan")
    StimulusFactory.create_batch(5, country="Peru")
    first = signed_in.get(LIST, {"country": "Japan"})
    assert len(titles_on(first)) == 25
    page = first.content.decode()
    assert "Showing 1 to 25 of 30 stimuli" in page
    assert 'href="?country=Japan&amp;page=2" rel="next"' in page
    second = signed_in.get(LIST, {"country": "Japan", "page": 2})
    assert len(titles_on(second)) == 5
    assert "Showing 26 to 30 of 30 stimuli" in second.content.decode()
    assert "<title>Stimulus library (30 results, filtered), page 2 of 2 – " in (
        second.content.decode()
    )
    assert set(titles_on(first)).isdisjoint(titles_on(second))


def test_the_csv_link_carries_the_search_and_filters_but_not_the_page(signed_in):
    StimulusFactory.create_batch(30, country="Japan")
    page = signed_in.get(LIST, {"country": "Japan", "q": "ambition", "page": 2})
    assert f'href="{EXPORT}?country=Japan&amp;q=ambition"' in page.content.decode()


def test_only_people_who_may_add_stimuli_see_the_add_button(client, world):
    client.force_login(world.users["officer"])
    assert "Add a stimulus" in client.get(LIST).content.decode()
    client.force_login(world.users["partner"])
    assert "Add a stimulus" not in client.get(LIST).content.decode()


def test_choosing_for_a_project_offers_a_keep_link_per_stimulus_to_its_officers(client, world):
    keep = reverse("programmes:stimulus_keep", args=[world.amber.pk])
    client.force_login(world.users["officer"])
    page = client.get(LIST, {"project": world.amber.pk}).content.decode()
    assert f'href="{keep}?stimulus={world.ivy.pk}"' in page
    assert "Keep for Amber Project" in page
    client.force_login(world.users["partner"])
    page = client.get(LIST, {"project": world.amber.pk}).content.decode()
    assert "Keep for Amber Project" not in page and keep not in page
    assert "Only the project’s programme officers can choose" in page


def test_people_who_belong_to_no_work_are_refused_the_library(client, world):
    client.force_login(world.users["outsider"])
    assert client.get(LIST).status_code == 403
    assert client.get(EXPORT).status_code == 403
    assert client.get(world.ivy.get_absolute_url()).status_code == 404


# --- CSV -----------------------------------------------------------------------------


def test_the_csv_holds_every_matching_stimulus_with_every_column(signed_in):
    bromley = StimulusFactory(
        title="Bromley-by-Bow",
        country="England",
        source_url="https://www.bbbc.org.uk/",
        contacts="The director",
        tags=["health", "community"],
    )
    KeptStimulusFactory.create_batch(2, stimulus=bromley)
    StimulusFactory.create_batch(30, country="England")
    StimulusFactory(title="Elsewhere", country="Chile")
    response = signed_in.get(EXPORT, {"country": "England"})
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    assert response["Content-Disposition"].startswith("attachment; filename=")
    rows = read_csv(response)
    assert rows[0] == [
        "Title",
        "Sector",
        "Country",
        "Summary",
        "Source link",
        "Provocation question",
        "Key contacts",
        "Tags",
        "Projects keeping it",
    ]
    assert len(rows) == 1 + 31  # every page, not just the first 25
    assert rows[1] == [
        "Bromley-by-Bow",
        "Healthcare",
        "England",
        bromley.summary,
        "https://www.bbbc.org.uk/",
        bromley.provocation,
        "The director",
        "community, health",
        "2",
    ]
    assert "Elsewhere" not in response.content.decode()


def test_the_csv_honours_the_search_and_sector_filters(signed_in):
    StimulusFactory(title="Zopa lending", sector=Sector.BANKING)
    StimulusFactory(title="Tesco loyalty", sector=Sector.RETAIL)
    StimulusFactory(title="Zopa again", sector=Sector.RETAIL)
    rows = read_csv(signed_in.get(EXPORT, {"q": "zopa", "sector": "banking"}))
    assert [r[0] for r in rows[1:]] == ["Zopa lending"]


def test_the_csv_keeps_cells_that_look_like_formulas_as_plain_text(signed_in):
    StimulusFactory(
        title='=HYPERLINK("http://evil.example")',
        country="+44",
        summary="-1+1",
        contacts="@SUM(A1)",
        provocation="Plain question?",
    )
    row = read_csv(signed_in.get(EXPORT))[1]
    assert row[0] == '\'=HYPERLINK("http://evil.example")'
    assert row[2] == "'+44" and row[3] == "'-1+1" and row[6] == "'@SUM(A1)"
    assert row[5] == "Plain question?"


# --- The stimulus page ---------------------------------------------------------------


def test_the_stimulus_page_shows_everything_about_it(signed_in):
    stimulus = StimulusFactory(
        title="Bromley-by-Bow",
        sector=Sector.OTHER,
        sector_other="Community health",
        country="England",
        source_url="https://www.bbbc.org.uk/",
        contacts="The director",
        tags=["health"],
    )
    page = signed_in.get(stimulus.get_absolute_url()).content.decode()
    for text in [
        "Bromley-by-Bow",
        "Community health",
        "England",
        stimulus.summary,
        'href="https://www.bbbc.org.uk/"',
        stimulus.provocation,
        "The director",
        "health",
        "Change this stimulus",
    ]:
        assert text in page, text


def test_the_stimulus_page_lists_the_projects_using_it_that_the_reader_sees_with_why(client, world):
    hidden = ProjectFactory(title="Hidden Project")
    KeptStimulusFactory(project=hidden, stimulus=world.ivy, why="Secret reason")
    KeptStimulusFactory(project=world.beryl, stimulus=world.ivy, why="Beryl reason")

    client.force_login(world.users["officer"])  # sees amber and beryl
    page = client.get(world.ivy.get_absolute_url()).content.decode()
    assert "Amber Project" in page and "Pine reason" in page
    assert "Beryl Project" in page and "Beryl reason" in page
    assert "Hidden Project" not in page and "Secret reason" not in page
    assert "1 other project uses it too" in page

    client.force_login(world.users["partner"])  # sees amber only, and may not change
    page = client.get(world.ivy.get_absolute_url()).content.decode()
    assert "Pine reason" in page and "Beryl reason" not in page
    assert "2 other projects use it too" in page
    assert "Change this stimulus" not in page

    # A school leader reads the library and opens neither project's page, but their trial
    # is Amber's: they are told so by name, not that no project of theirs uses it.
    client.force_login(world.users["leader"])
    page = client.get(world.ivy.get_absolute_url()).content.decode()
    assert "Pine reason" not in page and "None of the projects you work on use" not in page
    assert "Amber Project, the project your field trial belongs to, uses it." in page
    assert "2 other projects use it too" in page


# --- Queries -------------------------------------------------------------------------


def library_of(size, officer):
    project = ProjectFactory()
    ProjectMembershipFactory(project=project, user=officer, role=Role.OFFICER)
    for n in range(size):
        stimulus = StimulusFactory(tags=[f"tag {n}", "shared"], country=f"Country {n % 7}")
        KeptStimulusFactory(stimulus=stimulus)
        KeptStimulusFactory(stimulus=stimulus, project=project)
    return project


@pytest.mark.parametrize("size", [5, 50])
def test_the_library_costs_the_same_queries_for_5_and_50_stimuli(
    signed_in, officer, django_assert_num_queries, size
):
    library_of(size, officer)
    # session, user, memberships (once, for the library check, its queryset and may-add),
    # unread count, country choices, tag choices, tag lookup, count, rows, tags
    with django_assert_num_queries(10):
        response = signed_in.get(LIST, {"tag": "shared", "sector": "healthcare"})
    assert len(titles_on(response)) == min(size, 25)


@pytest.mark.parametrize("size", [5, 50])
def test_choosing_for_a_project_costs_the_same_queries_for_5_and_50_stimuli(
    signed_in, officer, django_assert_num_queries, size
):
    project = library_of(size, officer)
    # as above without a tag lookup, plus the project (may-change is asked of the memberships)
    with django_assert_num_queries(10):
        response = signed_in.get(LIST, {"project": project.pk})
    assert response.content.decode().count("?stimulus=") == min(size, 25)


@pytest.mark.parametrize("size", [5, 50])
def test_the_csv_costs_the_same_queries_for_5_and_50_stimuli(
    signed_in, officer, django_assert_num_queries, size
):
    library_of(size, officer)
    # session, user, memberships, tag lookup, rows, tags
    with django_assert_num_queries(6):
        response = signed_in.get(EXPORT, {"tag": "shared"})
    assert len(read_csv(response)) == 1 + size


@pytest.mark.parametrize("size", [5, 50])
def test_the_stimulus_page_costs_the_same_queries_for_5_and_50_projects_using_it(
    signed_in, officer, django_assert_num_queries, size
):
    stimulus = StimulusFactory(tags=["health", "community"])
    for _ in range(size):
        project = ProjectFactory()
        ProjectMembershipFactory(project=project, user=officer, role=Role.OFFICER)
        KeptStimulusFactory(project=project, stimulus=stimulus, kept_by=UserFactory())
    KeptStimulusFactory(stimulus=stimulus)  # a project the officer does not see
    # session, user, memberships (the view and may-change rules), unread count, stimulus,
    # keeps counted and a page of them with their projects, count of all keeps, tags
    with django_assert_num_queries(9):
        response = signed_in.get(stimulus.get_absolute_url())
    assert response.content.decode().count("It shows what ambition") == min(size, 25)  # a page
