"""A report covers a period the person chooses: the last month unless they give dates, which
must make a period that has happened; it is kept on the report, on its cover and in lists."""

import datetime

import pytest
from dateutil.relativedelta import relativedelta
from django.urls import reverse
from django.utils import timezone

from nextpractice.dates import both_ways
from reports.models import Report
from reports.services import month_just_ended, schedule_monthly_report
from reports.tests.helpers import pdf_page_text, pdf_text

pytestmark = pytest.mark.django_db


def _ask(client, world, **dates):
    return client.post(reverse("reports:report_create", args=["project", world.amber.pk]), dates)


def test_the_button_covers_the_last_month_and_says_so_on_the_cover_and_in_the_list(client, world):
    client.force_login(world.users["partner"])
    assert _ask(client, world).status_code == 302
    report = Report.objects.get(requested_by=world.users["partner"])
    today = timezone.localdate()
    # The month up to today, both days included: from the day after the same date a month
    # before, so that last month's report and this one share no day.
    start = today - relativedelta(months=1) + datetime.timedelta(days=1)
    assert (report.covers_from, report.covers_to) == (start, today)
    with report.file.open("rb") as handle:
        cover = " ".join(pdf_page_text(handle.read(), 1).split())
    assert f"Covers {report.covers_from:%-d %B %Y} to {today:%-d %B %Y}" in cover
    listed = client.get(reverse("reports:report_list")).content.decode()
    assert f"{report.covers_from:%-d %b %Y} to {today:%-d %b %Y}" in listed


def test_a_monthly_report_made_late_covers_its_calendar_month(world):
    """The report of November made on 6 December (the worker was down on the 1st) covers
    1 to 30 November, as its name says, not 6 November to 6 December."""
    november = month_just_ended()
    report, created = schedule_monthly_report(project=world.amber, period=november)
    assert created
    report.refresh_from_db()
    assert report.state == Report.State.READY
    last_day = november + relativedelta(months=1) - datetime.timedelta(days=1)
    assert (report.covers_from, report.covers_to) == (november, last_day)
    with report.file.open("rb") as handle:
        cover = " ".join(pdf_page_text(handle.read(), 1).split())
    assert f"Covers {november:%-d %B %Y} to {last_day:%-d %B %Y}" in cover


def test_chosen_dates_are_kept_on_the_report_and_printed_on_its_cover(client, world):
    client.force_login(world.users["officer"])
    page = client.get(reverse("reports:report_create", args=["project", world.amber.pk]))
    assert "What should the progress report cover?" in page.content.decode()
    response = _ask(client, world, covers_from="1/9/2006", covers_to="31/12/2006")
    assert response.status_code == 302
    assert response["Location"] == world.amber.get_absolute_url()
    report = Report.objects.filter(requested_by=world.users["officer"]).latest("pk")
    assert (report.covers_from, report.covers_to) == (
        datetime.date(2006, 9, 1),
        datetime.date(2006, 12, 31),
    )
    assert report.state == Report.State.READY
    with report.file.open("rb") as handle:
        cover = " ".join(pdf_page_text(handle.read(), 1).split())
    assert "Covers 1 September 2006 to 31 December 2006" in cover
    subject_page = client.get(reverse("reports:subject_reports", args=["project", world.amber.pk]))
    assert "1 Sep 2006 to 31 Dec 2006" in subject_page.content.decode()


@pytest.mark.parametrize(
    "dates, field, message",
    [
        (
            {"covers_from": "31/12/2006", "covers_to": "1/9/2006"},
            "covers_from",
            "The date the report starts from must be before the date it goes up to",
        ),
        (
            {"covers_from": "1/9/2006", "covers_to": "1/9/2006"},
            "covers_from",
            "The date the report starts from must be before the date it goes up to",
        ),
        (
            {"covers_from": "1/9/2006", "covers_to": "TOMORROW"},
            "covers_to",
            "The date the report goes up to must be today or before",
        ),
        (
            {"covers_from": "TOMORROW", "covers_to": ""},
            "covers_from",
            "The date the report starts from must be today or before",
        ),
        ({"covers_from": "1/9/2006"}, "covers_to", "Enter the date the report goes up to"),
        ({"covers_to": "1/9/2006"}, "covers_from", "Enter the date the report starts from"),
        (
            {"covers_from": "31/2/2006", "covers_to": "1/3/2006"},
            "covers_from",
            "Enter a real date for “From”: February 2006 has 28 days, not 31",
        ),
        (
            {"covers_from": "the start of term", "covers_to": "1/3/2006"},
            "covers_from",
            "Enter a real date for “From”, for example MONTH_AGO",
        ),
        (  # before its programme began (a tester asked for January 1900)
            {"covers_from": "1/1/1900", "covers_to": "1/2/1900"},
            "covers_from",
            "The date the report starts from must be 9/1/2006 or after: ",
        ),
    ],
)
def test_dates_that_make_no_period_are_refused_beside_the_field_and_in_a_summary(
    client, world, dates, field, message
):
    tomorrow = timezone.localdate() + datetime.timedelta(days=1)
    dates = {k: v.replace("TOMORROW", f"{tomorrow:%d/%m/%Y}") for k, v in dates.items()}
    message = message.replace("MONTH_AGO", both_ways(_month_ago()))
    client.force_login(world.users["officer"])
    before = Report.objects.count()
    response = _ask(client, world, **dates)
    assert response.status_code == 400
    page = response.content.decode()
    assert 'class="govuk-error-summary"' in page
    assert f'href="#id_{field}"' in page  # the summary links to the field
    assert f'id="id_{field}_1_error"' in page and message in page  # the message beside it
    assert page.count(message) == 2
    assert Report.objects.count() == before


def _month_ago():
    """The first day of the default period, the month up to today: From's example."""
    return timezone.localdate() - relativedelta(months=1) + datetime.timedelta(days=1)


def _summary(page):
    return page.split('class="govuk-error-summary"')[1].split("</ul>")[0]


def test_two_dates_it_cannot_read_are_two_lines_naming_their_fields(client, world):
    client.force_login(world.users["officer"])
    response = _ask(client, world, covers_from="45", covers_to="31/2/2006")
    assert response.status_code == 400
    summary = _summary(response.content.decode())
    assert f"Enter a real date for “From”, for example {_month_ago():%-d/%-m/%Y}" in summary
    assert "Enter a real date for “To”: February 2006 has 28 days, not 31" in summary


def test_a_date_it_cannot_read_and_a_future_one_are_both_said_at_once(client, world):
    """31 November and a To in the future: both said, each beside its field, in one go (the
    future To was said only once From was put right and the form sent again)."""
    client.force_login(world.users["partner"])
    next_year = f"1/1/{timezone.localdate().year + 1}"
    before = Report.objects.count()
    response = _ask(client, world, covers_from="31/11/2026", covers_to=next_year)
    assert response.status_code == 400
    page = response.content.decode()
    unread = "Enter a real date for “From”: November has 30 days, not 31"
    future = "The date the report goes up to must be today or before"
    summary = _summary(page)
    assert unread in summary and future in summary
    assert 'href="#id_covers_from"' in summary and 'href="#id_covers_to"' in summary
    assert page.count(unread) == 2 and page.count(future) == 2  # and beside each field
    # Not also asked for: From was given, if not as a real date.
    assert "Enter the date the report starts from" not in page
    assert f'value="{next_year}"' in page and 'value="31/11/2026"' in page  # nothing lost
    assert Report.objects.count() == before


def test_each_dates_hint_and_message_give_the_same_example(client, world):
    client.force_login(world.users["officer"])
    page = client.get(
        reverse("reports:report_create", args=["project", world.amber.pk])
    ).content.decode()
    # Figures and words both: "8/11/2026 or 8 November 2026".
    month_ago, today = both_ways(_month_ago()), both_ways(timezone.localdate())
    assert f"For example, {month_ago}. Leave both dates empty for the last month" in page
    assert f"For example, {today}: today at the latest" in page
    refused = _ask(client, world, covers_from="someday", covers_to="soon").content.decode()
    assert f"Enter a real date for “From”, for example {month_ago}" in refused
    assert f"Enter a real date for “To”, for example {today}" in refused
    assert "27/3/" not in refused


def test_a_trials_report_of_a_time_before_the_trial_was_recorded_says_it_had_not_started(
    client, world
):
    """Its report tells of the trial as it stood at the period's end: one over before it was
    recorded says so plainly. (Its job failed three times, "not enough values to unpack"; the
    page then refused such dates.)"""
    client.force_login(world.users["officer"])
    assert world.coral.start_date is None
    response = client.post(
        reverse("reports:report_create", args=["trial", world.coral.pk]),
        {"covers_from": "1/9/2006", "covers_to": "31/12/2006"},
    )
    assert response.status_code == 302
    report = Report.objects.latest("pk")
    assert (report.field_trial, report.state) == (world.coral, Report.State.READY)
    said = "The field trial had not started by 31 December 2006."
    with report.file.open("rb") as handle:
        assert said in " ".join(pdf_text(handle.read()).split())
    with report.page.open("rb") as handle:
        assert said in " ".join(handle.read().decode().split())
