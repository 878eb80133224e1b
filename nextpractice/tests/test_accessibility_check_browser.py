"""The accessibility check every browser test leans on finds what it is there to find: a
page with an image without words, a field without a label and pale text fails it, naming
each rule, and the same page put right passes."""

import pytest

from nextpractice.testing.browser import assert_accessible

pytestmark = pytest.mark.browser

PAGE = """<!doctype html>
<html lang="en"><head><title>A page</title></head>
<body><main>
  <h1>Monthly update</h1>
  {image}
  <form>{field}</form>
  <p style="color: {grey}; background: #fff">What the trial learned this month.</p>
</main></body></html>"""

BROKEN = {
    "image": '<img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=">',
    "field": '<input type="text" name="progress">',
    "grey": "#ccc",
}
RIGHT = {
    "image": '<img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" alt="The trial\'s school">',
    "field": '<label for="progress">Progress</label><input type="text" id="progress">',
    "grey": "#333",
}


def test_a_page_that_breaks_wcag_fails_the_check_naming_each_rule(page):
    page.set_content(PAGE.format(**BROKEN))
    with pytest.raises(AssertionError) as failed:
        assert_accessible(page)
    for rule in ("image-alt", "label", "color-contrast"):
        assert rule in str(failed.value)


def test_the_same_page_put_right_passes(page):
    page.set_content(PAGE.format(**RIGHT))
    assert_accessible(page)
