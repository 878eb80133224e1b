"""What axe cannot see, checked in a real Chromium with the built style sheet: a focused
scroll region's ring stands out from white (WCAG 1.4.11, 3:1), the red and amber tags
are told apart by more than their words, the programme timeline's neighbouring stages and the
diamonds' stages moved on from stand out (3:1), and search highlights are not the focus
style."""

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


def computed(page, html, selector, properties):
    """The computed `properties` of `selector` in `html` added to the page."""
    return page.evaluate(
        """([html, selector, properties]) => {
            const holder = document.createElement('div');
            holder.innerHTML = html;
            document.body.append(holder);
            return [...holder.querySelectorAll(selector)].map(e => {
                const style = getComputedStyle(e);
                return Object.fromEntries(properties.map(p => [p, style.getPropertyValue(p)]));
            });
        }""",
        [html, selector, properties],
    )


def test_the_timelines_neighbouring_stages_differ_by_3_to_1_and_a_white_gap(live_server, page):
    from programmes.models import STAGE_ORDER

    page.goto(live_server.url + reverse("help"))
    bars = "".join(
        f'<rect class="np-stage-fill--{stage} np-timeline-chart__{kind}" width="9" height="9"/>'
        for kind in ("actual", "planned")
        for stage in STAGE_ORDER
    )
    styles = computed(
        page, f"<svg>{bars}</svg>", "rect", ["fill", "stroke", "stroke-width", "opacity"]
    )
    fills = [colours(style["fill"])[0] for style in styles]
    white = (255, 255, 255)
    for actual, planned in zip(fills[: len(STAGE_ORDER)], fills[len(STAGE_ORDER) :], strict=True):
        assert actual == planned  # the same colours, planned bars thin, not paler
    for a, b in zip(fills[: len(STAGE_ORDER)], fills[1 : len(STAGE_ORDER)], strict=False):
        assert contrast(a, b) >= 3, (a, b)
    assert all(contrast(fill, white) >= 3 for fill in fills)
    for style in styles:
        assert colours(style["stroke"]) == [white] and float(style["stroke-width"][:-2]) >= 2
        assert style["opacity"] == "1"


def test_stages_moved_on_from_are_marked_by_lines_that_show_on_white(live_server, page):
    page.goto(live_server.url + reverse("help"))
    html = (
        '<svg><defs><pattern id="np-diamonds-done" width="10" height="10">'
        '<rect class="np-diamonds__hatch-ground"/><path class="np-diamonds__hatch"/></pattern>'
        '</defs><polygon class="np-diamonds__segment np-diamonds__segment--done"/>'
        '<polygon class="np-diamonds__segment np-diamonds__segment--to-come"/></svg>'
    )
    done, to_come = computed(page, html, "polygon", ["fill"])
    assert 'url("#np-diamonds-done")' in done["fill"]
    ground, hatch = computed(page, html, "pattern > *", ["fill", "stroke"])
    lines = colours(hatch["stroke"])[0]
    assert contrast(lines, colours(to_come["fill"])[0]) >= 3
    assert contrast(lines, colours(ground["fill"])[0]) >= 3


def test_search_highlights_are_not_the_keyboard_focus_style(live_server, page):
    page.goto(live_server.url + reverse("help"))
    html = (
        '<div class="np-search-result"><p class="govuk-body">A <mark>match</mark> here</p>'
        '<a class="govuk-link" href="#top" id="np-focus-check">A result</a></div>'
    )
    paragraph, mark = computed(page, html, "p, mark", ["background-color", "font-weight"])
    page.locator("#np-focus-check").focus()
    focused = page.locator("#np-focus-check").evaluate("e => getComputedStyle(e).backgroundColor")
    assert colours(mark["background-color"]) != colours(focused)
    assert mark["font-weight"] == paragraph["font-weight"]  # no bold, as focus is
    focus_yellow = colours(focused)[0]
    assert contrast(colours(mark["background-color"])[0], focus_yellow) > 1.05
