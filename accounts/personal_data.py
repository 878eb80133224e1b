"""Everything Next Practice holds about one person, gathered as a ZIP of CSV files with a
README: what a subject access request under UK GDPR asks for.

Each file is one kind of record and is read in a fixed number of queries, whatever the
person has written, so the download is made in the request (a person's own records are a
few thousand rows at most, even at national scale). `other_records.csv` is found, not
listed: every other field of every model that points at a person, so a model added later
is in the download without anyone remembering to add it here.

Read only: gathering is recorded by `accounts.services.gather_personal_data`.
"""

import io
import json
import re
import zipfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from django.apps import apps
from django.db import models
from django.db.models import Count, Q
from django.utils import timezone

from nextpractice.mail import on_site
from nextpractice.records.export import csv_bytes

from .models import Event, Invitation, Notification, NotificationKind, User


@dataclass(frozen=True)
class DataFile:
    """One CSV file of the download: its name, what the README says of it, its columns and
    its rows for a person. `covers` names the fields, "app_label.model.field", whose records
    it holds, so that other_records.csv leaves them out."""

    name: str
    about: str
    headings: list | Callable[[], list]
    rows: Callable[[User], Iterable]
    covers: tuple = ()

    def column_headings(self):
        return self.headings() if callable(self.headings) else self.headings

    @property
    def about_them(self):
        """What the file holds, said of someone else: for an administrator's page."""
        text = re.sub(r"\b(that names?|it names|about) you\b", r"\1 them", self.about)
        for you, they in (("your", "their"), ("you", "they")):
            text = re.sub(rf"\b{you}\b", they, text)
            text = re.sub(rf"\b{you.title()}\b", they.title(), text)
        return text


def _label(choices, value):
    try:
        return choices(value).label
    except ValueError:
        return value


def _account(person):
    from following.models import DigestChoice

    person = User.objects.select_related("organisation").get(pk=person.pk)
    digest = DigestChoice.objects.filter(user=person).first()
    muted = [_label(NotificationKind, kind) for kind in person.email_muted_kinds or []]
    yield [
        person.full_name,
        person.email,
        person.job_title,
        person.organisation.name if person.organisation else "",
        person.is_superuser or person.is_staff,
        person.is_active,
        person.date_joined,
        person.last_login,
        "; ".join(muted),
        digest.get_frequency_display() if digest else "Off: no digest e-mails",
        digest.chosen_at if digest else None,
    ]


def _memberships(person):
    from fieldtrials.models import FieldTrialMembership
    from programmes.models import ProgrammeMembership, ProjectMembership

    for kind, model, place in (
        ("Programme", ProgrammeMembership, "programme"),
        ("Project", ProjectMembership, "project"),
        ("Field trial", FieldTrialMembership, "field_trial"),
    ):
        for m in model.objects.filter(user=person).select_related(place).order_by("pk"):
            yield [kind, str(getattr(m, place)), m.get_role_display()]


def _community_requests(person):
    from communities.models import JoinRequest

    for r in JoinRequest.objects.filter(user=person).select_related("community").order_by("pk"):
        yield [
            r.community.name,
            r.get_status_display(),
            r.message,
            r.created_at,
            r.decided_at,
            r.left_at,
        ]


def _invitation_place(invitation):
    return str(invitation.target)


INVITATION_PLACES = ("programme", "project", "field_trial", "invited_by")


def _invitations_received(person):
    received = Invitation.objects.filter(
        Q(email__iexact=person.email) | Q(accepted_by=person)
    ).select_related(*INVITATION_PLACES)
    for i in received.order_by("created_at", "pk"):
        yield [
            _invitation_place(i),
            i.get_role_display(),
            str(i.invited_by or ""),
            i.email,
            i.full_name,
            i.created_at,
            i.get_state_display(),
            i.accepted_at,
            i.withdrawn_at,
        ]


def _invitations_sent(person):
    sent = Invitation.objects.filter(invited_by=person).select_related(*INVITATION_PLACES)
    for i in sent.order_by("created_at", "pk"):
        yield [
            _invitation_place(i),
            i.get_role_display(),
            i.email,
            i.full_name,
            i.created_at,
            i.get_state_display(),
            i.accepted_at,
            i.withdrawn_at,
        ]


def _monthly_updates(person):
    from fieldtrials.models import MonthlyUpdate

    written = MonthlyUpdate.objects.filter(author=person).select_related("field_trial")
    for u in written.order_by("month", "pk"):
        yield [
            u.field_trial.title,
            u.month.strftime("%B %Y"),
            u.get_rag_display(),
            u.what_happened,
            u.what_next,
            u.in_the_way,
            u.get_status_display(),
            u.created_at,
            u.submitted_at,
            u.withdrawn_at,
        ]


def _posts(person):
    from discussions.models import Post

    for p in Post.objects.filter(author=person).select_related("thread").order_by("pk"):
        yield [p.thread.title, p.pk, p.created_at, p.body, p.changed_at, p.withdrawn_at]


def _post_versions(person):
    from discussions.models import PostRevision

    earlier = PostRevision.objects.filter(post__author=person).select_related("post__thread")
    for r in earlier.order_by("post_id", "version"):
        yield [r.post.thread.title, r.post_id, r.version, r.written_at, r.replaced_at, r.body]


def _exercises(person):
    from toolkit.models import Participation

    taken = Participation.objects.filter(user=person).select_related("exercise")
    for p in taken.order_by("pk"):
        yield [p.exercise.title, p.invited_at, p.submitted_at]


def _answers(person):
    from toolkit.models import Answer, ToolVersion
    from toolkit.questions import questions_of

    answers = list(
        Answer.objects.filter(participation__user=person)
        .select_related("participation__exercise")
        .order_by("participation_id", "pk")
    )
    versions = {a.participation.exercise.tool_version_id for a in answers}
    texts = {
        (version.pk, q.key): q.text
        for version in ToolVersion.objects.filter(pk__in=versions)
        for q in questions_of(version.definition)
    }
    for a in answers:
        exercise = a.participation.exercise
        value = a.value if isinstance(a.value, str) else json.dumps(a.value, ensure_ascii=False)
        yield [
            exercise.title,
            texts.get((exercise.tool_version_id, a.question), a.question),
            value,
            a.updated_at,
        ]


def _support(person):
    from fieldtrials.models import SupportSession

    given = SupportSession.objects.filter(given_by=person).select_related("field_trial")
    for s in given.order_by("held_on", "pk"):
        yield [
            s.field_trial.title,
            s.held_on,
            s.get_kind_display(),
            s.hours,
            s.notes,
            s.withdrawn_at,
        ]


def _assessment_fields():
    from programmes.models import Assessment

    skip = {"id", "option", "reviewer"}
    return [f for f in Assessment._meta.concrete_fields if f.name not in skip]


def _assessment_headings():
    return ["Option", *[str(f.verbose_name).capitalize() for f in _assessment_fields()]]


def _assessments(person):
    from programmes.models import Assessment

    fields = _assessment_fields()
    made = Assessment.objects.filter(reviewer=person).select_related("option")
    for a in made.order_by("pk"):
        yield [
            a.option.title,
            *[
                getattr(a, f"get_{f.name}_display")() if f.choices else getattr(a, f.name)
                for f in fields
            ],
        ]


def _notifications(person):
    for n in Notification.objects.filter(recipient=person).order_by("created_at", "pk"):
        link = on_site(n.url)  # whole, as its e-mail gave it: a file opened away from the site
        yield [n.created_at, n.get_kind_display(), n.message, link, n.read_at, n.emailed_at]


def _follows(person):
    from following.models import Follow

    follows = Follow.objects.filter(user=person).select_related("project", "field_trial")
    for f in follows.select_related("community").order_by("created_at", "pk"):
        kind = "Project" if f.project_id else "Field trial" if f.field_trial_id else "Community"
        yield [kind, str(f.subject), f.created_at]


def _digests(person):
    from following.models import Digest

    sent = Digest.objects.filter(user=person).annotate(told=Count("items"))
    for d in sent.order_by("claimed_at", "pk"):
        yield [d.claimed_at, d.sent_at, d.told]


def _report_opt_outs(person):
    from reports.models import MonthlyReportOptOut

    for o in MonthlyReportOptOut.objects.filter(person=person).select_related("project"):
        yield [o.project.title, o.created_at]


def events_naming(person):
    """The event log's entries that name `person`: what they did, what was done to them
    (a membership event's data names them), and what was done to their account."""
    return Event.objects.filter(
        Q(actor=person)
        | Q(data__user=person.pk)
        | Q(target_type__app_label="accounts", target_type__model="user", target_id=person.pk)
    )


def _events(person):
    from nextpractice.history import change_lines, sentence

    for e in events_naming(person).select_related("actor").order_by("created_at", "pk"):
        yield [
            e.created_at,
            str(e.actor) if e.actor else "Next Practice",
            sentence(e),
            "; ".join(change_lines(e)),
            e.target_name,
        ]


def _sign_ins(person):
    from axes.models import AccessFailureLog, AccessLog

    signed_in = AccessLog.objects.filter(username__iexact=person.email)
    for a in signed_in.order_by("attempt_time", "pk"):
        yield ["Signed in", a.attempt_time, a.logout_time, a.ip_address, a.user_agent]
    failed = AccessFailureLog.objects.filter(username__iexact=person.email)
    for a in failed.order_by("attempt_time", "pk"):
        what = "Sign-in refused, account paused" if a.locked_out else "Wrong password"
        yield [what, a.attempt_time, None, a.ip_address, a.user_agent]


FILES = [
    DataFile(
        "account.csv",
        "Your account: name, e-mail address, job title, organisation, when you joined and "
        "last signed in, which e-mails you switched off and how often you get digests.",
        [
            "Name",
            "E-mail address",
            "Job title",
            "Organisation",
            "Administrator",
            "Account switched on",
            "Joined",
            "Last signed in",
            "E-mails switched off",
            "Digest e-mails",
            "Digest chosen",
        ],
        _account,
        ("following.digestchoice.user",),
    ),
    DataFile(
        "memberships.csv",
        "The programmes, projects and field trials you belong to, and your role in each.",
        ["Kind", "Name", "Role"],
        _memberships,
        (
            "programmes.programmemembership.user",
            "programmes.projectmembership.user",
            "fieldtrials.fieldtrialmembership.user",
        ),
    ),
    DataFile(
        "community_requests.csv",
        "Your requests to join communities of interest, and what became of them.",
        ["Community", "State", "Your message", "Asked", "Decided", "Left"],
        _community_requests,
        ("communities.joinrequest.user",),
    ),
    DataFile(
        "invitations_received.csv",
        "Invitations sent to your e-mail address, or that you accepted.",
        [
            "To",
            "Role",
            "Invited by",
            "E-mail address",
            "Name given",
            "Sent",
            "State",
            "Accepted",
            "Withdrawn",
        ],
        _invitations_received,
        ("accounts.invitation.accepted_by",),
    ),
    DataFile(
        "invitations_sent.csv",
        "Invitations you sent to others: the address and name you gave for each.",
        ["To", "Role", "E-mail address", "Name given", "Sent", "State", "Accepted", "Withdrawn"],
        _invitations_sent,
        ("accounts.invitation.invited_by",),
    ),
    DataFile(
        "monthly_updates.csv",
        "The monthly updates you wrote for field trials.",
        [
            "Field trial",
            "Month",
            "Rating",
            "What happened",
            "What is next",
            "What is in the way",
            "State",
            "Started",
            "Submitted",
            "Withdrawn",
        ],
        _monthly_updates,
        ("fieldtrials.monthlyupdate.author",),
    ),
    DataFile(
        "discussion_posts.csv",
        "What you wrote in discussions, as it reads now.",
        ["Discussion", "Post number", "Written", "Words", "Last changed", "Withdrawn"],
        _posts,
        ("discussions.post.author",),
    ),
    DataFile(
        "discussion_post_versions.csv",
        "The earlier words of your posts, kept when a post was edited.",
        ["Discussion", "Post number", "Version", "Written", "Replaced", "Words"],
        _post_versions,
    ),
    DataFile(
        "toolkit_exercises.csv",
        "The toolkit exercises you were invited to, and when you submitted your answers.",
        ["Exercise", "Invited", "Submitted"],
        _exercises,
        ("toolkit.participation.user",),
    ),
    DataFile(
        "toolkit_answers.csv",
        "Your answers in toolkit exercises.",
        ["Exercise", "Question", "Your answer", "Saved"],
        _answers,
    ),
    DataFile(
        "support_log.csv",
        "Support sessions you gave to field trials, from their support logs.",
        ["Field trial", "Date", "Kind", "Hours", "Notes", "Withdrawn"],
        _support,
        ("fieldtrials.supportsession.given_by",),
    ),
    DataFile(
        "option_assessments.csv",
        "Your assessments of creative options against the Next Practice criteria.",
        _assessment_headings,
        _assessments,
        ("programmes.assessment.reviewer",),
    ),
    DataFile(
        "notifications.csv",
        "The notifications you were sent, and when they were read and e-mailed.",
        ["Sent", "About", "Message", "Link", "Read", "E-mailed"],
        _notifications,
        ("accounts.notification.recipient",),
    ),
    DataFile(
        "follows.csv",
        "The projects, field trials and communities you follow.",
        ["Kind", "Name", "Since"],
        _follows,
        ("following.follow.user",),
    ),
    DataFile(
        "digests.csv",
        "The digest e-mails you were sent, and how many events each told.",
        ["Gathered", "Sent", "Events told"],
        _digests,
        ("following.digest.user", "following.digestitem.user"),
    ),
    DataFile(
        "monthly_report_opt_outs.csv",
        "Projects whose monthly progress reports you asked not to be told about.",
        ["Project", "Since"],
        _report_opt_outs,
        ("reports.monthlyreportoptout.person",),
    ),
    DataFile(
        "activity_log.csv",
        "Entries of the activity log that name you: what you did, what others did to your "
        "place in a team, and changes to your account.",
        ["When", "Who", "What happened", "What changed", "About"],
        _events,
        ("accounts.event.actor",),
    ),
    DataFile(
        "sign_in_records.csv",
        "Each time someone signed in to your account, or tried to with a wrong password: "
        "when, from which internet (IP) address and with which browser.",
        ["What", "When", "Signed out", "IP address", "Browser"],
        _sign_ins,
    ),
]


# A model's field that names a record in other_records.csv, the first it has; or else its
# parent's (a monthly update is named by its field trial), with the record's own date.
NAME_FIELDS = ("title", "name", "full_name", "original_name", "object_repr", "text", "message")
PARENT_FIELDS = (
    "field_trial", "trial", "project", "programme", "community", "space", "thread", "tool",
    "objective", "indicator", "lesson", "case_study", "board", "exercise",
)  # fmt: skip
DATE_FIELDS = ("month", "held_on", "submitted_on", "measured_on", "recorded_on", "given_on")
WHEN_FIELDS = (
    "history_date", "created_at", "requested_at", "action_time", "changed_at", "edited_at",
    "kept_at", "written_at",
)  # fmt: skip
NAME_LENGTH = 80

# Kinds of record in the words the app's screens use, where the model's own name differs.
KINDS = {
    "admin.logentry": "change made in the administrators' pages",
    "accounts.formsubmission": "form you sent",
    "programmes.stagemove": "move of a project to another stage",
    "fieldtrials.trialstatuschange": "change of a field trial's status",
    "fieldtrials.powertoinnovaterequest": "Power to Innovate request",
    "fieldtrials.offeruse": "use of the incubation offer",
    "discussions.thread": "discussion",
    "discussions.post": "post in a discussion",
    "discussions.postrevision": "earlier wording of a post in a discussion",
    "communities.communityspace": "community's shared page",
    "communities.pagerevision": "version of a community's shared page",
    "toolkit.toolversion": "version of a tool",
    "evaluation.takeup": "take-up of learning",
}

# Records whose name is not their first name field nor their parent's.
NAMES = {
    "communities.communityspace": ["community__name"],
    "communities.pagerevision": ["space__community__name", "version"],
    "discussions.postrevision": ["post__thread__title", "version"],
}

# How a record names the person, by the field that points at them.
ROLES = {
    "created_by": "added it",
    "author": "wrote it",
    "changed_by": "last changed it",
    "withdrawn_by": "withdrew it",
    "history_user": "saved this version",
    "read_by": "read it",
    "actor": "made it",
    "user": "made it",
    "recorded_by": "recorded it",
    "entered_by": "entered it",
    "requested_by": "asked for it",
    "confirmed_by": "confirmed it",
    "decided_by": "decided it",
    "concluded_by": "concluded it",
    "given_by": "gave it",
    "edited_by": "saved it",
    "replaced_by": "rewrote it",
    "kept_by": "kept it",
    "narrative_updated_by": "updated its story",
    "lead_officer": "lead officer",
    "consultant": "consultant",
    "convenor": "convenor",
    "facilitator": "facilitator",
}


def pointers_to_people():
    """[(model, field)] for every field of every installed model that points at a person."""
    return [
        (model, field)
        for model in apps.get_models()
        for field in model._meta.concrete_fields
        if isinstance(field, models.ForeignKey) and field.related_model is User
    ]


def _key(model, field):
    return f"{model._meta.label_lower}.{field.name}"


def _first_field(model, names):
    have = {f.name for f in model._meta.concrete_fields}
    return next((name for name in names if name in have), None)


def _kind(model):
    """The kind of record in plain words, with a capital: "Earlier version of an objective"."""
    record = getattr(model, "instance_type", None)  # django-simple-history's saved versions
    base = record or model
    kind = KINDS.get(base._meta.label_lower, str(base._meta.verbose_name))
    if record:
        vowel = kind[:1] in "aeiou" and not kind.startswith(("use", "uni", "eu"))
        kind = f"earlier version of {'an' if vowel else 'a'} {kind}"
    return kind[:1].upper() + kind[1:]


def _name_lookups(model):
    """The lookups whose values, joined, name a record of this model."""
    if model._meta.label_lower in NAMES:
        return NAMES[model._meta.label_lower]
    name = _first_field(model, NAME_FIELDS)
    lookups = [name] if name else []
    if not name:
        parent = _first_field(model, PARENT_FIELDS)
        if parent and isinstance(model._meta.get_field(parent), models.ForeignKey):
            related = model._meta.get_field(parent).related_model
            parent_name = _first_field(related, NAME_FIELDS)
            if parent_name:
                lookups.append(f"{parent}__{parent_name}")
    date = _first_field(model, DATE_FIELDS)
    return [*lookups, *([date] if date else [])]


def _name_part(lookup, value):
    if value is None or value == "":
        return ""
    if lookup == "month":
        return f"{value:%B %Y}"
    if lookup == "version":
        return f"version {value}"
    if hasattr(value, "strftime"):
        return f"{value:%-d %B %Y}"
    text = " ".join(str(value).split())
    return text if len(text) <= NAME_LENGTH else text[: NAME_LENGTH - 1].rstrip() + "…"


def _other_records(person):
    """One row for each record that names the person, however many of its fields do."""
    covered = {key for data_file in FILES for key in data_file.covers}
    fields_by_model = {}
    for model, field in pointers_to_people():
        if _key(model, field) not in covered:
            fields_by_model.setdefault(model, []).append(field)
    for model, fields in fields_by_model.items():
        history = hasattr(model, "instance_type")
        number = "id" if history else "pk"  # a version's record's own number, not the version's
        names = _name_lookups(model)
        when = _first_field(model, WHEN_FIELDS)
        columns = [number, *names, *([when] if when else []), *(f.name for f in fields)]
        points = Q()
        for field in fields:
            points |= Q(**{field.name: person})
        rows = model._base_manager.filter(points).order_by("pk").values_list(*columns)
        for values in rows:
            row = dict(zip(columns, values, strict=True))
            name = ", ".join(filter(None, (_name_part(n, row[n]) for n in names)))
            roles = dict.fromkeys(
                ROLES.get(f.name, str(f.verbose_name)) for f in fields if row[f.name] == person.pk
            )
            yield [_kind(model), ", ".join(roles), row[number], name, row.get(when)]


OTHER_RECORDS = DataFile(
    "other_records.csv",
    "Every other record that names you, such as a record you added or changed, an earlier "
    "version of a record you saved, or a report you asked for: what kind of record it is, "
    "how it names you, its number and its name.",
    ["Kind of record", "How it names you", "Number", "Name", "When"],
    _other_records,
)


def data_files():
    """Every file of the download, in order."""
    return [*FILES, OTHER_RECORDS]


def readme(person, *, gathered_by, when):
    """What the download is and what each of its files holds, in plain words."""
    lines = [
        f"The personal data Next Practice holds about {person.full_name} ({person.email}).",
        f"Gathered on {timezone.localtime(when):%-d %B %Y at %H:%M} by {gathered_by.full_name}.",
        "",
        "Each file is a table (CSV) that opens in a spreadsheet. A file with only its "
        "heading row means Next Practice holds nothing of that kind about you.",
        "Your password is not here: Next Practice keeps only a scrambled form of it that "
        "nobody can read back.",
        "",
    ]
    for data_file in data_files():
        lines += [data_file.name, f"    {data_file.about}", ""]
    lines.append(
        "To have any of this corrected or erased, ask your administrator. The privacy notice, "
        "linked at the foot of every page, says why each of these is kept and for how long."
    )
    return "\n".join(lines) + "\n"


def personal_data_zip(person, *, gathered_by, when=None):
    """The ZIP of `person`'s data (bytes): README.txt and one CSV file for each kind."""
    when = when or timezone.now()
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("README.txt", readme(person, gathered_by=gathered_by, when=when))
        for data_file in data_files():
            body = csv_bytes(data_file.column_headings(), data_file.rows(person))
            archive.writestr(data_file.name, body)
    return out.getvalue()
