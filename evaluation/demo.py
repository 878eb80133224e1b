"""Demonstration evaluation data, from seeds 000 and 001.

From the seeds, verbatim: the Knowsley Innovation Zone's ten objectives, its Strategic
Action Team (chaired by Partnerships for Schools, a representative of each of the seven
national organisations plus the Centre for Educational Leadership and Microsoft), the nine
partner contributions, the March 2009 review (seed 001's "What has worked well"), four of
its "Top Tips" as lessons, the case study itself; and from seed 000, the Next Practice
programme's aims, partners, lessons and independent evaluation and NCSL's evidence to the
Independent Review of School Leadership, drawing on the System Leadership field trials.

INVENTED for the demo and marked "(demo)" here (the mark stays off the records; the "About
this demonstration" page lists what is invented): the second local authority's project
group (the seed does not name it), the programme's evaluator, every progress entry, the SAT's
meetings and decisions, the joint success criteria (the seed says the SAT "will ... identify
joint success criteria" but not which), the monthly highlight reports, all indicators'
values and measurements, Stevenage's evaluation plan, lesson and case study, and the dates
of NCSL's take-up and evidence. The seeds name no representatives on the Strategic Action
Team: they are invented people. Indicator names are the toolkit's candidate indicators
(toolkit/definitions/baseline.yaml), themselves written for this product.

Dates are moved with nextpractice.demo_calendar: Knowsley's by its own present (after its
June 2009 case study), the Next Practice programme's by seed 000's. So is when each record
was written (its `created_at`), never the moment the demo was loaded: Knowsley's objectives
when the Zone was set up, partners' contributions in the weeks after the round table asked
for them, progress on the day it was recorded, a highlight report at the end of its month
(every month up to last month), the Top Tips with the case study; Stevenage's
plan as its incubation began, its indicators on their baseline day, each measurement on
the day it was measured, its lesson and case study that spring (invented days).

Knowsley's records are written by those the seed says write them: the local authority its
highlight reports, its objectives and its project group's progress, each partner what it
gives, Partnerships for Schools the Top Tips of its case study (knowsley_people: invented
people, each organisation's representative on the SAT). The March 2009 review is a meeting of
the SAT, not an independent evaluation: the seed tells of none for Knowsley.

Loading twice changes nothing: rows are found by natural keys with get_or_create.
"""

import datetime
import random
from decimal import Decimal

from dateutil.relativedelta import relativedelta
from django.utils import timezone

from accounts.demo_history import happened_at
from accounts.models import Role
from fieldtrials.models import FieldTrial
from nextpractice.demo_calendar import KNOWSLEY_PRESENT, moved, not_after_today, working_day
from nextpractice.demo_notes import plain
from programmes import demo_content as content
from programmes.models import Objective as NeedObjective
from programmes.models import ProgrammeMembership

from .models import (
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
    Tag,
    TakeUp,
)
from .services import adopt_agreed_objective

D = datetime.date


def K(day):
    """A Knowsley (seed 001) date in the demo's calendar."""
    return moved(day, present=KNOWSLEY_PRESENT)


KNOWSLEY_OBJECTIVES = [
    "Collective dialogue and shared analysis leading to informed action by the Strategic "
    "Action Team (SAT)",
    "New learning together for local authorities, schools and national organisations, "
    "sharing risks",
    "Build capacity for innovation in and across local authorities and schools; informing "
    "local and national policies and practice",
    "Preparation and succession for pedagogic leaders to accelerate a shift in practice",
    "Applied development of the Big Picture curriculum",
    "Modelling use of new technologies to improve leadership, organisation, learning, "
    "activities, environments and services",
    "Provide timely support to enable a climate for innovation and transformation",
    "Students, staff and community lead and share transformation",
    "Relevant, flexible learning, assessment and measures of progress and achievement.",
    "Collective and shared evaluation of outcomes free up the system, but keep it accountable",
]

# The seed's table: (organisation, what they give), verbatim.
KNOWSLEY_CONTRIBUTIONS = [
    ("Becta", "work with Knowsley's City Learning Centres"),
    ("Centre for Educational Leadership (CEL)",
     "bespoke second and third tier leadership programme"),
    ("The Innovation Unit", "a Leadership Development programme with all Principals and support "
     "for field trials to produce a 'fit for purpose' system governance model"),
    ("Microsoft", "Innovative Schools Programme and training of seven teachers as Innovative "
     "Teachers and two consultants as Peer Coach trainers"),
    ("National College for School Leadership (NCSL)", "support to develop School Business "
     "Managers, including a local learning collaborative network; alignment of the Leading "
     "from the Middle programme and facilitating governor training on succession planning"),
    ("National Strategies", "consultancy and opportunities to match schools in similar "
     "circumstances"),
    ("Partnerships for Schools", "chairing the Knowsley SAT, advocacy and support, national "
     "co-ordination of the IZ project and challenge to focus on evaluation of impact from the "
     "project"),
    ("Training and Development Agency for Schools (TDA)", "bespoke training on the School "
     "Improvement Planning Framework for Headteachers, training for workforce development "
     "officers, advice on workforce issues and support and challenge against workforce "
     "modernisation deliverables with BSF"),
    ("Qualifications and Curriculum Authority (QCA)", "provision of a consultant to work with "
     "the first Centre for Learning student cohort to support the development of a common "
     "language for learning and to explore their perceptions of 21st century learning and "
     "begin to prepare them for learning transition"),
]  # fmt: skip

NATIONAL_PARTNERS = [
    "Becta",
    "The Innovation Unit",
    "National College for School Leadership (NCSL)",
    "National Strategies",
    "Partnerships for Schools",
    "Qualifications and Curriculum Authority (QCA)",
    "Training and Development Agency for Schools (TDA)",
]
OTHER_PARTNERS = ["Centre for Educational Leadership (CEL)", "Microsoft"]

SAT_PURPOSE = (
    "“to work together to identify and deliver solutions that support innovation and "
    "transformation through the ‘Future Schooling in Knowsley Programme’.”"
)

KNOWSLEY_GROUP = "Knowsley Innovation Zone project group"
# The seed speaks of "the two local authorities" and "each of the two Innovation Zone project
# groups" but does not name the other authority.
SECOND_GROUP = "Partner authority's Innovation Zone project group"

# (objective number, group, date, status, what) - all invented. Each group records against
# every objective. Knowsley's entries follow its Strategic Action Team, which grew out of its
# round table (the first of MEETINGS): nothing about the team before that meeting.
PROGRESS = [
    (1, KNOWSLEY_GROUP, D(2008, 7, 1), "on_track", "The round table became the Strategic "
     "Action Team, chaired by Partnerships for Schools; partners are mapping their current "
     "work in Knowsley. (demo)"),
    (1, KNOWSLEY_GROUP, D(2009, 1, 5), "on_track", "SAT meets regularly; members act as "
     "critical friends to the local authority's strategic planning. (demo)"),
    (1, KNOWSLEY_GROUP, D(2009, 3, 30), "achieved", "The review finds the regular "
     "SAT meetings the biggest benefit of the project. (demo)"),
    (1, SECOND_GROUP, D(2008, 6, 20), "on_track", "Round table group agreed local aims and "
     "terms of reference. (demo)"),
    (2, KNOWSLEY_GROUP, D(2009, 3, 2), "on_track", "Planning together on the SAT, the "
     "agencies have found areas for joint ventures, and each understands better what the "
     "others do in Knowsley. (demo)"),
    (2, SECOND_GROUP, D(2008, 10, 6), "on_track", "Head teachers and partners' local staff "
     "visited a Building Schools for the Future school together and shared what they "
     "learned at the group's meeting. (demo)"),
    (3, KNOWSLEY_GROUP, D(2008, 11, 3), "on_track", "The local authority's teaching and "
     "learning consultants, with support from the Merseyside Creative Partnership, are "
     "working with staff in every Centre for Learning. (demo)"),
    (3, SECOND_GROUP, D(2009, 2, 2), "at_risk", "The authority's building programme has "
     "slipped a term; the group is keeping its schools' plans for innovation under "
     "review. (demo)"),
    (4, KNOWSLEY_GROUP, D(2008, 9, 1), "on_track", "Leadership programme with the Centre for "
     "Educational Leadership under way for second and third tier leaders. (demo)"),
    (4, SECOND_GROUP, D(2009, 1, 12), "on_track", "Middle leaders in two secondary schools "
     "began a succession planning programme with NCSL. (demo)"),
    (5, KNOWSLEY_GROUP, D(2008, 11, 3), "at_risk", "Curriculum principles agreed with the "
     "Principals; the pedagogic audit tool is not yet online in every Centre. (demo)"),
    (5, SECOND_GROUP, D(2008, 11, 3), "not_started", "Awaiting the local curriculum "
     "framework. (demo)"),
    (6, KNOWSLEY_GROUP, D(2009, 1, 12), "on_track", "Christ the King Centre for Learning "
     "opened with Personalised Learning Environment Champions trained. (demo)"),
    (6, SECOND_GROUP, D(2009, 3, 2), "on_track", "Becta reviewed the authority's learning "
     "platform with its schools; a plan for the first new building agreed. (demo)"),
    (7, KNOWSLEY_GROUP, D(2009, 2, 2), "on_track", "Partners' support for the second "
     "Centre for Learning is planned through the SAT, ready when the Centre asks for "
     "it. (demo)"),
    (7, SECOND_GROUP, D(2008, 10, 6), "at_risk", "Support from national organisations is "
     "still arranged agency by agency; the group has asked for one plan. (demo)"),
    (8, KNOWSLEY_GROUP, D(2009, 2, 2), "on_track", "Student researchers budgeted for post "
     "occupancy work from next September. (demo)"),
    (8, SECOND_GROUP, D(2009, 3, 2), "on_track", "Two members of each school's student "
     "council now sit on the project group. (demo)"),
    (9, KNOWSLEY_GROUP, D(2009, 1, 12), "on_track", "QCA's consultant is working with the "
     "first Centre for Learning student cohort on a common language for learning. (demo)"),
    (9, SECOND_GROUP, D(2009, 2, 2), "not_started", "Work on measures of progress waits "
     "for the local curriculum framework. (demo)"),
    (10, KNOWSLEY_GROUP, D(2009, 3, 2), "at_risk", "The SAT has proposed three joint "
     "success criteria; how each will be measured is still to be agreed. (demo)"),
    (10, SECOND_GROUP, D(2009, 3, 2), "at_risk", "Evaluation of impact not yet planned. "
     "(demo)"),
]  # fmt: skip

# Who represents each organisation on the Strategic Action Team: invented people (the seed
# names none), with the demo partner (NCSL's programme lead) for NCSL, as a partner of the
# Zone.
REPRESENTATIVES = {
    "Becta": "Martin Heald, regional adviser",
    "Centre for Educational Leadership (CEL)": "Dr Frances Lyle, programme director",
    "The Innovation Unit": "Neil Barraclough, associate director",
    "Microsoft": "Jo Whitaker, education partnerships manager",
    "National Strategies": "Lorraine Hebden, senior regional adviser",
    "Partnerships for Schools": "Andrew Kettle, head of education",
    "Qualifications and Curriculum Authority (QCA)": "Bernadette Quigley, curriculum adviser",
    "Training and Development Agency for Schools (TDA)": "Kwame Boateng, workforce adviser",
    "Knowsley": "Maureen Ashworth, head of school transformation",
}

CRITERIA = [
    ("Every new Centre for Learning's staff have completed the pedagogic audit before they "
     "move into the new building (demo)", "The audit tool's returns, by Centre (demo)"),
    ("Partner agencies' support is planned jointly through the SAT rather than agency by "
     "agency (demo)", "SAT minutes: share of support agreed jointly (demo)"),
    ("Students in the first Centre for Learning cohort say they were involved in shaping "
     "their new learning (demo)", "Student researchers' survey (demo)"),
]  # fmt: skip

# Knowsley's monthly highlight reports for its Future Schooling Core group, written by the local
# authority (seed 001: "The programme is managed by the local authority ... with monthly
# highlight reports"), one a month from the round table's first month to the month before
# Knowsley's present (the case study's June 2009): every month up to last month.
HIGHLIGHTS = [
    (D(2008, 6, 1), "green", "Round table of the key partner organisations held on the Future "
     "Schooling in Knowsley Programme. (demo)"),
    (D(2008, 7, 1), "green", "Innovation Zone set up within the Future Schooling Programme; "
     "the Strategic Action Team's terms of reference agreed. (demo)"),
    (D(2008, 8, 1), "green", "Partners' maps of their work in Knowsley collected for the "
     "SAT's next meeting. (demo)"),
    (D(2008, 9, 1), "amber", "Leadership programme with the Centre for Educational Leadership "
     "under way; the Centre for Learning Principals' requirements not yet gathered. (demo)"),
    (D(2008, 10, 1), "green", "Centre for Learning Principals' requirements identified; "
     "SAT asked to co-develop the workforce reform strategy. (demo)"),
    (D(2008, 11, 1), "amber", "Pedagogic audit tool piloted; online version delayed. (demo)"),
    (D(2008, 12, 1), "green", "Preparations for the opening of Christ the King on track; "
     "QCA consultant working with the first student cohort. (demo)"),
    (D(2009, 1, 1), "green", "Christ the King Centre for Learning opened. (demo)"),
    (D(2009, 2, 1), "amber", "Lessons from the first opening being fed into the change "
     "management programme; capacity for the Knowsley Challenge a concern. (demo)"),
    (D(2009, 3, 1), "green", "Review of the Innovation Zone project with SAT members. (demo)"),
    (D(2009, 4, 1), "green", "The review's findings shared with the Future Schooling Core "
     "group. (demo)"),
    (D(2009, 5, 1), "green", "Partnerships for Schools drafting the case study of Knowsley's "
     "experience with the SAT. (demo)"),
    (D(2009, 6, 1), "green", "Case study of Knowsley's experience published; a further brief "
     "to the SAT on co-developing more detailed action planning in preparation. (demo)"),
]  # fmt: skip

MEETINGS = [
    (D(2008, 6, 12), "Round table on the Future Schooling in Knowsley Programme. (demo)",
     ["Partners to map their current work in Knowsley for the next meeting. (demo)"]),
    (D(2008, 12, 4), "Principals' requirements for the new Centres for Learning. (demo)",
     ["Co-develop a coherent workforce reform strategy with the Principals. (demo)",
      "Monitor activities already in place and identify joint success criteria. (demo)"]),
]  # fmt: skip

REVIEW_FINDINGS = (
    "Three major contributions that have been made by all the IZ partners through their "
    "involvement with the Knowsley journey, are: 1. the support given in communicating "
    "Knowsley's progress to enhance wider understanding and gain support for the local "
    "authority's strategy for transformation with other partners; 2. the collective role and "
    "contribution they make at the SAT meetings; 3. the direct contributions they make "
    "through their local representatives, which has brought both immediate support and a "
    "commitment to future contributions to meet the local authority's ongoing requirements, "
    "when needed."
)
# Seed 001: "In March 2009, Knowsley and members of its SAT contributed to a review of the
# Innovation Zone project, to identify its impact and lessons learned to date. These are
# captured in this case study." A review by the partnership itself, not an independent
# evaluation (the seed tells of none): a meeting of the SAT, its findings verbatim (its day
# invented).
REVIEW_MEETING = (
    D(2009, 3, 26),
    "Review of the Innovation Zone project with Knowsley, to identify its impact and lessons "
    "learned to date. " + REVIEW_FINDINGS,
    ["Capture the review's findings in a case study of Knowsley's experience. (demo)"],
)
# The review was once recorded as an independent evaluation: a demo loaded then loses it.
OLD_REVIEW_EVALUATOR = (
    "Review of the Innovation Zone project by Knowsley and members of its SAT, captured in "
    "the Partnerships for Schools case study (a review, not independent)"
)

# What the Zone gave to policy makers, in seed 001's words (its objective 3: "informing local
# and national policies and practice"): Knowsley's part in the March 2009 review of the
# Innovation Zone project (which Partnerships for Schools, the national body behind BSF,
# co-ordinates nationally), on the SAT's review day (REVIEW_MEETING); and Partnerships for
# Schools' considerations from the case study to the national organisations' wider group, on
# the day it was published. (review, given by, seed day, what was given)
KNOWSLEY_EVIDENCE = [
    ("The review of the Innovation Zone project, to identify its impact and lessons learned "
     "to date", "Knowsley", REVIEW_MEETING[0],
     "Knowsley and members of its SAT contributed to the review: the three major "
     "contributions made by all the IZ partners (communicating Knowsley's progress, their "
     "collective role at the SAT meetings, their direct contributions through their local "
     "representatives), and the local authority's clarity of vision and frameworks for "
     "leadership and pedagogy as a key strength that has driven the Zone."),
    ("The national organisations' group that meets with Partnerships for Schools to plan a "
     "continuum of support for local authorities taking part in BSF", "Partnerships for Schools",
     D(2009, 6, 1),
     "The case study's considerations for developing an Innovation Zone approach through BSF, "
     "\"intended to inform and encourage further partnerships by local authorities with "
     "national organisations in ways that can accelerate transformation of practice and "
     "outcomes through BSF\", with its Top Tips."),
]  # fmt: skip

# Four of the case study's "Top Tips", verbatim: (title, text, themes).
TOP_TIPS = [
    ("Plan together strategically",
     "LAs and national education partners have common goals so the more opportunities they "
     "find to plan together strategically the better. The SAT can provide a platform for "
     "this.", ["partnership", "planning"]),
    ("Student involvement in change",
     "Student involvement in change ought to be a prerequisite to involvement in BSF.",
     ["student voice"]),
    ("Governors need support",
     "Governors need significant support and development opportunities when implementing a "
     "radical approach to leadership with new models of schooling and learning centres.",
     ["governance", "leadership"]),
    ("Pedagogy, not buildings",
     "Everyone needs to be on message, ensuring the BSF programme focuses on pedagogy and not "
     "buildings.", ["pedagogy"]),
]  # fmt: skip

# (strand, name, unit, direction, baseline, target, measurements) for demo trials; names
# from the baseline tool's candidate indicators, values invented.
STEVENAGE_INDICATORS = [
    ("collaboration", "Learners taking a course at a partner school or college",
     "number of learners", "higher", 120, 400, [160, 210, 265]),
    ("governance", "Decisions taken by the joint governance group", "decisions a year",
     "higher", 0, 12, [3, 5, 8]),
    ("learners", "Young people not in education, employment or training after 16",
     "% of leavers", "lower", Decimal("9.5"), 6, [Decimal("9.1"), Decimal("8.7"), Decimal("8.9")]),
]  # fmt: skip
BRIDGEMARY_INDICATORS = [
    ("learners", "Attendance", "% of sessions attended", "higher", Decimal("89.0"), 93,
     [Decimal("89.6"), Decimal("90.4"), Decimal("91.1")]),
    ("learners", "Fixed-term exclusions", "exclusions per 100 pupils", "lower", 12, 6,
     [11, 10, 8]),
    ("ecm_enjoy", "Pupils who say they enjoy learning (survey)", "% of pupils surveyed",
     "higher", 54, 70, [58, 63]),
]  # fmt: skip


def other_indicators(trial):
    """Two indicators for a trial beyond Stevenage and Bridgemary, with figures of its own:
    from a generator seeded by its title (every load makes the same), so no two trials show
    the same baseline, target and measurements."""
    rng = random.Random(f"{trial.title}: indicators")
    leaders = 2 + rng.randrange(6)  # 2 to 7 leaders to begin with
    counts, count = [], leaders
    for _ in MEASURED_ON:
        count += rng.randrange(0, 3)
        counts.append(count)
    attendance = Decimal(880 + rng.randrange(50)) / 10  # 88.0% to 92.9%
    rates, rate = [], attendance
    for _ in MEASURED_ON:
        rate += Decimal(rng.randrange(-5, 10)) / 10
        rates.append(rate)
    return [
        ("leadership", "Leaders working beyond their own school", "number of leaders",
         "higher", leaders, leaders + 6 + rng.randrange(5), counts),
        ("learners", "Attendance", "% of sessions attended", "higher", attendance,
         min(attendance + 3, Decimal("96.0")), rates),
    ]  # fmt: skip


BASELINE_ON, TARGET_ON = D(2006, 9, 1), D(2008, 7, 1)
# Stevenage's invented lesson and case study (the case study's date is the demo's too).
STEVENAGE_LESSON = "A governance group can bridge the sectors (demo)"
STEVENAGE_CASE_STUDY = "Stevenage: A Learning Town (demo)"
MEASURED_ON = [D(2006, 12, 1), D(2007, 3, 1), D(2007, 5, 1)]
# When Stevenage's plan, lesson and case study were written (invented).
PLAN_ON = D(2006, 10, 2)

# Stevenage's objectives, in seed 000's words for its trial ("Their Next Practice field trial
# will create a small Governance Group designed to bridge the gap between sectors. The Group
# will be directly accountable for the configuration of provision, which will include
# town-wide curriculum planning and joint blocked timetables"), agreed with its plan; and the
# progress its leader recorded against them, from its monthly updates (invented, as they are).
STEVENAGE_OBJECTIVES = [
    "Create a small Governance Group designed to bridge the gap between sectors",
    "Make the Governance Group directly accountable for the configuration of 14-19 provision "
    "in the town",
    "Plan the curriculum town-wide, with joint blocked timetables",
]
STEVENAGE_PROGRESS = [
    # (objective number, date, status, what)
    (1, D(2006, 11, 30), "on_track", "Membership of the Governance Group agreed: a head from "
     "each sector and the 14-19 Director."),
    (1, D(2007, 4, 30), "achieved", "The Governance Group met twice this term, in shadow "
     "form, with every governing body's agreement."),
    (2, D(2006, 12, 20), "at_risk", "Each governing body stays accountable for its own "
     "curriculum, so the Governance Group cannot yet be accountable for the configuration of "
     "provision across the town."),
    (2, D(2007, 3, 19), "at_risk", "A Power to Innovate request was submitted, with the "
     "Innovation Unit's advice; the Secretary of State's decision is awaited."),
    (3, D(2007, 4, 30), "on_track", "The shadow Governance Group agreed a town-wide options "
     "booklet for Year 10."),
    (3, D(2007, 5, 31), "on_track", "A joint blocked timetable for two afternoons a week was "
     "agreed by every school and the FE college; transport between sites is being costed."),
]  # fmt: skip

# Progress against System Leadership's three agreed objectives (content.NEED's, in order),
# recorded by its officer: seed 000's words where it speaks of them (the Power to Innovate,
# "it is interesting how few proposals require this facility"; NCSL "drawing upon the work of
# the field trials"), the trials' own story otherwise.
PROJECT_PROGRESS = [
    # (objective's place in the list, date, status, what)
    (0, D(2006, 12, 15), "on_track", "The field trials began incubating, with the incubation "
     "offer. The existing arrangements for school governance are the first obstacle their "
     "plans meet."),
    (0, D(2007, 3, 19), "on_track", "Stevenage has asked for the Power to Innovate to vary "
     "the governance regulations. It is interesting how few proposals require this facility."),
    (0, D(2007, 5, 31), "on_track", "Shared leadership has held where governing bodies "
     "agreed to it formally (a federation, a joint committee, an agreed executive headship). "
     "The executive headship trial is in its final reporting, and its governing bodies have "
     "agreed to keep the executive headship."),
    (1, D(2007, 1, 25), "on_track", "The 14-19 governance community of practice met: "
     "Stevenage shared its draft terms of reference for a cross-sector Governance Group."),
    (1, D(2007, 4, 26), "on_track", "The community met again; its trials agreed to pool their "
     "evaluation questions."),
    (2, D(2007, 4, 27), "on_track", "The National College for School Leadership is drawing "
     "upon the work of the field trials to inform its leadership development programmes, "
     "and its evidence to the Independent Review of School Leadership."),
    (2, D(2007, 5, 31), "on_track", "The executive headship trial's case study is being "
     "written for NCSL's leadership development programmes for executive heads."),
]  # fmt: skip
STEVENAGE_LESSON_ON = D(2007, 3, 29)

# The Next Practice programme's own evaluation, from seed 000. Its objectives are the
# pamphlet's aims for the programme, in its words: "to develop Next Practice in some key
# areas of policy and service development" (the four projects), "the critical success factor
# will be the degree to which practical field trials result which genuinely model Next
# Practice", "outcomes can be fed into the agency's own national work programme", and "the
# degree to which the programme is successful in engaging and retaining the attention of
# policy makers, an ambitious aim". Recorded when the programme began.
NP_OBJECTIVES = [
    "Develop Next Practice in four key areas of policy and service development: System "
    "Leadership, Resourcing Personalisation, Workforce Modernisation (Communities for "
    "Learning) and Deep Engagement of Parents and Carers in Learning",
    "Practical field trials which genuinely model Next Practice, holding the promise also to "
    "deliver improvements in relevant outcomes, service responsiveness to needs of "
    "individuals and localities, and improved value for money",
    "Feed each project's outcomes into the national work programme of its partner agency, "
    "for which the subject is core business",
    "Engage and retain the attention of policy makers",
]
# Progress the programme's officer recorded against them (invented, from the projects' own
# story: the projects spaced three months apart, the trials' start, NCSL's work).
NP_PROGRESS = [
    # (objective number, date, status, what)
    (1, D(2006, 7, 12), "on_track", "System Leadership decided its field trials; Resourcing "
     "Personalisation is scanning the horizon and Workforce Modernisation has begun, each "
     "project about three months after the last."),
    (1, D(2006, 10, 16), "on_track", "Deep Engagement of Parents and Carers in Learning has "
     "begun to analyse need: all four projects are under way."),
    (1, D(2007, 5, 31), "on_track", "System Leadership has moved on to system learning, "
     "Resourcing Personalisation's field trials are incubating, Workforce Modernisation is "
     "generating options and Parents and Carers is still analysing need."),
    (2, D(2006, 9, 11), "on_track", "System Leadership's 17 field trials began incubating, "
     "with the incubation offer and a consultant each."),
    (2, D(2006, 11, 13), "on_track", "Resourcing Personalisation's 17 field trials began: 34 "
     "field trials in all, incorporating over 100 schools."),
    (2, D(2007, 5, 31), "on_track", "The executive headship trial is writing its final "
     "report; the first models of Next Practice in action are emerging."),
    (3, D(2007, 4, 27), "on_track", "NCSL is drawing upon the work of System Leadership's "
     "field trials to inform its leadership development programmes."),
    (3, D(2007, 5, 31), "at_risk", "SSAT and TDA have yet to say how Resourcing "
     "Personalisation and Communities for Learning will feed their national work "
     "programmes."),
    (4, D(2007, 3, 5), "on_track", "The pamphlet 'Next Practice' in education: a "
     "disciplined approach to innovation was published for policy makers and "
     "practitioners."),
    (4, D(2007, 5, 21), "on_track", "NCSL gave evidence, drawing on the field trials, to the "
     "Independent Review of School Leadership. The independent evaluation has not yet "
     "reported."),
]  # fmt: skip
# The success criteria the programme's partners share (invented, worded from the seed).
NP_CRITERIA = [
    ("Practical field trials result which genuinely model Next Practice",
     "Each trial's evaluation against the promise tests: better outcomes, services more "
     "responsive to needs, better value for money"),
    ("Each project's partner agency takes the models and processes it develops into its "
     "mainstream work", "Lessons and case studies taken up by NCSL, SSAT and TDA"),
    ("Policy makers find the programme's evidence of use",
     "Evidence given to national reviews and enquiries; the independent evaluation's "
     "findings"),
]  # fmt: skip
# What each partner gives the programme, in the seed's words where it has them.
NP_CONTRIBUTIONS = [
    ("Department for Education and Skills (DfES)", "Finance and support for the programme "
     "of work, from DfES Ministers, and the Power to Innovate to set aside regulations that "
     "constrain innovative experiment."),
    ("The Innovation Unit", "Stimulating, incubating and accelerating Next Practice: the "
     "incubation offer, expert consultancy in change management for each field trial, and "
     "brokering relationships and alliances."),
    ("National College for School Leadership (NCSL)", "Partner in the System Leadership "
     "project, for which school leadership is its core business."),
    ("Specialist Schools and Academies Trust (SSAT)", "Partner in the Resourcing "
     "Personalisation project."),
    ("Training and Development Agency for Schools (TDA)", "Partner in the Communities for "
     "Learning (Workforce Modernisation) project."),
]  # fmt: skip
# The programme's monthly highlight reports to its partners (invented), for the last two
# complete months of the seeds' calendar.
NP_HIGHLIGHTS = [
    (D(2007, 4, 1), "green", "System Leadership moved on to system learning, and NCSL is "
     "drawing upon its field trials. Resourcing Personalisation's 17 trials are incubating. "
     "Workforce Modernisation is generating options."),
    (D(2007, 5, 1), "amber", "NCSL gave evidence to the Independent Review of School "
     "Leadership. The executive headship trial is writing its final report. Deep Engagement "
     "of Parents and Carers in Learning is still analysing need, later than planned."),
]  # fmt: skip
# Lessons for the programme as a whole, in the seed's words where it has them: (title, text,
# themes, day recorded).
NP_LESSONS = [
    ("Space the projects to learn in real time",
     "The four projects are sequenced, each spaced roughly three months apart, in order to "
     "build real-time learning into the methodology: each project's first phase draws on "
     "what the one before it learned.", ["programme design"], D(2006, 10, 16)),
    ("Few proposals need the Power to Innovate",
     "The Innovation Unit can advise the Secretary of State to apply the Power to Innovate "
     "to lift restrictive regulations, but in practice it is interesting how few proposals "
     "require this facility.", ["power to innovate", "regulation"], D(2007, 3, 26)),
    ("Partner each project with the agency whose core business it is",
     "Having the national agency for which the subject is core business as each project's "
     "partner keeps the work informed by the most advanced current practice, and lets its "
     "outcomes feed the agency's own national work programme.",
     ["partnership", "national agencies"], D(2007, 5, 2)),
]  # fmt: skip
# Seed 000 itself, the programme's published account of its work.
NP_CASE_STUDY = (
    "'Next Practice' in education: a disciplined approach to innovation",
    "How shall we make successful innovation an ingredient of our education service? The "
    "Innovation Unit's account of the Next Practice Innovation Model, its three phases and "
    "the incubation offer, with the field trials at Stevenage and Bridgemary and the 2006-8 "
    "programme's four projects.",
    D(2007, 3, 5),
)
# The programme's independent evaluator: invented (the seed says only that "the programme is
# investing in an independent evaluation").
NP_EVALUATOR = "Calder Research Associates"
STEVENAGE_CASE_STUDY_ON = D(2007, 4, 2)


def load(ctx):
    users, orgs = ctx["users"], ctx["orgs"]
    officer = users["officer"]
    knowsley = ctx["programmes"]["knowsley"]
    load_knowsley(ctx, knowsley)
    load_next_practice(ctx, ctx["programmes"]["np"], officer)
    load_next_practice_evaluation(ctx, ctx["programmes"]["np"], officer)
    load_indicators(ctx, officer)
    load_agreed_objectives(officer)
    load_stevenage_objectives(ctx)
    load_project_progress(ctx, officer)
    settle_history(officer)
    record_added_events(officer)
    # The demo partner (NCSL) partners the Zone, so they can keep NCSL's contribution.
    ProgrammeMembership.objects.get_or_create(
        programme=knowsley, user=users["partner"], defaults={"role": Role.PARTNER}
    )
    ctx["evaluation"] = {"knowsley": knowsley, "orgs": orgs}
    return ctx


def _on(day):
    """Midday of a demo date, as the time a history row says it was written."""
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time(12)))


def _written(day, minutes=0):
    """When a record of a demo (already moved) day was written: its midday (plus `minutes`,
    to keep a list's order), no later than now."""
    return not_after_today(_on(day) + datetime.timedelta(minutes=minutes))


# The Zone was set up in September 2007 (seed 001): its objectives then.
ZONE_SET_UP = D(2007, 9, 1)
# Each partner wrote what it gives in the weeks after the round table asked partners "to map
# their current work in Knowsley for the next meeting" (MEETINGS): one a working day from
# this one, in the seed's order.
CONTRIBUTIONS_FROM = D(2008, 6, 23)
# Who leads the second authority's project group (invented; the seed names neither).
SECOND_GROUP_LEAD = ("Gareth Pryce", "Innovation Zone lead, the partner authority")


def settle_history(officer):
    """Date the history rows the demo's saves wrote (today, by nobody) when each thing
    happened in the demo's calendar, by the person the demo says did it: a measurement on
    the day it was measured, progress on the day it was recorded, an objective on the day
    its first progress was (else when it was added). Rows a person wrote since are left
    alone, so loading again changes nothing."""
    first_progress = {}
    for objective_id, day in ProgressEntry.objects.order_by("-recorded_on").values_list(
        "objective_id", "recorded_on"
    ):
        first_progress[objective_id] = day
    tables = (
        (Objective, lambda row: first_progress.get(row.id), "created_by_id"),
        (ProgressEntry, lambda row: row.recorded_on, "recorded_by_id"),
        (Measurement, lambda row: row.measured_on, "entered_by_id"),
    )
    for model, day_of, author in tables:
        rows = list(model.history.filter(history_user__isnull=True))
        # When the record says it was written (the demo dates it), not when the row was.
        written = dict(model.objects.values_list("id", "created_at"))
        for row in rows:
            day = day_of(row)
            row.history_date = _on(day) if day else written.get(row.id, row.created_at)
            row.history_user_id = getattr(row, author) or officer.pk
        model.history.model.objects.bulk_update(
            rows, ["history_date", "history_user"], batch_size=500
        )


def record_added_events(officer):
    """The "added" event of each demo indicator, measurement, lesson, case study, take-up,
    independent evaluation, evidence to policy makers, partner contribution and highlight
    report, as save_record writes it when a person adds one, dated when the demo says it
    was written and by whom (the officer where it names nobody), so that the evaluation
    pages' histories tell what happened. An evaluation is added the day it reported and
    evidence the day it was given; one with no such day (the Next Practice programme's
    evaluation, not yet reported) at the programme's start, when it was commissioned.
    Records that have one are left alone: loading again changes nothing."""
    from accounts.models import Event
    from programmes.demo import record_demo_event

    def when(day):
        return not_after_today(_on(day))

    def on_or_at_start(field):
        return lambda r: when(getattr(r, field) or r.programme.start_date)

    kinds = (
        (Indicator, lambda r: r.created_at, None),
        (Measurement, lambda r: when(r.measured_on), "entered_by"),
        (Lesson, lambda r: r.created_at, "recorded_by"),
        (CaseStudy, lambda r: r.created_at, None),
        (TakeUp, lambda r: when(r.taken_up_on), "recorded_by"),
        (IndependentEvaluation, on_or_at_start("reported_on"), None),
        (PolicyEvidence, on_or_at_start("given_on"), None),
        (PartnerContribution, lambda r: r.created_at, "entered_by"),
        (HighlightReport, lambda r: r.created_at, "author"),
    )
    for model, day_of, author in kinds:
        verb = f"evaluation.{model._meta.model_name}_added"
        done = Event.objects.filter(verb=verb).values_list("target_id", flat=True)
        related = [author] if author else []
        if model in (IndependentEvaluation, PolicyEvidence):
            related.append("programme")
        if model is Measurement:  # named with its indicator, as entering one names it
            related.append("indicator")
        for record in model.objects.exclude(pk__in=list(done)).select_related(*related):
            record_demo_event(
                actor=(getattr(record, author) if author else None) or officer,
                verb=verb,
                target=record,
                data={"level": getattr(record, "level", None)},
                at=day_of(record),
            )


def load_agreed_objectives(officer):
    """The objectives agreed in projects' Analyse need (System Leadership's three) become
    the objectives their evaluation records progress against, as agreeing one does."""
    agreed = NeedObjective.objects.filter(
        status=NeedObjective.Status.AGREED, evaluation_objective__isnull=True
    ).select_related("project")
    for need_objective in agreed:
        # When it was agreed: the need objective's own (moved) day.
        with happened_at(need_objective.created_at, (Objective, "created_at")):
            adopt_agreed_objective(need_objective=need_objective, actor=officer)


def load_stevenage_objectives(ctx):
    """Stevenage's objectives, agreed with its evaluation plan, and the progress its leader
    recorded against them."""
    stevenage, leader = ctx["trials"]["stevenage"], ctx["users"]["leader"]
    objectives = {}
    for number, text in enumerate(STEVENAGE_OBJECTIVES, start=1):
        objectives[number], _ = Objective.objects.get_or_create(
            field_trial=stevenage,
            number=number,
            defaults={
                "text": text,
                "created_by": leader,
                "created_at": _written(moved(PLAN_ON), number),
            },
        )
    _progress([(objectives[n], *rest) for n, *rest in STEVENAGE_PROGRESS], leader)


def load_project_progress(ctx, officer):
    """Progress recorded against System Leadership's agreed objectives."""
    project = ctx["projects"][content.SL]
    wordings = list(content.NEED[content.SL].objectives)
    agreed = {
        o.need_objective.text: o
        for o in Objective.objects.filter(
            project=project, need_objective__isnull=False
        ).select_related("need_objective")
    }
    objectives = [agreed.get(plain(text)) for text in wordings]
    entries = [(objectives[n], *rest) for n, *rest in PROJECT_PROGRESS if objectives[n]]
    _progress(entries, officer)


def _progress(entries, who):
    """[(objective, day, status, what)]: each recorded by `who` on its (moved) day."""
    for objective, day, status, what in entries:
        ProgressEntry.objects.get_or_create(
            objective=objective,
            recorded_on=not_after_today(moved(day)),
            defaults={
                "status": status,
                "what": what,
                "recorded_by": who,
                "created_at": _written(moved(day)),
            },
        )


def knowsley_people(ctx, knowsley):
    """The people who write the Zone's records, as the seed says who does: each organisation's
    representative on the Strategic Action Team (REPRESENTATIVES; the demo partner for NCSL),
    who enters what their organisation gives, Knowsley's (the local authority) its highlight
    reports and its project group's progress; and the second group's lead its progress. Demo
    people made by the demo's people loader, partners of the Zone. {organisation name or
    SECOND_GROUP: user}."""
    from toolkit.demo import person

    orgs, partner = ctx["orgs"], ctx["users"]["partner"]
    people = {name: partner for name, org in orgs.items() if org == partner.organisation}
    for name, text in REPRESENTATIVES.items():
        full_name, job = text.split(", ", 1)
        if orgs[name] == partner.organisation:
            people[name] = partner
            continue
        people[name] = person(full_name, f"{job[:1].upper()}{job[1:]}, {name}", orgs[name])
    full_name, job = SECOND_GROUP_LEAD
    people[SECOND_GROUP] = person(full_name, job)
    for user in people.values():
        ProgrammeMembership.objects.get_or_create(
            programme=knowsley, user=user, defaults={"role": Role.PARTNER}
        )
    return people


def load_knowsley(ctx, knowsley):
    orgs = ctx["orgs"]
    people = knowsley_people(ctx, knowsley)
    authority = people["Knowsley"]
    # Progress by each group's own people; the Zone's objectives by the local authority.
    by_group = {KNOWSLEY_GROUP: authority, SECOND_GROUP: people[SECOND_GROUP]}
    groups = {
        name: LocalityGroup.objects.get_or_create(programme=knowsley, name=name)[0]
        for name in (KNOWSLEY_GROUP, SECOND_GROUP)
    }
    objectives = {}
    for number, text in enumerate(KNOWSLEY_OBJECTIVES, start=1):
        objectives[number], _ = Objective.objects.get_or_create(
            programme=knowsley,
            number=number,
            defaults={
                "text": text,
                "created_by": authority,
                "created_at": _written(K(ZONE_SET_UP), number),
            },
        )
    for number, group, day, status, what in PROGRESS:
        ProgressEntry.objects.get_or_create(
            objective=objectives[number],
            group=groups[group],
            recorded_on=K(day),
            defaults={
                "status": status,
                "what": plain(what),
                "recorded_by": by_group[group],
                "created_at": _written(K(day)),
            },
        )
    board, _ = PartnershipBoard.objects.get_or_create(
        programme=knowsley,
        defaults={
            "name": "Strategic Action Team",
            "chair": orgs["Partnerships for Schools"],
            "purpose": SAT_PURPOSE,
        },
    )
    members = [
        *((name, "National partner") for name in NATIONAL_PARTNERS),
        *((name, "Other partner") for name in OTHER_PARTNERS),
        ("Knowsley", "Local authority"),
    ]
    partner = ctx["users"]["partner"]
    for name, role in members:
        if name == "Partnerships for Schools":
            role = "Chair; national partner"
        representative = REPRESENTATIVES.get(name, "")
        if orgs[name] == partner.organisation:
            representative = (
                f"{partner.full_name}, {partner.job_title[:1].lower()}{partner.job_title[1:]}"
            )
        member, _ = BoardMember.objects.get_or_create(
            board=board,
            organisation=orgs[name],
            defaults={"role": role, "representative": representative},
        )
        if not member.representative:  # a demo loaded before representatives were given
            BoardMember.objects.filter(pk=member.pk).update(representative=representative)
    for day, notes, decisions in [*MEETINGS, REVIEW_MEETING]:
        meeting, _ = BoardMeeting.objects.get_or_create(
            board=board, held_on=K(day), defaults={"notes": plain(notes)}
        )
        for text in decisions:
            BoardDecision.objects.get_or_create(meeting=meeting, text=plain(text))
    for text, measure in CRITERIA:
        SuccessCriterion.objects.get_or_create(
            programme=knowsley, text=plain(text), defaults={"measure": plain(measure)}
        )
    day = K(CONTRIBUTIONS_FROM)
    for name, what in KNOWSLEY_CONTRIBUTIONS:
        day = working_day(day + datetime.timedelta(days=1), earliest=day + datetime.timedelta(1))
        PartnerContribution.objects.get_or_create(
            programme=knowsley,
            organisation=orgs[name],
            defaults={
                "what": what,
                "entered_by": people[name],
                "created_at": _written(day),
            },
        )
    for month, rag, text in HIGHLIGHTS:
        HighlightReport.objects.get_or_create(
            programme=knowsley,
            month=K(month),
            defaults={
                "rag": rag,
                "text": plain(text),
                "author": authority,
                "group": groups[KNOWSLEY_GROUP],
                # Written on the last day of the month it reports on, in the afternoon (the
                # Next Practice programme's are written at midday: no two at one moment).
                "created_at": _written(K(month) + relativedelta(day=31), minutes=150),
            },
        )
    forget_old_review(knowsley)
    for review, given_by, day, what in KNOWSLEY_EVIDENCE:
        evidence, created = PolicyEvidence.objects.get_or_create(
            programme=knowsley,
            review=review,
            defaults={
                "given_by": orgs[given_by],
                "given_on": not_after_today(K(day)),
                "what": what,
            },
        )
        if created:  # added by its giver's representative, that morning (before the Top Tips)
            from programmes.demo import record_demo_event

            record_demo_event(
                actor=people[given_by],
                verb="evaluation.policyevidence_added",
                target=evidence,
                data={"level": None},
                at=_written(evidence.given_on, -30),
            )
    # The Top Tips were recorded as lessons when the case study was published (June 2009), by
    # Partnerships for Schools, whose case study it is.
    for n, (title, text, themes) in enumerate(TOP_TIPS):
        lesson, created = Lesson.objects.get_or_create(
            programme=knowsley,
            title=title,
            defaults={
                "text": text,
                "recorded_by": people["Partnerships for Schools"],
                "created_at": _written(K(D(2009, 6, 1)), n),
            },
        )
        if created:
            lesson.themes.set([Tag.objects.get_or_create(name=t)[0] for t in themes])
    study, created = CaseStudy.objects.get_or_create(
        programme=knowsley,
        title="Building an Innovation Zone with national partners through BSF: Knowsley's "
        "experience",
        defaults={
            "summary": "This case study looks at how Knowsley and seven national education "
            "organisations have been developing ways of working together to increase local "
            "capacity for transformation and system-wide reform through the BSF programme.",
            "published_on": K(D(2009, 6, 1)),
            "created_at": _written(K(D(2009, 6, 1)), -60),
        },
    )
    if created:  # Partnerships for Schools' case study, added by its representative
        from programmes.demo import record_demo_event

        record_demo_event(
            actor=people["Partnerships for Schools"],
            verb="evaluation.casestudy_added",
            target=study,
            data={"level": None},
            at=study.created_at,
        )


def forget_old_review(knowsley):
    """A demo loaded before kept the March 2009 review as an independent evaluation: it is a
    meeting of the SAT now (REVIEW_MEETING), so that record and its "added" event go."""
    from accounts.models import Event

    old = list(
        IndependentEvaluation.objects.filter(
            programme=knowsley, evaluator=OLD_REVIEW_EVALUATOR
        ).values_list("pk", flat=True)
    )
    if old:
        Event.objects.filter(
            verb="evaluation.independentevaluation_added", target_id__in=old
        ).delete()
        IndependentEvaluation.objects.filter(pk__in=old).delete()


def load_next_practice(ctx, np, officer):
    orgs, trials = ctx["orgs"], ctx["trials"]
    ncsl = orgs["National College for School Leadership (NCSL)"]
    IndependentEvaluation.objects.get_or_create(
        programme=np,
        evaluator=NP_EVALUATOR,
        defaults={
            "findings": "The programme is investing in an independent evaluation to generate "
            "forms of evidence which, hopefully, policymakers will find of use. Findings are "
            "not yet reported."
        },
    )
    PolicyEvidence.objects.get_or_create(
        programme=np,
        review="Independent Review of School Leadership (PricewaterhouseCoopers, 2007, DfES)",
        defaults={
            "given_by": ncsl,
            # After NCSL took up Stevenage's lesson for it (below).
            "given_on": moved(D(2007, 5, 21)),
            "what": "The National College for School Leadership, as partner in the System "
            "Leadership project, drew upon the work of the field trials for its evidence to "
            "national reports/enquiries on the future of school leadership.",
        },
    )
    stevenage = trials["stevenage"]
    lesson, created = Lesson.objects.get_or_create(
        field_trial=stevenage,
        title=plain(STEVENAGE_LESSON),
        defaults={
            "text": "A small Governance Group, accountable for town-wide curriculum planning "
            "and joint blocked timetables, let schools, the PRU and the FE college plan "
            "14-19 provision as one.",
            "recorded_by": officer,
            "created_at": _written(moved(STEVENAGE_LESSON_ON)),
        },
    )
    if created:
        lesson.themes.set(
            [Tag.objects.get_or_create(name=t)[0] for t in ("governance", "14-19", "partnership")]
        )
    study, _ = CaseStudy.objects.get_or_create(
        field_trial=stevenage,
        title=plain(STEVENAGE_CASE_STUDY),
        defaults={
            "summary": "A model of Next Practice in action: a whole town's 14-19 provision "
            "governed across sectors.",
            "published_on": moved(STEVENAGE_CASE_STUDY_ON),
            "created_at": _written(moved(STEVENAGE_CASE_STUDY_ON)),
        },
    )
    TakeUp.objects.get_or_create(
        case_study=study,
        organisation=ncsl,
        defaults={
            "taken_up_on": moved(D(2007, 5, 1)),
            "how": "Drawn upon to inform its leadership development programmes.",
            "recorded_by": officer,
        },
    )
    TakeUp.objects.get_or_create(
        lesson=lesson,
        organisation=ncsl,
        defaults={
            "taken_up_on": moved(D(2007, 5, 1)),
            "how": "Used in its evidence on the future of school leadership.",
            "recorded_by": officer,
        },
    )
    plan, _ = EvaluationPlan.objects.get_or_create(
        field_trial=stevenage,
        defaults={
            "co_designed_with": "The 14-19 Director and the Governance Group, with the "
            "trial's consultant.",
            "summary": "Whether governing 14-19 provision across the town widens what young "
            "people can learn and keeps more of them in learning after 16.",
            "updated_at": _written(moved(PLAN_ON)),
        },
    )
    for question, methods, who, when in [
        ("Do more learners take courses at a partner school or college? (demo)",
         "Timetable and enrolment data", "Each school's data manager: enrolments by site",
         "Each term"),
        ("Does the Governance Group take decisions the schools act on? (demo)",
         "Minutes review; interviews with heads", "The consultant: decisions and follow-up",
         f"{moved(D(2007, 7, 1)):%B %Y} and {moved(D(2008, 7, 1)):%B %Y}"),
    ]:  # fmt: skip
        EvaluationQuestion.objects.get_or_create(
            plan=plan,
            question=plain(question),
            defaults={"methods": methods, "who_collects": who, "when": when},
        )


def load_next_practice_evaluation(ctx, np, officer):
    """The Next Practice programme's own objectives and progress, success criteria, partner
    contributions, monthly highlight reports, lessons and case study (seed 000)."""
    orgs = ctx["orgs"]
    objectives = {}
    for number, text in enumerate(NP_OBJECTIVES, start=1):
        objectives[number], _ = Objective.objects.get_or_create(
            programme=np,
            number=number,
            defaults={
                "text": text,
                "created_by": officer,
                "created_at": _written(np.start_date, number),
            },
        )
    _progress([(objectives[n], *rest) for n, *rest in NP_PROGRESS], officer)
    for text, measure in NP_CRITERIA:
        SuccessCriterion.objects.get_or_create(
            programme=np, text=text, defaults={"measure": measure}
        )
    for n, (name, what) in enumerate(NP_CONTRIBUTIONS):
        PartnerContribution.objects.get_or_create(
            programme=np,
            organisation=orgs[name],
            defaults={
                "what": what,
                "entered_by": officer,
                "created_at": _written(np.start_date, 10 + n),
            },
        )
    for month, rag, text in NP_HIGHLIGHTS:
        HighlightReport.objects.get_or_create(
            programme=np,
            month=moved(month),
            defaults={
                "rag": rag,
                "text": text,
                "author": officer,
                # Written on the last day of the month it reports on.
                "created_at": _written(moved(month) + relativedelta(day=31)),
            },
        )
    for title, text, themes, day in NP_LESSONS:
        lesson, created = Lesson.objects.get_or_create(
            programme=np,
            title=title,
            defaults={"text": text, "recorded_by": officer, "created_at": _written(moved(day))},
        )
        if created:
            lesson.themes.set([Tag.objects.get_or_create(name=t)[0] for t in themes])
    title, summary, published = NP_CASE_STUDY
    CaseStudy.objects.get_or_create(
        programme=np,
        title=title,
        defaults={
            "summary": summary,
            "published_on": moved(published),
            "created_at": _written(moved(published)),
        },
    )


def _indicators(trial, specs, officer):
    for strand, name, unit, direction, baseline, target, values in specs:
        indicator, _ = Indicator.objects.get_or_create(
            field_trial=trial,
            name=name,
            defaults={
                "strand": strand,
                "unit": unit,
                "direction": direction,
                "baseline_value": Decimal(baseline),
                "baseline_date": moved(BASELINE_ON),
                "target_value": Decimal(target),
                "target_date": moved(TARGET_ON),
                "notes": "",
                "created_at": _written(moved(BASELINE_ON)),
            },
        )
        for day, value in zip(MEASURED_ON, values, strict=False):
            Measurement.objects.get_or_create(
                indicator=indicator,
                measured_on=moved(day),
                defaults={
                    "value": Decimal(value),
                    "unit": unit,
                    "note": "",
                    "entered_by": officer,
                    "created_at": _written(moved(day)),
                },
            )


def load_indicators(ctx, officer):
    trials = ctx["trials"]
    _indicators(trials["stevenage"], STEVENAGE_INDICATORS, officer)
    _indicators(trials["bridgemary"], BRIDGEMARY_INDICATORS, officer)
    for title in (content.SL, content.PERS):
        project = ctx["projects"][title]
        others = (
            FieldTrial.objects.filter(project=project)
            .exclude(pk__in=[t.pk for t in trials.values()])
            .order_by("title")[:2]
        )
        for trial in others:
            _indicators(trial, other_indicators(trial), officer)


ABOUT = [
    (
        "Evaluation",
        "Seed 001 gives the Knowsley Innovation Zone's objectives, its Strategic Action Team, "
        "its partners' contributions, its review and case study, and the evidence they gave "
        "to policy makers; seed 000 gives the Next "
        "Practice programme's aims (its objectives here), its partners and what they give, "
        "the lessons it draws on the Power to Innovate, its partner agencies and the spacing "
        "of its projects, its independent evaluation, and NCSL's evidence to the Independent "
        "Review of School Leadership. Invented: every progress entry, the Strategic Action "
        "Team's meetings and decisions and the people who represent its members, the joint "
        "success criteria of both programmes, the monthly highlight reports, every "
        "indicator's values, the days on which NCSL took up Stevenage's lesson and case study "
        "and gave its evidence, the day of Knowsley's evidence to the review, and these:",
        [
            f"{SECOND_GROUP} (the seed does not name the second authority)",
            f"{NP_EVALUATOR}, the programme's independent evaluator (the seed does not name one)",
            plain(STEVENAGE_LESSON),
            plain(STEVENAGE_CASE_STUDY),
            "Stevenage's evaluation plan and its questions, and the progress recorded against "
            "its objectives (worded from the seed's sentences about the trial) and against "
            "System Leadership's",
        ],
    ),
]
