"""A field trial's statuses as data: which moves are allowed, and what each needs.

Checks return (allowed, reason) so the page can say what is missing. Only
`fieldtrials.services.trial.move_trial_status` changes a trial's status.
"""

from dataclasses import dataclass

from django.urls import reverse

from programmes.models import Stage
from programmes.workflow import in_phase_1

from .models import FieldTrial

S = FieldTrial.Status

# status -> the statuses it may move to
MOVES = {
    S.SELECTED: [S.INCUBATING, S.WITHDRAWN],
    S.INCUBATING: [S.REPORTING, S.SELECTED, S.WITHDRAWN],
    S.REPORTING: [S.COMPLETED, S.INCUBATING, S.WITHDRAWN],
    S.COMPLETED: [S.REPORTING],
    S.WITHDRAWN: [S.SELECTED],
}

# Moves that need a written reason.
NEEDS_REASON = {S.WITHDRAWN, S.SELECTED}

# What a move to each status tells the trial's team (fieldtrials.services.trial): what
# happened, after the trial's name, for the e-mail's subject; then what the status means for
# a head teacher in the team, what is now expected of them (monthly updates are due while
# incubating or reporting: fieldtrials.selectors_list.REPORTING_STATUSES; a trial is
# completed once its milestones are done: completing_problems).
STATUS_NEWS = {
    S.SELECTED: (
        "is back to selected",
        "it is still chosen as a field trial, but its work is not under way, so no monthly "
        "updates are due until it is incubating again",
    ),
    S.INCUBATING: (
        "is now incubating",
        "the trial's work is under way with the incubation offer's support. The team writes "
        "a monthly update each month and keeps its milestones up to date",
    ),
    S.REPORTING: (
        "has moved to reporting",
        "this is the trial's last phase, when the team draws together what the trial has "
        "shown. Keep writing a monthly update each month, and mark each milestone done (or "
        "withdraw it, saying why) so that the trial can be completed",
    ),
    S.COMPLETED: (
        "is completed",
        "the trial's work has ended, and no more monthly updates are due. Everything recorded "
        "about it stays in Next Practice",
    ),
    S.WITHDRAWN: (
        "has been withdrawn",
        "the trial's work has stopped, and no more monthly updates or milestone reminders are "
        "due. Everything recorded about it stays in Next Practice",
    ),
}


@dataclass(frozen=True)
class Problem:
    """What stands in the way of a move, and where to put it right: a link's address and
    its words, when there is a page for it."""

    text: str
    url: str = ""
    link: str = ""


# Where a trial's work has ended: any other status is under way.
ENDED = (S.COMPLETED, S.WITHDRAWN)
TRIAL_OF_A_CLOSED_PROJECT = (
    "Its project has been closed, so none of its field trials can be under way again: "
    "reopen the project first."
)


# The statuses a trial reaches only once its project has passed its Phase 1 gate: field
# trials are incubated in Phase 2, at local level (seed 000: "At the next phase, the action
# shifts to the local level"). Before then a selected trial is set up (its school, dates,
# team, plan and milestones), and may be withdrawn, but its work is not under way.
AFTER_THE_GATE = (S.INCUBATING, S.REPORTING, S.COMPLETED)


def before_the_gate_problem(trial):
    """Why `trial` may not be incubated yet, its project being still in Phase 1, with a link
    to move the project on; or None."""
    project = trial.project
    if not in_phase_1(project):
        return None
    return Problem(
        f"This project, {project.title}, has not passed its Phase 1 gate yet: it is at "
        f"{Stage(project.stage).label}. A field trial is incubated in Phase 2, so a programme "
        f"officer moves the project to {Stage.INCUBATE.label} first. Until then the trial can "
        "be set up: its school, dates, team, plan and milestones.",
        reverse("programmes:project_move", args=[project.pk]),
        f"Move {project.title} to another stage",
    )


def incubating_problems(trial):
    missing = []
    if trial.lead_organisation_id is None:
        missing.append("choose its lead organisation")
    if trial.start_date is None:
        missing.append("set its start date")
    if missing:
        return [Problem("Before incubating, " + " and ".join(missing) + ".")]
    return []


def reporting_problems(trial):
    if not trial.monthly_updates.current().filter(status="submitted").exists():
        return [
            Problem("Before reporting, the trial team must submit at least one monthly update.")
        ]
    return []


def completing_problems(trial):
    """Everything that keeps `trial` from being completed, at once, each with its page."""
    problems = []
    open_milestones = trial.milestones.current().filter(completed_on__isnull=True).count()
    if open_milestones:
        many = "milestones are" if open_milestones > 1 else "milestone is"
        problems.append(
            Problem(
                f"{open_milestones} {many} not done yet. Before the trial is completed, on its "
                "milestones page mark each one done, or withdraw it with the reason it was not "
                "done.",
                reverse("fieldtrials:fieldtrial_milestones", args=[trial.pk]),
                f"Go to the milestones of {trial.title}",
            )
        )
    open_requests = list(
        trial.power_to_innovate_requests.current()
        .filter(state__in=["draft", "submitted"])
        .order_by("pk")
        .values_list("pk", flat=True)[:2]
    )
    if len(open_requests) == 1:
        problems.append(
            Problem(
                "A Power to Innovate request is still open: it must be decided or withdrawn.",
                reverse("fieldtrials:pti_detail", args=[open_requests[0]]),
                "Go to the open Power to Innovate request",
            )
        )
    elif open_requests:
        problems.append(
            Problem(
                "Power to Innovate requests are still open: each must be decided or withdrawn.",
                reverse("fieldtrials:fieldtrial_support", args=[trial.pk]),
                f"Go to the support given to {trial.title}",
            )
        )
    return problems


def _said(problems):
    """(allowed, reason): the problems as one sentence or more."""
    return not problems, " ".join(p.text for p in problems)


def check_reporting(trial):
    return _said(reporting_problems(trial))


def check_completed(trial):
    return _said(completing_problems(trial))


PROBLEMS = {
    S.INCUBATING: incubating_problems,
    S.REPORTING: reporting_problems,
    S.COMPLETED: completing_problems,
}


def move_problems(trial, to_status):
    """What keeps `trial` from moving to `to_status` now (none: it may)."""
    to_status = S(to_status)
    if to_status == trial.status:
        return [Problem(f"The trial is already {to_status.label.lower()}.")]
    if to_status not in MOVES[S(trial.status)]:
        allowed = ", ".join(s.label.lower() for s in MOVES[S(trial.status)])
        return [Problem(f"A {S(trial.status).label.lower()} trial can only become {allowed}.")]
    if to_status not in ENDED:
        # Under way again: not in a project closed or withdrawn (decided again under the
        # project's lock by fieldtrials.services.trial.move_trial_status).
        from programmes.services.lifecycle import PROJECT_WITHDRAWN

        if trial.project.is_withdrawn:
            return [Problem(PROJECT_WITHDRAWN)]
        if trial.project.is_closed:
            return [
                Problem(
                    TRIAL_OF_A_CLOSED_PROJECT,
                    trial.project.get_absolute_url(),
                    f"Go to {trial.project.title}",
                )
            ]
        if S(trial.status) in ENDED:
            outside = _outside_its_project(trial)
            if outside:
                return [outside]
    problems = []
    if to_status in AFTER_THE_GATE:
        before_the_gate = before_the_gate_problem(trial)
        if before_the_gate:
            problems.append(before_the_gate)
    check = PROBLEMS.get(to_status)
    return problems + (check(trial) if check else [])


def _outside_its_project(trial):
    """A trial under way again must run within its project's dates, which may have been
    shortened while it was completed or withdrawn (their dates do not hold the plan)."""
    from .services.trial import trial_end_problem, trial_start_problem

    problem = trial_start_problem(trial.project, trial.start_date) or trial_end_problem(
        trial.project, trial.end_date
    )
    if not problem:
        return None
    return Problem(
        f"{problem}. Change the trial's dates first.",
        reverse("fieldtrials:fieldtrial_edit", args=[trial.pk]),
        f"Change the dates of {trial.title}",
    )


def can_move(trial, to_status):
    """(allowed, reason) for moving `trial` to `to_status` now."""
    return _said(move_problems(trial, to_status))
