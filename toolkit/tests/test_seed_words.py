"""The tools say what their seeds say: each networking approach ends with its own "pause for
thought" and lists its own risks (seed 002); the pedagogic audit, there "to enable the
identification of teacher training needs" (seed 001), leads with the areas of most need and
gives each teacher an overall figure; a mean is rounded the same way in a table and its chart."""

import re

import pytest
from django.urls import reverse

from accounts.tests.factories import UserFactory
from programmes.tests.factories import ProgrammeMembershipFactory
from toolkit.loading import DEFAULT_DIRECTORY, load_directory
from toolkit.questions import questions_of
from toolkit.results import results_for
from toolkit.scoring import one_decimal, score
from toolkit.tests.factories import ExerciseFactory
from toolkit.tests.test_results import submit
from toolkit.tests.test_scoring import shipped

pytestmark = pytest.mark.django_db

# Seed 002 ends each approach with one of two questions, under "Pause for thought...?".
IN_WHAT_WAYS = (
    "In what ways would this be an effective approach to developing networking and "
    "collaboration in your situation?"
)
WHAT_ARE = (
    "What are the characteristics and needs of your local authority which indicate that this "
    "would be an effective approach to developing networking and collaboration in your context?"
)
SEED_PAUSES = {
    "consulting": IN_WHAT_WAYS,
    "enquiring": WHAT_ARE,
    "replicating": IN_WHAT_WAYS,
    "directing": WHAT_ARE,
    "responding": IN_WHAT_WAYS,
    "landscaping": WHAT_ARE,
}
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


@pytest.fixture
def facilitator():
    return UserFactory(full_name="Fay Facilitator")


def results_page(client, user, exercise):
    client.force_login(user)
    return client.get(reverse("toolkit:exercise_results", args=[exercise.pk])).content.decode()


def test_each_networking_approach_carries_its_own_pause_for_thought_from_the_seed():
    outcomes = {o["key"]: o for o in shipped("networking-approach")["scoring"]["outcomes"]}
    assert {key: o["pause_for_thought"] for key, o in outcomes.items()} == {
        key: [question] for key, question in SEED_PAUSES.items()
    }
    # Not one list for the whole tool: each approach's question goes with that approach.
    assert "notes" not in shipped("networking-approach")["scoring"]


def test_each_networking_approach_lists_the_risks_the_seed_gives_it():
    outcomes = {o["key"]: o for o in shipped("networking-approach")["scoring"]["outcomes"]}
    replicating = outcomes["replicating"]["risks"]
    assert replicating == [
        "The prescriptive nature of this approach can, however, present challenges.",
        "The existence of common manuals and tools may discourage diversity or "
        "experimentation with future network structures and processes.",
        "The local authority has to work hard to create buy-in from schools and networks "
        "that are hard pressed.",
    ]
    assert (
        "Ultimately this can have a negative effect on participant motivation and resources."
        in outcomes["landscaping"]["risks"]
    )


def test_the_results_show_the_pause_for_thought_of_the_approach_that_fits(client, facilitator):
    exercise = ExerciseFactory(
        facilitator=facilitator, tool_version__definition=shipped("networking-approach")
    )
    submit(exercise, DIRECTING, name="Hampshire Officer")
    body = results_page(client, facilitator, exercise)
    card = body[body.index("1. Directing") :]
    card = card[: card.index("</div>")]
    assert "Pause for thought" in card and WHAT_ARE in card
    # Only directing fits, so the other question (consulting's, replicating's) is not asked.
    assert IN_WHAT_WAYS not in body


def test_the_tool_page_pairs_each_approach_with_its_pause_for_thought(client):
    load_directory(DEFAULT_DIRECTORY)
    client.force_login(ProgrammeMembershipFactory().user)  # tools are for programme members
    page = client.get(reverse("toolkit:tool_detail", args=["networking-approach"]))
    text = re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", page.content.decode()))
    consulting = text[text.index("Consulting The local authority") : text.index("Enquiring The")]
    assert "Pause for thought: " + IN_WHAT_WAYS in consulting
    enquiring = text[text.index("Enquiring The local authority") : text.index("Replicating The")]
    assert "Pause for thought: " + WHAT_ARE in enquiring


def audit_answers(ratings_of_area):
    """Answers to the audit: 4 for every statement, except the given ratings per area index."""
    areas = [q for q in questions_of(shipped("pedagogic-audit")) if q.kind == "matrix"]
    answers = {}
    for i, q in enumerate(areas):
        keys = [s["key"] for s in q.spec["statements"]]
        given = ratings_of_area.get(i, [4] * len(keys))
        answers[q.key] = dict(zip(keys, given, strict=False))
    return areas, answers


def test_the_audit_leads_with_the_areas_of_most_need_and_gives_each_teacher_a_figure(
    client, facilitator
):
    exercise = ExerciseFactory(
        facilitator=facilitator, tool_version__definition=shipped("pedagogic-audit")
    )
    # Assessment (the third area) is the weakest, then Planning (the second).
    areas, tia = audit_answers({1: [3, 3, 3, 3], 2: [1, 2, 1, 2]})
    _, sam = audit_answers({1: [2, 3, 3, 3], 2: [2, 2, 2, 2]})
    submit(exercise, tia, name="Tia Teacher")
    submit(exercise, sam, name="Sam Science")

    outcome = score(exercise, results_for(exercise, named=True))
    titles = [a.title for a in outcome.by_need]
    assert titles[:2] == ["Assessment", "Planning"]
    tia_profile = next(p for p in outcome.people if p.name == "Tia Teacher")
    every = [r for ratings in tia.values() for r in ratings.values()]
    assert tia_profile.overall == pytest.approx(sum(every) / len(every))

    body = results_page(client, facilitator, exercise)
    table = body[body.index("The group's profile: mean rating per area") :]
    table = table[: table.index("</table>")]
    assert table.index(">Assessment<") < table.index(">Planning<") < table.index(">Climate")
    assert "Overall, every area" in table
    assert f">{one_decimal(tia_profile.overall)}<" in table
    assert f"Tia Teacher: overall {one_decimal(tia_profile.overall)}" in body
    # The chart follows the table's order.
    chart = body[body.index('id="chart-profile-title"') :]
    chart = chart[: chart.index("</svg>")]
    assert chart.index(">Assessment<") < chart.index(">Planning<")


def test_a_mean_is_rounded_the_same_in_the_table_and_in_its_chart(client, facilitator):
    exercise = ExerciseFactory(
        facilitator=facilitator, tool_version__definition=shipped("pedagogic-audit")
    )
    areas, answers = audit_answers({1: [4, 3, 3, 3]})  # Planning: 13 / 4 = 3.25
    submit(exercise, answers, name="Tia Teacher")
    body = results_page(client, facilitator, exercise)
    chart = body[body.index('id="chart-profile-title"') :]
    chart, rest = chart[: chart.index("</svg>")], chart[chart.index("</svg>") :]
    assert "Planning: 3.3" in chart and ">3.3<" in chart
    assert "3.2" not in chart
    table = rest[rest.index("<table") : rest.index("</table>")]  # past the phone's drawing
    row = table[table.index(">Planning<") :]
    assert row[: row.index("</tr>")].count(">3.3<") == 2  # the group's and Tia's


def landing_pad_with_three_perspectives(facilitator):
    exercise = ExerciseFactory(
        facilitator=facilitator,
        tool_version__definition=shipped("landing-pad"),
        results_shared=True,
    )
    given = [
        ("Hana Head", "head", {"understood": 4, "pressures": 4}),
        ("Hugh Head", "head", {"understood": 4, "pressures": 3}),
        ("Gail Governor", "governor", {"understood": 1, "pressures": 3}),
        ("Gus Governor", "governor", {"understood": 2, "pressures": 3}),
        ("Tom Teacher", "teacher", {"understood": 3, "pressures": 3}),
    ]
    for name, perspective, ratings in given:
        submit(
            exercise,
            {"context.perspective": perspective, "context.statements": ratings},
            name=name,
        )
    return exercise


def test_the_landing_pad_compares_perspectives(client, facilitator):
    # Annex 1: the Landing Pad "explores system leadership from different perspectives".
    exercise = landing_pad_with_three_perspectives(facilitator)
    body = results_page(client, facilitator, exercise)
    section = body[body.index("Where perspectives differ") :]
    section = section[: section.index("</section>")]
    assert "Headteacher or principal (2)" in section and "Governor (2)" in section
    assert "Teacher or support staff (1)" in section  # the facilitator sees every group
    understood = section[section.index('class="govuk-table__header">We share') :]
    understood = understood[: understood.index("</tr>")]
    # Heads 4.0, governors 1.5, the teacher 3.0: a gap of 2.5, the widest of all.
    assert re.findall(r">([\d.]+|–)</td>", understood)[:4] == ["4.0", "3.0", "1.5", "2.5"]
    assert "The perspectives differ most on: “We share an understanding" in section


def test_a_perspective_of_one_person_is_not_shown_to_the_group(client, facilitator):
    exercise = landing_pad_with_three_perspectives(facilitator)
    member = exercise.participations.get(user__full_name="Hana Head").user
    body = results_page(client, member, exercise)
    section = body[body.index("Where perspectives differ") :]
    section = section[: section.index("</section>")]
    assert "Headteacher or principal (2)" in section
    assert "Teacher or support staff" not in section
    assert "1 person is left out" in section
