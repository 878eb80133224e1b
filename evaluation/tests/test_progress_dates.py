"""Progress on an objective dated after today, or before its programme began, is refused
beside its date, by the pages and the service, and nothing is saved."""

import datetime

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone

from evaluation.models import ProgressEntry
from evaluation.services import record_progress
from nextpractice.records.services import withdraw_record

from .pages import add_url, beside, edit_url, kind

pytestmark = pytest.mark.django_db

TOMORROW = timezone.localdate() + datetime.timedelta(days=1)


@pytest.fixture
def officer(world, client):
    client.force_login(world.users["officer"])
    return world.users["officer"]


def progress(day, what="Dated progress"):
    return {"recorded_on": day, "status": "achieved", "what": what}


def test_progress_dated_after_today_is_refused_beside_the_date(world, client, officer):
    # 1/1/2030 "Achieved" read "Overall: Achieved on 1 January 2030" on the project's page.
    url = add_url("objective", world.ev_objective.pk, "progress")
    response = client.post(url, progress(f"{TOMORROW:%d/%m/%Y}"))
    assert response.status_code == 400
    assert beside(response.text, "recorded_on") == (
        "The date of this progress must be today or in the past"
    )
    assert not ProgressEntry.objects.filter(what="Dated progress").exists()
    today = timezone.localdate()
    assert client.post(url, progress(f"{today:%d/%m/%Y}")).status_code == 302


def test_progress_dated_before_the_programme_began_is_refused_in_the_reports_words(
    world, client, officer
):
    began = world.quartz.start_date
    url = add_url("objective", world.ev_objective.pk, "progress")
    response = client.post(url, progress("1/1/1990"))
    assert response.status_code == 400
    assert beside(response.text, "recorded_on") == (
        f"The date of this progress must be {began:%-d/%-m/%Y} or after: "
        f"Quartz Programme began on {began:%-d %B %Y}"
    )
    assert not ProgressEntry.objects.filter(what="Dated progress").exists()
    # A project's and a trial's objectives are their programme's.
    for objective in (world.ev_project_objective, world.ev_trial_objective):
        response = client.post(add_url("objective", objective.pk, "progress"), progress("1/1/1990"))
        assert response.status_code == 400 and "Quartz Programme began on" in response.text
    assert client.post(url, progress(f"{began:%d/%m/%Y}")).status_code == 302


def test_progress_changed_to_a_future_date_is_refused_and_kept_as_it_was(world, client, officer):
    entry = world.ev_progress
    posted = {
        "recorded_on": f"{TOMORROW:%d/%m/%Y}",
        "group": entry.group_id,
        "status": "achieved",
        "what": entry.what,
        "version": entry.version,
    }
    response = client.post(edit_url("progress", entry.pk), posted)
    assert response.status_code == 400
    assert beside(response.text, "recorded_on") == (
        "The date of this progress must be today or in the past"
    )
    entry.refresh_from_db()
    assert (entry.recorded_on, entry.status) == (datetime.date(2007, 3, 1), "on_track")


def test_the_service_refuses_progress_after_today_or_before_the_programme(world):
    for day in (TOMORROW, datetime.date(1990, 1, 1)):
        with pytest.raises(ValidationError) as caught:
            record_progress(objective=world.ev_objective, recorded_on=day, what="Typo",
                            status="achieved", actor=world.users["officer"])  # fmt: skip
        assert list(caught.value.message_dict) == ["recorded_on"]
    assert not ProgressEntry.objects.filter(what="Typo").exists()


def test_progress_kept_from_before_dated_after_today_can_still_be_withdrawn(world):
    kept = ProgressEntry.objects.create(
        objective=world.ev_objective, recorded_on=TOMORROW, what="Kept", status="achieved"
    )
    withdraw_record(kind=kind("progress"), record=kept, actor=world.users["officer"],
                    reason="The year was a typo")  # fmt: skip
    kept.refresh_from_db()
    assert kept.is_withdrawn


@pytest.mark.parametrize(
    "typed, message",
    [
        ("9999-12-31", "The date of this progress must be today or in the past"),
        ("0001-01-01", "Quartz Programme began on"),
    ],
)
def test_progress_changed_to_an_impossible_date_is_refused(world, client, officer, typed, message):
    entry = world.ev_progress
    posted = {
        "recorded_on": typed,
        "group": entry.group_id,
        "status": "achieved",
        "what": entry.what,
        "version": entry.version,
    }
    response = client.post(edit_url("progress", entry.pk), posted)
    assert response.status_code == 400
    assert message in beside(response.text, "recorded_on")
    entry.refresh_from_db()
    assert entry.recorded_on == datetime.date(2007, 3, 1)
