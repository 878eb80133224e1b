"""Every tool in use in the demo: exercises with the four tools toolkit/demo.py leaves unused
(Change Leadership Model, To Be, Looking to Learn, the local authority's role), and the two
tools seed 001 and seed 002 give local authorities, run by the authorities themselves.

From the seeds: the Change Leadership Model as the trials' first key process and Stevenage's
partnership of schools, PRU and college (seed 000); Bridgemary's flexible day (seed 000);
Knowsley's pedagogic audit, developed "to enable the identification of teacher training
needs" for the staff of its new Centres for Learning (seed 001); Knowsley and Hampshire among
the LEArning Project's authorities choosing how to network (seed 002); the local authority's
roles in a self-improving system (seed 004). Who took part, their answers, the conclusions
and the dates are the demonstration's (INVENTED); the people are invented, as in
toolkit/demo.py, whose colleagues answer here too.

Knowsley's exercises are dated by seed 001's calendar (the audit when its highlight reports
pilot it, autumn 2008; the authority's role as the first Centre for Learning opens, early 2009),
the others by seed 000's (nextpractice.demo_calendar).

Loading again changes nothing: exercises are found by tool and title, participations and
answers by their unique keys.
"""

import datetime

from django.db.models import Min

from nextpractice.demo_calendar import KNOWSLEY_PRESENT, SEEDS_PRESENT, moved_datetime

from .demo import PEOPLE, _audit, person, team
from .models import Answer, Exercise, Participation, Tool, ToolVersion

D = datetime.datetime

INVENTED = [
    "The toolkit exercises with the Change Leadership Model (Stevenage), To Be and Looking to "
    "Learn (Bridgemary College), the local authority's role (Knowsley), the networking "
    "approach in Hampshire and the pedagogic audit in Knowsley's Centres for Learning: who "
    "took part, their answers, the groups' conclusions and the dates. The seeds describe the "
    "tools and the places, not these exercises.",
    "The people of Hampshire County Council and of Knowsley's Centres for Learning who answer "
    "the exercises: the seeds name none.",
]

# Invented colleagues beyond toolkit/demo.py's: (full name, job title, organisation or None).
HAMPSHIRE = [
    ("Gill Parry", "Head of school improvement, Hampshire County Council", "Hampshire"),
    ("Raj Mistry", "Networks adviser, Hampshire County Council", "Hampshire"),
    ("Kate Benson", "Head teacher, a Hampshire secondary school", None),
]
CENTRES_FOR_LEARNING = [
    ("Lucy Grant", "Teacher, Christ the King Centre for Learning", None),
    ("Owen Price", "Teacher of science, a Knowsley Centre for Learning", None),
    ("Beth Ward", "Teacher of English, a Knowsley Centre for Learning", None),
    ("Imran Ali", "Teacher of mathematics, a Knowsley Centre for Learning", None),
]
# toolkit/demo.py's Knowsley people who work for the council, so belong to the authority.
KNOWSLEY_COUNCIL = {"Joan Birch", "Mark Dolan"}


def exercise(
    tool, title, facilitator, opened, *, closed=None, conclusion="", present=SEEDS_PRESENT, **group
):
    """The exercise `title` of `tool`, opened (and closed, concluded) on seed dates moved by
    the calendar of the seed whose `present` they belong to."""
    closed_at = moved_datetime(closed, present=present) if closed else None
    found, created = Exercise.objects.get_or_create(
        tool=tool,
        title=title,
        defaults={
            "tool_version": tool.latest,
            "facilitator": facilitator,
            "created_at": moved_datetime(opened, present=present),
            "closed_at": closed_at,
            "results_shared": closed is not None,
            "conclusion": conclusion,
            "concluded_by": facilitator if conclusion else None,
            "concluded_at": closed_at if conclusion else None,
            **group,
        },
    )
    return found, created


def answer(exercise, user, answers, invited, submitted, *, present=SEEDS_PRESENT):
    """One person's answers, given between their invitation and their submission."""
    invited_at = moved_datetime(invited, present=present)
    submitted_at = moved_datetime(submitted, present=present) if submitted else None
    participation, _ = Participation.objects.get_or_create(
        exercise=exercise,
        user=user,
        defaults={"invited_at": invited_at, "submitted_at": submitted_at},
    )
    for key, value in answers.items():
        Answer.objects.get_or_create(
            participation=participation,
            question=key,
            defaults={"value": value, "updated_at": submitted_at or invited_at},
        )


def load(ctx):
    tools = {t.slug: t for t in Tool.objects.select_related("latest")}
    users, trials, orgs = ctx["users"], ctx["trials"], ctx["orgs"]
    consultant, officer, leader = users["consultant"], users["officer"], users["leader"]
    stevenage, bridgemary = trials["stevenage"], trials["bridgemary"]
    knowsley, hampshire = orgs["Knowsley"], orgs["Hampshire"]

    load_change_leadership(tools["change-leadership"], stevenage, consultant, leader)
    bridgemary_team = team(bridgemary, "bridgemary")
    load_to_be(tools["to-be"], bridgemary, consultant, bridgemary_team)
    load_looking_to_learn(tools["looking-to-learn"], bridgemary, consultant, bridgemary_team)

    knowsley_people = [
        person(name, job, knowsley if name in KNOWSLEY_COUNCIL else None)
        for name, job, _ in PEOPLE["knowsley"]
    ]
    load_la_role(tools["la-role"], knowsley, officer, knowsley_people)
    hampshire_people = [
        person(name, job, orgs[org] if org else None) for name, job, org in HAMPSHIRE
    ]
    load_networking(tools["networking-approach"], hampshire, officer, hampshire_people)
    # toolkit/demo.py's Knowsley networking exercise is the authority's own.
    Exercise.objects.filter(
        tool=tools["networking-approach"],
        title__startswith="Knowsley: choosing our networking approach",
        local_authority__isnull=True,
    ).update(local_authority=knowsley)
    teachers = [person(name, job) for name, job, _ in CENTRES_FOR_LEARNING]
    load_pedagogic_audit(tools["pedagogic-audit"], knowsley, knowsley_people[0], teachers)
    date_versions_before_use()
    return ctx


def date_versions_before_use():
    """The toolkit's files are loaded with the demo, today; its exercises were run with
    them months ago. Each version supplied with the toolkit is dated a month before the
    first exercise that used it, so that no exercise is older than its questions."""
    first_use = (
        Exercise.objects.filter(tool_version__created_by__isnull=True)
        .values("tool_version")
        .annotate(first=Min("created_at"))
    )
    for row in first_use:
        ToolVersion.objects.filter(
            pk=row["tool_version"], created_at__gt=row["first"] - VERSION_BEFORE_USE
        ).update(created_at=row["first"] - VERSION_BEFORE_USE)


VERSION_BEFORE_USE = datetime.timedelta(days=30)


# --- Stevenage: the Change Leadership Model -------------------------------------------------

CHANGE_LEADERSHIP = [
    # (pressure, insight, culture, behaviour, strength, change)
    ("opportunity",
     "Bringing the town's schools, the PRU and the college under one Governance Group for "
     "14-19: the 14-19 Pathfinder gave us the partnership, and now is the moment to make it "
     "accountable.",
     {"safe": 3, "purpose": 3, "voice": 2, "learning": 3, "pace": 2},
     {"explain": 3, "listen": 3, "model": 3, "distribute": 2, "celebrate": 2},
     "We already plan together across the sectors.",
     "Let heads of department lead parts of the town-wide curriculum plan, not only heads."),
    ("learners",
     "Sixth-form choice depends on which school a student attends; one offer for the town "
     "would change that.",
     {"safe": 2, "purpose": 3, "voice": 2, "learning": 3, "pace": 2},
     {"explain": 2, "listen": 3, "model": 3, "distribute": 2, "celebrate": 3},
     "Our students' voice in the 14-19 offer.",
     "Explain to staff why the Governance Group is needed before announcing what it decides."),
    ("policy",
     "The college and the schools must plan 14-19 provision as one, as national policy asks.",
     {"safe": 2, "purpose": 2, "voice": 1, "learning": 2, "pace": 2},
     {"explain": 2, "listen": 2, "model": 2, "distribute": 1, "celebrate": 2},
     "The college's experience of joint timetabling.",
     "Give the college's middle managers a seat where timetables are decided."),
    ("learners",
     "Our students are the ones most often left out when schools plan alone.",
     {"safe": 3, "purpose": 2, "voice": 2, "learning": 3, "pace": 1},
     {"explain": 3, "listen": 3, "model": 2, "distribute": 2, "celebrate": 2},
     "Staff who already teach across sites.",
     "Slow down enough to bring the special schools' staff with us."),
    ("opportunity",
     "Governors want one accountable body rather than six committees.",
     {"safe": 2, "purpose": 3, "voice": 2, "learning": 2, "pace": 2},
     {"explain": 2, "listen": 2, "model": 3, "distribute": 2, "celebrate": 2},
     "Governors' appetite for working together.",
     "Report the Governance Group's decisions back to every governing body each term."),
]  # fmt: skip


def load_change_leadership(tool, stevenage, consultant, leader):
    found, created = exercise(
        tool,
        "Stevenage 14-19 Partnership: leading the change",
        consultant,
        D(2006, 10, 9, 9),
        closed=D(2006, 10, 20, 17),
        conclusion="The partnership shares its purpose but gives staff below the heads little "
        "say: the Governance Group will distribute parts of the town-wide curriculum "
        "planning to heads of department and explain each change before making it.",
        field_trial=stevenage,
    )
    if not created:
        return
    people = [leader, *team(stevenage, "stevenage")]
    for n, (user, row) in enumerate(zip(people, CHANGE_LEADERSHIP, strict=True)):
        pressure, insight, culture, behaviour, strength, change = row
        answer(
            found,
            user,
            {
                "context.pressure": pressure,
                "context.insight": insight,
                "culture.statements": culture,
                "behaviour.statements": behaviour,
                "commitment.strength": strength,
                "commitment.change": change,
            },
            D(2006, 10, 9, 9),
            D(2006, 10, 11 + n, 16),
        )


# --- Bridgemary: To Be and Looking to Learn -----------------------------------------------------

TO_BE_AIMS = [
    "Students choose when they learn as well as what: a day built from teaching times and "
    "slots, so that each can take a course when they are ready for it.",
    "A flexible day that lets students move up a stage as soon as they are ready, without "
    "waiting for the timetable.",
    "Learning at the times that suit students and the community, using the academies and "
    "the evening.",
    "Every student has a personal timetable they helped to design.",
]
TO_BE_OBSTACLES = [
    "One timetable for the whole school, set in July.",
    "Staff contracts and the length of the school day.",
    "Exam entries tied to year groups.",
    "Room use: the academies' spaces are booked by day.",
]


def load_to_be(tool, bridgemary, consultant, people):
    found, created = exercise(
        tool,
        "Bridgemary College: designing the flexible day",
        consultant,
        D(2006, 11, 13, 9),
        closed=D(2006, 12, 1, 17),
        conclusion="The staff agree on the aim and that it is a big change; the use of time "
        "and staff deployment must change first. The timetable team owns the change, and "
        "learners will help design the slots.",
        field_trial=bridgemary,
    )
    if not created:
        return
    for n, user in enumerate(people):
        answer(
            found,
            user,
            {
                "aims.aim": TO_BE_AIMS[n],
                "aims.beneficiaries": ["learners", "families"] if n % 2 else ["learners"],
                "aims.evidence": "Students taking courses early, and attendance in the slots.",
                "now.distance": 3 + n % 2,
                "now.obstacles": TO_BE_OBSTACLES[n],
                "processes.which": ["time", "curriculum", "roles"][: 2 + n % 2],
                "processes.first": "The timetable: built from slots students choose, owned by "
                "the deputy head for curriculum with the timetable team.",
                "readiness.statements": {
                    "shared_aim": 4 - n % 2,
                    "know_processes": 3,
                    "people": 2 + n % 2,
                    "governors": 3,
                    "learners_voice": 2,
                },
            },
            D(2006, 11, 13, 9),
            D(2006, 11, 20 + n, 16),
        )


LOOKING = [
    ("teaching",
     "Students in a Year 9 group planning their own week with a planning tool, and "
     "teachers running open sessions students sign up to.",
     "How confidently students explained why they had chosen each session.", 3),
    ("organisation",
     "Three schools' timetables built around a core morning and a flexible afternoon.",
     "The flexible afternoons are planned by students with their tutors each Friday.", 3),
    ("organisation",
     "An afternoon of open sessions, with attendance tracked by the planning tool.",
     "Attendance at the open sessions was higher than in timetabled lessons.", 2),
]  # fmt: skip


def load_looking_to_learn(tool, bridgemary, consultant, people):
    found, created = exercise(
        tool,
        "Bridgemary teachers at Bolton: flexible timetables",
        consultant,
        D(2007, 2, 12, 9),
        closed=D(2007, 3, 2, 17),
        conclusion="Adapt Bolton's student planning tool for Bridgemary's slots; try it with "
        "one Year 9 group in the summer term before deciding on the whole school.",
        field_trial=bridgemary,
    )
    if not created:
        return
    for n, (user, row) in enumerate(zip(people, LOOKING, strict=False)):
        focus, saw, struck, difference = row
        answer(
            found,
            user,
            {
                "observation.where": "Flexible timetables trial, three Bolton secondary "
                "schools, on the Flexible days community of practice visit",
                "observation.focus": focus,
                "observation.saw": saw,
                "reflection.struck": struck,
                "reflection.difference": difference,
                "reflection.conditions": "Tutors with time each week to plan with students.",
                "learning.try": "The planning tool, with our teaching times and slots.",
                "learning.next": "adapt" if n < 2 else "try",
            },
            D(2007, 2, 12, 9),
            D(2007, 2, 16 + n, 16),
        )


# --- Local authorities: their role, their networking approach, Knowsley's audit -----------------

LA_ROLE = [
    ({"convenor": 4, "commissioning": 2, "champion": 3, "glue": 3, "crowd_sorter": 2,
      "equity": 3, "communicator": 3, "safeguarding": 4},
     {"moral_purpose": 3, "social_capital": 3, "trust": 2, "reciprocity": 2},
     {"seize": 4, "partners": 3, "clarity": 3, "horizons": 3}),
    ({"convenor": 3, "commissioning": 2, "champion": 3, "glue": 3, "crowd_sorter": 2,
      "equity": 2, "communicator": 3, "safeguarding": 4},
     {"moral_purpose": 3, "social_capital": 2, "trust": 2, "reciprocity": 2},
     {"seize": 3, "partners": 3, "clarity": 2, "horizons": 3}),
    ({"convenor": 3, "commissioning": 1, "champion": 2, "glue": 2, "crowd_sorter": 2,
      "equity": 2, "communicator": 2, "safeguarding": 4},
     {"moral_purpose": 3, "social_capital": 2, "trust": 2, "reciprocity": 1},
     {"seize": 3, "partners": 2, "clarity": 2, "horizons": 2}),
]  # fmt: skip
LA_NEXT = [
    ("Lead on the vision for the Centres for Learning; cede the design of learning to the "
     "Principals.",
     "Principals who plan their staff's development together, with the authority convening."),
    ("Lead on convening the partners; cede the running of networks to the schools.",
     "Networks that schools own, with the authority holding them to account."),
    ("Lead on fairness between the Centres; cede the rest.",
     "Heads trusting each other enough to share staff."),
]  # fmt: skip


def load_la_role(tool, knowsley, officer, people):
    found, created = exercise(
        tool,
        "Knowsley: the authority's role as the Centres for Learning open",
        officer,
        D(2009, 2, 2, 9),
        closed=D(2009, 2, 27, 17),
        conclusion="Knowsley convenes and champions strongly; schools' trust in each other "
        "and reciprocity are weakest. The authority keeps the civic vision and convening, and "
        "cedes the networks to the Principals.",
        local_authority=knowsley,
        present=KNOWSLEY_PRESENT,
    )
    if not created:
        return
    for n, (user, (roles, cornerstones, messages), (cede, connected)) in enumerate(
        zip(people, LA_ROLE, LA_NEXT, strict=True)
    ):
        answer(
            found,
            user,
            {
                "roles.roles": roles,
                "cornerstones.cornerstones": cornerstones,
                "practice.messages": messages,
                "next.cede": cede,
                "next.connected": connected,
            },
            D(2009, 2, 2, 9),
            D(2009, 2, 9 + n, 16),
            present=KNOWSLEY_PRESENT,
        )


# Conditions of seed 002's enquiring approach: variable networking knowledge, established
# networks linked up, enthusiasts to mobilise, an aim to build knowledge, an open agenda.
HAMPSHIRE_NETWORKING = [
    {
        "knowledge.networking": "variable",
        "knowledge.policy": "partly",
        "structures.maturity": "established",
        "structures.coherence": "links",
        "capacity.mobilise": "enthusiasts",
        "influence.level": "some",
        "aim.aim": "knowledge",
        "aim.agenda": "open",
        "aim.context": "Bridgemary's flexible day has schools asking how it works; we want "
        "the evidence before anyone copies it.",
    },
    {
        "knowledge.networking": "variable",
        "knowledge.policy": "well",
        "structures.maturity": "established",
        "structures.coherence": "links",
        "capacity.mobilise": "enthusiasts",
        "influence.level": "some",
        "aim.aim": "knowledge",
        "aim.agenda": "open",
    },
    {
        "knowledge.networking": "pockets",
        "knowledge.policy": "partly",
        "structures.maturity": "established",
        "structures.coherence": "links",
        "capacity.mobilise": "voluntary",
        "influence.level": "some",
        "aim.aim": "knowledge",
        "aim.agenda": "open",
    },
]


def load_networking(tool, hampshire, officer, people):
    found, created = exercise(
        tool,
        "Hampshire: choosing our networking approach",
        officer,
        D(2007, 1, 15, 9),
        closed=D(2007, 2, 9, 17),
        conclusion="Enquiring fits Hampshire now: established networks and enthusiastic "
        "schools, an open agenda and an aim to build knowledge. Decide early who owns the "
        "findings and where they are kept.",
        local_authority=hampshire,
    )
    if not created:
        return
    for n, (user, answers) in enumerate(zip(people, HAMPSHIRE_NETWORKING, strict=True)):
        answer(found, user, answers, D(2007, 1, 15, 9), D(2007, 1, 22 + n, 16))


def load_pedagogic_audit(tool, knowsley, facilitator, teachers):
    found, created = exercise(
        tool,
        "Knowsley Centres for Learning: our teaching before the move",
        facilitator,
        D(2008, 10, 6, 9),
        closed=D(2008, 10, 31, 17),
        conclusion="Training needs in order: assessment (pupils' self-assessment and the use "
        "of data) first, then personalised planning and learning beyond the classroom. Peer "
        "coaching to start with the assessment statements in every Centre.",
        local_authority=knowsley,
        present=KNOWSLEY_PRESENT,
    )
    if not created:
        return
    for seed, user in enumerate(teachers):
        answer(
            found,
            user,
            _audit(seed),
            D(2008, 10, 6, 9),
            D(2008, 10, 13 + seed, 16),
            present=KNOWSLEY_PRESENT,
        )
