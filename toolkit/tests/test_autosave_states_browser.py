"""In a real Chromium, checked with axe-core: on the answering page autosave is the one way
to save (no "Save answer" buttons once the script runs), each answer says "Saving…" then
"Saved at", a failed save says it is not saved and offers "Try again", and the progress line
follows the answers as the server counts them."""

import re

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


def section(live_server, world, key):
    return live_server.url + reverse("toolkit:exercise_answer", args=[world.fern.pk, key])


def test_each_answer_shows_saving_then_saved_and_the_progress_follows(live_server, page, world):
    sign_in(page, live_server, world.users["leader"].email, PASSWORD)
    page.goto(section(live_server, world, "first"))
    progress = page.locator("#np-progress")
    expect(progress).to_have_text("Section 1 of 2; 0 of 7 questions answered.")
    # With JavaScript there is one way to save: the per-question buttons are gone.
    expect(page.get_by_role("button", name=re.compile("Save answer"))).to_have_count(0)

    # The save is held on its way to the server: the answer says it is being saved.
    held = []
    page.route("**/answers/first.rate/", lambda route: held.append(route))
    page.locator("#q-first-rate").get_by_label("3: Agree").check()
    status = page.locator("#q-first-rate .np-answer-status")
    expect(status).to_have_text("Saving…")
    expect(status).to_have_attribute("aria-live", "polite")
    assert_accessible(page)
    held[0].continue_()
    page.unroute("**/answers/first.rate/")
    expect(status).to_contain_text(re.compile(r"Saved at \d\d:\d\d"))
    expect(progress).to_have_text("Section 1 of 2; 1 of 7 questions answered.")
    assert stored(world, "first.rate") == 3

    # On the next section, the count carries on from the answers of the first.
    page.goto(section(live_server, world, "second"))
    expect(progress).to_have_text("Section 2 of 2; 1 of 7 questions answered.")
    short = page.locator("#q-second-short").get_by_label("Your answer")
    short.fill("Time to plan")
    expect(page.locator("#q-second-short .np-answer-status")).to_contain_text("Saved at")
    expect(progress).to_have_text("Section 2 of 2; 2 of 7 questions answered.")
    short.fill("")  # an emptied answer no longer counts
    expect(progress).to_have_text("Section 2 of 2; 1 of 7 questions answered.")
    assert_accessible(page)


def test_a_save_that_fails_says_not_saved_and_can_be_tried_again(live_server, page, world):
    sign_in(page, live_server, world.users["leader"].email, PASSWORD)
    page.goto(section(live_server, world, "first"))
    status = page.locator("#q-first-pick .np-answer-status")

    page.route("**/answers/first.pick/", lambda route: route.abort())  # the connection drops
    page.locator("#q-first-pick").get_by_label("Ex").check()
    expect(status).to_contain_text("Not saved yet: we kept your answer on this device")
    retry = status.get_by_role("button", name=re.compile("^Try again"))
    expect(retry).to_be_visible()
    expect(page.locator("#np-progress")).to_contain_text("0 of 7 questions answered")
    assert stored(world, "first.pick") is None
    assert_accessible(page)

    page.unroute("**/answers/first.pick/")  # the connection is back
    retry.click()
    expect(status).to_contain_text("Saved at")
    expect(status.get_by_role("button")).to_have_count(0)
    expect(page.locator("#np-progress")).to_contain_text("1 of 7 questions answered")
    assert stored(world, "first.pick") == "x"
    page.console_errors.clear()  # the aborted request is logged


def test_an_answer_given_before_the_page_has_finished_loading_is_saved(live_server, page, world):
    sign_in(page, live_server, world.users["leader"].email, PASSWORD)
    held = []
    page.route("**/htmx.min.js", lambda route: held.append(route))  # a slow connection
    page.goto(section(live_server, world, "first"), wait_until="commit")
    page.locator("#q-first-pick").get_by_label("Ex").check()  # before htmx is there
    held[0].continue_()
    page.unroute("**/htmx.min.js")
    expect(page.locator("#q-first-pick .np-answer-status")).to_contain_text("Saved at")
    expect(page.locator("#np-progress")).to_contain_text("1 of 7 questions answered")
    assert stored(world, "first.pick") == "x"
