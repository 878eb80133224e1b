"""Importing organisations from the register of schools in England.

An administrator uploads the register's file (`start_import`); a job reads it and counts
what would change (`preview_import`); they confirm (`confirm_import`) and a job applies it
(`run_import`) in one transaction: every good row or, if anything fails, nothing. Rows with
problems are left out and listed, so the file can be corrected and imported again.
Re-importing matches by URN and never makes a second organisation for a URN.

Local authorities are organisations of kind local_authority, matched by name as
`accounts.search.authority_name_key` reads it ("Calderdale" is "Calderdale Council",
"Durham" is "County Durham"); those the file names and the directory lacks are made, and a
school whose authority's name could be either of two in the directory is left out as a
problem, not guessed. Names are unique per kind in the directory, and the register has many
schools of the same name (St Mary's ...): such a name gets its town, "St Mary's Primary
School (Leeds)", and where that is not enough its URN.

The whole file is read with a few queries whatever its size: every organisation's name,
kind, URN and local authority in one query, then inserts and updates in batches.
"""

import logging
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from django.core.exceptions import PermissionDenied
from django.db import IntegrityError, transaction
from django.utils import timezone

from accounts.models import Organisation
from accounts.search import authority_name_key, organisation_name_key
from accounts.services import record_event
from nextpractice.jobs import WAITING_SHOWN_AFTER, JobRefused, send_job
from nextpractice.words import in_a_list
from search.indexing import index_many

from .gias import FileProblem, quoted, read_register
from .models import PROBLEMS_KEPT, WORKING, OrganisationImport, stale
from .notices import NoLongerImporting, fail_and_tell, finished, tell_starters

logger = logging.getLogger(__name__)

BATCH = 1000
LOCAL_AUTHORITY = Organisation.Kind.LOCAL_AUTHORITY
State = OrganisationImport.State
REFUSED_MESSAGE = (
    "The background job service was not responding, so this file was not read. "
    "Upload it again in a few minutes."
)
FAILED_MESSAGE = (
    "Something went wrong while {doing} this file, and nothing was changed. Try again; if "
    "it fails again, tell the Innovation Unit's technical team."
)


class ImportBusy(Exception):
    """Another import is being applied: one writes to the directory at a time."""

    message = (
        "Another import is being made just now. Wait until it has finished (its page says "
        "so), then confirm this one."
    )


@dataclass
class Plan:
    """What importing a reading would do to the directory."""

    new: list = field(default_factory=list)  # (Establishment, name)
    changed: list = field(default_factory=list)  # (pk, Establishment, name, what changed)
    unchanged: int = 0
    closed_here: int = 0
    new_authorities: list = field(default_factory=list)
    # The directory's name of each local authority the file names (new ones' too).
    authority_names: dict = field(default_factory=dict)
    problems: list = field(default_factory=list)  # (line, message): rows the plan leaves out


def _check(actor):
    if not actor.has_perm("directory.manage_imports"):
        raise PermissionDenied("Only administrators import organisations.")


def start_import(*, upload, actor):
    """`actor` uploads the register's file: store it and, after commit, start the job that
    previews it. Returns the new OrganisationImport."""
    from .tasks import preview_import_job

    _check(actor)
    fail_stale_imports()
    with transaction.atomic():
        organisation_import = OrganisationImport(
            original_name=upload.name[:255], requested_by=actor
        )
        organisation_import.file.save(upload.name, upload, save=False)
        organisation_import.full_clean()
        organisation_import.save()
        record_event(
            actor=actor,
            verb="directory.import_uploaded",
            target=organisation_import,
            data={"file": organisation_import.original_name},
        )
        pk = organisation_import.pk
        transaction.on_commit(lambda: _send(preview_import_job, pk, State.QUEUED))
    return organisation_import


def confirm_import(*, organisation_import, actor):
    """`actor` confirms a previewed import: after commit, the job applying it starts.
    True if this call confirmed it; False if it was no longer waiting (a second click).
    Raises ImportBusy while another import is being applied."""
    from .tasks import run_import_job

    _check(actor)
    fail_stale_imports()
    try:
        with transaction.atomic():
            confirmed = OrganisationImport.objects.filter(
                pk=organisation_import.pk, state=State.PREVIEWED
            ).update(state=State.IMPORTING, confirmed_by=actor, confirmed_at=timezone.now())
            if confirmed:
                record_event(
                    actor=actor,
                    verb="directory.import_confirmed",
                    target=organisation_import,
                    data={"file": organisation_import.original_name},
                )
                pk = organisation_import.pk
                transaction.on_commit(lambda: _send(run_import_job, pk, State.IMPORTING))
    except IntegrityError:
        _send_waiting_import_again()
        raise ImportBusy() from None
    return bool(confirmed)


def _send_waiting_import_again():
    """The import holding the directory may be one whose job was lost with the broker's queue
    (it would wait a day, jobs.UNSTARTED_AFTER): if none has started it WAITING_SHOWN_AFTER after
    it was confirmed, send its job again, as asking again for a report does. A job
    claims the import by a conditional UPDATE, so were the first one there, one imports."""
    from .tasks import run_import_job

    waiting = OrganisationImport.objects.filter(
        state=State.IMPORTING,
        import_started_at__isnull=True,
        confirmed_at__lt=timezone.now() - WAITING_SHOWN_AFTER,
    ).values_list("pk", flat=True)
    for pk in waiting:
        try:
            send_job(run_import_job, pk)
        except JobRefused:
            pass  # the broker is down: it waits on, and the person is told to wait


def _send(task, pk, state):
    """Send `task` for import `pk`; if the broker refuses it, fail the import saying so."""
    try:
        send_job(task, pk)
    except JobRefused:
        fail_import(pk=pk, message=REFUSED_MESSAGE, states=[state])


def preview_import(*, pk):
    """Read import `pk`'s file and count what importing it would change (the job's work).
    Claimed by a conditional UPDATE, so a job delivered twice reads it once. Returns the
    state the import is left in."""
    claimed = OrganisationImport.objects.filter(pk=pk, state=State.QUEUED).update(
        state=State.PREVIEWING, started_at=timezone.now()
    )
    if not claimed:
        return _state_of(pk)
    organisation_import = OrganisationImport.objects.get(pk=pk)
    try:
        reading = _read(organisation_import)
        plan = plan_import(reading)
        # Saving what it found may fail too: then the import fails, not stays "previewing".
        with transaction.atomic():
            OrganisationImport.objects.filter(pk=pk, state=State.PREVIEWING).update(
                state=State.PREVIEWED, previewed_at=timezone.now(), **_summary(reading, plan)
            )
    except FileProblem as problem:
        fail_import(pk=pk, message=problem.message, states=[State.PREVIEWING])
        return State.FAILED
    except Exception:
        logger.exception("Previewing organisation import %s failed", pk)
        message = FAILED_MESSAGE.format(doing="reading")
        fail_import(pk=pk, message=message, states=[State.PREVIEWING])
        return State.FAILED
    return _state_of(pk)


def run_import(*, pk):
    """Apply confirmed import `pk` in one transaction (the job's work): the file is read
    again and compared with the directory as it is now. Claimed by a conditional UPDATE, so
    a job delivered twice imports once. Returns the state the import is left in."""
    claimed = OrganisationImport.objects.filter(
        pk=pk, state=State.IMPORTING, import_started_at__isnull=True
    ).update(import_started_at=timezone.now())
    if not claimed:
        return _state_of(pk)
    organisation_import = OrganisationImport.objects.select_related("confirmed_by").get(pk=pk)
    try:
        with transaction.atomic():
            reading = _read(organisation_import)
            plan = plan_import(reading)
            touched = apply_plan(plan)
            # Bulk writes send no signals: search learns of the organisations once they
            # are committed (a failure there is logged; `reindex_search` mends it).
            transaction.on_commit(lambda: index_many(Organisation, touched), robust=True)
            summary = _summary(reading, plan)
            record_event(
                actor=organisation_import.confirmed_by,
                verb="directory.organisations_imported",
                target=organisation_import,
                data=summary["counts"],
            )
            done = OrganisationImport.objects.filter(pk=pk, state=State.IMPORTING).update(
                state=State.DONE, finished_at=timezone.now(), **summary
            )
            if not done:
                # Failed meanwhile (its uploader's details erased, or taken for a dead job):
                # the directory is left as it was, as its page says.
                raise NoLongerImporting()
            tell_starters(finished(OrganisationImport, pk))
    except NoLongerImporting:
        pass
    except FileProblem as problem:
        fail_import(pk=pk, message=problem.message, states=[State.IMPORTING])
    except Exception:
        logger.exception("Organisation import %s failed", pk)
        message = FAILED_MESSAGE.format(doing="importing")
        fail_import(pk=pk, message=message, states=[State.IMPORTING])
    return _state_of(pk)


def fail_import(*, pk, message, states, only_if=None):
    """Mark import `pk` failed with `message`, if it is still in one of `states` (and still
    matches `only_if`, a Q, when given), and tell whoever started it, once."""
    return fail_and_tell(OrganisationImport, pk, message, states, only_if)


def fail_stale_imports():
    """Fail the imports whose job died (started STALE_AFTER ago without finishing) or that no
    job started for a day (models.stale), each saying which, so that a dead import never
    blocks the next. An import waiting in the queue for less is left waiting. Returns how
    many; a second run fails none."""
    condition = stale()
    return sum(
        fail_import(pk=item.pk, message=item.stale_message, states=WORKING, only_if=condition)
        for item in OrganisationImport.objects.filter(condition)
    )


def _state_of(pk):
    return OrganisationImport.objects.values_list("state", flat=True).get(pk=pk)


def _read(organisation_import):
    try:
        handle = organisation_import.file.open("rb")
    except OSError:
        raise FileProblem("The uploaded file is missing: upload it again.") from None
    with handle:
        return read_register(handle)


def plan_import(reading):
    """What importing `reading` would do, compared with the directory as it is (one query)."""
    columns = ("pk", "name", "kind", "urn", "local_authority_id")
    rows = [dict(zip(columns, r, strict=True)) for r in Organisation.objects.values_list(*columns)]
    by_urn = {r["urn"]: r for r in rows if r["urn"]}
    authority_names = {r["pk"]: r["name"] for r in rows if r["kind"] == LOCAL_AUTHORITY}
    plan = Plan()
    named = {e.local_authority for e in reading.establishments if e.local_authority}
    plan.authority_names, plan.new_authorities, several = _authorities(
        named, authority_names.values()
    )
    establishments = []
    for item in reading.establishments:
        if item.local_authority in several:
            plan.problems.append((item.line, _several_authorities(item, several)))
        else:
            establishments.append(item)
    target = _targets(establishments, rows, by_urn, plan.problems)
    establishments = [e for e in establishments if target[e.urn] is not AMBIGUOUS]
    target = {urn: row for urn, row in target.items() if row is not AMBIGUOUS}
    names = _names(establishments, target, rows)
    for item in establishments:
        name, row = names[item.urn], target[item.urn]
        if row is None:
            plan.new.append((item, name))
            continue
        changes = []
        if row["urn"] != item.urn:
            changes.append(f"URN {item.urn} given to {row['name']}")
        if row["name"] != name:
            changes.append(f"{row['name']} renamed {name}")
        if row["kind"] != item.kind:
            was, now = Organisation.Kind(row["kind"]).label, Organisation.Kind(item.kind).label
            changes.append(f"{name}: kind {was} becomes {now}")
        authority = authority_names.get(row["local_authority_id"])
        if authority != plan.authority_names.get(item.local_authority):
            now = plan.authority_names.get(item.local_authority) or "none"
            changes.append(f"{name}: local authority {authority or 'none'} becomes {now}")
        if changes:
            plan.changed.append((row["pk"], item, name, "; ".join(changes)))
        else:
            plan.unchanged += 1
    plan.closed_here = sum(urn in by_urn for urn in reading.closed)
    plan.problems.sort()
    return plan


def _authorities(named, known):
    """What the local authorities named in a file are in the directory, whose authorities
    are `known` (names): (file's name -> directory's name, the names to make, file's name ->
    the directory's names it could be, where more than one). A name the directory holds
    exactly is that one; else one of the same key (authority_name_key); else a new one,
    once for names of one key."""
    known = set(known)
    by_key = defaultdict(list)
    for name in known:
        by_key[authority_name_key(name)].append(name)
    meant, new, several = {}, {}, {}
    for name in sorted(named):
        key = authority_name_key(name)
        found = [name] if name in known else sorted(by_key.get(key, []))
        if len(found) > 1:
            several[name] = found
        else:
            meant[name] = found[0] if found else new.setdefault(key, name)
    return meant, sorted(new.values()), several


def _several_authorities(item, several):
    names = several[item.local_authority]
    listed = in_a_list(names)
    return (
        f'URN {item.urn}: its local authority "{quoted(item.local_authority)}" could be any of '
        f"{listed} in the directory, so it was left out. Rename the one that is not meant, "
        "then import the file again."
    )


# An establishment that could be any of several organisations without a URN.
AMBIGUOUS = object()


def _targets(establishments, rows, by_urn, problems):
    """URN -> the organisation row each establishment updates (None: a new one). An
    organisation with no URN, of the kind of exactly one establishment and the same name as
    organisation_name_key reads it, is taken to be it and given its URN; where two such
    organisations could be it, the establishment is left out (AMBIGUOUS) as a problem."""

    def key(name, kind):
        return organisation_name_key(name), kind

    same = Counter(key(e.name, e.kind) for e in establishments)
    without_urn = defaultdict(list)
    for r in rows:
        if not r["urn"]:
            without_urn[key(r["name"], r["kind"])].append(r)
    target = {}
    for item in establishments:
        row = by_urn.get(item.urn)
        if row is None and same[key(item.name, item.kind)] == 1:
            found = without_urn.pop(key(item.name, item.kind), [])
            if len(found) > 1:
                names = " and ".join(sorted(r["name"] for r in found))
                problems.append(
                    (
                        item.line,
                        f"URN {item.urn}: it could be any of {names}, already in the directory "
                        "without a URN, so it was left out. Give the right one its URN, then "
                        "import the file again.",
                    )
                )
                row = AMBIGUOUS
            else:
                row = found[0] if found else None
        target[item.urn] = row
    return target


def _names(establishments, target, rows):
    """URN -> the name each establishment is given: unique within its kind, in the file and
    against the organisations this import does not rename."""
    names = {e.urn: e.name for e in establishments}
    same = Counter((e.name, e.kind) for e in establishments)
    for item in establishments:
        if same[(item.name, item.kind)] > 1 and item.town:
            names[item.urn] = _with(item.name, item.town)
    renamed = {row["pk"] for row in target.values() if row is not None}
    held = {(r["name"], r["kind"]) for r in rows if r["pk"] not in renamed}
    same = Counter((names[e.urn], e.kind) for e in establishments)
    for item in establishments:
        key = (names[item.urn], item.kind)
        if same[key] > 1 or key in held:
            names[item.urn] = _with(item.name, f"URN {item.urn}")
    return names


def _with(name, detail):
    suffix = f" ({detail})"
    limit = Organisation._meta.get_field("name").max_length
    return name[: limit - len(suffix)] + suffix


def apply_plan(plan):
    """Make the plan's changes: a fixed number of queries per BATCH organisations. Returns
    the primary keys of the organisations made or changed."""
    made = Organisation.objects.bulk_create(
        [Organisation(name=name, kind=LOCAL_AUTHORITY) for name in plan.new_authorities],
        batch_size=BATCH,
    )
    authorities = dict(Organisation.objects.filter(kind=LOCAL_AUTHORITY).values_list("name", "pk"))

    def organisation(item, name, pk=None):
        return Organisation(
            pk=pk,
            name=name,
            kind=item.kind,
            urn=item.urn,
            local_authority_id=authorities.get(plan.authority_names.get(item.local_authority)),
        )

    made += Organisation.objects.bulk_create(
        [organisation(item, name) for item, name in plan.new], batch_size=BATCH
    )
    Organisation.objects.bulk_update(
        [organisation(item, name, pk) for pk, item, name, _ in plan.changed],
        ["name", "kind", "urn", "local_authority"],
        batch_size=BATCH,
    )
    return [o.pk for o in made] + [pk for pk, *_ in plan.changed]


def _summary(reading, plan):
    """The import's counts, its first problems and its first changes, as stored."""
    problems = sorted(reading.problems + plan.problems)
    counts = {
        "rows": reading.rows,
        "new": len(plan.new),
        "changed": len(plan.changed),
        "unchanged": plan.unchanged,
        "closed": len(reading.closed),
        "closed_here": plan.closed_here,
        "other_types": len(reading.other),
        "other_types_by_name": dict(reading.other_types.most_common()),
        "problems": len(problems),
        "new_local_authorities": len(plan.new_authorities),
    }
    return {
        "counts": counts,
        "problems": [list(problem) for problem in problems[:PROBLEMS_KEPT]],
        "problem_count": len(problems),
        "changes": [sentence for *_, sentence in plan.changed[:PROBLEMS_KEPT]],
    }
