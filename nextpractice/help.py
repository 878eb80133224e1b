"""How Next Practice works, and a glossary of the words the service uses: pages for anyone,
signed in or not, written for a head teacher meeting the method for the first time."""

from django.conf import settings
from django.shortcuts import render

from accounts.access import public
from nextpractice.mail import site_address
from programmes.models.options import CHARACTERISTICS, PROMISE_TESTS
from programmes.workflow import PHASES, STAGE_SHAPE

# The words a person meets on screens that need explaining, in the order of the glossary.
# Each has an anchor (`#term-<slug>`) that pages link to where the word appears.
GLOSSARY = [
    (
        "three-diamonds",
        "The three diamonds",
        "The shape of every Next Practice project: three phases, each drawn as a diamond "
        "because each one opens out and then refocuses. Phase 1 works at system level "
        "(analyse need, scan the horizon, generate creative options), phase 2 in schools "
        "and localities (incubate field trials), phase 3 back at system level (system "
        "learning).",
    ),
    (
        "opens-out",
        "Opens out and refocuses",
        "The Innovation Unit's own words for what happens inside each diamond: “an initial "
        "focus broadening to a wider set of generated possibilities, which subsequently "
        "become refocused”. A stage first gathers widely (problems, stimuli, ideas), then "
        "chooses what to carry forward (agreed objectives, kept stimuli, selected options).",
    ),
    (
        "stage",
        "Stage",
        "Where a project is in the three diamonds: Analyse need, Scan the horizon, Generate "
        "creative options, Incubate, System learning. A project moves forward one stage at a "
        "time, when its gate is met.",
    ),
    (
        "gate",
        "Gate",
        "What a project needs before it can leave a stage: at least one agreed objective to "
        "leave Analyse need, one kept stimulus to leave Scan the horizon, one selected option "
        "with a live field trial to leave Generate creative options, and every field trial "
        "completed or withdrawn (at least one completed) to leave Incubate. The project page "
        "says what is still missing.",
    ),
    (
        "override",
        "Override",
        "A programme officer may move a project on although its gate is not met, by giving a "
        "reason. The reason is kept in the project's history for everyone to see.",
    ),
    (
        "characteristics",
        "The seven characteristics of Next Practice",
        "What the Innovation Unit believes Next Practice needs: “significantly changed methods "
        "of service delivery, organisation or structure, which, if shown to be successful, "
        "would hold implications for the wider system”, and which are: "
        + "; ".join(f"“{label[0].lower()}{label[1:]}”" for _, label in CHARACTERISTICS)
        + ". Reviewers answer Yes, Partly or No to each when they screen a creative option, "
        "and the option's page says how many of the seven it meets.",
    ),
    (
        "nature-of-innovation",
        "Nature of the innovation: incremental or radical",
        "Where a creative option stands on David Hargreaves' two axes, which the pamphlet "
        "draws as “the nature of innovation”: minor or major change, near to or far from "
        "existing practice. Incremental innovations “comprise relatively minor changes or "
        "adaptations, well within the prevalent paradigm”; the radical “challenges the "
        "existing paradigm, and this latter typically emerges through ‘organised discovery’”. "
        "Minor change near to existing practice is incremental, major change far from it is "
        "radical, and the other two corners are in between. Each reviewer places an option "
        "when they screen it, and the project's options page draws them on a chart.",
    ),
    (
        "tests-of-promise",
        "Tests of promise",
        "What a creative option must promise before it becomes a field trial. Field trials "
        "should model Next Practice, in the Innovation Unit's words “holding the promise also "
        "to deliver”: "
        + "; ".join(f"“{label}”" for _, label in PROMISE_TESTS)
        + ". Reviewers answer Yes, Partly or No to each when they screen an option.",
    ),
    (
        "field-trial",
        "Field trial",
        "A school, a group of schools or a whole local authority trying out a selected idea "
        "in practice, with the incubation offer's support, and reporting each month on how it "
        "is going. The outcome the method looks for is “models of Next Practice in action”.",
    ),
    (
        "incubation-offer",
        "Incubation offer",
        "What a field trial is entitled to instead of money. Its ten elements, in the "
        "Innovation Unit's words: “Access to a wider ideas pool; Creative space (to incubate "
        "ideas); Safer space (to legitimate experimentation); Gateway to departmental teams; "
        "Obstacle removal (e.g. Power to Innovate); Support for the change and development "
        "process; Access to practice of interest; Co-design of evaluation; Confidence and "
        "moral support; Social capital and connection (between schools and beyond)”.",
    ),
    (
        "power-to-innovate",
        "Power to Innovate",
        "The legal power by which the Secretary of State can set aside a regulation that "
        "stands in the way of an innovative experiment. A field trial asks for it through the "
        "service; in the Innovation Unit's words, “it is interesting how few proposals require "
        "this facility”.",
    ),
    (
        "partner-agency",
        "Partner agency",
        "The national agency for which a project's subject is core business (for System "
        "Leadership, the National College for School Leadership), so that what the field "
        "trials learn feeds its national work. Partners follow the project and download its "
        "progress reports.",
    ),
    (
        "community-of-practice",
        "Community of practice",
        "Part of the incubation offer: field trials that “share their learning and "
        "development together on an ongoing basis, and come together periodically to advance "
        "it further”. Here, a community's meetings, its discussions and a shared page its "
        "members write together.",
    ),
    (
        "community-of-interest",
        "Community of interest",
        "A community of practice opened to people beyond the programme, who ask to join and "
        "are approved by its convenor; they read its shared page and discussions, and nothing "
        "else. In the pamphlet's words, communities of interest enable “those beyond the "
        "immediate active participants in the work to engage with it”.",
    ),
    (
        "rag",
        "Red, amber or green",
        "How a field trial's team rates its month in a monthly update: green, on track; amber, "
        "some problems; red, serious problems. The words always appear beside the colour.",
    ),
    (
        "toolkit",
        "Toolkit",
        "The Next Practice tools (Annex 1 of the pamphlet, and the tools of the Knowsley and "
        "local authority networking studies): structured exercises a group answers, each "
        "person on their own, whose results the group then discusses and concludes on.",
    ),
    (
        "innovation-zone",
        "Innovation Zone (IZ)",
        "Knowsley's partnership with national organisations, in the case study's words: “An "
        "'Innovation Zone' project (IZ) was set up in September 2007 by Partnerships for "
        "Schools (PfS) with two local authorities and seven national education organisations”, "
        "to align their support for change through the local authority's BSF programme.",
    ),
    (
        "bsf",
        "BSF (Building Schools for the Future)",
        "The national programme of the 2000s for rebuilding or renewing every secondary school "
        "in England, run locally by each authority. Knowsley used it to rethink teaching and "
        "learning, not only buildings: “ensuring the BSF programme focuses on pedagogy and "
        "not buildings”.",
    ),
    (
        "provocateur",
        "Provocateur",
        "Someone from another sector (health, retail, software, a time bank) brought into a "
        "creative options workshop to question how schools usually do things. The method "
        "brings practitioners together “with innovators and provocateurs from other sectors, "
        "and with users, to generate creative options for Next Practice field trials”.",
    ),
    (
        "resource-domains",
        "Resource domains",
        "The kinds of non-financial resource a Resourcing Personalisation field trial works "
        "on. The trials “focus on four resource domains: the use of time; harnessing "
        "technology for learning; co-constructing learning with students; the learning "
        "environment”, and many work on a blend of them.",
    ),
    (
        "sats",
        "SATs",
        "The national curriculum tests pupils in England take at the end of a key stage. In "
        "2006-8, when the programme ran, they came at 7, 11 and 14 (so Bridgemary's "
        "students could take them early). The tests at 14 ended in 2008, and since 2024 those "
        "at 7 are optional for schools: the tests every pupil takes now come at 11, at the end "
        "of primary school.",
    ),
    (
        "spread",
        "Spread (standard deviation)",
        "How far apart a group's answers are: 0 means everyone gave the same answer. A small "
        "spread means people answered alike (the mean says whether that is agreeing or "
        "disagreeing with a statement); a large one means views differ and are worth talking "
        "through. It is shown beside the average (the mean) of each question's answers.",
    ),
    (
        "consensus-order",
        "Consensus order",
        "In a ranking question (Delta 6), the items put in order of their average rank across "
        "the group, 1 being the most important. The spread of each item's ranks shows how close "
        "together the group's ranks of it are.",
    ),
]


@public
def how_it_works(request):
    return render(
        request,
        "help/how_it_works.html",
        {"phases": PHASES, "shapes": STAGE_SHAPE, "glossary": GLOSSARY},
    )


@public
def glossary(request):
    return render(request, "help/glossary.html", {"glossary": GLOSSARY})


@public
def privacy(request):
    """The privacy notice: who holds people's data, what and why, for how long, and how to
    ask for a copy or for it to be erased."""
    from accounts.personal_data import data_files

    from . import housekeeping

    context = {
        "controller": settings.DATA_CONTROLLER,
        # Unset (check --deploy warns): the notice sends people to the site's administrators,
        # at the address the site writes from where one can write back to it.
        "site_address": "" if settings.DATA_CONTROLLER else site_address(),
        "files": data_files(),
        # Sign-in records are deleted after this many days, by beat's daily housekeeping.
        "sign_in_days": housekeeping.login_records_kept_for().days,
    }
    return render(request, "help/privacy.html", context)
