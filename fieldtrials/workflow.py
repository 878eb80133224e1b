"""A field trial's statuses as data: which moves are allowed, and what each needs.

Checks return (allowed, reason) so the page can say what is missing. Only
`fieldtrials.services.trial.move_trial_status` changes a trial's status.
"""

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


def check_incubating(trial):
    missing = []
    if trial.lead_organisation_id is None:
        missing.append("choose its lead organisation")
    if trial.start_date is None:
        missing.append("set its start date")
    if missing:
        return False, "Before incubating, " + " and ".join(missing) + "."
    return True, ""


def check_reporting(trial):
    if not trial.monthly_updates.current().filter(status="submitted").exists():
        return False, "Before reporting, the trial team must submit at least one monthly update."
    return True, ""


def check_completed(trial):
    open_milestones = trial.milestones.current().filter(completed_on__isnull=True).count()
    if open_milestones:
        many = "milestones are" if open_milestones > 1 else "milestone is"
        return False, (
            f"{open_milestones} {many} not done yet. Before the trial is completed, on its "
            "milestones page mark each one done, or withdraw it with the reason it was not done."
        )
    open_requests = trial.power_to_innovate_requests.current()
    if open_requests.filter(state__in=["draft", "submitted"]).exists():
        return False, "A Power to Innovate request is still open: it must be decided or withdrawn."
    return True, ""


CHECKS = {
    S.INCUBATING: check_incubating,
    S.REPORTING: check_reporting,
    S.COMPLETED: check_completed,
}


def can_move(trial, to_status):
    """(allowed, reason) for moving `trial` to `to_status` now."""
    to_status = S(to_status)
    if to_status == trial.status:
        return False, f"The trial is already {to_status.label.lower()}."
    if to_status not in MOVES[S(trial.status)]:
        allowed = ", ".join(s.label.lower() for s in MOVES[S(trial.status)])
        return False, (f"A {S(trial.status).label.lower()} trial can only become {allowed}.")
    check = CHECKS.get(to_status)
    return check(trial) if check else (True, "")
