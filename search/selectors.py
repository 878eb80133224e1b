"""Searching: the documents a person may see that match what they typed, grouped by kind,
counted, paged, and highlighted. The same query whatever the size of the data:

the first few of every kind, or one page of a single kind, ranked within each kind and
counted (window functions over the same matches), with the rows shown highlighted
(PostgreSQL's ts_headline on those rows only): one query.

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
from django.db.models import Case, DateTimeField, F, FloatField, Q, Value, When
from django.utils import dateformat, timezone

from . import access, highlight, registry
from .indexing import CONFIG, Escaped
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

    @property
    def day(self):
        """Its date as the page shows it: "3 March 2026" (the date filter's "j F Y")."""
        return dateformat.format(timezone.localtime(self.date), "j F Y")


@dataclass
class Group:
    searchable: registry.Searchable
    count: int
    results: list = field(default_factory=list)
    link: str = ""  # the query string of all its results (the page sets it)


@dataclass
class Found:
    # Group per kind with matches: in the registry's order when words were typed, else newest
    # first (each kind by its newest match), kinds without dates last
    groups: list
    total: int
    kind: registry.Searchable | None = None  # one kind asked for: its page
    page: int = 1
    pages: int = 1
    # Nothing found because nothing could be searched for (asked only then): "no words"
    # (only punctuation) or "common" (only words too common to search for: "the", "and").
    unsearchable: str = ""


def _postgres():
    return connection.vendor == "postgresql"


# British spelling doubles a final l before -ing, -ed, -er ("trialling", "dialled"), and
# PostgreSQL's English stemmer keeps it ("triall"), so they would not find "trials" or
# "dial". The words typed are also searched with the l single: after three letters and a
# vowel, or a letter and two vowels, as search/indexing.py SingledL (not "filled": "filed").
DOUBLED_L = re.compile(
    r"(?:(?<=[a-z]{3}[aeiou])|(?<=\b[a-z][aeiou]{2}))ll(?=(ing|ed|ers?)\b)", re.IGNORECASE
)


def _query(text):
    query = SearchQuery(text, config=CONFIG, search_type="websearch")
    single = DOUBLED_L.sub("l", text)
    if single != text:
        query |= SearchQuery(single, config=CONFIG, search_type="websearch")
    return query


def visible_documents(user, searchables, *, held=access.ASK):
    """Documents of `searchables` that the person may see: those carrying one of their keys
    (`held`, if already asked), named with the kind (search/indexing.py); an administrator,
    those carrying any key."""
    if held is access.ASK:
        held = access.keys_held(user)
    if held is None:  # an administrator: whatever anyone may find (a person in no programme
        docs = SearchDocument.objects.exclude(access={})  # is found by nobody, as the rule says)
        return docs.filter(kind__in=sorted(s.kind for s in searchables))
    keys = [f"{s.kind}/{key}" for s in searchables for key in held]
    if not keys:
        return SearchDocument.objects.none()
    return SearchDocument.objects.filter(access__has_any_keys=keys)


def matching(user, filters, searchables, *, held=access.ASK):
    """The visible documents matching the filters and the words typed."""
    docs = visible_documents(user, searchables, held=held)
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
        # Organisations, people and tools have no date of their own (their documents carry
        # the day they were indexed): a date filter leaves them out.
        undated = sorted(s.kind for s in searchables if not s.dated)
        if undated:
            docs = docs.exclude(kind__in=undated)
    if filters.text:
        if _postgres():
            docs = docs.filter(vector=_query(filters.text))
        else:  # SQLite: as the hint says PostgreSQL reads it, words found where they start
            wanted, unwanted = highlight.terms_of(filters.text)
            if not wanted and not unwanted:  # only "or", or a lone quote: nothing to find
                return docs.none()
            for term in wanted:
                found = highlight.word_start(term)
                docs = docs.filter(Q(title__iregex=found) | Q(body__iregex=found))
            for term in unwanted:
                found = highlight.word_start(term)
                docs = docs.exclude(Q(title__iregex=found) | Q(body__iregex=found))
    return docs


def _ranked(docs, filters, searchables):
    """The matches' (id, kind, date, rank, title): ranked by how well they match the words
    typed (PostgreSQL), or all alike (SQLite, and when nothing was typed), then newest first;
    kinds whose dates mean nothing (organisations, people) have none here, so their names'
    order decides."""
    if filters.text and _postgres():
        docs = docs.annotate(rank=SearchRank(F("vector"), _query(filters.text)))
    else:
        docs = docs.annotate(rank=Value(0, output_field=FloatField()))
    undated = sorted(s.kind for s in searchables if not s.dated)
    if undated:
        docs = docs.annotate(
            dated=Case(
                When(kind__in=undated, then=Value(None)),
                default=F("date"),
                output_field=DateTimeField(),
            )
        )
    else:
        docs = docs.annotate(dated=F("date"))
    return docs.values_list("id", "kind", "dated", "rank", "title")


def search(user, filters, *, searchables=None, page=1, held=access.ASK):
    """What `user` finds with `filters`: every kind's first few, or one kind's `page`.
    `held`: the person's access keys, if already asked."""
    searchables = searchables or registry.kinds()
    if filters.kinds:
        searchables = [s for s in searchables if s.kind in filters.kinds]
    docs = matching(user, filters, searchables, held=held)
    one = searchables[0] if len(filters.kinds) == 1 and len(searchables) == 1 else None
    if one:
        page = max(1, page)
        rows = _rows(docs, filters, searchables, page=page, size=PAGE_SIZE)
        if not rows and page > 1:  # past the end: the last page
            page = max(1, -(-docs.count() // PAGE_SIZE))
            rows = _rows(docs, filters, searchables, page=page, size=PAGE_SIZE)
    else:
        rows = _rows(docs, filters, searchables, page=1, size=PER_KIND)
    counts = {row.kind: row.n for row in rows}
    groups = [Group(s, counts[s.kind]) for s in searchables if counts.get(s.kind)]
    found = Found(groups=groups, total=sum(counts.values()), kind=one)
    if one:
        found.page = page
        found.pages = max(1, -(-found.total // PAGE_SIZE))
    by_kind = {g.searchable.kind: g for g in groups}
    words = highlight.words_of(filters.text)
    headlined = _headlined(filters)
    for row in rows:
        by_kind[row.kind].results.append(_result(row, words, headlined=headlined))
    if not filters.text:  # nothing ranks them: newest first, a kind by its newest, its first
        groups.sort(key=_newest_first)
    elif not found.total:
        found.unsearchable = _unsearchable(filters.text)
    return found


def _newest_first(group):
    if not group.searchable.dated or not group.results:
        return (1, 0)  # in the registry's order, after those with dates (the sort is stable)
    return (0, -group.results[0].date.timestamp())


def _unsearchable(text):
    """Why nothing at all was searched for, or "": "no words" when only punctuation was
    typed, "common" when only words too common to search for (PostgreSQL leaves out "the",
    "a", "not"...; on SQLite, only "or" and "and" are no words to find). One query, asked
    only when nothing was found."""
    if not re.search(r"[^\W_]", text):
        return "no words"
    if _postgres():
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT numnode(websearch_to_tsquery(%s::regconfig, %s))", [CONFIG, text]
            )
            empty = cursor.fetchone()[0] == 0
    else:
        wanted, unwanted = highlight.terms_of(text)
        empty = not wanted and not unwanted
    return "common" if empty else ""


@dataclass
class _Row:
    id: int
    kind: str
    n: int  # matches of its kind
    url: str
    date: datetime.datetime
    title: str  # with search's markers around matches on PostgreSQL (and entities: Escaped)
    body: str  # its excerpt, marked, when PostgreSQL marks (_headlined); else the whole body
    head: str | None  # when PostgreSQL marks: the body's start and end (EDGE characters),
    tail: str | None  # to say where the excerpt is cut ("…"); else None


# Characters of the body's start and end read with an excerpt, to tell whether it is cut
# there: enough for a few words, and nothing to measure beside ts_headline's reading of it.
EDGE = 120
FRAGMENTS = " … "  # between an excerpt's fragments


def _headlines(docs, filters):
    """SQL (and its parameters) of the title and the excerpt of the documents joined as
    search_searchdocument: PostgreSQL's ts_headline (Django's SearchHeadline) marking the
    words the search matched, the whole title and an excerpt of the body, and the body's
    first and last EDGE characters; else the columns (and no edges)."""
    if not _headlined(filters):
        return 'search_searchdocument."title", search_searchdocument."body", NULL, NULL', []
    query = _query(filters.text)
    marks = {"config": CONFIG, "start_sel": highlight.START, "stop_sel": highlight.STOP}
    # Of the texts as their words were read, "<" and ">" as entities (indexing.Escaped).
    title = SearchHeadline(Escaped("title"), query, highlight_all=True, **marks)
    body = SearchHeadline(
        Escaped("body"),
        query,
        max_words=35,
        min_words=15,
        max_fragments=2,
        fragment_delimiter=FRAGMENTS,
        **marks,
    )
    compiler = docs.query.get_compiler(connection=connection)
    sqls, params = [], []
    for headline in (title, body):
        sql, its_params = compiler.compile(headline.resolve_expression(docs.query))
        sqls.append(sql)
        params += its_params
    sqls.append(f'left(search_searchdocument."body", {EDGE})')
    sqls.append(f'right(search_searchdocument."body", {EDGE})')
    return ", ".join(sqls), params


def _rows(docs, filters, searchables, *, page, size):
    """The matches on page `page` (of `size`) of each kind, each with its kind's count and its
    words marked, in ONE query: the matches are found, counted and ranked once (window
    functions over the same rows) and only the rows shown are highlighted (ts_headline)."""
    if docs.query.is_empty():  # they hold no key
        return []
    inner, params = _ranked(docs, filters, searchables).query.sql_with_params()
    shown, marks = _headlines(docs, filters)
    # The chosen rows are joined back under the table's own name, which the compiled
    # headlines name (the matches' query is nested: its own use of the name stays inside).
    sql = (
        "SELECT search_searchdocument.id, search_searchdocument.kind, m.n, "
        f"search_searchdocument.url, search_searchdocument.date, {shown} FROM ("
        "SELECT s.id, COUNT(*) OVER (PARTITION BY s.kind) AS n, ROW_NUMBER() OVER ("
        "PARTITION BY s.kind ORDER BY s.rank DESC, s.dated DESC NULLS LAST, s.title, s.id DESC"
        ") AS place "
        f"FROM ({inner}) s) m "
        "JOIN search_searchdocument ON search_searchdocument.id = m.id "
        "WHERE m.place BETWEEN %s AND %s ORDER BY m.place"
    )
    first = (page - 1) * size + 1
    with connection.cursor() as cursor:
        cursor.execute(sql, [*marks, *params, first, first + size - 1])
        rows = [_Row(*row) for row in cursor.fetchall()]
    if not _postgres():  # as the ORM reads it: aware (SQLite returns text)
        for row in rows:
            row.date = connection.ops.convert_datetimefield_value(row.date, None, connection)
    return rows


def _headlined(filters):
    """Whether PostgreSQL marks the matches and cuts the excerpt (ts_headline)."""
    return bool(filters.text) and _postgres()


def _result(row, words, *, headlined):
    """A row as shown: its title and excerpt escaped, with the matches marked."""
    if headlined:  # ts_headline's texts, with their entities written back (Escaped)
        title = highlight.unescaped(row.title)
        body = highlight.cut_marked(highlight.unescaped(row.body), row.head, row.tail)
    else:
        title = highlight.plain_markers(row.title, words)
        body = highlight.plain_markers(highlight.excerpt(row.body, words), words)
    return Result(
        kind=row.kind,
        title=highlight.marked(title),
        excerpt=highlight.marked(body),
        url=row.url,
        date=row.date,
    )
