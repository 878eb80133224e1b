"""Each demo role's first five minutes on a fresh demo, in a real Chromium: home, the page
they came for, one thing done. On every page: no date-nonsense (nothing overdue by longer
than the programme has run, no month after today's or after a trial's end asked of it, no
internal notes, no history signed by "The system"), axe-core passes, and at 320 px the page
does not scroll sideways.

`load_demo` runs once for the module (about half a minute) and the walks share its database.
The database is emptied at the end, as a transactional test's is.
"""

import datetime
import re
import time

import pytest
from django.conf import settings
from django.core.management import call_command
from django.db import connection
from django.test import override_settings
from django.utils import timezone
from django.utils.formats import date_format
from playwright.sync_api import expect
from pytest_django.live_server_helper import LiveServer

from fieldtrials.models import FieldTrial, MonthlyUpdate
from nextpractice.testing.browser import assert_accessible, sign_in
from nextpractice.testing.demo import load_demo
from nextpractice.tests.test_demo_live import NOTES
from programmes.models import Programme
from reports.tests.helpers import pdf_text

# Not transactional: each walk runs in a transaction rolled back at its end where the live
# server shares the test's connection (SQLite in memory), so every walk starts from the same
# demo; on PostgreSQL the server commits, and the walks change only what no other reads.
pytestmark = [pytest.mark.browser, pytest.mark.django_db]

MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
OVERDUE_BY = re.compile(r"Overdue\s+by\s+([\d,]+)\s+days?", re.IGNORECASE)
UPDATE_FOR = re.compile(rf"update for ({MONTHS}) (\d{{4}})")
SINCE = re.compile(rf"\bsince (\d{{1,2}}) ({MONTHS}) (\d{{4}})")


@pytest.fixture(scope="module")
def demo_site(django_db_setup, django_db_blocker, tmp_path_factory):
    """A live server on a database `load_demo` filled once for the module's walks."""
    media = tmp_path_factory.mktemp("demo-media")
    hashers = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    with (
        django_db_blocker.unblock(),
        override_settings(MEDIA_ROOT=media, PASSWORD_HASHERS=hashers),
    ):
        # Only ever the test database (pytest-django makes it for the module's django_db mark).
        name = str(connection.settings_dict["NAME"])
        assert "test" in name or "memory" in name, f"not a test database: {name}"
        # What the migrations put in (beat's schedules, resource domains...), to put back
        # after the flush below: later tests in the run rely on it, as Django's serialized
        # rollback does for a transactional test case.
        migrations_data = connection.creation.serialize_db_to_string()
        started = time.monotonic()
        load_demo()
        print(f"\nload_demo took {time.monotonic() - started:.1f}s")
        server = LiveServer("localhost")
        server._live_server_modified_settings.enable()
        try:
            yield server
        finally:
            server._live_server_modified_settings.disable()
            server.stop()
            # What TransactionTestCase does after each test (with serialized rollback): the
            # next module starts from what the migrations made.
            call_command("flush", interactive=False, verbosity=0, inhibit_post_migrate=True)
            connection.creation.deserialize_db_from_string(migrations_data)


@pytest.fixture(autouse=True)
def _media_in_a_temporary_folder():
    """Overrides the shared per-test media folder: the demo's files (its reports, the
    banner's marker) stay where load_demo wrote them for the whole module."""


def programme_days():
    """The longest programme's length in days: nothing can be overdue by more."""
    spans = [
        (p.end_date - p.start_date).days
        for p in Programme.objects.exclude(end_date=None)
        if p.end_date > p.start_date
    ]
    return max(spans)


def month_of(name, year):
    return datetime.datetime.strptime(f"{name} {year}", "%B %Y").date()


def assert_no_date_nonsense(text, where, trial=None, longest=None):
    """What a newcomer read as nonsense in the demo: notes, impossible delays and months."""
    today = timezone.localdate()
    lowered = text.lower()
    for note in NOTES:
        assert note.lower() not in lowered, f"{where}: an internal note ({note!r})"
    assert "The system" not in text, f"{where}: history signed by 'The system'"
    longest = longest or programme_days()
    for days in OVERDUE_BY.findall(text):
        days = int(days.replace(",", ""))
        assert days <= longest, f"{where}: overdue by {days} days, the programme ran {longest}"
    for name, year in UPDATE_FOR.findall(text):
        month = month_of(name, year)
        assert month <= today.replace(day=1), f"{where}: an update for {name} {year} mentioned"
        if trial is not None and trial.end_date is not None:
            assert month <= trial.end_date, f"{where}: {name} {year} is after {trial}'s end"
    for day, name, year in SINCE.findall(text):
        since = datetime.datetime.strptime(f"{day} {name} {year}", "%d %B %Y").date()
        assert since <= today, f"{where}: 'since {day} {name} {year}' is after today"


@pytest.mark.parametrize(
    "seen",
    [
        "Overdue by 7245 days",
        "(System Leadership's trial by inference: the seed does not name its project.)",
        "Date invented for the demo.",
        "3 Dec 2026, The system moved the project",
        "Incubating since {next_year}",
        "Send the monthly update for {next_month}.",
    ],
)
def test_the_checks_catch_what_a_newcomer_saw_in_the_demo(seen):
    """The issue's own examples, each refused (with dates moved past today)."""
    today = timezone.localdate()
    next_month = (today.replace(day=1) + datetime.timedelta(days=32)).replace(day=1)
    seen = seen.format(
        next_year=date_format(today.replace(year=today.year + 1, day=1), "j F Y"),
        next_month=date_format(next_month, "F Y"),
    )
    with pytest.raises(AssertionError):
        assert_no_date_nonsense(seen, "the issue", longest=3 * 365)


class Walk:
    """One person's pages: each is checked as it is reached."""

    def __init__(self, page, server, role):
        self.page = page
        self.server = server
        self.role = role
        page.set_viewport_size({"width": 1280, "height": 800})
        sign_in(page, server, f"{role}@example.org", settings.DEMO_PASSWORD)
        expect(page.get_by_role("heading", level=1)).to_contain_text("Welcome")
        self.check("home")

    def check(self, what, trial=None):
        page = self.page
        where = f"{self.role}, {what} ({page.url})"
        assert_no_date_nonsense(page.locator("body").inner_text(), where, trial)
        assert_accessible(page)
        page.set_viewport_size({"width": 320, "height": 640})
        width = page.evaluate("document.documentElement.scrollWidth")
        page.set_viewport_size({"width": 1280, "height": 800})
        assert width <= 320, f"{where}: scrolls sideways at 320px ({width}px wide)"

    def follow(self, name, within=None, what=None, trial=None):
        """Click the first link called `name` (in `within`, a locator) and check the page."""
        scope = within if within is not None else self.page.locator("main")
        scope.get_by_role("link", name=name).first.click()
        self.page.wait_for_load_state()
        self.check(what or str(name), trial)


def test_the_administrator_opens_the_programme_and_invites_someone(demo_site, page):
    walk = Walk(page, demo_site, "admin")
    walk.follow("Next Practice 2006-8", what="the programme")
    expect(page.get_by_role("heading", level=1)).to_have_text("Next Practice 2006-8")
    walk.follow("People", what="the programme's people")
    walk.follow("Invite someone", what="the invitation form")
    page.get_by_label("E-mail address of the person").fill("new.officer@example.org")
    page.get_by_label("Programme officer").check()
    page.get_by_role("button", name="Invite them").click()
    expect(page.locator(".govuk-notification-banner")).to_contain_text("new.officer@example.org")
    walk.check("the people, after inviting")


def newest_unread(titles):
    """The first of the trials called `titles` whose newest submitted update no officer has
    read yet, and that update."""
    for title in titles:
        trial = FieldTrial.objects.get(title=title)
        newest = (
            trial.monthly_updates.filter(status=MonthlyUpdate.Status.SUBMITTED)
            .order_by("-month")
            .first()
        )
        if newest is not None and newest.read_at is None and not newest.is_withdrawn:
            return trial, newest
    raise AssertionError(f"every trial listed has its newest update read: {titles}")


def test_the_officer_follows_the_overdue_trials_and_reads_an_update(demo_site, page):
    walk = Walk(page, demo_site, "officer")
    walk.follow(re.compile("with overdue milestones"), what="the field trials list")
    expect(page.get_by_role("heading", level=1)).to_have_text("Field trials")
    table = page.get_by_role("region", name="Field trials")
    titles = table.get_by_role("rowheader").get_by_role("link").all_inner_texts()
    # The demo's officer has read every update but some of the last two months' (as the demo
    # left them: on PostgreSQL the live server would not see this test's own changes): she
    # opens the first of these trials whose newest update is still waiting for her.
    trial, newest = newest_unread(titles)
    exactly = re.compile(f"^{re.escape(trial.title)}$")
    walk.follow(exactly, within=table, what="a trial with an overdue milestone", trial=trial)
    walk.follow("Milestones", what="the trial's milestones", trial=trial)
    expect(page.locator("main")).to_contain_text("Overdue")
    walk.follow("Monthly updates", what="the trial's updates", trial=trial)
    month = date_format(newest.month, "F Y")
    walk.follow(month, what="the newest update", trial=trial)
    page.get_by_role("button", name="Mark as read").click()
    expect(page.locator(".govuk-notification-banner")).to_contain_text(
        f"The update for {month} is marked as read."
    )
    walk.check("the update, read", trial)


def test_the_consultant_opens_a_trial_and_drafts_this_months_update(demo_site, page):
    walk = Walk(page, demo_site, "consultant")
    trial = FieldTrial.objects.get(title="Bridgemary College: a flexible day")
    mine = page.get_by_role("region", name="Field trials you belong to")
    walk.follow(trial.title, within=mine, what="their trial", trial=trial)
    walk.follow("Monthly updates", what="the trial's updates", trial=trial)
    walk.follow("Write an update", what="the update form", trial=trial)
    # No month after today's, nor after the trial's end, is offered.
    offered = page.evaluate(
        """() => [...document.querySelectorAll('[name=month]')].flatMap(
            el => el.tagName === 'SELECT' ? [...el.options].map(o => o.value) : [el.value])"""
    )
    months = [datetime.date.fromisoformat(f"{v}-01") for v in offered if v]
    this_month = timezone.localdate().replace(day=1)
    assert months and max(months) <= this_month, offered
    assert trial.end_date is None or max(months) <= trial.end_date, offered
    label = date_format(this_month, "F Y")
    month = page.locator("[name=month]").first
    if month.evaluate("el => el.tagName") == "SELECT":
        month.select_option(this_month.strftime("%Y-%m"))
    else:
        page.get_by_label(label, exact=True).check()
    page.get_by_label("Amber: some problems").check()
    page.get_by_label("What happened").fill("Year 10 tried the later start for three weeks.")
    # A new update saves as it is written (no "Save as draft" button while it does).
    expect(page.locator("#update-autosave-status")).to_contain_text("Draft saved at")
    expect(page.get_by_text(f"The update is about {label}.")).to_be_visible()
    draft = MonthlyUpdate.objects.get(field_trial=trial, month=this_month)
    for _ in range(50):  # the words are saved within a few seconds of the pause in typing
        draft.refresh_from_db()
        if draft.what_happened:
            break
        page.wait_for_timeout(100)
    assert draft.status == "draft" and draft.what_happened.startswith("Year 10 tried")
    walk.check("the draft", trial)


def test_the_school_leader_continues_an_exercise_and_an_answer_is_saved(demo_site, page):
    walk = Walk(page, demo_site, "leader")
    exercises = page.get_by_role("region", name="Toolkit exercises you are invited to")
    # On a phone the way back into their exercise is in view, not past the table's edge.
    page.set_viewport_size({"width": 320, "height": 640})
    box = exercises.get_by_role("link", name=re.compile("^Continue")).first.bounding_box()
    assert box is not None and box["x"] + box["width"] <= 320, box
    page.set_viewport_size({"width": 1280, "height": 800})
    walk.follow(re.compile("^Continue"), within=exercises, what="their exercise")
    progress = page.locator("#np-progress")
    expect(progress).to_contain_text(re.compile(r"; \d+ of \d+ questions answered"))
    before = int(re.search(r"; (\d+) of", progress.inner_text()).group(1))
    # They are part-way through: the first choice they have not made yet (a question, or the
    # last statement of a table of them to rate) completes one more question.
    name = page.evaluate(FIRST_UNCHOSEN)
    assert name, "nothing left to choose in their section"
    page.locator("main").locator(f'input[name="{name}"]').first.check()
    saved = page.locator(".np-answer-status").filter(has_text=re.compile(r"Saved at \d\d:\d\d"))
    expect(saved).to_have_count(1)
    expect(progress).to_contain_text(f"; {before + 1} of")
    walk.check("their exercise, answered")


# The name of the first set of radio buttons or checkboxes on the page with none chosen.
FIRST_UNCHOSEN = """() => {
  const inputs = [...document.querySelectorAll(
    'main input[type=radio]:not([disabled]), main input[type=checkbox]:not([disabled])')];
  const names = [...new Set(inputs.map((i) => i.name))];
  return names.find((n) => !inputs.some((i) => i.name === n && i.checked)) || "";
}"""


def test_the_partner_reads_the_project_and_downloads_its_report(demo_site, page):
    walk = Walk(page, demo_site, "partner")
    reports = page.get_by_role("region", name=re.compile("Your programmes, projects and field"))
    walk.follow("System Leadership", within=reports, what="the project they partner")
    expect(page.get_by_role("heading", level=1)).to_have_text("System Leadership")
    page.goto(demo_site.url + "/")
    row = reports.get_by_role("row").filter(has=page.get_by_role("link", name="System Leadership"))
    with page.expect_download() as download:
        row.get_by_role("link", name=re.compile("^Download the PDF")).click()
    content = open(download.value.path(), "rb").read()
    assert content.startswith(b"%PDF")
    # The PDF a partner forwards: no "Overdue by 7245 days", no notes, no future months.
    assert_no_date_nonsense(pdf_text(content), "partner, the project's latest report")
