"""Run once, put back after: test set-ups that write many records, each run for real the
first time from a given starting point and then put back in a fraction of the time.

`replay(name, run)` calls `run()` the first time from a starting point and keeps what it
changed: the rows of each table it wrote (PostgreSQL's COPY), the files it left in the media
folder, the e-mails it sent, and (a copy of) what it returned. A later call from the same
starting point (the same rows in every table, the same day, transaction state and password
hasher) puts exactly those back and returns a fresh copy of the result, as Django's
setUpTestData hands each test its own copy of the class's objects. Anything else runs `run()`,
as does every call on SQLite. The tests' demo (`demo.load_demo`, about a minute of one core)
and the shared test world (`fixtures.world`, some 700 statements, built for most tests) use it.

A test that commits (a browser test) leaves every table empty, and Django's flush then makes the
content types and permissions again under new ids (it does not reset the sequences), so no two
such starting points would be the same. When they are all the database holds, they are made
again numbered from 1, as they were (`_number_from_one`), and every such start is the same.

`nextpractice/tests/test_demo_snapshot.py` checks that what is put back is what was written,
table by table and file by file, and that a put-back world is the built one.
"""

import copy
import hashlib
import io
import pickle
from pathlib import Path

from django.conf import settings
from django.core import mail
from django.core.files.storage import FileSystemStorage, storages
from django.db import connection, transaction
from django.db.models import QuerySet
from django.utils import timezone

# (name, key, starting point) -> what the call changed from there, and what it returned
_kept = {}


def replay(name, run, *key):
    """`run()`'s result and what it wrote, from the database as it is now: the real call,
    or what it wrote from the same starting point, put back. `key`: anything else that
    decides what `run` writes. Returns (result, "ran" or "put back")."""
    common = _key()
    if common is None:
        return run(), "ran"
    before = fingerprint()
    if _only_remade(before):
        _number_from_one()
        before = fingerprint()
    start = (name, common, key, _digest(before))
    kept = _kept.get(start)
    if kept is not None:
        _put_back(kept)
        return _fresh_copy(kept["result"]), "put back"
    files_before = _files()
    outbox = getattr(mail, "outbox", None)
    sent_before = len(outbox) if outbox is not None else 0
    result = run()
    after = fingerprint()
    changed = [table for table in after if after[table] != before.get(table)]
    _kept[start] = {
        "clear": [table for table in changed if before.get(table, (0, None))[0]],
        "rows": {table: _copy_out(table) for table in changed},
        "sequences": _sequences_of(changed),
        "files": {path: data for path, data in _files().items() if files_before.get(path) != data},
        "mail": list(outbox[sent_before:]) if outbox is not None else [],
        "result": _kept_copy(result),
    }
    return result, "ran"


def _kept_copy(result):
    """What `_fresh_copy` makes each caller's own copy from: the result pickled (a tenth of
    the time of a deep copy of a few hundred model instances), or deep-copied if it cannot be
    or holds a QuerySet (pickled, it would come back evaluated; deep-copied, it reads again)."""
    kept = io.BytesIO()
    try:
        _Pickler(kept, protocol=pickle.HIGHEST_PROTOCOL).dump(result)
    except (pickle.PicklingError, TypeError, AttributeError):
        return ("copied", copy.deepcopy(result))
    return ("pickled", kept.getvalue())


class _Pickler(pickle.Pickler):
    def reducer_override(self, obj):
        if isinstance(obj, QuerySet):
            raise pickle.PicklingError("a QuerySet comes back from a pickle evaluated")
        return NotImplemented


def _fresh_copy(kept):
    how, value = kept
    return pickle.loads(value) if how == "pickled" else copy.deepcopy(value)


def _key():
    """What besides the tables decides what a call writes; None: always run it."""
    if connection.vendor != "postgresql" or not isinstance(_storage(), FileSystemStorage):
        return None
    return (
        timezone.localdate().isoformat(),
        connection.in_atomic_block,  # on_commit work runs only outside a transaction
        tuple(settings.PASSWORD_HASHERS[:1]),
    )


# What an emptied database still holds: the migrations' record, and what post_migrate makes.
REMADE = ("django_content_type", "auth_permission")
KEPT_BY_FLUSH = ("django_migrations",)


def _only_remade(tables):
    """Whether the tables (a fingerprint) are as a committing test leaves them: empty, but
    for REMADE."""
    remain = REMADE + KEPT_BY_FLUSH
    return not connection.in_atomic_block and all(
        rows == 0 or table in remain for table, (rows, _digest) in tables.items()
    )


def _number_from_one():
    """The content types and permissions made again, numbered from 1 in the order post_migrate
    makes them (nothing else holds a row that names one)."""
    from django.contrib.contenttypes.models import ContentType
    from django.core.management.sql import emit_post_migrate_signal

    with transaction.atomic(), connection.cursor() as cursor:
        tables = ", ".join(connection.ops.quote_name(table) for table in REMADE)
        cursor.execute(f"TRUNCATE {tables} RESTART IDENTITY CASCADE")
        ContentType.objects.clear_cache()
        emit_post_migrate_signal(verbosity=0, interactive=False, db=connection.alias)
    ContentType.objects.clear_cache()


def _tables():
    """The schema's tables (ordinary and partitioned), from the catalogue: information_schema
    takes some tens of milliseconds to say the same."""
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT c.relname FROM pg_catalog.pg_class c "
            "JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace "
            "WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p') "
            "ORDER BY c.relname"
        )
        return [row[0] for row in cursor.fetchall()]


def _columns(table):
    """The columns a COPY writes and reads back: all but generated ones."""
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT column_name FROM information_schema.columns "
            "WHERE table_schema = current_schema() AND table_name = %s "
            "AND is_generated = 'NEVER' ORDER BY ordinal_position",
            [table],
        )
        return ", ".join(connection.ops.quote_name(row[0]) for row in cursor.fetchall())


EMPTY = hashlib.md5(b"").hexdigest()  # what PostgreSQL gives an empty table: md5('')


def fingerprint():
    """{table: (rows, digest of its rows)} for every table, in two statements: the rows of
    each, then the digests of those that have any (most are empty at a test's start, and
    digesting nothing in each of them took most of the time)."""
    tables = _tables()
    quote = connection.ops.quote_name
    with connection.cursor() as cursor:
        counts = " UNION ALL ".join(f"SELECT %s, count(*) FROM {quote(t)}" for t in tables)
        cursor.execute(counts, tables)
        found = {table: (rows, EMPTY) for table, rows in cursor.fetchall()}
        full = [table for table in tables if found[table][0]]
        if full:
            digests = " UNION ALL ".join(
                f"SELECT %s, md5(string_agg(x::text, '|' ORDER BY x::text)) FROM {quote(t)} x"
                for t in full
            )
            cursor.execute(digests, full)
            found.update({table: (found[table][0], digest) for table, digest in cursor.fetchall()})
    return found


def _digest(fingerprint):
    return hashlib.sha256(repr(sorted(fingerprint.items())).encode()).hexdigest()


def _copy_out(table):
    """(the columns, the rows as COPY writes them): what `_put_back` reads back in."""
    columns = _columns(table)
    with connection.cursor() as cursor:
        sql = f"COPY {connection.ops.quote_name(table)} ({columns}) TO STDOUT"
        with cursor.cursor.copy(sql) as copy:
            return columns, b"".join(bytes(block) for block in copy)


def _put_back(kept):
    quote = connection.ops.quote_name
    # Django's foreign keys are checked when the transaction commits, so the order of the
    # tables does not matter.
    with transaction.atomic(), connection.cursor() as cursor:
        for table in kept["clear"]:
            cursor.execute(f"DELETE FROM {quote(table)}")
        for table, (columns, data) in kept["rows"].items():
            sql = f"COPY {quote(table)} ({columns}) FROM STDIN"
            with cursor.cursor.copy(sql) as copy:
                copy.write(data)
        _move_sequences_past(cursor, kept["sequences"])
    root = Path(_storage().location)
    for name, data in kept["files"].items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
    outbox = getattr(mail, "outbox", None)
    if outbox is not None:
        outbox.extend(kept["mail"])
    from search.choices import forget as forget_search_choices

    forget_search_choices()


def _sequences_of(tables):
    """[(a sequence, the highest id of its table)] for each id sequence of `tables`, as the
    call left them: a put-back table holds exactly those rows, so its highest id is this."""
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT table_name, column_name FROM information_schema.columns "
            "WHERE table_schema = current_schema() AND table_name = ANY(%s) "
            "AND (is_identity = 'YES' OR column_default LIKE 'nextval(%%')",
            [tables],
        )
        found = []
        for table, column in cursor.fetchall():
            name, quoted = connection.ops.quote_name(table), connection.ops.quote_name(column)
            cursor.execute(
                f"SELECT pg_get_serial_sequence(%s, %s), coalesce(max({quoted}), 0) FROM {name}",
                [name, column],
            )
            found.append(cursor.fetchone())
        return found


def _move_sequences_past(cursor, sequences):
    """Each put-back table's id sequence past its highest id, as the inserts would have (and
    never back: ids a rolled-back test took are not given again), in one statement."""
    if not sequences:
        return
    values = ", ".join(["(%s::text, %s::bigint)"] * len(sequences))
    cursor.execute(
        "SELECT setval(s.sequence::regclass, GREATEST(s.top, "
        "coalesce(pg_sequence_last_value(s.sequence::regclass), 0), 1)) "
        f"FROM (VALUES {values}) AS s(sequence, top)",
        [value for pair in sequences for value in pair],
    )


def _storage():
    return storages["default"]


def _files():
    """{path under the media folder: its bytes}."""
    root = Path(_storage().location)
    if not root.is_dir():
        return {}
    return {
        str(path.relative_to(root)): path.read_bytes() for path in root.rglob("*") if path.is_file()
    }
