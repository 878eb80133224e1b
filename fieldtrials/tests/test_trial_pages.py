"""A field trial's overview and its sub-pages: the overview shows only where the trial
stands and what comes next; every list is on its own sub-page, 25 rows a page, with a CSV
and XLSX download of what the person may see; each page costs the same queries for a few
rows as for many."""

import csv
import datetime
import io
import re

import pytest
from django.urls import reverse
from django.utils import timezone
from openpyxl import load_workbook

from accounts.services import record_event
from fieldtrials.models import MonthlyUpdate, OfferElement
from fieldtrials.tests.factories import FieldTrialMembershipFactory
from fieldtrials.tests.factories_records import (
    BrokeredRelationshipFactory,
    MilestoneFactory,
    OfferUseFactory,
    PowerToInnovateRequestFactory,
    RiskFactory,
    SupportSessionFactory,
)
from toolkit.tests.factories import ExerciseFactory

SUB_PAGES = [
    "fieldtrials:fieldtrial_details",
    "fieldtrials:fieldtrial_milestones",
    "fieldtrials:update_list",
    "fieldtrials:fieldtrial_risks",
    "fieldtrials:fieldtrial_support",
    "fieldtrials:fieldtrial_exercises",
    "fieldtrials:fieldtrial_history",
]


def fill(trial, size, author):
    """`size` of every kind of row a trial's pages list (the world's own rows come too)."""
    for i in range(size):
        MilestoneFactory(field_trial=trial, title=f"Step {i:02d}", overdue=i % 2 == 0)
        OfferUseFactory(field_trial=trial, element=OfferElement.values[i % 10])
        SupportSessionFactory(field_trial=trial)
        PowerToInnovateRequestFactory(field_trial=trial)
        BrokeredRelationshipFactory(field_trial=trial)
        RiskFactory(field_trial=trial, description=f"Risk {i:02d}", likelihood=3, impact=3)
        ExerciseFactory(field_trial=trial)
        FieldTrialMembershipFactory(field_trial=trial)
        MonthlyUpdate.objects.create(
            field_trial=trial, month=datetime.date(1950 + i, 1, 1), rag="green",
            status="submitted", author=author, what_happened=f"Month {i}",
        )  # fmt: skip
        record_event(actor=author, verb="fieldtrials.details_updated", target=trial)


def url(name, trial, **query):
    base = reverse(name, args=[trial.pk])
    return base + ("?" + "&".join(f"{k}={v}" for k, v in query.items()) if query else "")


def test_the_overview_shows_five_of_each_and_what_needs_doing(client, world):
    trial = world.coral
    fill(trial, 12, world.users["leader"])
    client.force_login(world.users["officer"])
    page = client.get(trial.get_absolute_url()).content.decode()
    # Five open milestones, soonest due first: the overdue ones (three days ago) lead.
    shown = [f"Step {i:02d}" for i in range(12) if f"Step {i:02d}," in page]
    assert len(shown) <= 5
    assert sum(f"Risk {i:02d}" in page for i in range(12)) == 5
    assert "What needs doing now" in page
    assert "milestones overdue" in page
    assert "serious open risks (high likelihood or impact, the other at least medium)" in page
    assert page.count('class="np-timeline__item"') == 3  # the newest sentences of its history
    # The sub-navigation names every page, the overview marked as the current one.
    assert 'aria-current="page">Overview</a>' in page
    for name in SUB_PAGES:
        assert f'href="{reverse(name, args=[trial.pk])}"' in page
    # Every action of the old page is still one click away.
    for name in ("fieldtrial_edit", "fieldtrial_status", "milestone_create", "risk_create",
                 "update_create"):  # fmt: skip
        assert reverse(f"fieldtrials:{name}", args=[trial.pk]) in page


def test_a_completed_trials_open_risks_and_late_milestones_are_not_things_to_do_now(client, world):
    trial = world.coral
    fill(trial, 3, world.users["leader"])
    client.force_login(world.users["officer"])
    page = client.get(trial.get_absolute_url()).content.decode()
    assert "serious open risk" in page and "milestones overdue" in page
    trial.status = "completed"
    trial.save(update_fields=["status"])
    page = client.get(trial.get_absolute_url()).content.decode()
    to_do = page.split('id="to-do"')[1].split("</section>")[0]
    assert "serious open risk" not in to_do and "milestones overdue" not in to_do
    assert "Risk 00" in page and "Step 00" in page  # still listed among its records


def rows(page, marker):
    """The rows of a page: the distinct ids its rows' links carry (or, for the history, its
    entries)."""
    if marker == "entry":
        return list(range(page.count('class="np-timeline__item"')))
    return sorted(set(re.findall(marker, page)))


@pytest.mark.parametrize(
    ("name", "marker", "label"),
    [
        ("fieldtrials:fieldtrial_milestones", r'href="/milestones/(\d+)/edit/"', "Milestones"),
        ("fieldtrials:fieldtrial_risks", r'href="/risks/(\d+)/edit/"', "Risks"),
        ("fieldtrials:fieldtrial_history", "entry", "History"),
        ("fieldtrials:update_list", r'href="/updates/(\d+)/"', "Monthly updates"),
    ],
)
def test_each_list_shows_25_a_page(client, world, name, marker, label):
    trial = world.coral
    fill(trial, 30, world.users["leader"])
    client.force_login(world.users["officer"])
    first = client.get(url(name, trial)).content.decode()
    second = client.get(url(name, trial, page=2)).content.decode()
    assert len(rows(first, marker)) == 25
    assert 5 <= len(rows(second, marker)) <= 25
    if marker != "entry":
        assert not set(rows(first, marker)) & set(rows(second, marker))
    assert 'class="govuk-pagination"' in first and 'rel="next"' in first
    # The sub-navigation marks where the person is.
    nav = first.split('class="np-sub-navigation"', 1)[1].split("</nav>", 1)[0]
    assert nav.count('aria-current="page"') == 1
    assert f'aria-current="page">{label}</a>' in nav


def test_two_lists_on_one_page_page_apart(client, world):
    trial = world.coral
    fill(trial, 30, world.users["leader"])
    client.force_login(world.users["officer"])
    page = client.get(url("fieldtrials:fieldtrial_risks", trial, **{"relationships-page": 2}))
    text = page.content.decode()
    assert len(rows(text, r'href="/risks/(\d+)/edit/"')) == 25  # the register's first page
    assert len(rows(text, r'href="/relationships/(\d+)/edit/"')) < 25  # their second page
    assert "relationships-page=1" in text


@pytest.mark.parametrize("size", [3, 30])
@pytest.mark.parametrize(
    ("name", "queries"),
    [
        # 15, whether the person follows it, and whether the school's people are on its team
        ("fieldtrials:fieldtrial_detail", 17),
        ("fieldtrials:fieldtrial_details", 10),  # 9, and whether its project works on domains
        ("fieldtrials:fieldtrial_milestones", 8),  # 7, and how many are not withdrawn
        # 9, and how many risks and relationships are not withdrawn
        ("fieldtrials:fieldtrial_risks", 11),
        ("fieldtrials:fieldtrial_support", 13),  # 12, and how many requests are not withdrawn
        ("fieldtrials:fieldtrial_exercises", 6),
        ("fieldtrials:fieldtrial_history", 7),
        ("fieldtrials:update_list", 9),  # 8, and how many are not withdrawn
    ],
)
def test_each_page_costs_the_same_queries_for_a_few_rows_or_many(
    client, world, django_assert_num_queries, name, queries, size
):
    trial = world.coral
    fill(trial, size, world.users["leader"])
    client.force_login(world.users["officer"])
    client.get(url(name, trial))  # warm the caches a first request fills
    with django_assert_num_queries(queries):
        response = client.get(url(name, trial))
    assert response.status_code == 200


def read_csv(response):
    return list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))


def test_a_download_holds_every_row_the_person_may_see_and_no_others(client, world):
    trial = world.coral
    fill(trial, 30, world.users["leader"])
    MonthlyUpdate.objects.create(
        field_trial=trial, month=datetime.date(1980, 1, 1), status="draft",
        author=world.users["leader"], what_happened="A draft nobody else reads",
    )  # fmt: skip
    export = reverse("fieldtrials:fieldtrial_list_export", args=[trial.pk, "updates"])
    client.force_login(world.users["partner"])  # reads the trial, may not change it
    rows = read_csv(client.get(export, follow=True))
    assert rows[0][:3] == ["Month", "Status", "Red, amber or green"]
    assert (
        len(rows) - 1 == MonthlyUpdate.objects.filter(field_trial=trial, status="submitted").count()
    )
    assert not any("A draft nobody else reads" in cell for row in rows for cell in row)
    client.force_login(world.users["leader"])  # who may change it reads the draft too
    assert any(
        "A draft nobody else reads" in cell
        for row in read_csv(client.get(export, follow=True))
        for cell in row
    )


@pytest.mark.parametrize(
    "name", ["milestones", "risks", "relationships", "support", "power-to-innovate",
             "updates", "exercises", "history"],
)  # fmt: skip
def test_every_list_downloads_as_csv_and_xlsx(client, world, name):
    trial = world.coral
    fill(trial, 30, world.users["leader"])
    client.force_login(world.users["officer"])
    export = reverse("fieldtrials:fieldtrial_list_export", args=[trial.pk, name])
    as_csv = client.get(export, follow=True)
    assert as_csv["Content-Type"].startswith("text/csv")
    rows = read_csv(as_csv)
    assert len(rows) > 30  # every row, not one page of 25
    as_xlsx = client.get(export + "?format=xlsx", follow=True)
    sheet = load_workbook(io.BytesIO(as_xlsx.content)).active
    assert [c.value for c in next(sheet.iter_rows())] == rows[0]
    assert sheet.max_row == len(rows)


def test_the_support_page_offers_a_download_only_of_a_list_that_holds_something(client, world):
    """A trial whose only support session and Power to Innovate request are withdrawn lists
    them, marked, but offers no download of either: it would hold no row. Once one counts,
    each list's download is offered, and holds it."""
    trial = world.coral
    trial.support_sessions.all().delete()
    trial.power_to_innovate_requests.all().delete()
    SupportSessionFactory(field_trial=trial, notes="Withdrawn: logged on the wrong trial")
    PowerToInnovateRequestFactory(field_trial=trial, regulation="Withdrawn regulation 1")
    trial.support_sessions.update(withdrawn_at=timezone.now(), withdrawn_reason="Mistake")
    trial.power_to_innovate_requests.update(withdrawn_at=timezone.now(), withdrawn_reason="No")
    client.force_login(world.users["officer"])
    support = reverse("fieldtrials:fieldtrial_list_export", args=[trial.pk, "support"])
    requests = reverse("fieldtrials:fieldtrial_list_export", args=[trial.pk, "power-to-innovate"])
    page = client.get(url("fieldtrials:fieldtrial_support", trial)).content.decode()
    assert "Withdrawn: logged on the wrong trial" in page and "Withdrawn regulation 1" in page
    assert support not in page and requests not in page
    assert "Download the support log" not in page
    assert "Download the Power to Innovate requests" not in page

    SupportSessionFactory(field_trial=trial, notes="Timetable workshop with the senior team")
    PowerToInnovateRequestFactory(field_trial=trial, regulation="School Day Regulations, 4")
    page = client.get(url("fieldtrials:fieldtrial_support", trial)).content.decode()
    assert f'href="{support}"' in page and f'href="{support}?format=xlsx"' in page
    assert f'href="{requests}"' in page and f'href="{requests}?format=xlsx"' in page
    [session] = read_csv(client.get(support, follow=True))[1:]
    assert session[-1] == "Timetable workshop with the senior team"
    [request] = read_csv(client.get(requests, follow=True))[1:]
    assert "School Day Regulations, 4" in request


def test_an_unknown_list_is_not_found(client, world):
    client.force_login(world.users["officer"])
    export = reverse("fieldtrials:fieldtrial_list_export", args=[world.coral.pk, "secrets"])
    assert client.get(export).status_code == 404


def test_the_history_download_leaves_out_what_the_person_may_not_see(client, world):
    trial = world.coral
    record_event(actor=world.users["leader"], verb="fieldtrials.details_updated", target=trial)
    client.force_login(world.users["partner"])
    export = reverse("fieldtrials:fieldtrial_list_export", args=[trial.pk, "history"])
    sentences = [row[2] for row in read_csv(client.get(export))[1:]]
    page = client.get(url("fieldtrials:fieldtrial_history", trial)).content.decode()
    assert sentences and all(sentence in page for sentence in sentences[:25])


def test_adding_a_milestone_goes_back_to_the_milestones_page(client, world):
    """At its top, where the banner saying so takes focus: at #milestones, the jump took
    the banner out of view and focus from it (nextpractice.told)."""
    trial = world.coral
    client.force_login(world.users["leader"])
    response = client.post(
        reverse("fieldtrials:milestone_create", args=[trial.pk]),
        {"title": "Parents' evening", "due_on": "1/12/2006", "notes": ""},
    )
    assert response.status_code == 302
    assert response["Location"] == url("fieldtrials:fieldtrial_milestones", trial)


def test_a_milestone_due_this_week_is_among_the_things_to_do_now(client, world):
    trial = world.coral
    today = timezone.localdate()
    MilestoneFactory(
        field_trial=trial, title="Joint timetable agreed", due_on=today + datetime.timedelta(days=2)
    )
    MilestoneFactory(
        field_trial=trial, title="Governors briefed", due_on=today + datetime.timedelta(days=30)
    )
    client.force_login(world.users["leader"])
    page = client.get(trial.get_absolute_url()).content.decode()
    to_do = page.split('id="to-do"')[1].split("</section>")[0]
    due = today + datetime.timedelta(days=2)
    assert f"“Joint timetable agreed” is due on {due:%A %-d %B}" in to_do
    assert "Governors briefed" not in to_do
    MilestoneFactory(
        field_trial=trial, title="Buses booked", due_on=today + datetime.timedelta(days=7)
    )
    page = client.get(trial.get_absolute_url()).content.decode()
    to_do = page.split('id="to-do"')[1].split("</section>")[0]
    assert "2 milestones are due in the next 7 days" in to_do


def test_a_reader_sees_the_risks_relationships_and_support_with_nothing_to_add_or_change(
    client, world
):
    """Someone who reads the trial but may not change its records (its project's partner)
    finds its risk register, brokered relationships and support log on its Risks and Support
    pages, with no link to add, change or withdraw any of them."""
    client.force_login(world.users["partner"])
    for name, shown in [
        ("fieldtrials:fieldtrial_risks", ["Thistle Risk", "Aster Investor"]),
        ("fieldtrials:fieldtrial_support", ["Yarrow notes"]),
    ]:
        response = client.get(url(name, world.coral))
        assert response.status_code == 200
        main = response.content.decode().split('id="main-content"', 1)[1]
        for text in shown:
            assert text in main, (name, text)
        for link in ("/new/", "/edit/", "/withdraw/", "Log support", "Add a "):
            assert link not in main, (name, link)
    # Its officer, who may change them, is offered each of those.
    client.force_login(world.users["officer"])
    risks = client.get(url("fieldtrials:fieldtrial_risks", world.coral)).content.decode()
    support = client.get(url("fieldtrials:fieldtrial_support", world.coral)).content.decode()
    assert "Add a risk" in risks and "/edit/" in risks and "/withdraw/" in risks
    assert "Log support" in support and "/new/" in support
