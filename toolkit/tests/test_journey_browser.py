"""Issue 6's journey in a real Chromium, with axe-core on each distinct page: an officer starts a
Delta 6 exercise for a field trial's team; its three members answer it (one leaves half-way,
reloads and comes back to find their ranking kept) and submit; the officer closes it and
reads the group's consensus order. Then an officer runs "Choosing a networking approach"
with the answers that point to directing, and the results name directing as the best fit."""

import re
from io import StringIO

import pytest
from django.core.management import call_command
from django.urls import reverse
from playwright.sync_api import expect

from accounts.models import Role
from accounts.tests.factories import UserFactory
from fieldtrials.tests.factories import FieldTrialMembershipFactory
from nextpractice.testing.browser import assert_accessible, sign_in
from toolkit.loading import DEFAULT_DIRECTORY
from toolkit.models import Answer, Exercise

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
PASSWORD = "correct horse battery"
DELTA_6 = "Delta 6 with the Coral team, spring term"

# Delta 6's challenges (toolkit/definitions/delta-6.yaml), by key.
CHALLENGES = {
    "personalising": "Personalising learning so that every young person makes progress",
    "gap": "Closing the gap between disadvantaged young people and their peers",
    "future_work": "Preparing young people for work and lives that are changing fast",
    "technology": "Using technology so that learning can happen any time, anywhere",
    "families": "Engaging parents, carers and the community in learning",
    "beyond_school": "Leading beyond a single school, in partnerships, federations and "
    "whole-town services",
    "workforce": "Recruiting, developing and keeping the workforce, and securing headteacher "
    "succession",
    "wellbeing": "Young people's health and well-being (the Every Child Matters outcomes)",
}
# Each participant's ranking, most important first.
RANKINGS = {
    "leader": [
        "gap",
        "personalising",
        "future_work",
        "workforce",
        "wellbeing",
        "families",
        "beyond_school",
        "technology",
    ],
    "consultant": [
        "gap",
        "wellbeing",
        "personalising",
        "workforce",
        "families",
        "beyond_school",
        "future_work",
        "technology",
    ],
    "teacher": [
        "gap",
        "future_work",
        "wellbeing",
        "workforce",
        "families",
        "beyond_school",
        "personalising",
        "technology",
    ],
}
# The consensus order worked out by hand from the rule the results page states (mean rank;
# equal means ordered by the lower population standard deviation; equal on both: tied).
#   ranks given (leader, consultant, teacher)   mean          variance
#   gap            1, 1, 1                       1             0
#   wellbeing      5, 2, 3                       10/3 = 3.33   38/3 - 100/9 = 14/9 (sd 1.25)
#   workforce      4, 4, 4                       4             0
#   personalising  2, 3, 7                       4             62/3 - 16 = 14/3 (sd 2.16)
#   future_work    3, 7, 2                       4             14/3 (sd 2.16)
#   families       6, 5, 5                       16/3 = 5.33   86/3 - 256/9 = 2/9 (sd 0.47)
#   beyond_school  7, 6, 6                       19/3 = 6.33   2/9 (sd 0.47)
#   technology     8, 8, 8                       8             0
# Workforce, personalising and future work share the mean 4: workforce (no spread) comes
# first; the other two are equal on mean and spread, so they share position 4 ("4=") and
# the next item is 6th.
CONSENSUS = [
    # position, item, mean rank, spread, range, ranked by
    ("1", "gap", "1.00", "0.00", "1 to 1", "3"),
    ("2", "wellbeing", "3.33", "1.25", "2 to 5", "3"),
    ("3", "workforce", "4.00", "0.00", "4 to 4", "3"),
    ("4= (tied)", "personalising", "4.00", "2.16", "2 to 7", "3"),
    ("4= (tied)", "future_work", "4.00", "2.16", "2 to 7", "3"),
    ("6", "families", "5.33", "0.47", "5 to 6", "3"),
    ("7", "beyond_school", "6.33", "0.47", "6 to 7", "3"),
    ("8", "technology", "8.00", "0.00", "8 to 8", "3"),
]

# The answers that point to directing (the list at the top of networking-approach.yaml):
# every signal of directing and none of any other approach, by section.
DIRECTING = {
    "Your knowledge about networking": {
        "knowledge-networking": "Low about networking, but we know the policy landscape well",
        "knowledge-policy": "Well: we follow national and local policy closely",
    },
    "Your existing networking structures": {
        "structures-maturity": "In place, and every school belongs to at least one",
        "structures-coherence": "They are organised around government initiatives, past or "
        "present, rather than locally generated collaboration",
    },
    "Your capacity to mobilise and sustain networks": {
        "capacity-mobilise": "Strong within the authority, backed by incentives, including "
        "resources from local and national government",
    },
    "Your influence over schools": {
        "influence-level": "High: schools expect us to lead and follow our lead",
    },
    "What the authority wants networking to achieve": {
        "aim-aim": "Rapid change, using networks as an urgent delivery mechanism for external "
        "policies and initiatives",
        "aim-agenda": "Clear from the start, set by policy and our knowledge of our schools",
    },
}


@pytest.fixture
def tools(db):
    call_command(
        "load_tools",
        DEFAULT_DIRECTORY / "delta-6.yaml",
        DEFAULT_DIRECTORY / "networking-approach.yaml",
        stdout=StringIO(),
    )


def checked(page):
    assert_accessible(page)
    return page


def forget_refused_rankings(page):
    """A ranking is refused (400, "Give every item a rank") until every item has one, and the
    browser logs each refusal. Drop those lines only, so any other console error still fails
    the test. Called at the end: the log can arrive after the page says "Saved"."""
    page.console_errors[:] = [e for e in page.console_errors if "status of 400" not in e]


def saved(page, question_id):
    expect(page.locator(f"#q-{question_id} .np-answer-status")).to_contain_text("Saved at")


def rank(page, ranking):
    for position, key in enumerate(ranking, start=1):
        page.get_by_label(CHALLENGES[key], exact=True).select_option(str(position))
    saved(page, "challenges-rank")


def kept_on_device(page, exercise, user):
    """The autosave keys `user` has in this browser's localStorage for `exercise`."""
    return page.evaluate(
        "(prefix) => Object.keys(window.localStorage).filter((k) => k.startsWith(prefix))",
        f"np-autosave:{exercise.pk}-{user.pk}:",
    )


def expect_ranking(page, ranking):
    for position, key in enumerate(ranking, start=1):
        expect(page.get_by_label(CHALLENGES[key], exact=True)).to_have_value(str(position))


def submit(page):
    page.get_by_role("button", name="Submit your answers").click()
    expect(page.locator(".govuk-notification-banner")).to_contain_text("Your answers are submitted")


def on_home(action):
    """The home page's "Start" or "Continue" link for the Delta 6 exercise (the rest of its
    name is visually hidden, and GOV.UK Frontend pads hidden text with spaces)."""
    return re.compile(rf"^{action}\W+{re.escape(DELTA_6)}\W*$")


def table_rows(table):
    rows = []
    for row in table.locator("tbody tr").all():
        cells = row.locator("th, td").all_text_contents()
        rows.append(tuple(re.sub(r"\s+", " ", c).strip() for c in cells))
    return rows


def test_a_trial_team_ranks_delta_6_and_the_officer_reads_the_consensus(
    live_server, page, world, tools, mailoutbox
):
    teacher = UserFactory(email="teacher@example.org", full_name="Teacher Person")
    FieldTrialMembershipFactory(field_trial=world.coral, user=teacher, role=Role.PRACTITIONER)
    users = {**world.users, "teacher": teacher}

    # The officer of the trial's programme starts Delta 6 for the Coral team, from its page.
    sign_in(page, live_server, users["officer"].email, PASSWORD)
    page.goto(live_server.url + world.coral.get_absolute_url() + "exercises/")
    checked(page).get_by_role("link", name="Start a toolkit exercise").click()
    checked(page).get_by_label("Delta 6: Prioritising 21st century challenges").check()
    page.get_by_label("Name the exercise").fill(DELTA_6)
    expect(page.get_by_label("The team of Coral Trial (field trial)")).to_be_checked()
    page.get_by_role("button", name="Start the exercise").click()
    expect(page.locator(".govuk-notification-banner")).to_contain_text(
        "The exercise is started and 3 people are invited."
    )
    checked(page)
    exercise_url = page.url
    exercise = Exercise.objects.get(title=DELTA_6)
    assert exercise.tool.slug == "delta-6" and exercise.field_trial == world.coral
    assert sorted(m.to[0] for m in mailoutbox) == sorted(
        users[p].email for p in ("leader", "consultant", "teacher")
    )

    # The leader finds it on their home page, answers both questions and submits.
    page.context.clear_cookies()
    sign_in(page, live_server, users["leader"].email, PASSWORD)
    checked(page).get_by_role("link", name=on_home("Start")).click()
    checked(page).get_by_role("link", name="Start", exact=True).click()
    expect(page.get_by_role("heading", level=1)).to_have_text("The challenges")
    rank(page, RANKINGS["leader"])
    page.get_by_label("Your answer").fill("Every other challenge is harder while the gap stays.")
    saved(page, "challenges-why")
    checked(page).get_by_role("link", name="Check your answers", exact=True).click()
    checked(page)
    submit(page)

    # The consultant ranks, then leaves half-way: the ranking is saved, the "why" is not
    # written. Reloading, then coming back later from the home page, they find their ranks.
    page.context.clear_cookies()
    sign_in(page, live_server, users["consultant"].email, PASSWORD)
    page.get_by_role("link", name=on_home("Start")).click()
    page.get_by_role("link", name="Start", exact=True).click()
    rank(page, RANKINGS["consultant"])
    # All of it is on the server: nothing of the consultant's is kept on the device. (Kept
    # answers are each person's own; what another person left there is not the consultant's.)
    assert kept_on_device(page, exercise, users["consultant"]) == []
    page.reload()
    expect_ranking(page, RANKINGS["consultant"])
    page.get_by_role("link", name="Home").first.click()
    row = page.get_by_role("row").filter(has_text=DELTA_6)
    expect(row).to_contain_text("Started")  # half-way: one of the two answered
    expect(row).to_contain_text("1 of 2 answered")
    page.get_by_role("link", name=on_home("Continue")).click()
    expect(page.locator("#np-progress")).to_contain_text("1 of 2 questions answered")
    expect_ranking(page, RANKINGS["consultant"])
    expect(page.get_by_label("Your answer")).to_have_value("")
    page.get_by_label("Your answer").fill("Well-being comes before any learning.")
    saved(page, "challenges-why")
    page.get_by_role("link", name="Check your answers", exact=True).click()
    submit(page)

    # The third member answers and submits in one go.
    page.context.clear_cookies()
    sign_in(page, live_server, teacher.email, PASSWORD)
    page.get_by_role("link", name=on_home("Start")).click()
    page.get_by_role("link", name="Start", exact=True).click()
    rank(page, RANKINGS["teacher"])
    page.get_by_label("Your answer").fill("Young people need skills for jobs we cannot name.")
    saved(page, "challenges-why")
    page.get_by_role("link", name="Check your answers", exact=True).click()
    submit(page)

    stored = dict(
        Answer.objects.filter(
            participation__exercise=exercise, question="challenges.rank"
        ).values_list("participation__user__email", "value")
    )
    assert stored == {users[p].email: RANKINGS[p] for p in RANKINGS}

    # The officer finds the exercise they run on their home page, sees everyone has submitted,
    # closes it and reads the results.
    page.context.clear_cookies()
    sign_in(page, live_server, users["officer"].email, PASSWORD)
    run = page.get_by_role("region", name="Toolkit exercises you run, newest first")
    expect(run.get_by_role("row").filter(has_text=DELTA_6)).to_contain_text("3 of 3")
    run.get_by_role("link", name=DELTA_6).click()
    assert page.url == exercise_url
    expect(page.get_by_text("3 of 3 participants have submitted their answers")).to_be_visible()
    # Closing asks first, saying who has not submitted: here, nobody.
    page.get_by_role("link", name="Close the exercise").click()
    checked(page)
    expect(page.locator("main")).to_contain_text(
        "Everyone invited (3 people) has submitted their answers."
    )
    page.get_by_role("button", name="Close the exercise").click()
    expect(page.locator(".govuk-notification-banner")).to_contain_text("The exercise is closed")
    page.get_by_role("link", name="See the group's results").click()
    checked(page)
    main = page.locator("main")
    expect(main).to_contain_text("The exercise is closed. 3 of 3 people submitted their answers.")
    # The page states the rule the order follows, and the order is the one worked out above.
    expect(main).to_contain_text(
        "Where two items have the same average rank, the one people differed over less "
        "comes first; items equal on both share a position (for example 2=)."
    )
    consensus = page.get_by_role("table", name=re.compile("^The group's consensus order"))
    assert table_rows(consensus) == [
        (position, CHALLENGES[key], mean, spread, spread_range, n)
        for position, key, mean, spread, spread_range, n in CONSENSUS
    ]
    for text in (
        "Every other challenge is harder while the gap stays.",
        "Well-being comes before any learning.",
        "Young people need skills for jobs we cannot name.",
    ):
        expect(main.get_by_text(text)).to_be_visible()
    forget_refused_rankings(page)


def test_the_networking_tool_names_directing_as_the_best_fit(live_server, page, world, tools):
    officer = world.users["officer"]
    title = "Choosing our approach, autumn"
    sign_in(page, live_server, officer.email, PASSWORD)
    page.goto(live_server.url + reverse("toolkit:exercise_start"))
    page.get_by_label("Choosing a networking approach").check()
    page.get_by_label("Name the exercise").fill(title)
    page.get_by_label("People I name below").check()
    page.get_by_label("E-mail addresses of the people to invite").fill(officer.email)
    page.get_by_role("button", name="Start the exercise").click()
    expect(page.locator(".govuk-notification-banner")).to_contain_text(
        # The officer named only themselves: they take part, and no one is invited.
        "The exercise is started. You are its only participant: no one else is invited."
    )
    page.get_by_role("link", name="Start", exact=True).click()

    for number, (section, answers) in enumerate(DIRECTING.items(), start=1):
        expect(page.get_by_role("heading", level=1)).to_have_text(section)
        for question_id, label in answers.items():
            page.get_by_label(label, exact=True).check()
            saved(page, question_id)
        if number == 1:
            checked(page)
        if number < len(DIRECTING):
            page.get_by_role("link", name=re.compile("^Continue to ")).click()
    page.get_by_role("link", name="Check your answers", exact=True).click()
    submit(page)
    page.get_by_role("link", name="See the group's results").click()
    checked(page)

    main = page.locator("main")
    expect(main).to_contain_text("Best fits: Directing 100%")
    best = main.get_by_role("heading", name=re.compile(r"^\d+\. .*% fit$"))
    expect(best).to_have_text(["1. Directing: 100% fit"])  # nothing else is favoured at all
    expect(main).to_contain_text(
        "The local authority determining and driving the agenda or network delivery "
        "structures to achieve rapid change."
    )
    expect(main.get_by_role("heading", name="Necessary conditions")).to_have_count(1)
    expect(main.get_by_role("heading", name="Risks")).to_have_count(1)
    expect(main.get_by_role("heading", name="Pause for thought")).to_be_visible()
    expect(main.locator(".govuk-warning-text")).to_have_count(0)  # high influence: no warning
    fits = table_rows(page.get_by_role("table", name=re.compile("^How well each approach fits")))
    assert fits[0][:2] == ("Directing", "100%")
    assert {row[1] for row in fits[1:]} == {"0%"}
