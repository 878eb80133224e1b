"""Milestones: added within the trial's dates, completed, overdue ones stand out."""

import datetime
import html

import pytest
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone

from accounts.models import Event
from fieldtrials.models import Milestone
from fieldtrials.selectors_records import trial_records
from fieldtrials.services.records import complete_milestone
from fieldtrials.tests.factories_records import MilestoneFactory
from nextpractice.dates import both_ways, in_figures
from nextpractice.records.kinds import record_kinds
from nextpractice.records.services import RecordWithdrawn, withdraw_record
from nextpractice.words import long_date


def today():
    """Asked when a test runs, not when the file is read: a run may pass midnight."""
    return timezone.localdate()


@pytest.fixture
def coral(world):
    trial = world.coral
    trial.start_date = datetime.date(2006, 9, 1)
    trial.end_date = today() + datetime.timedelta(days=365)
    trial.save()
    return trial


def add_url(trial):
    return reverse("fieldtrials:milestone_create", args=[trial.pk])


def test_the_school_leader_adds_a_milestone_to_their_trial(client, world, coral):
    client.force_login(world.users["leader"])
    assert client.get(add_url(coral)).status_code == 200
    response = client.post(
        add_url(coral), {"title": "Pilot timetable agreed", "due_on": "1/12/2006", "notes": ""}
    )
    assert response.status_code == 302
    assert response["Location"] == reverse("fieldtrials:fieldtrial_milestones", args=[coral.pk])
    milestone = Milestone.objects.get(title="Pilot timetable agreed")
    assert milestone.due_on == datetime.date(2006, 12, 1)
    assert milestone.created_by == world.users["leader"]
    assert Event.objects.filter(verb="fieldtrials.milestone_added", target_id=coral.pk).count() == 1


def test_a_due_date_before_the_trial_starts_is_refused_naming_the_trial_dates(client, world, coral):
    client.force_login(world.users["leader"])
    response = client.post(add_url(coral), {"title": "Too early", "due_on": "1/8/2006"})
    body = response.content.decode()
    assert response.status_code == 400
    assert "The due date must be on or after 1 September 2006, when the trial starts" in body
    assert "govuk-error-summary" in body
    assert not Milestone.objects.filter(title="Too early").exists()


def test_a_trial_with_no_start_date_bounds_the_due_date_by_its_projects_start(client, world):
    """A milestone due on 1 January 0001 was kept on a trial with no start date, "Overdue by
    739955 days": its project's start bounds it instead."""
    trial = world.coral
    trial.start_date = trial.end_date = None
    trial.save()
    client.force_login(world.users["officer"])
    response = client.post(add_url(trial), {"title": "M", "due_on": "1/1/0001"})
    assert response.status_code == 400
    starts = long_date(trial.project.start_date)
    assert (
        f"The due date must be on or after {starts}, when the trial&#x27;s project starts "
        "(the trial has no start date yet)"
    ) in response.content.decode()
    assert not Milestone.objects.filter(title="M").exists()
    on_the_day = f"{trial.project.start_date:%d/%m/%Y}"
    assert client.post(add_url(trial), {"title": "M", "due_on": on_the_day}).status_code == 302


def test_a_trial_with_no_end_date_bounds_the_due_date_by_its_projects_planned_end(client, world):
    """A milestone on a trial with no dates had no latest due date: its project's planned
    end bounds it, while that is still to come."""
    trial = world.coral
    trial.start_date = trial.end_date = None
    trial.save()
    project = trial.project
    project.start_date = today() - datetime.timedelta(days=30)
    project.planned_duration_months = 12
    project.save()
    ends = project.planned_end
    client.force_login(world.users["officer"])
    late = ends + datetime.timedelta(days=1)
    response = client.post(add_url(trial), {"title": "M", "due_on": f"{late:%d/%m/%Y}"})
    assert response.status_code == 400
    assert (
        f"The due date must be on or before {long_date(ends)}, when the trial&#x27;s project "
        "is planned to end (the trial has no end date yet)"
    ) in response.content.decode()
    assert not Milestone.objects.filter(title="M").exists()
    on_the_day = {"title": "M", "due_on": f"{ends:%d/%m/%Y}"}
    assert client.post(add_url(trial), on_the_day).status_code == 302
    # A start date alone does not lift it; an end date is the bound instead.
    trial.start_date = project.start_date
    trial.save()
    response = client.post(add_url(trial), {"title": "N", "due_on": f"{late:%d/%m/%Y}"})
    assert response.status_code == 400
    trial.end_date = late + datetime.timedelta(days=1)
    trial.save()
    assert (
        client.post(add_url(trial), {"title": "N", "due_on": f"{late:%d/%m/%Y}"}).status_code == 302
    )


def test_a_project_running_past_its_planned_end_does_not_refuse_its_milestones(client, world):
    trial = world.coral
    trial.start_date = trial.end_date = None
    trial.save()
    project = trial.project
    project.start_date = today() - datetime.timedelta(days=400)
    project.planned_duration_months = 12
    project.save()
    assert project.planned_end < today()
    client.force_login(world.users["officer"])
    month = today() + datetime.timedelta(days=30)
    response = client.post(add_url(trial), {"title": "M", "due_on": f"{month:%d/%m/%Y}"})
    assert response.status_code == 302
    assert Milestone.objects.get(title="M").due_on == month


def test_a_due_date_after_the_trial_ends_is_refused(client, world, coral):
    client.force_login(world.users["leader"])
    late = coral.end_date + datetime.timedelta(days=1)
    response = client.post(add_url(coral), {"title": "Too late", "due_on": late.isoformat()})
    assert response.status_code == 400
    assert (
        "when the trial ends (the trial runs from 1 September 2006 to" in response.content.decode()
    )
    assert not Milestone.objects.filter(title="Too late").exists()


def test_a_completed_date_in_the_future_is_refused(client, world, coral):
    client.force_login(world.users["leader"])
    tomorrow = today() + datetime.timedelta(days=1)
    response = client.post(
        add_url(coral),
        {"title": "Done tomorrow", "due_on": "1/12/2006", "completed_on": tomorrow.isoformat()},
    )
    assert response.status_code == 400
    assert "The date it was completed must be today or in the past" in response.content.decode()
    assert not Milestone.objects.filter(title="Done tomorrow").exists()


def beside(page, name):
    """The message shown beside the box `name`."""
    said = page.split(f'id="id_{name}_1_error" class="govuk-error-message">', 1)[1]
    return said.split("Error:</span>", 1)[1].split("</span>", 1)[0]


@pytest.mark.parametrize("done", ["1/1/1900", "31/8/2006"])
def test_a_completed_date_before_the_trial_starts_is_refused(client, world, coral, done):
    # 1 January 1900 was kept: the completion was checked against the future only.
    client.force_login(world.users["leader"])
    data = {"title": "Done too early", "due_on": "1/12/2006", "completed_on": done}
    response = client.post(add_url(coral), data)
    assert response.status_code == 400
    page = html.unescape(response.content.decode())
    said = "The date it was completed must be on or after 1 September 2006, when the trial starts"
    assert said in beside(page, "completed_on")
    assert not Milestone.objects.filter(title="Done too early").exists()


def test_a_milestone_completed_from_the_day_the_trial_starts_is_kept_and_the_form_says_so(
    client, world, coral
):
    client.force_login(world.users["officer"])
    url = reverse("fieldtrials:milestone_edit", args=[world.milestone.pk])
    page = html.unescape(client.get(url).content.decode())
    assert "Between 1/9/2006, the trial's start, and today. Leave empty until it is done" in page
    token = world.milestone.history.latest().history_id
    data = {"title": "Sage Milestone", "due_on": "15/1/2007", "based_on": token}
    response = client.post(url, {**data, "completed_on": "31/8/2006"})
    assert response.status_code == 400
    assert "on or after 1 September 2006" in beside(response.content.decode(), "completed_on")
    world.milestone.refresh_from_db()
    assert world.milestone.completed_on is None
    assert client.post(url, {**data, "completed_on": "1/9/2006"}).status_code == 302
    world.milestone.refresh_from_db()
    assert world.milestone.completed_on == datetime.date(2006, 9, 1)


def test_with_no_start_date_a_milestone_is_completed_from_when_the_trial_was_set_up(client, world):
    trial = world.coral
    trial.start_date = None
    trial.created_at = timezone.make_aware(datetime.datetime(2006, 7, 3, 10))
    trial.save()
    client.force_login(world.users["leader"])
    page = html.unescape(client.get(add_url(trial)).content.decode())
    assert "Between 3/7/2006, when the trial was set up, and today" in page
    data = {"title": "Done early", "due_on": today().isoformat(), "completed_on": "2/7/2006"}
    response = client.post(add_url(trial), data)
    assert response.status_code == 400
    assert (
        "The date it was completed must be on or after 3 July 2006, when the trial was set up "
        "(the trial has no start date yet)" in beside(response.content.decode(), "completed_on")
    )
    assert not Milestone.objects.filter(title="Done early").exists()
    data["completed_on"] = "3/7/2006"
    assert client.post(add_url(trial), data).status_code == 302
    assert Milestone.objects.get(title="Done early").completed_on == datetime.date(2006, 7, 3)


def test_missing_answers_get_messages_next_to_the_fields(client, world, coral):
    client.force_login(world.users["leader"])
    response = client.post(add_url(coral), {"title": "", "due_on": "31/2/2007"})
    body = response.content.decode()
    assert response.status_code == 400
    assert "Enter what the milestone is" in body
    assert "Enter a real date for “Due by”: February 2007 has 28 days, not 31" in body
    response = client.post(add_url(coral), {"title": "", "due_on": "the end of term"})
    assert (
        f"Enter a real date for “Due by”, for example {both_ways(timezone.localdate())}"
        in response.content.decode()
    )


@pytest.mark.parametrize(
    "typed", ["10 March 2027", "10 Mar 2027", "10th March 2027", "10.3.2027", "March 10 2027"]
)
def test_a_due_date_is_taken_as_a_head_teacher_writes_it(client, world, coral, typed):
    """A tester's "10 March 2027" was refused as "Enter a real date". The box is a plain
    one: a phone's digits-only keypad had no "/" or space."""
    client.force_login(world.users["leader"])
    assert 'inputmode="numeric"' not in client.get(add_url(coral)).content.decode()
    response = client.post(add_url(coral), {"title": "Governance Group agrees", "due_on": typed})
    assert response.status_code == 302
    milestone = Milestone.objects.get(title="Governance Group agrees")
    assert milestone.due_on == datetime.date(2027, 3, 10)
    page = client.get(reverse("fieldtrials:milestone_edit", args=[milestone.pk])).content
    assert 'value="10/3/2027"' in page.decode()


def test_a_due_date_whose_weekday_is_another_is_refused_saying_which_day_it_is(
    client, world, coral
):
    """ "Fri 10 March 2027": 10 March 2027 is a Wednesday, so the Friday or the 10th is a
    slip, and only the head teacher knows which: nothing is saved until they say."""
    client.force_login(world.users["leader"])
    data = {"title": "Governance Group agrees", "due_on": "Fri 10 March 2027"}
    response = client.post(add_url(coral), data)
    assert response.status_code == 400
    assert "Check “Due by”: 10 March 2027 is a Wednesday, not a Friday" in html.unescape(
        response.content.decode()
    )
    assert not Milestone.objects.filter(title="Governance Group agrees").exists()


TODAY = timezone.localdate()


def next_on(day, month):
    today = timezone.localdate()
    that = datetime.date(today.year, month, day)
    return that if that >= today else that.replace(year=today.year + 1)


def test_a_due_date_without_a_year_or_with_a_misspelt_month_says_what_to_put_right(
    client, world, coral
):
    """ "3 February" and "3 Febuary 2027" were both "Enter a real date": say the year is
    missing, or which word is not a month, with the date written as it should be."""
    client.force_login(world.users["leader"])
    for typed, told in (
        ("3 February", f"Add the year to “Due by”, for example {long_date(next_on(3, 2))}"),
        ("3/2", f"Add the year to “Due by”, for example {in_figures(next_on(3, 2))}"),
        (
            "3 Febuary 2027",
            "Check the spelling of the month “febuary” in “Due by”, for example 3 February 2027",
        ),
    ):
        response = client.post(add_url(coral), {"title": "Board meets", "due_on": typed})
        assert response.status_code == 400
        assert told in html.unescape(response.content.decode()), typed
    assert not Milestone.objects.filter(title="Board meets").exists()


@pytest.mark.parametrize(
    "typed, told",
    [
        ("31/12/26", "Write the year in full for “Due by”, for example 31/12/2026"),
        ("1 3 07", "Write the year in full for “Due by”, for example 1/3/2007"),
        (
            "31/2/07",
            f"Enter a real date for “Due by”, for example {in_figures(timezone.localdate())}",
        ),
    ],
)
def test_a_two_digit_year_is_asked_for_in_full(client, world, coral, typed, told):
    """ "31/12/26" was refused as "Enter a real date": say that the year is to be written in
    full, with the date so written; a date that is not real with any year stays so."""
    client.force_login(world.users["leader"])
    response = client.post(add_url(coral), {"title": "Short year", "due_on": typed})
    assert response.status_code == 400
    assert told in html.unescape(response.content.decode())
    assert not Milestone.objects.filter(title="Short year").exists()


def test_marking_a_milestone_done_is_idempotent(client, world):
    client.force_login(world.users["consultant"])
    url = reverse("fieldtrials:milestone_complete", args=[world.milestone.pk])
    assert client.post(url).status_code == 302
    world.milestone.refresh_from_db()
    assert world.milestone.completed_on == today()
    assert client.post(url).status_code == 302
    events = Event.objects.filter(verb="fieldtrials.milestone_completed")
    assert events.count() == 1


def test_a_milestone_of_a_trial_not_yet_started_is_not_marked_as_done_today(client, world):
    """The edit form refuses a completion before the trial starts; "Mark as done today" kept
    today, and the milestone could then not be edited. The page says why instead of the
    button; sent anyway (a page opened before the start date moved), it is refused, 409,
    nothing saved or logged. Once the trial starts, it is offered and kept."""
    trial = world.coral
    trial.start_date = today() + datetime.timedelta(days=10)
    trial.end_date = today() + datetime.timedelta(days=365)
    trial.save()
    client.force_login(world.users["leader"])
    milestones = reverse("fieldtrials:fieldtrial_milestones", args=[trial.pk])
    url = reverse("fieldtrials:milestone_complete", args=[world.milestone.pk])
    said = (
        f"It cannot be marked as done before {long_date(trial.start_date)}, when the trial starts"
    )
    page = html.unescape(client.get(milestones).content.decode())
    assert "Mark as done today" not in page and url not in page
    assert said in page

    response = client.post(url)
    body = html.unescape(response.content.decode())
    assert response.status_code == 409
    assert f"“Sage Milestone” is not marked as done. {said}." in body
    world.milestone.refresh_from_db()
    assert world.milestone.completed_on is None
    assert not Event.objects.filter(verb="fieldtrials.milestone_completed").exists()

    trial.start_date = today()
    trial.save()
    assert "Mark as done today" in client.get(milestones).content.decode()
    assert client.post(url).status_code == 302
    world.milestone.refresh_from_db()
    assert world.milestone.completed_on == today()


def test_editing_a_milestone_checks_the_dates_too(client, world, coral):
    client.force_login(world.users["officer"])
    url = reverse("fieldtrials:milestone_edit", args=[world.milestone.pk])
    page = client.get(url).content.decode()
    token = world.milestone.history.latest().history_id
    assert f'name="based_on" value="{token}"' in page
    data = {"title": "Sage Milestone", "due_on": "1/1/2006", "based_on": token}
    response = client.post(url, data)
    assert response.status_code == 400
    assert "1 September 2006" in response.content.decode()
    data["due_on"] = "15/1/2007"
    data["title"] = "Sage Milestone, renamed"
    assert client.post(url, data).status_code == 302
    world.milestone.refresh_from_db()
    assert world.milestone.title == "Sage Milestone, renamed"


@pytest.mark.parametrize(
    "persona, trial, status",
    [
        ("leader", "coral", 200),
        ("leader", "quill", 403),  # read through the community of practice, not changed
        ("consultant", "quill", 403),
        ("partner", "coral", 403),
        ("outsider", "coral", 404),
        ("officer", "quill", 200),
    ],
)
def test_who_may_add_milestones_and_risks(client, world, persona, trial, status):
    client.force_login(world.users[persona])
    trial = world.objects[trial]
    for name in ("milestone_create", "risk_create"):
        assert client.get(reverse(f"fieldtrials:{name}", args=[trial.pk])).status_code == status
    response = client.post(add_url(trial), {"title": "Sneaky", "due_on": "1/1/2007"})
    assert response.status_code == (302 if status == 200 else status)
    assert Milestone.objects.filter(title="Sneaky").exists() == (status == 200)


def test_overdue_milestones_stand_out_with_the_days_overdue(world):
    trial = world.dune
    MilestoneFactory(field_trial=trial, title="Late one", due_on=today() - datetime.timedelta(3))
    MilestoneFactory(field_trial=trial, title="Done one", overdue=True, done=True)
    MilestoneFactory(field_trial=trial, title="Future one")
    records = trial_records(trial)
    late = next(m for m in records["milestones"] if m.title == "Late one")
    assert late.is_overdue and late.days_overdue == 3
    assert records["overdue_count"] == 1
    html = render_to_string(
        "fieldtrials/records/_milestones.html",
        {"trial": trial, "records": records, "can_change": True},
    )
    assert "govuk-tag--red" in html and "Overdue</strong> by 3 days" in html
    assert html.count(">Overdue</strong>") == 1
    assert "1 overdue" in html
    assert reverse("fieldtrials:milestone_create", args=[trial.pk]) in html


def test_a_milestone_withdrawn_while_its_page_was_open_is_not_marked_done(client, world):
    """Withdrawn in another tab, then "Mark as done today": refused as the kit refuses an
    edit (409), nothing saved or logged; decided on the locked row, so a milestone read
    before it was withdrawn is refused too."""
    officer = world.users["officer"]
    seen = Milestone.objects.get(pk=world.milestone.pk)  # as the page read it
    withdraw_record(
        kind=record_kinds()[("fieldtrials", "milestone")],
        record=world.milestone,
        actor=officer,
        reason="Recorded twice",
    )
    with pytest.raises(RecordWithdrawn):
        complete_milestone(milestone=seen, actor=officer)
    client.force_login(officer)
    response = client.post(reverse("fieldtrials:milestone_complete", args=[seen.pk]))
    body = response.content.decode()
    assert response.status_code == 409
    assert "This milestone has been withdrawn" in body
    assert "Recorded twice" in body
    assert "marked as done" not in body
    seen.refresh_from_db()
    assert seen.completed_on is None
    assert not Event.objects.filter(verb="fieldtrials.milestone_completed").exists()
    page = client.get(reverse("fieldtrials:fieldtrial_milestones", args=[seen.field_trial_id]))
    assert "Mark as done today" not in page.content.decode()


def test_a_withdrawn_milestone_reads_as_withdrawn_in_the_list_and_is_not_counted(client, world):
    """As lessons, case studies and Phase 1 records do: who withdrew it, when and why; not
    "Not yet" nor overdue; the heading counts the current ones, as the download holds, and
    the withdrawn one beside, as monthly updates do."""
    officer = world.users["officer"]
    officer.full_name = "Olivia Okafor"
    officer.save()
    trial = world.coral  # holds the world's Sage Milestone, due in 2007: overdue
    late = MilestoneFactory(field_trial=trial, title="Late one", overdue=True)
    withdraw_record(
        kind=record_kinds()[("fieldtrials", "milestone")],
        record=late,
        actor=officer,
        reason="It repeats the Sage one",
    )
    client.force_login(officer)
    page = client.get(reverse("fieldtrials:fieldtrial_milestones", args=[trial.pk]))
    body = page.content.decode()
    when = timezone.localdate().strftime("%-d %B %Y")
    assert f"Withdrawn</strong> by Olivia Okafor on {when}: It repeats the Sage one" in body
    assert "Milestones, soonest due first (1, and 1 withdrawn)" in body
    row = body.split("Late one", 1)[1].split("</tr>", 1)[0]
    assert "Overdue" not in row and "Not yet" not in row and "Not done" in row
    assert body.count(">Overdue</strong>") == 1  # the Sage one's
