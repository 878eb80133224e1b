"""Which page of a list a page number asks for (nextpractice.paging.paged)."""

import pytest

from nextpractice.paging import paged


@pytest.mark.parametrize(
    "asked, shown",
    [("2", 2), ("0", 1), ("-3", 1), (" 0", 1), ("99", 3), ("many", 1), ("", 1), (None, 1)],
)
def test_a_page_number_below_one_shows_the_first_page_and_one_past_the_end_the_last(
    rf, asked, shown
):
    """`?page=0` showed the last page of the trials ("Showing 26 to 34")."""
    request = rf.get("/", {} if asked is None else {"page": asked})
    assert paged(request, list(range(60))).number == shown
