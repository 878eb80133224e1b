"""The toolkit in the demo: the nine tools from their definition files, and exercises run
with them by the demo trials and the Knowsley partnership.

The tools are the seeds' (Annex 1 of seed 000, seeds 001, 002 and 004; each file's `about`
says which questions we wrote). The exercises, their participants beyond the five demo
logins, their answers and conclusions are invented for the demo: the "About this
demonstration" page says so, the records do not. Each exercise's dates are
an invented day in the seeds' calendar, moved to today's with nextpractice.demo_calendar.
"""

import datetime
from pathlib import Path

from django.utils import timezone

from accounts.demo import STEVENAGE_SPECIAL, create_demo_user
from accounts.models import Organisation, Role, User
from fieldtrials.models import FieldTrialMembership
from nextpractice.demo_calendar import KNOWSLEY_PRESENT, SEEDS_PRESENT, moved, not_after_today

from .loading import load_directory
from .models import Answer, Exercise, Participation, Tool

DEFINITIONS = Path(__file__).resolve().parent / "definitions"

# Invented colleagues, so that group results have a group behind them: (full name, job
# title, the organisation they work for, by its demo name, or None).
PEOPLE = {
    "stevenage": [
        ("Lorna Fenwick", "Head of sixth form, Stevenage 14-19 Partnership",
         "Stevenage 14-19 Partnership"),
        ("Ruth Ellis", "Principal, Stevenage FE College", "Stevenage FE College"),
        ("Dev Shah", "Head teacher, a Stevenage special school", STEVENAGE_SPECIAL[0]),
        ("Alison Reid", "Chair of governors, Stevenage 14-19 Partnership",
         "Stevenage 14-19 Partnership"),
    ],
    "bridgemary": [
        ("Tom Hughes", "Teacher of mathematics, Bridgemary College", "Bridgemary College"),
        ("Nadia Karim", "Teacher of English, Bridgemary College", "Bridgemary College"),
        ("Colin Marsh", "Teacher of science, Bridgemary College", "Bridgemary College"),
        ("Helen Fry", "Teacher of humanities, Bridgemary College", "Bridgemary College"),
    ],
    "knowsley": [
        ("Joan Birch", "Head of school improvement, Knowsley Council", None),
        ("Mark Dolan", "Networks co-ordinator, Knowsley Council", None),
        ("Anne Lowe", "Head teacher, a Knowsley secondary school", None),
    ],
}  # fmt: skip


def person(full_name, job_title="", organisation=None):
    """The invented person with this name, made if missing; given the organisation they work
    for if they have none yet."""
    email = full_name.lower().replace(" ", ".") + "@demo.example.org"
    user = User.objects.filter(email=email).first()
    if user is None:
        user = create_demo_user(
            email=email,
            full_name=full_name,
            job_title=job_title,
            organisation=organisation,
        )
    elif organisation is not None and user.organisation_id is None:
        user.organisation = organisation
        user.save(update_fields=["organisation"])
    return user


def _exercise(
    tool,
    title,
    facilitator,
    *,
    trial=None,
    closed=False,
    conclusion="",
    shared=False,
    started=None,
    present=SEEDS_PRESENT,
):
    """An exercise begun on `started`, a day in the seeds' calendar (by default the seeds'
    last complete month), closed and concluded three weeks later if at all."""
    started = started or datetime.date(2007, 5, 1)
    day = moved(started, present=present)
    begun = not_after_today(timezone.make_aware(datetime.datetime(day.year, day.month, day.day, 9)))
    ended = not_after_today(begun + datetime.timedelta(days=21))
    exercise, created = Exercise.objects.get_or_create(
        tool=tool,
        title=title,
        defaults={
            "tool_version": tool.latest,
            "field_trial": trial,
            "facilitator": facilitator,
            "closed_at": ended if closed else None,
            "results_shared": shared,
            "conclusion": conclusion,
            "concluded_by": facilitator if conclusion else None,
            "concluded_at": ended if conclusion else None,
            "created_at": begun,
        },
    )
    return exercise, created


def _answer(exercise, user, answers, *, submitted=True, position=""):
    """A person's answers, invited when the exercise began and sent a week later."""
    answered = not_after_today(exercise.created_at + datetime.timedelta(days=7))
    participation, _ = Participation.objects.get_or_create(
        exercise=exercise,
        user=user,
        defaults={
            "invited_at": exercise.created_at,
            "submitted_at": answered if submitted else None,
            "position": position,
        },
    )
    for key, value in answers.items():
        Answer.objects.get_or_create(
            participation=participation, question=key, defaults={"value": value}
        )


def team(trial, key):
    """The invented colleagues `PEOPLE[key]`, as members of `trial`'s team (if given)."""
    people = [
        person(name, job, Organisation.objects.filter(name=org).first() if org else None)
        for name, job, org in PEOPLE[key]
    ]
    if trial is not None:
        for user in people:
            FieldTrialMembership.objects.get_or_create(
                field_trial=trial, user=user, defaults={"role": Role.PRACTITIONER}
            )
    return people


DELTA_RANKINGS = [
    ["personalising", "gap", "beyond_school", "future_work", "workforce", "families",
     "technology", "wellbeing"],
    ["gap", "personalising", "beyond_school", "families", "future_work", "wellbeing",
     "workforce", "technology"],
    ["personalising", "beyond_school", "gap", "future_work", "families", "workforce",
     "wellbeing", "technology"],
    ["gap", "personalising", "future_work", "beyond_school", "technology", "families",
     "workforce", "wellbeing"],
    ["personalising", "gap", "beyond_school", "wellbeing", "families", "future_work",
     "technology", "workforce"],
]  # fmt: skip
DELTA_WHY = [
    "Our 14-19 offer only works if every learner's route is built around them.",
    "The gap between our highest and lowest attaining students is what the partnership is for.",
    "The college and the schools must plan as one system, not as neighbours.",
    "Without the governance group bridging the sectors none of this lasts.",
    "Learners tell us the day stops at the school gate; it should not.",
]


def _audit(seed):
    """A teacher's pedagogic audit: ratings that differ by teacher, assessment weakest."""
    areas = {
        "characteristics": ["expectations", "reflection", "innovation", "coaching", "partners"],
        "planning": ["progression", "skills", "thinking", "beyond", "personalised"],
        "assessment": ["range", "objectives", "feedback", "self", "data"],
        "experience": ["strategies", "prior", "explaining", "managing", "impact"],
        "climate": ["safe", "spaces", "behaviour", "team", "wellbeing"],
    }
    lows = {"self", "data", "personalised", "beyond"}
    answers = {}
    for a, (area, statements) in enumerate(areas.items()):
        answers[f"{area}.statements"] = {
            s: (1 + (seed + a + i) % 2 if s in lows else 3 + (seed + i) % 2)
            for i, s in enumerate(statements)
        }
    answers["support.support"] = ["coaching", "observation"] if seed % 2 else ["training"]
    return answers


NETWORKING = [
    {  # an authority that can lead: high influence, clear delivery agenda
        "knowledge.networking": "policy",
        "knowledge.policy": "well",
        "structures.maturity": "in_place",
        "structures.coherence": "initiatives",
        "capacity.mobilise": "incentives",
        "influence.level": "high",
        "aim.aim": "delivery",
        "aim.agenda": "clear",
    },
    {
        "knowledge.networking": "policy",
        "knowledge.policy": "well",
        "structures.maturity": "established",
        "structures.coherence": "initiatives",
        "capacity.mobilise": "incentives",
        "influence.level": "high",
        "aim.aim": "delivery",
        "aim.agenda": "clear",
        "aim.context": "Building Schools for the Future gives us one shot at Centres for Learning.",
    },
    {
        "knowledge.networking": "variable",
        "knowledge.policy": "well",
        "structures.maturity": "in_place",
        "structures.coherence": "initiatives",
        "capacity.mobilise": "incentives",
        "influence.level": "high",
        "aim.aim": "delivery",
        "aim.agenda": "clear",
    },
]


def load(ctx):
    load_directory(DEFINITIONS)
    tools = {t.slug: t for t in Tool.objects.select_related("latest")}
    ctx["tools"] = tools
    users, trials = ctx["users"], ctx["trials"]
    consultant, officer, leader = users["consultant"], users["officer"], users["leader"]
    stevenage = trials["stevenage"]

    # Stevenage's governance group prioritised its challenges with Delta 6: closed, shared.
    stevenage_team = team(stevenage, "stevenage")
    delta, created = _exercise(
        tools["delta-6"],
        "Stevenage governance group: prioritising our challenges",
        consultant,
        trial=stevenage,
        started=datetime.date(2006, 10, 9),
        closed=True,
        shared=True,
        conclusion="The group puts personalising learning and narrowing the gap first, and "
        "agrees to plan the 14-19 offer as one system with the college.",
    )
    if created:
        for person, ranking, why in zip(
            [leader, *stevenage_team], DELTA_RANKINGS, DELTA_WHY, strict=True
        ):
            _answer(delta, person, {"challenges.rank": ranking, "challenges.why": why})

    # ...and is part-way through The Landing Pad: the leader has not finished yet.
    landing, created = _exercise(
        tools["landing-pad"], "Stevenage 14-19 Partnership: system leadership", consultant,
        trial=stevenage, started=datetime.date(2007, 5, 14),
    )  # fmt: skip
    if created:
        _answer(
            landing,
            leader,
            {
                "context.perspective": "leader",
                "context.statements": {"understood": 3, "pressures": 4},
            },
            submitted=False,
            position="context",
        )
        for i, person in enumerate(stevenage_team[:3]):
            _answer(
                landing,
                person,
                {
                    "context.perspective": ["head", "teacher", "governor"][i],
                    "context.statements": {"understood": 2 + i % 2, "pressures": 4,
                                           "beyond_one": 3},
                    "action.statements": {"doing": 3 + i % 2, "priorities": 2 + i % 2,
                                          "stop": 2},
                    "purpose.statements": {"shared": 4 - i % 2, "explained": 2 + i,
                                           "decisions": 3},
                    "leadership.statements": {"distributed": 2 + i % 2, "beyond": 3,
                                              "succession": 1 + i},
                    "governance.statements": {"fit": 2, "clear": 1 + i % 2, "bridges": 3},
                },
            )  # fmt: skip
        _answer(landing, stevenage_team[3], {}, submitted=False)

    # The pedagogic audit is Knowsley's (seed 001): the demo runs it there only
    # (demo_every_tool.load_pedagogic_audit), not at Bridgemary.

    # Stevenage chose its baseline indicators when the trial began: closed and concluded
    # before its milestone "Baseline data gathered", with the three indicators it measures
    # (evaluation.demo) among everyone's choices.
    baseline, created = _exercise(
        tools["baseline"],
        "Stevenage 14-19 Partnership: our baseline",
        consultant,
        trial=stevenage,
        started=datetime.date(2006, 9, 18),
        closed=True,
        shared=True,
        conclusion="We will measure three things: learners taking a course at a partner "
        "school or college, decisions taken by the joint governance group, and young people "
        "not in education, employment or training after 16. Each school and the college "
        "sends its figures for the start of this school year by the end of term.",
    )
    if created:
        picks = [
            (["attainment", "neet"], ["beyond"], ["courses", "joint"], ["decisions", "clarity"],
             ["families"]),
            (["attainment", "progress", "neet"], ["beyond", "succession"], ["joint", "courses"],
             ["decisions", "clarity"], ["services", "families"]),
            (["attainment", "attendance", "neet"], ["beyond"], ["joint", "staff", "courses"],
             ["decisions"], ["families", "referral"]),
        ]  # fmt: skip
        for person, chosen in zip([leader, *stevenage_team[:2]], picks, strict=True):
            _answer(
                baseline,
                person,
                {
                    f"{strand}.indicators": keys
                    for strand, keys in zip(
                        ["learners", "leadership", "collaboration", "governance", "community"],
                        chosen,
                        strict=True,
                    )
                },
            )

    # Knowsley's authority chose its networking approach with the Innovation Unit.
    knowsley_people = team(None, "knowsley")
    networking, created = _exercise(
        tools["networking-approach"],
        "Knowsley: choosing our networking approach",
        officer,
        started=datetime.date(2008, 2, 4),
        present=KNOWSLEY_PRESENT,
        closed=True,
        shared=True,
        conclusion="Directing fits Knowsley now: the Centres for Learning programme gives the "
        "authority the influence and the clear agenda; keep asking whether schools own it.",
    )
    if created:
        for person, answers in zip(knowsley_people, NETWORKING, strict=True):
            _answer(networking, person, answers)
    return ctx


ABOUT = [
    (
        "Toolkit exercises",
        "The tools are the seeds' (each tool's description says which questions are ours). "
        "Every exercise, its answers and its conclusions are invented, and so are these "
        "participants:",
        [f"{name}, {job}" for people in PEOPLE.values() for name, job, _ in people],
    ),
]
