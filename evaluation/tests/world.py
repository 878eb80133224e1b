"""Evaluation records in the shared test world, and who may see them.

Each kind of record exists once where some personas read it (about Quartz, Amber or Coral)
and once about the Onyx programme, project or trial, which only the administrator reads.
The partner belongs to "Partner Agency Org"; Amber has one contribution from it (Heather)
and one from another organisation (Juniper).
"""

import datetime
from decimal import Decimal

# Who reads each subject (from the base world's statements).
READERS = {
    "quartz": {"officer", "consultant", "leader", "partner"},
    "amber": {"officer", "partner"},
    "coral": {"officer", "consultant", "leader", "partner"},
    "onyx": set(),
}


def extend(w):
    from accounts.tests.factories import OrganisationFactory
    from evaluation.models import (
        BoardDecision,
        BoardMeeting,
        BoardMember,
        CaseStudy,
        EvaluationPlan,
        EvaluationQuestion,
        HighlightReport,
        IndependentEvaluation,
        Indicator,
        Lesson,
        LocalityGroup,
        Measurement,
        Objective,
        PartnerContribution,
        PartnershipBoard,
        PolicyEvidence,
        ProgressEntry,
        SuccessCriterion,
        TakeUp,
    )

    u = w.users
    partner_org = OrganisationFactory(name="Partner Agency Org", kind="national_agency")
    other_org = OrganisationFactory(name="Other Agency Org", kind="national_agency")
    u["partner"].organisation = partner_org
    u["partner"].save(update_fields=["organisation"])
    day = datetime.date(2007, 3, 1)
    made = {}

    def add(key, subject, obj):
        made[key] = (subject, obj)
        return obj

    for prefix, programme, project, trial, sub in (
        ("ev_", w.quartz, w.amber, w.coral, None),
        ("ev_onyx_", w.onyx_programme, w.onyx_project, w.onyx_trial, "onyx"),
    ):
        p = "Onyx " if sub else ""

        def s(name, sub=sub):
            return sub or name

        group = add(
            f"{prefix}group",
            s("quartz"),
            LocalityGroup.objects.create(programme=programme, name=f"{p}Violet Group"),
        )
        objective = add(
            f"{prefix}objective",
            s("quartz"),
            Objective.objects.create(programme=programme, number=1, text=f"{p}Saffron Objective"),
        )
        add(
            f"{prefix}project_objective",
            s("amber"),
            Objective.objects.create(project=project, text=f"{p}Teal Objective"),
        )
        trial_objective = add(
            f"{prefix}trial_objective",
            s("coral"),
            Objective.objects.create(field_trial=trial, text=f"{p}Umber Trial Objective"),
        )
        add(
            f"{prefix}progress",
            s("quartz"),
            ProgressEntry.objects.create(
                objective=objective,
                group=group,
                recorded_on=day,
                what=f"{p}Wren progress",
                status="on_track",
            ),
        )
        add(
            f"{prefix}trial_progress",
            s("coral"),
            ProgressEntry.objects.create(
                objective=trial_objective,
                recorded_on=day,
                what=f"{p}Robin progress",
                status="at_risk",
            ),
        )
        board = add(
            f"{prefix}board",
            s("quartz"),
            PartnershipBoard.objects.create(
                programme=programme, name=f"{p}Xylem Board", chair=other_org
            ),
        )
        add(
            f"{prefix}member",
            s("quartz"),
            BoardMember.objects.create(
                board=board, organisation=other_org, representative=f"{p}Larch Representative"
            ),
        )
        meeting = add(
            f"{prefix}meeting",
            s("quartz"),
            BoardMeeting.objects.create(board=board, held_on=day, notes=f"{p}Maple notes"),
        )
        add(
            f"{prefix}decision",
            s("quartz"),
            BoardDecision.objects.create(meeting=meeting, text=f"{p}Yucca Decision"),
        )
        add(
            f"{prefix}criterion",
            s("quartz"),
            SuccessCriterion.objects.create(programme=programme, text=f"{p}Zircon Criterion"),
        )
        add(
            f"{prefix}evaluation",
            s("quartz"),
            IndependentEvaluation.objects.create(
                programme=programme, evaluator=f"{p}Alder Evaluator", findings="Findings"
            ),
        )
        add(
            f"{prefix}policy",
            s("quartz"),
            PolicyEvidence.objects.create(
                programme=programme, review=f"{p}Birchwood Review", what="Evidence"
            ),
        )
        indicator = add(
            f"{prefix}indicator",
            s("coral"),
            Indicator.objects.create(
                field_trial=trial,
                strand="learners",
                name=f"{p}Cedar Indicator",
                unit="pupils",
                baseline_value=Decimal(10),
                baseline_date=datetime.date(2007, 1, 1),
                target_value=Decimal(20),
                target_date=datetime.date(2008, 1, 1),
            ),
        )
        add(
            f"{prefix}measurement",
            s("coral"),
            Measurement.objects.create(
                indicator=indicator,
                measured_on=day,
                value=Decimal(17 if sub else 14),
                unit="pupils",
            ),
        )
        plan = add(
            f"{prefix}plan",
            s("coral"),
            EvaluationPlan.objects.create(field_trial=trial, summary=f"{p}Hazel plan"),
        )
        add(
            f"{prefix}question",
            s("coral"),
            EvaluationQuestion.objects.create(
                plan=plan,
                question=f"{p}Dogwood Question?",
                methods="m",
                who_collects="w",
                when="termly",
            ),
        )
        add(
            f"{prefix}lesson",
            s("amber"),
            Lesson.objects.create(project=project, title=f"{p}Elder Lesson", text="Learned"),
        )
        trial_lesson = add(
            f"{prefix}trial_lesson",
            s("coral"),
            Lesson.objects.create(field_trial=trial, title=f"{p}Fir Lesson", text="Learned"),
        )
        add(
            f"{prefix}case_study",
            s("amber"),
            CaseStudy.objects.create(
                project=project, title=f"{p}Gorse Case Study", summary="A model"
            ),
        )
        add(
            f"{prefix}take_up",
            s("coral"),
            TakeUp.objects.create(
                lesson=trial_lesson, organisation=other_org, taken_up_on=day, how=f"{p}Ivy take-up"
            ),
        )
        add(
            f"{prefix}contribution",
            s("amber"),
            PartnerContribution.objects.create(
                project=project, organisation=partner_org, what=f"{p}Heather contribution"
            ),
        )
        add(
            f"{prefix}other_contribution",
            s("amber"),
            PartnerContribution.objects.create(
                project=project, organisation=other_org, what=f"{p}Juniper contribution"
            ),
        )
        add(
            f"{prefix}programme_contribution",
            s("quartz"),
            PartnerContribution.objects.create(
                programme=programme, organisation=other_org, what=f"{p}Kale contribution"
            ),
        )
        add(
            f"{prefix}highlight",
            s("amber"),
            HighlightReport.objects.create(
                project=project,
                month=datetime.date(2009 if not sub else 2001, 3, 1),
                text=f"{p}Lupin highlights",
            ),
        )
    # fmt: skip
    for key, (subject, obj) in made.items():
        w.objects[key] = obj
        for persona in READERS[subject]:
            w.visible[persona].add(key)
    w.visible["admin"] = set(w.objects)
