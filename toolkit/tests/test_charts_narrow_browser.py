"""A results page's charts on a 320 px phone: the page does not scroll sideways and the
charts' words stay readable (drawn for the width, not the desktop drawing shrunk to a third),
and axe finds nothing."""

import pytest
from django.urls import reverse

from accounts.tests.factories import UserFactory
from nextpractice.testing.browser import assert_accessible, sign_in
from toolkit.tests.factories import ExerciseFactory
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
