"""Importing people into a programme from a spreadsheet, sending their invitations.

A programme officer (or an administrator) uploads a CSV or XLSX file of people: e-mail,
name, organisation (URN or name, optional; "The" or "Council" aside, as
`accounts.search.name_key_of` reads it: "County Durham" is the local authority "Durham"),
where (the programme, a project or a field trial of it) and role (`start_people_import`).
A job reads it and says what would happen (`preview_people_import`): whom it would invite,
whom it would add at once (they already have an account), who is already a member or
already invited, and each row's problem with its line number. Once they confirm
(`confirm_people_import`) a job invites everyone in one transaction through the invitations
service (`run_people_import`), so each invitation has its event and its e-mail, sent once
after commit. Rows with problems are left out and listed; importing the same file again
invites nobody twice. A finished import keeps no file: nothing reads it again, and it names
people.

The file is read with a fixed number of queries whatever its size: the people already
here by e-mail, the programme's projects and trials by title, the organisations named,
and the memberships and pending invitations of the programme, each in one query.
"""

import csv
import io
import logging
import re
import zipfile
from collections import defaultdict
from dataclasses import dataclass, field

from django.core.exceptions import PermissionDenied, ValidationError
from django.core.validators import validate_email
from django.db import transaction
from django.db.models.functions import Lower
from django.utils import timezone

from accounts.models import Invitation, Organisation, Role, User
from accounts.people.kinds import kind_of, target_name, trial_withdrawn_message, withdrawn_trial
from accounts.people.services import TeamChangeRefused, fitting_role, invite
from accounts.rules import check_give_organisation
from accounts.search import authority_name_key, name_key_of, organisation_name_key
from accounts.services import record_event
from nextpractice.bidi import without_bidi
from nextpractice.jobs import JobRefused, send_job
from programmes.models import withdrawn_project_of
from programmes.services.lifecycle import ProjectWithdrawn

from .files import forget_files
from .gias import NOT_TEXT, FileProblem, quoted
from .models import PROBLEMS_KEPT, WORKING, PeopleImport, stale
from .notices import NoLongerImporting, fail_and_tell, finished, tell_starters

logger = logging.getLogger(__name__)
State = PeopleImport.State
COLUMNS = ("email", "name", "organisation", "where", "role")
REQUIRED = ("email", "where", "role")
REFUSED_MESSAGE = (
    "The background job service was not responding, so this file was not read. "
    "Upload it again in a few minutes."
)
FAILED_MESSAGE = (
    "Something went wrong while {doing} this file, and nobody was invited. Try again; if "
    "it fails again, tell the Innovation Unit's technical team."
)
# The words a role cell may hold, lower-case with single spaces: the roles' own, and what a
# school would write for them (a head teacher is a school leader; a teacher a practitioner).
ROLE_WORDS = {
    "officer": Role.OFFICER,
    "programme officer": Role.OFFICER,
    "consultant": Role.CONSULTANT,
    "practitioner": Role.PRACTITIONER,
    "teacher": Role.PRACTITIONER,
    "school leader": Role.PRACTITIONER,
    "school leader or practitioner": Role.PRACTITIONER,
    "head teacher": Role.PRACTITIONER,
    "headteacher": Role.PRACTITIONER,
    "head": Role.PRACTITIONER,
    "headmaster": Role.PRACTITIONER,
    "headmistress": Role.PRACTITIONER,
    "principal": Role.PRACTITIONER,
    "deputy head": Role.PRACTITIONER,
    "deputy headteacher": Role.PRACTITIONER,
    "deputy head teacher": Role.PRACTITIONER,
    "assistant head": Role.PRACTITIONER,
    "assistant headteacher": Role.PRACTITIONER,
    "assistant head teacher": Role.PRACTITIONER,
    "partner": Role.PARTNER,
    "partner agency": Role.PARTNER,
} | {role.label.lower(): role for role in Role}
# The most people one file may hold: a programme's people, in a few files if need be. Reading
# stops there, so a file of millions of rows (a few hundred KB as XLSX) is not read whole.
MAX_PEOPLE = 5000
MAX_ROWS = 2 * MAX_PEOPLE  # counting empty rows
TOO_MANY_PEOPLE = (
    f"The file has more than {MAX_PEOPLE:,} people: split it into files of {MAX_PEOPLE:,} or fewer."
)
TOO_MANY_ROWS = (
    f"The file has more than {MAX_ROWS:,} rows, counting empty ones: delete the empty rows, "
    f"or split it into files of {MAX_PEOPLE:,} people or fewer."
)
UNREADABLE = "The {column} cell has a character in it that is not text: type it again."
NOT_XLSX = "The file is not an Excel (XLSX) workbook we can read."
UNPACKED_LIMIT = 50 * 1024 * 1024
EMAIL_LENGTH = Invitation._meta.get_field("email").max_length
NAME_LENGTH = Invitation._meta.get_field("full_name").max_length
NO_PEOPLE = "The file holds no people: add a row for each person under the header."
TOO_BIG_UNPACKED = (
    f"The workbook is far larger once unpacked than a list of {MAX_PEOPLE:,} people could be: "
    "save the people's sheet on its own, or as a CSV file, and upload that."
)
SEPARATORS = (",", ";", "\t")  # a comma first: it wins a tie
# A name that is a date or a number is another column's, or a cell Excel turned into one (an
# XLSX date cell is read as "2026-01-01 00:00:00").
NOT_NAMES = (
    (
        "a date",
        re.compile(r"\d{1,4}([-/.])\d{1,2}\1\d{1,4}([ T]\d{1,2}:\d{2}(:\d{2}(\.\d+)?)?)?"),
    ),
    ("a time", re.compile(r"\d{1,2}:\d{2}(:\d{2}(\.\d+)?)?")),
    ("a number", re.compile(r"[-+]?(\d+([.,]\d+)*|\.\d+)([eE][-+]?\d+)?")),
)
# What a row's problem says to write in its role, or its where, column.
USE_ROLES = "use officer, consultant, school leader, practitioner or partner."
WRITE_WHERE = "write programme, project: and its title, or trial: and its title."
PROJECT_PREFIXES = ("project:",)
TRIAL_PREFIXES = ("trial:", "field trial:")


# --- Reading the file ---------------------------------------------------------------------


def read_people(handle, name):
    """The file's rows as (line number, {column: text}), for a CSV or an XLSX file, reading
    no further than MAX_PEOPLE people (or MAX_ROWS rows, counting empty ones). Raises
    FileProblem when it cannot be read, lacks a column or has too many people."""
    rows, index = _opened(handle, name)
    read = []
    for line, row in enumerate(rows, start=2):
        if line > MAX_ROWS + 1:
            raise FileProblem(TOO_MANY_ROWS)
        cells = ["" if cell is None else str(cell).strip() for cell in row]
        if not any(cells):
            continue
        if len(read) == MAX_PEOPLE:
            raise FileProblem(TOO_MANY_PEOPLE)
        read.append((line, {c: cells[i] if i < len(cells) else "" for c, i in index.items()}))
    if not read:
        raise FileProblem(NO_PEOPLE)
    return read


def check_header(upload):
    """Raise FileProblem if `upload` is not a readable CSV or XLSX file with the columns, or
    holds no one under them. Reads its first row and up to its first person only: the rows
    are the job's to read."""
    upload.seek(0)
    try:
        rows, _ = _opened(upload, upload.name)
        for line, row in enumerate(rows, start=2):
            if line > MAX_ROWS + 1:
                break  # the job says there are too many rows
            if any(cell is not None and str(cell).strip() for cell in row):
                break
        else:
            raise FileProblem(NO_PEOPLE)
    finally:
        upload.seek(0)


def _opened(handle, name):
    """(the rows after the first, {column: its index}) for the file in `handle`, its first
    row read and checked."""
    if name.lower().endswith(".xlsx"):
        rows = _xlsx_rows(handle)
    else:
        rows = _csv_rows(handle.read())
    try:
        header = next(rows)
    except StopIteration:
        raise FileProblem("The file is empty.") from None
    header = [str(cell or "").strip().lower() for cell in header]
    missing = [column for column in REQUIRED if column not in header]
    if missing:
        raise FileProblem(
            f"The first row must name the columns; missing: {', '.join(missing)}. "
            f"The columns are {', '.join(COLUMNS)}."
        )
    return rows, {column: header.index(column) for column in COLUMNS if column in header}


def _csv_rows(data):
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        return _csv_records(csv.reader(io.StringIO(text, newline=""), delimiter=_separator(text)))
    raise FileProblem("The file is not a CSV file in a text encoding we can read.")


def _separator(text):
    """The character between the columns: the one of SEPARATORS by which the first row names
    the most of them. Excel saves a CSV file with semicolons where a comma is the decimal
    point (much of Europe), and "Text (tab-delimited)" with tabs."""
    first = text[:1000].splitlines()[:1]  # a header is short: this much will do

    def named(separator):
        try:
            cells = next(csv.reader(first, delimiter=separator), [])
        except csv.Error:  # the reader of the whole file says what is wrong
            return 0
        return len({cell.strip().lower() for cell in cells} & set(COLUMNS))

    return max(SEPARATORS, key=named)  # a comma when none names more


def _csv_records(reader):
    """The CSV reader's rows; a row it cannot read is a FileProblem saying on which line."""
    start = 1
    try:
        for row in reader:
            yield row
            start = reader.line_num + 1
    except csv.Error as error:
        if "field larger than field limit" in str(error):
            raise FileProblem(
                f"Line {start} of the file has a cell longer than "
                f"{csv.field_size_limit():,} characters, or a quotation mark that is never "
                "closed. Correct it and upload the file again."
            ) from None
        raise FileProblem(
            f"The file could not be read as CSV from line {start}. Correct it and upload the "
            "file again."
        ) from None


def _xlsx_rows(handle):
    from openpyxl import load_workbook

    data = handle.read()
    _check_unpacked_size(data)
    try:
        # read_only streams the rows, so a large sheet is not held whole in memory.
        workbook = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
        rows = workbook.worksheets[0].iter_rows(values_only=True)
    except Exception:
        raise FileProblem(NOT_XLSX) from None
    return _xlsx_records(rows)


def _check_unpacked_size(data):
    """Refuse a workbook whose parts would unpack to more than UNPACKED_LIMIT, before
    openpyxl opens it: it reads the shared strings whole on opening, and a sheet without its
    size written whole to find it, so a few hundred KB could take minutes and gigabytes. A
    file of MAX_PEOPLE people unpacks to a few MB."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as parts:
            unpacked = sum(part.file_size for part in parts.infolist())
    except (zipfile.BadZipFile, OSError):
        raise FileProblem(NOT_XLSX) from None
    if unpacked > UNPACKED_LIMIT:
        raise FileProblem(TOO_BIG_UNPACKED)


def _xlsx_records(rows):
    """The sheet's rows: openpyxl reads the sheet as they are asked for, so a broken sheet
    fails here, not on opening."""
    try:
        yield from rows
    except Exception:
        raise FileProblem(NOT_XLSX) from None


# --- The example file ---------------------------------------------------------------------

# Made-up people of the example rows, and the places they stand for when the programme has
# no project or field trial of its own yet.
EXAMPLE_PEOPLE = [
    ("a.khan@example.org", "Asha Khan"),
    ("j.ellis@example.org", "Jo Ellis"),
    ("r.patel@example.org", "Ravi Patel"),
    ("head@stmarys.example.org", "Sam Okoro"),
    ("t.nowak@example.org", "Tomasz Nowak"),
]
# The template's own example people are not invited, should a file keep them.
EXAMPLE_ADDRESSES = frozenset(email for email, _ in EXAMPLE_PEOPLE)
EXAMPLE_PROJECT = "Reading for pleasure"
EXAMPLE_TRIAL = "Quiet reading hour"
EXAMPLE_URN = "100000"
EXAMPLES_OF_EACH = 2


def example_rows(programme, user):
    """A few rows of a file of people for `programme`, each with the columns in COLUMNS and
    written as the import reads them: one for the programme itself, then its first projects
    and field trials that `user` sees (their real titles; a trial with its lead school's URN)
    and can still invite to, or made-up ones when it has none. Two queries."""
    from fieldtrials.models import FieldTrial
    from fieldtrials.rules import visible_fieldtrials
    from programmes.rules import visible_projects

    projects = visible_projects(user).filter(programme=programme).order_by("pk")
    trials = (
        visible_fieldtrials(user)
        .filter(project__programme=programme, project__in=projects)
        .exclude(status=FieldTrial.Status.WITHDRAWN)
        .select_related("lead_organisation")
        .order_by("pk")
    )
    places = [("programme", "", "officer")]
    places += [
        (f"project: {project.title}", "", "consultant") for project in projects[:EXAMPLES_OF_EACH]
    ] or [(f"project: {EXAMPLE_PROJECT}", "", "consultant")]
    places += [
        (f"trial: {trial.title}", _school_of(trial), "school leader")
        for trial in trials[:EXAMPLES_OF_EACH]
    ] or [(f"trial: {EXAMPLE_TRIAL}", EXAMPLE_URN, "school leader")]
    return [
        [email, name, organisation, where, role]
        for (email, name), (where, organisation, role) in zip(EXAMPLE_PEOPLE, places, strict=False)
    ]


def _school_of(trial):
    """What the organisation column says of a trial's lead school: its URN, or its name."""
    school = trial.lead_organisation
    if school is None:
        return ""
    return school.urn or school.name


# --- What importing would do --------------------------------------------------------------


@dataclass
class Plan:
    """What importing a file into a programme would do."""

    invite: list = field(default_factory=list)  # (line, email, name, organisation, target, role)
    add: list = field(default_factory=list)
    members: int = 0
    invited: int = 0
    problems: list = field(default_factory=list)  # (line, message)


class Places:
    """The programme, its projects and its trials by lower-case title (two queries)."""

    def __init__(self, programme):
        from fieldtrials.models import FieldTrial

        self.programme = programme
        projects = list(programme.projects.all())
        trials = list(
            FieldTrial.objects.filter(project__programme=programme).select_related(
                "project__programme"
            )
        )
        for project in projects:
            project.programme = programme
        # A withdrawn project's title may have been given to another since: that one is
        # meant, so the projects not withdrawn come last and win.
        projects.sort(key=lambda p: not p.is_withdrawn)
        # So too a trial of a withdrawn project, whose title a live project's trial may share,
        # and a withdrawn trial, whose title another project's live trial may.
        trials.sort(key=lambda t: (not t.project.is_withdrawn, not withdrawn_trial(t)))
        self.projects = {p.title.strip().lower(): p for p in projects}
        self.trials = {t.title.strip().lower(): t for t in trials}

    def find(self, where):
        text = " ".join(where.split()).lower()
        if text in ("programme", "the programme", self.programme.name.lower()):
            return self.programme
        for prefixes, found in ((PROJECT_PREFIXES, self.projects), (TRIAL_PREFIXES, self.trials)):
            for prefix in prefixes:
                if text.startswith(prefix):
                    return found.get(text[len(prefix) :].strip())
        return None


def plan_people(*, programme, rows, actor):
    """What importing `rows` into `programme` as `actor` would do, with a fixed number of
    queries whatever the number of rows."""
    places = Places(programme)
    plan = Plan()
    readable = []
    for line, row in rows:
        unreadable = [c for c in COLUMNS if NOT_TEXT.search(row.get(c, ""))]
        if unreadable:
            plan.problems.append((line, UNREADABLE.format(column=unreadable[0])))
        else:
            readable.append((line, row))
    rows = readable
    emails = set()
    for _, row in rows:
        emails.add(row.get("email", "").strip().lower())
    # Accounts keep the address as typed: compare lower-case on both sides.
    matching = User.objects.alias(lower_email=Lower("email")).filter(lower_email__in=emails)
    users = {u.email.lower(): u for u in matching}
    organisations = _organisations(rows)
    members, pending = _teams(programme)
    allowed = {}
    seen = set()
    for line, row in rows:
        problem, item = _check_row(row, places, organisations, users, seen, allowed, actor)
        if problem:
            plan.problems.append((line, problem))
            continue
        email, name, organisation, target, role = item
        key = (kind_of(target).field, target.pk)
        user = users.get(email)
        if user is not None and (key, user.pk) in members:
            plan.members += 1
        elif user is None and (key, email) in pending:
            plan.invited += 1
        elif user is not None and not user.is_active:
            plan.problems.append((line, f"{email}'s account is switched off."))
        else:
            (plan.add if user else plan.invite).append((line, *item))
    plan.problems.sort()
    return plan


def withdrawn_row(project, target=None):
    """A row's problem when it names a withdrawn project, or (`target`) a field trial of one:
    nobody is invited to either."""
    if target is None or target == project:
        return (
            f"{target_name(project)} has been withdrawn: nobody is invited to it until it is "
            "restored."
        )
    return (
        f"{target_name(project)}, the project of {target_name(target)}, has been withdrawn: "
        "nobody is invited to its field trials until it is restored."
    )


def _check_row(row, places, organisations, users, seen, allowed, actor):
    """(problem, None) or (None, (email, name, organisation, target, role)) for one row."""
    email = User.objects.normalize_email(row.get("email", "").strip()).lower()
    if not email:
        return "The e-mail address is missing.", None
    try:
        validate_email(email)
    except ValidationError:
        return f"“{quoted(row.get('email'))}” is not an e-mail address.", None
    if email in EXAMPLE_ADDRESSES:
        return (
            f"{email} is one of the template's example people: put your own people's "
            "addresses in place of the examples.",
            None,
        )
    if len(email) > EMAIL_LENGTH:  # the validator allows it; an invitation cannot hold it
        return (
            f"“{quoted(email)}” is longer than any e-mail address "
            f"({EMAIL_LENGTH} characters at most).",
            None,
        )
    # As the invitation keeps it, without what would turn it round (as the forms take names).
    written = " ".join(without_bidi(row.get("name", "")).split())
    if len(written) > NAME_LENGTH:  # the profile form's words
        return (
            f"The name must be {NAME_LENGTH:,} characters or fewer (it has {len(written):,}).",
            None,
        )
    for looks, pattern in NOT_NAMES:
        if pattern.fullmatch(written):
            return f"The name looks like {looks}: check the columns are in the right order.", None
    written_role = " ".join(row.get("role", "").split())
    role = ROLE_WORDS.get(written_role.lower())
    if role is None:
        if not written_role:
            return f"The role is missing: {USE_ROLES}", None
        return f"“{quoted(row.get('role'))}” is not a role: {USE_ROLES}", None
    if not row.get("where", "").strip():
        return f"The where column is empty: {WRITE_WHERE}", None
    target = places.find(row.get("where", ""))
    if target is None:
        return (
            f"“{quoted(row.get('where'))}” is not this programme, nor one of its projects or field "
            f"trials: {WRITE_WHERE}",
            None,
        )
    withdrawn = withdrawn_project_of(target)  # the project's, or a trial's project
    if withdrawn is not None:
        return withdrawn_row(withdrawn, target), None
    if withdrawn_trial(target):
        return trial_withdrawn_message(target), None
    try:
        role = fitting_role(target, role)  # no programme officer of a trial, say
    except TeamChangeRefused as refused:
        return refused.message, None
    organisation = None
    named = " ".join(row.get("organisation", "").split())
    if named:
        found = organisations.find(named)
        if not found:
            return f"There is no organisation with the URN or name “{quoted(named)}”.", None
        if len(found) > 1:
            names = [f"{o.name} ({o.get_kind_display().lower()})" for o in found[:5]]
            return (
                f"“{quoted(named)}” could be any of {', '.join(names[:-1])} and {names[-1]}: "
                "write its URN, or its name as the directory has it.",
                None,
            )
        organisation = found[0]
    kind = kind_of(target)
    key = (kind.field, target.pk, email)
    if key in seen:
        return f"{email} is in the file twice for the same place.", None
    seen.add(key)
    if (kind.field, target.pk) not in allowed:
        allowed[(kind.field, target.pk)] = actor.has_perm(kind.manage_perm, target)
    if not allowed[(kind.field, target.pk)]:
        return f"You may not invite people to {quoted(row.get('where'))}.", None
    if organisation is not None:
        # Every place is of the import's programme: asked once for each organisation named.
        key = ("organisation", organisation.pk)
        if key not in allowed:
            allowed[key] = check_give_organisation(actor, organisation, target)
        given, reason = allowed[key]
        if not given:
            return reason, None
    name = without_bidi(row.get("name", "")).strip()
    return None, (email, name, organisation, target, role)


class Named:
    """The organisations a file names, by URN, by name and by their key (name_key_of: a
    local authority's authority_name_key, any other's organisation_name_key)."""

    def __init__(self, organisations=()):
        self.by_urn, self.by_name = {}, defaultdict(list)
        self.by_key = {True: defaultdict(list), False: defaultdict(list)}  # authority or not
        for organisation in sorted(organisations, key=lambda o: (o.name, o.pk)):
            if organisation.urn:
                self.by_urn[organisation.urn] = organisation
            self.by_name[organisation.name.casefold()].append(organisation)
            authority = organisation.kind == Organisation.Kind.LOCAL_AUTHORITY
            key = name_key_of(organisation.name, organisation.kind)
            self.by_key[authority][key].append(organisation)

    def find(self, text):
        """The organisations `text` may mean: the one of that URN, those of that name in
        full, or else those of its key. More than one is for the file to settle."""
        if text in self.by_urn:
            return [self.by_urn[text]]
        if text.casefold() in self.by_name:
            return self.by_name[text.casefold()]
        found = [
            *self.by_key[False].get(organisation_name_key(text), []),
            *self.by_key[True].get(authority_name_key(text), []),
        ]
        return sorted(found, key=lambda o: (o.name, o.pk))


def _organisations(rows):
    """The organisations the file names (two queries: every organisation's name, read to
    match names however written, then those it names)."""
    named = {" ".join(row.get("organisation", "").split()) for _, row in rows} - {""}
    if not named:
        return Named()
    keys = {  # a local authority's (name_key_of) or not
        True: {authority_name_key(text) for text in named},
        False: {organisation_name_key(text) for text in named},
    }
    everyone = Organisation.objects.values_list("pk", "name", "kind").iterator(chunk_size=5000)
    pks = [
        pk
        for pk, name, kind in everyone
        if name_key_of(name, kind) in keys[kind == Organisation.Kind.LOCAL_AUTHORITY]
    ]
    return Named(
        Organisation.objects.filter(urn__in=named) | Organisation.objects.filter(pk__in=pks)
    )


def _teams(programme):
    """The programme's members and pending invitations, each keyed by its team (four
    queries): {((field, pk), user id)} and {((field, pk), e-mail)}."""
    from fieldtrials.models import FieldTrialMembership
    from programmes.models import ProgrammeMembership, ProjectMembership

    members = {(("programme", programme.pk), u) for u in _users(ProgrammeMembership, programme)}
    members |= {
        (("project", p), u)
        for p, u in ProjectMembership.objects.filter(project__programme=programme).values_list(
            "project_id", "user_id"
        )
    }
    members |= {
        (("field_trial", t), u)
        for t, u in FieldTrialMembership.objects.filter(
            field_trial__project__programme=programme
        ).values_list("field_trial_id", "user_id")
    }
    pending = set()
    invitations = (
        Invitation.objects.filter(state=Invitation.State.PENDING).filter(programme=programme)
        | Invitation.objects.filter(state=Invitation.State.PENDING, project__programme=programme)
        | Invitation.objects.filter(
            state=Invitation.State.PENDING, field_trial__project__programme=programme
        )
    )
    for email, programme_id, project_id, trial_id in invitations.values_list(
        "email", "programme_id", "project_id", "field_trial_id"
    ):
        if programme_id:
            pending.add((("programme", programme_id), email.lower()))
        elif project_id:
            pending.add((("project", project_id), email.lower()))
        else:
            pending.add((("field_trial", trial_id), email.lower()))
    return members, pending


def _users(model, programme):
    return model.objects.filter(programme=programme).values_list("user_id", flat=True)


def _summary(rows, plan, **extra):
    counts = {
        "rows": len(rows),
        "invite": len(plan.invite),
        "add": len(plan.add),
        "members": plan.members,
        "invited": plan.invited,
        "problems": len(plan.problems),
    } | extra
    return {
        "counts": counts,
        "problems": [list(problem) for problem in plan.problems[:PROBLEMS_KEPT]],
        "problem_count": len(plan.problems),
    }


# --- The service and its jobs -------------------------------------------------------------


def _check(actor, programme):
    if not actor.has_perm("directory.import_people", programme):
        raise PermissionDenied("Only the programme's officers import people into it.")


def start_people_import(*, programme, upload, actor):
    """`actor` uploads a file of people for `programme`: store it and, after commit, start
    the job that previews it. Returns the new PeopleImport."""
    from .tasks import preview_people_import_job

    _check(actor, programme)
    with transaction.atomic():
        people_import = PeopleImport(
            programme=programme, original_name=upload.name[:255], requested_by=actor
        )
        people_import.file.save(upload.name, upload, save=False)
        people_import.full_clean()
        people_import.save()
        record_event(
            actor=actor,
            verb="directory.people_import_uploaded",
            target=programme,
            data={"import": people_import.pk, "file": people_import.original_name},
        )
        pk = people_import.pk
        transaction.on_commit(lambda: _send(preview_people_import_job, pk, State.QUEUED))
    return people_import


class NothingToImport(Exception):
    """A previewed import with nobody in it to invite or add is not confirmed."""

    def __init__(self, message):
        super().__init__(message)
        self.message = message


def confirm_people_import(*, people_import, actor):
    """`actor` confirms a previewed import: after commit, the job inviting everyone starts.
    True if this call confirmed it; False if it was no longer waiting (a second click).
    Raises NothingToImport if its preview found nobody to invite or add."""
    from .tasks import run_people_import_job

    _check(actor, people_import.programme)
    with transaction.atomic():
        waiting = PeopleImport.objects.filter(pk=people_import.pk, state=State.PREVIEWED)
        # Its counts are written with its state, and kept while it waits: its preview's.
        found = waiting.only("counts", "problem_count").first()
        if found is not None and not found.anyone_to_import:
            raise NothingToImport(found.nothing_to_import_message)
        confirmed = waiting.update(
            state=State.IMPORTING, confirmed_by=actor, confirmed_at=timezone.now()
        )
        if confirmed:
            pk = people_import.pk
            transaction.on_commit(lambda: _send(run_people_import_job, pk, State.IMPORTING))
    return bool(confirmed)


def _send(task, pk, state):
    try:
        send_job(task, pk)
    except JobRefused:
        _fail(pk, REFUSED_MESSAGE, [state])


def _fail(pk, message, states, only_if=None):
    failed = fail_and_tell(PeopleImport, pk, message, states, only_if)
    if failed:
        # A finished import's file is read by nothing again (its person uploads it again),
        # and it names people, as someone typed them: it is not kept.
        forget_files(PeopleImport.objects.filter(pk=pk))
    return failed


def fail_stale_people_imports():
    """Fail the people imports whose job died (started STALE_AFTER ago without finishing) or
    that no job started for a day (models.stale), each saying which. Returns how many; a
    second run fails none."""
    condition = stale()
    return sum(
        _fail(item.pk, item.stale_message, WORKING, only_if=condition)
        for item in PeopleImport.objects.filter(condition)
    )


def _read(people_import):
    try:
        handle = people_import.file.open("rb")
    except OSError:
        raise FileProblem("The uploaded file is missing: upload it again.") from None
    with handle:
        return read_people(handle, people_import.original_name)


def _state_of(pk):
    return PeopleImport.objects.values_list("state", flat=True).get(pk=pk)


def preview_people_import(*, pk):
    """Read import `pk`'s file and say what importing it would do (the job's work). Claimed
    by a conditional UPDATE, so a job delivered twice reads it once."""
    claimed = PeopleImport.objects.filter(pk=pk, state=State.QUEUED).update(
        state=State.PREVIEWING, started_at=timezone.now()
    )
    if not claimed:
        return _state_of(pk)
    item = PeopleImport.objects.select_related("programme", "requested_by").get(pk=pk)
    try:
        rows = _read(item)
        plan = plan_people(programme=item.programme, rows=rows, actor=item.requested_by)
        # Saving what it found may fail too: then the import fails, not stays "previewing".
        with transaction.atomic():
            PeopleImport.objects.filter(pk=pk, state=State.PREVIEWING).update(
                state=State.PREVIEWED, previewed_at=timezone.now(), **_summary(rows, plan)
            )
    except FileProblem as problem:
        _fail(pk, problem.message, [State.PREVIEWING])
        return State.FAILED
    except Exception:
        logger.exception("Previewing people import %s failed", pk)
        _fail(pk, FAILED_MESSAGE.format(doing="reading"), [State.PREVIEWING])
        return State.FAILED
    return _state_of(pk)


def run_people_import(*, pk):
    """Invite everyone in confirmed import `pk` in one transaction (the job's work), through
    the invitations service. The file is planned again against the programme as it is now,
    so a second import of the same file invites nobody twice. Claimed by a conditional
    UPDATE, so a job delivered twice invites once."""
    claimed = PeopleImport.objects.filter(
        pk=pk, state=State.IMPORTING, import_started_at__isnull=True
    ).update(import_started_at=timezone.now())
    if not claimed:
        return _state_of(pk)
    item = PeopleImport.objects.select_related("programme", "confirmed_by").get(pk=pk)
    actor = item.confirmed_by
    try:
        with transaction.atomic():
            rows = _read(item)
            plan = plan_people(programme=item.programme, rows=rows, actor=actor)
            invited = []
            for line, email, name, organisation, target, role in plan.invite + plan.add:
                try:
                    result = invite(
                        target=target, email=email, role=role, actor=actor, full_name=name
                    )
                except (PermissionDenied, TeamChangeRefused) as refused:
                    plan.problems.append((line, getattr(refused, "message", str(refused))))
                    continue
                except ProjectWithdrawn as refused:  # withdrawn since it was planned
                    plan.problems.append((line, withdrawn_row(refused.project, target)))
                    continue
                if result.invitation is not None and organisation is not None:
                    invited.append((result.invitation.pk, organisation.pk))
            _give_organisations(invited)
            plan.problems.sort()
            summary = _summary(rows, plan)
            record_event(
                actor=actor,
                verb="directory.people_imported",
                target=item.programme,
                data={"import": pk} | summary["counts"],
            )
            done = PeopleImport.objects.filter(pk=pk, state=State.IMPORTING).update(
                state=State.DONE, finished_at=timezone.now(), **summary
            )
            if not done:
                # Failed meanwhile (its uploader's details erased, or taken for a dead job):
                # nobody is invited, as its page says.
                raise NoLongerImporting()
            tell_starters(finished(PeopleImport, pk))
            forget_files(PeopleImport.objects.filter(pk=pk))  # as a failed one's, in _fail
    except NoLongerImporting:
        pass
    except FileProblem as problem:
        _fail(pk, problem.message, [State.IMPORTING])
    except Exception:
        logger.exception("People import %s failed", pk)
        _fail(pk, FAILED_MESSAGE.format(doing="importing"), [State.IMPORTING])
    return _state_of(pk)


def _give_organisations(invited):
    """New people join as staff of the organisation their row names (kept on the
    invitation, which gives it to the account made on accepting)."""
    by_organisation = {}
    for invitation_pk, organisation_pk in invited:
        by_organisation.setdefault(organisation_pk, []).append(invitation_pk)
    for organisation_pk, pks in by_organisation.items():
        Invitation.objects.filter(pk__in=pks).update(organisation_id=organisation_pk)
