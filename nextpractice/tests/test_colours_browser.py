"""What axe cannot see, checked in a real Chromium with the built style sheet: a focused
scroll region's ring stands out from white (WCAG 1.4.11, 3:1), and the red and amber tags
are told apart by more than their words."""

import colorsys

import pytest
from django.urls import reverse

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def luminance(rgb):
    def channel(c):
        c = c / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (channel(c) for c in rgb)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(a, b):
    hi, lo = sorted([luminance(a), luminance(b)], reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def colours(css):
    """The rgb() triples in a computed style value."""
    import re

    return [tuple(int(n) for n in m) for m in re.findall(r"rgb\((\d+), (\d+), (\d+)\)", css)]


def test_a_focused_table_region_has_a_ring_that_shows_on_white(live_server, page):
    page.goto(live_server.url + reverse("help"))
    region = page.get_by_role("region", name="The stages of a project")
    region.focus()
    style = region.evaluate(
        "e => getComputedStyle(e).boxShadow + ' ' + getComputedStyle(e).outlineColor"
    )
    assert max(contrast(c, (255, 255, 255)) for c in colours(style)) >= 3


def test_red_and_amber_tags_differ_in_colour_not_only_in_words(live_server, page):
    page.goto(live_server.url + reverse("help"))
    backgrounds = page.evaluate(
        """() => ['red', 'amber', 'green'].map(rag => {
            const tag = document.createElement('strong');
            tag.className = 'govuk-tag np-rag np-rag--' + rag;
            tag.textContent = rag;
            document.body.append(tag);
            return getComputedStyle(tag).backgroundColor;
        })"""
    )
    red, amber, green = (colours(b)[0] for b in backgrounds)

    def hue(rgb):
        return colorsys.rgb_to_hls(*(c / 255 for c in rgb))[0] * 360

    # Pale tints differ little in lightness, so their hues must differ (the old orange amber
    # was 11 degrees from the red).
    for a, b in [(red, amber), (red, green), (amber, green)]:
        gap = abs(hue(a) - hue(b))
        assert min(gap, 360 - gap) >= 30, (a, b)
