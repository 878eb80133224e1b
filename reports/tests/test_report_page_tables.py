"""A report's page puts each of its tables in a region that scrolls it sideways on a narrow
screen, named by its caption, while the PDF and the kept page stay as they were made; and a
programme with no projects gets no table of its projects' trials (it had a header and one
row saying there was nothing to show)."""

import pytest
from django.urls import reverse

from programmes.tests.factories import ProgrammeFactory
from reports.building import report_document
from reports.tables import scrollable, tables_of
from reports.tests.world import WORLD_PAGE

pytestmark = pytest.mark.django_db

REGION = '<div class="np-table-scroll" role="region" aria-label="{}" tabindex="0">'


def test_the_page_shows_each_table_in_a_region_named_by_its_caption(client, world):
    client.force_login(world.users["officer"])
    report = world.amber_report
    html = client.get(reverse("reports:report_page", args=[report.pk])).content.decode()
    assert REGION.format("Trials") + "<table><caption>Trials</caption>" in html
    # What was kept is not changed: only the page shows the region.
    with report.page.open("rb") as handle:
        assert handle.read().decode() == WORLD_PAGE


def test_a_table_already_in_a_region_or_inside_another_table_gets_no_second_one():
    inner = "<table><caption>Inner</caption><tr><td>1</td></tr></table>"
    html = (
        f"<p>Before</p><table><caption>Fish &amp; chips</caption><tr><td>{inner}</td></tr>"
        "</table>"
        + REGION.format("Ours")
        + "<table><caption>Ours</caption><tr><td>2</td></tr></table></div>"
        + "<table><tr><td>No caption</td></tr></table><p>After</p>"
    )
    wrapped = scrollable(html)
    assert wrapped.count('class="np-table-scroll"') == 3
    assert wrapped.startswith(
        "<p>Before</p>" + REGION.format("Fish &amp; chips") + "<table><caption>Fish"
    )
    assert f"{inner}</td></tr></table></div>" in wrapped
    assert REGION.format("A table of the report") + "<table><tr><td>No caption" in wrapped
    assert wrapped.endswith("</table></div><p>After</p>")
    assert [t.caption for t in tables_of(wrapped)] == [t.caption for t in tables_of(html)]


def test_a_programme_with_no_projects_has_no_table_of_their_trials():
    programme = ProgrammeFactory(name="Empty Programme")
    body = report_document(programme).body
    assert "The programme has no projects yet, so no field trials." in body
    captions = [table.caption for table in tables_of(body)]
    assert not any(caption.startswith("Field trials of") for caption in captions), captions
    # No counts of none: "0 field trials in 0 projects", a Power to Innovate section of none.
    assert "0 field trials" not in body and "Power to Innovate" not in body


def test_an_innovation_zones_report_says_it_works_through_its_partnership():
    zone = ProgrammeFactory(name="Harbour Innovation Zone", kind="zone")
    body = report_document(zone).body
    assert "This innovation zone has no projects: it works through its partnership" in body
    assert "no projects yet" not in body
