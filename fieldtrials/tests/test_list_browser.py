"""The field trials list in a real Chromium: every column in view at 1280 px, and at 320 px
the page stays 320 px wide when its filters open (the drop-downs hold long project names)."""

import datetime
import re

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from accounts.tests.factories import OrganisationFactory, UserFactory
from fieldtrials.models import FieldTrial, Milestone, PowerToInnovateRequest
from fieldtrials.tests.factories import FieldTrialFactory
from nextpractice.testing.browser import assert_accessible, sign_in
from programmes.tests.factories import (
    ProgrammeFactory,
    ProgrammeMembershipFactory,
    ProjectFactory,
)

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PASSWORD = "correct horse battery"
COLUMNS = [
    "Field trial and project",
    "Lead organisation and local authority",
    "Consultant",
    "Status",
    "Latest update",
    "Milestones",
]


@pytest.fixture
def officer():
    """An officer reading trials with the demo's long words: names of projects, schools and
    local authorities, a red update, an overdue milestone and an open request."""
    programme = ProgrammeFactory(name="Next Practice 2006-8")
    officer = UserFactory(email="officer@example.org", full_name="Olivia Okafor")
    ProgrammeMembershipFactory(programme=programme, user=officer)
    projects = [
        ProjectFactory(programme=programme, title=title, incubating=True)
        for title in [
            "Resourcing Personalisation",
            "Workforce Modernisation (Communities for Learning)",
            "Deep Engagement of Parents and Carers in Learning",
        ]
    ]
    consultant = UserFactory(full_name="Femi Adeyemi")
    last_month = (timezone.localdate().replace(day=1) - datetime.timedelta(days=1)).replace(day=1)
    for n, (la, title) in enumerate(
        [
            ("Hammersmith and Fulham", "A multi-agency hub led from a secondary school"),
            ("Cambridgeshire", "A learning street redesigning a school around learning zones"),
            ("Hertfordshire", "'Anytime anywhere' learning in two Hertfordshire schools"),
        ]
    ):
        authority = OrganisationFactory(name=la, kind="local_authority")
        trial = FieldTrialFactory(
            project=projects[n % 2],
            title=title,
            lead_organisation=OrganisationFactory(name=f"{la} secondary school 1"),
            local_authority=authority,
            consultant=consultant,
            latest_rag="red",
            latest_update_month=last_month,
            status=FieldTrial.Status.INCUBATING,
        )
        Milestone.objects.create(
            field_trial=trial,
            title="Timetable agreed with the governors",
            due_on=timezone.localdate() - datetime.timedelta(days=20),
        )
        PowerToInnovateRequest.objects.create(
            field_trial=trial, regulation="School day length", variation_sought="v", case="c",
            state="submitted",
        )  # fmt: skip
    return officer


def test_every_column_of_the_list_is_in_view_at_1280_pixels(live_server, page, officer):
    page.set_viewport_size({"width": 1280, "height": 800})
    sign_in(page, live_server, officer.email, PASSWORD)
    page.goto(f"{live_server.url}/field-trials/")
    table = page.get_by_role("region", name="Field trials")
    headers = table.locator("thead th")
    # No column hidden behind the table's own scroll bar: the table is no wider than its box.
    widths = table.evaluate("region => [region.scrollWidth, region.clientWidth]")
    assert widths[0] <= widths[1], f"the table is {widths[0]}px wide in a {widths[1]}px box"
    expect(headers).to_have_text(COLUMNS)
    box = table.bounding_box()
    for header in headers.all():
        edge = header.bounding_box()
        assert edge["x"] + edge["width"] <= box["x"] + box["width"] + 1, header.inner_text()
    assert page.evaluate("document.documentElement.scrollWidth") <= 1280
    assert_accessible(page)


def test_opening_the_filters_at_320_pixels_keeps_the_page_320_wide(live_server, page, officer):
    page.set_viewport_size({"width": 320, "height": 640})
    sign_in(page, live_server, officer.email, PASSWORD)
    page.goto(f"{live_server.url}/field-trials/")
    page.get_by_text("Filter and sort the field trials").click()
    project = page.get_by_label("Project", exact=True)
    expect(project).to_be_visible()
    # The longest choice is there, and the drop-down still fits the screen.
    expect(project.locator("option", has_text="Deep Engagement of Parents")).to_have_count(1)
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= 320, f"the page scrolls sideways at 320px with the filters open ({width}px)"
    for select in page.locator("details select").all():
        edge = select.bounding_box()
        assert edge["x"] + edge["width"] <= 320, select.get_attribute("name")
    assert_accessible(page)


def test_at_320_pixels_the_table_s_caption_is_read_whole_and_stays_as_the_table_scrolls(
    live_server, page, officer
):
    page.set_viewport_size({"width": 320, "height": 640})
    sign_in(page, live_server, officer.email, PASSWORD)
    page.goto(f"{live_server.url}/field-trials/")
    region = page.get_by_role("region", name="Field trials")
    caption = region.locator("caption")
    expect(caption).to_be_visible()
    box, before = region.bounding_box(), caption.bounding_box()
    # The table is wider than the screen; its caption wraps within it, not cut off at the edge.
    assert region.evaluate("r => r.scrollWidth > r.clientWidth")
    assert before["x"] >= box["x"] and before["x"] + before["width"] <= box["x"] + box["width"]
    region.evaluate("r => { r.scrollLeft = r.scrollWidth }")
    after = caption.bounding_box()
    assert after["x"] == before["x"], "the caption scrolled away with the table"
    assert_accessible(page)


def _edge_shading(region):
    """How much darker the region's leftmost and rightmost few pixels are with its
    background than without it (the same table, at the same scroll), on average."""
    import io

    from PIL import Image, ImageChops

    def shot():
        return Image.open(io.BytesIO(region.screenshot())).convert("L")

    shaded = shot()
    region.evaluate("r => { r.style.background = 'none' }")
    plain = shot()
    region.evaluate("r => { r.style.background = '' }")
    difference = ImageChops.subtract(plain, shaded)  # darker with the background: > 0
    width, height = difference.size

    def mean(xs):
        values = [difference.getpixel((x, y)) for x in xs for y in range(0, height, 3)]
        return sum(values) / len(values)

    return mean(range(0, 4)), mean(range(width - 4, width))


def test_at_320_pixels_a_shadow_shows_the_table_goes_on_at_the_edge_it_goes_on_at(
    live_server, page, officer
):
    page.set_viewport_size({"width": 320, "height": 640})
    sign_in(page, live_server, officer.email, PASSWORD)
    page.goto(f"{live_server.url}/field-trials/")
    region = page.get_by_role("region", name="Field trials")
    assert region.evaluate("r => r.scrollWidth > r.clientWidth")
    left, right = _edge_shading(region)
    assert right > 3 and left < 1, (left, right)  # more to the right, none to the left
    region.evaluate("r => { r.scrollLeft = r.scrollWidth }")
    left, right = _edge_shading(region)
    assert left > 3 and right < 1, (left, right)  # at the end: more to the left only


def test_at_320_pixels_each_trials_status_and_rating_are_in_view_under_its_name(
    live_server, page, officer
):
    """On a phone the status and rating columns were off to the right of the scroll region:
    a copy under each trial's name shows them, for the eye only (the columns say them to a
    screen reader, and the row's name is still the trial's); a desktop shows the columns."""
    page.set_viewport_size({"width": 320, "height": 640})
    sign_in(page, live_server, officer.email, PASSWORD)
    page.goto(f"{live_server.url}/field-trials/")
    region = page.get_by_role("region", name="Field trials")
    edge = region.bounding_box()
    rows = region.locator("tbody tr")
    expect(rows).to_have_count(3)
    for row in rows.all():
        copy = row.locator("th .np-narrow-only")
        expect(copy).to_have_attribute("aria-hidden", "true")
        for tag in (copy.get_by_text("Incubating"), copy.get_by_text("Red")):
            expect(tag).to_be_visible()
            box = tag.bounding_box()
            assert box["x"] >= edge["x"] and box["x"] + box["width"] <= edge["x"] + edge["width"]
    # The row headers are the trials' names and projects, without the copy.
    expect(page.get_by_role("rowheader", name=re.compile("Incubating|Red"))).to_have_count(0)
    expect(page.get_by_role("rowheader", name=re.compile("^A multi-agency hub"))).to_have_count(1)
    assert page.evaluate("document.documentElement.scrollWidth") <= 320
    assert_accessible(page)

    page.set_viewport_size({"width": 1280, "height": 800})
    expect(page.locator(".np-narrow-only").first).to_be_hidden()
