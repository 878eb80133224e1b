"""The project page's three diamonds in a real Chromium at a phone's 320 px and a desktop's
1280 px: the drawing that suits the width is shown, its words are at least 12 px high (the
wide drawing shrunk to a phone made them 3 to 4 px), each stage's name lies inside its own
part of its diamond (at 1280 px "Analyse need" and "Generate options" crossed the outline),
no word overlaps another, and each diamond's top is clear of the words above it (it touched
"System level")."""

import pytest
from playwright.sync_api import expect

from nextpractice.testing.browser import assert_accessible, sign_in
from programmes.models import Stage
from programmes.tests.factories import ProjectFactory
from programmes.tests.factories_options import officer_of

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PASSWORD = "correct horse battery"

# The shown drawing's words and shapes, as rectangles on the screen; for each stage's name,
# whether all four corners of each of its lines lie inside the stage's part of the diamond.
SHAPES = """() => {
  const svg = [...document.querySelectorAll('.np-diamonds svg[role="img"]')]
    .find((s) => s.getBoundingClientRect().width > 0);
  const box = (el) => { const r = el.getBoundingClientRect();
    return {left: r.left, top: r.top, right: r.right, bottom: r.bottom}; };
  const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
  const texts = [...svg.querySelectorAll('text:not(.np-diamonds__halo)')];
  const labels = [...svg.querySelectorAll('polygon.np-diamonds__segment')].flatMap((polygon) => {
    const lines = [];
    let el = polygon.nextElementSibling;
    for (; el && el.tagName === 'text'; el = el.nextElementSibling) {
      if (el.classList.contains('np-diamonds__halo')) continue;
      const b = el.getBBox();
      const corners = [[b.x, b.y], [b.x + b.width, b.y], [b.x, b.y + b.height],
        [b.x + b.width, b.y + b.height]];
      lines.push({text: el.textContent, inside: corners.every(([x, y]) => {
        const p = svg.createSVGPoint(); p.x = x; p.y = y; return polygon.isPointInFill(p); })});
    }
    return lines;
  });
  return {
    svg: box(svg),
    scale,
    texts: texts.map((t) => ({text: t.textContent, cls: t.getAttribute('class'),
      size: Number(t.getAttribute('font-size')), ...box(t)})),
    labels,
    outlines: [...svg.querySelectorAll('polygon.np-diamonds__outline')].map(box),
  };
}"""


def overlap(a, b, slack=0.5):
    return (
        a["left"] + slack < b["right"]
        and b["left"] + slack < a["right"]
        and a["top"] + slack < b["bottom"]
        and b["top"] + slack < a["bottom"]
    )


@pytest.mark.parametrize("stage", [Stage.GENERATE_OPTIONS, Stage.ANALYSE_NEED])
@pytest.mark.parametrize("width", [320, 1280])
def test_the_diamonds_words_are_legible_and_inside_their_shapes(live_server, page, width, stage):
    project = ProjectFactory(title="Personalising learning", stage=stage)
    officer = officer_of(project, email="olive@example.org", full_name="Olive Officer")
    page.set_viewport_size({"width": width, "height": 900})
    sign_in(page, live_server, officer.email, PASSWORD)
    page.goto(f"{live_server.url}{project.get_absolute_url()}")
    expect(
        page.get_by_role("img", name="Personalising learning: the three diamonds")
    ).to_be_visible()
    shapes = page.evaluate(SHAPES)

    assert page.evaluate("document.documentElement.scrollWidth") <= width
    svg, texts = shapes["svg"], shapes["texts"]
    assert svg["right"] <= width
    names = [t["text"] for t in texts]
    for word in ("Phase 1: Stimulate", "Analyse", "horizon", "Generate", "opens out", "refocuses"):
        assert word in names
    if width == 1280:
        assert "creative" in names, "the stage's whole name, where it fits"
    for t in texts:
        assert t["size"] * shapes["scale"] >= 12, (
            f"{t['text']!r} is {t['size'] * shapes['scale']:.1f}px"
        )
        assert svg["left"] - 0.5 <= t["left"] and t["right"] <= svg["right"] + 0.5, t["text"]
        assert svg["top"] - 0.5 <= t["top"] and t["bottom"] <= svg["bottom"] + 0.5, t["text"]
    for i, a in enumerate(texts):
        for b in texts[i + 1 :]:
            assert not overlap(a, b), f"{a['text']!r} overlaps {b['text']!r} at {width}px"
    assert len(shapes["labels"]) >= 9  # every line of the five names
    crossing = [label["text"] for label in shapes["labels"] if not label["inside"]]
    assert not crossing, f"stage names crossing their part's outline at {width}px: {crossing}"
    # Each diamond's top point is clear of its level's words ("System level", "Local level").
    levels = [t for t in texts if t["cls"] == "np-diamonds__level"]
    for level, outline in zip(levels, shapes["outlines"], strict=True):
        assert outline["top"] - level["bottom"] >= 4, f"{level['text']} touches its diamond"
    assert_accessible(page)
