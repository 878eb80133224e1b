"""Reading the register's file: its encoding, its columns and each kind of bad row."""

import io

import pytest

from accounts.models import Organisation
from directory.gias import FileProblem, read_header, read_register

from .gias_files import COLUMNS, DATA, csv_bytes, establishment


def read(data):
    return read_register(io.BytesIO(data))


def test_the_extract_is_read_with_its_windows_1252_names():
    reading = read((DATA / "gias_extract.csv").read_bytes())
    assert reading.rows == 300
    assert len(reading.establishments) == 292
    assert len(reading.closed) == 6
    assert reading.other_types == {"Higher education institutions": 2}
    assert reading.problems == []
    names = {e.name for e in reading.establishments}
    assert "Ætheling Café Primary School" in names


def test_a_utf_8_copy_reads_the_same():
    rows = [establishment(5)]
    assert (
        read(csv_bytes(rows, encoding="utf-8-sig")).establishments
        == read(csv_bytes(rows)).establishments
    )


def test_types_become_kinds_and_each_school_names_its_local_authority():
    rows = [
        establishment(1, **{"TypeOfEstablishment (name)": "Academy converter"}),
        establishment(2, **{"TypeOfEstablishment (name)": "Further education"}),
        establishment(3, **{"TypeOfEstablishment (name)": "Pupil referral unit"}),
        establishment(4, **{"TypeOfEstablishment (name)": "Non-maintained special school"}),
        establishment(5, **{"TypeOfEstablishment (name)": "Children's centre"}),
        establishment(6, **{"LA (name)": "Does not apply"}),
    ]
    found = read(csv_bytes(rows)).establishments
    kind = Organisation.Kind
    assert [e.kind for e in found[:5]] == [
        kind.SCHOOL,
        kind.COLLEGE,
        kind.PRU,
        kind.SPECIAL_SCHOOL,
        kind.CHILDRENS_CENTRE,
    ]
    assert found[0].local_authority == "Bramford"
    assert found[5].local_authority is None


def test_a_local_authority_of_only_spaces_is_a_problem_not_no_local_authority():
    """Three spaces imported a school with no local authority, without a word."""
    rows = [
        establishment(1, **{"LA (name)": "   "}),  # line 2
        establishment(2, **{"LA (name)": "\t"}),  # line 3
        establishment(3, **{"LA (name)": ""}),  # line 4: none, as the register may write it
        establishment(4),  # line 5
    ]
    reading = read(csv_bytes(rows))
    said = (
        'the local authority\'s name is only spaces: write its name, or "Does not apply" if '
        "it has none."
    )
    assert reading.problems == [(2, f"URN 100001: {said}"), (3, f"URN 100002: {said}")]
    found = {e.urn: e.local_authority for e in reading.establishments}
    assert found == {"100003": None, "100004": establishment(4)["LA (name)"]}


def test_each_bad_row_is_listed_with_its_line_and_why_and_the_good_rows_are_kept():
    good = establishment(1)
    data = csv_bytes(
        [
            good,  # line 2
            establishment(2, URN="12AB34"),  # line 3
            establishment(3, URN=""),  # line 4
            establishment(4, **{"TypeOfEstablishment (name)": "Space academy"}),  # line 5
            establishment(5, EstablishmentName=" "),  # line 6
            establishment(6, URN="100099"),  # line 7
            establishment(7, URN="100099"),  # line 8
        ]
    )
    data += b'"100010","801","Ashdown"\r\n'  # line 9: too few fields
    data += csv_bytes([establishment(11)]).split(b"\r\n", 1)[1].rstrip() + b',"extra"\r\n'
    reading = read(data)
    assert [e.urn for e in reading.establishments] == [good["URN"]]
    assert reading.problems == [
        (3, 'Its URN "12AB34" is not six or seven digits.'),
        (4, "It has no URN."),
        (5, 'URN 100004: the type of establishment "Space academy" is not one we know.'),
        (6, "URN 100005 has no establishment name."),
        (7, "URN 100099 is on more than one line (7 and 8): none of them is imported."),
        (8, "URN 100099 is on more than one line (7 and 8): none of them is imported."),
        (9, "This line has fewer fields than the first line has column names."),
        (10, "This line has more fields than the first line has column names."),
    ]


def test_a_file_without_a_urn_column_is_refused_saying_so():
    columns = [c for c in COLUMNS if c != "URN"]
    with pytest.raises(FileProblem, match="This file has no URN column"):
        read_header(io.BytesIO(csv_bytes([establishment(1)], columns=columns)))


@pytest.mark.parametrize(
    "data",
    [
        b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\x00",
        b"Dear colleague,\nhere are the schools.\n",
        b"",
    ],
)
def test_a_file_that_is_not_the_registers_csv_is_refused_saying_so(data):
    with pytest.raises(FileProblem) as refused:
        read_header(io.BytesIO(data))
    assert (
        "not a CSV file" in refused.value.message or "does not look like" in refused.value.message
    )


def test_a_urn_in_full_width_digits_is_a_problem_row_not_a_second_school():
    # "９９９９９１" passed "\d" and was imported beside 999991.
    rows = [establishment(1), establishment(2, URN="９９９９９１")]
    reading = read(csv_bytes(rows, encoding="utf-8"))
    assert len(reading.establishments) == 1
    assert reading.problems == [(3, 'Its URN "９９９９９１" is not six or seven digits.')]
