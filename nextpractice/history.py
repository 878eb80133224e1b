"""The event log told as sentences people read: each page's history and activity.

Services write one `accounts.Event` per change (accounts.services.record_event); here each
event becomes a sentence, as pretix's log display does: "Sarah Jones changed the milestone
“Launch”", with the fields that changed ("Due date: from 1 Oct 2006 to 15 Oct 2006") and
why, when the event says ("because the school closed").

Each app says what its events mean in its own `events.py`, a list `PHRASES` of `Phrase`s:
the verb, what follows the actor's name (a format string over the event's data, with
`{target}` the target's name when the event was written, or a function of the event), and
the kind of happening people filter by. They are discovered from the installed apps, as
Django discovers admin modules, and a test fails when code writes a verb nothing phrases.
Verbs of the shared record kit (`<app>.<kind>_added`, `_changed`, `_withdrawn`, `_deleted`,
...) are phrased without a line each: the record's noun comes from data["noun"], or from the
verb.

Reading is one query: events with their actor, never their targets (events keep the
target's name: Event.target_name). Who may read which events is accounts.rules.visible_events.

A stream across places (what a person follows, and its digest) links each entry to what it
is about, for a reader who may still open it: each app's `events.py` says in `LINKS` where
an event about one of its models leads and which rule of its `rules.py` lists those a person
may open; whether they may is asked after the events are read, one query for each kind of
target among them, of the targets read only (entries(..., user=...)). The link is on the
words of the sentence naming it ("posted in the discussion “Costs”"), else on the place
named after it ("In Coral Trial.").
"""

import re
import string
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from functools import cache

from django.apps import apps
from django.core.exceptions import FieldDoesNotExist
from django.db.models import Case, CharField, OuterRef, Q, Subquery, Value, When
from django.urls import NoReverseMatch, reverse
from django.utils import timezone
from django.utils.module_loading import autodiscover_modules, import_string
from django.utils.text import get_text_list

# What people filter activity by: the kind of happening, in the order the filter lists them.
KINDS = {
    "added": "Added",
    "changed": "Corrected or changed",
    "withdrawn": "Withdrawn or deleted",
    "decided": "Stages, status and decisions",
    "people": "People",
    "toolkit": "Toolkit exercises",
    "reports": "Reports and imports",
}

# Verbs of the shared record kit, by their ending: (kind, what the actor did).
GENERIC_ENDINGS = {
    "_added": ("added", "added"),
    "_created": ("added", "added"),
    "_recorded": ("added", "recorded"),
    "_changed": ("changed", "changed"),
    "_edited": ("changed", "changed"),
    "_updated": ("changed", "changed"),
    "_corrected": ("changed", "corrected"),
    "_withdrawn": ("withdrawn", "withdrew"),
    "_deleted": ("withdrawn", "deleted"),
    "_restored": ("changed", "restored"),
}

NAME_KEYS = ("text", "title", "name")  # where an event's data names its record


@dataclass(frozen=True)
class Phrase:
    """What an event with `verb` says after its actor's name."""

    verb: str
    says: str | Callable  # a format string over data and {target}, or event -> str
    kind: str
    # Read only by those who change the trial's records (a monthly update's drafts: the
    # team's working copy, which nobody else learns of).
    team_only: bool = False
    # Read only by the programme officers of its place (and administrators): that officers
    # talked in a discussion for them alone, which nobody else learns exists.
    officers_only: bool = False
    # Read only by those who read the whole of its place, as its progress reports are
    # (reports/rules.py): of a trial, whoever sees it; of a project, the officers,
    # consultants and partners of it or its programme; of a programme, its own. That
    # someone asked for a report, which the others may not open.
    readers_in_full_only: bool = False
    # The whole sentence, not what follows a name: something that happened without anyone
    # doing it ("The monthly progress report on X for November 2026 was started"), which
    # "The system …" would only make strange.
    whole: bool = False
    # Told in the history and activity of its place, not in the streams across places (what
    # people follow, their digest, the home page's recent activity anywhere): a step nobody
    # took, whose news reaches those it concerns another way (a notification).
    stream: bool = True

    def __post_init__(self):
        if self.kind not in KINDS:
            raise ValueError(f"{self.verb}: {self.kind!r} is not one of {list(KINDS)}")


@dataclass(frozen=True)
class Link:
    """Where an event whose target is a `model` leads, for whoever may open it."""

    model: str  # the target's model, "discussions.thread"
    url_name: str  # its page
    visible: str  # the dotted name of the rule listing those a person may open (rules.py)
    # The words of the event's sentence naming it: a format string over data and {target}
    # as a Phrase's, or event -> str. Read out of context, they say what they lead to.
    words: str | Callable = "{target}"
    verb: str = ""  # only for events with this verb (a more exact page than the model's)
    args: Callable = lambda event: (event.target_id,)  # the URL's arguments
    fragment: Callable = lambda event: ""  # a place on the page ("post-12")


@dataclass
class Entry:
    """One event as a page shows it."""

    when: datetime
    who: str
    sentence: str
    kind: str
    changes: list = field(default_factory=list)
    pk: int = 0
    # Where it happened, in a list spanning several places (entries(..., where=...)): its
    # field trial's title, else its project's, else its programme's name; outside any
    # programme, in a list of places anywhere, its community of practice's name.
    where: str = ""
    # What it is about, for a reader who may open it (entries(..., user=...)): its page, and
    # the words linked, in the sentence or the place.
    url: str = ""
    linked: str = ""

    @property
    def sentence_parts(self):
        """(before, linked, after): the sentence around its link, or None."""
        if not (self.url and self.linked) or self.linked not in self.sentence:
            return None
        return self.sentence.partition(self.linked)

    @property
    def place_to_say(self):
        """The place a page says after the sentence ("In Coral Trial."): none when the
        sentence names it ("… a progress report on System Leadership.")."""
        return "" if _names(self.sentence, self.where) else self.where

    @property
    def links_place(self):
        """Whether the link is on the place ("In Coral Trial.")."""
        return (
            bool(self.url and self.place_to_say)
            and self.linked == self.where
            and self.sentence_parts is None
        )


# --- The registry -------------------------------------------------------------------------


def _declared(name):
    """Every item of the list `name` in the installed apps' `events.py`."""
    autodiscover_modules("events")
    for config in apps.get_app_configs():  # read what autodiscover_modules imported
        module = sys.modules.get(f"{config.name}.events")
        yield from getattr(module, name, ())


@cache
def phrases():
    """{verb: Phrase} from every installed app's `events.py`."""
    found = {}
    for phrase in _declared("PHRASES"):
        if phrase.verb in found:
            raise ValueError(f"{phrase.verb} is phrased twice")
        found[phrase.verb] = phrase
    return found


@cache
def links():
    """{(model, verb or ""): Link} from every installed app's `events.py`."""
    found, rules = {}, {}
    for link in _declared("LINKS"):
        key = (link.model, link.verb)
        if key in found:
            raise ValueError(f"{key} has two links")
        if rules.setdefault(link.model, link.visible) != link.visible:
            raise ValueError(f"{link.model}: who may open it is asked of one rule only")
        found[key] = link
    return found


def generic_phrase(verb):
    """The record kit's phrase for `verb` (e.g. "fieldtrials.support_session_withdrawn"),
    or None if its ending is not one of the kit's."""
    action = verb.partition(".")[2]
    for ending, (kind, did) in GENERIC_ENDINGS.items():
        if action.endswith(ending) and len(action) > len(ending):
            noun = action.removesuffix(ending).replace("_", " ")
            return Phrase(verb=verb, says=_record_sentence(did, noun), kind=kind)
    return None


def phrase_for(verb):
    """How an event with `verb` is told, or None when nothing phrases it."""
    return phrases().get(verb) or generic_phrase(verb)


def team_only_verbs():
    return sorted(verb for verb, phrase in phrases().items() if phrase.team_only)


def officers_only_verbs():
    return sorted(verb for verb, phrase in phrases().items() if phrase.officers_only)


def readers_in_full_only_verbs():
    return sorted(verb for verb, phrase in phrases().items() if phrase.readers_in_full_only)


def unstreamed_verbs():
    """Verbs kept out of the streams across places (Phrase.stream)."""
    return sorted(verb for verb, phrase in phrases().items() if not phrase.stream)


def kind_filter(kind):
    """A condition on events of `kind` (one of KINDS), for the activity filter."""
    verbs = [verb for verb, phrase in phrases().items() if phrase.kind == kind]
    condition = Q(verb__in=verbs)
    for ending, (ending_kind, _) in GENERIC_ENDINGS.items():
        if ending_kind == kind:
            # The kit's verbs nobody phrased by hand.
            condition |= Q(verb__endswith=ending) & ~Q(verb__in=list(phrases()))
    return condition


# --- Sentences -----------------------------------------------------------------------------


class _Blank(dict):
    def __missing__(self, key):
        return ""


def record_name(event):
    """What the event's record is called: its name in the data, or the target's."""
    data = event.data or {}
    for key in NAME_KEYS:
        if data.get(key):
            return str(data[key])
    return event.target_name


def _record_sentence(did, noun):
    def says(event):
        data = event.data or {}
        name = record_name(event)
        what = data.get("noun") or noun
        if name:
            return f"{did} the {what} “{name}”"
        return f"{did} {'an' if what[:1] in 'aeiou' else 'a'} {what}"

    return says


def sentence(event):
    """What the event says after its actor's name, with the reason when it gives one."""
    phrase = phrase_for(event.verb)
    data = dict(event.data or {})
    if phrase is None:
        said = f"did something we have no words for ({event.verb})"
    elif callable(phrase.says):
        said = phrase.says(event)
    else:
        said = _formatted(phrase.says, event)
    reason = str(data.get("reason") or "").strip()
    if reason and "{reason}" not in (
        phrase.says if phrase and isinstance(phrase.says, str) else ""
    ):
        said = _with_reason(said, reason)
    return said if said.endswith(ENDS) else said.rstrip(".") + "."


ENDS = ("?", "!", "…")


def _formatted(says, event):
    """A format string over the event's data, {target} and {name}, filled in."""
    values = _Blank({k: _plain(v) for k, v in (event.data or {}).items()})
    values["target"] = event.target_name
    values["name"] = record_name(event)
    return string.Formatter().vformat(says, (), values)


def _with_reason(said, reason):
    """The sentence with the reason given: "…, because the need is clear" when the reason
    was typed to follow "because"; one typed as a sentence of its own ("Final report
    received", "17 field trials selected") follows as one: "…. Reason: Final report
    received", not "because Final report received"."""
    if reason[0].islower():
        return f"{said}, because {reason}"
    return f"{said.rstrip('.')}. Reason: {reason}"


def _plain(value):
    if isinstance(value, str):
        return value.replace("_", " ") if value.islower() and " " not in value else value
    return value


def change_lines(event):
    """The fields an edit changed, one line each: "Due date: from 1 Oct 2006 to 15 Oct 2006";
    a list, a line for what was added and one for what was removed ("Resource domains: added
    The use of time")."""
    lines = []
    for change in (event.data or {}).get("changes") or []:
        before, after = change.get("from") or "", change.get("to") or ""
        label = str(change.get("field", ""))
        label = label[:1].upper() + label[1:]
        if "added" in change or "removed" in change:  # a list: "Resource domains: added …"
            for verb in ("added", "removed"):
                if change.get(verb):
                    lines.append(f"{label}: {verb} {get_text_list(change[verb], 'and')}")
        elif not before:
            lines.append(f"{label}: set to {after}")
        elif not after:
            lines.append(f"{label}: {before} removed")
        else:
            lines.append(f"{label}: from {before} to {after}")
    return lines


# The places an event may be placed in, outermost first: (its field, the name's field).
PLACES = (("programme", "name"), ("project", "title"), ("field_trial", "title"))
# A place outside any programme: a community of practice (its model's label). An event is in
# one when written on it or on a record of it (community_records), and names it in a list of
# places anywhere (entries(..., where="anywhere")), read in the events' own query.
COMMUNITY = "fieldtrials.communityofpractice"


@cache
def community_records():
    """Models whose rows each belong to one community of practice through a `community`
    link (its meetings, its discussions' threads, and whatever later apps keep for one)."""
    community = apps.get_model(COMMUNITY)
    found = []
    for model in apps.get_models():
        try:
            link = model._meta.get_field("community")
        except FieldDoesNotExist:
            continue
        if link.is_relation and link.concrete and link.related_model is community:
            found.append(model)
    return tuple(found)


def community_names():
    """An annotation of events: the name of the community of practice an event outside any
    programme is in (None when in none). PostgreSQL reads it only for the rows a page reads
    (after its LIMIT), one index lookup each."""
    community = apps.get_model(COMMUNITY)
    outside = Q(programme=None)
    own = community._base_manager.filter(pk=OuterRef("target_id")).values("name")[:1]
    whens = [When(outside & target_is(COMMUNITY), then=Subquery(own))]
    for model in community_records():
        found = model._base_manager.filter(pk=OuterRef("target_id")).values("community__name")
        whens.append(When(outside & target_is(model), then=Subquery(found[:1])))
    return Case(*whens, default=Value(None), output_field=CharField())


def entry(event, *, where=None):
    """`event` as a page shows it (its actor must be loaded with it; its places too, when
    `where` asks for them, and whether its reader may open its target, when they are named:
    see entries)."""
    phrase = phrase_for(event.verb)
    actor = event.actor
    who = (actor.full_name or "Someone") if actor is not None else "The system"
    said = sentence(event) if phrase and phrase.whole else f"{who} {sentence(event)}"
    place, place_is_target = _place(event, where) if where else ("", False)
    url, linked = _link(event)
    if url and not _names(said, linked):
        # Nothing in the sentence names what it is about: the place does when it is that.
        linked = place if place_is_target and not _names(said, place) else ""
        url = url if linked else ""
    return Entry(
        when=timezone.localtime(event.created_at),
        who=who,
        sentence=said,
        kind=phrase.kind if phrase else "",
        changes=change_lines(event),
        pk=event.pk,
        where=place,
        url=url,
        linked=linked,
    )


def _names(text, name):
    """Whether `text` names `name` as a whole (not "Coral" inside "Coral Reef Trial")."""
    return bool(name) and re.search(rf"(?<!\w){re.escape(name)}(?!\w)", text) is not None


def _place(event, where):
    """(the name of the innermost place of `event` below `where` ("anywhere", or the level
    of the list's own subject, whose name it would only repeat), whether it is the event's
    target)."""
    levels = [place for place, _ in PLACES]
    shown = PLACES[levels.index(where) + 1 :] if where in levels else PLACES
    for place, name in reversed(shown):
        place_id = getattr(event, f"{place}_id")
        if place_id:
            model = event._meta.get_field(place).related_model._meta.label_lower
            is_target = getattr(event, "link_model", "") == model and event.target_id == place_id
            return getattr(getattr(event, place), name), is_target
    community = getattr(event, "community_name", None)
    if community:  # outside any programme, in a community of practice (community_names)
        return community, getattr(event, "link_model", "") == COMMUNITY
    return "", False


def _link(event):
    """(the page of what `event` is about, the words naming it) for a reader who may open
    it (the `link_model` entries read), else ("", "")."""
    model = getattr(event, "link_model", "")
    found = (links().get((model, event.verb)) or links().get((model, ""))) if model else None
    if found is None:
        return "", ""
    try:
        url = reverse(found.url_name, args=found.args(event))
    except (KeyError, TypeError, ValueError, NoReverseMatch):  # an event missing its data
        return "", ""
    fragment = found.fragment(event)
    words = found.words(event) if callable(found.words) else _formatted(found.words, event)
    return (f"{url}#{fragment}" if fragment else url), words


def target_is(model):
    """A filter of events on their target's type: `model` a model class or its label
    ("discussions.thread"). Matched by name in a join, not by a ContentType id looked up
    first: no query of its own."""
    if isinstance(model, str):
        app_label, model_name = model.split(".")
        model_name = model_name.lower()  # "fieldtrials.CommunityOfPractice" as Meta.label has it
    else:
        app_label, model_name = model._meta.app_label, model._meta.model_name
    return Q(target_type__app_label=app_label, target_type__model=model_name)


@cache
def link_rules():
    """{model label: the rule listing the targets of that model a person may open}."""
    rules = {}
    for link in links().values():
        rules.setdefault(link.model, link.visible)
    return rules


def label_of(event):
    """The label of `event`'s target's model ("discussions.thread"), from its target type
    read with it (no query)."""
    target_type = event.target_type
    return f"{target_type.app_label}.{target_type.model}"


def mark_openable(events, user):
    """Set each event's `link_model`: the label of its target's model when `user` may open
    the target (as the rule its Link names says), else "". One query for each kind of target
    among `events` that links anywhere, asking its rule of those targets alone: as many
    queries whatever the number of events or rows behind them (at most one per kind in
    LINKS), each small to build and plan."""
    rules = link_rules()
    wanted = {}
    for event in events:
        label = label_of(event)
        if label in rules:
            wanted.setdefault(label, set()).add(event.target_id)
    openable = {
        label: set(
            import_string(rules[label])(user)
            .filter(pk__in=ids)
            .order_by()
            .values_list("pk", flat=True)
        )
        for label, ids in sorted(wanted.items())
    }
    for event in events:
        label = label_of(event)
        event.link_model = label if event.target_id in openable.get(label, ()) else ""
    return events


def entries(events, *, where=None, user=None):
    """Entries of an event queryset, read in one query. `where`: for a list spanning several
    places, "anywhere" to name the trial, project or programme of each event (or the
    community of practice of one outside any programme), or the level of the list's subject
    ("programme", "project") to name those below it; read in the same query. `user`: link
    each entry to what it is about when they may open it (a stream across places, whose
    entries are news of something to find): asked after, one query for each kind of target
    among them (mark_openable)."""
    related, columns = ["actor"], list(EVENT_COLUMNS)
    if where:
        for place, name in PLACES:
            related.append(place)
            columns += [place, f"{place}__{name}"]
    if where == "anywhere":
        events = events.annotate(community_name=community_names())
    if user is not None:
        related.append("target_type")  # its model's label, in the same query
        columns += ["target_id", "target_type", "target_type__app_label", "target_type__model"]
    read = list(events.select_related(*related).only(*columns))
    if user is not None:
        mark_openable(read, user)
    return [entry(e, where=where) for e in read]


# The columns a history shows: never the target's own row.
EVENT_COLUMNS = (
    "verb",
    "target_name",
    "data",
    "created_at",
    "actor",
    "actor__full_name",
)
