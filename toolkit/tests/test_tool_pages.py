"""The tool library: members read every tool, what it asks and its versions."""

import copy
import re

import pytest
from django.urls import reverse

from programmes.tests.factories import ProgrammeMembershipFactory
from toolkit.loading import DEFAULT_DIRECTORY, install, load_directory
from toolkit.models import Tool
from toolkit.tests.factories import SAMPLE_DEFINITION, ToolFactory, ToolVersionFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def member(client):
    membership = ProgrammeMembershipFactory()
    client.force_login(membership.user)
    return membership.user


def text_of(response):
    """The page's visible text, roughly: tags removed, spaces collapsed."""
    html = response.content.decode()
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html))


def test_the_library_lists_every_tool_with_its_subtitle_status_purpose_and_audience(client, member):
    load_directory(DEFAULT_DIRECTORY)
    response = client.get(reverse("toolkit:tool_list"))
    assert response.status_code == 200
    page = text_of(response)
    assert "9 tools." in page
    for tool in Tool.objects.all():
        assert tool.title.replace("'", "&#x27;") in response.content.decode()
    assert "Prioritising 21st century challenges" in page
    # The status Annex 1 gives a tool; none where it gives none (not a tag saying so).
    assert "In production" in page and "In development" in page and "Status not stated" not in page
    assert "A tool for group learning from observation and reflection" in page
    assert "Who it is for:" in page
    assert 'href="/toolkit/networking-approach/"' in response.content.decode()


def test_people_who_belong_to_no_work_are_refused_the_library(client):
    from accounts.tests.factories import UserFactory

    client.force_login(UserFactory())
    ToolFactory(slug="hidden-tool")
    assert client.get(reverse("toolkit:tool_list")).status_code == 403
    assert client.get(reverse("toolkit:tool_detail", args=["hidden-tool"])).status_code == 404


def test_a_tool_page_shows_its_purpose_origin_questions_and_version(client, member):
    load_directory(DEFAULT_DIRECTORY)
    response = client.get(reverse("toolkit:tool_detail", args=["pedagogic-audit"]))
    assert response.status_code == 200
    page = text_of(response)
    assert "Supports teachers to identify how their current practice matches" in page
    assert "Who it is for" in page and "Teachers in a school or Centre for Learning" in page
    assert "case study gives neither the statements nor the rating scale: we wrote both" in page
    assert "Version 1," in page
    # The five areas, their statements with cross-references, the scale, in plain words.
    for area in ("Professional characteristics", "Planning", "Climate for learning"):
        assert area in page
    assert "I plan for progression, designing sequences of learning" in page and " Q22 " in page
    assert "Rate each statement on the scale." in page
    assert "1 Not yet; 2 Sometimes; 3 Usually; 4 Consistently" in page
    assert "name the statements most often rated 2 or lower as training needs" in page
    assert "you cannot answer here" in page
    assert 'type="radio"' not in response.content.decode()


def test_the_networking_tool_page_names_the_six_approaches_and_the_pause_for_thought(
    client, member
):
    load_directory(DEFAULT_DIRECTORY)
    page = text_of(client.get(reverse("toolkit:tool_detail", args=["networking-approach"])))
    for approach in (
        "Consulting",
        "Enquiring",
        "Replicating",
        "Directing",
        "Responding",
    ):
        assert approach in page
    assert "Pause for thought" in page
    assert "Choose one answer." in page
    assert "How much influence does the authority have over its schools and networks?" in page


def test_a_changed_tool_lists_both_versions_and_shows_the_latest(client, member):
    definition = copy.deepcopy(SAMPLE_DEFINITION)
    install(definition, source="sample.yaml")
    definition["sections"][0]["questions"][1]["text"] = "How ready is your team now?"
    install(definition, source="pasted in the admin", user=member)
    page = text_of(client.get(reverse("toolkit:tool_detail", args=["sample"])))
    assert "How ready is your team now?" in page and "How ready are you?" not in page
    assert "Version 2 Current" in page and "Version 1 " in page
    assert member.full_name in page and "Supplied with Next Practice" in page
    # The file or note a version came from is the admin's (its page shows it), not a reader's.
    assert "sample.yaml" not in page and "pasted in the admin" not in page


def test_someone_who_may_start_exercises_starts_one_with_the_tool_chosen(client, member):
    tool = ToolVersionFactory(tool__slug="sample", tool__title="Sample Tool").tool
    html = client.get(reverse("toolkit:tool_detail", args=["sample"])).content.decode()
    link = f"{reverse('toolkit:exercise_start')}?tool=sample"
    assert f'href="{link}"' in html and "Start an exercise with this tool" in html
    start = client.get(link).content.decode()
    radio = re.search(rf'<input[^>]*name="tool"[^>]*value="{tool.pk}"[^>]*>', start).group(0)
    assert "checked" in radio


def test_a_partner_reads_a_tool_but_is_not_offered_to_start_an_exercise(client, world):
    ToolVersionFactory(tool__slug="sample")
    client.force_login(world.users["partner"])
    response = client.get(reverse("toolkit:tool_detail", args=["sample"]))
    assert response.status_code == 200
    assert "Start an exercise with this tool" not in response.content.decode()
    assert reverse("toolkit:exercise_start") not in response.content.decode()


def test_a_tool_with_no_version_yet_cannot_be_started_from_its_page(client, member):
    ToolFactory(slug="unfinished")
    response = client.get(reverse("toolkit:tool_detail", args=["unfinished"]))
    assert response.status_code == 200
    assert "Start an exercise with this tool" not in response.content.decode()


def test_an_unknown_tool_is_not_found(client, member):
    assert client.get(reverse("toolkit:tool_detail", args=["no-such-tool"])).status_code == 404


@pytest.mark.parametrize("size", [5, 50])
def test_the_library_takes_the_same_queries_however_many_tools(
    client, member, django_assert_num_queries, size
):
    for _ in range(size):
        ToolVersionFactory()
    with django_assert_num_queries(6):
        response = client.get(reverse("toolkit:tool_list"))
    assert response.status_code == 200
    assert len(response.context["page"].object_list) == min(size, 25)


@pytest.mark.parametrize("size", [5, 50])
def test_a_tool_page_takes_the_same_queries_however_many_versions(
    client, member, django_assert_num_queries, size
):
    first = ToolVersionFactory(tool__slug="many-versions", created_by=member)
    for number in range(2, size + 1):
        ToolVersionFactory(tool=first.tool, number=number, created_by=member)
    # 6 to show the tool, and 1 for "toolkit.start_exercise" (an officer of a programme)
    with django_assert_num_queries(7):
        response = client.get(reverse("toolkit:tool_detail", args=["many-versions"]))
    assert response.status_code == 200
    assert text_of(response).count("Version ") >= size


@pytest.mark.parametrize(
    "slug",
    sorted(p.stem for p in DEFAULT_DIRECTORY.glob("*.yaml")),
)
def test_every_shipped_tool_has_a_page_showing_each_of_its_questions(client, member, slug):
    (tool, version, _), *_ = load_directory(DEFAULT_DIRECTORY / f"{slug}.yaml")
    page = text_of(client.get(reverse("toolkit:tool_detail", args=[slug])))
    for section in version.definition["sections"]:
        assert section["title"].replace("'", "&#x27;") in page
        for question in section["questions"]:
            assert question["text"].replace("'", "&#x27;").replace('"', "&quot;") in page


def test_a_matrix_without_cross_references_has_no_column_of_none(client, member):
    load_directory(DEFAULT_DIRECTORY)
    with_refs = client.get(reverse("toolkit:tool_detail", args=["pedagogic-audit"]))
    assert "Cross-reference" in with_refs.content.decode()
    assert "Q25(a) is standard 25, part (a)" in with_refs.content.decode()
    body = client.get(reverse("toolkit:tool_detail", args=["landing-pad"])).content.decode()
    assert "Statements for question" in body  # its matrices are shown
    assert "Cross-reference" not in body and ">None<" not in body
