"""The group's results computed from known answers: distributions, spread, how close together
the answers are and the Delta 6 consensus order."""

import copy

import pytest
from django.utils import timezone

from toolkit.questions import find_question
from toolkit.results import (
    CONSENSUS_PRECISELY,
    CONSENSUS_RULE,
    consensus_order,
    describe_answer,
    report_context,
    results_for,
    spread_of,
)
from toolkit.tests.factories import (
    SAMPLE_DEFINITION,
    AnswerFactory,
    ExerciseFactory,
    ParticipationFactory,
)

pytestmark = pytest.mark.django_db

AGREE4 = [1, 2, 3, 4]
ITEMS = [
    {"key": "a", "label": "Alpha"},
    {"key": "b", "label": "Beta"},
    {"key": "c", "label": "Gamma"},
]


def submit(exercise, answers, *, name=None, submitted=True):
    """A participant with `answers` {question key: value}, submitted unless said otherwise."""
    kwargs = {"user__full_name": name} if name else {}
    participation = ParticipationFactory(
        exercise=exercise, submitted_at=timezone.now() if submitted else None, **kwargs
    )
    for question, value in answers.items():
        AnswerFactory(participation=participation, question=question, value=value)
    return participation


def question(results, key):
    return next(q for q in results.questions if q.key == key)


def test_a_rating_gives_its_distribution_mean_spread_and_range():
    exercise = ExerciseFactory()
    for value in [3, 3, 3, 4]:
        submit(exercise, {"first.rate": value})
    rate = question(results_for(exercise), "first.rate")
    assert [(c.value, c.label, c.count) for c in rate.options] == [
        (1, "Strongly disagree", 0),
        (2, "Disagree", 0),
        (3, "Agree", 3),
        (4, "Strongly agree", 1),
    ]
    assert [c.percent for c in rate.options] == [0, 0, 75, 25]
    assert rate.answered == 4
    assert rate.spread.mean == pytest.approx(3.25)
    assert rate.spread.sd == pytest.approx(0.4330, abs=1e-4)  # population SD
    assert (rate.spread.low, rate.spread.high) == (3, 4)
    assert rate.verdict == "close"


@pytest.mark.parametrize(
    "values, verdict",
    [
        ([3, 3, 3, 4], "close"),  # SD 0.43
        ([2, 3], "close"),  # SD 0.5: a point apart is close together
        ([1, 1, 1, 1, 2], "close"),  # close together, and all below the middle
        ([1, 1, 4, 4], "two_camps"),  # SD 1.5, half at each end
        ([1, 1, 4, 4, 4, 4], "two_camps"),  # a third low, two thirds high
        ([1, 3, 3, 3], "spread_out"),  # SD 0.87 but only a quarter below the middle
        ([4], ""),  # one answer: too few to tell
    ],
)
def test_how_close_together_the_answers_are_follows_the_stated_rule(values, verdict):
    assert spread_of(values, AGREE4).verdict == verdict


def test_only_submitted_answers_count_and_those_in_progress_are_counted_apart():
    exercise = ExerciseFactory()
    submit(exercise, {"first.rate": 4})
    submit(exercise, {"first.rate": 1}, submitted=False)
    ParticipationFactory(exercise=exercise)  # invited, not started
    results = results_for(exercise)
    assert (results.invited, results.submitted, results.in_progress) == (3, 1, 2)
    rate = question(results, "first.rate")
    assert rate.answered == 1
    assert [c.count for c in rate.options] == [0, 0, 0, 1]


def test_choices_count_each_option_and_a_single_choice_gets_a_verdict():
    exercise = ExerciseFactory()
    for pick, many in [("x", ["p"]), ("x", ["p", "q"]), ("x", ["q"]), ("y", ["p"])]:
        submit(exercise, {"first.pick": pick, "second.many": many})
    results = results_for(exercise)
    pick = question(results, "first.pick")
    assert [(c.label, c.count) for c in pick.options] == [("Ex", 3), ("Why", 1)]
    assert pick.verdict == "close"  # three quarters chose Ex
    assert pick.verdict_label == "Most chose the same option"
    many = question(results, "second.many")
    assert [(c.label, c.count, c.percent) for c in many.options] == [
        ("Pea", 3, 75),
        ("Queue", 2, 50),
    ]


def test_a_matrix_gives_each_statement_its_distribution_and_verdict():
    exercise = ExerciseFactory()
    for s1, s2 in [(1, 3), (1, 3), (4, 3), (4, 4)]:
        submit(exercise, {"second.grid": {"s1": s1, "s2": s2}})
    submit(exercise, {"second.grid": {"s2": 4}})  # left s1 unrated
    grid = question(results_for(exercise), "second.grid")
    s1, s2 = grid.statements
    assert (s1.text, s1.ref, s1.answered) == ("I plan lessons together", "TDA Q10", 4)
    assert [c.count for c in s1.options] == [2, 0, 0, 2]
    assert s1.spread.verdict == "two_camps"
    assert [c.count for c in s2.options] == [0, 0, 3, 2]
    assert s2.spread.verdict == "close"
    assert s2.spread.mean == pytest.approx(3.4)


def test_free_text_comes_together_without_names_unless_asked_for():
    exercise = ExerciseFactory()
    submit(exercise, {"second.short": "Zebra crossings"}, name="Ann Able")
    submit(exercise, {"second.short": "apple trees"}, name="Ben Baker")
    submit(exercise, {"second.short": ""}, name="Cat Cole")  # blank is not an answer
    anonymous = question(results_for(exercise), "second.short")
    assert [(t.text, t.name) for t in anonymous.texts] == [
        ("apple trees", None),
        ("Zebra crossings", None),
    ]
    assert anonymous.answered == 2
    named = question(results_for(exercise, named=True), "second.short")
    assert [(t.text, t.name) for t in named.texts] == [
        ("Zebra crossings", "Ann Able"),
        ("apple trees", "Ben Baker"),
    ]


def test_the_consensus_order_is_by_mean_rank_with_spread_and_range():
    order = consensus_order(ITEMS, [["a", "b", "c"], ["a", "c", "b"], ["b", "a", "c"]])
    assert [(r.label, r.position_label) for r in order] == [
        ("Alpha", "1"),
        ("Beta", "2"),
        ("Gamma", "3"),
    ]
    alpha = order[0]
    assert alpha.mean == pytest.approx(4 / 3)
    assert alpha.sd == pytest.approx(0.4714, abs=1e-4)  # population SD of 1, 1, 2
    assert (alpha.low, alpha.high, alpha.n) == (1, 2, 3)
    assert alpha.ranks == [2, 1, 0]


def test_equal_means_are_ordered_by_the_lower_spread():
    # Alpha's ranks 1, 1, 3, 2 and Beta's 2, 2, 2, 1 both average 1.75; Beta varies less.
    order = consensus_order(
        ITEMS, [["a", "b", "c"], ["a", "b", "c"], ["c", "b", "a"], ["b", "a", "c"]]
    )
    assert [(r.label, r.position_label) for r in order] == [
        ("Beta", "1"),
        ("Alpha", "2"),
        ("Gamma", "3"),
    ]
    assert order[0].mean == order[1].mean == pytest.approx(1.75)
    assert order[0].sd < order[1].sd
    assert not any(r.tied for r in order)


def test_items_equal_on_mean_and_spread_are_shown_tied_at_the_same_position():
    order = consensus_order(ITEMS, [["a", "b", "c"], ["b", "a", "c"]])
    assert [(r.label, r.position, r.position_label, r.tied) for r in order] == [
        ("Alpha", 1, "1=", True),
        ("Beta", 1, "1=", True),
        ("Gamma", 3, "3", False),
    ]


def test_a_ranking_question_reads_the_submitted_rankings():
    exercise = ExerciseFactory()
    submit(exercise, {"first.rank": ["c", "a", "b"]})
    submit(exercise, {"first.rank": ["c", "b", "a"]})
    submit(exercise, {"first.rank": ["a", "b", "c"]}, submitted=False)
    rank = question(results_for(exercise), "first.rank")
    assert [(r.label, r.position_label, r.mean) for r in rank.ranking] == [
        ("Gamma challenge", "1", 1.0),
        ("Alpha challenge", "2=", 2.5),
        ("Beta challenge", "2=", 2.5),
    ]
    # In plain words under the ranking; the statistics' names only in "How to read".
    assert "standard deviation" not in CONSENSUS_RULE
    assert "the one people differed over less comes first" in CONSENSUS_RULE
    assert "population standard deviation" in CONSENSUS_PRECISELY


def test_results_read_the_version_the_exercise_was_run_with():
    definition = copy.deepcopy(SAMPLE_DEFINITION)
    definition["sections"][0]["questions"][1]["text"] = "How ready were you then?"
    exercise = ExerciseFactory(tool_version__definition=definition)
    submit(exercise, {"first.rate": 2})
    assert question(results_for(exercise), "first.rate").text == "How ready were you then?"


def test_answers_read_in_plain_words():
    d = SAMPLE_DEFINITION
    assert describe_answer(d, find_question(d, "first.rate"), 3) == "3: Agree"
    assert describe_answer(d, find_question(d, "first.pick"), "y") == "Why"
    assert describe_answer(d, find_question(d, "second.many"), ["p", "q"]) == "Pea; Queue"
    assert (
        describe_answer(d, find_question(d, "first.rank"), ["b", "a", "c"])
        == "1. Beta challenge; 2. Alpha challenge; 3. Gamma challenge"
    )
    assert (
        describe_answer(d, find_question(d, "second.grid"), {"s1": 4})
        == "I plan lessons together: 4 (Strongly agree)"
    )
    assert describe_answer(d, find_question(d, "second.long"), None) == "Not answered"


def test_the_report_context_is_anonymised_and_carries_the_conclusion(
    django_assert_num_queries,
):
    exercise = ExerciseFactory(conclusion="We start with Alpha.")
    submit(exercise, {"second.short": "Mine", "first.rate": 2}, name="Dee Dunn")
    exercise = type(exercise).objects.select_related("tool", "tool_version").get(pk=exercise.pk)
    with django_assert_num_queries(2):
        context = report_context(exercise)
    assert context["conclusion"] == "We start with Alpha."
    assert context["results"].named is False
    assert question(context["results"], "second.short").texts[0].name is None
    assert context["outcome"] is None  # the sample tool is not scored
    assert "first.rate" in context["charts"]
    assert "everyone gave it the same rank" in context["consensus_rule"]
