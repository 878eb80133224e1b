"""The Phase 1 demonstration content, as data: the seeds' words and what the demo invents.

Sources: seed 000, 'Next Practice' in education (the Innovation Unit, March 2007): "THE
2006-8 PROGRAMME", "Why System Leadership?" and the sections after it, the stimuli
Bromley-by-Bow and Zopa, the Stevenage and Bridgemary paragraphs; seed 003, the blog post on
"burning platform" innovation (Corby, Bradford, Radical Efficiency).

Where the seed gives words they are quoted verbatim, cleaned of OCR breaks (joined lines,
missing spaces restored, list items capitalised to stand alone). Where the seeds are silent
the demo invents, and says so here and on the "About this demonstration" page, never on the
records themselves (the loaders write texts through nextpractice.demo_notes.plain):
- every date (the seed gives only the projects' order, "spaced roughly three months apart",
  and that System Leadership "selected its 17 field trials in the summer of 2006"); the
  loaders move them all with nextpractice.demo_calendar;
- titles of options and field trials marked "(demo)", stimuli whose summary starts "(demo)",
  the trials' schools and their names (School, SCHOOL_NAMES);
- workshops and their participants, reviewers' judgements, decision reasons marked "(demo)",
  and objectives the seed does not word; the detail of the Personalisation trials whose
  themes the seed names (SEED_THEMES);
- data sources: the seeds cite reports by title and give no links, so the demo's data sources
  have none (a data source may be a report cited by its title alone).
"""

import datetime
import functools
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from accounts.models import Organisation

DEMO = "(demo)"
# Where the demo's data sources once pointed (dead links): a demo loaded before they were
# left out is corrected when it is loaded again.
PLACEHOLDER_URL = "https://example.org/demo-placeholder/"
LONDON = ZoneInfo("Europe/London")


def at(year, month, day, hour=10):
    """An invented moment on a given day, London time."""
    return datetime.datetime(year, month, day, hour, tzinfo=LONDON)


SL = "System Leadership"
PERS = "Resourcing Personalisation"
WF = "Workforce Modernisation (Communities for Learning)"
PC = "Deep Engagement of Parents and Carers in Learning"
RE = "Radical efficiency: innovation from burning platforms"

# --- Radical Efficiency programme (seed 003). The seed dates nothing: dates invented. ----------

RE_PROGRAMME = {
    "name": "Radical Efficiency",
    "summary": "The Innovation Unit's Radical Efficiency programme: public service "
    "innovation born of a burning platform, that is radically different, much lower cost "
    "and significantly better.",
    "start_date": datetime.date(2010, 9, 6),
    "end_date": datetime.date(2011, 12, 16),
}
RE_PROJECT = {
    "title": RE,
    "policy_area": "Public service innovation in the face of budget cuts",
    "start_date": datetime.date(2010, 9, 6),
}

# --- The four resource domains of Resourcing Personalisation, verbatim. -----------------------

USE_OF_TIME = "the use of time"
TECHNOLOGY = "harnessing technology for learning"
CO_CONSTRUCTING = "co-constructing learning with students"
ENVIRONMENT = "the learning environment"
RESOURCE_DOMAINS = [USE_OF_TIME, TECHNOLOGY, CO_CONSTRUCTING, ENVIRONMENT]

# --- Need analysis -----------------------------------------------------------------------------

# "The drivers for these shifts are not difficult to discern. We need to:" (seed 000).
SL_DRIVERS = [
    "Spread high quality leadership across several schools, at a time when the highest "
    "quality is not available everywhere — especially in the most challenging circumstances",
    "Support a school or schools which are 'causing concern'",
    "Deliver the 'five outcomes' of the Every Child Matters agenda",
    "Deliver 'all-age' learning",
    "Develop 14-19 curriculum provision",
    "Develop 'whole town' services",
    "Deliver shared services more efficiently",
    "Resolve headteacher succession issues",
]

SL_PROBLEMS = [
    "Much of the development of this extended concept of leadership is being conducted in "
    "spite of, rather than facilitated by, existing structural conditions. The most notable of "
    "these is the existing arrangements for school governance, which are not well suited to "
    "the evolving practice in response to system challenges.",
    "Current developments are tentative and fragmented.",
]

WF_QUESTIONS = [
    "How are teachers empowering their learners to support the learning of others?",
    "Support staff - can the pool of people available for paid support roles be enlarged, "
    "and more skills enlisted?",
    "How can members of the local and wider community engage in a systematic, aligned and "
    "sustainable way as part of their strategies for learning?",
]

PC_DOMAINS = [
    "Peer support between parents in engagement",
    "Building on the concept of supplementary schools, and some ethnic minority leadership "
    "approaches",
    "The reconfiguration of public services in some very disadvantaged areas",
]


@dataclass(frozen=True)
class Source:
    title: str
    what_it_shows: str
    added: datetime.datetime


@dataclass(frozen=True)
class School:
    """A demo school: the `number`th of its `phase` in the local authority `la`, as the trials
    list them. Its name is invented (SCHOOL_NAMES)."""

    la: str
    phase: str
    number: int

    @property
    def name(self):
        return school_names()[self]


@dataclass(frozen=True)
class Innovator:
    organisation: str | School  # an organisation accounts.demo creates, or a demo School
    why: str


@dataclass(frozen=True)
class Need:
    narrative: str
    drivers: tuple = ()
    problems: tuple = ()
    objectives: tuple = ()
    objectives_agreed: bool = True
    sources: tuple = ()
    innovators: tuple = ()
    analysed: datetime.datetime | None = None  # when the need records were written


NEED = {
    SL: Need(
        # Paraphrases "Why System Leadership?".
        narrative="In England the context for school leadership is changing fast. One of the "
        "most striking trends is towards leadership beyond a single institution: headteachers "
        "are already leading more than one school, co-leading in partnerships and federations, "
        "leading schools in close collaboration with other agencies, or providing a range of "
        "services themselves, so that children have access to much more than education "
        "(healthcare, for example). As ICT opens up new possibilities, school leaders are "
        "guiding education beyond school walls, and the very idea of 'school' may be "
        "re-imagined.\n\nThis extended leadership is developing in spite of existing structures "
        "rather than because of them, above all the arrangements for school governance, and "
        "current developments are tentative and fragmented. A Next Practice project gives a "
        "safe experimental space in which to vary those arrangements, and a legitimated "
        "community of practice to help practitioners be more ambitious in ways that are more "
        "sustainable.",
        drivers=tuple(SL_DRIVERS),
        problems=tuple(SL_PROBLEMS),
        objectives=(
            # Worded from the seed's answer to "why are interventions ... necessary?".
            "Give field trials a 'safe experimental space' in which to vary the existing "
            "arrangements for school governance",
            "Create a legitimated innovation community of practice, emboldening practitioners "
            "and communities to re-conceive leadership beyond the single school as a powerful "
            "lever for achieving better outcomes",
            "Enable system leaders to be more ambitious, and in ways which are more sustainable",
        ),
        sources=(
            Source(
                "Independent Review of School Leadership (PricewaterhouseCoopers, 2007, DfES)",
                "The national enquiry on the future of school leadership, to which NCSL gives "
                "evidence drawn from the field trials.",
                at(2007, 1, 15),
            ),
            Source(
                "Education Epidemic (Hargreaves, D.H., 2003, DEMOS)",
                "Characterises innovation on two axes, minor/major change and near/far from "
                "existing practice: the incremental and the radical.",
                at(2006, 1, 23),
            ),
        ),
        innovators=(
            Innovator(
                "Stevenage 14-19 Partnership",
                "All the 11-19 Community Schools, along with the two Special Schools, the PRU "
                "and the FE College, have formed a 14-19 partnership to deliver 14-19 provision "
                "to the town, led by a 14-19 Director. The alliance has developed materials to "
                "support the work and an infrastructure of practices that is impressive, and "
                "plans to take this work further as 'Stevenage: A Learning Town'.",
            ),
            Innovator(
                School("Kirklees", "secondary", 1),
                "(demo) Its head already chairs a partnership of every secondary school in the "
                "authority, whose heads want to take collective responsibility for all its "
                "students.",
            ),
        ),
        analysed=at(2006, 2, 6),
    ),
    PERS: Need(
        # Paraphrases "Why Personalisation?".
        narrative="Most school leaders now appreciate the importance of personalisation, and "
        "the 2020 Review Group's report has underlined it; but many struggle with how to "
        "resource it in current conditions. The issue analysis showed that schools have access "
        "to a wide variety of non-financial resources which they could use more effectively to "
        "meet learners' needs, and that other services, public as well as commercial, have "
        "transformed their approach not necessarily by investing more but by reconfiguring "
        "their resources.\n\nThe project's field trials work on four resource domains: the use "
        "of time; harnessing technology for learning; co-constructing learning with students; "
        "and the learning environment. Its partner, the Specialist Schools and Academies Trust, "
        "is advancing the conceptualisation of personalisation through David Hargreaves' work, "
        "with cross-fertilisation with the SSAT networks.",
        drivers=(
            "Other areas of service, public as well as commercial, have transformed their "
            "approach not necessarily by investing more, but by reconfiguring their resources.",
        ),
        problems=(
            "Most school leaders now appreciate the importance of personalisation ... However, "
            "many struggle with how to resource it in the current conditions.",
            "Schools have access to a wide variety of non-financial resources which they could "
            "utilise more effectively to meet learner needs.",
        ),
        objectives=(
            "Find how schools can resource personalisation by reconfiguring their non-financial "
            "resources, not necessarily by investing more",
            *[f"Field trials in the resource domain: {d}" for d in RESOURCE_DOMAINS],
        ),
        sources=(
            Source(
                "2020 Vision: Report of the Teaching and Learning in 2020 Review Group "
                "(DfES, January 2007)",
                "Underlines the importance of personalisation.",
                at(2007, 1, 29),
            ),
            Source(
                "A New Shape for Schooling (Hargreaves, D.H., SSAT, 2006)",
                "SSAT's conceptualisation of personalisation, published as the field trials began.",
                at(2006, 4, 24),
            ),
        ),
        innovators=(
            Innovator(
                "Bridgemary College",
                "Has already developed an ability-related rather than age-determined curriculum "
                "for all learners, and students can opt to take SATs and GCSEs early. This "
                "extended school employs a police officer permanently as a member of staff, and "
                "hosts several 'academies' for the students and community: the Engineering "
                "Academy is taught by the naval engineers from a local dockyard.",
            ),
        ),
        analysed=at(2006, 4, 17),
    ),
    WF: Need(
        # Paraphrases "Why Seek Next Practice in Workforce Reform?".
        narrative="The project looks at how the wider school workforce might change to "
        "optimise outcomes in learning, and at what these changes mean for the professional "
        "skills of teachers. The years 2001-6 saw a national programme of workforce reform; "
        "with the National Remodelling Team's support most schools were implementing Phase "
        "Three of the National Workforce Agreement by the end of 2005, and some report using "
        "remodelling to deliver new and innovative approaches to teaching.\n\nBut the evidence "
        "base for their claims is in its infancy, reform remains centrally driven and has yet "
        "to engage all schools and teachers, and many schools have been hesitant to embrace "
        "the agenda. Changes here could be much more ambitious, with consequences for the role, "
        "skills and knowledge of a teacher, including the leadership of a learning community.",
        drivers=(
            'England is at "the leading edge" of workforce reform. With the support of the '
            "National Remodelling Team (NRT), the majority of schools were implementing Phase "
            "Three of the National Workforce Agreement by the end of 2005.",
        ),
        problems=(
            "The evidence base to support schools' claims is in its infancy and little is "
            "available in the public realm.",
            "Workforce reform remains a centrally-driven project that has yet to fully engage "
            "all schools and teachers.",
            'While remodelling should "release the potential for creativity and innovation '
            'which already exists in our schools", many schools have been hesitant to embrace '
            "the agenda.",
        ),
        objectives=(
            "Find how the wider school 'workforce' might change to optimise outcomes in learning",
            "Find the implications of these changes for the professional skills of teachers",
        ),
        sources=(
            Source(
                "Workforce Remodelling: International Perspectives (Hay Group, November 2005)",
                'England at "the leading edge" of workforce reform; reform still centrally '
                "driven, with low morale, a lack of engagement and a lack of ownership in some "
                "schools.",
                at(2006, 7, 17),
            ),
            Source(
                "Remodelling the School Workforce: A Report from Ofsted (Ofsted, December 2005)",
                "Begins to consider the impact of workforce reform on teaching and learning "
                "(its case studies are anonymous).",
                at(2006, 7, 17),
            ),
            Source(
                "Touching Tomorrow: Remodelling in English Schools (Collarbone, Dame P., "
                "August 2004)",
                "The NRT's case that remodelling should release the creativity and innovation "
                "already in schools.",
                at(2006, 7, 24),
            ),
        ),
        innovators=(
            Innovator(
                School("Bolton", "secondary", 1),
                "(demo) Reports using the remodelling agenda to deliver new approaches to "
                "teaching: students and support staff already lead learning sessions.",
            ),
        ),
        analysed=at(2006, 7, 17),
    ),
    PC: Need(
        # Paraphrases "Why Next Practice in Parental and Carer Engagement?".
        narrative="The project aims to build on the existing raft of work, which is extensive, "
        "to develop deep parental (or carer) engagement in young people's learning. Building on "
        "the substantial research and practice base, it will generate and support field trials "
        "co-produced by parents and professionals and built around the needs of users.\n\n"
        "Transformational change will depend on different relationships between parents and "
        "an enabling state, one where parents are actively involved and better supported by "
        "schools. Three domains are under consideration: peer support between parents in "
        "engagement; supplementary schools and some ethnic minority leadership approaches; and "
        "the reconfiguration of public services in some very disadvantaged areas.",
        problems=(
            "Generating transformational change will depend upon developing different "
            "relationships between parents and an enabling state: one where parents are "
            "actively involved and better supported by schools.",
        ),
        objectives=tuple(PC_DOMAINS),
        objectives_agreed=False,
        analysed=at(2006, 10, 16),
    ),
    RE: Need(
        # Paraphrases seed 003.
        narrative="A looming crisis can turn out to be a very good thing. Facing budget cuts, a "
        "service can dig in and retrench, or turn and face the danger: see it as an energy "
        "source and imperative for change, and design new sets of possibilities. In Corby, "
        "four children's centres facing huge budget cuts were still not reaching most of those "
        "most in need; in Bradford, secondary heads were working towards a formal coalition "
        "across all the city's schools.\n\nThe programme looks for public service innovation "
        "that is radically different, much lower cost and significantly better: radically "
        "efficient.",
        problems=(
            "In Corby there were four Children's Centres, all facing huge budget cuts. ... They "
            "were still not reaching most of those most in need. Cuts to the existing service "
            "would set Corby back years.",
            "In Bradford, leadership had been 'institutional leadership', which had often been "
            "as much competitive as collegiate.",
        ),
        objectives=(
            "Find innovations with the potential to be radically different, much lower cost and "
            "significantly better",
            "Turn the threat of cuts into an energy source and imperative for change, and "
            "design new sets of possibilities",
        ),
        innovators=(
            Innovator(
                "Corby children's centres",
                "Early years work in Corby was well developed, and professionals were confident "
                "enough to know that they had done some great work in a town desperately in "
                "need of the regenerative contribution of early years.",
            ),
            Innovator(
                "Bradford secondary heads' trust",
                "Secondary heads had been working together to create a shared vision statement "
                "and agreed values with a view to creating a formal coalition across all the "
                "schools.",
            ),
        ),
        analysed=at(2010, 9, 20),
    ),
}

# --- Stage history: (from, to, when, reason). Dates invented; order and gaps from the seed. ----

MOVES = {
    SL: [
        (
            "analyse_need",
            "scan_horizon",
            at(2006, 3, 6),
            "Objectives agreed with NCSL: leadership beyond the single school, in a safe "
            "experimental space.",
        ),
        (
            "scan_horizon",
            "generate_options",
            at(2006, 4, 24),
            "Stimuli kept: Bromley-by-Bow Healthy Living Centre and Zopa.",
        ),
        (
            "generate_options",
            "incubate",
            at(2006, 7, 17),
            # The seed: it "selected its 17 field trials in the summer of 2006".
            "17 field trials selected.",
        ),
    ],
    PERS: [
        (
            "analyse_need",
            "scan_horizon",
            at(2006, 6, 5),
            "Issue analysis done: schools' non-financial resources; four resource domains "
            "agreed with SSAT.",
        ),
        (
            "scan_horizon",
            "generate_options",
            at(2006, 7, 24),
            "Stimuli kept from banking and international education.",
        ),
        (
            "generate_options",
            "incubate",
            at(2006, 10, 16),
            "17 field trials selected across the four resource domains, about three months "
            "after System Leadership's.",
        ),
    ],
    WF: [
        (
            "analyse_need",
            "scan_horizon",
            at(2006, 9, 4),
            "Objectives agreed with the TDA.",
        ),
        (
            "scan_horizon",
            "generate_options",
            at(2006, 10, 23),
            "Key messages from the analysis of need and the scan of the horizon.",
        ),
    ],
    PC: [],
    RE: [
        (
            "analyse_need",
            "scan_horizon",
            at(2010, 10, 18),
            "Objectives agreed: radically different, much lower cost, significantly better.",
        ),
        (
            "scan_horizon",
            "generate_options",
            at(2010, 11, 29),
            "Stimulus kept: Bromley-by-Bow Healthy Living Centre.",
        ),
    ],
}

# --- Stimuli: the seed's two, and eight invented ones across the sectors the seed lists. ------

BROMLEY_BY_BOW = "Bromley-by-Bow Healthy Living Centre"
ZOPA = "Zopa (Zone of Possible Agreement)"
BROMLEY_PROVOCATION = (
    "What would an extended school with similar levels of ambition and imagination look like?"
)
ZOPA_PROVOCATION = "What ideas does this stimulate around how we organise and personalise learning?"


@dataclass(frozen=True)
class StimulusSpec:
    title: str
    sector: str
    country: str
    summary: str
    provocation: str
    tags: tuple
    added: datetime.datetime


STIMULI = [
    StimulusSpec(
        BROMLEY_BY_BOW,
        "healthcare",
        "England",
        "Bromley-by-Bow Healthy Living Centre, Tower Hamlets, London, subverts many traditional "
        "assumptions about how primary healthcare is delivered. Serving one of London's poorest "
        "districts and a community predominantly of Bangladeshi descent, the Centre adopts an "
        "holistic approach designed around the needs of its users. At the Centre patients might "
        "be prescribed medication, but they might also be offered art classes, gardening "
        "therapy or exercise in the gym. Health professionals have shopped and cooked with "
        "patients and have helped them to access training, find jobs or move house.\n\n"
        "The Bromley-by-Bow approach is fuelled by the belief that people need to be actively "
        "engaged in their own health care, rather than simply being the passive recipients of a "
        "white-coated expert's treatment. Around 100 community projects are currently based "
        "within the Centre which, along with its café and cinema, means it feels totally "
        "unlike a traditional General Practice. The Centre is always trialling creative ideas "
        "designed to attract new people to its services, such as its Blood Pressure Bazaar.",
        BROMLEY_PROVOCATION,
        ("extended schools", "user engagement", "co-production", "community"),
        at(2006, 3, 13),
    ),
    StimulusSpec(
        ZOPA,
        "banking",
        "UK",
        "Often described as the 'eBay for financial services', Zopa (Zone of Possible "
        "Agreement) is an online lending and borrowing exchange that by-passes the need for "
        "banks of the High Street variety. Through Zopa, customers choose the individuals they "
        "would like to borrow from and lend to via the internet.\n\nEnabled by new digital and "
        "internet technologies, Zopa both responds to and exploits customer disillusionment "
        "with traditional banks. Zopa's customers make choices about the nature of their "
        "financial exchanges based on all kinds of criteria, including very human sentiments "
        "and ethical concerns. Zopa strikes a particular chord with 'free formers' - "
        "self-employed or contract-based professionals whose lifestyles and careers are dynamic "
        "and highly mobile. Since its launch in 2004, Zopa has built up a base of over 50,000 "
        "registered members.",
        ZOPA_PROVOCATION,
        ("personalisation", "digital", "peer to peer"),
        at(2006, 3, 20),
    ),
    StimulusSpec(
        "A supermarket loyalty card that tailors offers to each household",
        "retail",
        "UK",
        "(demo) A supermarket chain uses what its loyalty card tells it about each household's "
        "shopping to tailor offers, and each store's stock, to the people who use it.",
        "What would a school that knew each learner's patterns this well offer them?",
        ("personalisation", "data"),
        at(2006, 6, 19),
    ),
    StimulusSpec(
        "Open-source software communities",
        "it",
        "International",
        "(demo) Volunteers and companies across the world build, test and improve software "
        "together in the open, with contributors rising to lead by the quality of their work.",
        "How might teachers and students build and improve learning resources together, in the "
        "open?",
        ("digital", "co-production"),
        at(2006, 6, 26),
    ),
    StimulusSpec(
        "A community-owned wind energy co-operative",
        "energy",
        "Denmark",
        "(demo) Local people own shares in the wind turbines that power their town, decide how "
        "the income is reinvested and buy back their own electricity.",
        "What if a community owned, and had a say in, part of its children's learning?",
        ("community", "ownership"),
        at(2006, 7, 3),
    ),
    StimulusSpec(
        "An advertising campaign carried by its customers",
        "advertising",
        "UK",
        "(demo) A brand hands its campaign to its own customers, whose stories and films, "
        "passed between friends, reach further than paid advertising.",
        "How might learners and parents carry a school's message further than the school can?",
        ("user engagement", "digital"),
        at(2006, 7, 10),
    ),
    StimulusSpec(
        "An all-age community learning centre open evenings and weekends",
        "education_international",
        "Sweden",
        "(demo) A municipality runs a learning centre open from early morning to late evening "
        "every day, where school students, adults and families learn side by side with staff "
        "on flexible hours.",
        "What would it take for learning to be available anytime, anywhere, at any age?",
        ("personalisation", "learning environment", "time"),
        at(2006, 6, 12),
    ),
    StimulusSpec(
        "Advisory schools where each student designs a learning plan",
        "education_international",
        "USA",
        "(demo) Small schools where every student works with an adviser to design a personal "
        "learning plan, spending part of each week learning in a workplace.",
        "What if every learner co-constructed their curriculum with an adviser?",
        ("personalisation", "co-production"),
        at(2006, 6, 12),
    ),
    StimulusSpec(
        "A time bank: neighbours trading hours of help",
        "community",
        "UK",
        "(demo) Members of a neighbourhood give an hour of help, from reading with a child to "
        "fixing a bicycle, and earn an hour they can spend on help from someone else.",
        "How could the wider community give time to young people's learning in a systematic, "
        "sustainable way?",
        ("community", "workforce"),
        at(2006, 9, 11),
    ),
    StimulusSpec(
        "A council one-stop shop for public services",
        "public_services",
        "England",
        "(demo) A council brings housing, benefits, health advice and job search under one "
        "roof with one front desk, designed around the questions residents bring.",
        "What would a school as a one-stop shop for its families' services look like?",
        ("extended schools", "community"),
        at(2006, 3, 27),
    ),
]

# (stimulus title, why kept, when). The reasons are invented; the seed offers both of its
# stimuli as illustrations of the shifts needed, not as any one project's choice.
KEPT = {
    SL: [
        (
            BROMLEY_BY_BOW,
            "(demo) Heads are already providing a range of services beyond education, "
            "healthcare for example: the Centre shows that ambition and imagination for "
            "leaders of extended schools.",
            at(2006, 4, 3),
        ),
        (
            ZOPA,
            "(demo) Services organised around people's own choices and networks rather than an "
            "institution: a provocation for leadership that needs no single 'school'.",
            at(2006, 4, 10),
        ),
    ],
    PERS: [
        (
            ZOPA,
            "(demo) Reconfiguring resources rather than investing more, and the customer "
            "choosing: how might we organise and personalise learning?",
            at(2006, 6, 26),
        ),
        (
            "An all-age community learning centre open evenings and weekends",
            "(demo) Learning outside traditional hours: the use of time and the learning "
            "environment as resources.",
            at(2006, 7, 3),
        ),
    ],
    WF: [
        (
            "A time bank: neighbours trading hours of help",
            "(demo) Enlarging the pool of people who support learning, systematically.",
            at(2006, 10, 2),
        ),
    ],
    RE: [
        (
            BROMLEY_BY_BOW,
            "(demo) A service designed around its users, who are asked what they might do for "
            "the service: the model for services run by parents.",
            at(2010, 11, 8),
        ),
    ],
}

# --- Workshops. All invented: the seed lists the kinds of activity, not the events. ------------


@dataclass(frozen=True)
class WorkshopSpec:
    title: str
    kind: str
    held_on: datetime.date
    purpose: str
    participants: tuple  # (name, kind, affiliation)

    @property
    def notes(self):
        return self.purpose


WORKSHOPS = {
    SL: [
        WorkshopSpec(
            "System leadership creative workshop",
            "creative",
            datetime.date(2006, 5, 16),
            "Heads already leading beyond their own school, with students, parents and a "
            "provocateur from primary healthcare, on leadership across schools and services.",
            (
                ("Helen Brooks", "practitioner", "Executive headteacher of two primary schools"),
                ("Marcus Bell", "practitioner", "14-19 director"),
                ("Jordan Hale", "user", "Year 11 student"),
                ("Farida Khan", "user", "Parent governor"),
                ("Tom Nakamura", "provocateur", "General practitioner, a healthy living centre"),
                ("Grace Owusu", "policy", "National College for School Leadership (NCSL)"),
            ),
        ),
        WorkshopSpec(
            "Futures thinking: schooling beyond school walls",
            "futures",
            datetime.date(2006, 6, 6),
            "Imagining leadership of schooling that needs no 'school', as ICT opens up new "
            "possibilities.",
            (
                ("Rachel Adeyemi", "practitioner", "Headteacher, all-age school"),
                ("Owen Price", "practitioner", "Headteacher, special school"),
                ("Leah Morgan", "user", "Sixth-form student"),
                ("Dev Malhotra", "provocateur", "Founder, an online lending exchange"),
                ("Ruth Sinclair", "thought_leader", "Researcher in educational leadership"),
            ),
        ),
    ],
    PERS: [
        WorkshopSpec(
            "Resourcing personalisation: service design clinic",
            "service_design",
            datetime.date(2006, 8, 22),
            "Redesigning the school day and its resources around learners, with a retail "
            "provocateur.",
            (
                ("Simon Clarke", "practitioner", "Deputy headteacher, curriculum"),
                ("Nadia Hussain", "practitioner", "Head of ICT"),
                ("Ellie Watson", "user", "Year 9 student"),
                ("Peter Lang", "user", "Parent"),
                ("Bea Fisher", "provocateur", "Customer insight manager, a supermarket chain"),
                ("Kwame Mensah", "policy", "Specialist Schools and Academies Trust (SSAT)"),
            ),
        ),
        WorkshopSpec(
            "Open space: reconfiguring resources for learning",
            "open_space",
            datetime.date(2006, 9, 12),
            "An open agenda on time, technology, co-construction and the learning environment.",
            (
                ("Joanne Reid", "practitioner", "Principal, an extended school"),
                ("Sam Whitaker", "user", "Year 12 student"),
                ("Ian Doyle", "provocateur", "Software developer, open-source community"),
                ("Mei Lin", "thought_leader", "Architect of learning spaces"),
            ),
        ),
    ],
    WF: [
        WorkshopSpec(
            "Communities for Learning focus group",
            "focus_group",
            datetime.date(2006, 11, 14),
            "Support staff, parents and students on who supports learning in schools now.",
            (
                ("Carol Hughes", "practitioner", "Higher level teaching assistant"),
                ("Amit Shah", "practitioner", "School business manager"),
                ("Lucy Grant", "user", "Parent volunteer"),
                ("Ben Taylor", "user", "Year 10 peer mentor"),
                (
                    "Martha Quinn",
                    "policy",
                    "Training and Development Agency for Schools (TDA)",
                ),
            ),
        ),
        WorkshopSpec(
            "Communities for Learning creative workshop",
            "creative",
            datetime.date(2007, 1, 23),
            "Generating options around the three likely questions, with a time bank "
            "co-ordinator as provocateur.",
            (
                ("Graham Cole", "practitioner", "Headteacher"),
                ("Yasmin Ali", "user", "Student learning consultant"),
                ("Derek Ward", "provocateur", "Co-ordinator, a neighbourhood time bank"),
                ("Hannah Price", "thought_leader", "Researcher in the school workforce"),
            ),
        ),
    ],
}

# --- Creative options and the field trials selected from them ----------------------------------


@dataclass(frozen=True)
class TrialSpec:
    """The field trial a selected option became. Where `existing`, fieldtrials.demo made it
    from the seed under `title`; otherwise its schools are invented demo schools in `la`."""

    title: str = ""  # defaults to the option's title
    la: str = ""
    schools: tuple = ()  # (phase, how many): phase is primary, secondary, all-age or special
    existing: bool = False


@dataclass(frozen=True)
class OptionSpec:
    title: str
    description: str
    workshop: str = ""  # a workshop title of the same project
    proposed_by: str = ""
    stimuli: tuple = ()
    status: str = "selected"
    reason: str = ""  # the decision reason; a default per project for selected options
    nature: str = ""  # radical, major_near, minor_far or incremental; default by position
    horizon: str = ""
    domains: tuple = ()  # Personalisation's resource domains
    trial: TrialSpec | None = None
    burning_platform: str = ""
    reviewers: tuple = ("officer", "consultant")


SL_W1 = "System leadership creative workshop"
SL_W2 = "Futures thinking: schooling beyond school walls"
PERS_W1 = "Resourcing personalisation: service design clinic"
PERS_W2 = "Open space: reconfiguring resources for learning"
WF_W1 = "Communities for Learning focus group"
WF_W2 = "Communities for Learning creative workshop"

STEVENAGE_TRIAL = "Stevenage: A Learning Town"
BRIDGEMARY_TRIAL = "Bridgemary College: a flexible day"


def T(la, *schools):
    return TrialSpec(la=la, schools=schools)


SL_OPTIONS = [
    OptionSpec(
        "A governance group bridging sectors for town-wide 14-19 provision (Stevenage)",
        "In Stevenage, all the 11-19 Community Schools, along with the two Special Schools, "
        "the PRU (Pupil Referral Unit) and the FE College, have formed a 14-19 partnership to "
        "deliver 14-19 provision to the town, under the aspirational umbrella of 'Stevenage: A "
        "Learning Town'. Their Next Practice field trial will create a small Governance Group "
        "designed to bridge the gap between sectors. The Group will be directly accountable for "
        "the configuration of provision, which will include town-wide curriculum planning and "
        "joint blocked timetables.",
        SL_W1,
        "Stevenage 14-19 Partnership",
        stimuli=(BROMLEY_BY_BOW,),
        nature="radical",
        trial=TrialSpec(title=STEVENAGE_TRIAL, existing=True),
    ),
    OptionSpec(
        "Federation of two primary schools under one executive head (demo)",
        "Two small primary schools federate under one executive headteacher and one "
        "governing body, with a head of school leading teaching in each.",
        SL_W1,
        trial=T("Cumbria", ("primary", 2)),
    ),
    OptionSpec(
        "Executive headship of a school causing concern (demo)",
        "The head of a successful secondary school takes on the leadership of a neighbouring "
        "school causing concern, with the two senior teams working as one.",
        SL_W1,
        trial=T("Sandwell", ("secondary", 2)),
    ),
    OptionSpec(
        "Rural primaries sharing a head of teaching and learning (demo)",
        "Four rural primary schools too small to carry a full leadership team share one head "
        "of teaching and learning and a joint improvement plan.",
        SL_W1,
        trial=T("Cornwall", ("primary", 4)),
    ),
    OptionSpec(
        "Co-headship of a partnership of three schools (demo)",
        "Two heads jointly lead a partnership of three primary schools, sharing the role "
        "rather than dividing the schools between them.",
        SL_W1,
        trial=T("Dorset", ("primary", 3)),
    ),
    OptionSpec(
        "An all-age learning community under one leadership team (demo)",
        "A secondary school and its two feeder primaries become a 3-19 learning community with "
        "one leadership team, to deliver 'all-age' learning.",
        SL_W2,
        trial=T("Essex", ("all-age", 1), ("primary", 2)),
    ),
    OptionSpec(
        "A head leading the locality's children's services team (demo)",
        "A primary head leads both the school and the multi-agency team for children's "
        "services in the locality, to deliver the five outcomes of Every Child Matters.",
        SL_W1,
        stimuli=(BROMLEY_BY_BOW,),
        trial=T("Gateshead", ("primary", 3)),
    ),
    OptionSpec(
        "A multi-agency hub led from a secondary school (demo)",
        "Health, social care and youth services are based at, and led from, a secondary school "
        "that serves its whole community, as a healthy living centre serves its patients.",
        SL_W1,
        stimuli=(BROMLEY_BY_BOW,),
        trial=T("Hammersmith and Fulham", ("secondary", 1), ("primary", 2)),
    ),
    OptionSpec(
        "A 14-19 collegiate with one sixth-form leadership (demo)",
        "Four secondary schools share one leadership team for their joint sixth form and "
        "plan 14-19 provision together.",
        SL_W2,
        trial=T("Cheshire", ("secondary", 4)),
    ),
    OptionSpec(
        "Whole-town extended services under one leadership group (demo)",
        "The town's schools form one leadership group that plans and commissions extended "
        "services for the whole town.",
        SL_W1,
        trial=T("Blackburn with Darwen", ("primary", 3), ("secondary", 2)),
    ),
    OptionSpec(
        "Shared business services for a cluster of schools (demo)",
        "Five primary schools share a business manager and their finance, personnel and "
        "premises services, to deliver shared services more efficiently.",
        SL_W1,
        trial=T("Cambridgeshire", ("primary", 5)),
    ),
    OptionSpec(
        "Growing successors by leading across schools (demo)",
        "Deputy heads in a partnership each lead a strand of work across all its schools, to "
        "resolve headteacher succession issues.",
        SL_W2,
        trial=T("Lancashire", ("secondary", 3)),
    ),
    OptionSpec(
        "One governing body for a federation, with varied governance (demo)",
        "Three primary schools replace their governing bodies with one, and use the project's "
        "safe experimental space to vary the arrangements for school governance.",
        SL_W2,
        trial=T("West Sussex", ("primary", 3)),
    ),
    OptionSpec(
        "Schooling beyond school walls: a virtual learning community (demo)",
        "Three secondary schools lead a shared online learning community for students who "
        "learn partly away from school.",
        SL_W2,
        stimuli=(ZOPA,),
        trial=T("Kingston", ("secondary", 3)),
    ),
    OptionSpec(
        "A consultant leader supporting a school in challenging circumstances (demo)",
        "An experienced head spends two days a week leading improvement in a school in "
        "challenging circumstances, spreading high quality leadership where it is not "
        "available.",
        SL_W1,
        trial=T("Bexley", ("secondary", 2)),
    ),
    OptionSpec(
        "A special school head leading inclusion across a cluster (demo)",
        "The head of a special school leads inclusion and provision for special educational "
        "needs across three mainstream primaries.",
        SL_W2,
        trial=T("Wandsworth", ("special", 1), ("primary", 3)),
    ),
    OptionSpec(
        "Every secondary school in an authority taking collective responsibility (demo)",
        # The seed: "some field trials incorporate all the secondary schools in a Local
        # Authority".
        "All the secondary schools in the local authority form one partnership whose heads "
        "take collective responsibility for every student in the authority.",
        SL_W2,
        trial=T("Kirklees", ("secondary", 12)),
    ),
    # Not selected.
    OptionSpec(
        "Merging infant and junior schools into one primary (demo)",
        "An infant and a junior school merge into one primary school under one head.",
        SL_W1,
        status="declined",
        reason="(demo) Well within current practice and already sanctioned: an incremental "
        "change, not Next Practice.",
        nature="incremental",
        horizon="1",
    ),
    OptionSpec(
        "A campaign to recruit heads to hard-to-fill posts (demo)",
        "A recruitment campaign for headships that attract few applicants.",
        SL_W1,
        status="declined",
        reason="(demo) Addresses succession but not leadership beyond the single school; near "
        "to existing practice.",
        nature="incremental",
        horizon="1",
    ),
    OptionSpec(
        "A shared clerk to governors for a cluster (demo)",
        "One clerk serves the governing bodies of six schools.",
        SL_W1,
        status="declined",
        reason="(demo) A minor efficiency: worth doing, but not an innovation the project "
        "needs to incubate.",
        nature="incremental",
        horizon="1",
    ),
    OptionSpec(
        "Schools led by a community interest company (demo)",
        "A community interest company, owned by the schools' community, employs the heads "
        "and leads a group of schools.",
        SL_W2,
        status="parked",
        reason="(demo) Promising but realisable only in a 10 or 15 year timeframe; revisit "
        "when governance trials report.",
        nature="radical",
        horizon="15",
    ),
    OptionSpec(
        "A town's schools and GP practices under one leadership (demo)",
        "The schools and GP practices of a small town share a single leadership and governance.",
        SL_W1,
        stimuli=(BROMLEY_BY_BOW,),
        status="parked",
        reason="(demo) Needs a health partner ready to commit; parked until one is found.",
        nature="radical",
        horizon="10",
    ),
]

# Personalisation. The seed names Bridgemary's trial and five others' themes ("flexible
# timetables, two-shift days, digital toolboxes, personalised transition programmes, and
# 'anytime anywhere' learning"); where these trials are and how they work is invented, and
# the other options are invented outright.
# Options whose theme the seed names (the detail is invented), for the About page.
SEED_THEMES = [
    "Flexible timetables",
    "Two-shift days",
    "Digital toolboxes",
    "Personalised transition programmes",
    "'Anytime anywhere' learning",
]

PERS_OPTIONS = [
    OptionSpec(
        "A flexible day on an ability-related curriculum (Bridgemary College)",
        "Bridgemary College in Hampshire has already developed an ability-related rather than "
        "age-determined curriculum for all learners. The field trial will build on the "
        "established ability-driven curriculum to personalise when the learning takes place. "
        "They will focus on how they might start offering a combination of teaching times and "
        "slots for students who will be able to create a flexible day. In order that the "
        "offering can be made to all students, the college is committed to a complete "
        "reconstruction of the timetable, and redefinition of the professional roles of staff.",
        PERS_W1,
        "Bridgemary College",
        stimuli=(ZOPA,),
        nature="radical",
        domains=(USE_OF_TIME, CO_CONSTRUCTING, ENVIRONMENT),
        trial=TrialSpec(title=BRIDGEMARY_TRIAL, existing=True),
    ),
    OptionSpec(
        "Flexible timetables",
        "Students and staff build the week's timetable around learners' needs rather than "
        "fixed periods.",
        PERS_W1,
        domains=(USE_OF_TIME,),
        trial=TrialSpec(
            title="Flexible timetables in three Bolton secondary schools (demo)",
            la="Bolton",
            schools=(("secondary", 3),),
        ),
    ),
    OptionSpec(
        "Two-shift days",
        "The school runs an early and a late shift, so that students can choose when they "
        "learn and buildings are used for longer.",
        PERS_W1,
        domains=(USE_OF_TIME, ENVIRONMENT),
        trial=TrialSpec(
            title="Two-shift days in two Sandwell secondary schools (demo)",
            la="Sandwell",
            schools=(("secondary", 2),),
        ),
    ),
    OptionSpec(
        "Digital toolboxes",
        "Every learner has a digital toolbox of resources and applications they choose and "
        "carry between school and home.",
        PERS_W2,
        stimuli=("Open-source software communities",),
        domains=(TECHNOLOGY,),
        trial=TrialSpec(
            title="Digital toolboxes in three Essex secondary schools (demo)",
            la="Essex",
            schools=(("secondary", 3),),
        ),
    ),
    OptionSpec(
        "Personalised transition programmes",
        "Each pupil moving from primary to secondary school has a transition programme "
        "designed with them, their family and both schools.",
        PERS_W1,
        domains=(CO_CONSTRUCTING, USE_OF_TIME),
        trial=TrialSpec(
            title="Personalised transition from primary to secondary in Cumbria (demo)",
            la="Cumbria",
            schools=(("primary", 3), ("secondary", 1)),
        ),
    ),
    OptionSpec(
        "'Anytime anywhere' learning",
        "Learning continues online and in community venues outside school hours, so that "
        "students can learn when and where suits them.",
        PERS_W2,
        stimuli=(ZOPA, "An all-age community learning centre open evenings and weekends"),
        domains=(TECHNOLOGY, USE_OF_TIME, ENVIRONMENT),
        trial=TrialSpec(
            title="'Anytime anywhere' learning in two Hertfordshire schools (demo)",
            la="Hertfordshire",
            schools=(("secondary", 2),),
        ),
    ),
    OptionSpec(
        "Students as co-designers of the curriculum (demo)",
        "Students design units of the curriculum with their teachers and review them together.",
        PERS_W2,
        stimuli=("Advisory schools where each student designs a learning plan",),
        domains=(CO_CONSTRUCTING,),
        trial=T("Lancashire", ("secondary", 2)),
    ),
    OptionSpec(
        "Student learning consultants (demo)",
        "Trained students observe lessons and advise teachers on how learning could be "
        "personalised.",
        PERS_W2,
        domains=(CO_CONSTRUCTING,),
        trial=T("Dorset", ("secondary", 2)),
    ),
    OptionSpec(
        "Stage not age: learners setting their own pace (demo)",
        "Learners move on when they are ready rather than by year group, across a secondary "
        "school and its feeder primary.",
        PERS_W1,
        domains=(USE_OF_TIME,),
        trial=T("Gateshead", ("secondary", 2), ("primary", 1)),
    ),
    OptionSpec(
        "A learning street redesigning a school around learning zones (demo)",
        "Corridors and classrooms are remodelled into zones for different kinds of learning "
        "that students choose between.",
        PERS_W2,
        domains=(ENVIRONMENT,),
        trial=T("Cambridgeshire", ("secondary", 1)),
    ),
    OptionSpec(
        "Outdoor and community spaces as classrooms (demo)",
        "Three primary schools use woods, beaches, libraries and workplaces as regular places "
        "of learning.",
        PERS_W2,
        domains=(ENVIRONMENT,),
        trial=T("Cornwall", ("primary", 3)),
    ),
    OptionSpec(
        "Learning in the workplace one day a week (demo)",
        "Students spend one day a week learning in local businesses, with the learning planned "
        "with the employer.",
        PERS_W1,
        stimuli=("Advisory schools where each student designs a learning plan",),
        domains=(ENVIRONMENT, USE_OF_TIME),
        trial=T("Cheshire", ("secondary", 2)),
    ),
    OptionSpec(
        "A laptop and learning platform for every learner at home and school (demo)",
        "Every learner has a laptop and access to the school's online learning platform at "
        "home as well as at school.",
        PERS_W2,
        domains=(TECHNOLOGY,),
        trial=T("Wandsworth", ("secondary", 3)),
    ),
    OptionSpec(
        "Students' own mobile devices as learning tools (demo)",
        "Students use their own phones and devices in lessons, under rules they help to write.",
        PERS_W2,
        domains=(TECHNOLOGY, CO_CONSTRUCTING),
        trial=T("Kingston", ("secondary", 2)),
    ),
    OptionSpec(
        "Student-led learning reviews in place of parents' evenings (demo)",
        "Students lead reviews of their own learning with their parents and tutor.",
        PERS_W1,
        domains=(CO_CONSTRUCTING,),
        trial=T("West Sussex", ("primary", 2), ("secondary", 1)),
    ),
    OptionSpec(
        "A year-round calendar with shorter terms (demo)",
        "Three primary schools trial six shorter terms and flexible holidays chosen by families.",
        PERS_W1,
        stimuli=("A supermarket loyalty card that tailors offers to each household",),
        domains=(USE_OF_TIME,),
        trial=T("Hampshire", ("primary", 3)),
    ),
    OptionSpec(
        "Schools within a school: small learning communities (demo)",
        "A large secondary school reorganises into four small learning communities, each "
        "with its own base and team.",
        PERS_W2,
        domains=(ENVIRONMENT, CO_CONSTRUCTING),
        trial=T("Bexley", ("secondary", 1)),
    ),
    # Not selected.
    OptionSpec(
        "An extended day paid as overtime (demo)",
        "Teachers are paid overtime to run extra sessions after school for every year group.",
        PERS_W1,
        status="declined",
        reason="(demo) Resources personalisation by investing more rather than by "
        "reconfiguring resources, which is what the project looks for.",
        nature="incremental",
        horizon="1",
    ),
    OptionSpec(
        "A virtual school with no building (demo)",
        "A school that exists only online, with learners meeting in community venues.",
        PERS_W2,
        stimuli=(ZOPA,),
        status="parked",
        reason="(demo) Realisable only in a 10 or 15 year timeframe; revisit after the "
        "'anytime anywhere' trial reports.",
        nature="radical",
        horizon="15",
    ),
    OptionSpec(
        "Buying a commercial learning management system (demo)",
        "The school buys and installs a commercial learning management system.",
        PERS_W2,
        status="declined",
        reason="(demo) A purchase, not a change in how resources are configured: near to "
        "existing practice.",
        nature="incremental",
        horizon="1",
    ),
]

# Workforce: the seed's three likely questions, being assessed ("At the time of writing,
# field trials had not yet been selected for this project").
WF_PROPOSER = "Analysis of need and scan of the horizon"
WF_OPTIONS = [
    OptionSpec(
        WF_QUESTIONS[0],
        "Field trials centred on teachers empowering their learners to support the learning "
        "of others. The question has consequences for the role, skills and knowledge of a "
        "teacher, including the leadership of a learning community.",
        WF_W1,
        WF_PROPOSER,
        status="shortlisted",
        reason="(demo) Both reviewers see it as far from existing practice and user focused.",
        nature="radical",
        horizon="3",
    ),
    OptionSpec(
        WF_QUESTIONS[1],
        "Field trials centred on support staff: enlarging the pool of people available for "
        "paid support roles, and enlisting more skills.",
        WF_W1,
        WF_PROPOSER,
        status="proposed",
        nature="major_near",
        horizon="3",
    ),
    OptionSpec(
        WF_QUESTIONS[2],
        "Field trials centred on members of the local and wider community engaging in a "
        "systematic, aligned and sustainable way as part of their strategies for learning.",
        WF_W2,
        WF_PROPOSER,
        stimuli=("A time bank: neighbours trading hours of help",),
        status="proposed",
        nature="radical",
        horizon="5",
        reviewers=("officer",),
    ),
]

# Radical Efficiency (seed 003): proposals born of a burning platform, not trials.
CUTS = "the threat of cuts and the disruptive instability that national policies were "
CUTS += "creating in the Local Authorities"
RE_OPTIONS = [
    OptionSpec(
        "A fifth, virtual children's centre owned and run by parents (Corby)",
        "Their proposal (an outcome of the Innovation Unit's Radical Efficiency programme) was "
        "to create a fifth 'virtual Children's Centre', owned and run by parents. This would be "
        "town-wide, so spanning the four existing centres, embracing them, incorporating them. "
        "It would have no formal home, but would use community-based facilities (municipal, "
        "private and domestic) and would use trained parent (and grandparent) volunteers as a "
        "field force to mobilise involvement and to design provision.\n\nThe idea was that "
        "power to commission and decommission services could be placed in the hands of parents "
        "by devolving some of the combined early years budget to this parent-led cooperative or "
        "mutual (the virtual 'fifth' children's centre) to support and empower both the "
        "parent-led service model and its commissioning from existing centres.",
        proposed_by="Early years providers in Corby",
        stimuli=(BROMLEY_BY_BOW,),
        status="proposed",
        nature="radical",
        horizon="3",
        burning_platform="Corby's four Children's Centres, all facing huge budget cuts: cuts to "
        "the existing service would set Corby back years.",
        reviewers=("officer", "consultant"),
    ),
    OptionSpec(
        "A trust of Bradford's secondary schools taking collective responsibility for all students",
        "In Bradford, secondary heads had been working together to create a shared vision "
        "statement and agreed values with a view to creating a formal coalition across all the "
        "schools: a Trust or a Collegiate or Co-operative Academy, which could agree aspects of "
        "policy and strategy; deploy expertise across the schools; differentiate resources and "
        "personnel to places of most need; and enable practice to transfer more readily between "
        "schools.\n\nHeads would commit together to taking collective responsibility for the "
        "success of all students, and they would provide educational leadership across the "
        "city. What was different was its formalization at such a scale: leaders move on; "
        "governance endures. And a Trust provides a single voice to engage with external "
        "partners.",
        proposed_by="Bradford's secondary headteachers",
        status="shortlisted",
        reason="(demo) Governance that endures beyond its leaders, at the scale of a city: "
        "shortlisted to design with the heads.",
        nature="radical",
        horizon="3",
        burning_platform="The threat of cuts and the disruptive instability that national "
        "policies were creating in the Local Authorities.",
        reviewers=("officer", "consultant"),
    ),
]
# Seed 003 on both: "Both had the potential to be radically different, much lower cost and
# significantly better."
RE_VERDICT = "Both had the potential to be radically different, much lower cost and "
RE_VERDICT += "significantly better."

OPTIONS = {SL: SL_OPTIONS, PERS: PERS_OPTIONS, WF: WF_OPTIONS, RE: RE_OPTIONS}

# When options were decided (invented), and the default reason for a selection.
DECIDED = {
    SL: at(2006, 7, 10),
    PERS: at(2006, 10, 9),
    WF: at(2007, 2, 12),
    RE: at(2011, 1, 24),
}
SELECTED_REASON = {
    SL: "(demo) Screened against the Next Practice criteria; one of the 17 System Leadership "
    "field trials.",
    PERS: "(demo) Screened against the Next Practice criteria; an ambitious departure from, "
    "or disruption of, current practice in teaching and learning.",
}
TRIAL_DATES = {
    SL: (datetime.date(2006, 9, 1), datetime.date(2008, 7, 31)),
    PERS: (datetime.date(2006, 11, 1), datetime.date(2008, 7, 31)),
}

# --- Demo schools for the trials. The seed says the 34 trials incorporate "over 100 schools"
# without naming them (beyond Stevenage's and Bridgemary): each trial's schools are known to
# the data as School(local authority, phase, number), numbered per authority and phase in the
# order the options are listed, and given an invented name of their phase in that order
# (SCHOOL_NAMES). The authorities are seed 002's and the trials' areas.

SCHOOL_KIND = {
    "primary": Organisation.Kind.SCHOOL,
    "secondary": Organisation.Kind.SCHOOL,
    "all-age": Organisation.Kind.SCHOOL,
    "special": Organisation.Kind.SPECIAL_SCHOOL,
}

# Invented names, read as English schools' names are (a place, a saint, a church), none of
# them a well-known school's; each phase's are given out in turn. The "About this
# demonstration" page says the schools are invented.
SCHOOL_NAMES = {
    "primary": [
        "St Anne's CE Primary School", "Meadowbank Primary School", "Foxhill Primary School",
        "Hazelmere Primary Academy", "Church Lane Primary School",
        "Oakbank Community Primary School", "Holy Trinity CE Primary School",
        "Willowbrook Primary School", "Brambleside Primary School",
        "St Joseph's Catholic Primary School", "Larchwood Primary School",
        "Greenacre Primary School", "Kingsmead Infant and Junior School",
        "Heronfield Primary School", "Elm Tree Primary Academy", "Pennyfields Primary School",
        "St Michael's CE Primary School", "Cobblestone Primary School", "Rowanbank Primary School",
        "Coppice Wood Primary School", "Millfield Primary Academy", "Thornleigh Primary School",
        "Christ Church CE Primary School", "Westcroft Primary School", "Beechgrove Primary School",
        "Harebell Primary School", "Our Lady's Catholic Primary School",
        "Stonecross Primary School", "Kestrel Green Primary School", "Alderley Vale Primary School",
        "Windmill Hill Primary School", "St Mary Magdalene CE Primary School",
        "Birchwood Lane Primary School", "Cherry Orchard Primary Academy",
        "Fieldgate Primary School", "Poplar Row Primary School", "Hollybush Primary School",
        "Wrenbury Primary School", "St Peter's CE Primary Academy", "Brookmead Primary School",
        "Linnet Way Primary School", "Gorsefield Primary School", "Clover Hill Primary School",
        "Ashgrove Primary School",
    ],
    "secondary": [
        "Castle Hill Academy", "Northfield Community School", "Brookside High School",
        "Hawthorn Park Academy", "St Aidan's Catholic High School", "Millbrook School",
        "Kestrel Heath Academy", "Fernhill High School", "Orchard Vale Community College",
        "Westmead School", "Ashcombe Park Academy", "Greystone High School", "Longmoor School",
        "Cedar Bank Academy", "Holme Lea High School", "St Oswin's CE Academy",
        "Beacon Rise School", "Elmfield Academy", "Sandford Park School",
        "Thornbury Vale High School", "Riverside Community College", "Copse Hill Academy",
        "Larchwood High School", "Wrenfield School", "Heron Brook Academy",
        "Bishop Kenrick CE School", "Moorside High School", "Kingsley Park Academy",
        "Chalk Hill School", "Redbrook Community College", "Oakleigh High School",
        "Whitecross Academy", "Hillcrest School and Sixth Form", "Stanmoor High School",
        "Pinewood Academy", "St Bede's Catholic Academy", "Fairhaven High School",
        "Linden Vale School", "Quarrymoor Academy", "Hartfield Community School",
        "Marlowe Park High School", "Greenway Academy", "Foxdale School",
        "Wellbrook High School", "Ravenswood Academy", "Bellfield Community College",
        "Tanners Lane School", "Highcliffe Vale Academy", "Coldwater High School",
        "Sheldon Park School", "Ivydene Park Academy", "St Hilda's CE High School",
        "Tanyard Road School", "Westerleigh Academy", "Burnside High School",
        "Blackthorn Academy", "Newlands Park School", "Amberley Hill Academy",
    ],
    "all-age": ["Foxmoor All-Through Academy", "Ashbrook All-Through School"],
    "special": ["Brookside Special School", "Willow Bank School", "Cherry Tree Special School"],
}  # fmt: skip


def _trial_school_keys():
    """{(project title, option title): [School]}, numbered per authority and phase in the
    order the options are listed, so each is one school."""
    counters, allocated = {}, {}
    for project_title, specs in OPTIONS.items():
        for spec in specs:
            trial = spec.trial
            if trial is None or trial.existing:
                continue
            keys = []
            for phase, count in trial.schools:
                first = counters.get((trial.la, phase), 0) + 1
                counters[(trial.la, phase)] = first + count - 1
                keys += [School(trial.la, phase, n) for n in range(first, first + count)]
            allocated[(project_title, spec.title)] = keys
    return allocated


@functools.cache
def school_names():
    """{School: its name}: each phase's names given in turn, in the order the options list
    their schools, so the same school has the same name on every load."""
    given = {phase: iter(names) for phase, names in SCHOOL_NAMES.items()}
    return {
        school: next(given[school.phase])
        for schools in _trial_school_keys().values()
        for school in schools
    }


def trial_schools():
    """{(project title, option title): [(school name, kind, local authority)]}."""
    return {
        key: [(school.name, SCHOOL_KIND[school.phase], school.la) for school in schools]
        for key, schools in _trial_school_keys().items()
    }


def school_lookup():
    """{demo school name: (kind, local authority name)}."""
    return {name: (kind, la) for names in trial_schools().values() for name, kind, la in names}
