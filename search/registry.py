"""The kinds of things search finds, each declared by its own app in `<app>/searchable.py`:

    from search.registry import Document, Searchable, register

    register(Searchable(kind="lesson", label="Lessons", model=Lesson, order=60,
                        document=lesson_document, visible=visible_lessons,
                        keys=lesson_keys, knowledge=True))

`document(obj)` says what search keeps of one object (None: nothing, e.g. a withdrawn
record); `visible(user)` is the app's own rule as a queryset of the rows the person may see;
`keys(obj)` is that rule written as the object's access keys (search/access.py), which the
search filters on, and search/tests/test_access_keys.py holds to the rule. Registering
connects the model's post_save and post_delete signals, so every service that saves through
the ORM keeps search current, and each `Rekey`'s signals, so that a change to what a
document's keys are computed from (a community's trials, say) computes them again.
"""

import re
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
    keys: tuple = ()  # set from the kind's `keys` when indexed (search/access.py)


# A space before closing punctuation ("four meetings ;"), as some people type it.
SPACE_BEFORE_PUNCTUATION = re.compile(r"\s+([,;:!?)\]]|\.(?=\s|$))")
SENTENCE_END = ".!?…"
# Markdown's marks at the start of a line, as people type them in plain text too (a trial's
# plan: "- Diagnostic completed, by March 2026"): a heading's #s, a quote's >, a list item's
# -, * or +.
LINE_MARKS = re.compile(r"^[ \t]*(?:#{1,6}[ \t]+|(?:>[ \t]?)+|[-*+•][ \t]+)", re.MULTILINE)
LIST_ITEM = re.compile(r"^[ \t]*[-*+•][ \t]+", re.MULTILINE)
# Bold and italics: **words**, __words__, *words*, _words_ (not a * or _ inside a word).
EMPHASIS = re.compile(
    r"(?<![\w*])\*\*(?=\S)(.+?)(?<=\S)\*\*(?![\w*])|(?<![\w_])__(?=\S)(.+?)(?<=\S)__(?![\w_])"
    r"|(?<![\w*])\*(?=[^\s*])([^*\n]*?)(?<=[^\s*])\*(?![\w*])"
    r"|(?<![\w_])_(?=[^\s_])([^_\n]*?)(?<=[^\s_])_(?![\w_])"
)


def unmarked(text):
    """`text` as a reader sees it where Markdown is shown, without the marks people type in
    plain text too: headings' #s, quotes' >, list items' - (each item ends as a sentence, so
    an excerpt across two reads as two), **bold** and _italics_. Every word stays."""
    text = str(text or "")
    lines = text.split("\n")
    for n, line in enumerate(lines):
        if LIST_ITEM.match(line) and line.rstrip()[-1:] not in SENTENCE_END + ",;:":
            lines[n] = line.rstrip() + "."
    text = LINE_MARKS.sub("", "\n".join(lines))
    return EMPHASIS.sub(lambda m: next(g for g in m.groups() if g is not None), text)


def sentences(*parts):
    """A document's body from its parts, read as sentences so that an excerpt quoting where
    one part meets the next makes sense: each part a text, or a (label, value) pair written
    "Label: value." ("Themes: leadership, partnership."). A text followed by another part
    ends with a full stop; empty parts are left out. Markdown's marks go (`unmarked`), so an
    excerpt quotes words, not "- " or "**". Every word stays findable."""
    out = []
    for part in parts:
        labelled = isinstance(part, tuple)
        if labelled:
            label, value = part
            value = " ".join(str(value or "").split())
            part = f"{label}: {value}" if value else ""
        part = SPACE_BEFORE_PUNCTUATION.sub(r"\1", unmarked(part).strip())
        if part:
            out.append([part, labelled])
    for n, (part, labelled) in enumerate(out):
        last = n == len(out) - 1
        if (labelled or not last) and part.rstrip("\"'’”)]")[-1:] not in SENTENCE_END:
            out[n][0] = part + "."
    return "\n".join(part for part, _ in out)


@dataclass(frozen=True)
class Copied:
    """Words a kind's documents copy from another model's rows: `path` leads from the kind's
    model to them ("project", "thread__field_trial__project"); when one of `fields` changes
    (any field, if empty), the documents copying it are refreshed (search/indexing.py).
    A project's are its records: while it is withdrawn they are found by nobody, and
    withdrawing or restoring it refreshes them too."""

    model: type
    path: str
    fields: tuple = ()


@dataclass(frozen=True)
class Rekey:
    """When a `sender` row is saved or deleted (or, for an m2m "through" model, its links
    change), the documents of `rows(obj)` are indexed again: their keys were computed from
    it. `rows` is given the saved row, or for an m2m the rows on the "through" model's
    `owner` side (a community, whose trials changed). `fields`: a save naming only others
    (`update_fields`) changes no keys."""

    sender: type
    rows: object  # obj -> queryset of the kind's model (or of their pks)
    fields: tuple = ()
    owner: str = ""  # m2m only: the "through" model's field naming the side `rows` takes
    created_too: bool = False  # a new `sender` row changes keys too (a membership)


@dataclass(frozen=True)
class Searchable:
    """One kind of thing search finds."""

    kind: str  # a slug, in URLs and the documents' `kind`
    label: str  # the group's heading: "Lessons"
    noun: str  # one of them: "lesson"
    model: type
    document: object  # obj -> Document | None
    visible: object  # user -> queryset of the rows they may see
    keys: object  # obj -> the access keys of whoever `visible` lets see it (search/access.py)
    # True: `visible` gives the parents the person may see (a post's threads): a document is
    # visible with its `parent_id`, every row of the kind being seen with its parent (as the
    # keys' test, search/tests/test_access_keys.py, asks the rule).
    by_parent: bool = False
    order: int = 100  # where the group comes on the page
    rows: object = None  # () -> queryset reindexing reads (select_related what it needs)
    knowledge: bool = False  # part of the knowledge base
    # False: its documents' dates mean nothing to a reader (when an organisation or a person
    # was added): shown without one, and in order of their names where they match alike.
    dated: bool = True
    # What its date is, shown before it: "Added 3 March 2026", "Posted …", "Last changed …".
    date_label: str = "Added"
    # The model's fields the document reads: a save naming only others (`update_fields`)
    # leaves the document alone. Empty: every save refreshes it.
    fields: tuple = ()
    # m2m "through" models whose changes refresh the document (a lesson's themes)
    also_on_m2m: tuple = field(default=())
    # Changes elsewhere that change the keys of this kind's documents (see Rekey).
    rekeyed_by: tuple = field(default=())
    # Copied: other models whose words the documents copy (a project's policy area on its
    # trials), so that changing them refreshes these documents too.
    copies: tuple = ()

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
    for copied in searchable.copies:
        label = copied.model._meta.label_lower
        post_save.connect(
            indexing.on_copied_save, sender=copied.model, dispatch_uid=f"search:copies:{label}"
        )
    for n, rekey in enumerate(searchable.rekeyed_by):
        indexing.connect_rekey(searchable, rekey, dispatch_uid=f"{uid}:rekey:{n}")
    return searchable


def kinds():
    """Every kind, in the order their groups are shown."""
    return sorted(_kinds.values(), key=lambda s: (s.order, s.kind))


def kind(slug):
    return _kinds.get(slug)


def for_model(model):
    return [s for s in _kinds.values() if s.model is model]


def copying(model):
    """(searchable, Copied) for each kind whose documents copy words of `model`'s rows."""
    return [(s, c) for s in _kinds.values() for c in s.copies if c.model is model]
