"""Phase 2 demonstration data: the 34 field trials of System Leadership and Resourcing
Personalisation given what a live programme keeps around them.

What comes from the seeds: the four resource domains (verbatim, seed 000), the Change
Leadership Model and expert consultancy "drawn from the field of change management rather
than content-specific", the ten elements of the incubation offer, communities of practice,
brokered relationships "with a potential IT investor; with a research body holding specific
expertise; with a policy team from the DfES or other government department; or a local
health service", the Power to Innovate ("it is interesting how few proposals require this
facility"), Stevenage's Governance Group "directly accountable for the configuration of
provision, which will include town-wide curriculum planning and joint blocked timetables",
and Knowsley's monthly highlight reports (seed 001).

Everything else is INVENTED for the demo, and said so once, on the "About this
demonstration" page (ABOUT below), never on the records: each trial's locality, its
consultant (the three consultants are invented people with demo accounts),
milestones, offer uses, support sessions, risks, brokered relationships, every monthly update
and its RAG status (the seeds name no scale), the two communities of practice and their
meetings, and the one Power to Innovate request. The seed does not say that Stevenage asked
for the Power to Innovate, or which regulation constrained it: the request is the demo's
example of the exception path.

Dates are the seeds' calendar moved to today (nextpractice.demo_calendar): the reports run to
the seeds' May 2007, the demo's last complete month, and nobody has started this month's yet.
What people did falls on working days, and what they did with schools (sessions, milestones)
on school days (demo_calendar.working_day), at times of day spread from trial to trial.
Each running trial has two or three milestones still to come, dated from the day the demo is
loaded (some due this week); its risks, milestones ahead and recent support follow its kind
of innovation (fieldtrials.demo_kinds). What has happened is never later than today; each
record's history row is dated when it happened and names who did it (settle_history), not
"today, by nobody".

Loading twice changes nothing: rows are found by their natural keys or, where their words
are their key, in their place (keep: a trial's step, day or position, at the moment the demo
made them), and only saved when a value differs, so no history rows pile up. Loading over an
older demo gives its records the words they have now, and leaves alone what people added.
Choices that look random are seeded by the trial's title, so every load makes the same data.
"""

import datetime
import random
from decimal import Decimal

from django.contrib.contenttypes.models import ContentType
from django.db.models import F, Q
from django.utils import timezone

from accounts import demo as accounts_demo
from accounts.demo import create_demo_user
from accounts.models import Event, Notification, Organisation, Role, User
from accounts.scopes import scope_of
from accounts.services import event_for
from nextpractice.demo_calendar import (
    is_school_day,
    is_working_day,
    moved,
    not_after_today,
    time_of_day,
    working_day,
)
from nextpractice.demo_notes import plain
from programmes import demo as programmes_demo
from programmes import demo_content as content

from . import demo_kinds
from .demo_completed import COMPLETED_AT, COMPLETED_TRIAL
from .models import (
    BrokeredRelationship,
    CommunityMeeting,
    CommunityOfPractice,
    FieldTrial,
    FieldTrialMembership,
    Milestone,
    MonthlyUpdate,
    OfferElement,
    OfferUse,
    PowerToInnovateRequest,
    ResourceDomain,
    Risk,
    SupportSession,
)
from .services.records import PTI_KIND
from .services.updates import CONVENOR_CHANGED, convenor_change_data, mark_update_read

# The month the demo's reporting has reached (in the seeds' calendar): updates run from each
# trial's start to here, the demo's last complete month. Nobody has started an update for the
# month after (the demo's current month): the current month's is written once it has ended.
LAST_REPORTED = datetime.date(2007, 5, 1)
# The two months before the demo's current month, when every trial had support lately.
RECENT_MONTHS = [datetime.date(2007, 4, 1), datetime.date(2007, 5, 1)]

# Invented consultants, with demo accounts (the seeds name no consultants).
CONSULTANTS = [
    ("demo-consultant-2@example.org", "Dana Reeve", "Change management consultant"),
    ("demo-consultant-3@example.org", "Femi Adeyemi", "Change management consultant"),
]

DOMAIN_CODES = {
    content.USE_OF_TIME: "time",
    content.TECHNOLOGY: "technology",
    content.CO_CONSTRUCTING: "co_construction",
    content.ENVIRONMENT: "environment",
}


def load(ctx):
    users, projects = ctx["users"], ctx["projects"]
    trials = list(
        FieldTrial.objects.filter(project__in=[projects[content.SL], projects[content.PERS]])
        .select_related("project", "option", "local_authority", "consultant")
        .order_by("project__title", "title")
    )
    consultants = [users["consultant"], *demo_consultants(ctx)]
    stevenage = ctx["trials"]["stevenage"]
    seed_trials = {t.pk for t in ctx["trials"].values()}
    for index, trial in enumerate(trials):
        rng = random.Random(trial.title)
        ended = trial.title.startswith(COMPLETED_TRIAL)  # fieldtrials.demo_completed ends it
        # Half the trials (Stevenage and Bridgemary among them) have the demo's consultant;
        # the two invented consultants share the rest.
        if index % 2 == 0 or trial.pk in seed_trials:
            consultant = consultants[0]
        else:
            consultant = consultants[1 + (index // 2) % 2]
        set_details(trial, consultant)
        set_domains(trial)
        load_milestones(trial, rng, index)
        if not ended:
            load_milestones_ahead(trial, index, seed_trials)
        # Stevenage's obstacle removal is its Power to Innovate request (load_stevenage).
        skip = {E.OBSTACLE_REMOVAL} if trial.pk == stevenage.pk else set()
        load_offer(trial, rng, consultant, skip=skip)
        if trial.pk != stevenage.pk:  # its own updates tell its own story
            load_offer_told(trial, consultant)
        load_support(trial, rng, consultant)
        load_recent_support(trial, consultant, completed=ended)
        load_risks(trial, rng, index)
        if trial.pk == stevenage.pk:
            author = users["leader"]
        elif trial.pk == ctx["trials"]["bridgemary"].pk:
            author = bridgemary_authors(trial, consultant)
        else:
            author = school_lead(trial, index)
        load_updates(trial, rng, author, ending=ended)
    load_stevenage(ctx)
    load_brokered(ctx, trials)
    ctx["communities"] = load_communities(ctx, trials)
    settle_history(trials, users["officer"])
    read_updates(trials, users["officer"])
    return ctx


# Their events are written on their own (record_update_events, record_request_events).
OWN_EVENTS = (MonthlyUpdate, PowerToInnovateRequest)
HISTORY_MODELS = [
    Milestone,
    OfferUse,
    SupportSession,
    PowerToInnovateRequest,
    BrokeredRelationship,
    Risk,
    MonthlyUpdate,
]


def settle_history(trials, officer):
    """Date the history rows the demo's saves wrote (today, by nobody) when each thing
    happened in the demo's calendar, by the person who did it, so a trial's change history
    reads as its story. A trial was created when its option was selected, by the officer, who
    gave it its consultant when it began incubating; a record was made by its author (or
    creator, or the consultant who gave a session), else by the trial's consultant. Rows a
    person wrote since are left alone, so loading again changes nothing."""
    ids = [t.pk for t in trials]
    by_id = {t.pk: t for t in trials}
    consultants = {t.pk: t.consultant_id for t in trials}
    events = []  # (trial, verb, data, when, who): what each record's service would log
    started = dict(FieldTrial.objects.filter(pk__in=ids).values_list("pk", "status_changed_at"))
    rows = list(
        FieldTrial.history.filter(id__in=ids, history_user__isnull=True).order_by("history_id")
    )
    for n, row in enumerate(rows):
        row.history_user_id = officer.pk
        if row.history_type == "+":
            row.history_date = row.created_at
        else:
            row.history_date = started[row.id] + datetime.timedelta(seconds=n)
    FieldTrial.history.model.objects.bulk_update(rows, ["history_date", "history_user"])
    for model in HISTORY_MODELS:
        rows = list(model.history.filter(field_trial_id__in=ids, history_user__isnull=True))
        for row in rows:
            row.history_date = getattr(row, "submitted_at", None) or row.created_at
            row.history_user_id = (
                getattr(row, "author_id", None)
                or getattr(row, "created_by_id", None)
                or (row.given_by_id if model is SupportSession else None)
                or consultants.get(row.field_trial_id)
                or officer.pk
            )
            if row.history_type == "+" and model not in OWN_EVENTS:
                trial = by_id[row.field_trial_id]
                events += [
                    (trial, *e) for e in record_events(model, row, row.history_user_id, trial.title)
                ]
        model.history.model.objects.bulk_update(
            rows, ["history_date", "history_user"], batch_size=500
        )
    log_events(events)
    record_update_events(ids)
    record_request_events(ids, officer)


def record_events(model, row, who, trial_title=""):
    """The events the record's service would have written when the demo's record (its
    first history row) was made: [(verb, data, when, who)]. A milestone is marked done on
    its day at a time of day of its own."""
    when = row.history_date
    if model is Milestone:
        found = [("fieldtrials.milestone_added", {"id": row.id, "text": row.title}, when, who)]
        if row.completed_on:
            done = at(row.completed_on, time_of_day(f"{trial_title}: {row.title}", 9, 17))
            found.append(
                ("fieldtrials.milestone_completed", {"id": row.id, "text": row.title}, done, who)
            )
        return found
    if model is OfferUse:
        # As record_offer_use tells it: with nothing given yet it is an ask for support.
        verb = "fieldtrials.offer_recorded" if row.given else "fieldtrials.offer_asked"
        return [(verb, {"id": row.id, "text": OfferElement(row.element).label}, when, who)]
    verb, text = {
        # As the service names it: the session itself (a history row's str adds "as of" its time).
        SupportSession: ("fieldtrials.support_logged", lambda r: str(r.instance)),
        Risk: ("fieldtrials.risk_added", lambda r: r.description),
        BrokeredRelationship: ("fieldtrials.relationship_added", lambda r: r.with_whom),
    }[model]
    return [(verb, {"id": row.id, "text": text(row)[:200]}, when, who)]


def log_events(events):
    """Write each (target, verb, data, when, actor id) to the shared log as the services do
    (record_event's entry, placed as it places it), dated when it happened: in a few
    statements, not one for each of the demo's thousand-odd events."""
    people = User.objects.in_bulk({who for *_, who in events})
    scopes = {}
    dated = []
    for target, verb, data, when, who in events:
        key = (target._meta.label, target.pk)
        if key not in scopes:
            scopes[key] = scope_of(target, read_now=True)
        event = event_for(
            actor=people.get(who), verb=verb, target=target, data=data, scope=scopes[key]
        )
        event.created_at = when
        dated.append(event)
    Event.objects.bulk_create(dated, batch_size=500)


UPDATE_VERBS = ("fieldtrials.update_drafted", "fieldtrials.update_submitted")


def record_update_events(trial_ids):
    """What the monthly update service writes on each update: "started" when its author
    drafted it, "submitted" (with its RAG) when they submitted it, on the update itself, so
    that its page's history names who did each and when. Updates that have them are left
    alone, so loading again adds nothing; an earlier demo's events of an update written on
    its trial become the update's, as the service writes them."""
    update_type = ContentType.objects.get_for_model(MonthlyUpdate)
    updates = MonthlyUpdate.objects.filter(field_trial_id__in=trial_ids).select_related(
        "field_trial"
    )
    by_month = {(u.field_trial_id, u.month.isoformat()): u for u in updates}
    misplaced = list(
        Event.objects.filter(verb__in=UPDATE_VERBS, field_trial_id__in=trial_ids).exclude(
            target_type=update_type
        )
    )
    for event in misplaced:
        update = by_month.get((event.data.get("field_trial"), event.data.get("month")))
        if update is not None:
            event.target_type, event.target_id = update_type, update.pk
            event.target_name = str(update)[: Event._meta.get_field("target_name").max_length]
    Event.objects.bulk_update(misplaced, ["target_type", "target_id", "target_name"])
    done = set(
        Event.objects.filter(verb__in=UPDATE_VERBS, target_type=update_type).values_list(
            "verb", "target_id"
        )
    )
    events = []
    for update in by_month.values():
        data = {"field_trial": update.field_trial_id, "month": update.month.isoformat()}
        steps = [("fieldtrials.update_drafted", data, update.created_at)]
        if update.status == MonthlyUpdate.Status.SUBMITTED:
            submitted = {**data, "rag": update.rag}
            steps.append(("fieldtrials.update_submitted", submitted, update.submitted_at))
        events += [
            (update, verb, said, when, update.author_id)
            for verb, said, when in steps
            if (verb, update.pk) not in done
        ]
    log_events(events)


def record_request_events(trial_ids, officer):
    """What the Power to Innovate service writes on a request's trial, with the request's
    kind and id, so that its page tells its course and history: drafted by whoever drafted
    it, submitted by them on its submission day, and the Innovation Unit's advice recorded
    by the officer on that day too (the Unit's advice "on a Power to Innovate request, and
    its submission": Stevenage's obstacle removal). Steps already written are left alone; an
    earlier demo's, written without the request's kind or in its older words, are given the
    service's data."""
    State = PowerToInnovateRequest.State
    requests = PowerToInnovateRequest.objects.filter(field_trial_id__in=trial_ids)
    for request in requests.select_related("field_trial", "created_by"):
        about = {"id": request.pk, "text": str(request)[:200], "kind": PTI_KIND}
        steps = [("fieldtrials.pti_created", about, request.created_at, request.created_by)]
        if request.submitted_on:
            sent = {**about, "from": State.DRAFT.value, "to": State.SUBMITTED.value}
            steps.append(
                ("fieldtrials.pti_submit", sent, at(request.submitted_on, 11), request.created_by)
            )
            if request.advice:
                advised = {**about, "from": State.SUBMITTED.value, "to": State.SUBMITTED.value}
                steps.append(
                    ("fieldtrials.pti_advise", advised, at(request.submitted_on, 15), officer)
                )
        for verb, data, when, who in steps:
            written = Event.objects.filter(
                verb=verb, field_trial_id=request.field_trial_id, data__id=request.pk
            ).first()
            if written is None:
                programmes_demo.record_demo_event(
                    actor=who, verb=verb, target=request.field_trial, data=data, at=when
                )
            elif written.data != data:  # an earlier demo's: without the kind, or its words
                written.data = data
                written.save(update_fields=["data"])


def ensure(obj, **values):
    """Give `obj` these values, saving only what differs (no history row when nothing does)."""
    changed = [name for name, value in values.items() if getattr(obj, name) != value]
    for name in changed:
        setattr(obj, name, values[name])
    if changed:
        obj.save(update_fields=changed)
    return obj


# What the demo made is found in its place (a trial's step, day, kind or position), never by
# its words, so that loading over an older demo brings its words up to date rather than adding
# a record beside the old one. A record a person added is not in the demo's place: it was made
# when they added it, not at the demo's moment (a demo record's `made`).
TOLD_AS = {
    # The events the demo wrote of a record name it by these words (record_events).
    Milestone: ("fieldtrials.milestone_", "title"),
    Risk: ("fieldtrials.risk_", "description"),
    BrokeredRelationship: ("fieldtrials.relationship_", "with_whom"),
}


def keep(model, claimed, *, place, words, made=None, **defaults):
    """The demo's record in its `place` (field values that find it, never its words; `made`,
    a Q that tells the demo's records from people's where `place` does not), given the demo's
    `words` now, or made with them and `defaults` when the demo has none there. Of several
    in one place, the one saying `words` already, else the first not `claimed` by this load.
    Returns the record and what it said before (its words when it is new)."""
    found = model.objects.filter(**place).exclude(pk__in=claimed)
    if made is not None:
        found = found.filter(made)
    found = list(found.order_by("pk"))
    record = next(
        (r for r in found if all(getattr(r, k) == v for k, v in words.items())),
        found[0] if found else None,
    )
    if record is None:
        record = model.objects.create(**place, **words, **defaults)
        before = dict(words)
    else:
        before = {name: getattr(record, name) for name in words}
        ensure(record, **words)
        retell(record, before)
    claimed.add(record.pk)
    return record, before


def retell(record, before):
    """The events the demo wrote of `record` (record_events) say its words now, not the
    words it had before (an older demo's)."""
    if type(record) not in TOLD_AS:
        return
    verbs, field = TOLD_AS[type(record)]
    old, now = before[field][:200], getattr(record, field)[:200]
    if old == now:
        return
    events = list(
        Event.objects.filter(
            field_trial_id=record.field_trial_id,
            verb__startswith=verbs,
            data__id=record.pk,
            data__text=old,
        )
    )
    for event in events:
        event.data["text"] = now
    Event.objects.bulk_update(events, ["data"])


def at(day, hour=10):
    """A moment on a demo (already moved) day, at `hour` (o'clock, or a time of day), no
    later than now. A day that is not a working day gives the next working day's."""
    while not is_working_day(day):
        day += datetime.timedelta(days=1)
    when = hour if isinstance(hour, datetime.time) else datetime.time(hour)
    return not_after_today(timezone.make_aware(datetime.datetime.combine(day, when)))


def add_months(day, n):
    index = day.year * 12 + day.month - 1 + n
    return datetime.date(index // 12, index % 12 + 1, min(day.day, 28))


def theme(trial):
    """The trial's idea in a few words, for the invented texts."""
    title = trial.option.title if trial.option else trial.title
    title = plain(title).split(" (")[0]
    return title[0].lower() + title[1:]


# --- People and details --------------------------------------------------------------------


def demo_consultants(ctx):
    agency = ctx["orgs"]["The Innovation Unit"]
    people = []
    for email, name, job in CONSULTANTS:
        user = User.objects.filter(email=email).first()
        if user is None:
            user = create_demo_user(
                email=email,
                full_name=name,
                job_title=job,
                organisation=agency,
            )
        people.append(user)
    return people


def locality(trial):
    if trial.title == content.STEVENAGE_TRIAL:
        return "Stevenage: the whole town"
    if trial.title == content.BRIDGEMARY_TRIAL:
        return "Bridgemary College and its community, Hampshire"
    schools = trial.participating_organisations.count()
    la = trial.local_authority.name if trial.local_authority else "the authority"
    if schools >= 10:
        return f"Every secondary school in {la}"
    if schools == 1:
        return f"One school in {la}"
    return f"A cluster of {schools} schools in {la}"


def set_details(trial, consultant):
    ensure(trial, consultant=consultant, locality=locality(trial))
    FieldTrialMembership.objects.get_or_create(
        field_trial=trial, user=consultant, defaults={"role": Role.CONSULTANT}
    )


def option_spec(trial):
    if trial.option is None:
        return None
    for spec in content.OPTIONS[trial.project.title]:
        if plain(spec.title) == trial.option.title:
            return spec
    return None


def set_domains(trial):
    """Personalisation's trials work on the resource domains of their options; System
    Leadership's on none."""
    spec = option_spec(trial)
    codes = [DOMAIN_CODES[d] for d in spec.domains] if spec else []
    trial.resource_domains.set(ResourceDomain.objects.filter(code__in=codes))


# --- Milestones ------------------------------------------------------------------------------

MILESTONES = [
    # (title, months after the start): the plan's order; each is done in the month whose
    # update tells of it (STORY_OF_STEP), or by the demo's last reported month.
    ("Trial plan agreed with the consultant", 1),
    ("Change Leadership Model diagnostic completed", 2),
    ("Baseline data gathered", 3),
    ("Student researchers trained", 4),
    ("Evaluation co-designed with the Innovation Unit", 5),
    ("First full cycle of the new practice running", 6),
    ("Review of the first cycle with the project's officers", 7),
]
# Trials (by their place in the list) whose last milestone is still open: all are due by the
# demo's present, so every open milestone is overdue; keep them few.
OPEN_MILESTONE_AT = {3, 8, 14, 19, 27, 31}

# Which month's story (demo_kinds.HAPPENED, by its place) tells of each step as done: the
# diagnostic the second's, the plan and the baseline the third's, the first step the fourth's,
# the full cycle the seventh's, the evaluation the eighth's, the interim review the ninth's.
STORY_OF_STEP = {0: 2, 1: 1, 2: 2, 3: 3, 4: 7, 5: 6, 6: 8}
VISIT_STORY = 4  # HAPPENED[4]: staff visited a school (load_offer_told)

# Trials whose updates are their own (Stevenage's, STEVENAGE_UPDATES): the steps they made
# milestones of, and the seeds' day each was done, as their updates and records tell it.
# Stevenage's diagnostic the day after its Change Leadership Model exercise closed (seed
# calendar 20 October 2006: toolkit.demo_every_tool.load_change_leadership); its plan and
# evaluation with the evaluation plan it wrote in October (evaluation.demo.PLAN_ON); its
# baseline when the schools' figures came in at the end of the autumn term (toolkit.demo's
# baseline exercise); its terms of reference when December's update tells of drafting them;
# the shadow Governance Group's first decisions in April.
DONE_ON = {
    content.STEVENAGE_TRIAL: {
        0: datetime.date(2006, 10, 12),
        1: datetime.date(2006, 10, 21),
        2: datetime.date(2006, 12, 8),
        3: datetime.date(2006, 12, 14),
        4: datetime.date(2006, 10, 5),
        5: datetime.date(2007, 4, 24),
    },
}


def month_span(month):
    """The first and last days of `month`'s month."""
    first = month.replace(day=1)
    return first, add_months(first, 1) - datetime.timedelta(days=1)


def has_school_days(month):
    first, last = month_span(month)
    return any(
        is_school_day(first + datetime.timedelta(days=n)) for n in range((last - first).days + 1)
    )


def story_months(trial):
    """The months from the trial's start to the demo's last reported one, each with the
    story its update tells (demo_kinds.HAPPENED, by place), in order: a month with no school
    day (the summer holiday) tells none (None) and the story waits for the term."""
    months, story = [], 0
    month = trial.start_date.replace(day=1)
    while month <= moved(LAST_REPORTED):
        if month == trial.start_date.replace(day=1) or has_school_days(month):
            months.append((month, story))
            story += 1
        else:
            months.append((month, None))
        month = add_months(month, 1)
    return months


def step_month(trial, step):
    """The month a step of the trial plan is done in, where its update tells of it; None
    when its story comes after the demo's last reported month (not reached yet)."""
    if step in DONE_ON.get(trial.title, {}):
        return moved(DONE_ON[trial.title][step]).replace(day=1)
    for month, story in story_months(trial):
        if story == STORY_OF_STEP[step]:
            return month
    return None


def lead_of(trial):
    """The trial's lead school (or organisation), as its milestones' notes name it."""
    return trial.lead_organisation.name if trial.lead_organisation else "the lead school"


def load_milestones(trial, rng, index):
    # The trial's own draws (not the rng's, whose draws stay as they were, so the rest of its
    # data does too): 3 to 6 of the steps it has reached by the demo's present (those after
    # are the next term's plans, its milestones ahead).
    draws_as_before(trial, rng, index)
    own = random.Random(f"{trial.title}: milestones")
    reached = [m for m in range(len(MILESTONES)) if step_month(trial, m)]
    count = min(3 + own.randrange(4), len(reached))
    chosen = sorted(DONE_ON.get(trial.title) or own.sample(reached, count))
    count = len(chosen)
    last = reported_to()
    earliest = trial.start_date + datetime.timedelta(days=1)
    steps = []
    for m in chosen:
        first, end = month_span(step_month(trial, m))
        first, end = max(first, earliest), min(end, last)
        # Due on a school day in its month: not in the holidays or at a weekend.
        due = working_day(first + datetime.timedelta(days=14), school=True, earliest=first,
                          latest=end)  # fmt: skip
        steps.append((m, demo_kinds.plan_step(trial, m, MILESTONES[m][0]), due, first, end))
    said = []  # (due, its title before this load, its title now)
    claimed = set()
    for position, (step, title, due, first, end) in enumerate(steps):
        is_open = index in OPEN_MILESTONE_AT and position == count - 1
        completed = None if is_open else due + datetime.timedelta(days=own.randrange(-10, 12))
        if not is_open and step in DONE_ON.get(trial.title, {}):
            completed = moved(DONE_ON[trial.title][step])
        if completed is not None:
            # On a school day of the month its update tells of it, after the trial began and
            # by the end of the last reported month, as last month's report says.
            completed = working_day(completed, school=True, earliest=first, latest=end)
        # In its place: the trial plan's milestone due that day (made when the trial began).
        _, before = keep(
            Milestone,
            claimed,
            place={"field_trial": trial, "due_on": due, "created_at": at(trial.start_date)},
            words={"title": title, "notes": f"Agreed in {lead_of(trial)}'s trial plan."},
            completed_on=not_after_today(completed),
            created_by=trial.consultant,
        )
        said.append((due, before["title"], title))
    # Stevenage's and Bridgemary's plans are the seed's; another's is the demo's, brought up to
    # date with its milestones' words while it is the demo's as written (not a person's since).
    written = plan_of(trial, sorted((due, was) for due, was, _ in said))
    if not trial.plan or trial.plan == written:
        ensure(trial, plan=plan_of(trial, sorted((due, now) for due, _, now in said)))


def draws_as_before(trial, rng, index):
    """Draw from the trial's rng as its milestones once did (a step a month from its start),
    so that what is drawn after them (its offer, sessions, risks and updates) is unchanged."""
    count = 3 + rng.randrange(4)
    last = reported_to()
    for position, m in enumerate(sorted(rng.sample(range(len(MILESTONES)), count))):
        if index in OPEN_MILESTONE_AT and position == count - 1:
            continue
        due = working_day(add_months(trial.start_date, MILESTONES[m][1]), school=True)
        if due + datetime.timedelta(days=rng.randrange(-10, 12)) > last:
            rng.randrange(14)


def plan_of(trial, steps):
    """The plan a trial's team agreed with its consultant, as its milestones say it was
    ("Agreed in the trial plan"): what the trial is for, then its steps and when."""
    agreed = [f"- {title}, by {due:%B %Y}" for due, title in steps if title != MILESTONES[0][0]]
    return "\n".join(
        [trial.summary or trial.title, "", "The steps we agreed with our consultant:", *agreed]
    )


def load_milestones_ahead(trial, index, seed_trials):
    """Two or three milestones still to come, agreed at a review with the consultant last
    month, dated from the day the demo is loaded: Stevenage's, Bridgemary's and every fourth
    trial's first falls due this week."""
    rng = random.Random(f"{trial.title}: ahead")
    today = timezone.localdate()
    this_week = trial.pk in seed_trials or index % 4 == 0
    review = working_day(
        moved(LAST_REPORTED) + datetime.timedelta(days=rng.randrange(8, 20)), school=True
    )
    agreed = at(review, time_of_day(f"{trial.title}: review", 9, 17))
    claimed = set()
    for n, title in enumerate(demo_kinds.milestones_ahead(trial, theme(trial))[:3]):
        low, high = demo_kinds.AHEAD_DAYS[n]
        if n == 0 and this_week:
            low, high = demo_kinds.DUE_THIS_WEEK_DAYS
        # Due on a school day in the span (or a working day, when the span is all holiday),
        # and not after the trial ends.
        due = working_day(
            today + datetime.timedelta(days=rng.randint(low, high)),
            school=True,
            earliest=today + datetime.timedelta(days=low),
            latest=min(today + datetime.timedelta(days=high), trial.end_date or datetime.date.max),
        )
        # In its place: the n-th agreed at the review (its day kept from the load that made
        # it, so a load on a later day moves nothing).
        keep(
            Milestone,
            claimed,
            place={"field_trial": trial, "created_at": agreed},
            words={
                "title": title,
                "notes": f"Agreed at {lead_of(trial)}'s review with the consultant last month.",
            },
            due_on=due,
            created_by=trial.consultant,
        )


# --- The incubation offer, support, risks ------------------------------------------------------

E = OfferElement
# How much each element was drawn on: the weights make "drew on most" meaningful.
OFFER_WEIGHTS = {
    E.CHANGE_SUPPORT: 10,
    E.SOCIAL_CAPITAL: 8,
    E.PRACTICE: 7,
    E.CONFIDENCE: 6,
    E.IDEAS_POOL: 5,
    E.EVALUATION: 4,
    E.SAFER_SPACE: 3,
    E.CREATIVE_SPACE: 3,
    E.GATEWAY: 2,
    E.OBSTACLE_REMOVAL: 1,
}
OFFER_TEXT = {
    E.IDEAS_POOL: (
        "Examples from outside education of {theme}",
        "Two stimuli from the library and a briefing on practice abroad",
    ),
    E.CREATIVE_SPACE: (
        "Time away from school to design {theme}",
        "A two-day design residential for the trial team",
    ),
    E.SAFER_SPACE: (
        "Backing to try {theme} before the evidence is in",
        "A letter from the project endorsing the trial as Next Practice",
    ),
    E.GATEWAY: (
        "A conversation with the DfES team responsible for the area",
        "A meeting with the policy team, brokered by the project officer",
    ),
    E.OBSTACLE_REMOVAL: (
        "Help with a rule that stands in the way of {theme}",
        "Advice on the flexibilities already available",
    ),
    E.CHANGE_SUPPORT: (
        "Support to lead the change with staff",
        "Change Leadership Model sessions and consultancy",
    ),
    E.PRACTICE: (
        "Visits to schools already doing something like {theme}",
        "Visits to two schools, arranged by the consultant",
    ),
    E.EVALUATION: (
        "Help to decide how the trial will know it is working",
        "An evaluation plan co-designed with the trial team",
    ),
    E.CONFIDENCE: (
        "Someone to talk to when the going gets hard",
        "Regular calls with the consultant and the project officer",
    ),
    E.SOCIAL_CAPITAL: (
        "Contacts with other schools trying {theme}",
        "Introductions to other trials in the project",
    ),
}


def load_offer(trial, rng, consultant, skip=()):
    elements = [e for e in OFFER_WEIGHTS if e not in skip]
    weights = [OFFER_WEIGHTS[e] for e in elements]
    # Every trial draws on support for the change (the Change Leadership Model and
    # consultancy, the seed's first key process); the rest by weight.
    chosen = [E.CHANGE_SUPPORT]
    for _ in range(1 + rng.randrange(4)):  # 1 to 4 more draws, duplicates dropped
        element = rng.choices(elements, weights)[0]
        if element not in chosen:
            chosen.append(element)
    for n, element in enumerate(chosen):
        asked, given = OFFER_TEXT[element]
        given_on = offer_day(trial, 1 + n)
        keep(
            OfferUse,
            set(),
            place={"field_trial": trial, "element": element, "created_at": at(given_on)},
            words={"asked_for": asked.format(theme=theme(trial)), "given": given},
            given_on=not_after_today(given_on),
            given_by=consultant.full_name,
            created_by=consultant,
        )


# What a trial's monthly updates tell of, drawn on from the offer when they tell it: the visit
# to a school (HAPPENED's fifth story, VISIT_STORY) and, where one was brokered (BROKERED), the
# relationship.
BROKERED_ELEMENT = {
    "policy": E.GATEWAY,
    "research": E.SOCIAL_CAPITAL,
    "investor": E.SOCIAL_CAPITAL,
    "health": E.SOCIAL_CAPITAL,
}
BROKERED_OFFER = {
    E.GATEWAY: (
        "A conversation with the government's policy team about {theme}",
        "An introduction to {whom}, brokered by the project officer",
    ),
    E.SOCIAL_CAPITAL: (
        "Contacts who could help with {theme}",
        "An introduction to {whom}, brokered by the project officer",
    ),
}


def named(whom):
    """An organisation as a sentence names it: "the Department for Education and Skills
    (DfES)", "a learning platform supplier", "Microsoft"."""
    if whom.startswith("A "):
        return "a " + whom[2:]
    return whom if whom == "Microsoft" else "the " + whom


def offer_day(trial, months):
    """The school day `months` after the trial's start on which the offer was drawn on."""
    return working_day(add_months(trial.start_date, months), school=True)


def load_offer_told(trial, consultant):
    """The offer drawn on as the trial's updates and relationships say: the school visit its
    update tells of (access to practice of interest), and its brokered relationship (a
    gateway to a departmental team, or social capital and connection)."""
    told = []
    visit = [month for month, story in story_months(trial) if story == VISIT_STORY]
    if visit:
        visited = working_day(visit[0], school=True, earliest=visit[0])
        told.append((E.PRACTICE, *OFFER_TEXT[E.PRACTICE], visited))
    for title, whom, kind, _, _ in BROKERED:
        if plain(title) == trial.title:
            element = BROKERED_ELEMENT[kind]
            asked, given = BROKERED_OFFER[element]
            given = given.format(whom=named(plain(whom)))
            told.append((element, asked, given, offer_day(trial, 3)))
    for element, asked, given, given_on in told:
        use = OfferUse.objects.filter(field_trial=trial, element=element).first()
        if use is not None:
            if use.given_on > given_on:  # drawn on by the time the update tells of it
                ensure(use, given_on=given_on)
            continue
        OfferUse.objects.create(
            field_trial=trial,
            element=element,
            asked_for=asked.format(theme=theme(trial)),
            given=given,
            given_on=not_after_today(given_on),
            given_by=consultant.full_name,
            created_by=consultant,
            created_at=at(given_on),
        )


K = SupportSession.Kind
# Each names something of the trial's own (demo_kinds.update_words: its lead school, its
# idea), so that no two trials' sessions read the same.
SUPPORT = [
    (K.CHANGE_LEADERSHIP, "Change Leadership Model: the diagnostic with the leadership team "
     "at {lead}"),
    (K.CONSULTANCY, "Consultancy on {lead}'s trial plan and its milestones"),
    (K.WORKSHOP, "Workshop with staff at {lead} on what {theme} will change"),
    (K.CHANGE_LEADERSHIP, "Change Leadership Model: reviewing {lead}'s first term of the trial"),
    (K.VISIT, "Visit to see the new practice in lessons"),
    (K.REMOTE, "Telephone call with {lead} on the interim review"),
    (K.CONSULTANCY, "Consultancy on the evaluation of {theme}"),
    (K.BROKERING, "Introductions for {lead} to another trial in the project"),
]  # fmt: skip


# A session the demo logged was logged on the day it was held (a person's, when they logged it).
LOGGED_ON_THE_DAY = Q(created_at__date=F("held_on"))


def logged_at(trial, held_on, kind):
    """When the demo's session of `kind` held on `held_on` was logged: that day, at a time of
    its own (by its place, not its words, which may change)."""
    return at(held_on, time_of_day(f"{trial.title}: {kind} on {held_on}", 12, 18))


def load_support(trial, rng, consultant):
    count = 3 + rng.randrange(5)  # 3 to 7 sessions
    last = reported_to()
    words = demo_kinds.update_words(trial, theme(trial))
    for n, (kind, said) in enumerate(SUPPORT[:count]):
        if kind == K.VISIT:
            said = demo_kinds.VISIT_BY_KIND[demo_kinds.kind_of(trial)]
        notes = said.format(**words)
        held_on = add_months(trial.start_date, n + 1) + datetime.timedelta(
            days=rng.randrange(0, 20)
        )
        # None after the last reported month: last month's report counts them all. One that
        # would be later was in its last fortnight, on a day of the trial's own.
        if held_on > last:
            held_on = last - datetime.timedelta(days=rng.randrange(14))
        # With the school, so on a school day: not at a weekend or in the holidays.
        held_on = not_after_today(working_day(held_on, school=True, latest=last))
        hours = Decimal(rng.choice(["1.5", "2", "3", "4", "6"]))
        keep_session(trial, consultant, held_on, kind, notes, hours)


def keep_session(trial, consultant, held_on, kind, notes, hours):
    """A support session the consultant logged on the day, found by its day and kind."""
    keep(
        SupportSession,
        set(),
        place={"field_trial": trial, "held_on": held_on, "kind": kind},
        made=LOGGED_ON_THE_DAY,
        words={"notes": notes},
        given_by=consultant,
        hours=hours,
        created_at=logged_at(trial, held_on, kind),
    )


def load_recent_support(trial, consultant, completed=False):
    """A session in each of the two months before this one (the seeds' April and May 2007),
    so that last month's progress report has support to count; a completed trial's are its
    final review."""
    rng = random.Random(f"{trial.title}: recent support")
    sessions = demo_kinds.recent_support(trial, rng, completed=completed)
    words = demo_kinds.update_words(trial, theme(trial))
    for month, (kind, said) in zip(RECENT_MONTHS, sessions, strict=True):
        notes = said.format(**words)
        held_on = moved(month) + datetime.timedelta(days=rng.randrange(3, 24))
        month_end = add_months(moved(month), 1) - datetime.timedelta(days=1)
        # A school day of that month.
        held_on = working_day(held_on, school=True, earliest=moved(month), latest=month_end)
        held_on = not_after_today(held_on)
        hours = Decimal(rng.choice(["1.5", "2", "3"]))
        keep_session(trial, consultant, held_on, kind, notes, hours)


def load_risks(trial, rng, index):
    """The trial's risks, by its kind of innovation (fieldtrials.demo_kinds)."""
    rng = random.Random(f"{trial.title}: risks")
    words = demo_kinds.update_words(trial, theme(trial))
    claimed = set()
    for n, risk in demo_kinds.risks_for(trial, rng):
        description, likelihood, impact, owner, mitigation = risk
        # In its place: the n-th of the risks the consultant recorded a month in.
        keep(
            Risk,
            claimed,
            place={"field_trial": trial, "created_at": at(add_months(trial.start_date, 1))},
            words={
                "description": description.format(**words),  # "the partner schools" of three
                "owner": owner,
                "mitigation": mitigation,
            },
            likelihood=likelihood,
            impact=impact,
            # The first, a trial's most pressing (Stevenage's waits on its Power to
            # Innovate request), stays open while the trial runs; some later ones closed.
            is_open=n == 0 or (index + n) % 4 != 0,
            created_by=trial.consultant,
        )


# --- Monthly updates -------------------------------------------------------------------------

# What each month's update tells of, by kind and by trial: fieldtrials.demo_kinds.HAPPENED.
HAPPENED = demo_kinds.HAPPENED
NEXT = demo_kinds.NEXT


def rag_sequence(rng, months):
    """A plausible run of statuses: mostly green, a few amber spells, the odd red month."""
    sequence, rag = [], "green"
    for _ in range(months):
        roll = rng.random()
        if rag == "green":
            rag = "amber" if roll < 0.12 else "red" if roll < 0.14 else "green"
        elif rag == "amber":
            rag = "green" if roll < 0.55 else "red" if roll < 0.62 else "amber"
        else:
            rag = "amber" if roll < 0.7 else "red"
        sequence.append(rag)
    return sequence


def reported_to():
    """The last day of the demo's last complete month: what had happened by then is in last
    month's progress report (reports.demo), made on the first of this month, so the trials'
    milestones and sessions (beyond the days ahead) stop there."""
    return add_months(moved(LAST_REPORTED), 1) - datetime.timedelta(days=1)


def submitted_at(month, rng, trial):
    """When a month's update was sent: on a working day of that month's last week, so that
    the progress report made on the first of the next month has it, at a time of day of the
    trial's own, between 09:00 and 18:00."""
    month_end = add_months(month, 1) - datetime.timedelta(days=1)
    day = month_end - datetime.timedelta(days=rng.randrange(8))
    day = working_day(day, earliest=month, latest=month_end)
    return at(day, time_of_day(f"{trial.title}: {month:%Y-%m}", 9, 18))


def begun_at(submitted, trial):
    """When an update sent at `submitted` was begun: the working day before, in its month."""
    day = timezone.localdate(submitted)
    before = working_day(day - datetime.timedelta(days=1), earliest=day.replace(day=1), latest=day)
    begun = at(before, time_of_day(f"{trial.title}: begun {day:%Y-%m}", 9, 17))
    return min(begun, submitted - datetime.timedelta(hours=1))


# The completed trial's last update (the seeds' May 2007), in the words of its completion
# (fieldtrials.demo_completed) and its lesson (evaluation.demo_system_learning).
# The school left its category of concern after two terms of the executive headship: in the
# seeds' April 2007 (the month before it moved to reporting, fieldtrials.demo_completed),
# named by the month the demo's calendar puts it in.
LEFT_CONCERN = datetime.date(2007, 4, 1)
CLOSING_UPDATE = (
    "green",
    "The final review with the project's officers: the school left its category of concern "
    "in {left}, after two terms of the executive headship, and the two senior teams now plan, "
    "observe and review teaching as one team, with one improvement plan. Both governing "
    "bodies have agreed to keep the executive headship after the trial.",
    "Send the final report to the project, and share what the trial has shown with the "
    "other System Leadership trials.",
    "",
)


# Bridgemary's own people, who write its monthly updates: the deputy head who leads the trial
# (invented, as the toolkit's teachers are) and, now and then, a teacher of its team.
BRIDGEMARY_LEAD = ("Karen Lowther", "Deputy headteacher, Bridgemary College", "Bridgemary College")


def bridgemary_authors(trial, consultant):
    """Who wrote each of Bridgemary's updates, by the place of its story (HAPPENED): the
    consultant the launch's (when the team was forming), a teacher the first group's start
    (which he led), its lead the rest. The trial's team is made here (toolkit.demo.team) so that its
    people can write."""
    from toolkit.demo import person, team

    name, job, org = BRIDGEMARY_LEAD
    lead = person(name, job, Organisation.objects.filter(name=org).first())
    FieldTrialMembership.objects.get_or_create(
        field_trial=trial, user=lead, defaults={"role": Role.PRACTITIONER}
    )
    teacher = team(trial, "bridgemary")[0]
    return lambda n: consultant if n == 0 else teacher if n == 3 else lead


# The invented trials' leads, one each (the seed names none): a first name and a surname
# taken in turn, so no two trials share one and none is a name the demo gives elsewhere.
LEAD_FIRST_NAMES = [
    "Margaret", "David", "Susan", "Peter", "Janet", "Graham", "Linda", "Andrew", "Patricia",
    "Stephen", "Carol", "Richard", "Gillian", "Martin", "Elaine", "Neil", "Pauline", "Keith",
    "Diane", "Ian", "Yvonne", "Gareth", "Shirley", "Rajesh", "Maureen", "Kevin", "Farida",
    "Trevor", "Bernadette", "Simon", "Gwen", "Declan", "Rosalind", "Imran",
]  # fmt: skip
LEAD_SURNAMES = [
    "Ashworth", "Bramley", "Clegg", "Dunmore", "Eastwood", "Fairley", "Gostelow", "Hartley",
    "Ingham", "Jowett", "Kershaw", "Lumb", "Mellor", "Northrop", "Oldroyd", "Pickles",
    "Rawnsley", "Sutcliffe", "Thwaite", "Uttley", "Varley", "Whiteley", "Yeadon", "Ackroyd",
    "Brierley", "Crowther", "Dyson", "Firth", "Greenwood", "Haigh", "Illingworth", "Jagger",
    "Kitson", "Lockwood",
]  # fmt: skip


def school_lead(trial, index):
    """The school leader who leads an invented trial and writes its monthly updates (the
    design's "school leaders post monthly updates"), a member of its team. Invented, as the
    "About this demonstration" page says."""
    from toolkit.demo import person

    first = LEAD_FIRST_NAMES[index % len(LEAD_FIRST_NAMES)]
    surname = LEAD_SURNAMES[index % len(LEAD_SURNAMES)]
    name = f"{first} {surname}"
    school = trial.lead_organisation
    if school is not None and school.kind in content.SCHOOL_KIND.values():
        job = f"Head teacher, {school.name}"
    else:
        job = f"Trial lead, {school.name}" if school else "Trial lead"
    lead = person(name, job, school)
    FieldTrialMembership.objects.get_or_create(
        field_trial=trial, user=lead, defaults={"role": Role.PRACTITIONER}
    )
    return lead


def load_updates(trial, rng, author, ending=False):
    told = {}  # month: the place of the story its update tells (HAPPENED), for its author
    if trial.title == content.STEVENAGE_TRIAL:
        stories = [
            (moved(month), rag, happened, nxt, way)
            for month, (rag, happened, nxt, way) in STEVENAGE_UPDATES.items()
        ]
    else:
        stories = []
        months = story_months(trial)
        rags = rag_sequence(rng, len(months))
        words = demo_kinds.update_words(trial, theme(trial))
        # Steps still not done: the month whose update would tell of them says they slipped.
        slipped = {
            STORY_OF_STEP[step]: title
            for step, title in enumerate(
                demo_kinds.plan_step(trial, m, MILESTONES[m][0]) for m in range(len(MILESTONES))
            )
            if trial.milestones.filter(title=title, completed_on__isnull=True).exists()
        }
        # Each trial tells its story in one of the ways of saying each month's (its own
        # choice, not the rng's, so the rest of its data stays as it was), and says what is
        # next in the ways of NEXT taken in turn from a place of its own (drawn among seven,
        # as ever, so that the wording drawn after it stays as it was).
        said = random.Random(f"{trial.title}: wording")
        start_next = said.randrange(7)
        turn = random.Random(f"{trial.title}: in the way").randrange(12)
        ahead = demo_kinds.milestones_ahead(trial, theme(trial))
        for n, ((month, story), rag) in enumerate(zip(months, rags, strict=True)):
            if story is None:
                happened = said.choice(demo_kinds.HOLIDAY).format(**words)
                ways = demo_kinds.NEXT_AFTER_HOLIDAY
            else:
                happened = said.choice(HAPPENED[min(story, len(HAPPENED) - 1)]).format(**words)
                ways = NEXT[min(story, len(NEXT) - 1)]
            nxt = ways[(start_next + n) % len(ways)].format(**words, ahead=ahead[0])
            if story in slipped:
                happened = demo_kinds.SLIPPED.format(step=slipped[story])
                nxt = demo_kinds.NEXT_AFTER_SLIPPED.format(**words, step=slipped[story])
            # The month's trouble drawn as before, so the rest of the trial's data stays.
            drawn = rng.randrange(demo_kinds.TROUBLES_DRAWN[rag]) if rag != "green" else None
            way = "" if drawn is None else demo_kinds.in_the_way(trial, rag, drawn, turn, words)
            # A trial sometimes misses a month, as teams do.
            if 0 < n < len(months) - 1 and rng.random() < 0.08:
                continue
            stories.append((month, rag, happened, nxt, way))
            told[month] = story
        if ending:  # the trial ends with its last month's update
            rag, happened, nxt, way = CLOSING_UPDATE
            happened = happened.format(left=f"{moved(LEFT_CONCERN):%B}")
            stories[-1] = (stories[-1][0], rag, happened, nxt, way)
    for month, rag, happened, nxt, way in stories:
        writer = author(told.get(month)) if callable(author) else author
        when = submitted_at(month, rng, trial)
        if ending and month == stories[-1][0]:
            # Sent on the last (working) day of the trial, before its risks were closed and it
            # completed.
            last_day = add_months(month, 1) - datetime.timedelta(days=1)
            when = at(working_day(last_day, earliest=month, latest=last_day), 14)
        # In its place: the month's update (a trial has one a month).
        keep(
            MonthlyUpdate,
            set(),
            place={"field_trial": trial, "month": month},
            words={"what_happened": happened, "what_next": nxt, "in_the_way": way},
            author=writer,
            rag=rag,
            status=MonthlyUpdate.Status.SUBMITTED,
            submitted_at=when,
            created_at=begun_at(when, trial),
            updated_at=when,
        )
    newest = (
        MonthlyUpdate.objects.filter(field_trial=trial, status=MonthlyUpdate.Status.SUBMITTED)
        .order_by("-month")
        .first()
    )
    if newest is not None:
        # As the monthly update service keeps them; a queryset update writes no history.
        FieldTrial.objects.filter(pk=trial.pk).exclude(
            latest_rag=newest.rag, latest_update_month=newest.month
        ).update(latest_rag=newest.rag, latest_update_month=newest.month)


# The project officer reads each update within a few working days of its sending: every one
# before the demo's last two reported months, most of the month before last's and some of
# last month's (READ_SHARE), none later than now.
READ_SHARE = {0: 0.35, 1: 0.8}  # by months before the last reported one
READ_WITHIN_DAYS = (1, 4)


def read_at(update, ended):
    """When the officer read `update` (None: not yet), the same on every load. The completed
    trial's were all read, its final update on the morning it was completed (its final
    report)."""
    months_ago = (moved(LAST_REPORTED).year - update.month.year) * 12 + (
        moved(LAST_REPORTED).month - update.month.month
    )
    trial = update.field_trial
    rng = random.Random(f"{trial.title}: read {update.month:%Y-%m}")
    if ended and months_ago == 0:
        from .demo_completed import moved_datetime as completion_moment

        return not_after_today(completion_moment(COMPLETED_AT)) - datetime.timedelta(minutes=25)
    if not ended and rng.random() >= READ_SHARE.get(months_ago, 1):
        return None
    day = timezone.localdate(update.submitted_at) + datetime.timedelta(
        days=rng.randint(*READ_WITHIN_DAYS)
    )
    while not is_working_day(day):
        day += datetime.timedelta(days=1)
    when = timezone.make_aware(
        datetime.datetime.combine(day, time_of_day(f"{trial.title}: read {update.month}", 9, 17))
    )
    return when if when <= timezone.now() else None


def read_updates(trials, officer):
    """The officer reads the trials' updates through the service a real read uses (so that
    each author can no longer take it back, and is told), then what it wrote (the update's
    read_at, its history row, its event and the author's notification, read and e-mailed
    by then: the demo sends no e-mail of its past) is dated when it was read. Updates read
    already are left alone, so loading again reads nothing."""
    ended = {t.pk for t in trials if t.title.startswith(COMPLETED_TRIAL)}
    unread = MonthlyUpdate.objects.filter(
        field_trial__in=trials,
        status=MonthlyUpdate.Status.SUBMITTED,
        read_at__isnull=True,
        withdrawn_at__isnull=True,
    ).select_related("field_trial", "author")
    when = {}
    for update in unread:
        moment = read_at(update, update.field_trial_id in ended)
        if moment is not None:
            when[update.pk] = (update, moment)
    if not when:
        return
    history = MonthlyUpdate.history.model
    marks = [
        model.objects.order_by("-pk").values_list("pk", flat=True).first() or 0
        for model in (Event, Notification, history)
    ]
    for update, _ in when.values():
        mark_update_read(update=update, actor=officer)
    MonthlyUpdate.objects.bulk_update(
        [MonthlyUpdate(pk=pk, read_at=moment, read_by=officer) for pk, (_, moment) in when.items()],
        ["read_at"],
    )
    events = list(Event.objects.filter(pk__gt=marks[0], verb="fieldtrials.update_read"))
    by_event = {}
    for event in events:
        event.created_at = by_event[f"event:{event.pk}"] = when[event.target_id][1]
    Event.objects.bulk_update(events, ["created_at"], batch_size=500)
    told = list(Notification.objects.filter(pk__gt=marks[1], key__in=by_event))
    for notification in told:
        moment = by_event[notification.key]
        notification.created_at = notification.read_at = notification.emailed_at = moment
    Notification.objects.bulk_update(told, ["created_at", "read_at", "emailed_at"])
    rows = list(history.objects.filter(history_id__gt=marks[2], id__in=when))
    for row in rows:
        row.read_at = row.history_date = when[row.id][1]
        row.history_user_id = officer.pk
    history.objects.bulk_update(rows, ["read_at", "history_date", "history_user"], batch_size=500)


G, A = "green", "amber"
PTI_NOTE = "See the Power to Innovate request."
# Stevenage's reports, Sept 2006 to May 2007: the Governance Group's story (invented).
STEVENAGE_UPDATES = {
    datetime.date(2006, 9, 1): (G,
        "The 14-19 partnership launched the trial: the 14-19 Director briefed the heads of "
        "the 11-19 community schools, the two special schools, the PRU and the FE college.",
        "Draft the Governance Group's terms of reference.", ""),
    datetime.date(2006, 10, 1): (G,
        "The consultant ran the Change Leadership Model diagnostic with the partnership's "
        "heads and the college principal.",
        "Agree who sits on the Governance Group.", ""),
    datetime.date(2006, 11, 1): (G,
        "Membership of the small Governance Group agreed: a head from each sector and the "
        "14-19 Director.",
        "Map the town's 14-19 curriculum offer school by school.", ""),
    datetime.date(2006, 12, 1): (A,
        "Drafting the terms of reference showed that each governing body stays accountable "
        "for its own curriculum: the Governance Group cannot yet be accountable for the "
        "configuration of provision across the town.",
        "Ask the Innovation Unit whether the Power to Innovate could help.",
        "The school governance regulations, as the partnership reads them. " + PTI_NOTE),
    datetime.date(2007, 1, 1): (A,
        "With the Innovation Unit, the partnership drafted a Power to Innovate request.",
        "Agree the request with every governing body.",
        "Waiting on six governing bodies' agreement to the request."),
    datetime.date(2007, 2, 1): (A,
        "All the governing bodies agreed the request; town-wide curriculum planning began in "
        "shadow form alongside it.",
        "Submit the request; plan a joint blocked timetable for Year 10 options.",
        PTI_NOTE),
    datetime.date(2007, 3, 1): (A,
        "The Power to Innovate request was submitted, with the Innovation Unit's advice.",
        "Run the shadow Governance Group for the summer term.",
        "Awaiting the Secretary of State's decision. " + PTI_NOTE),
    datetime.date(2007, 4, 1): (G,
        "The shadow Governance Group met twice and agreed a town-wide options booklet for "
        "Year 10 next September.",
        "Agree the joint blocked timetable with the college.",
        "Still awaiting the decision on the Power to Innovate request."),
    datetime.date(2007, 5, 1): (G,
        "A joint blocked timetable for two afternoons a week was agreed by every school and "
        "the FE college; transport between sites is being costed.",
        "Share the blocked timetable at the 14-19 governance community of practice.",
        "Transport between sites for the blocked afternoons."),
}  # fmt: skip


def load_stevenage(ctx):
    """The demo's one Power to Innovate request. (Stevenage's latest update is last month's:
    the leader has not started this month's, which is written once the month has ended.)"""
    stevenage, leader = ctx["trials"]["stevenage"], ctx["users"]["leader"]
    drafted = at(moved(datetime.date(2007, 1, 22)))
    keep(
        PowerToInnovateRequest,
        set(),
        place={"field_trial": stevenage, "created_by": leader, "created_at": drafted},
        words={
            "regulation": "The school governance regulations that leave each governing body "
            "accountable for its own school's curriculum",
            "variation_sought": "To let a single Governance Group, bridging the 11-19 "
            "community schools, the two special schools, the PRU and the FE college, be "
            "directly accountable for the configuration of 14-19 provision in Stevenage, "
            "including town-wide curriculum planning and joint blocked timetables.",
            "case": "Without it, the Governance Group can only advise, and every change to the "
            "town's 14-19 offer needs the agreement of each governing body in turn; with it, "
            "one accountable group can plan provision for the whole town. Every governing "
            "body has agreed to the request.",
            "advice": "The Innovation Unit advises that the variation is limited to 14-19 "
            "provision and to the trial's two years, with the Governance Group reporting "
            "each term to every governing body and to the local authority.",
        },
        state=PowerToInnovateRequest.State.SUBMITTED,
        submitted_on=working_day(moved(datetime.date(2007, 3, 19))),
    )
    keep(
        OfferUse,
        set(),
        place={"field_trial": stevenage, "element": E.OBSTACLE_REMOVAL, "created_at": drafted},
        words={
            "asked_for": "Help with the governance regulations that stop one group being "
            "accountable for the town's 14-19 provision",
            "given": "Advice on a Power to Innovate request, and its submission",
            "given_by": "The Innovation Unit",
        },
        given_on=working_day(moved(datetime.date(2007, 3, 19))),
    )
    # The head teacher's ask not yet given, a few days old: one open ask, named under "Needs
    # attention" on the consultant's and the officer's home page until someone records what
    # was given.
    keep(
        OfferUse,
        set(),
        place={
            "field_trial": stevenage,
            "element": E.CONFIDENCE,
            "given": "",
            "created_by": leader,
        },
        words={"asked_for": STEVENAGE_ASK},
        created_at=at(timezone.localdate() - datetime.timedelta(days=4), 16),
    )


STEVENAGE_ASK = (
    "A coach for the new 14-19 Director in her first term: someone who has led a cross-phase "
    "partnership before."
)


# --- Brokered relationships ----------------------------------------------------------------------

BROKERED = [
    # (trial title, with whom, kind, state, notes)
    (content.STEVENAGE_TRIAL, "Centre for Educational Leadership (CEL)", "research", "active",
     "Researching how the Governance Group's accountability works in practice."),
    (content.BRIDGEMARY_TRIAL, "Department for Education and Skills (DfES)", "policy",
     "introduced", "A policy team interested in the flexible day and the school year."),
    ("Digital toolboxes in three Essex secondary schools (demo)", "Microsoft", "investor",
     "active", "A potential IT investor: software and training for the digital toolboxes."),
    ("A laptop and learning platform for every learner at home and school (demo)",
     "A learning platform supplier (demo)", "investor", "proposed",
     "A potential IT investor in home access."),
    ("A multi-agency hub led from a secondary school (demo)",
     "Hammersmith and Fulham local health service (demo)", "health", "active",
     "A local health service basing a school nurse team at the hub."),
    ("A head leading the locality's children's services team (demo)",
     "Gateshead local health service (demo)", "health", "introduced",
     "Health visitors joining the locality team's meetings."),
    ("Students as co-designers of the curriculum (demo)",
     "Qualifications and Curriculum Authority (QCA)", "research", "introduced",
     "Expertise in the Big Picture curriculum."),
]  # fmt: skip


def load_brokered(ctx, trials):
    by_title = {t.title: t for t in trials}
    officer = ctx["users"]["officer"]
    for title, with_whom, kind, state, notes in BROKERED:
        trial = by_title.get(plain(title))
        if trial is None:
            continue
        # In its place: the relationship the officer brokered three months in.
        keep(
            BrokeredRelationship,
            set(),
            place={
                "field_trial": trial,
                "created_by": officer,
                "created_at": at(add_months(trial.start_date, 3)),
            },
            words={"with_whom": plain(with_whom), "notes": notes},
            kind=kind,
            state=state,
        )


# --- Communities of practice -------------------------------------------------------------------

COMMUNITIES = [
    (
        "14-19 governance",
        "System Leadership trials sharing how schools, colleges and PRUs govern 14-19 provision "
        "together, and what stands in its way.",
        [
            content.STEVENAGE_TRIAL,
            "A 14-19 collegiate with one sixth-form leadership (demo)",
            "One governing body for a federation, with varied governance (demo)",
            "Every secondary school in an authority taking collective responsibility (demo)",
        ],
        [
            (datetime.date(2007, 1, 25), [0, 1, 3],
             "Stevenage shared its draft terms of reference for a cross-sector Governance "
             "Group; the collegiate shared how its sixth-form leadership reports to four "
             "governing bodies."),
            (datetime.date(2007, 4, 26), [0, 1, 2, 3],
             "Stevenage's Power to Innovate request was read together; the federation shared "
             "its single governing body's first two terms; all agreed to pool their "
             "evaluation questions."),
        ],
    ),
    (
        "Flexible days",
        "Personalisation trials changing when learning takes place: the school day, the week "
        "and the year.",
        [
            content.BRIDGEMARY_TRIAL,
            "Flexible timetables in three Bolton secondary schools (demo)",
            "Two-shift days in two Sandwell secondary schools (demo)",
            "A year-round calendar with shorter terms (demo)",
            "Stage not age: learners setting their own pace (demo)",
        ],
        [
            (datetime.date(2007, 2, 8), [0, 1, 2],
             "Bridgemary shared how its ability-related curriculum made a flexible day "
             "possible; Sandwell shared the staffing model for two shifts."),
            (datetime.date(2007, 5, 17), [0, 1, 2, 3, 4],
             "Students from three trials compared their timetables; Bolton shared the "
             "planning tool its students use to build their week."),
        ],
    ),
]  # fmt: skip


def meeting_day(seed_day):
    """The school day a community of practice met on, for a meeting on `seed_day` in the
    seeds' calendar (communities.demo names the meetings by it)."""
    return working_day(moved(seed_day), school=True)


def load_communities(ctx, trials):
    by_title = {t.title: t for t in trials}
    officer = ctx["users"]["officer"]
    # Convened by the consultant of Stevenage and Bridgemary, on the team of a trial of each,
    # so listed among its members.
    convenor = ctx["users"]["consultant"]
    communities = {}
    for name, purpose, titles, meetings in COMMUNITIES:
        members = [by_title[plain(t)] for t in titles if plain(t) in by_title]
        community, _ = CommunityOfPractice.objects.get_or_create(
            name=name,
            defaults={
                "purpose": purpose,
                "convenor": convenor,
                "created_at": at(moved(datetime.date(2006, 12, 4))),
            },
        )
        ensure(community, purpose=purpose)
        community.field_trials.set(members)
        for held_on, came, shared in meetings:
            # The schools meet on a school day: the nearest to the seed's day, moved.
            held_on = not_after_today(meeting_day(held_on))
            meeting, _ = keep(
                CommunityMeeting,
                set(),
                place={"community": community, "held_on": held_on, "created_at": at(held_on, 17)},
                words={"shared": shared},
                created_by=officer,
            )
            meeting.attended_by.set([members[i] for i in came if i < len(members)])
        communities[name] = community
    record_handover(ctx, communities)
    return communities


# The officer who started it handed one community to the consultant who convenes it now.
HANDED_OVER = ("Flexible days", datetime.date(2007, 2, 5))


def record_handover(ctx, communities):
    """The event change_convenor writes, dated in the seeds' calendar, so that the community's
    history says who named its convenor and when; once, however often the demo is loaded."""
    name, day = HANDED_OVER
    community = communities.get(name)
    done = Event.objects.filter(
        verb=CONVENOR_CHANGED,
        target_type=ContentType.objects.get_for_model(CommunityOfPractice),
        target_id=getattr(community, "pk", None),
    )
    if community is None or done.exists():
        return
    officer, consultant = ctx["users"]["officer"], ctx["users"]["consultant"]
    programmes_demo.record_demo_event(
        actor=officer,
        verb=CONVENOR_CHANGED,
        target=community,
        data=convenor_change_data(officer, consultant),
        at=at(moved(day), 10),
    )


def counts():
    """How much the demo holds, for the command's summary and the tests."""
    return {
        "trials": FieldTrial.objects.count(),
        "schools": Organisation.objects.filter(
            field_trials__isnull=False,
            kind__in=[Organisation.Kind.SCHOOL, Organisation.Kind.SPECIAL_SCHOOL],
        )
        .distinct()
        .count(),
        "updates": MonthlyUpdate.objects.count(),
        "power_to_innovate": PowerToInnovateRequest.objects.count(),
    }


ABOUT = [
    (
        "Running the field trials",
        "Everything the 34 trials keep is invented: each trial's locality, milestones, uses "
        "of the incubation offer, support sessions, risks and monthly updates with their red, "
        "amber or green status (the seeds name no scale). The seed does not say that "
        "Stevenage asked for the Power to Innovate: its request is invented to show the "
        "exception path. Each trial's risks, milestones still to come and latest support "
        "follow its kind of innovation; the milestones still to come are dated from the day "
        "the demonstration was loaded. Like every person in the demonstration, the three "
        "consultants are invented, and so is the deputy headteacher who leads Bridgemary's "
        "trial and writes most of its updates:",
        [
            *(name for key, _, name, *_ in accounts_demo.PEOPLE if key == "consultant"),
            *(name for _, name, _ in CONSULTANTS),
            f"{BRIDGEMARY_LEAD[0]}, {BRIDGEMARY_LEAD[1]}",
        ],
    ),
    (
        "The trials' leads",
        "Each of the other 32 trials is led by an invented school leader, who writes its "
        "monthly updates, named from these:",
        [
            "First names: " + ", ".join(LEAD_FIRST_NAMES),
            "Surnames: " + ", ".join(LEAD_SURNAMES),
        ],
    ),
    (
        "Brokered relationships",
        "The seed names the kinds (an IT investor, a research body, a policy team, a local "
        "health service); these are invented:",
        [f"{plain(title)}: {plain(with_whom)}" for title, with_whom, *_ in BROKERED],
    ),
    (
        "Communities of practice",
        "Invented, with their meetings:",
        [name for name, *_ in COMMUNITIES],
    ),
]
