"""The kinds of things search finds, each declared by its own app in `<app>/searchable.py`:

    from search.registry import Document, Searchable, register

    register(Searchable(kind="lesson", label="Lessons", model=Lesson, order=60,
                        document=lesson_document, visible=visible_lessons, knowledge=True))

`document(obj)` says what search keeps of one object (None: nothing, e.g. a withdrawn
record); `visible(user)` is the app's own rule as a queryset of the rows the person may see,
whose primary keys the search filters on. Registering connects the model's post_save and
post_delete signals, so every service that saves through the ORM keeps search current.
"""

from dataclasses import dataclass, field
from datetime import datetime

from django.db.models.signals import m2m_changed, post_delete, post_save


@dataclass
class Document:
    """What search keeps of one object."""

    title: str
    body: str = ""
    url: str = ""
    date: datetime | None = None
    programme_id: int | None = None
    project_id: int | None = None
    trial_id: int | None = None
    parent_id: int | None = None
    policy_area: str = ""
    theme_ids: tuple = ()


@dataclass(frozen=True)
class Searchable:
    """One kind of thing search finds."""

    kind: str  # a slug, in URLs and the documents' `kind`
    label: str  # the group's heading: "Lessons"
    noun: str  # one of them: "lesson"
    model: type
    document: object  # obj -> Document | None
    visible: object  # user -> queryset of the rows they may see
    # True: `visible` gives the parents the person may see (a post's threads) and a document
    # is visible with its `parent_id`: every row of the kind is seen with its parent, and
    # asking of the few parents is cheaper than of every row.
    by_parent: bool = False
    order: int = 100  # where the group comes on the page
    rows: object = None  # () -> queryset reindexing reads (select_related what it needs)
    knowledge: bool = False  # part of the knowledge base
    # The model's fields the document reads: a save naming only others (`update_fields`)
    # leaves the document alone. Empty: every save refreshes it.
    fields: tuple = ()
    # m2m "through" models whose changes refresh the document (a lesson's themes)
    also_on_m2m: tuple = field(default=())

    def all_rows(self):
        return self.rows() if self.rows else self.model.objects.all()


_kinds = {}


def register(searchable):
    """Declare a kind and keep its documents current from its model's signals."""
    from . import indexing

    _kinds[searchable.kind] = searchable
    uid = f"search:{searchable.kind}"
    post_save.connect(indexing.on_save, sender=searchable.model, dispatch_uid=uid)
    post_delete.connect(indexing.on_delete, sender=searchable.model, dispatch_uid=uid)
    for sender in searchable.also_on_m2m:
        m2m_changed.connect(indexing.on_m2m, sender=sender, dispatch_uid=f"{uid}:{sender}")
    return searchable


def kinds():
    """Every kind, in the order their groups are shown."""
    return sorted(_kinds.values(), key=lambda s: (s.order, s.kind))


def kind(slug):
    return _kinds.get(slug)


def for_model(model):
    return [s for s in _kinds.values() if s.model is model]
