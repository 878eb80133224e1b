"""Tool definitions: the nine shipped files are valid and say what the seeds say, and every
kind of malformed definition is refused with a message naming the file, the place and the
problem."""

import copy
import re
from pathlib import Path

import pytest

from toolkit.definition import DefinitionError, errors_in, load_file, parse, validate
from toolkit.questions import KINDS, questions_of
from toolkit.tests.factories import SAMPLE_DEFINITION

DEFINITIONS = Path(__file__).resolve().parents[1] / "definitions"
FILES = sorted(DEFINITIONS.glob("*.yaml"))

# slug -> (title, subtitle, status): Annex 1 of seed 000 for the first six; the other three
# come from seeds 002, 001 and 004, which give no subtitle or status.
SHIPPED = {
    "delta-6": ("Delta 6", "Prioritising 21st century challenges", "not_stated"),
    "to-be": (
        "To Be: Next Practice Process",
        "Designing the right change",
        "in_production",
    ),
    "landing-pad": (
        "The Landing Pad",
        "Enabling constructive dialogue",
        "in_production",
    ),
    "looking-to-learn": ("Looking to Learn", "", "in_production"),
    "baseline": ("Gathering baseline data", "", "not_stated"),
    "change-leadership": ("Change Leadership Model", "", "in_development"),
    "networking-approach": ("Choosing a networking approach", "", "not_stated"),
    "pedagogic-audit": ("Pedagogic audit", "", "not_stated"),
    "la-role": ("The local authority's role", "", "not_stated"),
}


def shipped(slug):
    return load_file(DEFINITIONS / f"{slug}.yaml")


# --- the shipped tools --------------------------------------------------------------------


def test_the_nine_tools_of_the_design_are_shipped_with_annex_1s_titles_and_statuses():
    found = {}
    for path in FILES:
        definition = load_file(path)
        assert path.stem == definition["slug"], path.name
        found[definition["slug"]] = (
            definition["title"],
            definition.get("subtitle", ""),
            definition["status"],
        )
    assert found == SHIPPED


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_each_shipped_file_is_valid_and_says_where_its_content_comes_from(path):
    definition = load_file(path)
    assert errors_in(definition, path.name) == []
    assert definition["purpose"].strip() and definition["audience"].strip()
    # Where we wrote the questions ourselves, the description says so.
    assert re.search(r"\b(we wrote|are ours|we named)\b", definition["about"], re.I), path.name


def test_the_shipped_tools_use_every_kind_of_question_between_them():
    kinds = {q.kind for path in FILES for q in questions_of(load_file(path))}
    assert kinds == set(KINDS)


def test_delta_6_ranks_about_eight_challenges_then_asks_why():
    questions = questions_of(shipped("delta-6"))
    assert [q.kind for q in questions] == ["ranking", "long_text"]
    assert 7 <= len(questions[0].spec["items"]) <= 9


def test_the_landing_pad_has_the_five_issues_of_annex_1_as_its_sections():
    sections = [s["key"] for s in shipped("landing-pad")["sections"]]
    assert sections == ["context", "action", "purpose", "leadership", "governance"]


def test_the_pedagogic_audit_rates_its_five_areas_against_tda_standards():
    definition = shipped("pedagogic-audit")
    areas = [q for q in questions_of(definition) if q.kind == "matrix"]
    assert [q.section["title"] for q in areas] == [
        "Professional characteristics",
        "Planning",
        "Assessment",
        "Learning experience",
        "Climate for learning",
    ]
    for area in areas:
        assert area.spec["statements"]
        assert all(re.fullmatch(r"Q\d+(\([a-d]\))?", s["ref"]) for s in area.spec["statements"])
    assert definition["scoring"]["kind"] == "profile"


def test_the_audits_codes_are_explained_and_parts_of_one_standard_are_told_apart():
    """A reader took "(Q25)" on four statements for a question number given twice: each is
    a part of QTS standard 25 (2007), and the tool says what the codes are."""
    definition = shipped("pedagogic-audit")
    refs = {
        s["key"]: s["ref"]
        for q in questions_of(definition)
        if q.kind == "matrix"
        for s in q.spec["statements"]
    }
    assert [refs[k] for k in ("strategies", "prior", "explaining", "managing")] == [
        "Q25(a)",
        "Q25(b)",
        "Q25(c)",
        "Q25(d)",
    ]
    assert (refs["range"], refs["objectives"]) == ("Q26(a)", "Q26(b)")
    # Only Q30, one standard with no parts (a safe place to learn, and learning out of
    # school), is matched by two statements.
    repeated = {r for r in refs.values() if list(refs.values()).count(r) > 1}
    assert repeated == {"Q30"}
    words = " ".join(definition["cross_references"].split())
    assert "not question numbers" in words
    assert "Professional Standards for Qualified Teacher Status" in words
    assert "Q25(a) is standard 25, part (a)" in words


def test_cross_references_are_words():
    definition = copy.deepcopy(SAMPLE_DEFINITION)
    definition["cross_references"] = "The codes are the standards."
    assert errors_in(definition) == []
    definition["cross_references"] = ["not", "words"]
    assert errors_in(definition)


def test_gathering_baseline_data_offers_indicators_with_unit_and_direction_in_five_strands():
    definition = shipped("baseline")
    strands = definition["scoring"]["questions"]
    assert len(strands) == 5 and definition["scoring"]["kind"] == "indicators"
    by_key = {q.key: q for q in questions_of(definition)}
    for key in strands:
        assert by_key[key].kind == "multiple_choice"
        for option in by_key[key].spec["options"]:
            assert option["unit"] and option["direction"] in ("higher", "lower")


def test_the_local_authoritys_role_reviews_the_roles_and_corner_stones_of_seed_004():
    text = str(shipped("la-role"))
    for words in (
        "Convenor of partnerships",
        "Maker and shaper of effective commissioning",
        "Champion of children, families and the community",
        "Glue in the system",
        "Crowd sorter",
        "collective moral purpose",
        "trust",
        "reciprocity",
    ):
        assert words in text


# --- choosing a networking approach ---------------------------------------------------------

APPROACHES = [
    "consulting",
    "enquiring",
    "replicating",
    "directing",
    "responding",
    "landscaping",
]
DIRECTING = {
    "knowledge.networking": "policy",
    "knowledge.policy": "well",
    "structures.maturity": "in_place",
    "structures.coherence": "initiatives",
    "capacity.mobilise": "incentives",
    "influence.level": "high",
    "aim.aim": "delivery",
    "aim.agenda": "clear",
}


def fits(definition, answers):
    """Each approach's fit as the format defines it: matched signal weight over all weight."""
    result = {}
    for outcome in definition["scoring"]["outcomes"]:
        total = sum(s["weight"] for s in outcome["signals"])
        matched = sum(
            s["weight"] for s in outcome["signals"] if answers.get(s["question"]) in s["values"]
        )
        result[outcome["key"]] = matched / total
    return result


def test_the_networking_tool_has_the_six_approaches_with_the_seeds_words():
    scoring = shipped("networking-approach")["scoring"]
    assert scoring["kind"] == "fit"
    assert [o["key"] for o in scoring["outcomes"]] == APPROACHES
    for outcome in scoring["outcomes"]:
        assert outcome["summary"] and outcome["strategies"]
        assert outcome["conditions"] and outcome["risks"]
    directing = scoring["outcomes"][3]
    assert (
        directing["summary"].split()
        == (
            "The local authority determining and driving the agenda or network delivery "
            "structures to achieve rapid change."
        ).split()
    )
    assert (
        "Participation is facilitated by having, from the start, a clear agenda for the local "
        "structure." in directing["conditions"]
    )
    assert [s["title"] for s in scoring["cycles"]["enquiring"]["steps"]] == [
        "Planning",
        "Gathering",
        "Synthesis",
        "Confronting",
        "Reconstructing",
    ]
    assert directing["pause_for_thought"] == [
        "What are the characteristics and needs of your local authority which indicate that "
        "this would be an effective approach to developing networking and collaboration in "
        "your context?"
    ]
    (warning,) = scoring["warnings"]
    assert warning["outcome"] == "directing" and warning["values"] == ["low"]
    assert "resistance" in warning["text"]


def test_a_powerful_authority_with_a_clear_aim_points_unambiguously_to_directing():
    definition = shipped("networking-approach")
    result = fits(definition, DIRECTING)
    assert result["directing"] == 1
    assert max(v for k, v in result.items() if k != "directing") == 0
    # Long-standing knowledge and mature networks still leave directing well ahead.
    mature = {
        **DIRECTING,
        "knowledge.networking": "deep",
        "structures.maturity": "mature",
    }
    result = fits(definition, mature)
    assert max(result, key=result.get) == "directing"
    assert result["directing"] > 2 * max(v for k, v in result.items() if k != "directing")


@pytest.mark.parametrize("approach", APPROACHES)
def test_answering_as_each_approach_describes_makes_it_the_best_fit(approach):
    """The options of the six-way questions are in the order of the approaches."""
    definition = shipped("networking-approach")
    index = APPROACHES.index(approach)
    answers = {
        q.key: q.spec["options"][index]["key"]
        for q in questions_of(definition)
        if q.kind == "single_choice" and len(q.spec["options"]) == 6
    }
    answers["influence.level"] = {"consulting": "low", "directing": "high"}.get(approach, "some")
    answers["aim.agenda"] = {"consulting": "shared", "directing": "clear"}.get(approach, "open")
    answers["knowledge.policy"] = "well" if approach == "directing" else "partly"
    result = fits(definition, answers)
    best = max(result, key=result.get)
    assert best == approach and result[approach] == 1
    assert sorted(result.values())[-2] < 0.5


# --- malformed definitions ------------------------------------------------------------------


def sample():
    return copy.deepcopy(SAMPLE_DEFINITION)


def question(definition, section, key):
    sections = {s["key"]: s for s in definition["sections"]}
    return next(q for q in sections[section]["questions"] if q["key"] == key)


def _one_item(d):
    question(d, "first", "rank")["items"].pop()
    question(d, "first", "rank")["items"].pop()


def _no_options(d):
    del question(d, "first", "pick")["options"]


def _no_scale(d):
    del question(d, "first", "rate")["scale"]


def _no_statements(d):
    del question(d, "second", "grid")["statements"]


def _unknown_kind(d):
    question(d, "first", "rate")["kind"] = "slider"


def _unknown_key(d):
    question(d, "second", "short")["colour"] = "blue"


def _wrong_kind_key(d):
    question(d, "second", "short")["options"] = [{"key": "a", "label": "A"}] * 2


def _missing_scale(d):
    question(d, "first", "rate")["scale"] = "agree5"


def _repeated_section(d):
    d["sections"][1]["key"] = "first"


def _repeated_question(d):
    question(d, "first", "pick")["key"] = "rate"


def _repeated_item(d):
    question(d, "first", "rank")["items"][1]["key"] = "a"


def _repeated_statement(d):
    question(d, "second", "grid")["statements"][1]["key"] = "s1"


def _empty_text(d):
    question(d, "second", "many")["text"] = ""


def _number_as_key(d):
    question(d, "first", "pick")["options"][0]["key"] = True


def _bad_slug(d):
    d["slug"] = "Delta 6"


def _bad_status(d):
    d["status"] = "finished"


def _no_sections(d):
    d["sections"] = []


def _fit(d, **changes):
    d["scoring"] = {
        "kind": "fit",
        "outcomes": [
            {
                "key": key,
                "title": key.title(),
                "summary": "-",
                "strategies": [],
                "conditions": [],
                "risks": [],
                "signals": [{"question": "first.pick", "values": [value], "weight": 1}],
            }
            for key, value in (("directing", "x"), ("consulting", "y"))
        ],
        **changes,
    }


def _signal_to_nowhere(d):
    _fit(d)
    d["scoring"]["outcomes"][0]["signals"][0]["question"] = "first.missing"


def _signal_bad_value(d):
    _fit(d)
    d["scoring"]["outcomes"][1]["signals"][0]["values"] = ["z"]


def _signal_on_text(d):
    _fit(d)
    d["scoring"]["outcomes"][1]["signals"][0]["question"] = "second.short"


def _warning_bad_outcome(d):
    _fit(
        d,
        warnings=[
            {
                "question": "first.pick",
                "values": ["y"],
                "outcome": "landing",
                "text": "!",
            }
        ],
    )


def _cycle_bad_outcome(d):
    _fit(
        d,
        cycles={"enquiring": {"title": "Cycle", "steps": [{"title": "Plan", "text": "-"}]}},
    )


def _profile_area_not_matrix(d):
    d["scoring"] = {
        "kind": "profile",
        "areas": ["first.rate"],
        "low_at_or_below": 2,
        "training_needs": 3,
    }


def _indicators_not_multiple(d):
    d["scoring"] = {"kind": "indicators", "questions": ["first.pick"]}


MALFORMED = [
    (_one_item, 'section "first", question "rank": ranking needs at least two items'),
    (_no_options, 'section "first", question "pick": single_choice needs "options"'),
    (_no_scale, 'question "rate": rating needs a named "scale" or its own "points"'),
    (_no_statements, 'section "second", question "grid": matrix needs "statements"'),
    (_unknown_kind, 'question "rate": "kind" must be one of rating, single_choice'),
    (_unknown_key, 'section "second", question "short": unknown key "colour"'),
    (
        _wrong_kind_key,
        'section "second", question "short": short_text does not take "options"',
    ),
    (_missing_scale, 'question "rate": scale "agree5" is not defined under "scales"'),
    (_repeated_section, 'section keys must be unique; "first" is used twice'),
    (
        _repeated_question,
        'section "first": question keys must be unique; "rate" is used twice',
    ),
    (_repeated_item, 'question "rank": item keys must be unique; "a" is used twice'),
    (
        _repeated_statement,
        'question "grid": statement keys must be unique; "s1" is used twice',
    ),
    (_empty_text, 'section "second", question "many": "text" must not be empty'),
    (
        _number_as_key,
        'question "pick", option 1: "key" must be text (put it in quotes)',
    ),
    (_bad_slug, '"slug" must be lowercase letters and digits joined by hyphens'),
    (_bad_status, '"status" must be one of in_production, in_development, not_stated'),
    (_no_sections, '"sections" needs at least one section'),
    (
        _signal_to_nowhere,
        'scoring, outcome "directing", signal 1: there is no question',
    ),
    (
        _signal_bad_value,
        'outcome "consulting", signal 1: "z" is not an answer to "first.pick"',
    ),
    (_signal_on_text, 'signal 1: question "second.short" is short_text'),
    (
        _warning_bad_outcome,
        'scoring, warning 1: outcome "landing" is not one of the outcomes',
    ),
    (
        _cycle_bad_outcome,
        'scoring, cycle "enquiring": "enquiring" is not one of the outcomes',
    ),
    (
        _profile_area_not_matrix,
        'scoring, area "first.rate": an area must be a matrix question',
    ),
    (
        _indicators_not_multiple,
        'question "first.pick": indicators come from multiple_choice',
    ),
]


@pytest.mark.parametrize(("spoil", "message"), MALFORMED, ids=[f.__name__ for f, _ in MALFORMED])
def test_a_malformed_definition_is_refused_naming_the_file_the_place_and_the_problem(
    spoil, message
):
    definition = sample()
    spoil(definition)
    with pytest.raises(DefinitionError) as refused:
        validate(definition, "delta-6.yaml")
    assert any(m.startswith("delta-6.yaml: ") and message in m for m in refused.value.messages), (
        refused.value.messages
    )


def test_every_problem_is_reported_at_once():
    definition = sample()
    _no_options(definition)
    _unknown_key(definition)
    _bad_status(definition)
    assert len(errors_in(definition, "x.yaml")) == 3


def test_a_date_like_value_is_text_as_typed_and_an_impossible_one_is_not_an_error():
    # YAML would read 2026-01-31 as a date and 2026-13-45 as an error; a definition's
    # values are text.
    document = parse("slug: d\ntitle: 2026-13-45\nsubtitle: 2026-01-31\n", "d.yaml")
    assert document == {"slug": "d", "title": "2026-13-45", "subtitle": "2026-01-31"}


def test_yaml_syntax_errors_name_the_file_and_line(tmp_path):
    path = tmp_path / "broken.yaml"
    path.write_text("slug: broken\ntitle: Broken\nsections:\n  - key: [unclosed\n")
    with pytest.raises(DefinitionError) as refused:
        load_file(path)
    (message,) = refused.value.messages
    assert message.startswith("broken.yaml, line ") and "not valid YAML" in message


def test_json_files_are_read_and_their_syntax_errors_name_the_line(tmp_path):
    good = tmp_path / "good.json"
    good.write_text('{"slug": "good", "title": "Good"}')
    assert load_file(good) == {"slug": "good", "title": "Good"}
    bad = tmp_path / "bad.json"
    bad.write_text('{\n  "slug": "bad",\n  "title": \n}')
    with pytest.raises(DefinitionError, match=r"bad\.json, line 4: not valid JSON"):
        load_file(bad)


def test_a_document_that_is_not_a_mapping_is_refused():
    with pytest.raises(DefinitionError, match="pasted: a tool definition must be a mapping"):
        parse("- just\n- a list\n", "pasted")


def test_a_hint_that_promises_no_names_says_who_sees_them():
    """The group reads free text without names, but those who run the exercise (its
    facilitator and the officers above it, toolkit.rules) read who wrote what."""
    promised = []
    for path in sorted(DEFINITIONS.glob("*.yaml")):
        for q in questions_of(load_file(path)):
            hint = " ".join(q.spec.get("hint", "").split())
            if "without names" in hint:
                promised.append(q.key)
                assert "The facilitator, the programme officers who oversee the exercise" in hint
                assert "can see who wrote each answer" in hint
    assert "challenges.why" in promised  # Delta 6's question makes the promise
