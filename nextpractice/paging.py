"""Paging a list for templates/includes/pagination.html: every paged list in the app, each
by a query parameter of its own when a page holds more than one (`?objectives-page=2`), the
other parameters (filters, the other lists' pages) kept in its links."""

import re

from django.core.paginator import Paginator

PAGE_SIZE = 25


def whole_number(text, digits=9):
    """`text` as a whole number when it is one written plainly (ASCII digits, at most `digits`
    of them, perhaps after a minus), else None: "²" and "--5" are not, and 5,000 digits are
    more than int() will read."""
    text = str(text or "").strip()
    return int(text) if re.fullmatch(rf"-?[0-9]{{1,{digits}}}", text) else None


def paged(request, rows, param="page", *, per_page=PAGE_SIZE, fragment=""):
    """One page of `rows`, the one `?<param>=` asks for (the last for a number past it, the
    first for 0 or less, or for anything not a number: Django's paginator gave the last for
    0 or less), with
    `links` [(number or the ellipsis, its URL or None)] and `previous_url` / `next_url`, the
    request's other query parameters kept, so that paging one list leaves the others where
    they were; `fragment` (an element's id) brings the reader back to the list."""
    asked = whole_number(request.GET.get(param))
    page = Paginator(rows, per_page).get_page(max(asked, 1) if asked is not None else None)
    query = request.GET.copy()

    def url(number):
        query[param] = number
        return f"?{query.urlencode()}" + (f"#{fragment}" if fragment else "")

    ellipsis = page.paginator.ELLIPSIS
    page.links = [
        (n, None if n == ellipsis else url(n))
        for n in page.paginator.get_elided_page_range(page.number, on_each_side=1, on_ends=1)
    ]
    page.previous_url = url(page.previous_page_number()) if page.has_previous() else None
    page.next_url = url(page.next_page_number()) if page.has_next() else None
    return page
