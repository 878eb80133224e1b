"""No GET changes the database: every page each demo role can reach, and every GET of the
access test, leaves every table as it was (its rows and what they hold).

The crawl signs in as each demo role, starts at the home page and follows every link on the
site (href, hx-get and form actions) but Django's admin, sign-out and static files, breadth
first, up to PAGES_PER_ROLE pages a role, the first few of each kind of page before more of
any one (the demo has some 1,900 pages for an officer: 300 reach 83 of its 84 kinds). A role
signs in before the first count: signing in writes the session and last_login.
"""

import hashlib
import html
import re
from collections import Counter, deque

import pytest
from django.conf import settings
from django.db import connection, transaction
from django.test import Client
from django.urls import Resolver404, resolve, reverse

from accounts.demo import PEOPLE
from accounts.models import User
from nextpractice.testing.demo import load_demo
from nextpractice.testing.fixtures import PERSONAS
from nextpractice.tests.test_access import CASES

pytestmark = pytest.mark.django_db

PAGES_PER_ROLE = 300
EACH_KIND = 3
LINK = re.compile(r'\b(?:href|data-hx-get|hx-get|action)="(/[^"]*)"')
NOT_CRAWLED = ("/admin/", f"/{settings.STATIC_URL.strip('/')}/", "/accounts/sign-out/")


def _text(value):
    """A column's value as the same text however often it is read (bytes as hex)."""
    if isinstance(value, memoryview | bytes):
        return bytes(value).hex()
    return str(value)


def snapshot():
    """Every table's row count and a digest of its rows (in any order), so an UPDATE shows
    as well as an INSERT or DELETE. Django's own tables are included: a GET must not write
    the session either."""
    tables = {}
    with connection.cursor() as cursor:
        for table in sorted(connection.introspection.table_names(cursor)):
            cursor.execute(f"SELECT * FROM {connection.ops.quote_name(table)}")
            rows = sorted("\x1f".join(map(_text, row)) for row in cursor.fetchall())
            tables[table] = (len(rows), hashlib.sha256("\x1e".join(rows).encode()).hexdigest())
    return tables


def changes(before, after):
    """Each table that differs, named with its rows before and after."""
    found = []
    for table in sorted(before.keys() | after.keys()):
        (was, old), (now, new) = before.get(table, (0, "")), after.get(table, (0, ""))
        if old != new:
            found.append(
                f"{table}: {was} rows before, {now} after{'' if was != now else ', changed'}"
            )
    return found


def get(client, url, failures):
    """GET `url`; a 5xx or an exception is noted in `failures`. Returns the response or None."""
    try:
        # A savepoint each: an error in one page must not abort the test's transaction.
        with transaction.atomic():
            response = client.get(url)
    except Exception as error:  # noted, and the crawl goes on
        failures.append(f"GET {url}: {type(error).__name__}: {error}")
        return None
    if response.status_code >= 500:
        failures.append(f"GET {url}: {response.status_code}")
    return response


def links(response):
    if response is None or response.streaming or response.status_code != 200:
        return []
    if not response.get("Content-Type", "").startswith("text/html"):
        return []
    found = (html.unescape(m).split("#")[0] for m in LINK.findall(response.content.decode()))
    return [url for url in found if url and not url.startswith(NOT_CRAWLED)]


def kind_of_page(url):
    """The view a URL reaches, and whether it has a query string (a filter, a page)."""
    path, _, query = url.partition("?")
    try:
        name = resolve(path).view_name
    except Resolver404:
        name = None
    return name, bool(query)


def crawl(client, failures):
    """Pages reachable from home by links, breadth first, PAGES_PER_ROLE at most: the first
    EACH_KIND found of each kind of page come before any other, so every kind is reached
    within the budget; the rest fill what is left of it. Returns the URLs fetched."""
    seen, kinds = {"/"}, Counter()
    first, rest = deque(["/"]), deque()
    fetched = []
    while (first or rest) and len(fetched) < PAGES_PER_ROLE:
        url = (first or rest).popleft()
        fetched.append(url)
        for found in links(get(client, url, failures)):
            if found in seen:
                continue
            seen.add(found)
            kind = kind_of_page(found)
            kinds[kind] += 1
            (first if kinds[kind] <= EACH_KIND else rest).append(found)
    return fetched


def test_no_page_any_demo_role_reaches_changes_the_database():
    load_demo()
    failures = []
    for role, email, *_ in PEOPLE:
        client = Client()
        client.force_login(User.objects.get(email=email))  # writes the session: before
        before = snapshot()
        fetched = crawl(client, failures)
        assert len(fetched) > 20, f"{role} reached only {fetched}"
        changed = changes(before, snapshot())
        if changed:
            failures.append(f"{role}'s {len(fetched)} GETs changed: {'; '.join(changed)}")
    assert not failures, "\n".join(failures)


def test_no_get_of_the_access_test_changes_the_database(world):
    urls = [
        reverse(name, kwargs=kwargs)
        for name, cases in CASES(world).items()  # some cases make objects: first
        for method, kwargs, _statuses, _data in cases
        if method == "get"
    ]
    failures = []
    for persona in PERSONAS:
        client = Client()
        if world.users[persona] is not None:
            client.force_login(world.users[persona])
        before = snapshot()
        for url in urls:
            get(client, url, failures)
        changed = changes(before, snapshot())
        if changed:
            failures.append(f"{len(urls)} GETs as {persona} changed: {'; '.join(changed)}")
    assert not failures, "\n".join(failures)
