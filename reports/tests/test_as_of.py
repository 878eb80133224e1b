"""A report is as of its period's end, whenever it is made: a report of November made in
December tells what was recorded by 30 November and nothing recorded on 1 December (a tester
found December's lesson and take-up in a November report): in "What changed since the last
report", and in the sections each app's `reporting.py` gathers, by each record's own date
where it has one (a measurement's, a take-up's, a support session's, a milestone's
completion) and otherwise by when it was written."""

import datetime
import re

import pytest
from django.utils import timezone

from accounts.models import Role
from accounts.services import event_for
from accounts.tests.factories import UserFactory
from evaluation.tests.factories import (
    IndicatorFactory,
    LessonFactory,
    MeasurementFactory,
    ObjectiveFactory,
    ProgressEntryFactory,
    TakeUpFactory,
)
from fieldtrials.models import (
    FieldTrial,
    Milestone,
    MonthlyUpdate,
    Risk,
    SupportSession,
    TrialStatusChange,
)
from fieldtrials.tests.factories import FieldTrialFactory
from programmes.models import Project, StageMove
from programmes.tests.factories import ProgrammeMembershipFactory, ProjectFactory
from reports.building import report_document
from reports.models import Report
from reports.parts import Period
from reports.services import request_report
from reports.tests.helpers import pdf_text
from toolkit.tests.factories import ExerciseFactory

pytestmark = pytest.mark.django_db

NOVEMBER = Period(start=datetime.date(2006, 11, 1), end=datetime.date(2006, 11, 30))
INSIDE = timezone.make_aware(datetime.datetime(2006, 11, 20, 15, 0))
AFTER = timezone.make_aware(datetime.datetime(2006, 12, 1, 0, 0))  # the first moment after
MADE_AT = timezone.make_aware(datetime.datetime(2006, 12, 5, 9, 0))
BEFORE = timezone.make_aware(datetime.datetime(2006, 9, 1, 9, 0))  # when the trial was set up


def _words(html):
    return " ".join(html.split())


@pytest.fixture
def consultant():
    return UserFactory(full_name="Cara Consultant")


@pytest.fixture
def trial():
    project = ProjectFactory(title="Lantern Project", stage="incubate")
    return FieldTrialFactory(
        project=project,
        title="Beacon Trial",
        status=FieldTrial.Status.INCUBATING,
        start_date=datetime.date(2006, 9, 4),
        created_at=BEFORE,
    )


def test_what_changed_since_the_last_report_stops_at_the_periods_end(trial):
    """The summary's changes are read from the event log up to the period's end, not up to
    the day the report is made."""
    Report.objects.create(
        project=trial.project,
        state=Report.State.READY,
        requested_at=INSIDE - datetime.timedelta(days=10),
        started_at=INSIDE - datetime.timedelta(days=10),
        covers_from=datetime.date(2006, 10, 1),
        covers_to=datetime.date(2006, 10, 31),
    )
    for title, at in [("Harbour Trial", INSIDE), ("Quay Trial", AFTER)]:
        other = FieldTrialFactory(project=trial.project, title=title)
        event = event_for(actor=None, verb="fieldtrials.risk_added", target=other)
        event.created_at = at
        event.save()
    body = _words(report_document(trial.project, made_at=MADE_AT, period=NOVEMBER).body)
    changes = body[body.index("What changed since the last report") : body.index("Contents")]
    assert "Since the last report, which covered up to 31 October 2006:" in body
    assert "1 new risk was recorded for Harbour Trial." in changes
    assert "Quay Trial" not in changes


def _section(body, title, following):
    """The section headed `title` in the report's body (its last mention: the first is in
    the contents), up to `following`."""
    start = body.rindex(title)
    return body[start : body.index(following, start)]


def test_evaluation_sections_hold_what_was_written_or_dated_by_the_periods_end(trial):
    project = trial.project
    for title, at in [("Harbour lesson", INSIDE), ("Quay lesson", AFTER)]:
        LessonFactory(programme=None, project=project, title=title, created_at=at)
    TakeUpFactory(
        lesson=LessonFactory(
            programme=None, project=project, title="Jetty lesson", created_at=INSIDE
        ),
        organisation__name="Tidewater Council",
        taken_up_on=AFTER.date(),
    )
    ObjectiveFactory(programme=None, project=project, text="Written after", created_at=AFTER)
    objective = ObjectiveFactory(
        programme=None, project=project, text="More pupils read", created_at=INSIDE
    )
    ProgressEntryFactory(objective=objective, what="Reading clubs began", recorded_on=INSIDE)
    ProgressEntryFactory(objective=objective, what="Clubs doubled", recorded_on=AFTER.date())
    indicator = IndicatorFactory(field_trial=trial, name="Pupils reading daily", created_at=INSIDE)
    MeasurementFactory(indicator=indicator, measured_on=INSIDE.date(), value=61)
    MeasurementFactory(indicator=indicator, measured_on=AFTER.date(), value=68)

    body = _words(report_document(project, made_at=MADE_AT, period=NOVEMBER).body)
    assert "Harbour lesson" in body and "Jetty lesson" in body
    assert "Quay lesson" not in body
    assert "Tidewater Council" not in body  # taken up on 1 December
    assert "More pupils read" in body and "Written after" not in body
    assert "Reading clubs began" in body and "Clubs doubled" not in body
    indicators = _section(body, "Indicators against baseline and target", "Lessons, case")
    assert "61" in indicators and "68" not in indicators


def test_field_trial_sections_count_support_and_milestones_as_they_stood(trial, consultant):
    Milestone.objects.create(
        field_trial=trial,
        title="Timetable agreed",
        due_on=datetime.date(2006, 11, 15),
        completed_on=datetime.date(2006, 12, 2),
        created_at=BEFORE,
    )
    for day, hours in [(datetime.date(2006, 11, 1), 2), (datetime.date(2006, 12, 1), 5)]:
        SupportSession.objects.create(
            field_trial=trial, held_on=day, given_by=consultant, kind="consultancy", hours=hours
        )
    body = _words(report_document(trial, made_at=MADE_AT, period=NOVEMBER).body)
    # Done on 2 December: overdue on 30 November, 15 days late.
    assert "the longest overdue is Timetable agreed (Beacon Trial), 15 days late" in body
    assert "2 hours in 1 session" in body
    # Given on the period's first day: "from 1 November" includes it.
    assert (
        "Support given from 1 November to 30 November 2006: 2 hours in 1 session."
        in body.replace("<strong>", "").replace("</strong>", "")
    )
    assert "7 hours" not in body

    project_body = _words(report_document(trial.project, made_at=MADE_AT, period=NOVEMBER).body)
    assert "Support given to its trials: 2 hours in 1 session in all." in project_body


def test_an_exercise_closed_or_begun_after_the_period_is_not_among_its_closed_ones(trial):
    ExerciseFactory(
        field_trial=trial,
        title="Closed in November",
        closed_at=INSIDE,
        results_shared=False,
        created_at=INSIDE - datetime.timedelta(days=7),
    )
    ExerciseFactory(
        field_trial=trial,
        title="Closed in December",
        closed_at=AFTER,
        results_shared=False,
        created_at=INSIDE,
    )
    ExerciseFactory(field_trial=trial, title="Begun in December", created_at=AFTER)
    body = _words(report_document(trial, made_at=MADE_AT, period=NOVEMBER).body)
    assert "Closed in November" in body
    assert "Closed in December" not in body and "Begun in December" not in body
    assert "1 exercise still open" in body


def test_statuses_ratings_risks_and_stage_are_told_as_they_stood_at_the_periods_end(
    trial, consultant
):
    """A report of November made in December told December's state beside November's facts
    (a tester found "reported red for December", a stage entered in December and a risk
    closed since left out): each is read as it stood when the period ended."""
    project = trial.project
    Project.objects.filter(pk=project.pk).update(stage="system_learning", created_at=BEFORE)
    StageMove.objects.create(
        project=project,
        from_stage="incubate",
        to_stage="system_learning",
        actor=consultant,
        created_at=AFTER,
    )
    # Now completed and rated red for December; in November incubating and green.
    FieldTrial.objects.filter(pk=trial.pk).update(
        status=FieldTrial.Status.COMPLETED,
        latest_rag="red",
        latest_update_month=datetime.date(2006, 12, 1),
    )
    TrialStatusChange.objects.create(
        field_trial=trial, from_status="incubating", to_status="completed", actor=consultant,
        created_at=AFTER,
    )  # fmt: skip
    for month, rag in [(11, "green"), (12, "red")]:
        MonthlyUpdate.objects.create(
            field_trial=trial, month=datetime.date(2006, month, 1), rag=rag,
            what_happened=f"News of month {month}.", status=MonthlyUpdate.Status.SUBMITTED,
            author=consultant,
        )  # fmt: skip
    # A risk open in November and closed on 1 December; one first written in December.
    risk = Risk.objects.create(
        field_trial=trial, description="The head may leave.", likelihood=2, impact=2,
        owner="Chair", created_at=INSIDE,
    )  # fmt: skip
    risk.is_open = False
    risk.save()
    first, closing = Risk.history.filter(id=risk.pk).order_by("history_id")
    Risk.history.filter(history_id=first.history_id).update(history_date=INSIDE)
    Risk.history.filter(history_id=closing.history_id).update(history_date=AFTER)
    Risk.objects.create(
        field_trial=trial, description="A December worry.", likelihood=1, impact=1,
        owner="Chair", created_at=AFTER,
    )  # fmt: skip
    # A trial and a milestone first written in December.
    FieldTrialFactory(project=project, title="Quay Trial", created_at=AFTER)
    Milestone.objects.create(
        field_trial=trial, title="Added later", due_on=datetime.date(2006, 11, 20),
        created_at=AFTER,
    )  # fmt: skip

    body = _words(report_document(project, made_at=MADE_AT, period=NOVEMBER).body)
    summary = body[: body.index("Contents")]
    assert "1 trial: 1 incubating." in summary
    assert "reported red" not in body and "News of month 11." in body
    assert "News of month 12." not in body
    assert "The head may leave" in body and "A December worry" not in body
    assert "Quay Trial" not in body and "Added later" not in body
    assert "Stage at 30 November 2006: <strong>Incubate</strong>" in summary
    assert "It has moved on since the end of this report's period." in summary
    assert "System learning since" not in body

    trial_body = _words(report_document(trial, made_at=MADE_AT, period=NOVEMBER).body)
    assert "Latest rating: " in trial_body and "for November 2006" in trial_body
    assert "for December 2006" not in trial_body

    programme = _words(report_document(project.programme, made_at=MADE_AT, period=NOVEMBER).body)
    by_project = _section(programme, "Field trials by project", "</table>")
    row = re.search(r'<th scope="row">Lantern Project</th>(.*?)</tr>', by_project).group(1)
    # Trials 1, live 1, not started 0, red 0, amber 0, green 1 (and no overdue milestone).
    numbers = re.findall(r'<td class="np-numeric">(\d+)</td>', row)
    assert numbers[:6] == ["1", "1", "0", "0", "0", "1"]
    projects = _section(programme, "Projects and their stages", "</table>")
    assert "Incubate</strong> since" in projects
    assert "Passed after the period this report covers" in projects


def test_a_trial_not_started_by_the_periods_month_is_not_told_off_for_its_update(trial):
    """ "1 running trial sent no monthly update for November 2006 or later" was said of a
    trial starting in January, which can send no update before then."""
    FieldTrialFactory(
        project=trial.project,
        title="Quay Trial",
        status=FieldTrial.Status.SELECTED,
        start_date=datetime.date(2007, 1, 8),
        created_at=BEFORE,
    )
    body = _words(report_document(trial.project, made_at=MADE_AT, period=NOVEMBER).body)
    # Beacon Trial, running since before November, sent none: it alone is counted.
    assert "1 running trial sent no monthly update for November 2006 or later." in body
    # Beacon Trial is not rated yet: said in words (it read "No status yet 2"). Quay Trial,
    # starting in January, was not live in November: it is counted as not started.
    assert "2 trials: 1 incubating, 1 not started." in body
    assert "Latest rating of those live: 1 not rated yet (no monthly update)." in body


def test_the_stage_history_is_in_date_order_when_a_project_moved_before_its_start(
    trial, consultant
):
    """A project planned to start in January but moved in December listed "5 Jan 2007
    Started in Analyse need" above its December moves, under "oldest first". It started in
    Analyse need when it was added (September), not on its planned start date."""
    project = trial.project
    Project.objects.filter(pk=project.pk).update(
        start_date=datetime.date(2007, 1, 5), stage="scan_horizon", created_at=BEFORE
    )
    project.refresh_from_db()
    StageMove.objects.create(
        project=project, from_stage="analyse_need", to_stage="scan_horizon", actor=consultant,
        created_at=INSIDE,
    )  # fmt: skip
    body = _words(report_document(project, made_at=MADE_AT, period=NOVEMBER).body)
    history = _section(body, "Stage moves, oldest first", "</table>")
    assert history.index("1 Sep 2006</td><td>Started") < history.index("20 Nov 2006")
    assert "5 Jan 2007</td><td>Started" not in history
    assert "Planned to start on 5 January 2007" in body


def test_power_to_innovate_requests_and_the_offer_count_only_what_was_there_by_the_end(trial):
    """A request made or submitted after the period is not listed, and the incubation offer
    counts only the uses recorded by the period's end, in the project's, the trial's and the
    programme's reports."""
    from fieldtrials.models import OfferUse, PowerToInnovateRequest

    Project.objects.filter(pk=trial.project_id).update(created_at=BEFORE)
    for regulation, created, submitted in [
        ("Timetable rules", INSIDE, INSIDE.date()),
        ("Made later", AFTER, None),
        ("Drafted in time, submitted later", INSIDE, AFTER.date()),
    ]:
        PowerToInnovateRequest.objects.create(
            field_trial=trial,
            regulation=regulation,
            variation_sought="A variation.",
            case="A case.",
            state="submitted" if submitted else "draft",
            submitted_on=submitted,
            created_at=created,
        )
    for asked, at in [("Coaching in November", INSIDE), ("Coaching in December", AFTER)]:
        OfferUse.objects.create(
            field_trial=trial, element="confidence", asked_for=asked, created_at=at
        )
    bodies = {
        subject: _words(report_document(subject, made_at=MADE_AT, period=NOVEMBER).body)
        for subject in (trial, trial.project, trial.project.programme)
    }
    for body in bodies.values():
        assert "Timetable rules" in body
        assert "Made later" not in body and "submitted later" not in body
    assert "Coaching in November" in bodies[trial]
    assert "Coaching in December" not in bodies[trial]
    project = bodies[trial.project]
    offer = _section(project, "Incubation offer and support given", "Power to Innovate")
    assert re.search(r'<td class="np-numeric">1</td><td class="np-numeric">1</td>', offer)
    assert '<td class="np-numeric">2</td>' not in offer


def test_stages_not_reached_by_the_periods_end_show_no_counts(trial, consultant):
    """A project in Analyse need at the period's end and in Incubate now: the stages it had
    not reached then are not filled with today's counts (its trial, today's ideas)."""
    project = trial.project
    Project.objects.filter(pk=project.pk).update(created_at=BEFORE)
    StageMove.objects.create(
        project=project, from_stage="analyse_need", to_stage="incubate", actor=consultant,
        created_at=AFTER, overridden=True,
    )  # fmt: skip
    body = _words(report_document(project, made_at=MADE_AT, period=NOVEMBER).body)
    stages = _section(body, "What each stage opened out and kept", "</table>")
    assert "1 field trial" not in stages
    assert stages.count("Not reached by the end of this period") == 4
    assert "problems, challenges and drivers" in stages  # its stage then is told


def test_objectives_are_listed_as_agreed_only_if_they_were_agreed_by_the_periods_end(
    trial, consultant
):
    """Read from their agree and reopen events: agreed in December is not agreed in a report
    of November; agreed in November and reopened in December was."""
    from accounts.models import Event
    from programmes.models import Objective

    project = trial.project
    Project.objects.filter(pk=project.pk).update(created_at=BEFORE)
    objectives = {
        text: Objective.objects.create(project=project, text=text, status=status, created_at=BEFORE)
        for text, status in [
            ("Agreed in December", "agreed"),
            ("Agreed then reopened", "draft"),
            ("Agreed long ago", "agreed"),
        ]
    }
    for text, verb, at in [
        ("Agreed in December", "agreed", AFTER),
        ("Agreed then reopened", "agreed", INSIDE),
        ("Agreed then reopened", "reopened", AFTER),
    ]:
        event = event_for(
            actor=consultant,
            verb=f"programmes.objective_{verb}",
            target=project,
            data={"id": objectives[text].pk},
        )
        event.created_at = at
        event.save()
    assert Event.objects.filter(project=project).count() == 3
    body = _words(report_document(project, made_at=MADE_AT, period=NOVEMBER).body)
    agreed = _section(body, "Objectives agreed in Analyse need", "</ol>")
    assert "Agreed then reopened" in agreed and "Agreed long ago" in agreed
    assert "Agreed in December" not in agreed


def test_a_past_periods_report_says_nothing_needed_attention_then():
    project = ProjectFactory(title="Quiet Project", created_at=BEFORE)
    body = _words(report_document(project, made_at=MADE_AT, period=NOVEMBER).body)
    assert "Nothing needed attention at the end of this period." in body
    assert "Nothing needs attention now" not in body
    today = report_document(project).body  # the month up to today: as of now
    assert "Nothing needs attention now." in today


def test_the_projects_support_table_counts_sessions_in_all_and_in_the_period(trial, consultant):
    """Its hours say "in all" and "this period": its sessions say both too."""
    for day in (datetime.date(2006, 10, 20), datetime.date(2006, 11, 10)):
        SupportSession.objects.create(
            field_trial=trial, held_on=day, given_by=consultant, kind="consultancy", hours=1
        )
    body = _words(report_document(trial.project, made_at=MADE_AT, period=NOVEMBER).body)
    assert (
        '<th scope="row">Beacon Trial</th><td class="np-numeric">2 in all, 1 this period</td>'
        '<td class="np-numeric">2 in all, 1 this period</td>'
    ) in body


def test_the_stage_by_stage_counts_are_as_of_the_periods_end(trial, consultant):
    """A tester found "1 completed" in the stage table of a report whose field trials
    section said the trial was still running then (it completed the day after the period):
    every count of the table is of the period's end, as the rest of the report."""
    from accounts.models import Event
    from programmes.models import (
        CreativeOption,
        KeptStimulus,
        Objective,
        ProblemStatement,
        Stimulus,
        Workshop,
    )

    project = trial.project
    Project.objects.filter(pk=project.pk).update(created_at=BEFORE)
    FieldTrial.objects.filter(pk=trial.pk).update(status="completed", status_changed_at=AFTER)
    TrialStatusChange.objects.create(
        field_trial=trial, from_status="incubating", to_status="completed", actor=consultant,
        created_at=AFTER,
    )  # fmt: skip
    for text, at in [("Too few pupils read", INSIDE), ("Written in December", AFTER)]:
        ProblemStatement.objects.create(project=project, text=text, created_at=at)
        Objective.objects.create(project=project, text=text, created_at=at)
    agreed_later = Objective.objects.get(project=project, text="Too few pupils read")
    Objective.objects.filter(pk=agreed_later.pk).update(status="agreed")

    def happened(verb, target, at, **data):
        event = event_for(actor=consultant, verb=verb, target=target, data=data)
        event.created_at = at
        event.save()

    happened("programmes.objective_agreed", project, AFTER, id=agreed_later.pk)
    stimuli = {
        title: Stimulus.objects.create(
            title=title,
            sector="health",
            country="UK",
            summary="s",
            provocation="p",
            created_at=at,
        )  # fmt: skip
        for title, at in [("Harbour clinic", BEFORE), ("Quay clinic", AFTER)]
    }
    # Kept in September and no longer: it was kept then. Kept in December: it was not.
    happened("programmes.stimulus_kept", project, BEFORE, kept=9001)
    happened("programmes.stimulus_unkept", project, AFTER, kept=9001)
    later = KeptStimulus.objects.create(
        project=project, stimulus=stimuli["Quay clinic"], why="w", kept_at=AFTER
    )
    happened("programmes.stimulus_kept", project, AFTER, kept=later.pk)
    for title, held_on in [("November workshop", INSIDE.date()), ("December one", AFTER.date())]:
        Workshop.objects.create(
            project=project, title=title, kind="creative", held_on=held_on, created_at=INSIDE
        )
    # Selected in December (a proposed option then); shortlisted in November.
    selected = CreativeOption.objects.create(
        project=project, title="Reading buddies", description="d", status="selected",
        decided_at=AFTER, created_at=BEFORE,
    )  # fmt: skip
    happened("programmes.option_decided", selected, AFTER, decision="selected")
    shortlisted = CreativeOption.objects.create(
        project=project, title="Story walls", description="d", status="shortlisted",
        decided_at=INSIDE, created_at=BEFORE,
    )  # fmt: skip
    happened("programmes.option_decided", shortlisted, INSIDE, decision="shortlisted")
    CreativeOption.objects.create(
        project=project, title="Captured in December", description="d", created_at=AFTER
    )
    assert Event.objects.filter(verb="programmes.option_decided").count() == 2

    body = _words(report_document(project, made_at=MADE_AT, period=NOVEMBER).body)
    stages = _section(body, "What each stage opened out and kept", "</table>")
    assert "What each stage opened out and kept by 30 November 2006" in stages
    assert "1 problem, challenge or driver" in stages
    assert "0 agreed objectives (of 1)" in stages
    library = Stimulus.objects.filter(created_at__lt=AFTER).count()
    assert library == Stimulus.objects.count() - 1
    assert f"{library} stimulus in the library shared by all projects" in stages
    assert "1 stimulus kept for this project" in stages
    assert "2 ideas (creative options), 1 workshop" in stages
    assert "0 selected for field trials, 1 still on the shortlist" in stages
    assert "1 field trial" in stages and "0 completed" in stages
    # The field trials section says the same of the trial.
    assert "1 completed" not in body


def test_a_closed_projects_report_says_when_it_closed_once_its_period_reaches_that_day(trial):
    project = trial.project
    Project.objects.filter(pk=project.pk).update(
        stage="system_learning",
        closed_on=datetime.date(2006, 12, 3),
        closed_note="Handed to NCSL.",
    )
    project.refresh_from_db()
    november = _words(report_document(project, made_at=MADE_AT, period=NOVEMBER).body)
    assert "Closed on" not in november
    december = Period(start=datetime.date(2006, 12, 1), end=datetime.date(2006, 12, 31))
    made = timezone.make_aware(datetime.datetime(2007, 1, 2, 9, 0))
    body = _words(report_document(project, made_at=made, period=december).body)
    said = "Closed on 3 December 2006: Handed to NCSL."
    summary = body[: body.index("Contents")]
    assert said in summary
    stage = _section(body, "Stage and gate status", "Stage by stage")
    assert said in stage
    assert "This is the last stage." not in summary


AUGUST = Period(start=datetime.date(2006, 8, 1), end=datetime.date(2006, 8, 31))


def test_a_trials_report_says_plainly_when_the_trial_had_not_started_or_been_recorded(trial):
    """A period ending before the trial was recorded, or before its start date: the report
    is made and says so (it failed, "not enough values to unpack")."""
    FieldTrial.objects.filter(pk=trial.pk).update(start_date=None)
    trial.refresh_from_db()
    body = _words(report_document(trial, made_at=MADE_AT, period=AUGUST).body)
    assert "The field trial had not started by 31 August 2006." in body
    assert "The trial's plan" not in body and "Milestones in short" not in body
    # Recorded on 1 September with a start date in August: it had started, unrecorded.
    FieldTrial.objects.filter(pk=trial.pk).update(start_date=datetime.date(2006, 8, 14))
    trial.refresh_from_db()
    body = _words(report_document(trial, made_at=MADE_AT, period=AUGUST).body)
    assert (
        "The field trial had not been recorded by 31 August 2006: it was first recorded on "
        "1 September 2006, so this report has nothing of it to tell."
    ) in body
    # Recorded, starting after the period: its report says when it starts, then the rest.
    FieldTrial.objects.filter(pk=trial.pk).update(start_date=datetime.date(2007, 1, 8))
    trial.refresh_from_db()
    body = _words(report_document(trial, made_at=MADE_AT, period=NOVEMBER).body)
    assert (
        "The field trial had not started by 30 November 2006: it starts on 8 January 2007."
    ) in body
    assert "Milestones in short" in body


def test_a_report_of_a_time_before_any_trial_says_none_by_the_periods_end(trial):
    """A project's or programme's report of a time before its trials says "No field trials
    by 31 August 2006", not "yet" (it has one now), in the web page and the PDF."""
    officer = UserFactory(full_name="Ada Officer")
    ProgrammeMembershipFactory(programme=trial.project.programme, user=officer, role=Role.OFFICER)
    # The project was recorded in July, its trial on 1 September.
    Project.objects.filter(pk=trial.project_id).update(
        created_at=timezone.make_aware(datetime.datetime(2006, 7, 3, 9, 0))
    )
    for subject, said in [
        (trial.project, "No field trials by 31 August 2006: trials come from options selected"),
        (trial.project.programme, "No field trials by 31 August 2006 in its 1 project."),
    ]:
        report, _ = request_report(subject=subject, actor=officer, period=AUGUST)
        assert report.state == Report.State.READY
        with report.page.open("rb") as handle:
            page = _words(handle.read().decode())
        with report.file.open("rb") as handle:
            pdf = _words(pdf_text(handle.read()))
        for text in (page, pdf):
            assert said in text and "No field trials yet" not in text
            assert "0 field trials in" not in text  # the programme summary's count of none
    assert "No field trials by 31 August 2006." in page_of(trial.project, officer)


def page_of(subject, officer):
    report = Report.objects.filter(project=subject, requested_by=officer).latest("pk")
    with report.page.open("rb") as handle:
        return _words(handle.read().decode())
