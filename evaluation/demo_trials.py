"""The evaluation each demo trial co-designed with the Innovation Unit, and the completed
trial's evaluation with its results.

Seed 000 gives each field trial "a resource for evaluation" in the incubation offer and a
baseline "of the five strands of the field trial baseline strategy"; the demo's trial plans
have a milestone "Evaluation co-designed with the Innovation Unit". Every trial whose
milestone is done has what it agreed: an evaluation plan (what it sets out to show, with
whom it was designed, its questions), the objectives its progress is recorded against and
an indicator from the baseline tool with its baseline and target. Each is written for the
trial's kind of innovation (fieldtrials.demo_kinds), in the words of its plan and updates;
the figures come from a generator seeded by the trial's title, so every load makes the same
and no two trials show the same.

The completed trial (fieldtrials.demo_completed: the executive headship of a school causing
concern) has its whole evaluation: its objectives with the progress recorded against them,
indicators measured each term to the end of the trial, and its plan, as its last update
tells it: the school left its category of concern in April (the seeds' calendar, moved).

All INVENTED (the About page says so; the records do not). Records are dated when the plan
was agreed (the milestone's day) and written by the trial's own school staff (the author of
its updates); the history rows and "added" events are dated and signed as evaluation.demo's
are. Loading again finds them and changes nothing.
"""

import datetime
import random
from decimal import Decimal

from fieldtrials import demo_kinds as kinds
from fieldtrials.demo_completed import completed_trial
from fieldtrials.demo_phase2 import LEFT_CONCERN, MILESTONES
from fieldtrials.models import FieldTrial
from nextpractice.demo_calendar import moved, not_after_today
from programmes import demo_content as content

from .demo import _written, record_added_events, settle_history
from .models import (
    EvaluationPlan,
    EvaluationQuestion,
    Indicator,
    Measurement,
    Objective,
    ProgressEntry,
)

# The plan step whose milestone says the evaluation was co-designed.
EVALUATION_STEP = MILESTONES[4][0]

# For each kind: what its evaluation sets out to show (after the trial's title), with whom it
# was designed, its questions (question, methods, who collects what, when), its objectives
# and the first progress against them, and its indicator from the baseline tool (strand,
# name, unit, direction, lowest baseline, its spread, the improvement aimed for).
PLANS = {
    kinds.LEADING: {
        "shows": "whether the trial raises standards in every school it leads, and grows leaders "
        "who work beyond their own school",
        "with": "The lead head teacher and the senior teams of the schools, with the trial's "
        "consultant and the Innovation Unit",
        "questions": [
            ("Do pupils in every school do better than before the schools were led together?",
             "Attainment and attendance data; lesson observations", "Each school's data "
             "manager: attainment and attendance by school", "Each term"),
            ("Do staff say leadership is shared across the schools?", "Staff survey; "
             "interviews with middle leaders", "The consultant: the survey and interviews",
             "Autumn and summer terms"),
        ],
        "objectives": [
            "Lead the schools as one senior team, with one improvement plan",
            "Raise attainment and attendance in every school the trial leads",
        ],
        # The first progress against each, recorded as the plan was agreed: (status, what).
        "progress": [
            ("on_track", "The schools' senior teams meet weekly as one team; the joint "
             "improvement plan is in draft."),
            ("not_started", "The baseline is measured; the first comparison comes at the end of "
             "term."),
        ],
        "indicator": ("leadership", "Staff who say leadership is shared (survey)",
                      "% of staff surveyed", "higher", 30, 15, 20),
    },
    kinds.GOVERNANCE: {
        "shows": "whether the trial lets the schools' governing bodies decide provision together, "
        "and whether every school acts on what they decide",
        "with": "The chairs of governors and the heads of the partnership, with the trial's "
        "consultant and the Innovation Unit",
        "questions": [
            ("Does the joint group take decisions that every school acts on?", "Minutes "
             "review; interviews with heads and chairs of governors", "The consultant: "
             "decisions and what followed them", "Each term"),
            ("Can learners take more courses across the schools?", "Timetable and enrolment "
             "data", "Each school's data manager: enrolments by site", "Autumn and spring "
             "terms"),
        ],
        "objectives": [
            "A joint group accountable to every governing body for the schools' shared "
            "provision",
            "Plan the curriculum across the schools, so that learners can take courses at any "
            "of them",
        ],
        # The first progress against each, recorded as the plan was agreed: (status, what).
        "progress": [
            ("on_track", "The joint group's terms of reference are with each governing body "
             "for agreement."),
            ("not_started", "Waits for the joint group's first decisions on next year's "
             "options."),
        ],
        "indicator": ("governance", "Decisions taken by the joint governance group",
                      "decisions a year", "higher", 0, 3, 8),
    },
    kinds.SERVICES: {
        "shows": "whether the trial brings children's services to families sooner, and frees "
        "teachers to teach",
        "with": "The head teacher and the local authority's children's services, with the "
        "trial's consultant and the Innovation Unit",
        "questions": [
            ("Do families wait less for the help they are referred for?", "Referral records "
             "of each agency", "The local authority officer: referrals and waiting times",
             "Each term"),
            ("Do families say the services are easier to reach?", "Family survey; two focus "
             "groups", "The consultant: the survey and focus groups", "Summer term"),
        ],
        "objectives": [
            "Services for children and families working from the school every week",
            "Shorter waits for the help a child is referred for",
        ],
        # The first progress against each, recorded as the plan was agreed: (status, what).
        "progress": [
            ("on_track", "Two agencies have agreed to work from the school one day a week "
             "from next term."),
            ("not_started", "The referral records give the baseline; waits are compared each "
             "term."),
        ],
        "indicator": ("community", "Services offered on school sites (health, family "
                      "learning, childcare)", "number of services", "higher", 1, 3, 5),
    },
    kinds.BUSINESS: {
        "shows": "whether the trial saves the schools money on their contracts and gives heads "
        "time back to lead teaching",
        "with": "The heads of the cluster and their business managers, with the trial's "
        "consultant and the Innovation Unit",
        "questions": [
            ("What do the shared contracts save each school?", "Spending records before and "
             "after each contract", "The shared business manager: spending by contract",
             "Each term"),
            ("Do heads spend less time on premises and contracts?", "Heads' time diaries, "
             "one week a term", "The consultant: the diaries", "Each term"),
        ],
        "objectives": [
            "One business service for the cluster, led by a shared business manager",
            "Spend what the shared contracts save on teaching and learning",
        ],
        # The first progress against each, recorded as the plan was agreed: (status, what).
        "progress": [
            ("on_track", "The shared business manager is in post and has listed every "
             "school's contracts."),
            ("not_started", "No contract has been renewed jointly yet."),
        ],
        "indicator": ("collaboration", "Joint activities between partner schools",
                      "activities a term", "higher", 2, 4, 6),
    },
    kinds.TIME: {
        "shows": "whether the trial helps learners attend, arrive on time and learn more in the "
        "new day",
        "with": "The head teacher, the timetabler and staff of each year group, with the "
        "trial's consultant and the Innovation Unit",
        "questions": [
            ("Do learners attend more, and arrive on time, with the new timetable?",
             "Attendance and punctuality registers", "The data manager: attendance and "
             "lateness by year group", "Each half term"),
            ("Do learners and staff say the new day helps them learn?", "Learner and staff "
             "surveys; student researchers' interviews", "The student researchers, with the "
             "consultant", "Spring and summer terms"),
        ],
        "objectives": [
            "A new timetable running for every year group",
            "Better attendance and punctuality in the new day",
        ],
        # The first progress against each, recorded as the plan was agreed: (status, what).
        "progress": [
            ("on_track", "The new timetable runs for one year group; the others follow next "
             "term."),
            ("on_track", "Attendance and punctuality are measured each half term from the "
             "baseline."),
        ],
        "indicator": ("learners", "Attendance", "% of sessions attended", "higher", 88, 5, 3),
    },
    kinds.TECHNOLOGY: {
        "shows": "whether the trial lets learners learn at home as well as at school, and whether "
        "they do",
        "with": "The head teacher and the staff leading learning online, with the trial's "
        "consultant and the Innovation Unit",
        "questions": [
            ("How many learners use the learning platform away from school each week?",
             "Learning platform logins", "The network manager: logins by place and time",
             "Each half term"),
            ("Do learners say they enjoy learning more with the new tools?", "Learner survey",
             "The consultant: the survey", "Autumn and summer terms"),
        ],
        "objectives": [
            "Every learner in the trial able to learn at home with the school's tools",
            "More learners who say they enjoy learning",
        ],
        # The first progress against each, recorded as the plan was agreed: (status, what).
        "progress": [
            ("on_track", "The first group of learners has devices and logins at home."),
            ("not_started", "The first learner survey is planned for the end of term."),
        ],
        "indicator": ("ecm_enjoy", "Pupils who say they enjoy learning (survey)",
                      "% of pupils surveyed", "higher", 50, 12, 15),
    },
    kinds.STUDENTS: {
        "shows": "whether the trial gives students a real say in how they are taught, and whether "
        "the leadership team acts on it",
        "with": "The head teacher, the student council and the student researchers, with the "
        "trial's consultant and the Innovation Unit",
        "questions": [
            ("Do students' proposals change how they are taught?", "Leadership team minutes; "
             "student researchers' reviews", "The student researchers: proposals and what "
             "became of them", "Each term"),
            ("Do students say they enjoy learning more?", "Student survey", "The consultant: "
             "the survey", "Autumn and summer terms"),
        ],
        "objectives": [
            "Students trained as researchers and consultants on teaching and learning",
            "The leadership team acts on students' proposals each term",
        ],
        # The first progress against each, recorded as the plan was agreed: (status, what).
        "progress": [
            ("on_track", "The first student researchers are trained and have begun "
             "interviewing their classmates."),
            ("not_started", "The first proposals go to the leadership team next term."),
        ],
        "indicator": ("ecm_enjoy", "Pupils who say they enjoy learning (survey)",
                      "% of pupils surveyed", "higher", 48, 12, 15),
    },
    kinds.SPACES: {
        "shows": "whether the trial uses the school's spaces through the whole day, and whether "
        "learners learn better in them",
        "with": "The head teacher and the staff teaching in the new spaces, with the trial's "
        "consultant and the Innovation Unit",
        "questions": [
            ("Are the new spaces used through the whole day?", "A space use survey, one week "
             "a term", "The business manager: the survey", "Each term"),
            ("Do learners and staff say they learn and teach better in them?", "Learner and "
             "staff surveys; observations", "The consultant: surveys and observations",
             "Spring and summer terms"),
        ],
        "objectives": [
            "New learning spaces in use for every year group",
            "Learners who say the new spaces help them learn",
        ],
        # The first progress against each, recorded as the plan was agreed: (status, what).
        "progress": [
            ("on_track", "The first learning zone is open and used by two year groups."),
            ("not_started", "The first survey of how learners find the new spaces is due at "
             "the end of term."),
        ],
        "indicator": ("community", "Hours the site is open to the community", "hours a week",
                      "higher", 10, 8, 10),
    },
}  # fmt: skip

# The completed trial's evaluation, as its updates, lesson and case study tell it: its plan,
# its objectives with progress (seed day, status, what; {left}: the month it left its
# category of concern) and its indicators with a baseline, a target and a value each term.
COMPLETED = {
    "shows": "whether a successful school's head and senior team can lead a school causing "
    "concern out of its category within the trial, and leave leadership that lasts",
    "with": "The executive head, the senior teams and both governing bodies, with the trial's "
    "consultant and the Innovation Unit",
    "questions": [
        ("Does the school causing concern improve fast enough to leave its category?",
         "Attendance and exclusion data; the local authority's monitoring visits; inspection",
         "The data manager of each school: attendance and exclusions", "Each term"),
        ("Do the two senior teams work as one?", "Staff survey; joint observation records",
         "The consultant: the survey and observation records", "Autumn and summer terms"),
    ],
    "objectives": [
        ("Lead the school causing concern out of its category", [
            (datetime.date(2006, 12, 14), "on_track", "The local authority's monitoring "
             "visit found teaching improving in every department."),
            (datetime.date(2007, 4, 30), "achieved", "The school left its category of "
             "concern in {left}."),
        ]),
        ("One senior team planning, observing and reviewing teaching across both schools", [
            (datetime.date(2006, 11, 16), "on_track", "The two senior teams meet weekly as "
             "one team, with one improvement plan."),
            (datetime.date(2007, 5, 24), "achieved", "Joint observations are now routine: "
             "two thirds of staff say leadership is shared."),
        ]),
        ("Governing bodies agree leadership that outlasts the trial", [
            (datetime.date(2007, 5, 24), "achieved", "Both governing bodies have agreed to "
             "keep the executive headship."),
        ]),
    ],
    # (strand, name, unit, direction, baseline, target, [value at each term's end])
    "indicators": [
        ("learners", "Attendance", "% of sessions attended", "higher", Decimal("88.4"),
         Decimal("91.5"), [Decimal("89.3"), Decimal("90.6"), Decimal("91.8")]),
        ("learners", "Fixed-term exclusions", "exclusions per 100 pupils", "lower", 14, 8,
         [12, 9, 7]),
        ("leadership", "Staff who say leadership is shared (survey)", "% of staff surveyed",
         "higher", 31, 60, [42, 58, 67]),
    ],
}  # fmt: skip
# The end of each term of the completed trial, when its indicators were measured.
TERM_ENDS = [datetime.date(2006, 12, 15), datetime.date(2007, 3, 30), datetime.date(2007, 5, 24)]

INVENTED = [
    "The evaluation plans, objectives and indicators of the field trials whose evaluation "
    "was co-designed with the Innovation Unit, and the completed trial's results. The seed "
    "gives each trial a resource for evaluation and a baseline, not what they measured.",
]


def load(ctx):
    officer = ctx["users"]["officer"]
    completed = completed_trial(ctx["projects"][content.SL])
    done = FieldTrial.objects.filter(
        milestones__title=EVALUATION_STEP, milestones__completed_on__isnull=False
    ).distinct()
    if completed is not None:
        done = done.exclude(pk=completed.pk)
    for trial in done.exclude(title=content.STEVENAGE_TRIAL).order_by("pk"):
        plan_trial(trial, officer)
    if completed is not None:
        evaluate_completed(completed, officer)
    settle_history(officer)
    record_added_events(officer)
    return ctx


def _writer(trial, officer):
    """Who writes the trial's evaluation records: the school staff who write its updates."""
    author = (
        trial.monthly_updates.exclude(author=None).order_by("month").values_list("author")
    ).first()
    if author:
        return type(officer).objects.get(pk=author[0])
    return trial.consultant or officer


def _plan_day(trial):
    """The day its evaluation was co-designed: its milestone's, else its start."""
    day = (
        trial.milestones.filter(title=EVALUATION_STEP, completed_on__isnull=False)
        .values_list("completed_on", flat=True)
        .first()
    )
    return day or trial.start_date


def _plan(trial, spec, day):
    plan, _ = EvaluationPlan.objects.get_or_create(
        field_trial=trial,
        defaults={
            "co_designed_with": spec["with"] + ".",
            "summary": f"{trial.title}: {spec['shows']}.",
            "updated_at": _written(day),
        },
    )
    for question, methods, who, when in spec["questions"]:
        EvaluationQuestion.objects.get_or_create(
            plan=plan,
            question=question,
            defaults={"methods": methods, "who_collects": who, "when": when},
        )


def _objectives(trial, texts, writer, day):
    made = []
    for number, text in enumerate(texts, start=1):
        objective, _ = Objective.objects.get_or_create(
            field_trial=trial,
            number=number,
            defaults={"text": text, "created_by": writer, "created_at": _written(day, number)},
        )
        made.append(objective)
    return made


def _indicator(trial, spec, baseline, target, day, end):
    strand, name, unit, direction, *_ = spec
    indicator, _ = Indicator.objects.get_or_create(
        field_trial=trial,
        name=name,
        defaults={
            "strand": strand,
            "unit": unit,
            "direction": direction,
            "baseline_value": Decimal(baseline),
            "baseline_date": day,
            "target_value": Decimal(target),
            "target_date": end,
            "notes": "",
            "created_at": _written(day),
        },
    )
    return indicator


def _progress_entry(objective, day, status, what, writer):
    ProgressEntry.objects.get_or_create(
        objective=objective,
        recorded_on=not_after_today(day),
        defaults={
            "status": status,
            "what": what,
            "recorded_by": writer,
            "created_at": _written(day),
        },
    )


def plan_trial(trial, officer):
    """A running trial's co-designed evaluation: its plan, objectives with their first
    progress, and one indicator with its baseline (at the trial's start), its target for the
    trial's end and its value when the plan was agreed."""
    spec = PLANS[kinds.kind_of(trial)]
    day = _plan_day(trial)
    _plan(trial, spec, day)
    writer = _writer(trial, officer)
    if not Objective.objects.filter(field_trial=trial).exists():
        _objectives(trial, spec["objectives"], writer, day)
    objectives = Objective.objects.filter(field_trial=trial).order_by("number")
    for objective, (status, what) in zip(objectives, spec["progress"], strict=False):
        _progress_entry(objective, day, status, what, writer)
    rng = random.Random(f"{trial.title}: evaluation")
    indicator = spec["indicator"]
    low, spread, gain = indicator[4:]
    baseline = low + rng.randrange(spread + 1)
    # Higher is better for each kind's indicator: aim above the baseline, never past 100%.
    target = baseline + max(1, gain - rng.randrange(gain // 2 + 1))
    if indicator[2].startswith("%"):
        target = min(target, 98)
    # Its baseline is where the trial started; it was measured again as the plan was agreed,
    # part of the way to its target.
    start = trial.start_date
    end = trial.end_date
    if end is None or end <= day:
        end = day + datetime.timedelta(days=365)
    made = _indicator(trial, indicator, baseline, target, start, end)
    if day > start and made.baseline_date == start:
        value = baseline + (target - baseline) * (1 + rng.randrange(3)) // 10
        Measurement.objects.get_or_create(
            indicator=made,
            measured_on=day,
            defaults={
                "value": Decimal(value),
                "unit": made.unit,
                "note": "",
                "entered_by": writer,
                "created_at": _written(day),
            },
        )


def evaluate_completed(trial, officer):
    """The completed trial's evaluation: plan, objectives with their progress, and its
    indicators measured at the end of each term, its results."""
    writer = _writer(trial, officer)
    start = trial.start_date
    _plan(trial, COMPLETED, _plan_day(trial))
    left = f"{moved(LEFT_CONCERN):%B}"
    texts = [text for text, _ in COMPLETED["objectives"]]
    if not Objective.objects.filter(field_trial=trial).exists():
        _objectives(trial, texts, writer, start)
    objectives = Objective.objects.filter(field_trial=trial).order_by("number")
    for objective, (_, entries) in zip(objectives, COMPLETED["objectives"], strict=False):
        for day, status, what in entries:
            _progress_entry(objective, moved(day), status, what.format(left=left), writer)
    for spec in COMPLETED["indicators"]:
        *_, baseline, target, values = spec
        indicator = _indicator(trial, spec, baseline, target, start, trial.end_date)
        for day, value in zip(TERM_ENDS, values, strict=True):
            Measurement.objects.get_or_create(
                indicator=indicator,
                measured_on=not_after_today(moved(day)),
                defaults={
                    "value": Decimal(value),
                    "unit": indicator.unit,
                    "note": "",
                    "entered_by": writer,
                    "created_at": _written(moved(day)),
                },
            )
