"""What each demo trial's kind of innovation gives it: its risks, the milestones still ahead
of it, and its recent support, so that each trial's records read as its own rather than the
same few lines copied onto every trial.

The kinds follow seed 000's drivers for System Leadership (leadership across several schools,
governance, 'whole town' services, shared services) and the four resource domains of
Resourcing Personalisation (use of time, technology, co-constructing learning with students,
the learning environment). Stevenage's and Bridgemary's lines use the seed's words about them
(the Governance Group, town-wide curriculum planning and joint blocked timetables; the
flexible day, the complete reconstruction of the timetable and the redefinition of the
professional roles of staff). Every risk, milestone and session is invented for the demo, and
said so on the "About this demonstration" page (fieldtrials.demo_phase2.ABOUT).
"""

from programmes import demo_content as content

LEADING = "leading"  # leadership across several schools
GOVERNANCE = "governance"
SERVICES = "services"  # children's, extended and multi-agency services
BUSINESS = "business"  # shared services
TIME = "time"
TECHNOLOGY = "technology"
STUDENTS = "students"  # co-constructing learning with students
SPACES = "spaces"

# Each demo trial's kind, by its title (as the records show it).
KIND_OF = {
    content.STEVENAGE_TRIAL: GOVERNANCE,
    "A 14-19 collegiate with one sixth-form leadership": GOVERNANCE,
    "One governing body for a federation, with varied governance": GOVERNANCE,
    "Every secondary school in an authority taking collective responsibility": GOVERNANCE,
    "Executive headship of a school causing concern": LEADING,
    "Federation of two primary schools under one executive head": LEADING,
    "Co-headship of a partnership of three schools": LEADING,
    "A consultant leader supporting a school in challenging circumstances": LEADING,
    "Rural primaries sharing a head of teaching and learning": LEADING,
    "Growing successors by leading across schools": LEADING,
    "A special school head leading inclusion across a cluster": LEADING,
    "An all-age learning community under one leadership team": LEADING,
    "A head leading the locality's children's services team": SERVICES,
    "A multi-agency hub led from a secondary school": SERVICES,
    "Whole-town extended services under one leadership group": SERVICES,
    "Shared business services for a cluster of schools": BUSINESS,
    "Schooling beyond school walls: a virtual learning community": TECHNOLOGY,
    content.BRIDGEMARY_TRIAL: TIME,
    "Flexible timetables in three Bolton secondary schools": TIME,
    "Two-shift days in two Sandwell secondary schools": TIME,
    "Learning in the workplace one day a week": TIME,
    "A year-round calendar with shorter terms": TIME,
    "Stage not age: learners setting their own pace": TIME,
    "'Anytime anywhere' learning in two Hertfordshire schools": TECHNOLOGY,
    "A laptop and learning platform for every learner at home and school": TECHNOLOGY,
    "Digital toolboxes in three Essex secondary schools": TECHNOLOGY,
    "Students' own mobile devices as learning tools": TECHNOLOGY,
    "Student learning consultants": STUDENTS,
    "Student-led learning reviews in place of parents' evenings": STUDENTS,
    "Students as co-designers of the curriculum": STUDENTS,
    "Personalised transition from primary to secondary in Cumbria": STUDENTS,
    "A learning street redesigning a school around learning zones": SPACES,
    "Outdoor and community spaces as classrooms": SPACES,
    "Schools within a school: small learning communities": SPACES,
}
# A trial not listed (none in the demo today) takes its kind from its first resource domain.
KIND_OF_DOMAIN = {
    "time": TIME,
    "technology": TECHNOLOGY,
    "co_construction": STUDENTS,
    "environment": SPACES,
}


def kind_of(trial):
    if trial.title in KIND_OF:
        return KIND_OF[trial.title]
    code = trial.resource_domains.order_by("code").values_list("code", flat=True).first()
    return KIND_OF_DOMAIN.get(code, LEADING)


# --- Risks: (description, likelihood, impact, owner, mitigation) ----------------------------

RISKS = {
    LEADING: [
        ("The lead head's time is stretched across the schools, and their own school's "
         "standards slip", 2, 3, "Chair of governors",
         "Strengthen the lead school's senior team; review how the head's time is shared "
         "each term"),
        ("Staff in {the_partners} see the arrangement as a takeover", 2, 2, "Headteacher",
         "Joint staff meetings; posts and training shared both ways"),
        ("A governing body withdraws its agreement to the shared leadership", 1, 3,
         "Chair of governors",
         "A written agreement between the governing bodies; a report to each every term"),
        ("Key staff leave the lead school before the trial is embedded", 2, 3, "Headteacher",
         "Share the leadership of the trial across the senior team"),
        ("Inspection judges each school alone and misses what leading them together has "
         "changed", 1, 3, "Headteacher", "Brief the inspection team with the evaluation "
         "evidence"),
    ],
    GOVERNANCE: [
        ("A governing body will not give up its say over its own school's provision", 2, 3,
         "Trial lead", "Terms of reference that report to every governing body each term"),
        ("Decisions of the joint group are not acted on in every school", 2, 2, "Trial lead",
         "Minute each decision with who acts on it; review them at each meeting"),
        ("The trial's schools move at different speeds", 2, 2, "Consultant",
         "Pair schools; review pace at each community of practice meeting"),
        ("A change of head in one school unsettles what the partnership has agreed", 2, 2,
         "Chair of the partnership",
         "Take new heads through the partnership's agreements in their first term"),
    ],
    SERVICES: [
        ("Health and social care partners cannot release staff to work from the school", 2, 3,
         "Trial lead", "Agree secondments through the local authority's children's services"),
        ("Sharing information about children between agencies stalls", 2, 2,
         "Local authority officer", "An information-sharing agreement signed by every agency"),
        ("The head's time on the services takes them away from their own school", 2, 2,
         "Chair of governors", "The deputy head leads the school day to day"),
        ("Funding for the services ends with the trial", 2, 3, "Business manager",
         "Agree with the local authority how the services are paid for after the trial"),
    ],
    BUSINESS: [
        ("Schools keep their own contracts and the savings do not come", 2, 2,
         "Business manager", "Align contract end dates; buy together as each one falls due"),
        ("The shared business manager's post rests on one year's funding", 2, 3,
         "Chair of governors", "Each school's budget to carry its share from next year"),
        ("Heads lose sight of their own school's budget", 1, 2, "Business manager",
         "A monthly budget report to each head"),
    ],
    TIME: [
        ("Parents are unconvinced by changes to the school day", 2, 2, "Trial lead",
         "Parents' evenings on the trial; student ambassadors"),
        ("Staff contracts and directed time do not fit the new timetable", 2, 3, "Headteacher",
         "Agree the timetable with staff and their unions; volunteers first"),
        ("Students are not supervised when they are out of lessons at the new times", 2, 2,
         "Deputy head", "A supervised study base open all day"),
        ("School buses do not run at the new times", 2, 2, "Business manager",
         "Agree bus times with the local authority"),
    ],
    TECHNOLOGY: [
        ("Learners without broadband at home cannot take part outside school", 2, 3,
         "Trial lead", "Loan connections; keep the library open after school"),
        ("Devices break or go missing faster than they can be replaced", 2, 2,
         "Network manager", "Insurance, and a pool of spare devices"),
        ("Staff lack the confidence to teach with the new technology", 2, 2, "Deputy head",
         "Coaching from staff already confident; training time in the trial plan"),
        ("Parents worry about their children's safety online", 1, 2, "Headteacher",
         "An acceptable use agreement with parents; an e-safety evening"),
    ],
    STUDENTS: [
        ("Students' proposals are not acted on, and their voice becomes a token", 2, 2,
         "Trial lead", "Staff report back to students on every proposal"),
        ("The same confident students take every part", 2, 2, "Student voice co-ordinator",
         "Choose students from every tutor group"),
        ("Staff feel judged when students have a say in how they teach", 2, 3, "Deputy head",
         "Staff choose the focus; what students find is never used to judge staff"),
        ("Students' work on the trial cuts into their lessons", 1, 2, "Head of year",
         "Meet in tutor time and after school"),
    ],
    SPACES: [
        ("Building work runs late and the new spaces are not ready", 2, 3, "Business manager",
         "Move in stages; keep the old rooms until handover"),
        ("Staff go back to teaching the old way in the new spaces", 2, 2, "Deputy head",
         "Coaching in the new spaces; visits to schools already using theirs"),
        ("Noise in the open spaces disturbs learning", 2, 2, "Trial lead",
         "Rules for each space agreed with students; movable screens"),
        ("The budget will not stretch to furnishing the spaces as designed", 2, 2,
         "Business manager", "Furnish in stages; ask the local authority about capital funding"),
    ],
}  # fmt: skip

# Trials whose risks are their own, not drawn from their kind's.
OWN_RISKS = {
    content.STEVENAGE_TRIAL: [
        ("Each governing body stays accountable for its own curriculum, so the Governance "
         "Group can only advise", 3, 3, "14-19 Director",
         "The Power to Innovate request; meanwhile the Group meets in shadow form with every "
         "governing body's agreement"),
        ("Transport between sites for the blocked afternoons costs more than the partnership "
         "can share", 2, 2, "14-19 Director",
         "Cost the routes with the local authority before the blocked afternoons begin"),
        ("The schools, the PRU and the FE college move at different speeds", 2, 2,
         "Consultant", "Review pace at each Governance Group meeting"),
    ],
    content.BRIDGEMARY_TRIAL: [
        ("The complete reconstruction of the timetable is not ready for the start of term", 2,
         3, "Vice principal", "Build the timetable in stages; the consultant reviews it "
         "monthly"),
        ("Staff are unsure of their redefined professional roles", 2, 2, "Principal",
         "Agree the new roles with staff; training before they start"),
        ("Students who choose to be out of school are not accounted for", 2, 3,
         "Vice principal", "Agreements with the local college and training providers; a "
         "register for each slot"),
    ],
    "A year-round calendar with shorter terms": [
        ("Parents' childcare and holidays do not fit the new terms", 2, 2, "Headteacher",
         "Consult parents a year ahead; holiday clubs in the new breaks"),
        ("Neighbouring schools keep the old term dates, splitting families", 2, 2,
         "Local authority officer", "Agree term dates with neighbouring schools"),
    ],
    "Stage not age: learners setting their own pace": [
        ("Parents are unsure what learning by stage rather than age means for their children",
         2, 2, "Trial lead", "Parents' evenings on the trial; student ambassadors"),
        ("Learners who move at their own pace are entered for examinations too late", 1, 3,
         "Deputy head", "Review each learner's examination entries every term"),
    ],
    "Personalised transition from primary to secondary in Cumbria": [
        ("Primary and secondary staff cannot find time to meet about each learner", 2, 2,
         "Transition co-ordinator", "Joint planning days in the summer term"),
        ("Learners' records do not reach the secondary school in time", 2, 2,
         "Transition co-ordinator", "Records passed on at the joint planning days"),
    ],
    "Student-led learning reviews in place of parents' evenings": [
        ("Parents miss hearing from teachers when students lead the review", 2, 2,
         "Head of year", "Tutors join each review for its last ten minutes"),
        ("The same confident students take every part", 2, 2, "Student voice co-ordinator",
         "Choose students from every tutor group"),
    ],
    "Outdoor and community spaces as classrooms": [
        ("Risk assessments hold up learning outside the school", 1, 2,
         "Educational visits co-ordinator",
         "One assessment for each site, agreed with the local authority"),
        ("Community spaces are not free when classes need them", 2, 2, "Business manager",
         "Book the spaces a term ahead"),
    ],
}  # fmt: skip


def risks_for(trial, rng):
    """The trial's own risks, or one to three of its kind's, as [(position, risk)]."""
    if trial.title in OWN_RISKS:
        return list(enumerate(OWN_RISKS[trial.title]))
    pool = RISKS[kind_of(trial)]
    return [(n, pool[n]) for n in sorted(rng.sample(range(len(pool)), 1 + rng.randrange(3)))]


# --- Milestones still to come: titles, soonest first ------------------------------------------

# Each trial's own, filled in with its words (update_words: its lead school, its idea in the
# seeds' words for it, its schools and governing bodies), so that no two trials share one.
AHEAD = {
    LEADING: [
        "Joint improvement plan for {lead} and {partners} reviewed by {bodies}",
        "Review with the consultant of how the head of {lead} shares their time across {schools}",
        "Case for keeping {theme} after the trial put to {bodies}",
    ],
    GOVERNANCE: [
        "Terms of reference of {lead}'s joint group reviewed by {bodies}",
        "The first year of {theme} reported to {la}",
        "Decision on keeping {theme} after the trial",
    ],
    SERVICES: [
        "Information-sharing agreement signed by every agency working with {lead}",
        "Services at {lead} reviewed with the families who use them",
        "How the services at {lead} are paid for after the trial agreed with {la}",
    ],
    BUSINESS: [
        "Joint contracts for {lead} and {partners} agreed",
        "The first year's savings of {theme} reported to {bodies}",
    ],
    TIME: [
        "Next term's timetable at {lead} published to students and parents",
        "Students' and parents' views of {theme} gathered",
        "Review of {theme} with staff at {lead}",
    ],
    TECHNOLOGY: [
        "Devices and access at home checked for every learner in {lead}'s trial",
        "Staff training at {lead} on the new tools completed",
        "Learners' and parents' views of {theme} gathered",
    ],
    STUDENTS: [
        "Student researchers at {lead} report what they found to staff",
        "The answer of {lead}'s leadership team to each of the students' proposals",
        "A second group of students at {lead} trained",
    ],
    SPACES: [
        "Use of the new spaces at {lead} reviewed with staff and students",
        "Plans for the next spaces at {lead} agreed with governors",
    ],
}
OWN_AHEAD = {
    content.STEVENAGE_TRIAL: [
        "Costs of transport between sites for the blocked afternoons agreed by the "
        "Governance Group",
        "Town-wide options booklet for Year 10 published",
        "Joint blocked timetable running two afternoons a week in every school and the FE college",
    ],
    content.BRIDGEMARY_TRIAL: [
        "Students' choices of teaching times and slots for their flexible day gathered",
        "Redefined professional roles agreed with staff",
        "Reconstructed timetable agreed by the governors",
    ],
}
# Days from the day the demo is loaded, for the first, second and third still to come: the
# first within the week for the trials that have one due this week (DUE_THIS_WEEK), else in
# two to four weeks; the second in about seven weeks, the third in about four months.
DUE_THIS_WEEK_DAYS = (2, 6)
AHEAD_DAYS = [(12, 30), (40, 55), (100, 130)]


def milestones_ahead(trial, theme):
    """The titles of the trial's milestones still to come, soonest first: its own."""
    if trial.title in OWN_AHEAD:
        return OWN_AHEAD[trial.title]
    words = update_words(trial, theme)
    return [title.format(**words) for title in AHEAD[kind_of(trial)]]


# --- Support in the last two months: (kind, notes) -------------------------------------------

RECENT_SUPPORT = {
    # The seeds' April and May 2007: the demo's two months before this one.
    content.STEVENAGE_TRIAL: [
        ("workshop", "Workshop with the heads and the college on the joint blocked timetable"),
        ("consultancy", "Consultancy with the Governance Group on costing transport between "
         "sites"),
    ],
    content.BRIDGEMARY_TRIAL: [
        ("workshop", "Workshop with staff on their redefined professional roles"),
        ("consultancy", "Consultancy on the reconstruction of the timetable"),
    ],
}  # fmt: skip
RECENT_SUPPORT_BY_KIND = {
    LEADING: ("visit", "Visit to the joint senior team meeting of {schools}"),
    GOVERNANCE: ("consultancy", "Consultancy with {lead}'s joint group on its terms of reference"),
    SERVICES: ("brokering", "Introductions for {lead} to the local health and social care teams"),
    BUSINESS: ("consultancy", "Consultancy on the joint contracts of {lead} and {partners}"),
    TIME: ("workshop", "Workshop with staff at {lead} on next term's timetable"),
    TECHNOLOGY: ("visit", "Visit to see the new tools in lessons at {lead}"),
    STUDENTS: ("workshop", "Workshop with the student researchers at {lead}"),
    SPACES: ("visit", "Visit to see the new spaces in use at {lead}"),
}
RECENT_SUPPORT_LAST = [
    ("change_leadership", "Change Leadership Model: reviewing the term with the leadership "
     "team at {lead}"),
    ("remote", "Telephone call with {lead} on the milestones for next term"),
    ("consultancy", "Consultancy on the evidence for the evaluation of {theme}"),
]  # fmt: skip
CLOSING_SUPPORT = [
    ("consultancy", "Consultancy on the evidence for the final review"),
    ("change_leadership", "Change Leadership Model: the final review with both senior teams"),
]


def recent_support(trial, rng, *, completed=False):
    """The trial's two sessions of the last two months, [(kind, notes)], oldest first; the
    notes may name the trial's school, idea or schools (update_words)."""
    if completed:
        return CLOSING_SUPPORT
    if trial.title in RECENT_SUPPORT:
        return RECENT_SUPPORT[trial.title]
    return [RECENT_SUPPORT_BY_KIND[kind_of(trial)], rng.choice(RECENT_SUPPORT_LAST)]


# --- Milestones agreed in the trial plan: the steps that differ by kind -------------------------

# demo_phase2.MILESTONES' steps 2, 3, 5 and 6 (the baseline, the first step, the first full
# cycle and its review) in each kind's own words; the others (the plan, the Change Leadership
# Model diagnostic, the evaluation) are the programme's and the same for every trial. Every
# baseline's title begins "Baseline", which the toolkit's baseline exercise answers to.
PLAN_STEPS = {
    LEADING: {
        2: "Baseline data on each school's attainment and attendance gathered",
        3: "Joint senior team meeting weekly across the schools",
        5: "One improvement plan in use in every school",
        6: "Review of the shared leadership with the governing bodies",
    },
    GOVERNANCE: {
        2: "Baseline of how each school decides its provision gathered",
        3: "Terms of reference for the joint group drafted",
        5: "The joint group's first term of decisions taken",
        6: "Review of the joint group's first terms with the project's officers",
    },
    SERVICES: {
        2: "Baseline data on referrals and waiting times gathered",
        3: "Staff of the other agencies working from the school",
        5: "Services running from the school every week",
        6: "Review of the services with families and the agencies",
    },
    BUSINESS: {
        2: "Baseline of each school's spending on contracts gathered",
        3: "Shared business manager in post",
        5: "First joint contracts in place for the cluster",
        6: "Review of the first savings with the heads",
    },
    TIME: {
        2: "Baseline data on attendance and punctuality gathered",
        3: "New timetable tried with one year group",
        5: "New timetable running for a full term",
        6: "Review of the new timetable with the project's officers",
    },
    TECHNOLOGY: {
        2: "Baseline of learners' access at home gathered",
        3: "Devices and logins issued to the first group of learners",
        5: "Learning at home with the new tools running for a full term",
        6: "Review of learning at home with the project's officers",
    },
    STUDENTS: {
        2: "Baseline survey of student voice gathered",
        3: "Student researchers trained",
        5: "Students' first proposals put to the leadership team",
        6: "Review of the students' proposals with the project's officers",
    },
    SPACES: {
        2: "Baseline of how each space is used through the day gathered",
        3: "First learning zone open",
        5: "New spaces in use for a full term",
        6: "Review of the new spaces with staff and the project's officers",
    },
}


# Stevenage's steps in the words of its own story (demo_phase2.STEVENAGE_UPDATES): its
# Governance Group met in shadow form from April, so its first decisions were taken then.
OWN_PLAN_STEPS = {
    content.STEVENAGE_TRIAL: {
        3: "Terms of reference for the Governance Group drafted",
        5: "The shadow Governance Group's first decisions taken",
    },
}


def plan_step(trial, step, title):
    """A milestone of the trial plan in its kind's words (`title` where all kinds share it)."""
    own = OWN_PLAN_STEPS.get(trial.title, {})
    return own.get(step) or PLAN_STEPS[kind_of(trial)].get(step, title)


# --- Monthly updates: each kind's words for its story ------------------------------------------

# {people}: who was told at the launch; {measures}: what the baseline counts; {first}: the
# first step, as a sentence; {asked}: whose views were gathered; {cycle}: the practice running.
# A word may name the trial's schools ({schools}: "both schools", "all three schools"); none says
# it where a sentence of HAPPENED says it too ("We asked {asked} in {schools}").
UPDATE_WORDS = {
    LEADING: {
        "people": "staff and governors of {schools}",
        "measures": "attainment, attendance and staff views of leadership",
        "first": "The senior teams began to meet weekly as one team",
        "asked": "teachers and support staff",
        "cycle": "one senior team planning, observing and reviewing teaching across the schools",
    },
    GOVERNANCE: {
        "people": "every governing body in the partnership",
        "measures": "how each school decides its provision and which courses its learners can take",
        "first": "The joint group met for the first time and drafted its terms of reference",
        "asked": "governors of each school",
        "cycle": "the joint group deciding provision across the schools",
    },
    SERVICES: {
        "people": "school staff and the local health and social care teams",
        "measures": "referrals, waiting times and attendance",
        "first": "The first families were seen by the team working from the school",
        "asked": "families who use the services",
        "cycle": "the services working from the school every week",
    },
    BUSINESS: {
        "people": "the heads, bursars and governors of the cluster",
        "measures": "each school's spending on contracts, premises and administration",
        "first": "The shared business manager started, and the first joint contract went out "
        "to tender",
        "asked": "heads and office staff",
        "cycle": "the cluster buying and managing its services together",
    },
    TIME: {
        "people": "staff, parents and students",
        "measures": "attendance, punctuality and how students use their time",
        "first": "The new timetable started with one year group",
        "asked": "students and parents",
        "cycle": "the new timetable",
    },
    TECHNOLOGY: {
        "people": "staff, learners and parents",
        "measures": "learners' access at home and how often they use the tools",
        "first": "The first group of learners took the new tools home",
        "asked": "learners and parents",
        "cycle": "learning with the new tools at home and in school",
    },
    STUDENTS: {
        "people": "staff and the school council",
        "measures": "student voice, attendance and engagement in lessons",
        "first": "The first student researchers were trained and chose their questions",
        "asked": "students in every year group",
        "cycle": "students and staff planning learning together",
    },
    SPACES: {
        "people": "staff, students and the architects",
        "measures": "how each space is used through the day, and behaviour between lessons",
        "first": "The first learning zone opened",
        "asked": "students and staff",
        "cycle": "teaching in the new spaces",
    },
}

# What a trial's updates tell of, month by month from its start: several ways of saying each,
# one chosen for each trial, filled in with its own words ({theme}, {schools}, {lead}, {la})
# and its kind's (UPDATE_WORDS). The fifth (the visit) alone says "visited": the offer shows
# that visit drawn on (demo_phase2.VISIT_STORY).
HAPPENED = [
    [
        "The trial was launched with {people}; the consultant met the leadership team at {lead} "
        "to agree how the trial plan will be written.",
        "{Lead} launched the trial at a meeting with {people}, and the consultant began work on "
        "the trial plan with the leadership team.",
        "We started: {people} heard what {theme} will mean for them, and the leadership team "
        "met the consultant for the first time.",
    ],
    [
        "The Change Leadership Model diagnostic was run with the leadership team: it showed "
        "where {theme} will meet resistance, and the team agreed how to involve {people} early.",
        "The leadership team worked through the Change Leadership Model diagnostic with the "
        "consultant; its clearest message was to bring {people} in sooner.",
        "Our Change Leadership Model diagnostic is done: the strongest pressure for change is "
        "the case for {theme}; the weakest point is time to plan together.",
    ],
    [
        "The trial plan was agreed, and baseline data on {measures} was gathered in {schools}.",
        "With the plan for {theme} agreed, the baseline was gathered: {measures}.",
        "Baseline gathered across {schools} ({measures}), and the trial plan signed off with "
        "the consultant.",
    ],
    [
        "{first}; the leadership team at {lead} reviews it every week.",
        "{first}. Early days, but the first weeks of {theme} went more smoothly than we feared.",
        "{first}, with the consultant's help in planning the first weeks in {schools}.",
    ],
    [
        "Staff visited a school already trying something like {theme}, arranged by the "
        "consultant, and brought back two ideas to adapt.",
        "A team from {lead} visited a school in another authority that is further on with "
        "something like {theme}; we are adapting its way of planning.",
        "Our leads visited two schools the consultant found for us and came back with ideas "
        "for {theme} in {la}.",
    ],
    [
        "The views of {asked} on {theme} were gathered and shared with staff.",
        "We asked {asked} in {schools} what has changed so far; most of what they said was "
        "positive, and their worries are now on our risk log.",
        "A survey of {asked} across {schools} showed support for the trial, with questions "
        "about how it will be sustained.",
    ],
    [
        "The first full cycle of {cycle} is running at {lead}.",
        "{Cycle} is now running in {schools}, a full cycle from start to finish.",
        "For the first time, {cycle} ran for a whole cycle in {schools} without the consultant "
        "in the room.",
    ],
    [
        "The evaluation of {theme} was co-designed with the Innovation Unit: what will be "
        "measured, how, and by whom.",
        "We agreed our evaluation with the Innovation Unit: the baseline measures again each "
        "term in {schools}, and interviews with {asked}.",
        "Evaluation design finished with the Innovation Unit; {lead} will collect the figures "
        "and the consultant the interviews.",
    ],
    [
        "An interim review with the project's officers looked at early evidence on {cycle} and "
        "agreed the next term's priorities.",
        "Interim review with the project's officers: the evidence so far supports {theme}, and "
        "next term's priorities are agreed.",
        "The project's officers joined our interim review; they asked us to share how {cycle} "
        "works in {la} with the other trials.",
    ],
]
# A month with no school day (the summer holiday): its update tells of no step.
HOLIDAY = [
    "The summer holiday: the leadership team at {lead} used its last week to plan the autumn "
    "term's work on {theme}.",
    "Summer holiday: nothing to report on {theme} from {schools}. The plans for the autumn "
    "term are ready for staff at {lead} when they return.",
    "No trial activity at {lead} over the summer holiday: {theme} starts again in September.",
]
# A month whose step is still not done (an overdue milestone): its update says so.
SLIPPED = (
    'Not done yet: "{step}", planned for this month, has slipped to next month; the '
    "consultant is helping us catch up."
)
# What is next, by the story the month's update told (HAPPENED, by place): the step its plan
# takes next, in several ways each, every one naming something of the trial's own (its lead
# school, its idea, its authority) so that a reader of several trials meets different plans.
# A trial takes them in turn from a place of its own. After the interim review: the first of
# its milestones still to come ({ahead}, milestones_ahead).
NEXT = [
    [
        "Run the Change Leadership Model diagnostic with the leadership team at {lead}.",
        "Work through the Change Leadership Model diagnostic: where will {theme} meet resistance?",
        "Finish the diagnostic with the consultant, then start writing the plan for {theme}.",
    ],
    [
        "Agree the trial plan for {theme} and gather the baseline in {schools}.",
        "Sign off {lead}'s trial plan with the consultant and collect the baseline: {measures}.",
        "Write up the plan for {theme}; {lead} to collect the first figures for the baseline.",
    ],
    [
        "Make the first change at {lead}: a small start, with the consultant's help.",
        "Start {theme} with a first group at {lead}, as the plan says.",
        "Brief {people} on the first steps of {theme} before they begin.",
    ],
    [
        "Visit a school that is further on with {theme}; the consultant is finding one.",
        "Take a team from {lead} to see something like {theme} working elsewhere.",
        "Find a school outside {la} that already does something like {theme}, and visit it.",
    ],
    [
        "Ask {asked} at {lead} what has changed so far.",
        "Survey {asked} on the first months of {theme}.",
        "Gather the views of {asked} before {lead}'s half-term review.",
    ],
    [
        "Run {cycle} for a whole cycle at {lead}.",
        "Take {theme} through one full cycle, start to finish, in {schools}.",
        "Let {cycle} run at {lead} without the consultant in the room.",
    ],
    [
        "Agree with the Innovation Unit how {theme} will be evaluated.",
        "Settle what {lead} will measure for the evaluation, and who collects it.",
        "Design the evaluation of {theme}: what to measure, how and by whom.",
    ],
    [
        "Bring {lead}'s evidence to the interim review with the project's officers.",
        "Prepare {lead}'s first figures for the interim review.",
        "Interim review of {theme} with the project's officers.",
    ],
    [
        "Next: {ahead}.",
        "Next on our plan: {ahead}.",
        "Our next milestone: {ahead}.",
    ],
]
# After the summer holiday's month, and after a month whose step slipped.
NEXT_AFTER_HOLIDAY = [
    "Start the autumn term at {lead} with the plan for {theme}.",
    "Brief staff at {lead} on the autumn term's work on {theme} in the first week back.",
    "Pick up {theme} in {schools} in September where we left it in July.",
]
NEXT_AFTER_SLIPPED = 'Catch up at {lead}: "{step}" by the end of next month.'

# What is in the way in an amber or a red month, by kind: each kind's own troubles (its risks
# come true, RISKS), naming the trial's school, idea or authority. A month's trouble is drawn
# as before (one of three amber, one of two red); which of its kind's it is turns with the
# trial, so that trials of one kind do not all have the same trouble.
IN_THE_WAY = {
    LEADING: {
        "amber": [
            "The head's time at {lead} is stretched across {schools}; governors have asked "
            "for a review of how it is shared.",
            "Some staff in {lead}'s {partner_schools} still see the arrangement as a takeover; "
            "joint staff meetings are helping, slowly.",
            "Two of {lead}'s senior team are off sick, so the joint senior team met "
            "fortnightly this month.",
            "The joint improvement plan for {theme} is taking longer to agree than planned; "
            "the consultant is helping to draft it.",
        ],
        "red": [
            "A deputy head at {lead} has resigned and the joint senior team is stretched thin; "
            "the trial is paused until the post is filled.",
            "One governing body has questioned {theme}; the chairs of governors and the "
            "project officer are meeting to resolve it.",
        ],
    },
    GOVERNANCE: {
        "amber": [
            "One governing body wants its own say over the courses its school offers; {lead}'s "
            "joint group is rewriting its terms of reference to meet that.",
            "Decisions of the joint group are not yet acted on in every school in {la}; each "
            "decision is now minuted with who acts on it.",
            "The schools are moving at different speeds on {theme}; the consultant is pairing "
            "them up.",
            "A new head at one of the schools needs time to catch up with what the partnership "
            "agreed on {theme}.",
        ],
        "red": [
            "Two governing bodies have left {lead}'s joint group for now; the project officer "
            "is meeting their chairs.",
            "{La}'s legal advice has put the joint group's decisions on hold until it is "
            "given in writing.",
        ],
    },
    SERVICES: {
        "amber": [
            "Health visitors have not been released to work from {lead} this month; {la} is "
            "chasing the secondments.",
            "Sharing information about children between agencies in {la} has stalled while "
            "the agreement waits for one signature.",
            "The head's work on the services is taking them away from {lead}; the deputy "
            "head is leading the school day to day.",
            "Families are slow to use the services at {lead}: word is spreading, but "
            "referrals are still low.",
        ],
        "red": [
            "Funding for the family support worker at {lead} ends this term, and nobody has "
            "agreed to pay for the post.",
            "{La}'s social care team has been moved back to its offices; the services at "
            "{lead} are down to one day a week.",
        ],
    },
    BUSINESS: {
        "amber": [
            "Two schools in the cluster are tied to their own contracts until next year, so "
            "the savings of {theme} will come later.",
            "The heads want a monthly budget report before they sign the next joint contract; "
            "the business manager at {lead} is preparing one.",
            "The shared office at {lead} is a clerk short this month, and invoices are backing up.",
        ],
        "red": [
            "The shared business manager's post at {lead} is funded for this year only, and "
            "the governing bodies have not agreed to share the cost.",
            "One school has pulled out of the joint contracts, and the savings in {lead}'s "
            "business case no longer add up.",
        ],
    },
    TIME: {
        "amber": [
            "Some parents at {lead} are unconvinced by the new school day and have asked for "
            "a meeting; student ambassadors will speak at it.",
            "Directed time does not yet fit the new timetable for every teacher at {lead}; "
            "the head is talking to the unions.",
            "Students out of lessons at the new times are not always supervised; the study "
            "base at {lead} now stays open all day.",
            "The buses in {la} still run at the old times, so some students miss the start "
            "of {lead}'s new day.",
        ],
        "red": [
            "Staff at {lead} have voted against extending the new timetable until directed "
            "time is agreed; the trial is on hold.",
            "{La} will not change the bus contracts this year, and the new day at {lead} "
            "cannot start without them.",
        ],
    },
    TECHNOLOGY: {
        "amber": [
            "A third of the learners at {lead} have no broadband at home; loan connections "
            "are on order.",
            "Devices are breaking faster than they can be repaired, and {lead}'s pool of "
            "spares is empty.",
            "Some staff at {lead} lack the confidence to teach with the new tools; coaching "
            "from colleagues starts next month.",
            "Parents in {la} are worried about their children's safety online; an e-safety "
            "evening at {lead} is booked.",
        ],
        "red": [
            "The learning platform at {lead} was down for most of the month, and learning "
            "at home stopped.",
            "The supplier has withdrawn the devices' warranty, and {lead} cannot replace the "
            "broken ones this year.",
        ],
    },
    STUDENTS: {
        "amber": [
            "Students at {lead} feel their proposals go nowhere; staff now report back on "
            "each one.",
            "The same confident students take every part in {theme}; tutors are choosing "
            "others from every tutor group.",
            "A few staff at {lead} feel judged by what the students found; the head has said "
            "again that it will never be used to judge staff.",
            "Work on {theme} is eating into the student researchers' lessons; their meetings "
            "move to tutor time.",
        ],
        "red": [
            "The teacher who led the student researchers at {lead} has left, and nobody has "
            "taken the group on.",
            "Staff at {lead} have asked to pause the students' lesson observations until the "
            "ground rules are agreed again.",
        ],
    },
    SPACES: {
        "amber": [
            "Building work at {lead} is running three weeks late; classes stay in the old "
            "rooms until handover.",
            "Some staff at {lead} are teaching the old way in the new spaces; the consultant "
            "is coaching them in the spaces themselves.",
            "Noise in {lead}'s open learning zone is disturbing lessons; students are drafting "
            "rules for each space.",
            "The furniture budget will not stretch to the designs for {theme}; the spaces "
            "will be furnished in stages.",
        ],
        "red": [
            "The building contractor at {lead} has gone into administration, and the new "
            "spaces will not be ready this term.",
            "The fire officer has closed {lead}'s open learning zone until a second exit is built.",
        ],
    },
}
# How many troubles of each rating a month's draw chooses among (as it always has).
TROUBLES_DRAWN = {"amber": 3, "red": 2}


def in_the_way(trial, rag, drawn, turn, words):
    """What is in the way in a `rag` month of the trial: its kind's trouble `drawn` (of
    TROUBLES_DRAWN[rag]), turned by the trial's own `turn`, in its words."""
    ways = IN_THE_WAY[kind_of(trial)][rag]
    return ways[(drawn + turn) % len(ways)].format(**words)


# Numbers of schools as a sentence says them ("all three schools"); from ten, in figures.
NUMBER_WORDS = {3: "three", 4: "four", 5: "five", 6: "six", 7: "seven", 8: "eight", 9: "nine"}


def schools_named(count):
    """A trial's `count` schools, as its records say them: "the school", "both schools", "all
    three schools", "all 12 schools" (never "both" of three)."""
    if count <= 2:
        return "both schools" if count == 2 else "the school"
    return f"all {NUMBER_WORDS.get(count, count)} schools"


def update_words(trial, theme):
    """The words a trial's records are filled in with: its kind's, its theme, its schools."""
    schools = trial.participating_organisations.count()
    lead = trial.lead_organisation.name if trial.lead_organisation else "The lead school"
    la = trial.local_authority.name if trial.local_authority else "the authority"
    named = schools_named(schools)
    words = {key: said.format(schools=named) for key, said in UPDATE_WORDS[kind_of(trial)].items()}
    words.update(
        theme=theme,
        lead=lead,
        la=la,
        La=la[0].upper() + la[1:],
        schools=named,
        bodies={1: "the governing body", 2: "both governing bodies"}.get(
            schools, "every governing body"
        ),
        partners="its partner school" if schools == 2 else "its partner schools",
        partner_schools="partner school" if schools == 2 else "partner schools",
        the_partners="the partner school" if schools == 2 else "the partner schools",
        Lead=lead[0].upper() + lead[1:],
        Cycle=words["cycle"][0].upper() + words["cycle"][1:],
    )
    return words


# The visit among a trial's earlier support sessions (demo_phase2.SUPPORT), in its kind's words
# and the trial's own (update_words).
VISIT_BY_KIND = {
    LEADING: "Visit to {schools} to see the joint senior team at work",
    GOVERNANCE: "Visit to observe a meeting of {lead}'s joint group",
    SERVICES: "Visit to see the agencies' staff working from {lead}",
    BUSINESS: "Visit to the shared business office at {lead}",
    TIME: "Visit to see a school day on the new timetable at {lead}",
    TECHNOLOGY: "Visit to see learners at {lead} using the new tools in class",
    STUDENTS: "Visit to meet the student researchers at {lead} and their staff",
    SPACES: "Visit to see the first learning zone at {lead} in use",
}
