"""Hargreaves' 2x2 in a real Chromium at a phone's 320 px and a desktop's 1280 px: the drawing
that fits the screen is shown, its words stay legible, every label lies inside the chart's
box, and no label overlaps another or a marker."""

import pytest

from nextpractice.testing.browser import assert_accessible, sign_in
from programmes.tests.factories_options import AssessmentFactory, OptionFactory, officer_of

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PASSWORD = "correct horse battery"

# Every text and marker of the shown chart, as rectangles on the screen.
SHAPES = """() => {
  const svg = [...document.querySelectorAll('.np-chart svg[role="img"]')]
    .find((s) => s.getBoundingClientRect().width > 0);
  const box = (el) => { const r = el.getBoundingClientRect();
    return {left: r.left, top: r.top, right: r.right, bottom: r.bottom}; };
  return {
    svg: box(svg),
    scale: svg.getBoundingClientRect().width / svg.viewBox.baseVal.width,
    texts: [...svg.querySelectorAll('text')].map((t) => ({
      text: t.textContent, size: Number(t.getAttribute('font-size')), ...box(t)})),
    markers: [...svg.querySelectorAll('g > path')].map(box),
  };
}"""


def overlap(a, b, slack=0.5):
    return (
        a["left"] + slack < b["right"]
        and b["left"] + slack < a["right"]
        and a["top"] + slack < b["bottom"]
        and b["top"] + slack < a["bottom"]
    )


@pytest.fixture
def spread(db):
    """Options in every corner, split on the midlines, and three at one spot."""
    first = OptionFactory(title="Peer tutoring")
    project = first.project
    # Each option's reviewers as (change, distance): 0 is minor or near, 1 major or far.
    reviews = [
        [(0, 0)],
        [(1, 1)],
        [(1, 1)],
        [(1, 1)],
        [(1, 0)],
        [(0, 1)],
        [(1, 1), (0, 0)],  # split on both axes: drawn where the midlines cross
        [(1, 0), (0, 0)],
    ]
    for n, given in enumerate(reviews, start=1):
        option = first if n == 1 else OptionFactory(project=project, title=f"Option {n}")
        for change, distance in given:
            AssessmentFactory(option=option, change=change, distance=distance)
    return project, officer_of(project, email="olive@example.org", full_name="Olive Officer")


@pytest.mark.parametrize("width", [320, 1280])
def test_the_2x2_labels_fit_inside_the_chart_and_do_not_overlap(live_server, page, spread, width):
    project, officer = spread
    page.set_viewport_size({"width": width, "height": 900})
    sign_in(page, live_server, officer.email, PASSWORD)
    page.goto(f"{live_server.url}/projects/{project.pk}/options/")
    shapes = page.evaluate(SHAPES)

    svg = shapes["svg"]
    assert svg["right"] <= width, "the chart is wider than the screen"
    for t in shapes["texts"]:
        # Legible: no word on the chart drawn smaller than 12 px (it was about 5 px at 320).
        assert t["size"] * shapes["scale"] >= 12, f"{t['text']!r} is drawn too small"
        inside = (
            t["left"] >= svg["left"] - 0.5
            and t["right"] <= svg["right"] + 0.5
            and t["top"] >= svg["top"] - 0.5
            and t["bottom"] <= svg["bottom"] + 0.5
        )
        assert inside, f"{t['text']!r} is cut off by the chart's edge at {width}px"
    texts = shapes["texts"]
    for i, a in enumerate(texts):
        for b in texts[i + 1 :]:
            assert not overlap(a, b), f"{a['text']!r} overlaps {b['text']!r} at {width}px"
    words = [t for t in texts if not t["text"].isdigit()]  # quadrant and axis names
    for t in words:
        for m in shapes["markers"]:
            assert not overlap(t, m), f"a marker hides {t['text']!r} at {width}px"
    assert_accessible(page)
