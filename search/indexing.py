"""Keeping search's documents current: one object at a time from the registry's signals,
and everything at once from `reindex_search`."""

from contextlib import contextmanager
from contextvars import ContextVar

from django.contrib.postgres.search import SearchVector
from django.db import connection, transaction
from django.db.models import F, Func, TextField, Value

from . import registry
from .models import SearchDocument

# Private-use characters: search's own highlight markers (search/highlight.py); never kept
# in a document's words, so text cannot forge a highlight.
MARKERS = ("\ue000", "\ue001")
REINDEX_BATCH = 2000
# A document's words are read from the start of its body up to here: PostgreSQL refuses a
# text vector of over a megabyte, and a body of many records' long texts could reach it.
INDEXED_BODY_MAX_LENGTH = 100_000
# PostgreSQL's text search configuration for documents' words, the words typed and the
# highlights alike: `english` with accents taken off before stemming, so that "Sean" finds
# "Seán" and "cafe" "Café" (made by search's migration 0004, with the unaccent extension).
CONFIG = "np_english"

_deferred = ContextVar("search_indexing_deferred", default=False)


@contextmanager
def deferred():
    """Within it, saves leave search's documents as they are: for a loader that writes many
    records and then rebuilds every document at once (`reindex`), as `load_demo` does."""
    token = _deferred.set(True)
    try:
        yield
    finally:
        _deferred.reset(token)


def clean(text):
    text = str(text or "")
    for marker in MARKERS:
        text = text.replace(marker, "")
    return text


class SingledL(Func):
    """PostgreSQL: the words of a text that British spelling writes with a doubled l before
    -ing, -ed or -er ("trialled"), with the l single ("trialed"), between spaces.

    The English stemmer keeps the doubled l ("trialled" is "triall"), so a document saying
    "we trialled" would not be found by "trial" or "trials"; its vector also gets these
    words. The words typed get the same treatment (search/selectors.py DOUBLED_L, whose
    pattern this one follows: at least three letters and a vowel before the "ll", or a
    letter and two vowels: "dialled", "fuelled". Not fewer, so that "filled", "rolled" and
    "stalled" are not also read as "filed", "roled" and "staled")."""

    # The text, written twice: the cheap test first spares most texts the word-by-word
    # match (about 6% on top of to_tsvector for texts without such words).
    template = (
        "CASE WHEN %(expressions)s ~* 'll(ing|ed|er)' THEN array_to_string(ARRAY("
        "SELECT regexp_replace(m[1], 'll(ing|ed|ers?)$', 'l\\1', 'i') "
        "FROM regexp_matches(%(expressions)s, "
        "'\\m((?:[a-z]{3,}[aeiou]|[a-z][aeiou]{2})ll(?:ing|ed|ers?))\\M', "
        "'gi') AS w(m)), ' ') ELSE '' END"
    )
    output_field = TextField()

    def as_sql(self, compiler, connection, **extra):
        sql, params = super().as_sql(compiler, connection, **extra)
        return sql, (*params, *params)  # the text's parameter, for each of its two places


class Escaped(Func):
    """PostgreSQL: the text with "&", "<" and ">" written as HTML's entities ("&amp;", "&lt;",
    "&gt;"), for the text search parser, which reads "<year 7 cohort>" or "<b and c>" as a
    tag and leaves its words out of a document's words and of its excerpt. An entity it
    reads as it reads punctuation: no word of its own, the words on either side found
    ("a<b" is "a" and "b"). The excerpts (ts_headline of this) are written back as they were
    by search/highlight.py unescaped(), then escaped for the page as any text is. (A text's
    own "&lt;" gives the word "lt", where the parser read it as an entity before.)"""

    template = "replace(replace(replace(%(expressions)s, '&', '&amp;'), '<', '&lt;'), '>', '&gt;')"
    output_field = TextField()


def weighted_vector(title=None, body=None):
    """The words of the title (weighted A) and body (B), with English stemming ("trialling"
    finds "trials"), without accents ("Seán" is "sean": CONFIG), those in angle brackets too
    ("<year 7 cohort>": Escaped), and the single-l forms of British doubled-l words at the
    same weights (SingledL). Of the texts given, so that one document is written with its
    vector in one statement (an INSERT may not read the row's columns); else of the rows' own
    columns, for one UPDATE of many rows after a bulk insert (building each row's vector in
    a bulk INSERT took reindex_search three times as long)."""
    title = F("title") if title is None else Value(title, TextField())
    body = F("body") if body is None else Value(body, TextField())
    return (
        SearchVector(Escaped(title), weight="A", config=CONFIG)
        + SearchVector(Escaped(body), weight="B", config=CONFIG)
        + SearchVector(SingledL(title), weight="A", config=CONFIG)
        + SearchVector(SingledL(body), weight="B", config=CONFIG)
    )


def _fields(doc, *, with_vector=False):
    """A document's columns; `with_vector`: its words too (PostgreSQL), for a write of one."""
    title, body = clean(doc.title)[:300], clean(doc.body)[:INDEXED_BODY_MAX_LENGTH]
    words = {}
    if with_vector and connection.vendor == "postgresql":
        words["vector"] = weighted_vector(title, body)
    return {
        **words,
        "title": title,
        "body": body,
        "url": doc.url or "",
        "date": doc.date,
        "programme_id": doc.programme_id,
        "project_id": doc.project_id,
        "trial_id": doc.trial_id,
        "parent_id": doc.parent_id,
        "policy_area": (doc.policy_area or "")[:200],
        "theme_ids": "".join(f",{t}" for t in sorted(doc.theme_ids)) + "," if doc.theme_ids else "",
        # An object with the keys as its names: JSONField's has_any_keys matches it on
        # PostgreSQL (`?|`, by the GIN index) and on SQLite alike (search/selectors.py).
        "access": dict.fromkeys(sorted(doc.keys), 1),
    }


def _projects(copied):
    """Whether `copied` leads to a project: a record of a withdrawn project is not found."""
    from programmes.models import Project

    return copied.model is Project


def _of_withdrawn_project(searchable, obj):
    """Whether `obj` is a record of a withdrawn project (an option, a trial, its updates, a
    lesson, a post...): the paths its kind copies a project's words by lead to it (read with
    the rows when reindexing, as the document reads them). Until the project is restored
    (programmes.services.lifecycle), its records are found by nobody: their pages are its
    officers' only, and the project is out of every list."""
    for copied in searchable.copies:
        if not _projects(copied):
            continue
        row = obj
        for name in copied.path.split("__"):
            row = getattr(row, name, None)  # None: the path ends here (a thread on a trial)
            if row is None:
                break
        if row is not None and row.is_withdrawn:
            return True
    return False


def _document_of(searchable, obj):
    if getattr(obj, "is_withdrawn", False):
        return None  # a withdrawn record stops counting, in search too
    if _of_withdrawn_project(searchable, obj):
        return None
    doc = searchable.document(obj)
    if doc is not None and doc.date is None:
        from django.utils import timezone

        doc.date = timezone.now()
    if doc is not None:
        # Who may find it (search/access.py), each key named with the kind
        # ("lessons/trial:77"): a search of some kinds reads only their keys in the index.
        doc.keys = tuple(f"{searchable.kind}/{key}" for key in searchable.keys(obj))
    return doc


def index_object(searchable, obj):
    """Make or refresh the object's document, or remove it when there is nothing to find."""
    if _deferred.get():
        return
    doc = _document_of(searchable, obj)
    if doc is None:
        remove_object(searchable, obj.pk)
        return
    # One statement, whether the document is new or not (INSERT ... ON CONFLICT DO UPDATE):
    # two saves of one object at once both land, the later words winning.
    fields = _fields(doc, with_vector=True)
    SearchDocument.objects.bulk_create(
        [SearchDocument(kind=searchable.kind, object_id=obj.pk, **fields)],
        update_conflicts=True,
        unique_fields=["kind", "object_id"],
        update_fields=list(fields),
    )


def remove_object(searchable, pk):
    if _deferred.get():
        return
    SearchDocument.objects.filter(kind=searchable.kind, object_id=pk).delete()


def on_save(sender, instance, raw=False, update_fields=None, **kwargs):
    if raw:  # fixtures being loaded: reindex_search afterwards
        return
    for searchable in registry.for_model(sender):
        if (
            update_fields
            and searchable.fields
            and not set(update_fields)
            & {
                *searchable.fields,
                "withdrawn_at",
            }
        ):
            continue
        index_object(searchable, instance)


def on_delete(sender, instance, **kwargs):
    for searchable in registry.for_model(sender):
        remove_object(searchable, instance.pk)


def on_m2m(sender, instance, action, **kwargs):
    if action not in {"post_add", "post_remove", "post_clear"}:
        return
    for searchable in registry.for_model(type(instance)):
        index_object(searchable, instance)


def reindex(kinds=None, out=None):
    """Rebuild the documents of `kinds` (all by default) from their rows; returns counts."""
    made = {}
    for searchable in kinds or registry.kinds():
        with transaction.atomic():
            SearchDocument.objects.filter(kind=searchable.kind).delete()
            batch, count = [], 0
            for obj in searchable.all_rows().iterator(chunk_size=REINDEX_BATCH):
                doc = _document_of(searchable, obj)
                if doc is None:
                    continue
                batch.append(SearchDocument(kind=searchable.kind, object_id=obj.pk, **_fields(doc)))
                if len(batch) >= REINDEX_BATCH:
                    SearchDocument.objects.bulk_create(batch)
                    count += len(batch)
                    batch = []
            SearchDocument.objects.bulk_create(batch)
            count += len(batch)
            if connection.vendor == "postgresql":
                SearchDocument.objects.filter(kind=searchable.kind).update(vector=weighted_vector())
        made[searchable.kind] = count
        if out:
            out(f"{searchable.kind}: {count:,}")
    return made


def index_many(model, pks):
    """Make or refresh the documents of `model`'s rows `pks` after a bulk write (which sends
    no signals), and of the rows copying their words (index_copies_of), in a fixed number
    of queries per REINDEX_BATCH rows."""
    pks = list(pks)
    for searchable in registry.for_model(model):
        _index_rows(searchable, pks)
    index_copies_of(model, pks)


def index_copies_of(model, pks, fields=None):
    """Refresh the documents that copy words of `model`'s rows `pks` (a project's policy
    area on its trials, options, records and posts; a thread's title on its posts) once
    those rows have changed. `fields`: the fields that changed, when known; documents
    copying none of them are left alone. A fixed number of queries per REINDEX_BATCH rows."""
    pks = list(pks)
    if fields:  # names, as the declarations say them ("programme", not "programme_id")
        fields = {model._meta.get_field(name).name for name in fields}
    for searchable, copied in registry.copying(model):
        # A project withdrawn or restored: its records leave search, or come back.
        read = {*copied.fields, "withdrawn_at"} if _projects(copied) else set(copied.fields)
        if fields and copied.fields and not fields & read:
            continue
        rows = searchable.model._default_manager.values_list("pk", flat=True)
        found = set()
        for start in range(0, len(pks), REINDEX_BATCH):
            chunk = pks[start : start + REINDEX_BATCH]
            found.update(rows.filter(**{f"{copied.path}__in": chunk}))
        if searchable.model is model:
            found -= set(pks)  # the rows themselves: refreshed with their own documents
        _index_rows(searchable, sorted(found))


def on_copied_save(sender, instance, created=False, raw=False, update_fields=None, **kwargs):
    if raw or created:  # nothing copies a new row yet
        return
    index_copies_of(sender, [instance.pk], fields=update_fields)


def _index_rows(searchable, pks):
    """Make or refresh the documents of `searchable`'s rows `pks` (a list)."""
    if _deferred.get():
        return
    for start in range(0, len(pks), REINDEX_BATCH):
        chunk = pks[start : start + REINDEX_BATCH]
        docs = []
        for obj in searchable.all_rows().filter(pk__in=chunk):
            doc = _document_of(searchable, obj)
            if doc is not None:
                docs.append(SearchDocument(kind=searchable.kind, object_id=obj.pk, **_fields(doc)))
        mine = SearchDocument.objects.filter(kind=searchable.kind, object_id__in=chunk)
        mine.delete()
        SearchDocument.objects.bulk_create(docs)
        if connection.vendor == "postgresql" and docs:
            mine.update(vector=weighted_vector())


# --- Keys computed again when what they were computed from changes (registry.Rekey) --------


def connect_rekey(searchable, rekey, *, dispatch_uid):
    """Index `searchable`'s rows again when `rekey.sender` changes (see registry.Rekey)."""
    from django.db.models.signals import m2m_changed, post_delete, post_save

    def rekey_rows(objs):
        pks = set()
        for obj in objs:
            pks.update(r if isinstance(r, int) else r.pk for r in rekey.rows(obj))
        if pks:
            _index_rows(searchable, sorted(pks))

    def on_save(sender, instance, created=False, raw=False, update_fields=None, **kwargs):
        if raw or (created and not rekey.created_too):
            return
        if update_fields and rekey.fields and not set(update_fields) & set(rekey.fields):
            return
        rekey_rows([instance])

    def on_delete(sender, instance, **kwargs):
        rekey_rows([instance])

    def on_links(sender, instance, action, reverse, model, pk_set, **kwargs):
        # Links changed from either side: the owners are `instance`, or those of `pk_set`.
        owner = sender._meta.get_field(rekey.owner)
        if action == "pre_clear" and reverse:  # which owners lose their links: ask first
            linked = sender.objects.filter(**{_other(sender, owner).name: instance.pk})
            instance.__dict__[dispatch_uid] = list(linked.values_list(owner.attname, flat=True))
            return
        if action not in {"post_add", "post_remove", "post_clear"}:
            return
        if not reverse:
            rekey_rows([instance])
        else:
            ids = pk_set if action != "post_clear" else instance.__dict__.pop(dispatch_uid, ())
            rekey_rows(owner.related_model.objects.filter(pk__in=ids or ()))

    if rekey.owner:
        m2m_changed.connect(on_links, sender=rekey.sender, weak=False, dispatch_uid=dispatch_uid)
    else:
        post_save.connect(on_save, sender=rekey.sender, weak=False, dispatch_uid=dispatch_uid)
        post_delete.connect(
            on_delete, sender=rekey.sender, weak=False, dispatch_uid=f"{dispatch_uid}:delete"
        )


def _other(through, owner):
    """The "through" model's other foreign key than `owner`."""
    (other,) = [f for f in through._meta.concrete_fields if f.is_relation and f.name != owner.name]
    return other
