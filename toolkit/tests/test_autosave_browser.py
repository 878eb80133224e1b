"""In a real Chromium, checked with axe-core: a participant answers an exercise and sees each
answer saved without a reload, reloads and finds them; then loses the connection while typing,
is told the answer is kept on the device, and sees it saved once back online."""

import pytest
from django.urls import reverse
from playwright.sync_api import expect

from nextpractice.testing.browser import assert_accessible, sign_in
from toolkit.models import Answer

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
PASSWORD = "correct horse battery"


def stored(world, question):
    answer = Answer.objects.filter(
        participation__exercise=world.fern,
        participation__user=world.users["leader"],
        question=question,
    ).first()
    return None if answer is None else answer.value


def test_answers_save_as_they_are_given_and_are_there_after_a_reload(live_server, page, world):
    sign_in(page, live_server, world.users["leader"].email, PASSWORD)
    page.goto(live_server.url + world.fern.get_absolute_url())
    assert_accessible(page)
    page.get_by_role("link", name="Start").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("First section")
    assert_accessible(page)

    rate = page.locator("#q-first-rate")
    rate.get_by_label("3: Agree").check()
    expect(rate.locator(".np-answer-status")).to_contain_text("Saved at")
    for item, rank in (("Alpha challenge", "2"), ("Beta challenge", "3"), ("Gamma challenge", "1")):
        page.get_by_label(item).select_option(rank)
    expect(page.locator("#q-first-rank .np-answer-status")).to_contain_text("Saved at")
    # A duplicate rank is refused by the server, next to the question.
    page.get_by_label("Alpha challenge").select_option("1")
    expect(page.locator("#q-first-rank .govuk-error-message")).to_contain_text(
        "no two items can share one"
    )
    expect(page.locator("#q-first-rank .govuk-form-group--error")).to_have_count(1)
    assert_accessible(page)
    page.get_by_label("Alpha challenge").select_option("2")
    expect(page.locator("#q-first-rank .np-answer-status")).to_contain_text("Saved at")
    expect(page.locator("#q-first-rank .govuk-form-group--error")).to_have_count(0)

    page.get_by_role("link", name="Continue to Second section").click()
    short = page.get_by_label("Your answer").first
    short.fill("Planning time together")
    expect(page.locator("#q-second-short .np-answer-status")).to_contain_text("Saved at")
    page.locator("#q-second-grid").get_by_role(
        "group", name="I plan lessons together"
    ).get_by_label("Strongly agree").check()
    expect(page.locator("#q-second-grid .np-answer-status")).to_contain_text("Saved at")
    assert_accessible(page)

    page.reload()
    expect(page.get_by_label("Your answer").first).to_have_value("Planning time together")
    expect(
        page.locator("#q-second-grid")
        .get_by_role("group", name="I plan lessons together")
        .get_by_label("Strongly agree")
    ).to_be_checked()
    page.goto(live_server.url + reverse("toolkit:exercise_answer", args=[world.fern.pk, "first"]))
    expect(page.get_by_label("3: Agree")).to_be_checked()
    expect(page.get_by_label("Gamma challenge")).to_have_value("1")
    assert stored(world, "first.rank") == ["c", "a", "b"]
    assert stored(world, "second.short") == "Planning time together"
    page.console_errors.clear()  # the browser logs the 400 it was meant to get


def test_an_answer_typed_offline_is_kept_and_saved_when_back_online(live_server, page, world):
    sign_in(page, live_server, world.users["leader"].email, PASSWORD)
    page.goto(live_server.url + reverse("toolkit:exercise_answer", args=[world.fern.pk, "second"]))
    status = page.locator("#q-second-short .np-answer-status")

    page.context.set_offline(True)
    page.get_by_label("Your answer").first.fill("Typed on the train")
    expect(status).to_contain_text("we kept your answer on this device")
    assert stored(world, "second.short") is None
    assert_accessible(page)

    page.context.set_offline(False)
    expect(status).to_contain_text("Saved at")
    assert stored(world, "second.short") == "Typed on the train"
    page.console_errors.clear()  # the failed request while offline is logged


def test_an_answer_typed_after_the_session_expired_is_saved_after_signing_in_again(
    live_server, page, world
):
    leader = world.users["leader"]
    sign_in(page, live_server, leader.email, PASSWORD)
    url = live_server.url + reverse("toolkit:exercise_answer", args=[world.fern.pk, "second"])
    page.goto(url)
    page.context.clear_cookies()  # the session has expired
    page.get_by_label("Your answer").first.fill("Kept until I signed in")
    expect(page.locator("#q-second-short .np-answer-status")).to_contain_text(
        "you have been signed out. We kept your answer on this device"
    )
    assert stored(world, "second.short") is None
    page.console_errors.clear()  # the refused request is logged

    sign_in(page, live_server, leader.email, PASSWORD)
    page.goto(url)
    expect(page.get_by_label("Your answer").first).to_have_value("Kept until I signed in")
    expect(page.locator("#q-second-short .np-answer-status")).to_contain_text("Saved at")
    assert stored(world, "second.short") == "Kept until I signed in"
    assert page.evaluate("window.localStorage.length") == 0


def test_a_ranking_left_half_way_is_kept_on_the_device_and_saved_once_complete(
    live_server, page, world
):
    sign_in(page, live_server, world.users["leader"].email, PASSWORD)
    url = live_server.url + reverse("toolkit:exercise_answer", args=[world.fern.pk, "first"])
    page.goto(url)
    status = page.locator("#q-first-rank .np-answer-status")
    page.get_by_label("Gamma challenge").select_option("1")
    page.get_by_label("Alpha challenge").select_option("2")
    expect(status).to_contain_text("give every item a rank and your ranking saves")
    expect(page.locator("#q-first-rank .govuk-form-group--error")).to_have_count(0)
    assert_accessible(page)
    assert stored(world, "first.rank") is None  # nothing half-done reaches the server

    page.reload()  # they leave half-way and come back
    expect(page.get_by_label("Gamma challenge")).to_have_value("1")
    expect(page.get_by_label("Alpha challenge")).to_have_value("2")
    expect(page.get_by_label("Beta challenge")).to_have_value("")
    expect(status).to_contain_text("We keep the ranks you have chosen on this device")

    page.get_by_label("Beta challenge").select_option("3")
    expect(status).to_contain_text("Saved at")
    assert stored(world, "first.rank") == ["c", "a", "b"]
    assert page.evaluate("window.localStorage.length") == 0


def test_leaving_an_answer_already_saved_sends_nothing_more_and_keeps_nothing(
    live_server, page, world
):
    """The pause in typing saves an answer; leaving the field after that sends no second save
    of the same words, and leaves no copy of them on the device (a shared school computer)."""
    sign_in(page, live_server, world.users["leader"].email, PASSWORD)
    page.goto(live_server.url + reverse("toolkit:exercise_answer", args=[world.fern.pk, "second"]))
    page.evaluate(
        "() => { window.saves = 0;"
        " document.body.addEventListener('htmx:beforeSend', () => { window.saves += 1; }); }"
    )
    answer = page.get_by_label("Your answer").first
    answer.fill("Planning time together")
    expect(page.locator("#q-second-short .np-answer-status")).to_contain_text("Saved at")
    assert page.evaluate("window.saves") == 1

    page.keyboard.press("Tab")  # leaves the field: its change event
    assert page.evaluate("window.saves") == 1
    assert page.evaluate("window.localStorage.length") == 0

    # Words changed and the field left before the pause is over are sent at once, as before.
    answer.fill("Planning time together, weekly")
    page.keyboard.press("Tab")
    assert page.evaluate("window.saves") >= 2
    page.wait_for_function("() => window.localStorage.length === 0")  # the server has them
    assert stored(world, "second.short") == "Planning time together, weekly"


def test_an_answer_saved_by_the_page_itself_is_told_beside_the_question(live_server, page, world):
    """When the answer is sent by the page itself (the script that saves as you type did not
    load), the section comes back at the question just answered, so a head teacher keeps
    their place in a long section: the banner saying it is saved is beside it, in view and
    focused, so a screen reader says it. It was at the page's top, out of view, focus on the
    question's form."""
    page.route("**/vendor/htmx.min.js", lambda route: route.abort())
    page.set_viewport_size({"width": 1280, "height": 500})
    sign_in(page, live_server, world.users["leader"].email, PASSWORD)
    page.goto(live_server.url + reverse("toolkit:exercise_answer", args=[world.fern.pk, "second"]))
    short = page.locator("#q-second-short").get_by_label("Your answer")
    short.fill("Planning time together")
    short.press("Enter")
    banner = page.get_by_role("alert")
    expect(banner).to_contain_text("Your answer to “In a few words” is saved.")
    expect(banner).to_have_id("q-second-short")
    expect(banner).to_be_focused()
    expect(banner).to_be_in_viewport()
    expect(page.get_by_label("Your answer").first).to_have_value("Planning time together")
    assert stored(world, "second.short") == "Planning time together"
    page.console_errors.clear()  # the browser logs the script it was refused
    assert_accessible(page)
