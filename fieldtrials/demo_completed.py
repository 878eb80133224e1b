"""A completed field trial, and System Leadership moved on to System learning.

Seed 000 leaves System Leadership, the first of the four projects (17 field trials selected in
the summer of 2006, an 18-month life-span), in its third phase by spring 2007: "the National
College for School Leadership, as partner in the System Leadership project, is drawing upon
the work of the field trials to inform its leadership development programmes, and its
evidence to national reports/enquiries on the future of school leadership". So the demo moves
the project to System learning, through the stage gate, while most of its trials still
incubate: the gate (every trial completed or withdrawn) does not yet hold, and the officer
overrides it with the seed's reason. One trial has finished: the seed names none that has,
so the demo completes an invented one (see INVENTED).

Every change goes through the services (trial details, milestones, status moves, the stage
move), so the trial's and the project's histories show them with their events; each is then
dated where the seeds' calendar puts it (nextpractice.demo_calendar). Loading again finds the
trial completed and the project moved, and changes nothing.
"""

import datetime

from accounts.demo_history import happened_at
from nextpractice.demo_calendar import moved, not_after_today, on_working_day, working_day
from nextpractice.demo_calendar import moved_datetime as seed_moved_datetime
from programmes import demo_content as content
from programmes.models import Stage, StageMove
from programmes.services.lifecycle import move_stage

from .models import FieldTrial, Milestone, Risk, TrialStatusChange
from .services.records import complete_milestone, history_token, update_risk
from .services.trial import DETAIL_FIELDS, move_trial_status, update_trial_details

# The trial the demo completes: System Leadership's executive headship of a school causing
# concern (an option the demo invented under the seed's driver "support a school or schools
# which are 'causing concern'"). Found by the start of its title.
COMPLETED_TRIAL = "Executive headship of a school causing concern"
# It ends with the seeds' last reported month (its May 2007 update is its final one) and is
# completed as the seeds' present begins; the project moved on in April, while it reported.
ENDED_ON = datetime.date(2007, 5, 31)
REPORTING_AT = datetime.datetime(2007, 5, 2, 10)
COMPLETED_AT = datetime.datetime(2007, 6, 1, 9, 30)
# Its risks were closed at its final review, with its last update.
CLOSED_RISKS_AT = datetime.datetime(2007, 5, 31, 15)
MOVED_ON_AT = datetime.datetime(2007, 4, 26, 11)

SYSTEM_LEARNING_REASON = (
    "The National College for School Leadership, as partner in the System Leadership "
    "project, is drawing upon the work of the field trials to inform its leadership "
    "development programmes and its evidence to the Independent Review of School Leadership. "
    "The trials still incubating carry on; what they have shown so far is being taken to "
    "the system now."
)
REPORTING_REASON = "The school left its category of concern in {left}: final reporting."
COMPLETED_REASON = (
    "Final report received: the two senior teams now work as one, and the governing bodies "
    "have agreed to keep the executive headship."
)

INVENTED = [
    "Which System Leadership trial has finished: the executive headship of a school causing "
    "concern, in Sandwell. The seed names no finished trial; the trial, its end in May "
    "2007 and the reasons recorded for its status changes are the demonstration's.",
    "The date System Leadership moved to System learning (late April 2007). The seed says "
    "only that by spring 2007 the National College for School Leadership was drawing on the "
    "project's field trials; the move, made while most trials still incubate, is the "
    "demonstration's reading of that.",
]


def moved_datetime(moment):
    """A seed moment of the trial's ending moved to the demo's calendar, on a working day
    (the first on or after the moved day): the officer does not move trials at weekends."""
    return on_working_day(seed_moved_datetime(moment))


def reporting_reason():
    """Why the trial moved to reporting: its school left its category of concern in the
    seeds' April 2007 (demo_phase2.LEFT_CONCERN), named by its month in the demo's calendar."""
    from .demo_phase2 import LEFT_CONCERN

    return REPORTING_REASON.format(left=f"{moved(LEFT_CONCERN):%B}")


def completed_trial(project):
    """The demo's completed trial of System Leadership, or None if it is not in the demo."""
    return (
        FieldTrial.objects.filter(project=project, title__startswith=COMPLETED_TRIAL)
        .select_related("project")
        .first()
    )


def load(ctx):
    officer = ctx["users"]["officer"]
    project = ctx["projects"][content.SL]
    trial = completed_trial(project)
    # The project moved on in April, before the trial completed in June: moved first, so
    # that the gate it overrode counts every trial as unfinished, as they were that day.
    move_to_system_learning(project, officer)
    if trial is not None and trial.status != FieldTrial.Status.COMPLETED:
        close_risks(trial, officer)
        complete_trial(trial, officer)
    ctx["completed_trial"] = trial
    return ctx


def move_to_system_learning(project, officer):
    project.refresh_from_db()
    if project.stage != Stage.SYSTEM_LEARNING:
        with happened_at(moved_datetime(MOVED_ON_AT), (StageMove, "created_at")):
            move_stage(
                project=project,
                to_stage=Stage.SYSTEM_LEARNING,
                actor=officer,
                reason=SYSTEM_LEARNING_REASON,
                override=True,
            )
        project.refresh_from_db()
        project.stage_entered_at = moved_datetime(MOVED_ON_AT)
        type(project).objects.filter(pk=project.pk).update(
            stage_entered_at=project.stage_entered_at
        )


def close_risks(trial, officer):
    """The ended trial's risks closed at its final review, as its consultant closes one (the
    risk's edit page): they no longer count as open."""
    closer = trial.consultant or officer
    # At the final review, on the trial's last working day (its last update's).
    review = seed_moved_datetime(CLOSED_RISKS_AT)
    day = working_day(review.date(), latest=review.date())
    when = not_after_today(datetime.datetime.combine(day, review.timetz()))
    for risk in Risk.objects.filter(field_trial=trial, is_open=True):
        with happened_at(when, (Risk.history.model, "history_date"), actor=closer):
            update_risk(
                risk=risk,
                actor=closer,
                based_on=history_token(risk),
                description=risk.description,
                likelihood=risk.likelihood,
                impact=risk.impact,
                owner=risk.owner,
                mitigation=risk.mitigation,
                is_open=False,
            )
        # The service dates the change now; it happened at the final review.
        Risk.objects.filter(pk=risk.pk).update(changed_at=when)


def complete_trial(trial, officer):
    """End the trial with the seeds' May 2007, finish its milestones and complete it."""
    history = (FieldTrial.history.model, "history_date")
    ended = moved(ENDED_ON)
    if trial.end_date != ended:
        with happened_at(moved_datetime(REPORTING_AT), history, actor=officer):
            fields = {name: getattr(trial, name) for name in DETAIL_FIELDS}
            fields["end_date"] = ended
            trial = update_trial_details(
                trial=trial,
                actor=officer,
                based_on_version=trial.version,
                participating=list(trial.participating_organisations.all()),
                domains=list(trial.resource_domains.all()),
                **fields,
            )
    for milestone in Milestone.objects.filter(field_trial=trial, completed_on__isnull=True):
        done_at = moved_datetime(REPORTING_AT)
        with happened_at(done_at, (Milestone.history.model, "history_date"), actor=officer):
            complete_milestone(milestone=milestone, actor=officer)
        # The service marks a milestone done today; the demo's today is the seeds' March.
        Milestone.objects.filter(pk=milestone.pk).update(completed_on=done_at.date())
    moves = [
        (FieldTrial.Status.REPORTING, REPORTING_AT, reporting_reason()),
        (FieldTrial.Status.COMPLETED, COMPLETED_AT, COMPLETED_REASON),
    ]
    for to_status, at, reason in moves:
        if FieldTrial.objects.filter(pk=trial.pk, status=to_status).exists():
            continue
        when = not_after_today(moved_datetime(at))
        with happened_at(when, (TrialStatusChange, "created_at"), history, actor=officer):
            move_trial_status(trial=trial, to_status=to_status, actor=officer, reason=reason)
        FieldTrial.objects.filter(pk=trial.pk).update(status_changed_at=when)
