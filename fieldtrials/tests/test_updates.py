"""Monthly updates: a trial team drafts, finishes and submits its highlight report; officers
and partners read what was submitted, never the drafts."""

import datetime
import html
import re

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import timezone

from accounts.models import Event, Notification
from accounts.tests.factories import UserFactory
from fieldtrials.models import MonthlyUpdate
from fieldtrials.selectors_updates import trial_updates
from fieldtrials.services.updates import (
    UpdateLocked,
    add_months,
    current_month,
    mark_update_read,
    month_label,
    save_update_draft,
    submit_new_update,
    submit_update,
    update_draft,
)
from fieldtrials.views.updates import PAGE_SIZE

SEPT_2006 = datetime.date(2006, 9, 1)
JAN_2007 = datetime.date(2007, 1, 1)
FEB_2007 = datetime.date(2007, 2, 1)
MAR_2007 = datetime.date(2007, 3, 1)


@pytest.fixture
def coral(world):
    """Coral, started in September 2006, with its submitted January 2007 update."""
    world.coral.start_date = SEPT_2006
    world.coral.save()
    return world.coral


def create_url(trial):
    return reverse("fieldtrials:update_create", args=[trial.pk])


def edit_url(update):
    return reverse("fieldtrials:update_edit", args=[update.pk])


def detail_url(update):
    return reverse("fieldtrials:update_detail", args=[update.pk])


def list_url(trial):
    return reverse("fieldtrials:update_list", args=[trial.pk])


def signed_in(client, user):
    client.force_login(user)
    return client


def test_a_draft_is_saved_finished_later_and_submitted(world, coral, client):
    signed_in(client, world.users["leader"])
    response = client.post(
        create_url(coral),
        {"month": "2007-02", "rag": "", "what_happened": "Governance Group met", "save_draft": ""},
    )
    draft = MonthlyUpdate.objects.get(field_trial=coral, month=FEB_2007)
    assert response.status_code == 302 and response["Location"] == edit_url(draft)
    assert draft.status == "draft" and draft.author == world.users["leader"]

    page = client.get(edit_url(draft))
    assert "Governance Group met" in page.content.decode()
    response = client.post(
        edit_url(draft),
        {
            "version": draft.version,
            "rag": "amber",
            "what_happened": "Governance Group met twice",
            "what_next": "Blocked timetable",
            "in_the_way": "Transport between sites",
            "submit_update": "",
        },
    )
    assert response.status_code == 302 and response["Location"] == detail_url(draft)
    draft.refresh_from_db()
    assert draft.status == "submitted" and draft.submitted_at is not None
    assert draft.rag == "amber" and draft.in_the_way == "Transport between sites"
    assert Event.objects.filter(verb="fieldtrials.update_submitted").count() == 1
    # The officer of the project and the trial's consultant hear about it, once each; the
    # author does not notify themself.
    notices = Notification.objects.filter(kind="update_submitted")
    told = sorted(n.recipient.email for n in notices)
    assert told == ["consultant@example.org", "officer@example.org"]
    for notice in notices:
        assert "February 2007" in notice.message and notice.url == detail_url(draft)
    page = client.get(detail_url(draft)).content.decode()
    assert "Governance Group met twice" in page
    assert "Until a programme officer reads this update, you can take it back" in page


def test_submitting_a_new_update_in_one_step(world, coral, client):
    signed_in(client, world.users["consultant"])
    response = client.post(
        create_url(coral),
        {"month": "2007-03", "rag": "green", "what_happened": "Timetable agreed",
         "submit_update": ""},
    )  # fmt: skip
    update = MonthlyUpdate.objects.get(field_trial=coral, month=MAR_2007)
    assert response.status_code == 302 and update.status == "submitted"
    coral.refresh_from_db()
    assert (coral.latest_rag, coral.latest_update_month) == ("green", MAR_2007)


def test_submitting_needs_a_rag_status_and_what_happened_and_saves_nothing(world, coral, client):
    signed_in(client, world.users["leader"])
    response = client.post(
        create_url(coral), {"month": "2007-03", "rag": "", "what_happened": "", "submit_update": ""}
    )
    assert response.status_code == 400
    page = response.content.decode()
    assert "Choose red, amber or green to submit the update" in page
    assert "Say what happened to submit the update" in page
    assert "govuk-error-summary" in page
    assert not MonthlyUpdate.objects.filter(month=MAR_2007).exists()


def test_a_draft_may_be_partial(world, coral, client):
    signed_in(client, world.users["leader"])
    response = client.post(create_url(coral), {"month": "2007-03", "save_draft": ""})
    assert response.status_code == 302
    assert MonthlyUpdate.objects.get(month=MAR_2007).what_happened == ""


def test_a_future_month_is_refused_with_a_reason(world, coral, client):
    signed_in(client, world.users["leader"])
    next_month = add_months(current_month(), 1)
    response = client.post(
        create_url(coral),
        {"month": f"{next_month:%Y-%m}", "rag": "green", "what_happened": "x", "save_draft": ""},
    )
    assert response.status_code == 400
    assert "You cannot report on a month that has not started yet" in response.content.decode()
    assert not MonthlyUpdate.objects.filter(month=next_month).exists()


def test_a_month_before_the_trial_started_is_refused_with_its_start_date(world, coral, client):
    signed_in(client, world.users["leader"])
    response = client.post(create_url(coral), {"month": "2006-08", "save_draft": ""})
    assert response.status_code == 400
    assert "The trial started on 1 September 2006" in response.content.decode()


def test_the_months_offered_run_from_the_start_to_the_current_month(world, coral, client):
    signed_in(client, world.users["leader"])
    page = client.get(create_url(coral)).content.decode()
    assert "September 2006" in page and "August 2006" not in page
    assert f"{current_month():%Y-%m}" in page
    assert f"{add_months(current_month(), 1):%Y-%m}" not in page
    assert "January 2007 (submitted)" in page


def test_an_ended_trial_is_offered_no_month_after_its_end_and_one_is_refused(world, coral, client):
    coral.end_date = datetime.date(2007, 3, 20)
    coral.save()
    signed_in(client, world.users["leader"])
    page = client.get(create_url(coral)).content.decode()
    assert "2007-03" in page and "2007-04" not in page
    assert f"{current_month():%Y-%m}" not in page
    response = client.post(create_url(coral), {"month": "2007-04", "save_draft": ""})
    assert response.status_code == 400
    assert "The trial ended on 20 March 2007: choose March 2007" in response.content.decode()
    assert not MonthlyUpdate.objects.filter(field_trial=coral, month="2007-04-01").exists()


def test_a_trial_with_no_start_date_offers_the_last_twelve_months(world, client):
    signed_in(client, world.users["leader"])
    page = client.get(create_url(world.coral)).content.decode()
    assert f"{add_months(current_month(), -11):%Y-%m}" in page
    assert f"{add_months(current_month(), -12):%Y-%m}" not in page


def test_a_trial_not_started_yet_says_when_its_first_update_can_be_written(world, client):
    """A trial starting next month has no month to report on: "Write an update" opened a
    form whose month list was empty, and the updates page said only "No updates yet"."""
    trial = world.dune
    trial.start_date = add_months(current_month(), 1) + datetime.timedelta(days=3)
    trial.save()
    MonthlyUpdate.objects.filter(field_trial=trial).delete()
    signed_in(client, world.users["officer"])
    first = (
        f"The trial starts on {trial.start_date:%-d %B %Y}: its first monthly update, for "
        f"{trial.start_date:%B %Y}, can be written from then."
    )
    listed = client.get(list_url(trial)).content.decode()
    assert "No updates yet. " + first in listed
    assert create_url(trial) not in listed  # no "Write an update"
    page = client.get(create_url(trial))
    assert page.status_code == 200
    body = page.content.decode()
    assert "No update to write yet" in body and first in body
    assert 'name="month"' not in body


def test_a_second_submitted_update_for_a_month_is_refused(world, coral, client):
    signed_in(client, world.users["leader"])
    response = client.post(
        create_url(coral),
        {"month": "2007-01", "rag": "green", "what_happened": "Again", "submit_update": ""},
    )
    assert response.status_code == 400
    assert "An update for January 2007 has already been submitted" in response.content.decode()
    assert MonthlyUpdate.objects.get(field_trial=coral, month=JAN_2007).what_happened == (
        "Umber happenings"
    )


def test_the_unique_month_decides_a_race_between_two_posts(world, coral):
    # Both passed the form's checks; the second reaches the database after the first.
    with pytest.raises(ValidationError) as refused:
        save_update_draft(trial=coral, month=JAN_2007, actor=world.users["leader"])
    assert refused.value.message_dict == {
        "month": ["An update for January 2007 has already been submitted"]
    }
    assert MonthlyUpdate.objects.filter(field_trial=coral, month=JAN_2007).count() == 1


def test_an_existing_draft_is_carried_on_rather_than_doubled(world, coral, client):
    draft = save_update_draft(
        trial=coral, month=FEB_2007, actor=world.users["consultant"], what_happened="Theirs"
    )
    signed_in(client, world.users["leader"])
    response = client.get(create_url(coral) + "?month=2007-02")
    assert response.status_code == 302 and response["Location"] == edit_url(draft)
    # Posting a new update for that month keeps what they typed and shows the draft first.
    response = client.post(
        create_url(coral), {"month": "2007-02", "what_happened": "Mine", "save_draft": ""}
    )
    assert response.status_code == 409
    page = response.content.decode()
    assert (
        "There is already a draft update for February 2007, started by someone else or by you "
        "in another tab or window, shown on this page under ‘The draft as saved’, before your "
        "version."
    ) in page
    assert "beside" not in page
    saved = _read_before_the_buttons(page)
    assert "Theirs" in saved and "Mine" not in saved
    assert re.search(r"<textarea[^>]*>\s*Mine</textarea>", page)
    assert MonthlyUpdate.objects.filter(field_trial=coral, month=FEB_2007).count() == 1
    draft.refresh_from_db()
    assert draft.what_happened == "Theirs"


def test_a_draft_of_the_month_saved_by_the_same_person_is_said_as_theirs(world, coral, client):
    """The leader drafts February in one tab, then sends a new update for February from a
    page opened before: the draft is said to be theirs, not someone else's."""
    from django.test import Client

    signed_in(client, world.users["leader"])
    opened = client.get(create_url(coral))
    assert opened.status_code == 200
    other_tab = Client()
    other_tab.force_login(world.users["leader"])
    sent = {"month": "2007-02", "what_happened": "From the other tab", "save_draft": ""}
    assert other_tab.post(create_url(coral), sent).status_code == 302
    response = client.post(create_url(coral), {**sent, "what_happened": "Mine"})
    assert response.status_code == 409
    page = html.unescape(response.content.decode())
    assert (
        "You have already saved a draft update for February 2007, shown on this page under "
        "‘The draft as saved’, before your version."
    ) in page
    saved = _read_before_the_buttons(page)
    assert "You saved this at" in saved and "From the other tab" in saved
    assert "You changed this in both" in saved
    assert "You changed this in another tab or window too. You saved: “From the other tab”" in (
        page
    )
    for theirs in ("someone else", "Leader Person saved", "You both", "They saved"):
        assert theirs not in page, theirs


def test_a_draft_of_the_month_saved_by_someone_else_names_them(world, coral, client):
    from django.test import Client

    other = Client()
    other.force_login(world.users["consultant"])
    sent = {"month": "2007-02", "what_happened": "Theirs", "save_draft": ""}
    assert other.post(create_url(coral), sent).status_code == 302
    signed_in(client, world.users["leader"])
    response = client.post(create_url(coral), {**sent, "what_happened": "Mine"})
    assert response.status_code == 409
    page = html.unescape(response.content.decode())
    assert (
        "There is already a draft update for February 2007, saved last by Consultant Person, "
        "shown on this page under ‘The draft as saved’"
    ) in page
    assert "someone else" not in page
    saved = _read_before_the_buttons(page)
    assert "Consultant Person saved this at" in saved and "You both changed this" in saved
    assert "after you opened the page" not in saved  # it may have been there before
    assert "another tab or window" not in page


@pytest.mark.parametrize(
    "month", ["99999999999999999999-01", "1-99999999999999999999", "2026-13", "abc"]
)
def test_a_month_too_big_or_wrong_is_ignored_in_a_link_and_refused_when_posted(
    world, coral, client, month
):
    """An edited link with a year or month too big for a date was a server error (the
    month's parse overflowed): the page opens as for any wrong month, and a post is refused
    beside the field."""
    signed_in(client, world.users["leader"])
    response = client.get(create_url(coral), {"month": month})
    assert response.status_code == 200
    assert "<select" in response.content.decode()
    response = client.post(
        create_url(coral), {"month": month, "what_happened": "Kept", "save_draft": ""}
    )
    assert response.status_code == 400
    page = response.content.decode()
    assert "Choose the month the update is about" in page and "Kept" in page
    assert not MonthlyUpdate.objects.filter(field_trial=coral, status="draft").exists()


def test_a_submitted_update_is_locked(world, coral, client):
    # Its edit page, opened or sent, answers 409 as the record kit's edit page of a withdrawn
    # record does: it answered 400, a bad request, to a visit from its own link.
    world.update.submitted_at = timezone.make_aware(datetime.datetime(2007, 2, 3, 10))
    world.update.save()
    signed_in(client, world.users["leader"])
    response = client.get(edit_url(world.update))
    assert response.status_code == 409
    assert "This update has been submitted" in response.content.decode()
    submitted_on = "3 February 2007"
    said = f"This update was submitted on {submitted_on}, so it is no longer a draft"
    assert said in response.content.decode()
    response = client.post(
        edit_url(world.update), {"version": 0, "what_happened": "Rewritten", "save_draft": ""}
    )
    assert response.status_code == 409
    page = response.content.decode()
    assert said in page
    assert "Rewritten" in page  # what they typed is shown, not lost
    world.update.refresh_from_db()
    assert world.update.what_happened == "Umber happenings"


def test_a_green_update_with_nothing_in_the_way_says_nothing_this_month(world, coral, client):
    """A tester read "Nothing written" under "What is in the way" on a green (on track)
    update, as if its author had left a box out: a green update with nothing in the way says
    "Nothing this month"; an amber one with the box left empty still says nothing was written."""
    signed_in(client, world.users["officer"])

    def in_the_way():
        page = client.get(detail_url(world.update)).content.decode()
        row = re.search(r"What is in the way</dt>\s*<dd[^>]*>(.*?)</dd>", page, re.S)
        return row[1].strip()

    assert world.update.rag == "amber" and world.update.in_the_way == ""
    assert in_the_way() == "Nothing written"
    MonthlyUpdate.objects.filter(pk=world.update.pk).update(rag="green")
    assert in_the_way() == "Nothing this month"
    MonthlyUpdate.objects.filter(pk=world.update.pk).update(in_the_way="The minibus")
    assert in_the_way() == "The minibus"


def test_the_trials_named_consultant_is_told_of_a_submitted_update_once(world, coral):
    named = UserFactory(email="named@example.org")
    coral.consultant = named
    coral.save()
    draft = save_update_draft(
        trial=coral, month=FEB_2007, actor=world.users["consultant"], rag="green",
        what_happened="A",
    )  # fmt: skip
    submit_update(update=draft, actor=world.users["consultant"])
    told = Notification.objects.filter(kind="update_submitted")
    # The named consultant and the officer; the consultant who submitted it is not told.
    assert sorted(n.recipient.email for n in told) == ["named@example.org", "officer@example.org"]


def test_submitting_twice_keeps_the_first(world, coral):
    draft = save_update_draft(
        trial=coral, month=FEB_2007, actor=world.users["leader"], rag="green", what_happened="A"
    )
    first = submit_update(update=draft, actor=world.users["leader"])
    with pytest.raises(UpdateLocked, match="no longer a draft"):
        submit_update(update=draft, actor=world.users["consultant"])
    draft.refresh_from_db()
    assert draft.submitted_at == first.submitted_at
    assert Event.objects.filter(verb="fieldtrials.update_submitted").count() == 1


# A draft's versions count its saves from 0: one not yet saved is its version and one, and a
# version before the one saved now is a page loaded before a save (a clash), not tampering.
TAMPERED = ["abc", "", "-1", "99999999999999999999", "not yet saved"]
OUT_OF_DATE = "This page is out of date: reload it and make your changes again"


def _a_draft_saved_twice(world, coral):
    draft = save_update_draft(
        trial=coral, month=FEB_2007, actor=world.users["leader"], what_happened="First"
    )
    return update_draft(
        update=draft, based_on_version=draft.version, actor=world.users["leader"],
        what_happened="Second",
    )  # fmt: skip


@pytest.mark.parametrize("submitting", [False, True])
@pytest.mark.parametrize("sent", TAMPERED)
def test_a_draft_sent_with_its_version_tampered_with_says_the_page_is_out_of_date(
    world, coral, client, sent, submitting
):
    # Out of range (-1, too big to store, not yet saved) it said "This was changed while you
    # were editing it" (409), which nobody had done; letters or none said it nowhere.
    draft = _a_draft_saved_twice(world, coral)
    version, events = draft.version, Event.objects.count()
    if sent == "not yet saved":
        sent = str(version + 1)
    button = {"submit_update": ""} if submitting else {"save_draft": ""}
    signed_in(client, world.users["leader"])
    data = {"version": sent, "rag": "green", "what_happened": "Rewritten", **button}
    response = client.post(edit_url(draft), data)
    assert response.status_code == 400
    page = html.unescape(response.content.decode())
    summary = page.split('class="govuk-list govuk-error-summary__list"', 1)[1].split("</ul>")[0]
    assert OUT_OF_DATE in summary
    assert "This was changed while you were editing it" not in page
    assert re.search(r"<textarea[^>]*>\s*Rewritten</textarea>", page)  # kept in its box
    draft.refresh_from_db()
    assert (draft.status, draft.what_happened, draft.version) == ("draft", "Second", version)
    assert Event.objects.count() == events


@pytest.mark.parametrize("sent", TAMPERED)
def test_an_autosave_sent_with_its_version_tampered_with_says_the_page_is_out_of_date(
    world, coral, client, sent
):
    draft = _a_draft_saved_twice(world, coral)
    version = draft.version
    if sent == "not yet saved":
        sent = str(version + 1)
    signed_in(client, world.users["leader"])
    url = reverse("fieldtrials:update_autosave", args=[draft.pk])
    response = client.post(
        url, {"version": sent, "what_happened": "Rewritten"}, HTTP_HX_REQUEST="true"
    )
    assert response.status_code == 400
    said = html.unescape(response.content.decode())
    assert f"Not saved: {OUT_OF_DATE}" in said and "changed while you were writing" not in said
    draft.refresh_from_db()
    assert (draft.what_happened, draft.version) == ("Second", version)


def test_concurrent_edits_of_a_draft_are_detected_not_overwritten(world, coral, client):
    draft = save_update_draft(trial=coral, month=FEB_2007, actor=world.users["leader"])
    opened_at = draft.version
    # A colleague saves first.
    update_draft(
        update=draft, based_on_version=opened_at, actor=world.users["consultant"],
        what_happened="The consultant's account",
    )  # fmt: skip
    signed_in(client, world.users["leader"])
    response = client.post(
        edit_url(draft),
        {"version": opened_at, "what_happened": "The leader's account", "save_draft": ""},
    )
    assert response.status_code == 409
    page = response.content.decode()
    assert "This was changed while you were editing it, by someone else or by you" in page
    # The draft as saved is read before the boxes and the buttons (at 320 px, for a screen
    # reader), and what the leader wrote is kept in its box.
    saved = _read_before_the_buttons(page)
    assert "The consultant&#x27;s account" in saved
    assert "The leader&#x27;s account" not in saved
    assert re.search(r"<textarea[^>]*>\s*The leader&#x27;s account</textarea>", page)
    draft.refresh_from_db()
    assert draft.what_happened == "The consultant's account"
    # Saving again from the conflict page, on the version shown, replaces it.
    response = client.post(
        edit_url(draft),
        {"version": draft.version, "what_happened": "The leader's account", "save_draft": ""},
    )
    assert response.status_code == 302
    draft.refresh_from_db()
    assert draft.what_happened == "The leader's account"


def test_submitting_an_older_month_does_not_overwrite_the_newer_rag(world, coral):
    leader = world.users["leader"]
    march = save_update_draft(
        trial=coral, month=MAR_2007, actor=leader, rag="green", what_happened="On track"
    )
    submit_update(update=march, actor=leader)
    february = save_update_draft(
        trial=coral, month=FEB_2007, actor=leader, rag="red", what_happened="Late"
    )
    submit_update(update=february, actor=leader)
    coral.refresh_from_db()
    assert (coral.latest_rag, coral.latest_update_month) == ("green", MAR_2007)
    # A draft for a newer month does not count until it is submitted.
    save_update_draft(trial=coral, month=datetime.date(2007, 4, 1), actor=leader, rag="red")
    coral.refresh_from_db()
    assert coral.latest_rag == "green"


def test_a_partner_reads_submitted_updates_but_never_drafts(world, coral, client):
    draft = save_update_draft(
        trial=coral, month=FEB_2007, actor=world.users["leader"], what_happened="Half written"
    )
    signed_in(client, world.users["partner"])
    assert client.get(detail_url(world.update)).status_code == 200
    assert client.get(detail_url(draft)).status_code == 404
    assert client.get(edit_url(draft)).status_code == 404
    listing = client.get(list_url(coral)).content.decode()
    assert "January 2007" in listing and "February 2007" not in listing
    assert "Half written" not in listing
    assert client.get(create_url(coral)).status_code == 403


def row_of(listing, month):
    """The list's row of the update for `month` (its link's words, such as "January 2007")."""
    rows = listing.split('<tr class="govuk-table__row"')[1:]
    [row] = [r for r in rows if f">{month}</a>" in r]
    return row


NOT_READ = '<strong class="govuk-tag govuk-tag--blue govuk-!-margin-top-1">Not read yet</strong>'


def test_an_officer_sees_which_submitted_updates_no_officer_has_read_yet(world, coral, client):
    """Nothing in the list said which updates were waiting for an officer to read them."""
    leader, officer = world.users["leader"], world.users["officer"]
    unread = world.update  # January 2007, submitted
    assert unread.status == "submitted" and unread.read_at is None
    done = {"field_trial": coral, "status": "submitted", "author": leader, "rag": "green"}
    MonthlyUpdate.objects.create(
        **done, month=datetime.date(2006, 12, 1), read_at=timezone.now(), read_by=officer
    )
    MonthlyUpdate.objects.create(
        **done,
        month=datetime.date(2006, 11, 1),
        withdrawn_at=timezone.now(),
        withdrawn_reason="Sent twice",
    )
    save_update_draft(trial=coral, month=FEB_2007, actor=leader, what_happened="Half written")

    signed_in(client, officer)
    listing = client.get(list_url(coral)).content.decode()
    assert listing.count(NOT_READ) == 1
    assert NOT_READ in row_of(listing, "January 2007")
    assert "Updates no programme officer has read yet are marked “Not read yet”" in listing
    for month in ("February 2007", "December 2006", "November 2006"):
        assert "Not read yet" not in row_of(listing, month)
    # Marked read, it waits for nobody.
    mark_update_read(update=unread, actor=officer)
    assert NOT_READ not in client.get(list_url(coral)).content.decode()

    # Only those who mark updates read are shown it: not its team, nor a partner.
    MonthlyUpdate.objects.filter(pk=unread.pk).update(read_at=None, read_by=None)
    for persona in ("leader", "consultant", "partner"):
        signed_in(client, world.users[persona])
        listing = client.get(list_url(coral)).content.decode()
        assert "January 2007" in listing and "Not read yet" not in listing


def trial_url(trial):
    return reverse("fieldtrials:fieldtrial_detail", args=[trial.pk])


def test_a_draft_is_not_on_the_trial_page_for_a_partner_but_is_for_the_team(world, coral, client):
    draft = save_update_draft(
        trial=coral, month=FEB_2007, actor=world.users["leader"], what_happened="Half written"
    )
    signed_in(client, world.users["partner"])
    page = client.get(trial_url(coral)).content.decode()
    assert "January 2007" in page
    # Neither the draft's link nor its line in the change history.
    assert "February 2007" not in page and edit_url(draft) not in page
    assert client.get(detail_url(draft)).status_code == 404

    signed_in(client, world.users["leader"])
    page = client.get(trial_url(coral)).content.decode()
    assert "Finish the update for February 2007" in page
    assert "Leader Person saved the first draft of the monthly update for February 2007." in page
    assert "Half written" in client.get(detail_url(draft)).content.decode()
    assert "February 2007" in client.get(list_url(coral)).content.decode()


def test_once_submitted_the_partner_reads_it_and_its_history(world, coral, client):
    draft = save_update_draft(
        trial=coral, month=FEB_2007, actor=world.users["leader"], what_happened="Done", rag="green"
    )
    submit_update(update=draft, actor=world.users["leader"])
    signed_in(client, world.users["partner"])
    assert client.get(detail_url(draft)).status_code == 200
    page = client.get(trial_url(coral)).content.decode()
    assert "Leader Person submitted the monthly update for February 2007 (green)." in page
    assert "draft of the monthly update" not in page  # the draft: the team's working copy


def test_who_may_read_a_draft(world, coral):
    from fieldtrials.rules import visible_updates

    draft = save_update_draft(trial=coral, month=FEB_2007, actor=world.users["leader"])
    readers = {"leader", "consultant", "officer", "admin"}
    for persona, user in world.users.items():
        if user is None:
            continue
        may = persona in readers
        assert user.has_perm("fieldtrials.view_update", draft) is may, persona
        assert visible_updates(user).filter(pk=draft.pk).exists() is may, persona
    # A submitted update is read by whoever reads the trial.
    assert world.users["partner"].has_perm("fieldtrials.view_update", world.update)
    assert not world.users["outsider"].has_perm("fieldtrials.view_update", world.update)


def test_the_team_sees_its_drafts_in_the_list(world, coral, client):
    save_update_draft(
        trial=coral, month=FEB_2007, actor=world.users["leader"], what_happened="Half written"
    )
    signed_in(client, world.users["officer"])
    listing = client.get(list_url(coral)).content.decode()
    assert "February 2007" in listing and "Draft" in listing


def test_a_community_member_reads_quills_updates_but_cannot_post_one(world, client):
    quill = world.quill
    update = MonthlyUpdate.objects.create(
        field_trial=quill, month=JAN_2007, rag="green", status="submitted",
        what_happened="Quill's January", author=world.users["officer"],
    )  # fmt: skip
    signed_in(client, world.users["leader"])
    assert "Quill&#x27;s January" in client.get(list_url(quill)).content.decode()
    assert client.get(detail_url(update)).status_code == 200
    assert client.get(create_url(quill)).status_code == 403
    response = client.post(
        create_url(quill), {"month": f"{current_month():%Y-%m}", "save_draft": ""}
    )
    assert response.status_code == 403
    assert not MonthlyUpdate.objects.filter(field_trial=quill, status="draft").exists()


def make_updates(trial, author, count):
    month = current_month()
    for n in range(count):
        MonthlyUpdate.objects.create(
            field_trial=trial,
            month=add_months(month, -n - 1),
            rag=("green", "amber", "red")[n % 3],
            status="submitted",
            submitted_at=timezone.now(),
            what_happened=f"Update {n}",
            author=author,
        )
    MonthlyUpdate.objects.create(field_trial=trial, month=month, author=author)


def test_the_update_list_pages_by_25(world, client):
    make_updates(world.dune, world.users["leader"], 30)
    signed_in(client, world.users["partner"])
    first = client.get(list_url(world.dune)).content.decode()
    assert 'aria-label="Pages of monthly updates"' in first
    assert 'href="?page=2"' in first and "Monthly updates, newest first (30)" in first
    second = client.get(list_url(world.dune), {"page": "2"}).content.decode()
    assert "Update 29" in second and "Update 0<" not in second


@pytest.mark.parametrize("size", [5, 50])
def test_the_update_list_takes_the_same_queries_for_5_or_50(
    world, client, django_assert_num_queries, size
):
    trial = world.dune
    make_updates(trial, world.users["leader"], size)
    signed_in(client, world.users["officer"])
    client.get(list_url(trial))  # sessions and the like, once
    with django_assert_num_queries(9):  # the count of current updates among them
        response = client.get(list_url(trial))
    assert response.status_code == 200
    # Each submitted one says it is not read yet, from its own row.
    assert response.content.decode().count(NOT_READ) == min(size, PAGE_SIZE - 1)


@pytest.mark.parametrize("size", [5, 50])
def test_the_trial_pages_updates_take_the_same_queries_for_5_or_50(
    world, django_assert_num_queries, size
):
    trial = world.dune
    make_updates(trial, world.users["leader"], size)
    officer = world.users["officer"]
    # The permission (trial team, project officer), the latest, the drafts, the count.
    with django_assert_num_queries(4):
        updates = trial_updates(trial, officer)
    assert len(updates["latest"]) == min(size, 6)
    assert updates["current_draft"] is not None and updates["can_change"]
    assert updates["total"] == size + 1
    assert updates["missing_last_month"] is False


def test_the_trial_page_says_when_last_months_update_is_missing(world):
    trial = world.dune
    MonthlyUpdate.objects.create(
        field_trial=trial, month=add_months(current_month(), -2), rag="green",
        status="submitted", what_happened="Older", author=world.users["leader"],
    )  # fmt: skip
    for_partner = trial_updates(trial, world.users["partner"])
    assert for_partner["missing_last_month"] is True
    assert for_partner["drafts"] == [] and for_partner["can_change"] is False
    # A trial that ended long ago is not expected to report.
    trial.end_date = datetime.date(2008, 7, 31)
    trial.save()
    assert trial_updates(trial, world.users["partner"])["missing_last_month"] is False


def test_write_an_update_is_offered_only_while_a_month_has_none(world, coral, client):
    """A trial whose every month (from its start to its end) has its update, as a completed
    trial's has, is not offered "Write an update": the form would have no month to write."""
    from fieldtrials.tests.factories_records import MonthlyUpdateFactory

    coral.end_date = datetime.date(2006, 12, 31)  # September to December 2006: four months
    coral.save()
    coral.monthly_updates.all().delete()
    pages = [coral.get_absolute_url(), reverse("fieldtrials:update_list", args=[coral.pk])]
    signed_in(client, world.users["leader"])
    months = [datetime.date(2006, m, 1) for m in (9, 10, 11, 12)]
    for i, month in enumerate(months):
        for page in pages:
            assert create_url(coral) in client.get(page).content.decode(), (month, page)
        withdrawn = MonthlyUpdateFactory(field_trial=coral, month=month, status="submitted")
        if i == 0:  # a withdrawn update leaves its month free
            withdrawn.withdrawn_at = timezone.now()
            withdrawn.save()
            MonthlyUpdateFactory(field_trial=coral, month=month, draft=True)
    for page in pages:
        assert create_url(coral) not in client.get(page).content.decode(), page
    assert trial_updates(coral, world.users["leader"])["month_to_write"] is False
    assert trial_updates(coral, world.users["partner"])["month_to_write"] is False
    # Opened all the same (a link kept from before): it says so, rather than a form whose
    # every month is taken; the trial has ended, so no month is to come.
    response = client.get(create_url(coral))
    page = response.content.decode()
    assert response.status_code == 200 and "<select" not in page
    assert "Every month has its update" in page
    assert "Each of the 4 months this trial can report on, September 2006 to December" in page
    assert "Next month" not in page and list_url(coral) in page


def test_the_month_offered_first_follows_the_newest_update(world, coral, client):
    signed_in(client, world.users["leader"])
    page = client.get(create_url(coral)).content.decode()
    assert '<option value="2007-02" selected>' in page


def selected_months(page):
    """The months the month select opens on ("" for "Choose a month")."""
    return re.findall(r'<option value="([^"]*)" selected>', page)


def submitted(trial, month, actor):
    return submit_new_update(
        trial=trial, month=month, actor=actor, rag="green", what_happened="Done"
    )


def test_write_an_update_carries_on_with_this_months_draft_once_last_month_is_in(
    world, coral, client
):
    """Last month submitted and this month drafted: "Write an update" opens the draft, rather
    than a form set on last month that would be refused as already submitted."""
    leader = world.users["leader"]
    submitted(coral, add_months(current_month(), -1), leader)
    draft = save_update_draft(
        trial=coral, month=current_month(), actor=leader, what_happened="Half written"
    )
    signed_in(client, leader)
    response = client.get(create_url(coral))
    assert response.status_code == 302 and response["Location"] == edit_url(draft)
    assert "Half written" in client.get(response["Location"]).content.decode()


def test_a_month_with_an_update_is_never_the_one_the_form_opens_on(world, coral, client):
    leader = world.users["leader"]
    this_month, last_month = current_month(), add_months(current_month(), -1)
    signed_in(client, leader)
    # This month drafted and last month missing: the form opens on last month.
    draft = save_update_draft(
        trial=coral, month=this_month, actor=leader, rag="green", what_happened="Half"
    )
    page = client.get(create_url(coral)).content.decode()
    assert selected_months(page) == [f"{last_month:%Y-%m}"]
    # Both submitted: it opens on the newest month with no update, two months ago...
    submit_update(update=draft, actor=leader)
    submitted(coral, last_month, leader)
    two_ago = f"{add_months(this_month, -2):%Y-%m}"
    page = client.get(create_url(coral)).content.decode()
    assert selected_months(page) == [two_ago]
    assert f"{month_label(last_month)} (submitted)" in page
    # ...also when a reminder's link asks for a month submitted since.
    response = client.get(create_url(coral) + f"?month={last_month:%Y-%m}")
    assert selected_months(response.content.decode()) == [two_ago]


def test_when_every_month_has_an_update_it_says_so_and_a_post_is_refused(world, client):
    """A trial that began this month and has its update: the page says there is none to write
    until next month starts, and a post (from a form opened earlier) is refused."""
    leader, trial = world.users["leader"], world.coral
    trial.start_date = current_month()
    trial.end_date = None
    trial.save()
    submitted(trial, current_month(), leader)
    signed_in(client, leader)
    page = client.get(create_url(trial)).content.decode()
    assert "<select" not in page
    assert "The one month this trial can report on" in page
    assert "Next month's update can be written once next month starts" in page
    response = client.post(create_url(trial), {"month": "", "save_draft": ""})
    assert response.status_code == 400
    assert "Choose the month the update is about" in response.content.decode()


def test_a_submitted_update_leads_to_discussing_it_with_its_title_filled_in(world, coral, client):
    """A consultant reading a school's update found no way to answer it: the page leads to
    starting a discussion on the trial, titled after the update; a draft does not."""
    draft = save_update_draft(
        trial=coral, month=FEB_2007, actor=world.users["leader"], what_happened="Done", rag="green"
    )
    signed_in(client, world.users["officer"])
    assert "Start a discussion about this update" not in client.get(detail_url(draft)).text
    submit_update(update=draft, actor=world.users["leader"])
    page = client.get(detail_url(draft)).content.decode()
    link = re.search(r'href="([^"]+)">Start a discussion about this update</a>', page)
    assert link, "no way to discuss the update"
    form = client.get(link.group(1).replace("&amp;", "&")).content.decode()
    assert 'value="The update for February 2007"' in form
    signed_in(client, world.users["partner"])  # reads the update, may not post on the trial
    assert "Start a discussion about this update" not in client.get(detail_url(draft)).text


def test_the_discussions_started_from_an_update_are_listed_on_it(world, coral, client):
    """A consultant started a discussion about a school's update; the officer who opened
    the update to read it saw no sign of it, only another "Start a discussion" link."""
    from discussions.models import Thread
    from discussions.services import reply, start_thread

    update = submit_update(
        update=save_update_draft(
            trial=coral,
            month=FEB_2007,
            actor=world.users["leader"],
            what_happened="Done",
            rag="green",
        ),
        actor=world.users["leader"],
    )
    signed_in(client, world.users["consultant"])
    page = client.get(detail_url(update)).content.decode()
    link = re.search(r'href="([^"]+)">Start a discussion about this update</a>', page)
    response = client.post(
        link.group(1).replace("&amp;", "&"),
        {"title": "The update for February 2007", "body": "How did the timetable go?"},
    )
    assert response.status_code == 302
    thread = Thread.objects.get(title="The update for February 2007")
    assert thread.monthly_update == update and thread.field_trial == coral
    reply(thread=thread, actor=world.users["leader"], body="Better than we hoped.")
    start_thread(subject=coral, title="Another matter", body="Hello", actor=world.users["officer"])

    signed_in(client, world.users["officer"])
    page = client.get(detail_url(update)).content.decode()
    assert "Discussions about this update" in page
    assert f'href="{thread.get_absolute_url()}">The update for February 2007</a>' in page
    assert "Started by Consultant Person · 2 posts" in page
    assert "Another matter" not in page  # on the trial, but not about this update

    def count_queries():
        from django.db import connection
        from django.test.utils import CaptureQueriesContext

        with CaptureQueriesContext(connection) as captured:
            text = client.get(detail_url(update)).text
        return len(captured), text.count("Started by")

    before, listed = count_queries()
    assert listed == 1
    for number in range(3):
        start_thread(
            subject=coral,
            title=f"More {number}",
            body="Also",
            actor=world.users["consultant"],
            monthly_update=update,
        )
    assert count_queries() == (before, 4)  # one query for its discussions, however many


def _update_and_its_discussion(world, coral):
    from discussions.services import start_thread

    update = submit_update(
        update=save_update_draft(
            trial=coral,
            month=FEB_2007,
            actor=world.users["leader"],
            what_happened="Done",
            rag="green",
        ),
        actor=world.users["leader"],
    )
    thread = start_thread(
        subject=coral,
        title="The update for February 2007",
        body="How did the timetable go?",
        actor=world.users["consultant"],
        monthly_update=update,
    )
    return update, thread


def test_a_discussion_about_an_update_links_back_to_it_for_those_who_read_it(world, coral, client):
    """A discussion started from a monthly update did not say so on its own page: its
    readers had no way back to the update it was about. A draft taken back is not linked
    to those who may not read drafts."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from discussions.services import start_thread
    from fieldtrials.services.updates import take_back_update

    update, thread = _update_and_its_discussion(world, coral)
    plain = start_thread(
        subject=coral, title="Another matter", body="Hello", actor=world.users["consultant"]
    )
    about = (
        f'About the <a class="govuk-link" href="{detail_url(update)}">monthly update for '
        "February 2007</a>"
    )

    def read(user, discussion):
        signed_in(client, user)
        with CaptureQueriesContext(connection) as captured:
            page = client.get(discussion.get_absolute_url()).text
        return page, len(captured)

    for user in (world.users["officer"], world.users["partner"], world.users["leader"]):
        page, queries = read(user, thread)
        assert about in page, user
        assert "About the" not in read(user, plain)[0]
        # The update is read with the thread: no more queries than a discussion of nothing.
        assert queries <= read(user, plain)[1] + 1

    take_back_update(update=update, actor=world.users["leader"])  # a draft again
    assert about in read(world.users["leader"], thread)[0]  # their team's draft
    assert "About the" not in read(world.users["partner"], thread)[0]  # not theirs to read


def test_all_the_discussions_of_an_update_are_its_not_the_trials(world, coral, client):
    """Past the ten its page lists, "All the discussions" went to every discussion of the
    trial; it lists this update's, with a way to all of the trial's."""
    from discussions.services import start_thread
    from fieldtrials.views.updates import UPDATE_THREADS

    update, _ = _update_and_its_discussion(world, coral)
    for number in range(UPDATE_THREADS):
        start_thread(
            subject=coral,
            title=f"More {number}",
            body="Also",
            actor=world.users["consultant"],
            monthly_update=update,
        )
    start_thread(subject=coral, title="Another matter", body="Hello", actor=world.users["officer"])
    signed_in(client, world.users["officer"])
    page = client.get(detail_url(update)).text
    link = re.search(r'href="([^"]+)">All the discussions about this update</a>', page)
    assert link, "no link to the rest"
    listed = client.get(link.group(1).replace("&amp;", "&")).text
    caption = "Discussions about the monthly update for February 2007, most recent first"
    assert f"{caption} ({UPDATE_THREADS + 1})" in listed
    assert "Another matter" not in listed
    threads = reverse("discussions:thread_list", args=[coral.pk])
    assert f'href="{threads}">All discussions on {coral.title}</a>' in listed
    assert f'href="{detail_url(update)}">Back to the monthly update for February 2007</a>' in listed
    # A discussion started from this list is about the update too (it started one on the
    # trial): its title filled in and the update named.
    start = re.search(r'class="govuk-button" href="([^"]+)">Start a discussion</a>', listed)
    assert start and "update=" in start.group(1)
    form = client.get(start.group(1).replace("&amp;", "&")).text
    assert 'value="The update for February 2007"' in form
    # Without it, or naming an update that is not the trial's to read, all of the trial's.
    for query in ("", f"?update={update.pk + 1000}", "?update=x"):
        whole = client.get(f"{threads}{query}").text
        assert "Another matter" in whole and "Discussions, most recent first" in whole


def _read_before_the_buttons(page):
    """What a clash page shows under "The draft as saved", having checked that it comes
    after the error summary and before "Your version (not saved)", the boxes and the Save
    buttons."""
    start = page.index('id="saved-now"')
    end = page.index("</section>", start)
    assert "The draft as saved" in page[start:end]
    assert page.index("govuk-error-summary") < start
    yours = page.index("Your version (not saved)")
    assert end < yours < page.index('name="what_happened"') < page.index('name="save_draft"')
    assert yours < page.index('name="submit_update"')
    return page[start:end]


def test_the_update_form_says_who_reads_it_once_submitted_the_community_too(world, coral, client):
    """Coral shares the community of practice Rowan Community with Quill, whose team reads
    Coral's submitted updates (fieldtrials.rules): the form says so before the team writes."""
    from fieldtrials.tests.factories import FieldTrialMembershipFactory

    FieldTrialMembershipFactory(field_trial=world.objects["quill"])
    signed_in(client, world.users["leader"])
    page = html.unescape(re.sub(r"<[^>]+>", "", client.get(create_url(coral)).content.decode()))
    assert (
        "then, beyond the trial's members, the officers, consultants and partners of its "
        "project and its programme, and the teams of the other field trials in its community "
        "of practice Rowan Community (1 person) can read it, and you can take it back to "
        "change it only until an officer has read it. See who reads the trial."
        in " ".join(page.split())
    )
    assert "the project's officers and partners can then read it" not in page
