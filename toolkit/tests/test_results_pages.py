"""The results pages: what the facilitator, the group and each participant see; recording the
conclusion; sharing; everyone's answers and their CSV; constant queries."""

import csv
import html
import io
import re

import pytest
from django.template.loader import render_to_string
from django.urls import reverse

from accounts.models import Event, Notification
from accounts.tests.factories import UserFactory
from nextpractice.records.forms import OUT_OF_DATE
from toolkit import services_results
from toolkit.models import Exercise
from toolkit.results import report_context
from toolkit.tests.factories import ExerciseFactory
from toolkit.tests.test_results import submit
from toolkit.tests.test_scoring import shipped

pytestmark = pytest.mark.django_db


def every_kind(i):
    """Answers to every question of SAMPLE_DEFINITION for the i-th participant."""
    rankings = [["a", "b", "c"], ["b", "a", "c"], ["a", "c", "b"]]
    return {
        "first.rank": rankings[i % 3],
        "first.rate": [1, 4, 4][i % 3],
        "first.pick": "xy"[i % 2],
        "second.many": [["p"], ["p", "q"]][i % 2],
        "second.short": f"Idea number {i}",
        "second.long": f"Longer thoughts {i}",
        "second.grid": {"s1": 3, "s2": [1, 4][i % 2]},
    }


@pytest.fixture
def facilitator():
    return UserFactory(full_name="Fay Facilitator")


@pytest.fixture
def exercise(facilitator):
    exercise = ExerciseFactory(title="Spring review", facilitator=facilitator)
    submit(exercise, every_kind(0), name="Ann Able")
    submit(exercise, every_kind(1), name="Ben Baker")
    submit(exercise, every_kind(2), name="Cat Cole")
    return exercise


def page(client, user, name, exercise, method="get", data=None):
    client.force_login(user)
    return getattr(client, method)(reverse(name, args=[exercise.pk]), data or {})


def participant(exercise, name):
    return exercise.participations.get(user__full_name=name).user


def test_the_facilitator_sees_distributions_agreement_consensus_and_free_text(
    client, facilitator, exercise
):
    response = page(client, facilitator, "toolkit:exercise_results", exercise)
    body = response.content.decode()
    assert response.status_code == 200
    assert "3 of 3 people have submitted their answers" in body
    # rating 1, 4, 4: mean 3.0, SD 1.41, a third low and two thirds high: two camps
    assert (
        "Mean (the average answer) 3.0; spread 1.41 (how far apart the answers are: 0 means "
        "everyone gave the same answer); answers from 1 to 4." in body
    )
    assert "Split into two camps" in body
    # a single choice's verdict says how the choices fell, not how close the answers are
    assert re.search(
        r"How the choices fell:\s*<strong[^>]*>\s*(Most chose|Split between|Spread)", body
    )
    # the consensus order, its definition stated on the page
    assert "the one people differed over less comes first" in body
    # in plain words beside the chart; the precise terms once, in "How to read these results"
    assert "whisker" not in body
    assert body.count("population standard deviation of its ranks") == 1
    assert "Alpha challenge" in body and "1.33" in body
    # free text together, with names for the facilitator
    assert "Idea number 0" in body and "Idea number 2" in body and "Ann Able" in body
    # charts are labelled images with a title and description, and tables say the same
    # rating, single, multiple, matrix, ranking: each drawn wide and for a phone
    assert body.count('role="img"') == 10
    assert '<title id="chart-1-title">' in body and '<desc id="chart-1-desc">' in body
    assert body.count("<caption") >= 5
    assert "Share the results with the group" in body


def test_answers_close_together_in_disagreement_are_not_read_as_agreeing(client, facilitator):
    # A head teacher read "Agrees" beside a statement the group disagreed with: four gave
    # 2 (Disagree) and one 1 (Strongly disagree), mean 1.8, spread 0.40. The words say the
    # answers are close together, and never that the group agrees.
    exercise = ExerciseFactory(facilitator=facilitator)
    for i, rating in enumerate([2, 2, 2, 2, 1]):
        submit(exercise, {"second.grid": {"s1": rating, "s2": 1 + 3 * (i % 2)}})
    body = html.unescape(
        page(client, facilitator, "toolkit:exercise_results", exercise).content.decode()
    )
    table = body.split("How many gave each point, per statement")[1].split("</table>")[0]
    header = [
        re.sub(r"<[^>]+>", "", h).strip() for h in re.findall(r"<th scope=\"col\".*?</th>", table)
    ]
    assert header[-4:] == ["Mean", "Spread", "Range", "Answers were"]
    statement_row = r"<tr class=\"govuk-table__row\"[^>]*>\s*<th scope=\"row\".*?</tr>"
    s1, s2 = re.findall(statement_row, table, re.S)
    s1_cells = [re.sub(r"<[^>]+>", "", c).strip() for c in re.findall(r"<td.*?</td>", s1, re.S)]
    assert s1_cells == ["1", "4", "0", "0", "1.8", "0.40", "1 to 2", "Close together"]
    assert "Split into two camps" in s2  # 1, 4, 1, 4, 1
    assert "Agrees" not in body and "Agreement" not in body
    # spread is explained in plain words beside the numbers, and so is what the verdict is not
    assert "Spread: how far apart the answers are (0 means everyone gave the same answer)" in body
    assert "not whether they agree with the statement" in body


def test_a_participant_sees_only_their_own_answers_until_results_are_shared(client, exercise):
    ann = participant(exercise, "Ann Able")
    response = page(client, ann, "toolkit:exercise_results", exercise)
    body = response.content.decode()
    assert response.status_code == 200
    assert "The facilitator has not shared the group's results yet" in body
    assert "Idea number 0" in body  # hers
    assert "Idea number 1" not in body and "Ben Baker" not in body  # not anyone else's
    assert 'role="img"' not in body
    assert "Record the conclusion" not in body and "Share the results" not in body


def test_once_shared_the_group_reads_the_results_without_names(client, exercise):
    Exercise.objects.filter(pk=exercise.pk).update(results_shared=True)
    ann = participant(exercise, "Ann Able")
    body = page(client, ann, "toolkit:exercise_results", exercise).content.decode()
    assert "has not shared" not in body
    assert "Idea number 1" in body  # everyone's free text together...
    assert "Ben Baker" not in body and "Cat Cole" not in body  # ...but nobody's name
    assert "Answers are shown without names" in body
    assert "Your answers" in body
    assert "Record the conclusion" not in body
    assert page(client, ann, "toolkit:exercise_answers", exercise).status_code == 403


def test_once_shared_the_facilitator_is_told_why_they_still_see_names(
    client, facilitator, exercise
):
    Exercise.objects.filter(pk=exercise.pk).update(results_shared=True)
    participant(exercise, "Ann Able")
    body = page(client, facilitator, "toolkit:exercise_results", exercise).content.decode()
    assert "Ben Baker" in body  # they run it: the names are theirs to see...
    assert (
        "Everyone who sees this exercise can read these results without names: only those "
        "who run it, as you do, see who gave which answer." in body
    )  # ...and the page no longer says nobody sees them
    assert "never who gave which answer" not in body


def test_the_facilitator_records_the_group_conclusion(client, facilitator, exercise):
    for _ in range(2):  # a double click records it once
        response = page(
            client,
            facilitator,
            "toolkit:exercise_conclusion",
            exercise,
            "post",
            {
                "conclusion": "We start with Alpha; Beta splits us, so we talk again in May.",
                "based_on": 0,  # none recorded yet
            },
        )
        assert response.status_code == 302
    exercise.refresh_from_db()
    assert exercise.conclusion.startswith("We start with Alpha")
    assert exercise.concluded_by == facilitator and exercise.concluded_at
    assert Event.objects.filter(verb="toolkit.conclusion_recorded").count() == 1
    body = client.get(response["Location"]).content.decode()
    assert "We start with Alpha" in body and "Recorded by Fay Facilitator" in body


def test_the_conclusion_is_in_the_box_to_change_under_one_heading(client, facilitator, exercise):
    def read(body, pattern):
        return html.unescape(re.search(pattern, body, re.S).group(1)).strip()

    def headings(body):
        found = re.findall(r"<h2[^>]*>(.*?)</h2>", body, re.S)
        return [html.unescape(re.sub(r"<[^>]+>", "", h)).strip() for h in found]

    body = page(client, facilitator, "toolkit:exercise_results", exercise).content.decode()
    assert headings(body).count("The group's conclusion") == 1
    label = read(body, r'<label[^>]*for="id_conclusion"[^>]*>(.*?)</label>')
    assert label == "The group's conclusion"  # none yet: the label, not a second heading

    text = "We start with Alpha; Beta's case splits us, so we talk again in May."
    data = {"conclusion": text, "based_on": 0}
    page(client, facilitator, "toolkit:exercise_conclusion", exercise, "post", data)
    body = page(client, facilitator, "toolkit:exercise_results", exercise).content.decode()
    assert headings(body).count("The group's conclusion") == 1
    assert read(body, r'<label[^>]*for="id_conclusion"[^>]*>(.*?)</label>') == (
        "Change the group's conclusion"
    )
    # In the box to change, not to be typed again.
    assert read(body, r'<textarea[^>]*id="id_conclusion"[^>]*>(.*?)</textarea>') == text


@pytest.mark.parametrize(
    "text, message",
    [
        ("", "Enter the group&#x27;s conclusion."),
        ("   ", "Enter the group&#x27;s conclusion."),
        ("x" * 5001, "Keep the conclusion to 5000 characters or fewer."),
    ],
)
def test_a_bad_conclusion_is_refused_with_a_message_and_nothing_saved(
    client, facilitator, exercise, text, message
):
    response = page(
        client,
        facilitator,
        "toolkit:exercise_conclusion",
        exercise,
        "post",
        {"conclusion": text, "based_on": 0},
    )
    assert response.status_code == 400
    body = response.content.decode()
    assert message in body
    assert "govuk-error-summary" in body
    exercise.refresh_from_db()
    assert exercise.conclusion == "" and exercise.concluded_by is None
    assert not Event.objects.filter(verb="toolkit.conclusion_recorded").exists()


def test_a_conclusion_recorded_in_another_tab_is_shown_not_silently_replaced(
    client, facilitator, exercise
):
    body = page(client, facilitator, "toolkit:exercise_results", exercise).content.decode()
    loaded = re.search(r'name="based_on" value="(\d+)"', body).group(1)
    tab_a = {"conclusion": "Conclusion tab A", "based_on": loaded}
    assert page(client, facilitator, "toolkit:exercise_conclusion", exercise, "post", tab_a)[
        "Location"
    ].endswith(reverse("toolkit:exercise_results", args=[exercise.pk]))

    tab_b = {"conclusion": "Conclusion tab B", "based_on": loaded}
    response = page(client, facilitator, "toolkit:exercise_conclusion", exercise, "post", tab_b)
    body = response.content.decode()
    assert response.status_code == 409
    # Their own save, in the other tab: said as theirs, not as someone else's.
    assert (
        "You changed the conclusion in another tab or window since you opened it. Nothing "
        "has been saved from this page yet. What was saved is shown above your version"
    ) in body
    assert "Someone else" not in body and "by someone else or by you" not in body
    assert "Conclusion tab A" in body and "Recorded by Fay Facilitator" in body  # what is saved
    assert re.search(r"<textarea[^>]*>\s*Conclusion tab B</textarea>", body)  # theirs, kept
    exercise.refresh_from_db()
    assert exercise.conclusion == "Conclusion tab A"
    assert Event.objects.filter(verb="toolkit.conclusion_recorded").count() == 1

    # Saving again from that page replaces it, knowingly.
    again = re.search(r'name="based_on" value="(\d+)"', body).group(1)
    assert again != loaded
    tab_b["based_on"] = again
    response = page(client, facilitator, "toolkit:exercise_conclusion", exercise, "post", tab_b)
    assert response.status_code == 302
    exercise.refresh_from_db()
    assert exercise.conclusion == "Conclusion tab B"

    # A page without the conclusion it was loaded on is out of date: nothing saved.
    stale = {"conclusion": "No version"}
    response = page(client, facilitator, "toolkit:exercise_conclusion", exercise, "post", stale)
    assert response.status_code == 400 and "This page is out of date" in response.content.decode()
    exercise.refresh_from_db()
    assert exercise.conclusion == "Conclusion tab B"


# A version not yet saved is the conclusion's token and one; 0 (none recorded yet) is a page
# loaded before the first conclusion, a clash once one is recorded, not a page tampered with.
TAMPERED = ["abc", "", "-1", "99999999999999999999", "not yet saved"]


def error_summary(body):
    """The problems the page lists at its top."""
    start = body.index('class="govuk-list govuk-error-summary__list"')
    return body[start : body.index("</ul>", start)]


@pytest.mark.parametrize("sent", TAMPERED)
def test_a_conclusion_sent_with_its_version_tampered_with_says_the_page_is_out_of_date(
    client, facilitator, exercise, sent
):
    # Out of range, it said "This was changed while you were editing it" (409): nobody had.
    services_results.record_conclusion(
        exercise=exercise, conclusion="Agreed at the meeting", actor=facilitator
    )
    token = services_results.conclusion_token(exercise)
    if sent == "not yet saved":
        sent = str(token + 1)
    data = {"conclusion": "Mine instead", "based_on": sent}
    response = page(client, facilitator, "toolkit:exercise_conclusion", exercise, "post", data)
    assert response.status_code == 400
    body = html.unescape(response.content.decode())
    assert OUT_OF_DATE in error_summary(body)
    assert "changed the conclusion" not in body
    assert re.search(r"<textarea[^>]*>\s*Mine instead</textarea>", body)  # kept in its box
    exercise.refresh_from_db()
    assert exercise.conclusion == "Agreed at the meeting"
    assert services_results.conclusion_token(exercise) == token
    assert Event.objects.filter(verb="toolkit.conclusion_recorded").count() == 1


def test_a_page_loaded_before_the_first_conclusion_meets_the_one_recorded_since(
    client, facilitator, exercise
):
    services_results.record_conclusion(
        exercise=exercise, conclusion="Agreed at the meeting", actor=facilitator
    )
    data = {"conclusion": "Mine instead", "based_on": "0"}
    response = page(client, facilitator, "toolkit:exercise_conclusion", exercise, "post", data)
    assert response.status_code == 409
    body = html.unescape(response.content.decode())
    assert "You changed the conclusion in another tab or window" in body
    assert OUT_OF_DATE not in body
    exercise.refresh_from_db()
    assert exercise.conclusion == "Agreed at the meeting"


def test_a_conclusion_another_runner_recorded_meanwhile_says_someone_else_and_names_them(
    client, facilitator, exercise
):
    body = page(client, facilitator, "toolkit:exercise_results", exercise).content.decode()
    loaded = re.search(r'name="based_on" value="(\d+)"', body).group(1)
    # Meanwhile another who runs it (an officer of its project, say) records one.
    other = UserFactory(full_name="Olu Officer")
    services_results.record_conclusion(exercise=exercise, conclusion="Olu's", actor=other)
    data = {"conclusion": "Fay's", "based_on": loaded}
    response = page(client, facilitator, "toolkit:exercise_conclusion", exercise, "post", data)
    assert response.status_code == 409
    body = html.unescape(response.content.decode())
    assert "Someone else changed the conclusion while you were editing it." in body
    assert "Recorded by Olu Officer" in body and "another tab" not in body
    exercise.refresh_from_db()
    assert exercise.conclusion == "Olu's"


def test_a_participant_cannot_record_the_conclusion_or_share(client, exercise):
    ann = participant(exercise, "Ann Able")
    data = {"conclusion": "Mine"}
    assert (
        page(client, ann, "toolkit:exercise_conclusion", exercise, "post", data).status_code == 403
    )
    share = page(client, ann, "toolkit:exercise_share", exercise, "post", {"shared": "1"})
    assert share.status_code == 403
    exercise.refresh_from_db()
    assert exercise.conclusion == "" and not exercise.results_shared


def test_sharing_lets_the_group_read_results_and_tells_the_participants(
    client, facilitator, exercise
):
    response = page(
        client, facilitator, "toolkit:exercise_share", exercise, "post", {"shared": "1"}
    )
    assert response.status_code == 302
    exercise.refresh_from_db()
    assert exercise.results_shared
    assert Event.objects.filter(verb="toolkit.results_shared").count() == 1
    assert Notification.objects.filter(kind="toolkit.results_shared").count() == 3
    # sharing again changes nothing; stopping is logged
    page(client, facilitator, "toolkit:exercise_share", exercise, "post", {"shared": "1"})
    assert Event.objects.filter(verb="toolkit.results_shared").count() == 1
    page(client, facilitator, "toolkit:exercise_share", exercise, "post", {"shared": "0"})
    exercise.refresh_from_db()
    assert not exercise.results_shared
    assert Event.objects.filter(verb="toolkit.results_unshared").count() == 1


def test_a_share_request_without_a_choice_is_refused(client, facilitator, exercise):
    response = page(client, facilitator, "toolkit:exercise_share", exercise, "post", {})
    assert response.status_code == 400
    assert "Choose whether to share" in response.content.decode()
    exercise.refresh_from_db()
    assert not exercise.results_shared


def test_the_facilitator_reads_every_participants_answers_in_plain_words(
    client, facilitator, exercise
):
    submit(exercise, {"first.rate": 2}, name="Dan Draft", submitted=False)
    response = page(client, facilitator, "toolkit:exercise_answers", exercise)
    body = response.content.decode()
    assert response.status_code == 200
    assert "Ann Able" in body and "Ben Baker" in body
    assert "1. Alpha challenge; 2. Beta challenge; 3. Gamma challenge" in body
    assert "I plan lessons together: 3 (Agree)" in body
    # in progress: named as not submitted, their answers neither shown nor counted
    assert "Dan Draft" in body and "2: Disagree" not in body


def test_the_csv_has_one_row_per_participant_per_question_and_escapes_formulae(
    client, facilitator, exercise
):
    submit(exercise, {**every_kind(0), "second.short": '=HYPERLINK("x")'}, name="@Eve")
    response = page(client, facilitator, "toolkit:exercise_results_csv", exercise)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    assert "attachment" in response["Content-Disposition"]
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert rows[0] == ["Participant", "Submitted", "Section", "Question", "Answer"]
    assert len(rows) == 1 + 4 * 7
    ann_rate = next(r for r in rows if r[0] == "Ann Able" and r[3] == "How ready are you?")
    assert ann_rate[4] == "1: Strongly disagree"
    eve = [r for r in rows if r[0] == "'@Eve"]
    assert len(eve) == 7
    assert next(r for r in eve if r[3] == "In a few words")[4] == '\'=HYPERLINK("x")'


def test_only_runners_get_everyones_answers_and_the_csv(client, exercise):
    ann = participant(exercise, "Ann Able")
    outsider = UserFactory()
    for user, status in [(ann, 403), (outsider, 404)]:
        assert page(client, user, "toolkit:exercise_answers", exercise).status_code == status
        assert page(client, user, "toolkit:exercise_results_csv", exercise).status_code == status
    assert page(client, outsider, "toolkit:exercise_results", exercise).status_code == 404


def test_the_networking_tool_shows_the_best_fit_first_with_its_conditions(client, facilitator):
    exercise = ExerciseFactory(
        facilitator=facilitator, tool_version__definition=shipped("networking-approach")
    )
    submit(
        exercise,
        {
            "knowledge.networking": "policy",
            "knowledge.policy": "well",
            "structures.maturity": "in_place",
            "structures.coherence": "initiatives",
            "capacity.mobilise": "incentives",
            "influence.level": "low",
            "aim.aim": "delivery",
            "aim.agenda": "clear",
        },
        name="Hampshire Officer",
    )
    body = page(client, facilitator, "toolkit:exercise_results", exercise).content.decode()
    assert "Best fits: Directing" in body
    assert body.index("Best fits: Directing") < body.index("How to read these results")
    assert "Necessary conditions" in body and "Risks" in body
    assert "Pause for thought" in body
    assert "experience high levels of" in body  # the low-influence warning


def test_the_pedagogic_audit_names_training_needs_with_their_standard(client, facilitator):
    definition = shipped("pedagogic-audit")
    exercise = ExerciseFactory(facilitator=facilitator, tool_version__definition=definition)
    from toolkit.questions import questions_of

    areas = [q for q in questions_of(definition) if q.kind == "matrix"]
    answers = {q.key: {s["key"]: 4 for s in q.spec["statements"]} for q in areas}
    weak = areas[1].spec["statements"][0]
    answers[areas[1].key][weak["key"]] = 1
    submit(exercise, answers, name="Tia Teacher")
    body = page(client, facilitator, "toolkit:exercise_results", exercise).content.decode()
    assert "The group&#x27;s profile" in body
    assert "Training needs" in body
    assert weak["text"].replace("'", "&#x27;") in body
    assert f"({weak['ref']})" in body
    # The codes are said to be standards, not question numbers.
    assert "Professional Standards for Qualified Teacher Status" in body
    assert "Q25(a) is standard 25, part (a)" in body
    # So does the PDF reports' part that prints the training needs with their codes.
    printed = render_to_string(
        "reports/parts/toolkit_results.html", {"shown": [report_context(exercise)]}
    )
    assert f"({weak['ref']})" in printed
    assert "Q25(a) is standard 25, part (a)" in printed


def fill(exercise, size):
    for i in range(size):
        submit(exercise, every_kind(i))


@pytest.mark.parametrize("size", [3, 30])
def test_the_results_page_makes_the_same_queries_however_many_answered(
    client, facilitator, django_assert_num_queries, size
):
    exercise = ExerciseFactory(facilitator=facilitator, results_shared=True)
    fill(exercise, size)
    member = exercise.participations.first().user
    url = reverse("toolkit:exercise_results", args=[exercise.pk])
    client.force_login(facilitator)
    # 9: the menu asks whether someone on no field trial joined a community from outside.
    with django_assert_num_queries(9):
        assert client.get(url).status_code == 200
    client.force_login(member)
    with django_assert_num_queries(11):
        assert client.get(url).status_code == 200


@pytest.mark.parametrize("size", [3, 30])
def test_the_answers_page_and_csv_make_the_same_queries_however_many_answered(
    client, facilitator, django_assert_num_queries, size
):
    exercise = ExerciseFactory(facilitator=facilitator)
    fill(exercise, size)
    client.force_login(facilitator)
    with django_assert_num_queries(8):  # the menu's question, as above
        response = client.get(reverse("toolkit:exercise_answers", args=[exercise.pk]))
    assert response.status_code == 200
    with django_assert_num_queries(6):
        response = client.get(reverse("toolkit:exercise_results_csv", args=[exercise.pk]))
    assert len(response.content.decode().splitlines()) == 1 + 7 * size


def test_a_closed_exercise_says_who_did_not_submit_is_not_counted_not_in_progress(
    client, facilitator, exercise
):
    from django.utils import timezone

    dan = submit(exercise, every_kind(1), name="Dan Draft", submitted=False).user
    body = page(client, facilitator, "toolkit:exercise_results", exercise).content.decode()
    assert "1 is still in progress and not counted yet" in body  # open: it may still come
    exercise.closed_at = timezone.now()
    exercise.save()
    body = page(client, facilitator, "toolkit:exercise_results", exercise).content.decode()
    assert (
        "The exercise is closed. 3 of 4 people submitted their answers; 1 did not submit "
        "before it closed, so their answers are not counted." in " ".join(body.split())
    )
    assert "still in progress" not in body
    exercise.results_shared = True
    exercise.save()
    body = html.unescape(page(client, dan, "toolkit:exercise_results", exercise).content.decode())
    assert "You did not submit them before the exercise closed" in body
    assert "You have not submitted them yet" not in body


def test_everyones_answers_say_who_reads_names_as_the_rules_decide(client, world):
    """An officer of the trial's project who is not the facilitator reads names too: the
    page names them, not only "those who run this exercise"."""
    fern, consultant = world.fern, world.users["consultant"]
    client.force_login(world.users["officer"])
    response = client.get(reverse("toolkit:exercise_answers", args=[fern.pk]))
    body = html.unescape(" ".join(response.content.decode().split()))
    assert response.status_code == 200
    assert (
        "Who gave which answer, on this page and in its downloads, can be read only by the "
        f"facilitator ({consultant.full_name or consultant.email}), the programme officers of "
        f"{fern.field_trial.project.title} and the administrators of Next Practice." in body
    )


def test_the_facilitator_of_named_people_is_told_only_they_read_names(
    client, facilitator, exercise
):
    body = page(client, facilitator, "toolkit:exercise_results", exercise).content.decode()
    assert (
        "Only those who run this exercise can read these results: the facilitator (you) and "
        "the administrators of Next Practice." in html.unescape(body)
    )


def test_a_question_nobody_answered_says_so_without_yet_once_the_exercise_is_closed(
    client, facilitator
):
    from django.utils import timezone

    exercise = ExerciseFactory(title="Baseline", facilitator=facilitator)
    for i, name in enumerate(["Ann Able", "Ben Baker"]):
        answers = every_kind(i)
        del answers["second.short"], answers["second.long"]
        submit(exercise, answers, name=name)
    body = page(client, facilitator, "toolkit:exercise_results", exercise).content.decode()
    # Open: someone may still answer the two free-text questions.
    assert body.count("Nobody has answered this yet.") == 2
    exercise.closed_at = timezone.now()
    exercise.save()
    body = page(client, facilitator, "toolkit:exercise_results", exercise).content.decode()
    assert body.count("Nobody answered this.") == 2
    assert "Nobody has answered this yet" not in body


def test_a_closed_exercise_nobody_submitted_says_so_without_yet(client, facilitator):
    from django.utils import timezone

    exercise = ExerciseFactory(title="Baseline", facilitator=facilitator)
    body = page(client, facilitator, "toolkit:exercise_results", exercise).content.decode()
    assert "Nobody has submitted their answers yet, so there are no results to show." in body
    exercise.closed_at = timezone.now()
    exercise.save()
    body = page(client, facilitator, "toolkit:exercise_results", exercise).content.decode()
    assert (
        "Nobody submitted their answers before the exercise closed, so there are no results "
        "to show." in body
    )
    assert "Nobody has submitted" not in body
