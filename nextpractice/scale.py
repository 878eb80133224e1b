"""A national-scale data set for benchmarks: `python manage.py generate_scale --factor N`.

At factor 1 it holds what a national programme reaches (issue 8): every school in England,
10,000 field trials with their records, 5,000 toolkit exercises with a million answers...
Deterministic for a given seed, and fast: rows are made in memory and written with
`bulk_create` in large batches, with no signals, histories or events. Each area is a
function taking the shared `Scale` context; apps whose models arrive later add their own
area to AREAS.
"""

import datetime
import itertools
import random
from dataclasses import dataclass, field

from django.contrib.auth.hashers import make_password
from django.db import connection, transaction

BATCH = 5000
PASSWORD = "scale-password"

# Counts at factor 1 (issue 8).
COUNTS = {
    "organisations": 25_000,
    "local_authorities": 150,
    "programmes": 10,
    "projects": 40,
    "trials": 10_000,
    "milestones": 100_000,
    "updates": 60_000,
    "support": 50_000,
    "options": 20_000,
    "assessments": 60_000,
    "stimuli": 2_000,
    "exercises": 5_000,
    "answers": 1_000_000,
    "indicators": 50_000,
    "measurements": 500_000,
    "users": 20_000,
    "events": 500_000,
    "threads": 10_000,
    "posts": 50_000,
    "lessons": 10_000,
    "case_studies": 1_000,
    "communities": 500,
}

# Words the generated posts, lessons and community pages are written from (issue 19's
# search): common and rarer ones, so a search matches some of the data, not all or none.
KNOWLEDGE_WORDS = (
    "attendance behaviour literacy numeracy reading writing transition governance leadership "
    "coaching mentoring assessment feedback curriculum inclusion wellbeing attainment pupils "
    "parents governors teachers assistants breakfast homework tutoring phonics oracy science "
    "outdoor learning peer review moderation exclusion safeguarding funding budget partnership "
    "federation collaboration network cluster trust academy primary secondary special nursery "
    "college apprenticeship careers mathematics languages music drama sport nutrition "
    "community voice agency planning evaluation evidence data survey interviews observation "
    "workshop residential visit timetable lunchtime afterschool summer holiday intervention"
).split()


@dataclass
class Scale:
    factor: float
    seed: int
    rng: random.Random
    out: object = None
    ids: dict = field(default_factory=dict)
    made: dict = field(default_factory=dict)

    def count(self, key, minimum=1):
        return max(minimum, round(COUNTS[key] * self.factor))

    def say(self, text):
        if self.out:
            self.out(text)


def bulk(model, rows, scale=None, key=None):
    """Write rows in batches; return their primary keys (PostgreSQL and SQLite return them)."""
    made = []
    for start in range(0, len(rows), BATCH):
        made += model.objects.bulk_create(rows[start : start + BATCH], batch_size=BATCH)
    if scale is not None and key:
        scale.made[key] = scale.made.get(key, 0) + len(made)
    return [m.pk for m in made]


def stream(model, rows, scale, key):
    """Write rows from an iterable in chunks, so millions never sit in memory at once."""
    rows = iter(rows)
    while chunk := list(itertools.islice(rows, BATCH * 4)):
        bulk(model, chunk, scale, key)


def spread(total, buckets):
    """`total` split as evenly as possible over `buckets` (a list of counts)."""
    base, extra = divmod(total, buckets)
    return [base + (1 if i < extra else 0) for i in range(buckets)]


# --- Areas -----------------------------------------------------------------------------


def organisations(s):
    from accounts.models import Organisation

    las = s.count("local_authorities")
    la_rows = [
        Organisation(name=f"Local Authority {i:04d}", kind=Organisation.Kind.LOCAL_AUTHORITY)
        for i in range(las)
    ]
    s.ids["las"] = bulk(Organisation, la_rows, s, "organisations")
    agencies = ["NCSL", "SSAT", "TDA", "QCA", "Becta", "Partnerships for Schools"]
    s.ids["agencies"] = bulk(
        Organisation,
        [Organisation(name=f"{a} (scale)", kind="national_agency") for a in agencies],
        s,
        "organisations",
    )
    schools = max(1, s.count("organisations") - las - len(agencies))
    kinds = ["school"] * 17 + ["special_school", "pru", "college"]
    rows = [
        Organisation(
            name=f"School {i:06d}",
            kind=s.rng.choice(kinds),
            local_authority_id=s.ids["las"][i % las],
            urn=f"{100000 + i}",
        )
        for i in range(schools)
    ]
    s.ids["schools"] = bulk(Organisation, rows, s, "organisations")


def users(s):
    from accounts.models import User

    password = make_password(PASSWORD)
    total = s.count("users", minimum=20)
    # A small share runs the work; most are school leaders and practitioners.
    s.ids["officer_count"] = max(2, total // 200)
    s.ids["consultant_count"] = max(2, total // 50)
    s.ids["partner_count"] = max(2, total // 100)
    rows = [
        User(
            email=f"user{i:06d}@scale.example.org",
            full_name=f"Person {i:06d}",
            password=password,
            organisation_id=s.ids["schools"][i % len(s.ids["schools"])],
        )
        for i in range(total)
    ]
    pks = bulk(User, rows, s, "users")
    o, c, p = s.ids["officer_count"], s.ids["consultant_count"], s.ids["partner_count"]
    s.ids["officers"] = pks[:o]
    s.ids["consultants"] = pks[o : o + c]
    s.ids["partners"] = pks[o + c : o + c + p]
    s.ids["practitioners"] = pks[o + c + p :]


def programmes(s):
    from programmes.models import (
        Programme,
        ProgrammeMembership,
        Project,
        ProjectMembership,
        Stimulus,
    )

    start = datetime.date(2006, 1, 1)
    n = s.count("programmes")
    s.ids["programmes"] = bulk(
        Programme,
        [
            Programme(
                name=f"Scale Programme {i:03d}",
                lead_organisation_id=s.ids["agencies"][0],
                start_date=start,
            )
            for i in range(n)
        ],
        s,
        "programmes",
    )
    per_programme = spread(s.count("projects"), n)
    stages = [
        "analyse_need",
        "scan_horizon",
        "generate_options",
        "incubate",
        "system_learning",
    ]
    rows, owners = [], []
    for prog, count in zip(s.ids["programmes"], per_programme, strict=True):
        for j in range(count):
            rows.append(
                Project(
                    programme_id=prog,
                    title=f"Project {j:03d} of programme {prog}",
                    partner_agency_id=s.ids["agencies"][j % len(s.ids["agencies"])],
                    start_date=start,
                    stage=stages[3] if j % 4 else s.rng.choice(stages),
                )
            )
            owners.append(prog)
    s.ids["projects"] = bulk(Project, rows, s, "projects")
    s.ids["project_programme"] = dict(zip(s.ids["projects"], owners, strict=True))
    # Officers and consultants serve one programme each; partners partner one project.
    members = [
        ProgrammeMembership(programme_id=s.ids["programmes"][i % n], user_id=u, role=role)
        for role, key in (("officer", "officers"), ("consultant", "consultants"))
        for i, u in enumerate(s.ids[key])
    ]
    bulk(ProgrammeMembership, members, s, "memberships")
    projects = s.ids["projects"]
    bulk(
        ProjectMembership,
        [
            ProjectMembership(project_id=projects[i % len(projects)], user_id=u, role="partner")
            for i, u in enumerate(s.ids["partners"])
        ],
        s,
        "memberships",
    )
    sectors = ["retail", "banking", "it", "energy", "advertising", "healthcare"]
    s.ids["stimuli"] = bulk(
        Stimulus,
        [
            Stimulus(
                title=f"Stimulus {i:05d}",
                sector=s.rng.choice(sectors),
                country="England",
                summary="Practice from elsewhere.",
                provocation="What if schools did this?",
            )
            for i in range(s.count("stimuli"))
        ],
        s,
        "stimuli",
    )


def options(s):
    from programmes.models import Assessment, CreativeOption
    from programmes.models.options import CHARACTERISTICS, PROMISE_TESTS

    judged = [name for name, _label in CHARACTERISTICS + PROMISE_TESTS]

    projects = s.ids["projects"]
    per_project = spread(s.count("options"), len(projects))
    trials_per_project = spread(s.count("trials"), len(projects))
    rows, selected = [], []
    for project, count, trials in zip(projects, per_project, trials_per_project, strict=True):
        for j in range(count):
            chosen = j < trials
            rows.append(
                CreativeOption(
                    project_id=project,
                    title=f"Option {j:05d}",
                    description="An idea for a field trial.",
                    status="selected" if chosen else s.rng.choice(["proposed", "parked"]),
                )
            )
            selected.append(chosen)
    pks = bulk(CreativeOption, rows, s, "options")
    s.ids["selected_options"] = [
        (pk, row.project_id) for pk, row, chosen in zip(pks, rows, selected, strict=True) if chosen
    ]
    reviewers = s.ids["officers"] + s.ids["consultants"]
    per_option = max(1, min(len(reviewers), round(s.count("assessments") / max(1, len(pks)))))
    assessments = []
    for pk in pks:
        for reviewer in s.rng.sample(reviewers, per_option):
            scores = {name: s.rng.randint(0, 2) for name in judged}
            assessments.append(
                Assessment(
                    option_id=pk,
                    reviewer_id=reviewer,
                    change=s.rng.randint(0, 1),
                    distance=s.rng.randint(0, 1),
                    horizon=s.rng.choice(["1", "3", "5", "10", "15"]),
                    **scores,
                )
            )
    bulk(Assessment, assessments, s, "assessments")


def trials(s):
    from fieldtrials.models import FieldTrial, FieldTrialMembership, ResourceDomain

    statuses = ["selected"] + ["incubating"] * 6 + ["reporting", "completed", "withdrawn"]
    consultants = s.ids["consultants"]
    las, schools = s.ids["las"], s.ids["schools"]
    rows = []
    for i, (option, project) in enumerate(s.ids["selected_options"]):
        start = datetime.date(2006, 9, 1) + datetime.timedelta(days=s.rng.randint(0, 365))
        rows.append(
            FieldTrial(
                project_id=project,
                option_id=option,
                title=f"Field trial {i:06d}",
                lead_organisation_id=schools[i % len(schools)],
                local_authority_id=las[i % len(las)],
                consultant_id=consultants[i % len(consultants)],
                status=s.rng.choice(statuses),
                start_date=start,
                end_date=start + datetime.timedelta(days=540),
                latest_rag=s.rng.choice(["red", "amber", "green", "green", ""]),
            )
        )
    pks = bulk(FieldTrial, rows, s, "trials")
    s.ids["trials"] = pks
    s.ids["trial_start"] = {pk: row.start_date for pk, row in zip(pks, rows, strict=True)}
    through = FieldTrial.participating_organisations.through
    links = (
        through(fieldtrial_id=pk, organisation_id=org)
        for pk in pks
        for org in s.rng.sample(schools, min(len(schools), s.rng.randint(3, 40)))
    )
    stream(through, links, s, "participating organisations")
    domains = list(ResourceDomain.objects.values_list("pk", flat=True))
    if domains:
        dthrough = FieldTrial.resource_domains.through
        bulk(
            dthrough,
            [
                dthrough(fieldtrial_id=pk, resourcedomain_id=domains[i % len(domains)])
                for i, pk in enumerate(pks)
            ],
        )
    # Each trial has a team of about two practitioners and its consultant.
    practitioners = s.ids["practitioners"]
    members = []
    for i, pk in enumerate(pks):
        for k in range(2):
            user = practitioners[(2 * i + k) % len(practitioners)]
            members.append(
                FieldTrialMembership(field_trial_id=pk, user_id=user, role="practitioner")
            )
    s.ids["trial_team"] = {}
    for m in members:
        s.ids["trial_team"].setdefault(m.field_trial_id, []).append(m.user_id)
    # One person may be drawn twice for a trial when there are few practitioners.
    unique = {(m.field_trial_id, m.user_id): m for m in members}
    bulk(FieldTrialMembership, list(unique.values()), s, "memberships")


def trial_records(s):
    from fieldtrials.models import Milestone, MonthlyUpdate, SupportSession

    today = datetime.date.today()
    trials_ = s.ids["trials"]

    def milestones():
        per_trial = spread(s.count("milestones"), len(trials_))
        for pk, count in zip(trials_, per_trial, strict=True):
            start = s.ids["trial_start"][pk]
            for j in range(count):
                due = start + datetime.timedelta(days=30 * (j + 1))
                done = due < today and s.rng.random() < 0.8
                yield Milestone(
                    field_trial_id=pk,
                    title=f"Milestone {j}",
                    due_on=due,
                    completed_on=due if done else None,
                )

    def updates():
        per_trial = spread(s.count("updates"), len(trials_))
        for pk, count in zip(trials_, per_trial, strict=True):
            start = s.ids["trial_start"][pk].replace(day=1)
            author = s.ids["trial_team"][pk][0]
            for j in range(count):
                yield MonthlyUpdate(
                    field_trial_id=pk,
                    month=(start + datetime.timedelta(days=31 * j)).replace(day=1),
                    rag=s.rng.choice(["red", "amber", "green"]),
                    what_happened="The trial went on.",
                    status="submitted",
                    author_id=author,
                )

    stream(Milestone, milestones(), s, "milestones")
    stream(MonthlyUpdate, updates(), s, "updates")

    per_trial = spread(s.count("support"), len(trials_))
    consultants = s.ids["consultants"]
    rows = []
    for i, (pk, count) in enumerate(zip(trials_, per_trial, strict=True)):
        start = s.ids["trial_start"][pk]
        for j in range(count):
            rows.append(
                SupportSession(
                    field_trial_id=pk,
                    held_on=start + datetime.timedelta(days=20 * j),
                    given_by_id=consultants[i % len(consultants)],
                    kind="consultancy",
                    hours=s.rng.choice([1, 1.5, 2, 3]),
                )
            )
    bulk(SupportSession, rows, s, "support")


def exercises(s):
    """Exercises of the shipped tools for trial teams, with every participant's answers."""
    from toolkit.models import Answer, Exercise, Participation, Tool
    from toolkit.questions import questions_of

    tools = [
        t
        for t in Tool.objects.select_related("latest").exclude(latest=None)
        if questions_of(t.latest.definition)
    ]
    if not tools:
        s.say("No toolkit definitions are loaded: skipping exercises (run load_tools).")
        return
    trials_ = s.ids["trials"]
    count = s.count("exercises")
    answers_wanted = s.count("answers")
    rows = []
    for i in range(count):
        tool = tools[i % len(tools)]
        trial = trials_[i % len(trials_)]
        rows.append(
            Exercise(
                tool_id=tool.pk,
                tool_version_id=tool.latest_id,
                title=f"Exercise {i:05d}",
                field_trial_id=trial,
                facilitator_id=s.ids["consultants"][i % len(s.ids["consultants"])],
            )
        )
    pks = bulk(Exercise, rows, s, "exercises")
    by_tool = {t.pk: t for t in tools}
    practitioners = s.ids["practitioners"]
    # Enough people answer each exercise (its trial's team and others from the pool), each
    # answering every question, to reach the answers wanted.
    asked = sum(len(questions_of(by_tool[r.tool_id].latest.definition)) for r in rows) / count
    per_exercise = max(1, round(answers_wanted / count / asked))
    parts, plans = [], []
    for pk, row in zip(pks, rows, strict=True):
        people = {*s.ids["trial_team"][row.field_trial_id]}
        while len(people) < min(per_exercise, len(practitioners)):
            people.add(practitioners[s.rng.randrange(len(practitioners))])
        for user in sorted(people):
            parts.append(Participation(exercise_id=pk, user_id=user))
            plans.append(by_tool[row.tool_id])
    part_pks = bulk(Participation, parts, s, "participations")
    answers = (
        Answer(
            participation_id=part_pk,
            question=question.key,
            value=sample(s, tool.latest.definition, question),
        )
        for part_pk, tool in zip(part_pks, plans, strict=True)
        for question in questions_of(tool.latest.definition)
    )
    stream(Answer, itertools.islice(answers, answers_wanted), s, "answers")


def sample(s, definition, question):
    """A valid stored value for any question kind."""
    from toolkit.questions import scale_points

    spec, kind = question.spec, question.kind
    if kind == "rating":
        return s.rng.choice(scale_points(definition, spec))["value"]
    if kind == "single_choice":
        return s.rng.choice(spec["options"])["key"]
    if kind == "multiple_choice":
        keys = [o["key"] for o in spec["options"]]
        return sorted(s.rng.sample(keys, s.rng.randint(1, len(keys))), key=keys.index)
    if kind == "ranking":
        keys = [i["key"] for i in spec["items"]]
        return s.rng.sample(keys, len(keys))
    if kind == "matrix":
        points = [p["value"] for p in scale_points(definition, spec)]
        return {st["key"]: s.rng.choice(points) for st in spec["statements"]}
    return "A thought from the group."


EVENT_VERBS = [
    "fieldtrials.milestone_added",
    "fieldtrials.milestone_completed",
    "fieldtrials.support_logged",
    "fieldtrials.risk_added",
    "fieldtrials.risk_updated",
    "fieldtrials.details_updated",
]


def events(s):
    """The event log that a programme's activity and a trial's history read: about fifty
    events a trial at factor 1, over the trials already made (read back, so this area also
    fills a database generated before it existed)."""
    from django.contrib.contenttypes.models import ContentType
    from django.utils import timezone

    from accounts.models import Event
    from fieldtrials.models import FieldTrial

    trials = list(
        FieldTrial.objects.values_list(
            "pk", "title", "project_id", "project__programme_id", "consultant_id"
        )
    )
    if not trials:
        return
    trial_type = ContentType.objects.get_for_model(FieldTrial)
    now = timezone.now()
    total = s.count("events")

    def rows():
        for i in range(total):
            pk, title, project, programme, consultant = trials[i % len(trials)]
            yield Event(
                actor_id=consultant,
                verb=EVENT_VERBS[i % len(EVENT_VERBS)],
                target_type=trial_type,
                target_id=pk,
                target_name=title,
                data={"text": f"Record {i}"},
                created_at=now - datetime.timedelta(minutes=total - i),
                programme_id=programme,
                project_id=project,
                field_trial_id=pk,
            )

    stream(Event, rows(), s, "events")


def _words(s, low, high):
    return " ".join(s.rng.choice(KNOWLEDGE_WORDS) for _ in range(s.rng.randint(low, high)))


def knowledge(s):
    """Issue 19's records over the trials already made (read back, so this area also fills a
    database generated before it existed): discussion threads with their posts, lessons and
    case studies, and communities of practice with their shared pages."""
    from django.utils import timezone

    from communities.models import CommunitySpace
    from discussions.models import Post, Thread
    from evaluation.models import CaseStudy, Lesson
    from fieldtrials.models import CommunityOfPractice, FieldTrial, FieldTrialMembership

    trials = list(FieldTrial.objects.order_by("pk").values_list("pk", "consultant_id"))
    if not trials:
        return
    authors = dict(
        FieldTrialMembership.objects.filter(role="practitioner")
        .order_by("field_trial_id", "user_id")
        .values_list("field_trial_id", "user_id")
    )
    now = timezone.now()
    threads = []
    for i in range(s.count("threads")):
        trial, consultant = trials[i % len(trials)]
        at = now - datetime.timedelta(hours=s.count("threads") - i)
        threads.append(
            Thread(
                field_trial_id=trial,
                title=f"{_words(s, 2, 5).capitalize()} ({i})",
                officers_only=i % 20 == 0,
                created_by_id=authors.get(trial, consultant),
                created_at=at,
                last_posted_at=at,
            )
        )
    thread_rows = list(zip(bulk(Thread, threads, s, "threads"), threads, strict=True))

    def posts():
        for i in range(s.count("posts")):
            pk, thread = thread_rows[i % len(thread_rows)]
            yield Post(
                thread_id=pk,
                author_id=thread.created_by_id,
                body=_words(s, 15, 60),
                created_at=thread.created_at + datetime.timedelta(minutes=i // len(thread_rows)),
            )

    stream(Post, posts(), s, "posts")
    bulk(
        Lesson,
        [
            Lesson(
                field_trial_id=trials[i % len(trials)][0],
                title=f"{_words(s, 3, 7).capitalize()} ({i})",
                text=_words(s, 30, 90),
                created_at=now - datetime.timedelta(hours=i),
            )
            for i in range(s.count("lessons"))
        ],
        s,
        "lessons",
    )
    bulk(
        CaseStudy,
        [
            CaseStudy(
                field_trial_id=trials[(i * 7) % len(trials)][0],
                title=f"{_words(s, 3, 6).capitalize()} case study ({i})",
                summary=_words(s, 40, 120),
                created_at=now - datetime.timedelta(days=i),
            )
            for i in range(s.count("case_studies"))
        ],
        s,
        "case studies",
    )
    communities = s.count("communities")
    pks = bulk(
        CommunityOfPractice,
        [
            # Named after the first trial too: names are unique, and a community outlives
            # the trials it gathered.
            CommunityOfPractice(
                name=f"Community {i:04d} from trial {trials[0][0]}", purpose=_words(s, 10, 20)
            )
            for i in range(communities)
        ],
        s,
        "communities",
    )
    through = CommunityOfPractice.field_trials.through
    per = max(2, len(trials) // max(1, communities))
    bulk(
        through,
        [
            through(communityofpractice_id=pk, fieldtrial_id=trials[(i * per + k) % len(trials)][0])
            for i, pk in enumerate(pks)
            for k in range(per)
        ],
    )
    bulk(
        CommunitySpace,
        [CommunitySpace(community_id=pk, text=_words(s, 80, 200), changed_at=now) for pk in pks],
        s,
        "community pages",
    )


# The trials of their project an officer follows besides the project itself: those they
# watch most closely.
FOLLOWED_TRIALS = 25


def follows(s):
    """Who follows what (read back from what is made, so this area also fills a database
    generated before it existed): each officer a project of their programme in Incubate
    (the first officer the one bench_pages measures), up to FOLLOWED_TRIALS of its trials and
    a community gathering one of them; each trial's first school leader their trial; each
    consultant a community gathering one of their trials; each partner their project. About
    15,000 follows at factor 1."""
    from fieldtrials.models import CommunityOfPractice, FieldTrial, FieldTrialMembership
    from following.models import Follow
    from programmes.models import ProgrammeMembership, Project, ProjectMembership

    trials_of, consulted = {}, {}
    for pk, project, consultant in FieldTrial.objects.order_by("pk").values_list(
        "pk", "project_id", "consultant_id"
    ):
        trials_of.setdefault(project, []).append(pk)
        consulted.setdefault(consultant, []).append(pk)
    through = CommunityOfPractice.field_trials.through
    community_of = {}  # a trial's first community
    for trial, community in through.objects.order_by("communityofpractice_id", "pk").values_list(
        "fieldtrial_id", "communityofpractice_id"
    ):
        community_of.setdefault(trial, community)
    incubating = {}
    for pk, programme in (
        Project.objects.filter(stage="incubate").order_by("pk").values_list("pk", "programme_id")
    ):
        incubating.setdefault(programme, []).append(pk)
    rows = {}

    def add(user, field, pk):
        if pk is not None:
            rows.setdefault((user, field, pk), Follow(user_id=user, **{field: pk}))

    def community_among(trials):
        return next((community_of[t] for t in trials if t in community_of), None)

    officers_so_far = {}
    for user, programme in (
        ProgrammeMembership.objects.filter(role="officer")
        .order_by("pk")
        .values_list("user_id", "programme_id")
    ):
        projects = incubating.get(programme)
        if not projects:
            continue
        nth = officers_so_far[programme] = officers_so_far.get(programme, -1) + 1
        project = projects[nth % len(projects)]
        add(user, "project_id", project)
        trials = trials_of.get(project, [])[:FOLLOWED_TRIALS]
        for trial in trials:
            add(user, "field_trial_id", trial)
        add(user, "community_id", community_among(trials))
    led = set()
    for trial, user in (
        FieldTrialMembership.objects.filter(role="practitioner")
        .order_by("field_trial_id", "pk")
        .values_list("field_trial_id", "user_id")
    ):
        if trial not in led:
            led.add(trial)
            add(user, "field_trial_id", trial)
    for consultant, trials in consulted.items():
        if consultant is not None:
            add(consultant, "community_id", community_among(trials))
    for user, project in (
        ProjectMembership.objects.filter(role="partner")
        .order_by("pk")
        .values_list("user_id", "project_id")
    ):
        add(user, "project_id", project)
    bulk(Follow, list(rows.values()), s, "follows")


def search_documents(s):
    """Search's documents of everything made (search/indexing.py, as `reindex_search`)."""
    from search.indexing import reindex

    for kind, count in reindex().items():
        s.made[f"search: {kind}"] = count


def add_knowledge_if_missing(factor=1.0, seed=1, out=None):
    """Give a database generated before issue 19 its posts, lessons, communities and search
    documents (once)."""
    from discussions.models import Post

    if Post.objects.exists():
        return {}
    s = Scale(factor=factor, seed=seed, rng=random.Random(seed), out=out)
    for area in (knowledge, search_documents):
        with transaction.atomic():
            area(s)
        s.say(f"{area.__name__}: done")
    settle()
    return s.made


def add_update_documents_if_missing(out=None):
    """Give a database generated before search found monthly updates their documents (once):
    its submitted updates', as `reindex_search --kind monthly-updates` makes them."""
    from search import registry
    from search.indexing import reindex
    from search.models import SearchDocument

    kind = registry.kind("monthly-updates")
    if SearchDocument.objects.filter(kind=kind.kind).exists() or not kind.all_rows().exists():
        return {}
    made = reindex([kind], out=out)
    settle(SearchDocument._meta.db_table)
    return {f"search: {name}": count for name, count in made.items()}


def settle(table=""):
    """On PostgreSQL, what autovacuum would do to a live database (or `table`) before anyone
    measured it: statistics for the planner, the visibility map, without which every index
    scan also checks each row it finds (a freshly filled database measured twice as slow),
    and a bulk rewrite's old rows made free for reuse. Within a transaction (a test's), where
    VACUUM may not run, the statistics only."""
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            verb = "ANALYZE" if connection.in_atomic_block else "VACUUM ANALYZE"
            cursor.execute(f"{verb} {connection.ops.quote_name(table)}" if table else verb)


def add_events_if_missing(factor=1.0, seed=1, out=None):
    """Give a database generated before the event area its events (once)."""
    from accounts.models import Event

    if Event.objects.filter(field_trial__isnull=False).exists():
        return {}
    s = Scale(factor=factor, seed=seed, rng=random.Random(seed), out=out)
    with transaction.atomic():
        events(s)
    return s.made


def add_follows_if_missing(factor=1.0, seed=1, out=None):
    """Give a database generated before the follows area its follows (once)."""
    from following.models import Follow

    if Follow.objects.exists():
        return {}
    s = Scale(factor=factor, seed=seed, rng=random.Random(seed), out=out)
    with transaction.atomic():
        follows(s)
    settle(Follow._meta.db_table)
    return s.made


AREAS = [
    organisations,
    users,
    programmes,
    options,
    trials,
    trial_records,
    exercises,
    events,
    knowledge,
    follows,  # after the communities
    search_documents,  # last: the documents of everything above
]


def generate(factor=1.0, seed=1, out=None):
    """Fill the database; returns the counts made, by kind."""
    s = Scale(factor=factor, seed=seed, rng=random.Random(seed), out=out)
    for area in AREAS:
        with transaction.atomic():
            area(s)
        s.say(f"{area.__name__}: done")
    settle()
    return s.made
