"""Every page each demo role can reach answers as every answer must (nextpractice/testing/
answers.py): without a server error, without writing to the database (not even a write rolled
back), never to be kept by a cache, and a download sandboxed. The access test checks the same
on every URL as every persona of its small world; this is the same on the demo's real pages.

The crawl signs in as each demo role, starts at the home page and follows every link on the
site (href, hx-get and form actions) but Django's admin, sign-out and static files, breadth
first, up to PAGES_PER_ROLE pages a role, the first few of each kind of page before more of
any one (the demo has some 1,900 pages for an officer: 300 reach 83 of its 84 kinds). A role
signs in before the first count: signing in writes the session and last_login.
"""

import html
import logging
import re
from collections import Counter, deque

import pytest
from django.conf import settings
from django.db import transaction
from django.test import Client
from django.urls import Resolver404, resolve

from accounts.demo import PEOPLE
from accounts.models import User
from nextpractice.testing.answers import problems, read_body, watching_writes
from nextpractice.testing.demo import load_demo

pytestmark = pytest.mark.django_db

PAGES_PER_ROLE = 300
EACH_KIND = 3
LINK = re.compile(r'\b(?:href|data-hx-get|hx-get|action)="(/[^"]*)"')
NOT_CRAWLED = ("/admin/", f"/{settings.STATIC_URL.strip('/')}/", "/accounts/sign-out/")


# What the form layouts log when a page's form is drawn wrong (crispy-forms): a field the
# layout names that the form no longer has, or a field drawn twice (a second hidden version).
FORM_WARNINGS = ("Could not resolve form field", "should only be rendered once")


class _Kept(logging.Handler):
    def __init__(self):
        super().__init__(logging.WARNING)
        self.messages = []

    def emit(self, record):
        self.messages.append(record.getMessage())


def get(client, url, failures):
    """GET `url`; a 5xx, an exception, a statement that would write or a form drawn wrong is
    noted in `failures`. Returns the response or None."""
    kept = _Kept()
    logging.getLogger().addHandler(kept)
    try:
        # A savepoint each: an error in one page must not abort the test's transaction.
        with transaction.atomic(), watching_writes() as written:
            response = client.get(url)
            read_body(response)
    except Exception as error:  # noted, and the crawl goes on
        failures.append(f"GET {url}: {type(error).__name__}: {error}")
        return None
    finally:
        logging.getLogger().removeHandler(kept)
    failures += [f"GET {url}: {m}" for m in kept.messages if m.startswith(FORM_WARNINGS)]
    if response.status_code >= 500:
        failures.append(f"GET {url}: {response.status_code}")
    failures += problems("get", url, response, written, signed_in=True)
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


def test_every_page_each_demo_role_reaches_answers_as_every_answer_must():
    load_demo()
    failures = []
    for role, email, *_ in PEOPLE:
        client = Client()
        client.force_login(User.objects.get(email=email))  # writes the session: before
        fetched = crawl(client, failures)
        assert len(fetched) > 20, f"{role} reached only {fetched}"
    assert not failures, "\n".join(failures)


def test_the_watch_sees_each_kind_of_write_and_takes_no_read_for_one(world):
    from fieldtrials.models import MonthlyUpdate

    leader = world.users["leader"]
    with transaction.atomic(), watching_writes() as written:
        # Reads, of a table whose name holds "update" and under a row lock.
        list(MonthlyUpdate.objects.select_for_update().filter(what_next__contains="UPDATE"))
        list(User.objects.select_for_update(no_key=True).filter(pk=leader.pk))
        User.objects.filter(full_name__icontains="delete").exists()
    assert written == []
    for write, first_word in (
        (lambda: User.objects.filter(pk=leader.pk).update(full_name="Changed"), "UPDATE"),
        (lambda: User.objects.create(email="new@example.org", full_name="New"), "INSERT"),
        (lambda: world.gale.delete(), "DELETE"),
    ):
        with transaction.atomic(), watching_writes() as written:
            write()
        assert written and written[0].split()[0] == first_word, written
