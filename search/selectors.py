"""Searching: the documents a person may see that match what they typed, grouped by kind,
counted, paged, and highlighted. The same few queries whatever the size of the data:

1. the page of results: the first few of every kind (ranked within each kind by a window
   function), or one page of a single kind, each row with its kind's count (a window too);
2. their highlighted titles and excerpts (PostgreSQL's ts_headline on those rows only).

Visibility is one condition, on the documents' access keys: a document is visible when it
carries a key the person holds (search/access.py: each app's rule written as keys, held to
the rule by search/tests/test_access_keys.py). On PostgreSQL one GIN index covers the words
and the keys, so the matches a person may see are found in one index scan, however many
documents there are that they may not: what a person may not see is never returned, counted
or highlighted.
"""

import datetime
import re
from dataclasses import dataclass, field

from django.contrib.postgres.search import SearchHeadline, SearchQuery, SearchRank
from django.db import connection
from django.db.models import Count, F, Q, Window
from django.db.models.functions import RowNumber
from django.utils import timezone

from . import access, highlight, registry
from .models import SearchDocument

PER_KIND = 5  # results of each kind when every kind is shown
PAGE_SIZE = 20  # results a page when one kind is shown
SINCE_DAYS = {"week": 7, "month": 31, "year": 366}


@dataclass
class Filters:
    """What the person asked for (already checked by search/forms.py)."""

    text: str = ""
    kinds: tuple = ()  # kind slugs; empty: every kind
    programme: int | None = None
    project: int | None = None
    policy_area: str = ""
    theme: int | None = None
    since: str = ""  # a key of SINCE_DAYS, or "" for any time


@dataclass
class Result:
    kind: str
    title: str  # safe HTML: escaped, matches marked
    excerpt: str  # safe HTML
    url: str
    date: datetime.datetime


@dataclass
class Group:
    searchable: registry.Searchable
    count: int
    results: list = field(default_factory=list)


@dataclass
class Found:
    groups: list  # Group per kind with matches, in the registry's order
    total: int
    kind: registry.Searchable | None = None  # one kind asked for: its page
    page: int = 1
    pages: int = 1


def _postgres():
    return connection.vendor == "postgresql"


# British spelling doubles a final l before -ing, -ed, -er ("trialling", "modelled"), and
# PostgreSQL's English stemmer keeps it ("triall"), so they would not find "trials" or
# "modeled". The words typed are also searched with the l single.
DOUBLED_L = re.compile(r"(?<=[a-z]{3}[aeiou])ll(?=(ing|ed|ers?)\b)", re.IGNORECASE)


def _query(text):
    query = SearchQuery(text, config="english", search_type="websearch")
    single = DOUBLED_L.sub("l", text)
    if single != text:
        query |= SearchQuery(single, config="english", search_type="websearch")
    return query


def visible_documents(user, searchables):
    """Documents of `searchables` that the person may see: those carrying one of their keys,
    named with the kind (search/indexing.py); an administrator, those carrying any key."""
    held = access.keys_held(user)
    if held is None:  # an administrator: whatever anyone may find (a person in no programme
        docs = SearchDocument.objects.exclude(access={})  # is found by nobody, as the rule says)
        return docs.filter(kind__in=sorted(s.kind for s in searchables))
    keys = [f"{s.kind}/{key}" for s in searchables for key in held]
    if not keys:
        return SearchDocument.objects.none()
    return SearchDocument.objects.filter(access__has_any_keys=keys)


def matching(user, filters, searchables):
    """The visible documents matching the filters and the words typed."""
    docs = visible_documents(user, searchables)
    if filters.programme:
        docs = docs.filter(programme_id=filters.programme)
    if filters.project:
        docs = docs.filter(project_id=filters.project)
    if filters.policy_area:
        docs = docs.filter(policy_area=filters.policy_area)
    if filters.theme:
        docs = docs.filter(theme_ids__contains=f",{filters.theme},")
    if filters.since in SINCE_DAYS:
        docs = docs.filter(date__gte=timezone.now() - datetime.timedelta(SINCE_DAYS[filters.since]))
    if filters.text:
        if _postgres():
            docs = docs.filter(vector=_query(filters.text))
        else:
            for word in highlight.words_of(filters.text):
                docs = docs.filter(Q(title__icontains=word) | Q(body__icontains=word))
    return docs


def _ordered(docs, filters):
    if filters.text and _postgres():
        docs = docs.annotate(rank=SearchRank(F("vector"), _query(filters.text)))
        return docs, [F("rank").desc(), F("date").desc(), F("pk").desc()]
    return docs, [F("date").desc(), F("pk").desc()]


def search(user, filters, *, searchables=None, page=1):
    """What `user` finds with `filters`: every kind's first few, or one kind's `page`."""
    searchables = searchables or registry.kinds()
    if filters.kinds:
        searchables = [s for s in searchables if s.kind in filters.kinds]
    docs = matching(user, filters, searchables)
    ranked, order = _ordered(docs, filters)
    one = searchables[0] if len(filters.kinds) == 1 and len(searchables) == 1 else None
    # Each row carries its kind's count (a window over the same matches), so the matches are
    # found, counted and ranked once.
    counted = ranked.annotate(n=Window(Count("pk"), partition_by=[F("kind")]))
    if one:
        page = max(1, page)
        rows = _page_of(counted, order, page)
        if not rows and page > 1:  # past the end: the last page
            total = docs.count()
            page = max(1, -(-total // PAGE_SIZE))
            rows = _page_of(counted, order, page)
    else:
        rows = list(
            counted.annotate(row=Window(RowNumber(), partition_by=[F("kind")], order_by=order))
            .filter(row__lte=PER_KIND)
            .values_list("pk", "kind", "n")
        )
    counts = {kind: n for _pk, kind, n in rows}
    groups = [Group(s, counts[s.kind]) for s in searchables if counts.get(s.kind)]
    found = Found(groups=groups, total=sum(counts.values()), kind=one)
    if one:
        found.page = page
        found.pages = max(1, -(-found.total // PAGE_SIZE))
    by_kind = {g.searchable.kind: g for g in groups}
    for result in _results([pk for pk, _kind, _n in rows], filters):
        by_kind[result.kind].results.append(result)
    return found


def _page_of(counted, order, page):
    start = (page - 1) * PAGE_SIZE
    return list(counted.order_by(*order).values_list("pk", "kind", "n")[start : start + PAGE_SIZE])


def _results(ids, filters):
    """The documents `ids`, in that order, with their matches marked (one query)."""
    rows = SearchDocument.objects.filter(pk__in=ids).only("kind", "title", "body", "url", "date")
    if filters.text and _postgres():
        query = _query(filters.text)
        marks = {"config": "english", "start_sel": highlight.START, "stop_sel": highlight.STOP}
        rows = rows.annotate(
            title_marked=SearchHeadline("title", query, highlight_all=True, **marks),
            body_marked=SearchHeadline(
                "body", query, max_words=35, min_words=15, max_fragments=2, **marks
            ),
        )
    place = {pk: i for i, pk in enumerate(ids)}
    words = highlight.words_of(filters.text)
    out = []
    for doc in sorted(rows, key=lambda d: place[d.pk]):
        if hasattr(doc, "title_marked"):
            title, body = doc.title_marked, doc.body_marked
        else:
            title = highlight.plain_markers(doc.title, words)
            body = highlight.plain_markers(highlight.excerpt(doc.body, words), words)
        out.append(
            Result(
                kind=doc.kind,
                title=highlight.marked(title),
                excerpt=highlight.marked(body),
                url=doc.url,
                date=doc.date,
            )
        )
    return out
