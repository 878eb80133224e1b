"""In a real Chromium, checked with axe-core: a draft monthly update saves as it is written
(saving, saved at, not saved with "Try again"), each save checked against the version the
last one left; once submitted, its author can take it back to edit."""

import datetime
import re

import pytest
from django.urls import reverse
from playwright.sync_api import expect

from fieldtrials.models import MonthlyUpdate
from fieldtrials.services.updates import save_update_draft
from nextpractice.testing.browser import assert_accessible, sign_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
PASSWORD = "correct horse battery"


@pytest.fixture
def draft(world):
    world.coral.start_date = datetime.date(2006, 9, 1)
    world.coral.save()
    return save_update_draft(
        trial=world.coral,
        month=datetime.date(2007, 2, 1),
        actor=world.users["leader"],
        what_happened="Planning",
    )


def test_a_draft_update_saves_as_it_is_written_and_can_be_taken_back(
    live_server, page, world, draft
):
    sign_in(page, live_server, world.users["leader"].email, PASSWORD)
    page.goto(live_server.url + reverse("fieldtrials:update_edit", args=[draft.pk]))
    # One way to save with JavaScript: no "Save as draft" button.
    expect(page.get_by_role("button", name="Save as draft")).to_have_count(0)
    # The page says how it saves: as you write, not with a button it no longer shows.
    expect(page.get_by_text("Your draft is saved as you write")).to_be_visible()
    expect(page.get_by_text("Save a draft to finish later")).to_be_hidden()
    status = page.locator("#update-autosave-status")
    expect(status).to_have_attribute("aria-live", "polite")

    held = []
    page.route("**/autosave/", lambda route: held.append(route))
    page.get_by_label("What happened").fill("Planning days agreed")
    expect(status).to_have_text("Saving…")
    held[0].continue_()
    page.unroute("**/autosave/")
    expect(status).to_contain_text(re.compile(r"Draft saved at \d\d:\d\d"))
    # A second save goes with the version the first left (else it would be refused).
    page.get_by_label("Green: on track").check()
    expect(status).to_contain_text("Draft saved at")
    saved = MonthlyUpdate.objects.get(pk=draft.pk)
    assert (saved.what_happened, saved.rag) == ("Planning days agreed", "green")
    assert saved.version >= 2  # saved more than once, none refused
    assert_accessible(page)

    page.route("**/autosave/", lambda route: route.abort())  # the connection drops
    page.get_by_label("What is in the way").fill("Cover for release time")
    expect(status).to_contain_text("Not saved yet: we kept your changes on this device")
    assert_accessible(page)
    page.unroute("**/autosave/")
    status.get_by_role("button", name=re.compile("^Try again")).click()
    expect(status).to_contain_text("Draft saved at")
    assert MonthlyUpdate.objects.get(pk=draft.pk).in_the_way == "Cover for release time"

    page.get_by_role("button", name="Submit the update").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Update for February 2007")
    page.get_by_role("button", name="Take back to edit").click()
    expect(page.get_by_label("What is in the way")).to_have_value("Cover for release time")
    assert MonthlyUpdate.objects.get(pk=draft.pk).status == "draft"
    assert_accessible(page)
    page.console_errors.clear()  # the aborted request is logged


def test_submit_clicked_straight_after_typing_submits_the_update(live_server, page, world, draft):
    """Leaving a box saves the draft, and its status line ("Saving…") appeared above the
    buttons and pushed them down, so a click on "Submit the update" straight after typing
    landed on empty space (3 times in 3 for a tester): the line's room is kept. And the
    submission, sent while that save was on its way, carried the version before it and was
    refused as a clash: it waits for the save."""
    sign_in(page, live_server, world.users["leader"].email, PASSWORD)
    page.goto(live_server.url + reverse("fieldtrials:update_edit", args=[draft.pk]))
    page.get_by_label("Green: on track").check()
    expect(page.locator("#update-autosave-status")).to_contain_text("Draft saved at")
    page.reload()  # the status line empty again, as when the page is opened
    page.get_by_label("What is in the way").type("Cover for release time")
    page.get_by_role("button", name="Submit the update").scroll_into_view_if_needed()
    box = page.get_by_role("button", name="Submit the update").bounding_box()
    page.mouse.click(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    # Sent once the save it set off is answered, with the version that save left: not taken
    # for an edit of an older copy ("someone else changed this draft").
    expect(page).to_have_url(
        live_server.url + reverse("fieldtrials:update_detail", args=[draft.pk])
    )
    submitted = MonthlyUpdate.objects.get(pk=draft.pk)
    assert (submitted.status, submitted.in_the_way) == ("submitted", "Cover for release time")


def test_a_new_update_saves_as_it_is_written_into_one_draft(live_server, page, world):
    """The home page tells a head a monthly update "saves as you type": on the page that
    starts one too, not only once "Save as draft" has made it a draft. The first save starts
    the draft; the later ones, and "Submit the update", carry on with it."""
    world.coral.start_date = datetime.date(2006, 9, 1)
    world.coral.save()
    sign_in(page, live_server, world.users["leader"].email, PASSWORD)
    page.goto(live_server.url + reverse("fieldtrials:update_create", args=[world.coral.pk]))
    expect(page.get_by_role("button", name="Save as draft")).to_have_count(0)
    expect(page.get_by_text("Your draft is saved as you write")).to_be_visible()
    page.get_by_label("Which month is the update about?").select_option("2007-02")
    status = page.locator("#update-autosave-status")
    page.get_by_label("What happened").fill("Planning days agreed")
    expect(status).to_contain_text("Draft saved at")
    expect(page.get_by_text("The update is about February 2007.")).to_be_visible()
    draft = MonthlyUpdate.objects.get(field_trial=world.coral, month=datetime.date(2007, 2, 1))
    assert draft.what_happened == "Planning days agreed"

    page.get_by_label("Amber: some problems").check()
    page.get_by_label("What is next").fill("Cover for release time")
    for _ in range(50):  # saved within a few seconds of the pause in typing
        draft.refresh_from_db()
        if draft.what_next:
            break
        page.wait_for_timeout(100)
    assert (draft.rag, draft.what_next) == ("amber", "Cover for release time")
    assert MonthlyUpdate.objects.filter(field_trial=world.coral, month=draft.month).count() == 1
    assert_accessible(page)

    page.get_by_role("button", name="Submit the update").click()
    expect(page).to_have_url(
        live_server.url + reverse("fieldtrials:update_detail", args=[draft.pk])
    )
    draft.refresh_from_db()
    assert draft.status == "submitted"


SIGNED_OUT = (
    "You have been signed out, so your latest changes are not saved. "
    "Sign in again in another tab, then press Save as draft."
)


def test_an_autosave_after_the_session_ended_says_so_and_keeps_the_words(
    live_server, page, world, draft
):
    """The session ends (8 hours on) as the head types: the autosave was sent to the sign-in
    page, which htmx followed. It is answered 401, and the status line says what to do, the
    words typed staying in their boxes, and "Save as draft" there to press."""
    from django.contrib.sessions.models import Session

    sign_in(page, live_server, world.users["leader"].email, PASSWORD)
    page.goto(live_server.url + reverse("fieldtrials:update_edit", args=[draft.pk]))
    status = page.locator("#update-autosave-status")
    page.get_by_label("What happened").fill("Planning days agreed")
    expect(status).to_contain_text("Draft saved at")

    Session.objects.all().delete()  # 8 hours later
    answers = []
    page.on("response", lambda response: answers.append(response.status))
    page.get_by_label("What is next").fill("Cover for release time")
    expect(status).to_have_text(SIGNED_OUT)
    assert 401 in answers  # not a redirect to the sign-in page, followed
    expect(page.get_by_label("What is next")).to_have_value("Cover for release time")
    expect(page.get_by_label("What happened")).to_have_value("Planning days agreed")
    expect(status.get_by_role("button")).to_have_count(0)  # no "Try again": it cannot help
    expect(page.get_by_role("button", name="Save as draft")).to_be_visible()
    # Signed out, not offline: the page's banner says nothing of reaching the server.
    expect(page.locator("#np-connection-status")).to_have_text("")
    assert_accessible(page)
    assert MonthlyUpdate.objects.get(pk=draft.pk).what_next == ""
    # The 401 asked for, logged by the browser and by htmx.
    page.console_errors[:] = [e for e in page.console_errors if "401" not in e]

    # As it says: signing in again in another tab (which gives a new security token), then
    # "Save as draft" saves what was typed, rather than "This page had been open too long".
    other = page.context.new_page()
    sign_in(other, live_server, world.users["leader"].email, PASSWORD)
    other.close()
    page.get_by_role("button", name="Save as draft").click()
    expect(page.get_by_role("heading", level=1)).not_to_have_text("Nothing was saved")
    for _ in range(50):
        if MonthlyUpdate.objects.get(pk=draft.pk).what_next:
            break
        page.wait_for_timeout(100)
    saved = MonthlyUpdate.objects.get(pk=draft.pk)
    assert (saved.what_happened, saved.what_next) == (
        "Planning days agreed",
        "Cover for release time",
    )
    assert saved.status == "draft"


def test_an_autosave_whose_token_is_refused_tries_once_with_the_new_one(
    live_server, page, world, draft
):
    """The form's security token refused (403; here its cookie has gone): the autosave said
    "you have been signed out" and the banner "We could not reach the server". The refusal
    gives a new token, and the save is sent again once with it."""
    sign_in(page, live_server, world.users["leader"].email, PASSWORD)
    page.goto(live_server.url + reverse("fieldtrials:update_edit", args=[draft.pk]))
    status = page.locator("#update-autosave-status")
    answers = []
    page.on("response", lambda response: answers.append(response.status))
    page.context.clear_cookies(name="csrftoken")
    page.get_by_label("What is next").fill("Cover for release time")
    expect(status).to_contain_text("Draft saved at")
    assert 403 in answers
    assert MonthlyUpdate.objects.get(pk=draft.pk).what_next == "Cover for release time"
    expect(page.locator("#np-connection-status")).to_have_text("")
    page.console_errors[:] = [e for e in page.console_errors if "403" not in e]


def test_an_autosave_refused_again_says_the_page_is_out_of_date(live_server, page, world, draft):
    """Refused with the token as it is now too: not "signed out", nor "could not reach the
    server", but that the page is out of date and a reload saves what was kept."""
    sign_in(page, live_server, world.users["leader"].email, PASSWORD)
    page.goto(live_server.url + reverse("fieldtrials:update_edit", args=[draft.pk]))
    status = page.locator("#update-autosave-status")
    refused = []

    def refuse(route):
        refused.append(route.request.url)
        route.fulfill(status=403, body="Nothing was saved")

    page.route("**/autosave/", refuse)
    page.get_by_label("What is next").fill("Cover for release time")
    expect(status).to_have_text(
        "Not saved: this page is out of date. We kept your changes on this device: "
        "reload the page to save it."
    )
    assert len(refused) == 1  # no new token to try: not sent again
    expect(status.get_by_role("button")).to_have_count(0)
    expect(page.locator("#np-connection-status")).to_have_text("")
    assert_accessible(page)
    page.unroute("**/autosave/")
    page.reload()  # as it says: what was kept is put back and saved
    expect(status).to_contain_text("Draft saved at")
    assert MonthlyUpdate.objects.get(pk=draft.pk).what_next == "Cover for release time"
    page.console_errors[:] = [e for e in page.console_errors if "403" not in e]
