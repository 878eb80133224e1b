"""A record named by the start of its text is cut after a whole word, with "…"; a number is
written as people write it."""

from decimal import Decimal

import pytest

from evaluation.models import PartnerContribution
from nextpractice.words import in_a_list, plain_number, shortened


def test_names_are_listed_as_a_sentence_lists_them():
    assert in_a_list([]) == ""
    assert in_a_list(["Beacon Trial"]) == "Beacon Trial"
    assert in_a_list(["A", "B"]) == "A and B"
    assert in_a_list(["A", "B", "C"]) == "A, B and C"
    # With `most`, the rest counted
    assert in_a_list("ABCDEFG", most=5) == "A, B, C, D, E and 2 more"
    assert in_a_list("ABCDE", most=5) == "A, B, C, D and E"


def test_a_text_that_fits_is_kept_whole():
    assert shortened("Becta: work with Knowsley's City Learning Centres", 80) == (
        "Becta: work with Knowsley's City Learning Centres"
    )


def test_a_long_text_is_cut_after_its_last_whole_word_that_fits():
    text = "Training and Development Agency for Schools: bespoke training on planning"
    short = shortened(text, 40)
    assert short == "Training and Development Agency for…"
    assert len(short) <= 40


def test_a_first_word_longer_than_the_room_is_cut_within_itself():
    assert shortened("Pneumonoultramicroscopicsilicovolcanoconiosis", 10) == "Pneumonou…"


@pytest.mark.django_db
def test_a_partner_contribution_is_named_without_a_broken_word(world):
    contribution = PartnerContribution(
        organisation=world.quartz.lead_organisation,
        what="Provision of a consultant to work with the first Centre for Learning student "
        "cohort through the whole year",
    )
    organisation, name = str(contribution).split(": ", 1)
    assert organisation == world.quartz.lead_organisation.name
    assert name == "Provision of a consultant to work with the first Centre for Learning student…"


def test_a_text_that_fits_keeps_its_lines_and_a_cut_one_reads_on_one_line():
    assert shortened("First line\nsecond line", 40) == "First line\nsecond line"
    assert shortened("First line\n\nsecond line and a good deal more", 30) == (
        "First line second line and a…"
    )


def test_a_long_last_word_is_cut_within_itself_rather_than_losing_the_room():
    link = "https://example.org/" + "a" * 80
    assert shortened(f"See {link}", 40) == f"See {link}"[:39] + "…"


def test_a_long_text_changed_is_named_in_its_history_cut_at_a_word():
    from accounts.services import SHOWN_LENGTH, changes_between

    plan = "Planning lessons together each week. " * 10  # 37 characters: 199 falls in a word
    before, after = {"plan": ""}, {"plan": plan}
    (change,) = changes_between(before, after, ["plan"])
    shown = change["to"]
    assert len(shown) <= SHOWN_LENGTH and shown.endswith("…")
    assert plan.startswith(shown[:-1]) and shown[-2] != " "
    assert shown[:-1].split()[-1] in plan.split()  # its last word is whole


@pytest.mark.parametrize(
    "value, plain",
    [
        (Decimal("89.000"), "89"),
        (Decimal("91.500"), "91.5"),
        (Decimal("1200.000"), "1200"),  # not 1.2E+3
        (Decimal("-0.000"), "0"),
        (Decimal("-3.250"), "-3.25"),
        (Decimal("0.005"), "0.005"),
        (14, "14"),
        (None, ""),
    ],
)
def test_a_number_is_written_as_people_write_it(value, plain):
    assert plain_number(value) == plain


def test_a_decimal_changed_is_written_in_its_history_without_trailing_zeros():
    from accounts.services import changes_between

    (change,) = changes_between(
        {"target_value": Decimal("93.000")},
        {"target_value": Decimal("95")},
        ["target_value"],
    )
    assert (change["from"], change["to"]) == ("93", "95")


def test_a_span_of_days_says_its_year_once_where_it_can():
    import datetime

    from nextpractice.words import date_range

    day = datetime.date
    assert date_range(day(2026, 11, 7), day(2026, 11, 30)) == "7 to 30 November 2026"
    assert date_range(day(2026, 11, 7), day(2026, 12, 6)) == "7 November to 6 December 2026"
    assert date_range(day(2025, 12, 7), day(2026, 1, 6)) == "7 December 2025 to 6 January 2026"
