"""The stage rules: gates checked at the moment of a move, overrides with reasons, history."""

import pytest
from django.core.exceptions import PermissionDenied
from django.urls import reverse

from accounts.models import Event, Notification, Role
from accounts.tests.factories import UserFactory
from fieldtrials.models import FieldTrial
from fieldtrials.tests.factories import FieldTrialFactory
from programmes.models import (
    CreativeOption,
    KeptStimulus,
    Objective,
    Stage,
    StageMove,
    Stimulus,
)
from programmes.services import StageMoveRefused, move_stage
from programmes.tests.factories import (
    ProgrammeMembershipFactory,
    ProjectFactory,
    ProjectMembershipFactory,
)
from programmes.workflow import can_leave, plan_move

pytestmark = pytest.mark.django_db


@pytest.fixture
def officer():
    return UserFactory()


@pytest.fixture
def project(officer):
    project = ProjectFactory()
    ProgrammeMembershipFactory(programme=project.programme, user=officer, role=Role.OFFICER)
    return project


def agree_objective(project):
    Objective.objects.create(project=project, text="Spread leadership", status="agreed")


def keep_stimulus(project):
    stimulus = Stimulus.objects.create(
        title=f"Zopa {project.pk}", sector="banking", country="UK", summary="s", provocation="p"
    )
    KeptStimulus.objects.create(project=project, stimulus=stimulus, why="peer lending")


def select_option(project, trial_status="selected"):
    option = CreativeOption.objects.create(
        project=project, title=f"Option {project.pk}", description="d", status="selected"
    )
    FieldTrialFactory(project=project, option=option, status=trial_status)
    return option


def test_a_stage_with_its_gate_unmet_says_exactly_what_is_missing(project):
    assert can_leave(project, Stage.ANALYSE_NEED) == (
        False,
        "No project objective has been agreed yet: agree at least one objective.",
    )
    Objective.objects.create(project=project, text="draft only")
    assert can_leave(project, Stage.ANALYSE_NEED)[0] is False
    agree_objective(project)
    assert can_leave(project, Stage.ANALYSE_NEED) == (True, "")


def test_moving_forward_when_the_gate_holds_records_who_when_and_notifies_members(project, officer):
    partner = UserFactory()
    ProjectMembershipFactory(project=project, user=partner, role=Role.PARTNER)
    agree_objective(project)
    move = move_stage(project=project, to_stage=Stage.SCAN_HORIZON, actor=officer)
    project.refresh_from_db()
    assert project.stage == Stage.SCAN_HORIZON
    assert (move.from_stage, move.to_stage, move.actor, move.overridden) == (
        Stage.ANALYSE_NEED,
        Stage.SCAN_HORIZON,
        officer,
        False,
    )
    event = Event.objects.get(verb="programmes.stage_moved")
    assert event.target == project and event.data["to"] == "scan_horizon"
    assert Notification.objects.get(recipient=partner).message.endswith("Scan the horizon.")


def test_a_failing_gate_refuses_the_move_and_leaves_no_trace(project, officer):
    with pytest.raises(StageMoveRefused) as refused:
        move_stage(project=project, to_stage=Stage.SCAN_HORIZON, actor=officer)
    assert "agree at least one objective" in refused.value.reasons[0]
    project.refresh_from_db()
    assert project.stage == Stage.ANALYSE_NEED
    assert not StageMove.objects.exists() and not Event.objects.exists()


def test_an_override_needs_a_written_reason(project, officer):
    with pytest.raises(StageMoveRefused) as refused:
        move_stage(
            project=project, to_stage=Stage.SCAN_HORIZON, actor=officer, override=True, reason="  "
        )
    assert "Give a reason" in refused.value.reasons[0]
    move = move_stage(
        project=project,
        to_stage=Stage.SCAN_HORIZON,
        actor=officer,
        override=True,
        reason="Objectives agreed at the board; minutes to follow",
    )
    assert move.overridden
    assert move.unmet == [
        {
            "stage": "Analyse need",
            "reason": "No project objective has been agreed yet: agree at least one objective.",
        }
    ]


def test_a_jump_over_stages_needs_every_gate_on_the_way(project, officer):
    agree_objective(project)
    plan = plan_move(project, Stage.INCUBATE)
    assert [stage for stage, _ in plan.unmet] == ["Scan the horizon", "Generate creative options"]
    keep_stimulus(project)
    select_option(project)
    assert plan_move(project, Stage.INCUBATE).unmet == []
    move_stage(project=project, to_stage=Stage.INCUBATE, actor=officer)
    project.refresh_from_db()
    assert project.stage == Stage.INCUBATE


def test_a_selected_option_whose_trial_was_withdrawn_does_not_open_the_gate(project):
    select_option(project, trial_status=FieldTrial.Status.WITHDRAWN)
    ok, reason = can_leave(project, Stage.GENERATE_OPTIONS)
    assert not ok and "withdrawn" in reason


def test_incubate_ends_when_every_trial_is_done_and_one_completed(project):
    FieldTrialFactory(project=project, status="completed")
    other = FieldTrialFactory(project=project, status="incubating")
    assert can_leave(project, Stage.INCUBATE) == (
        False,
        "1 field trial is not yet completed or withdrawn.",
    )
    other.status = "withdrawn"
    other.save()
    assert can_leave(project, Stage.INCUBATE) == (True, "")


def test_moving_back_is_allowed_and_recorded(project, officer):
    agree_objective(project)
    move_stage(project=project, to_stage=Stage.SCAN_HORIZON, actor=officer)
    back = move_stage(
        project=project, to_stage=Stage.ANALYSE_NEED, actor=officer, reason="Need revisited"
    )
    assert back.direction == "back" and not back.overridden
    assert StageMove.objects.filter(project=project).count() == 2


def test_moving_back_without_a_reason_is_refused_and_leaves_no_trace(project, officer):
    agree_objective(project)
    move_stage(project=project, to_stage=Stage.SCAN_HORIZON, actor=officer)
    with pytest.raises(StageMoveRefused) as refused:
        move_stage(project=project, to_stage=Stage.ANALYSE_NEED, actor=officer, reason="  ")
    assert refused.value.reasons == ["Give a reason for moving the project back"]
    project.refresh_from_db()
    assert project.stage == Stage.SCAN_HORIZON
    assert StageMove.objects.filter(project=project).count() == 1


def test_only_programme_officers_move_projects(project):
    partner = UserFactory()
    ProjectMembershipFactory(project=project, user=partner, role=Role.PARTNER)
    agree_objective(project)
    with pytest.raises(PermissionDenied):
        move_stage(project=project, to_stage=Stage.SCAN_HORIZON, actor=partner)


def test_moving_to_the_stage_it_is_in_is_refused(project, officer):
    with pytest.raises(StageMoveRefused):
        move_stage(project=project, to_stage=Stage.ANALYSE_NEED, actor=officer)


def test_the_history_says_what_was_missing_in_sentences(client, project, officer):
    """It read "…agree at least one objective.; Scan the horizon: …"."""
    move_stage(
        project=project,
        to_stage=Stage.GENERATE_OPTIONS,
        actor=officer,
        override=True,
        reason="Agreed at the board",
    )
    client.force_login(officer)
    page = client.get(reverse("programmes:project_history", args=[project.pk])).content.decode()
    assert (
        "Missing at the time: Analyse need: No project objective has been agreed yet: agree at "
        "least one objective. Scan the horizon: No stimulus has been kept yet: keep at least "
        "one stimulus the project will use.</span>"
    ) in page
    assert ".;" not in page
