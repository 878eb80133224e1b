"""Scored tools: fit, profile and indicators from known answers, with small definitions of our
own, then against the shipped definitions in toolkit/definitions/."""

from pathlib import Path

import pytest
import yaml

from toolkit.results import ParticipantAnswers, results_for
from toolkit.scoring import score, score_fit, score_indicators, score_profile
from toolkit.tests.factories import ExerciseFactory
from toolkit.tests.test_results import submit

DEFINITIONS = Path(__file__).resolve().parents[1] / "definitions"

SCALE = {"points": [{"value": v, "label": f"P{v}"} for v in (1, 2, 3, 4)]}

FIT = {
    "scales": {"four": SCALE},
    "sections": [
        {
            "key": "la",
            "title": "Your authority",
            "questions": [
                {
                    "key": "influence",
                    "kind": "single_choice",
                    "text": "Influence over schools",
                    "options": [
                        {"key": "high", "label": "High"},
                        {"key": "low", "label": "Low"},
                    ],
                },
                {
                    "key": "knowledge",
                    "kind": "rating",
                    "text": "Knowledge",
                    "scale": "four",
                },
            ],
        }
    ],
    "scoring": {
        "kind": "fit",
        "best": 2,
        "outcomes": [
            {
                "key": "directing",
                "title": "Directing",
                "strategies": ["Decide the structure"],
                "conditions": ["Receptive schools"],
                "risks": ["School agendas marginalised"],
                "signals": [
                    {"question": "la.influence", "values": ["high"], "weight": 2},
                    {"question": "la.knowledge", "values": [3, 4], "weight": 1},
                ],
            },
            {
                "key": "consulting",
                "title": "Consulting",
                "signals": [
                    {"question": "la.influence", "values": ["low"], "weight": 1},
                    {"question": "la.knowledge", "values": [1, 2], "weight": 1},
                ],
            },
            {
                "key": "enquiring",
                "title": "Enquiring",
                "signals": [{"question": "la.knowledge", "values": [3, 4], "weight": 1}],
            },
        ],
        "warnings": [
            {
                "question": "la.influence",
                "values": ["low"],
                "outcome": "directing",
                "text": "Low influence authorities that direct meet resistance.",
            }
        ],
        "notes": [{"title": "Pause for thought", "items": ["Would this work here?"]}],
        "cycles": {
            "enquiring": {
                "title": "The enquiry cycle",
                "steps": [{"title": "Planning", "text": "Set up protocols."}],
            }
        },
    },
}


def people(*answers):
    return [ParticipantAnswers(i, f"Person {i}", a) for i, a in enumerate(answers, start=1)]


def test_each_outcome_fits_by_the_weight_of_its_matched_signals():
    outcome = score_fit(
        FIT,
        FIT["scoring"],
        people(
            {"la.influence": "high", "la.knowledge": 4},
            {"la.influence": "low", "la.knowledge": 4},
        ),
    )
    first, second = outcome.people
    assert [(f.title, f.percent) for f in first.fits] == [
        ("Directing", 100),
        ("Enquiring", 100),
        ("Consulting", 0),
    ]
    assert [(f.title, f.percent) for f in second.fits] == [
        ("Enquiring", 100),
        ("Consulting", 50),
        ("Directing", 33),
    ]
    # the group's fit is the mean of its members': directing (1 + 1/3) / 2
    assert [(f.title, f.percent) for f in outcome.fits] == [
        ("Enquiring", 100),
        ("Directing", 67),
        ("Consulting", 25),
    ]
    assert [f.title for f in outcome.best] == ["Enquiring", "Directing"]
    assert outcome.headline == "Best fits: Enquiring 100%, Directing 67%"
    assert outcome.best[1].conditions == ["Receptive schools"]
    assert outcome.best[1].risks == ["School agendas marginalised"]


def test_a_warning_shows_when_its_answer_was_given_and_its_outcome_is_a_best_fit():
    two = people(
        {"la.influence": "high", "la.knowledge": 4},
        {"la.influence": "low", "la.knowledge": 4},
    )
    outcome = score_fit(FIT, FIT["scoring"], two)
    assert [(w.outcome, w.given_by) for w in outcome.warnings] == [("Directing", 1)]
    # nobody answered "low": no warning
    outcome = score_fit(FIT, FIT["scoring"], people({"la.influence": "high", "la.knowledge": 4}))
    assert outcome.warnings == []
    # "low" given but directing is not among the best two: no warning
    outcome = score_fit(FIT, FIT["scoring"], people({"la.influence": "low", "la.knowledge": 1}))
    assert "Directing" not in [f.title for f in outcome.best]
    assert outcome.warnings == []


def test_notes_always_show_and_a_cycle_only_for_a_best_fit():
    outcome = score_fit(FIT, FIT["scoring"], people({"la.influence": "high", "la.knowledge": 4}))
    assert outcome.notes[0]["title"] == "Pause for thought"
    assert [(c.outcome, c.title) for c in outcome.cycles] == [("Enquiring", "The enquiry cycle")]
    outcome = score_fit(FIT, FIT["scoring"], people({"la.influence": "low", "la.knowledge": 1}))
    assert [f.title for f in outcome.best] == ["Consulting"]  # 0% is never a best fit
    assert outcome.cycles == []
    assert outcome.notes


def test_unanswered_signals_count_against_the_fit():
    outcome = score_fit(FIT, FIT["scoring"], people({"la.influence": "high"}))
    assert [(f.title, f.percent) for f in outcome.fits][:1] == [("Directing", 67)]


PROFILE = {
    "scales": {"four": SCALE},
    "sections": [
        {
            "key": "planning",
            "title": "Planning",
            "questions": [
                {
                    "key": "practice",
                    "kind": "matrix",
                    "text": "Planning",
                    "scale": "four",
                    "statements": [
                        {
                            "key": "p1",
                            "text": "I plan with colleagues",
                            "ref": "TDA Q6",
                        },
                        {
                            "key": "p2",
                            "text": "I plan for each learner",
                            "ref": "TDA Q25",
                        },
                    ],
                }
            ],
        },
        {
            "key": "climate",
            "title": "Climate for learning",
            "questions": [
                {
                    "key": "practice",
                    "kind": "matrix",
                    "text": "Climate",
                    "scale": "four",
                    "statements": [{"key": "c1", "text": "Learners feel safe to try"}],
                }
            ],
        },
    ],
    "scoring": {"kind": "profile", "low_at_or_below": 2, "training_needs": 2},
}


def test_each_teacher_and_the_group_get_a_profile_across_the_areas():
    outcome = score_profile(
        PROFILE,
        PROFILE["scoring"],
        people(
            {"planning.practice": {"p1": 1, "p2": 3}, "climate.practice": {"c1": 4}},
            {"planning.practice": {"p1": 2, "p2": 2}, "climate.practice": {"c1": 3}},
            {"planning.practice": {"p1": 1, "p2": 4}},  # climate not rated
        ),
    )
    assert [(a.title, a.mean) for a in outcome.people[0].areas] == [
        ("Planning", 2.0),
        ("Climate for learning", 4.0),
    ]
    assert outcome.people[2].areas[1].mean is None
    # the group's mean per area is over every rating given
    assert [(a.title, a.mean, a.rated) for a in outcome.areas] == [
        ("Planning", pytest.approx(13 / 6), 6),
        ("Climate for learning", 3.5, 2),
    ]
    assert (outcome.scale_low, outcome.scale_high) == (1, 4)


def test_the_statements_most_often_rated_low_are_named_as_training_needs_with_their_ref():
    outcome = score_profile(
        PROFILE,
        PROFILE["scoring"],
        people(
            {"planning.practice": {"p1": 1, "p2": 2}, "climate.practice": {"c1": 1}},
            {"planning.practice": {"p1": 2, "p2": 4}, "climate.practice": {"c1": 2}},
            {"planning.practice": {"p1": 1, "p2": 4}, "climate.practice": {"c1": 4}},
        ),
    )
    # p1 rated low by 3, c1 by 2, p2 by 1: the two most often rated low are named
    assert [(n.label, n.area, n.low, n.rated) for n in outcome.training_needs] == [
        ("I plan with colleagues (TDA Q6)", "Planning", 3, 3),
        ("Learners feel safe to try", "Climate for learning", 2, 3),
    ]
    assert [n.statement for n in outcome.people[1].low] == [
        "I plan with colleagues",
        "Learners feel safe to try",
    ]


INDICATORS = {
    "sections": [
        {
            "key": "learners",
            "title": "Learners",
            "questions": [
                {
                    "key": "indicators",
                    "kind": "multiple_choice",
                    "text": "Which would you measure?",
                    "options": [
                        {
                            "key": "attendance",
                            "label": "Attendance",
                            "unit": "%",
                            "direction": "higher",
                        },
                        {
                            "key": "exclusions",
                            "label": "Exclusions",
                            "unit": "per term",
                            "direction": "lower",
                        },
                        {"key": "voice", "label": "Learner voice survey"},
                    ],
                }
            ],
        }
    ],
    "scoring": {
        "kind": "indicators",
        "questions": ["learners.indicators"],
        "propose_share": 0.5,
    },
}


def test_indicators_chosen_by_at_least_the_share_are_proposed_per_strand():
    outcome = score_indicators(
        INDICATORS,
        INDICATORS["scoring"],
        people(
            {"learners.indicators": ["attendance", "exclusions"]},
            {"learners.indicators": ["attendance"]},
            {"learners.indicators": ["voice"]},
            {"learners.indicators": ["attendance", "voice"]},
            {},  # did not answer: not counted
        ),
    )
    (strand,) = outcome.strands
    assert strand.title == "Learners" and strand.answered == 4
    assert [(i.label, i.chosen, i.proposed) for i in strand.indicators] == [
        ("Attendance", 3, True),
        ("Exclusions", 1, False),
        ("Learner voice survey", 2, True),  # exactly half
    ]
    assert [i.label for _, i in outcome.proposed] == [
        "Attendance",
        "Learner voice survey",
    ]
    assert strand.indicators[0].unit == "%" and strand.indicators[1].direction == "lower"


@pytest.mark.django_db
def test_score_reads_the_exercise_definition_and_only_submitted_answers():
    exercise = ExerciseFactory(tool_version__definition=FIT)
    submit(exercise, {"la.influence": "high", "la.knowledge": 4})
    submit(exercise, {"la.influence": "low", "la.knowledge": 1}, submitted=False)
    outcome = score(exercise)
    assert outcome.respondents == 1
    assert outcome.best[0].title == "Directing"
    assert score(ExerciseFactory()) is None  # a tool without scoring


# --- the shipped definitions ------------------------------------------------------------


def shipped(slug_or_kind):
    """The shipped definition with this slug, or the first whose scoring is of this kind."""
    for path in sorted(DEFINITIONS.glob("*.yaml")):
        data = yaml.safe_load(path.read_text())
        if data.get("slug") == slug_or_kind or (data.get("scoring") or {}).get("kind") == (
            slug_or_kind
        ):
            return data
    pytest.skip(f"no shipped definition for {slug_or_kind} yet")


@pytest.mark.django_db
def test_the_networking_tool_points_to_directing_for_a_directing_authority():
    definition = shipped("networking-approach")
    exercise = ExerciseFactory(tool_version__definition=definition)
    directing = {
        "knowledge.networking": "policy",
        "knowledge.policy": "well",
        "structures.maturity": "in_place",
        "structures.coherence": "initiatives",
        "capacity.mobilise": "incentives",
        "influence.level": "high",
        "aim.aim": "delivery",
        "aim.agenda": "clear",
    }
    submit(exercise, directing)
    outcome = score(exercise, results_for(exercise))
    assert outcome.best[0].title == "Directing" and outcome.best[0].percent == 100
    assert [f.title for f in outcome.best] == ["Directing"]  # nothing else is favoured at all
    assert outcome.best[0].conditions and outcome.best[0].risks and outcome.best[0].strategies
    assert outcome.warnings == []
    assert outcome.best[0].pause_for_thought  # directing's own question
    # the same authority with low influence is warned that directing meets resistance
    low = ExerciseFactory(tool_version__definition=definition)
    submit(low, {**directing, "influence.level": "low"})
    outcome = score(low)
    assert outcome.best[0].title == "Directing"
    assert "resistance" in outcome.warnings[0].text


@pytest.mark.django_db
def test_the_networking_tool_walks_the_enquiry_cycle_when_enquiring_fits():
    definition = shipped("networking-approach")
    exercise = ExerciseFactory(tool_version__definition=definition)
    submit(
        exercise,
        {
            "knowledge.networking": "variable",
            "structures.maturity": "established",
            "structures.coherence": "links",
            "capacity.mobilise": "enthusiasts",
            "aim.aim": "knowledge",
            "aim.agenda": "open",
            "influence.level": "some",
        },
    )
    outcome = score(exercise)
    assert outcome.best[0].title == "Enquiring"
    (cycle,) = outcome.cycles
    assert [s["title"] for s in cycle.steps] == [
        "Planning",
        "Gathering",
        "Synthesis",
        "Confronting",
        "Reconstructing",
    ]


@pytest.mark.django_db
def test_the_baseline_tool_proposes_indicators_for_its_five_strands():
    definition = shipped("baseline")
    exercise = ExerciseFactory(tool_version__definition=definition)
    rule = definition["scoring"]
    from toolkit.questions import find_question

    first = {
        key: [find_question(definition, key).spec["options"][0]["key"]] for key in rule["questions"]
    }
    submit(exercise, first)
    submit(exercise, first)
    outcome = score(exercise)
    assert len(outcome.strands) == 5
    assert all(s.answered == 2 for s in outcome.strands)
    assert len(outcome.proposed) == 5


@pytest.mark.django_db
def test_the_pedagogic_audit_gives_profiles_and_training_needs():
    definition = shipped("profile")
    exercise = ExerciseFactory(tool_version__definition=definition)
    from toolkit.questions import questions_of, scale_points

    rule = definition["scoring"]
    areas = [q for q in questions_of(definition) if q.kind == "matrix"]
    if rule.get("areas"):
        areas = [q for q in areas if q.key in rule["areas"]]
    lowest = min(p["value"] for p in scale_points(definition, areas[0].spec))
    highest = max(p["value"] for p in scale_points(definition, areas[0].spec))
    # one teacher rates the first statement of the first area lowest, everything else highest
    answers = {q.key: {s["key"]: highest for s in q.spec["statements"]} for q in areas}
    first_statement = areas[0].spec["statements"][0]
    answers[areas[0].key][first_statement["key"]] = lowest
    submit(exercise, answers)
    outcome = score(exercise)
    assert len(outcome.areas) == len(areas) == 5
    assert outcome.training_needs[0].statement == first_statement["text"]
    assert outcome.training_needs[0].ref == first_statement.get("ref", "")
