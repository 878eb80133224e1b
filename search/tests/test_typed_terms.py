"""What was typed, read as the search box's hint says ("Whole words; put a phrase in
"quotes"; -word leaves it out."), for SQLite's plain match (`make run`): a tester found
"school -primary" gave no results, "artner" found partners and "tab" marked "es<tab>lished"."""

import re

import pytest

from search.highlight import MARKERS, plain_markers, terms_of, word_start

START, STOP = MARKERS


@pytest.mark.parametrize(
    "typed, wanted, unwanted",
    [
        ("school -primary", ["school"], ["primary"]),
        ('"system leadership" -"local authority"', ["system leadership"], ["local authority"]),
        ('"unclosed phrase', ["unclosed phrase"], []),
        ("trials or pilots", ["trials", "pilots"], []),
        ("OR", [], []),
        ('"', [], []),
        ("- -", [], []),
        ("-", [], []),
    ],
)
def test_words_phrases_and_words_left_out_are_read_from_what_was_typed(typed, wanted, unwanted):
    assert terms_of(typed) == (wanted, unwanted)


@pytest.mark.parametrize(
    "term, text, found",
    [
        ("partner", "Partnership with the local authority", True),
        ("artner", "Partnership with the local authority", False),
        ("tab", "An established timetable", False),
        ("timetab", "An established timetable", True),
        ("system leadership", "Leading through System  Leadership, together", True),
        ("c++", "Learning C++ at school", True),
    ],
)
def test_a_term_is_found_where_a_word_starts(term, text, found):
    assert bool(re.search(word_start(term), text, re.IGNORECASE)) is found


def test_the_marks_go_round_words_found_where_they_start():
    marked = plain_markers("An established tab and Tables", ["tab"])
    assert marked == f"An established {START}tab{STOP} and {START}Tab{STOP}les"
