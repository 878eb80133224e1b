"""Finding an organisation or a person by typing: the suggestions a search box shows, a page
at a time, and the fields that turn what was typed into the one row it means.

Every lookup is one a database answers from an index or a short scan: the start of a name
or a name in full, whatever its case and (on PostgreSQL) its accents (the index of accounts'
migration 0020), an exact URN (the unique URN index).
"""

import re
import unicodedata

from django import forms
from django.db import connection
from django.db.models import F, Func, IntegerField, Q, TextField, Value
from django.db.models.functions import Collate, Upper
from django.db.models.lookups import Exact, IContains, StartsWith
from django.db.models.query import EmptyQuerySet
from django.urls import reverse
from django.utils.functional import lazy
from django.utils.http import urlencode

from nextpractice.paging import whole_number
from nextpractice.widgets import SearchField

from .models import URN_PATTERN, Organisation

# What an organisation's box says under its label where a school may be meant; where none
# is (a partner agency), only its name.
TYPE_AN_ORGANISATION = "Start typing its name, or enter a school's URN"
TYPE_ITS_NAME = "Start typing its name"

# Suggestions per page: a screenful, and few enough that a page costs the same at any size.
PAGE_SIZE = 15
URN = re.compile(URN_PATTERN)


def clean_text(text):
    """What was typed, as a search means it: single spaces, no NULs, at most 200 characters."""
    return " ".join(str(text or "").replace("\x00", " ").split())[:200]


def without_accents(text):
    """`text` with the accents taken off its letters: "Café" is "Cafe", "Zoë" "Zoe"."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


class NameUnaccented(Func):
    """A text without its accents, as PostgreSQL's unaccent reads it, through the IMMUTABLE
    `np_unaccent` that accounts' migration 0020 makes, so that an index may hold it."""

    function = "np_unaccent"
    output_field = TextField()


def name_holds(field, text):
    """The rows whose `field` holds `text`, whatever the case, and on PostgreSQL whatever
    the accents ("Zoe" finds "Zoë", "Sean" "Seán": its unaccent extension, made by search's
    migration 0004). SQLite (`make run`) matches the letters as typed.

    Read from no index: each row's `field` through unaccent itself (twice as quick as the
    index's np_unaccent, and not Django's Unaccent, which unaccents what was typed again
    for every row), what was typed through np_unaccent: IMMUTABLE, so PostgreSQL reads it
    once, when it plans the query, and the pattern is a constant ('%ZOE%')."""
    if connection.vendor == "postgresql":
        column = Func(field, function="UNACCENT", output_field=TextField())
        return Q(IContains(column, NameUnaccented(Value(text))))
    return Q(**{f"{field}__icontains": text})


def name_key(field="name"):
    """What a name is searched and listed by: on PostgreSQL without its accents, in capitals,
    in the "C" collation, as the index of accounts' migration 0020 holds it ("ECOLE
    JEANNINE MANUEL"), so that the index answers the start of a name and its order together;
    on SQLite (`make run`) the name itself."""
    if connection.vendor == "postgresql":
        return Collate(Upper(NameUnaccented(field)), "C")
    return F(field)


def _typed_key(text):
    return Upper(NameUnaccented(Value(text)))


def name_is(text, field="name"):
    """The rows whose `field` is `text` in full, whatever the case, and on PostgreSQL
    whatever the accents ("Cafe Academy" is "Café Academy"), from the index of migration
    0020. SQLite (`make run`) matches the letters as typed."""
    if connection.vendor == "postgresql":
        return Q(Exact(name_key(field), _typed_key(text)))
    return Q(**{f"{field}__iexact": text})


class StartsLonger(StartsWith):
    """Starts with the text and goes on after it (`LIKE 'ST_%'`): "starts with it but is not
    it" with one reading of each row's name, not two (a name read for its accents costs)."""

    lookup_name = "starts_longer"

    def get_rhs_op(self, connection, rhs):
        return f"LIKE {connection.pattern_esc.format(rhs)} || '_%%'"


def name_starts(text, field="name", *, longer=False):
    """The rows whose `field` starts with `text`, as name_is reads them ("Ecole" starts
    "École Jeannine Manuel"), from the same index; with `longer`, only those whose `field`
    goes on after it (not `text` itself)."""
    if connection.vendor == "postgresql":
        lookup = StartsLonger if longer else StartsWith
        return Q(lookup(name_key(field), _typed_key(text)))
    starts = Q(**{f"{field}__istartswith": text})
    return starts & ~Q(**{f"{field}__iexact": text}) if longer else starts


# Words round an organisation's name that do not tell it apart from another: "Calderdale" and
# "Calderdale Council" are one local authority, as are the register's "Bristol, City of" and
# "Bristol City Council". Longest first, so that "… Borough Council" goes whole.
NAME_PREFIXES = (
    "the ",
    "royal borough of ",
    "london borough of ",
    "metropolitan borough of ",
    "borough of ",
    "city and county of ",
    "city of ",
    "county of ",
)
NAME_SUFFIXES = (
    " metropolitan borough council",
    " metropolitan district council",
    " borough council",
    " county council",
    " district council",
    " city council",
    " council",
    ", city of",
    ", county of",
)
NAME_PUNCTUATION = re.compile(r"[.,'\u2018\u2019]")


def organisation_name_key(name):
    """What is left of an organisation's name once case, spaces, punctuation and the words
    round it that do not tell it apart ("The", "Council", "London Borough of", "City of" …)
    are set aside: two names with one key are taken to mean one organisation, wherever
    names are matched (imports, adding an organisation). Accents are set aside too ("Café"
    is "Cafe"). A name that is nothing but such words keeps them."""
    text = without_accents(clean_text(name)).casefold().replace("&", " and ").replace("-", " ")
    text = " ".join(text.split())
    core = text
    while True:
        before = core
        for prefix in NAME_PREFIXES:
            core = core.removeprefix(prefix)
        for suffix in NAME_SUFFIXES:
            core = core.removesuffix(suffix)
        if core == before:
            break
    core = " ".join(NAME_PUNCTUATION.sub("", core).split())
    return core or " ".join(NAME_PUNCTUATION.sub("", text).split())


# Words before a local authority's name that do not tell it apart from another, beyond those
# of every organisation (NAME_PREFIXES): the register's "County Durham" is "Durham" and
# "Durham County Council". Not for every organisation: "County Bridge School" is not
# "Bridge School".
AUTHORITY_PREFIXES = ("county ",)


def authority_name_key(name):
    """What is left of a local authority's name once the words round it that do not tell it
    apart are set aside (organisation_name_key's, and "County" before it): two names with
    one key are taken to mean one local authority wherever one is matched by name (the
    register's import, the people import, adding an organisation: name_key_of)."""
    key = organisation_name_key(name)
    for prefix in AUTHORITY_PREFIXES:
        key = key.removeprefix(prefix) or key
    return key


def name_key_of(name, kind):
    """The key an organisation of `kind` is matched by: a local authority's
    authority_name_key ("County Durham" is "Durham"), any other's organisation_name_key."""
    if kind == Organisation.Kind.LOCAL_AUTHORITY:
        return authority_name_key(name)
    return organisation_name_key(name)


def may_be_named(name):
    """`test(other, kind)`: whether an organisation called `other`, of `kind`, is one that
    `name` may mean, as name_key_of reads them: a local authority by authority_name_key
    ("Durham County Council" for "County Durham"), any other by organisation_name_key."""
    keys = {True: authority_name_key(name), False: organisation_name_key(name)}

    def test(other, kind):
        return name_key_of(other, kind) == keys[kind == Organisation.Kind.LOCAL_AUTHORITY]

    return test


PAGE_MAX = 99999  # a page number of more digits reads as this one: past the end of any list


def page_number(value):
    """The page asked for, from 1; a number too long to be a page is past the end, as 999 is
    (PAGE_MAX: the lists show their last page); anything that is not a whole number above
    0 means page 1."""
    text = str(value or "").strip()
    if re.fullmatch(r"[0-9]+", text):  # leading zeros aside; never read as a number if long:
        text = text.lstrip("0") or "0"  # int() refuses 5,000 digits
        if len(text) > len(str(PAGE_MAX)):
            return PAGE_MAX
    number = whole_number(text, digits=5)
    return number if number is not None and number > 0 else 1


def _page(queryset, page):
    """One page of `queryset` as a list, and whether another page follows (one query)."""
    start = (page - 1) * PAGE_SIZE
    rows = list(queryset[start : start + PAGE_SIZE + 1])
    return rows[:PAGE_SIZE], len(rows) > PAGE_SIZE


def organisation_hint(urn, kind, local_authority):
    """What tells two organisations of one name apart: kind, URN and local authority."""
    parts = [Organisation.Kind(kind).label if kind in Organisation.Kind.values else ""]
    if urn:
        parts.append(f"URN {urn}")
    if local_authority:
        parts.append(local_authority)
    return ", ".join(p for p in parts if p)


WORD_START_MIN = 3  # letters typed before words inside a name are looked at


def inside_the_name(text):
    """A word of the name starting with `text`, after a space or an opening bracket;
    whatever the accents on PostgreSQL (name_holds). Not indexed: every name is read."""
    return name_holds("name", f" {text}") | name_holds("name", f"({text}")


URN_START_MIN = 4  # digits typed that are read as the start of a URN, not a name's number


def looks_inside_names(text):
    """Whether a word inside a name is looked for when no name starts with `text`: once a
    few letters are typed, and not for four digits or more (the start of a URN, which no
    name holds: "1000" read all 25,000 names to find none); "360" still finds "Academy
    360"."""
    urn = len(text) >= URN_START_MIN and text.isascii() and text.isdigit()
    return len(text) >= WORD_START_MIN and not urn


def organisation_suggestions(organisations, *, text, page=1, kinds=()):
    """Organisations among `organisations` whose name starts with `text`, whose URN is
    `text`, or whose local authority's name starts with it; as dicts for JSON."""
    text = clean_text(text)
    if not text or isinstance(organisations, EmptyQuerySet):
        return [], False
    if kinds:
        organisations = organisations.filter(kind__in=kinds)
    # The local authorities matching first (a few rows, read as ids), so that the search of
    # their schools is an indexed lookup the planner can see the size of (as a subquery it
    # guessed half the table and walked the whole name index instead).
    authorities = list(
        Organisation.objects.filter(
            name_starts(text), kind=Organisation.Kind.LOCAL_AUTHORITY
        ).values_list("pk", flat=True)
    )
    columns = SUGGESTION_COLUMNS
    rows, more = _page(names_first(organisations, text, authorities, page), page)
    rows = [row[: len(columns)] for row in rows]  # without how it matched
    if not rows and page == 1 and looks_inside_names(text):
        # Nothing starts so: a word inside the name ("Innovation Unit" for "The Innovation
        # Unit", "NCSL" for "… Leadership (NCSL)"). Not indexed, so only when the start of
        # a name found nothing.
        rows, more = _page(
            organisations.filter(inside_the_name(text))
            .order_by("name", "pk")
            .values_list(*columns),
            page,
        )
    return _as_suggestions(rows), more


SUGGESTION_COLUMNS = ("pk", "name", "urn", "kind", "local_authority__name")


def names_first(organisations, text, authorities, page):
    """The organisations matching `text`, as rows of SUGGESTION_COLUMNS and how each matched
    (a number, last), enough for `page` and the next row: the one called
    `text` (or with that URN) first, then those whose name starts with it, then the schools
    of the local authorities in `authorities`; each in name order. "Hampshire" comes before
    "Bridgemary College", a school in Hampshire.

    One query, a UNION ALL of the three, each read in order from an index only as far as the
    page needs, then sorted: sorting every match by how it matched (a CASE) read all 25,000
    for "s" and took ten times as long. The order is the name_key's, then the name's ("École"
    among the E's): on PostgreSQL the index of the key gives both the names starting so and
    their order (in name order it walked every name before the first "St …")."""
    # A name that starts with `text` and goes on is not `text`: each row's name read once.
    exact, starts, others = name_is(text), name_starts(text, longer=True), ~name_starts(text)
    if URN.match(text):
        exact |= Q(urn=text)
        starts &= ~Q(urn=text)
        others &= ~Q(urn=text)
    tiers = [exact, starts]
    if authorities:
        tiers.append(Q(local_authority_id__in=authorities) & others)
    enough = page * PAGE_SIZE + 1
    first, *rest = (
        organisations.filter(match)
        .annotate(tier=Value(n, output_field=IntegerField()), search_key=name_key())
        .order_by("search_key", "name", "pk")
        .values_list(*SUGGESTION_COLUMNS, "search_key", "tier")[:enough]
        for n, match in enumerate(tiers)
    )
    if not connection.features.supports_slicing_ordering_in_compound:
        # SQLite (`make run`) takes no LIMIT inside a UNION ("not allowed in subqueries of
        # compound statements"): the tiers read one after another, in the same order.
        return [row for tier in (first, *rest) for row in tier]
    return first.union(*rest, all=True).order_by("tier", "search_key", "name", "pk")


def _as_suggestions(rows):
    """Rows of SUGGESTION_COLUMNS as the dicts a search box's suggestions are."""
    return [
        {"id": pk, "label": name, "hint": organisation_hint(urn, kind, la)}
        for pk, name, urn, kind, la in rows
    ]


def close_organisations(organisations, name):
    """The organisations among `organisations` that `name` may already be, as suggestions
    (dicts, as `organisation_suggestions` gives them), at most a page: first those whose
    name has its key (may_be_named: "Calderdale" for "Calderdale Council", a local
    authority "Durham" for "County Durham"), then those the search box suggests for the
    name and for its key. Every name is read for the first: this is asked once, when
    someone adds an organisation, not as they type."""
    key = organisation_name_key(name)
    named = may_be_named(name)
    rows = organisations.values_list("pk", "name", "kind").iterator(chunk_size=5000)
    same = [pk for pk, other, kind in rows if named(other, kind)]
    found = _as_suggestions(
        organisations.filter(pk__in=same[:PAGE_SIZE])
        .order_by("name", "pk")
        .values_list(*SUGGESTION_COLUMNS)
    )
    for text in dict.fromkeys([name, key]):
        found += organisation_suggestions(organisations, text=text)[0]
    first = {}
    for row in found:
        first.setdefault(row["id"], row)
    return list(first.values())[:PAGE_SIZE]


def people_suggestions(people, *, text, page=1):
    """People among `people` (already those who may be picked) whose name holds `text`,
    accents or none (name_holds)."""
    text = clean_text(text)
    if not text:
        return [], False
    rows, more = _page(
        people.filter(name_holds("full_name", text))
        .order_by("full_name", "pk")
        .values_list("pk", "full_name", "organisation__name"),
        page,
    )
    return [{"id": pk, "label": name, "hint": org or ""} for pk, name, org in rows], more


def _organisation_search_url(kinds):
    url = reverse("accounts:organisation_search")
    return f"{url}?{urlencode([('kind', k) for k in kinds])}" if kinds else url


# Reversed when a page is rendered: forms are built when their module is imported, before
# the URLs can be read.
organisation_search_url = lazy(_organisation_search_url, str)


def _a(words):
    return "an" if words[:1] in "aeiou" else "a"


def kind_in_words(kind):
    """One kind of organisation as a sentence says it: "a trust", "an other organisation"
    is "another kind of organisation"."""
    if kind == Organisation.Kind.OTHER:
        return "another kind of organisation"
    words = Organisation.Kind(kind).label.lower()
    return f"{_a(words)} {words}"


def kinds_in_words(kinds):
    """Kinds of organisation as a sentence lists them: "a national agency, a local authority
    or a research body"."""
    said = [kind_in_words(k) for k in kinds]
    return ", ".join(said[:-1]) + f" or {said[-1]}" if len(said) > 1 else "".join(said)


# The kinds of organisation that have a URN, for whose boxes a URN may be typed.
KINDS_WITH_URNS = {
    Organisation.Kind.SCHOOL,
    Organisation.Kind.COLLEGE,
    Organisation.Kind.PRU,
    Organisation.Kind.SPECIAL_SCHOOL,
    Organisation.Kind.CHILDRENS_CENTRE,
}

# The end of "No organisation is called …": the way on, by whether who reads it may add one
# (None: not known).
ADD_IT = {
    True: "If it is not in the directory yet, add it: type its name, then choose ‘Not in "
    "the directory? Add …’ under the box.",
    False: "If it is not in the directory yet, ask a programme officer to add it.",
    None: "If it is not in the directory yet, a programme officer or an administrator needs "
    "to add it first.",
}


def say_who_adds(form, user):
    """Each organisation box of `form` says the way on that fits `user` when nothing is
    called what they typed: to add it, for those who may, or to ask a programme officer
    (asked of the rules only then: no query on a page that refuses nothing)."""
    for field in form.fields.values():
        if isinstance(field, OrganisationField):
            field.reader = user


class OrganisationField(SearchField):
    """An organisation picked by typing its name or URN (see nextpractice.widgets)."""

    default_error_messages = {
        "required": "Enter the name or URN of the organisation",
        "none": "No organisation is called ‘%(text)s’ or has that URN. Check the spelling, "
        "or enter the school's 6 or 7 digit URN.",
        "several": "More than one organisation matches ‘%(text)s’: %(names)s. "
        "Enter more of the name, or the URN",
    }
    # Who fills the form in (say_who_adds); None, not known.
    reader = None

    def __init__(self, *, queryset=None, kinds=(), **kwargs):
        queryset = Organisation.objects.all() if queryset is None else queryset
        self.kinds = tuple(kinds)
        if kinds:
            queryset = queryset.filter(kind__in=kinds)
        kwargs.setdefault("source", organisation_search_url(tuple(kinds)))
        asked = kwargs.get("error_messages") or {}
        super().__init__(queryset=queryset.select_related("local_authority"), **kwargs)
        if self.kinds and not KINDS_WITH_URNS.intersection(self.kinds) and "none" not in asked:
            # No school is taken here: no word of URNs.
            taken = " or ".join(Organisation.Kind(k).label.lower() for k in self.kinds)
            self.error_messages["none"] = f"No {taken} is called ‘%(text)s’. Check the spelling."

    def exact(self, queryset, text):
        match = name_is(text)
        if URN.match(text):
            match |= Q(urn=text)
        return queryset.filter(match).order_by("name", "pk")

    def starting(self, queryset, text):
        starts = name_starts(text)
        if looks_inside_names(text):  # typed without suggestions: a word inside it too
            starts |= inside_the_name(text)
        return queryset.filter(starts).order_by(name_key(), "name", "pk")

    def resolve(self, text):
        """As SearchField's; an organisation of a kind not taken here is said to be one
        ("Shire Rural Trust is a trust: a partner agency must be …"), not "No organisation
        is called …"; and when none is, the way on for who reads it (ADD_IT)."""
        try:
            return super().resolve(text)
        except forms.ValidationError as refused:
            if refused.code != "none":
                raise
            other = self.kinds and self.exact(Organisation.objects.all(), text).first()
            if not other:
                reader = self.reader
                may_add = None if reader is None else reader.has_perm("directory.add_organisation")
                raise forms.ValidationError(
                    f"{refused.messages[0]} {ADD_IT[may_add]}", code="none"
                ) from None
            raise forms.ValidationError(self.kind_refused(other), code="kind") from None

    def kind_refused(self, other):
        """Why `other`, an organisation of a kind not taken here, is refused."""
        if len(self.kinds) == 1:
            return f"{other.name} is {kind_in_words(other.kind)}, not {kinds_in_words(self.kinds)}."
        box = str(self.label or "")
        box = f"{_a(box.lower())} {box[:1].lower()}{box[1:]}" if box else "the organisation here"
        return (
            f"{other.name} is {kind_in_words(other.kind)}: {box} must be "
            f"{kinds_in_words(self.kinds)}."
        )

    def label_of(self, obj):
        return obj.name

    def label_in_list(self, obj):
        la = obj.local_authority.name if obj.local_authority_id else ""
        return f"{obj.name} ({organisation_hint(obj.urn, obj.kind, la)})"


class PersonField(SearchField):
    """A person picked by typing their name, among `queryset` (those who may be picked)."""

    default_error_messages = {
        "required": "Enter the person's name",
        "none": "No one who may be chosen here is called ‘%(text)s’. Check the spelling; "
        "only members of this programme can be chosen",
        "several": "More than one person matches ‘%(text)s’: %(names)s. "
        "Enter their full name or e-mail address",
    }

    def __init__(self, *, queryset, **kwargs):
        super().__init__(queryset=queryset.select_related("organisation"), **kwargs)

    def exact(self, queryset, text):
        return queryset.filter(Q(full_name__iexact=text) | Q(email__iexact=text)).order_by(
            "full_name", "pk"
        )

    def starting(self, queryset, text):
        return queryset.filter(name_holds("full_name", text)).order_by("full_name", "pk")

    def label_of(self, obj):
        return obj.full_name or obj.email

    def label_in_list(self, obj):
        org = obj.organisation.name if obj.organisation_id else ""
        return f"{self.label_of(obj)} ({org})" if org else self.label_of(obj)
