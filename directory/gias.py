"""Reading the register of schools in England: Get Information About Schools (GIAS), its
"all establishment data" CSV export (edubasealldataYYYYMMDD.csv).

The register's file is encoded in Windows-1252 (Latin-1 for the odd byte Windows-1252
leaves undefined); a file saved again as UTF-8 is read as UTF-8. Only a few of its hundred
or so columns are read. Each establishment's type (`TypeOfEstablishment (name)`) decides
which kind of organisation it becomes, from the table KINDS below; types that are not
schools, colleges, pupil referral units, special schools or children's centres (universities,
Welsh establishments, schools overseas) are left out, and a type not in either table is a
problem with its row. Nothing here touches the database.
"""

import codecs
import csv
import io
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from accounts.models import URN_PATTERN as URN_ONLY
from accounts.models import Organisation
from nextpractice.words import in_a_list, shortened

Kind = Organisation.Kind

URN = "URN"
NAME = "EstablishmentName"
LA_NAME = "LA (name)"
TYPE = "TypeOfEstablishment (name)"
STATUS = "EstablishmentStatus (name)"
TOWN = "Town"
REQUIRED_COLUMNS = (URN, NAME, LA_NAME, TYPE, STATUS)

CLOSED = "Closed"
# What the register writes where an establishment has no local authority.
NO_LOCAL_AUTHORITY = {"", "does not apply", "not applicable", "no local authority"}

# The register's types of establishment, by the kind of organisation each becomes.
KINDS = {
    Kind.SCHOOL: [
        "Community school",
        "Voluntary aided school",
        "Voluntary controlled school",
        "Foundation school",
        "City technology college",
        "Local authority nursery school",
        "Other independent school",
        "Academy sponsor led",
        "Academy converter",
        "Free schools",
        "University technical college",
        "Studio schools",
    ],
    Kind.COLLEGE: [
        "Further education",
        "Sixth form centres",
        "Free schools 16 to 19",
        "Academy 16-19 converter",
        "Academy 16 to 19 sponsor led",
        "Academy secure 16 to 19",
    ],
    Kind.PRU: [
        "Pupil referral unit",
        "Academy alternative provision converter",
        "Academy alternative provision sponsor led",
        "Free schools alternative provision",
    ],
    Kind.SPECIAL_SCHOOL: [
        "Community special school",
        "Foundation special school",
        "Non-maintained special school",
        "Other independent special school",
        "Academy special converter",
        "Academy special sponsor led",
        "Free schools special",
        "Special post 16 institution",
    ],
    Kind.CHILDRENS_CENTRE: ["Children's centre", "Children's centre linked site"],
}
KIND_OF_TYPE = {name.casefold(): kind for kind, names in KINDS.items() for name in names}
# Types the register holds that the directory does not: left out, counted, not problems.
OTHER_TYPES = {
    name.casefold()
    for name in [
        "Higher education institutions",
        "Welsh establishment",
        "British schools overseas",
        "Offshore schools",
        "Service children's education",
        "Secure units",
        "Miscellaneous",
        "Online provider",
        "Institution funded by other government department",
    ]
}

URN_PATTERN = re.compile(URN_ONLY)
# Control characters other than white space (a NUL, which the database refuses, and the
# like), and lone surrogates: not text anyone typed.
NOT_TEXT = re.compile(r"[\x00-\x08\x0e-\x1b\x7f-\x84\x86-\x9f\ud800-\udfff]")
QUOTED_WIDTH = 80
NAME_LENGTH = Organisation._meta.get_field("name").max_length
CHUNK = 1024 * 1024


def quoted(text, width=QUOTED_WIDTH):
    """A cell's `text` as a message quotes it: a character that is not text shown as "�",
    white space as single spaces, and a long cell cut after a whole word with "…"."""
    return shortened(NOT_TEXT.sub("\ufffd", str(text or "")), width)


class FileProblem(Exception):
    """The file as a whole cannot be read as the register's export; `message` says why."""

    def __init__(self, message):
        super().__init__(message)
        self.message = message


@dataclass(frozen=True)
class Establishment:
    """One row of the register that can become an organisation."""

    line: int
    urn: str
    name: str
    kind: str
    local_authority: str | None
    town: str


@dataclass
class Reading:
    """What a file holds: establishments to import and everything left out, with reasons."""

    rows: int = 0
    establishments: list = field(default_factory=list)
    closed: list = field(default_factory=list)  # URNs of closed establishments
    other: list = field(default_factory=list)  # (URN, type) of types the directory does not hold
    problems: list = field(default_factory=list)  # (line, message), in line order

    @property
    def other_types(self):
        """How many rows of each type the directory does not hold."""
        return Counter(kind for _, kind in self.other)


def encoding_of(handle, *, whole=True):
    """The encoding a binary file handle is read with: UTF-8 if every byte of it is, else
    Windows-1252 if every byte is defined there, else Latin-1 (which reads any byte).
    Reads the file (or only its start, `whole=False`) in chunks; leaves the handle at its
    start."""
    for encoding in ("utf-8-sig", "cp1252"):
        decoder = codecs.getincrementaldecoder(encoding)()
        handle.seek(0)
        try:
            while chunk := handle.read(CHUNK):
                decoder.decode(chunk)
                if not whole:
                    break
            if whole:
                decoder.decode(b"", final=True)
        except UnicodeDecodeError:
            continue
        else:
            handle.seek(0)
            return encoding
    handle.seek(0)
    return "latin-1"


def _reader(handle, *, whole=True):
    """(csv.DictReader, its text wrapper) over the binary `handle`, the header checked.
    `handle` may be a Django File: its own file object is read."""
    handle = getattr(handle, "file", handle)
    handle.seek(0)
    if b"\0" in handle.read(CHUNK):
        raise FileProblem(
            "This is not a CSV file: it holds binary data (a spreadsheet, a PDF, or text saved "
            "as UTF-16). Upload the register's CSV file as you downloaded it."
        )
    encoding = encoding_of(handle, whole=whole)
    text = io.TextIOWrapper(handle, encoding=encoding, errors="replace", newline="")
    reader = csv.DictReader(text)
    try:
        header = reader.fieldnames
    except (csv.Error, UnicodeDecodeError) as error:
        text.detach()
        raise FileProblem(f"This file could not be read as CSV: {error}.") from None
    try:
        check_columns(header or [])
    except FileProblem:
        text.detach()
        raise
    return reader, text


def check_columns(header):
    """Raise FileProblem unless `header` has every column the import reads."""
    columns = {(name or "").strip() for name in header}
    missing = [name for name in REQUIRED_COLUMNS if name not in columns]
    if len(missing) == len(REQUIRED_COLUMNS):
        raise FileProblem(
            "This file does not look like the register's export: its first line should "
            f"name the columns, among them {', '.join(REQUIRED_COLUMNS)}."
        )
    if missing:
        raise FileProblem(
            f"This file has no {' or '.join(missing)} column: download the "
            '"all establishment data" file from Get Information About Schools again.'
        )


def read_header(handle):
    """Check the first line of the binary `handle`; raise FileProblem if it is wrong.
    Leaves the handle open, at its start."""
    _, text = _reader(handle, whole=False)
    text.detach()  # so that the wrapper, when collected, does not close the upload
    getattr(handle, "file", handle).seek(0)


def read_register(handle):
    """Read the binary `handle` of the register's CSV export into a Reading."""
    reader, _ = _reader(handle)
    reading = Reading()
    lines_of = defaultdict(list)
    try:
        for record in reader:
            reading.rows += 1
            line = reader.line_num
            row = {(key or "").strip() if key else key: value for key, value in record.items()}
            outcome = _establishment(line, row)
            if isinstance(outcome, str):
                reading.problems.append((line, outcome))
                continue
            lines_of[outcome[0]].append(line)
            reading_kind, value = outcome[1], outcome[2]
            if reading_kind == "closed":
                reading.closed.append(value)
            elif reading_kind == "other":
                reading.other.append((outcome[0], value))
            else:
                reading.establishments.append(value)
    except csv.Error as error:
        raise FileProblem(
            f"This file could not be read past line {reader.line_num}: {error}."
        ) from None
    return _without_repeated_urns(reading, lines_of)


def _establishment(line, row):
    """(urn, "import", Establishment), (urn, "closed", urn), (urn, "other", type) or a
    problem's message."""
    if None in row:
        return "This line has more fields than the first line has column names."
    if any(value is None for value in row.values()):
        return "This line has fewer fields than the first line has column names."
    urn = row[URN].strip()
    if not urn:
        return "It has no URN."
    if not URN_PATTERN.match(urn):
        return f'Its URN "{quoted(urn, 20)}" is not six or seven digits.'
    for column, what in ((NAME, "name"), (LA_NAME, "local authority"), (TOWN, "town")):
        if NOT_TEXT.search(row.get(column) or ""):
            return f"URN {urn}: the {what} has a character in it that is not text."
    name = " ".join(row[NAME].split())
    if not name:
        return f"URN {urn} has no establishment name."
    if len(name) > NAME_LENGTH:
        return f"URN {urn}: the name is longer than {NAME_LENGTH} characters."
    if row[STATUS].strip().casefold() == CLOSED.casefold():
        return urn, "closed", urn
    type_name = " ".join(row[TYPE].split())
    kind = KIND_OF_TYPE.get(type_name.casefold())
    if kind is None:
        if type_name.casefold() in OTHER_TYPES:
            return urn, "other", type_name
        return f'URN {urn}: the type of establishment "{quoted(type_name)}" is not one we know.'
    authority = " ".join(row[LA_NAME].split())
    if row[LA_NAME] and not authority:  # spaces only: a name lost, not "none"
        return (
            f"URN {urn}: the local authority's name is only spaces: write its name, or "
            '"Does not apply" if it has none.'
        )
    if authority.casefold() in NO_LOCAL_AUTHORITY:
        authority = None
    elif len(authority) > NAME_LENGTH:
        return f"URN {urn}: the local authority's name is longer than {NAME_LENGTH} characters."
    town = " ".join((row.get(TOWN) or "").split())
    return urn, "import", Establishment(line, urn, name, kind, authority, town)


def _without_repeated_urns(reading, lines_of):
    """Leave out every line of a URN that is on more than one line: which is right is not
    for the import to guess."""
    repeated = {urn: lines for urn, lines in lines_of.items() if len(lines) > 1}
    if not repeated:
        return reading
    for urn, lines in repeated.items():
        where = in_a_list(lines)
        for line in lines:
            reading.problems.append(
                (line, f"URN {urn} is on more than one line ({where}): none of them is imported.")
            )
    reading.problems.sort()
    reading.establishments = [e for e in reading.establishments if e.urn not in repeated]
    reading.closed = [urn for urn in reading.closed if urn not in repeated]
    reading.other = [(urn, kind) for urn, kind in reading.other if urn not in repeated]
    return reading
