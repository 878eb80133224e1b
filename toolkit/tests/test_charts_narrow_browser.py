"""A results page's charts on a 320 px phone: the page does not scroll sideways and the
charts' words stay readable (drawn for the width, not the desktop drawing shrunk to a third),
and axe finds nothing."""

import copy

import pytest
from django.urls import reverse

from accounts.tests.factories import UserFactory
from nextpractice.testing.browser import assert_accessible, sign_in
from toolkit.tests.factories import SAMPLE_DEFINITION, ExerciseFactory
from toolkit.tests.test_results import submit

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
PASSWORD = "correct horse battery"


@pytest.fixture
def exercise():
    facilitator = UserFactory(full_name="Fay Facilitator")
    exercise = ExerciseFactory(title="Spring review", facilitator=facilitator)
    for i, name in enumerate(["Ann Able", "Ben Baker", "Cat Cole"]):
        submit(
            exercise,
            {
                "first.rank": [["a", "b", "c"], ["b", "a", "c"], ["a", "c", "b"]][i],
                "first.rate": [1, 4, 4][i],
                "first.pick": "xy"[i % 2],
                "second.many": ["p", "q"],
                "second.grid": {"s1": 3, "s2": [1, 4][i % 2]},
            },
            name=name,
        )
    return exercise


def visible_chart_text_sizes(page):
    """The drawn height, in CSS pixels, of each text of the charts a person can see."""
    return page.evaluate(
        """() => [...document.querySelectorAll('main svg text')]
              .filter(t => t.getClientRects().length)
              .map(t => t.getBoundingClientRect().height)"""
    )


def test_the_charts_fit_a_320_px_phone_with_readable_words(live_server, page, exercise):
    page.set_viewport_size({"width": 320, "height": 640})
    sign_in(page, live_server, exercise.facilitator.email, PASSWORD)
    page.goto(live_server.url + reverse("toolkit:exercise_results", args=[exercise.pk]))

    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= 320, f"the page scrolls sideways at 320px ({width}px wide)"
    sizes = visible_chart_text_sizes(page)
    assert len(sizes) >= 20  # five charts: bars, a matrix's stacked bars, a consensus order
    # 14 px text draws about 16 px high; shrunk from the 640-wide drawing it was about 7.
    assert min(sizes) >= 12, f"chart text drawn {min(sizes):.1f}px high at 320px"
    assert_accessible(page)

    page.set_viewport_size({"width": 1280, "height": 900})
    assert min(visible_chart_text_sizes(page)) >= 12  # the wide drawing, at its own size


# Delta 6's challenges, as long as a tool's items get.
LONG_ITEMS = [
    "Personalising learning so that every young person makes progress",
    "Closing the gap between disadvantaged young people and their peers",
    "Recruiting, developing and keeping the workforce, and securing headteacher succession",
]


@pytest.fixture
def long_labels():
    definition = copy.deepcopy(SAMPLE_DEFINITION)
    rank = definition["sections"][0]["questions"][0]
    for item, label in zip(rank["items"], LONG_ITEMS, strict=True):
        item["label"] = label
    grid = definition["sections"][1]["questions"][3]
    grid["statements"][0]["text"] = "I plan lessons together with colleagues in other schools"
    exercise = ExerciseFactory(
        title="Prioritising our challenges", tool_version__definition=definition
    )
    for i in range(3):
        submit(
            exercise,
            {"first.rank": [["a", "b", "c"], ["b", "a", "c"], ["a", "c", "b"]][i]},
            name=f"Person {i}",
        )
    submit(exercise, {"second.grid": {"s1": 3, "s2": 4}}, name="Person 3")
    return exercise


def test_long_item_labels_are_whole_and_readable_on_a_phone(live_server, page, long_labels):
    """Delta 6's items were cut to "Personalising learning so that…" on a phone: they wrap
    over lines above their bars, whole, each line inside the chart and 12 px or more."""
    page.set_viewport_size({"width": 320, "height": 640})
    sign_in(page, live_server, long_labels.facilitator.email, PASSWORD)
    page.goto(live_server.url + reverse("toolkit:exercise_results", args=[long_labels.pk]))
    assert page.evaluate("document.documentElement.scrollWidth") <= 320
    labels = page.evaluate(
        """() => [...document.querySelectorAll('main svg')]
              .filter(s => s.getClientRects().length && s.querySelector('tspan'))
              .flatMap(s => { const box = s.getBoundingClientRect();
                return [...s.querySelectorAll('text')].filter(t => t.querySelector('tspan'))
                  .map(t => ({
                    text: [...t.querySelectorAll('tspan')].map(l => l.textContent).join(' '),
                    lines: [...t.querySelectorAll('tspan')].map(l => {
                      const r = l.getBoundingClientRect();
                      return {left: r.left, right: r.right, height: r.height}; }),
                    svgLeft: box.left, svgRight: box.right })); })"""
    )
    texts = [label["text"] for label in labels]
    for item in LONG_ITEMS:
        assert any(text.endswith(item) for text in texts), f"{item!r} not whole: {texts}"
    assert "I plan lessons together with colleagues in other schools" in texts
    for label in labels:
        assert "…" not in label["text"]
        for line in label["lines"]:
            assert line["height"] >= 12, f"{label['text']!r} drawn {line['height']:.1f}px high"
            assert label["svgLeft"] - 0.5 <= line["left"], label["text"]
            assert line["right"] <= label["svgRight"] + 0.5, f"{label['text']!r} is cut off"
    assert_accessible(page)
