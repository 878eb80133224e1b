"""Keeping search's documents current: one object at a time from the registry's signals,
and everything at once from `reindex_search`."""

from django.contrib.postgres.search import SearchVector
from django.db import connection, transaction

from . import registry
from .models import SearchDocument

# Private-use characters: search's own highlight markers (search/highlight.py); never kept
# in a document's words, so text cannot forge a highlight.
MARKERS = ("\ue000", "\ue001")
REINDEX_BATCH = 2000


def clean(text):
    text = str(text or "")
    for marker in MARKERS:
        text = text.replace(marker, "")
    return text


def weighted_vector():
    """Title weighted A, body B, with English stemming ("trialling" finds "trials")."""
    return SearchVector("title", weight="A", config="english") + SearchVector(
        "body", weight="B", config="english"
    )


def _fields(doc):
    return {
        "title": clean(doc.title)[:300],
        "body": clean(doc.body),
        "url": doc.url or "",
        "date": doc.date,
        "programme_id": doc.programme_id,
        "project_id": doc.project_id,
        "trial_id": doc.trial_id,
        "parent_id": doc.parent_id,
        "policy_area": (doc.policy_area or "")[:200],
        "theme_ids": "".join(f",{t}" for t in sorted(doc.theme_ids)) + "," if doc.theme_ids else "",
    }


def _document_of(searchable, obj):
    if getattr(obj, "is_withdrawn", False):
        return None  # a withdrawn record stops counting, in search too
    doc = searchable.document(obj)
    if doc is not None and doc.date is None:
        from django.utils import timezone

        doc.date = timezone.now()
    return doc


def index_object(searchable, obj):
    """Make or refresh the object's document, or remove it when there is nothing to find."""
    doc = _document_of(searchable, obj)
    if doc is None:
        remove_object(searchable, obj.pk)
        return
    row, _ = SearchDocument.objects.update_or_create(
        kind=searchable.kind, object_id=obj.pk, defaults=_fields(doc)
    )
    if connection.vendor == "postgresql":
        SearchDocument.objects.filter(pk=row.pk).update(vector=weighted_vector())


def remove_object(searchable, pk):
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
    no signals), in a fixed number of queries per REINDEX_BATCH rows."""
    pks = list(pks)
    for searchable in registry.for_model(model):
        for start in range(0, len(pks), REINDEX_BATCH):
            chunk = pks[start : start + REINDEX_BATCH]
            docs = []
            for obj in searchable.all_rows().filter(pk__in=chunk):
                doc = _document_of(searchable, obj)
                if doc is not None:
                    docs.append(
                        SearchDocument(kind=searchable.kind, object_id=obj.pk, **_fields(doc))
                    )
            mine = SearchDocument.objects.filter(kind=searchable.kind, object_id__in=chunk)
            mine.delete()
            SearchDocument.objects.bulk_create(docs)
            if connection.vendor == "postgresql" and docs:
                mine.update(vector=weighted_vector())
