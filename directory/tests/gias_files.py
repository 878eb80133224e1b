"""Made-up extracts of the register of schools in England, in its export's format.

`python -m directory.tests.gias_files` writes data/gias_extract.csv (300 establishments)
and data/gias_extract_changed.csv (a newer copy: three renamed, four new, one closed since,
one bad row), encoded as the register's files are (Windows-1252). Every name is made up.
The tests use the same functions to make small files of their own.
"""

import csv
import io
from pathlib import Path

DATA = Path(__file__).with_name("data")

# The register's first columns and its address columns, as named in its export.
COLUMNS = [
    "URN",
    "LA (code)",
    "LA (name)",
    "EstablishmentNumber",
    "EstablishmentName",
    "TypeOfEstablishment (code)",
    "TypeOfEstablishment (name)",
    "EstablishmentTypeGroup (code)",
    "EstablishmentTypeGroup (name)",
    "EstablishmentStatus (code)",
    "EstablishmentStatus (name)",
    "ReasonEstablishmentOpened (code)",
    "ReasonEstablishmentOpened (name)",
    "OpenDate",
    "ReasonEstablishmentClosed (code)",
    "ReasonEstablishmentClosed (name)",
    "CloseDate",
    "PhaseOfEducation (code)",
    "PhaseOfEducation (name)",
    "StatutoryLowAge",
    "StatutoryHighAge",
    "Street",
    "Locality",
    "Address3",
    "Town",
    "County (name)",
    "Postcode",
]

AUTHORITIES = [
    ("801", "Ashdown"),
    ("802", "Bramford"),
    ("803", "Cressington"),
    ("804", "Dunmere"),
    ("805", "Eastholme"),
    ("806", "Fallowfield"),
]
TOWNS = ["Ashby Magna", "Bramford", "Cressing", "Dunmere", "Eastholme", "Fallow Cross"]
# (type code, type name, group code, group name, phase code, phase name, ages)
TYPES = [
    ("01", "Community school", "4", "Local authority maintained schools", "2", "Primary", 4, 11),
    ("34", "Academy converter", "10", "Academies", "4", "Secondary", 11, 18),
    (
        "02",
        "Voluntary aided school",
        "4",
        "Local authority maintained schools",
        "2",
        "Primary",
        4,
        11,
    ),
    ("28", "Academy sponsor led", "10", "Academies", "4", "Secondary", 11, 16),
    (
        "03",
        "Voluntary controlled school",
        "4",
        "Local authority maintained schools",
        "2",
        "Primary",
        4,
        11,
    ),
    ("35", "Free schools", "11", "Free Schools", "7", "All-through", 4, 18),
    (
        "05",
        "Foundation school",
        "4",
        "Local authority maintained schools",
        "4",
        "Secondary",
        11,
        16,
    ),
    ("11", "Other independent school", "3", "Independent schools", "0", "Not applicable", 3, 18),
    ("18", "Further education", "1", "Colleges", "0", "Not applicable", 16, 99),
    ("31", "Sixth form centres", "1", "Colleges", "6", "16 plus", 16, 19),
    (
        "14",
        "Pupil referral unit",
        "4",
        "Local authority maintained schools",
        "0",
        "Not applicable",
        5,
        16,
    ),
    ("07", "Community special school", "5", "Special schools", "0", "Not applicable", 2, 19),
    ("44", "Academy special converter", "10", "Academies", "0", "Not applicable", 3, 19),
    ("08", "Non-maintained special school", "5", "Special schools", "0", "Not applicable", 5, 19),
    ("47", "Children's centre", "12", "Children's centres", "0", "Not applicable", 0, 5),
]
HIGHER_EDUCATION = (
    "29",
    "Higher education institutions",
    "2",
    "Universities",
    "0",
    "Not applicable",
    18,
    99,
)
WORDS = [
    "Oak",
    "Willow",
    "Beacon",
    "Meadow",
    "Riverside",
    "Harbour",
    "Heath",
    "Kestrel",
    "Lark",
    "Moor",
    "Orchard",
    "Priory",
    "Quarry",
    "Rowan",
    "Sandford",
    "Thorn",
    "Upland",
    "Vale",
]
ENDINGS = {
    "Community school": "Primary School",
    "Academy converter": "Academy",
    "Voluntary aided school": "Catholic Primary School",
    "Academy sponsor led": "Academy",
    "Voluntary controlled school": "Church of England Primary School",
    "Free schools": "Free School",
    "Foundation school": "High School",
    "Other independent school": "Preparatory School",
    "Further education": "College",
    "Sixth form centres": "Sixth Form Centre",
    "Pupil referral unit": "Learning Centre",
    "Community special school": "Special School",
    "Academy special converter": "Specialist Academy",
    "Non-maintained special school": "School for the Deaf",
    "Children's centre": "Children's Centre",
    "Higher education institutions": "University",
}

BASE_COUNT = 300
CLOSED_EVERY = 50  # rows 50, 100, ... 300 are closed
OTHER_TYPE_ROWS = (77, 177)  # universities: not a kind the directory holds
NO_AUTHORITY_ROW = 199
SAME_NAME_ROWS = (16, 31)  # one name, two towns
SAME_NAME_SAME_TOWN_ROWS = (46, 61)  # one name, one town
ACCENTED_ROW = 5
RENAMED_ROWS = (3, 4, 6)
CLOSED_SINCE_ROW = 7
NEW_URNS = range(100301, 100305)
BAD_URN = "12AB34"


def urn_of(n):
    return str(100000 + n)


def establishment(n, **changes):
    """Row `n` of the made-up register, as a dict of its columns."""
    kind = HIGHER_EDUCATION if n in OTHER_TYPE_ROWS else TYPES[n % len(TYPES)]
    type_code, type_name, group_code, group_name, phase_code, phase_name, low, high = kind
    la_code, la_name = AUTHORITIES[n % len(AUTHORITIES)]
    town = TOWNS[(n // 7) % len(TOWNS)]
    name = (
        f"{WORDS[n % len(WORDS)]} {WORDS[(n // len(WORDS)) % len(WORDS)]} {ENDINGS[type_name]} {n}"
    )
    if n in SAME_NAME_ROWS:
        name, town = "St Mary's Church of England Primary School", TOWNS[SAME_NAME_ROWS.index(n)]
    if n in SAME_NAME_SAME_TOWN_ROWS:
        name, town = "Hill Top Academy", "Dunmere"
    if n == ACCENTED_ROW:
        name = "Ætheling Café Primary School"
    if n == NO_AUTHORITY_ROW:
        la_code, la_name = "000", "Does not apply"
    closed = n % CLOSED_EVERY == 0
    row = {
        "URN": urn_of(n),
        "LA (code)": la_code,
        "LA (name)": la_name,
        "EstablishmentNumber": str(2000 + n),
        "EstablishmentName": name,
        "TypeOfEstablishment (code)": type_code,
        "TypeOfEstablishment (name)": type_name,
        "EstablishmentTypeGroup (code)": group_code,
        "EstablishmentTypeGroup (name)": group_name,
        "EstablishmentStatus (code)": "2" if closed else "1",
        "EstablishmentStatus (name)": "Closed" if closed else "Open",
        "ReasonEstablishmentOpened (code)": "00",
        "ReasonEstablishmentOpened (name)": "Not applicable",
        "OpenDate": "01-09-2012",
        "ReasonEstablishmentClosed (code)": "01" if closed else "00",
        "ReasonEstablishmentClosed (name)": "Result of Amalgamation/Merger"
        if closed
        else "Not applicable",
        "CloseDate": "31-08-2023" if closed else "",
        "PhaseOfEducation (code)": phase_code,
        "PhaseOfEducation (name)": phase_name,
        "StatutoryLowAge": str(low),
        "StatutoryHighAge": str(high),
        "Street": f"{n} {WORDS[n % len(WORDS)]} Lane",
        "Locality": "",
        "Address3": "",
        "Town": town,
        "County (name)": "Not recorded",
        "Postcode": f"ZZ{n % 90 + 1} {n % 9}AB",
    }
    row.update(changes)
    return row


def base_rows():
    return [establishment(n) for n in range(1, BASE_COUNT + 1)]


def changed_rows():
    """A newer file: three renamed, one closed since, four new, one bad row at the end."""
    rows = []
    for n in range(1, BASE_COUNT + 1):
        if n in RENAMED_ROWS:
            rows.append(establishment(n, EstablishmentName=f"Renamed Community School {n}"))
        elif n == CLOSED_SINCE_ROW:
            rows.append(establishment(n, **{"EstablishmentStatus (name)": "Closed"}))
        else:
            rows.append(establishment(n))
    rows += [establishment(urn - 100000) for urn in NEW_URNS]
    rows.append(establishment(BASE_COUNT + 50 + 1, URN=BAD_URN))
    return rows


def csv_bytes(rows, columns=COLUMNS, encoding="cp1252"):
    """`rows` (dicts) as a CSV file's bytes, quoted as the register's export is."""
    out = io.StringIO(newline="")
    writer = csv.DictWriter(out, fieldnames=columns, quoting=csv.QUOTE_ALL, lineterminator="\r\n")
    writer.writeheader()
    for row in rows:
        writer.writerow({column: row.get(column, "") for column in columns})
    return out.getvalue().encode(encoding)


def main():
    DATA.mkdir(exist_ok=True)
    (DATA / "gias_extract.csv").write_bytes(csv_bytes(base_rows()))
    (DATA / "gias_extract_changed.csv").write_bytes(csv_bytes(changed_rows()))


if __name__ == "__main__":
    main()
