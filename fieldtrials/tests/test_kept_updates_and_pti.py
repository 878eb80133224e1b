"""Monthly updates and Power to Innovate requests are kept records (nextpractice/records):
withdrawn with a reason (an update by the project's officers only), after which they stop
counting and cannot move on; corrected while drafts under the stale-edit guard; exported
from their declarations; and a trial's list downloads are the kit's."""

import csv
import datetime
import io

import pytest
from django.urls import reverse
from openpyxl import load_workbook

from accounts.models import Event
from fieldtrials.models import Milestone, MonthlyUpdate, PowerToInnovateRequest
from fieldtrials.selectors_records import pti_state_counts
from fieldtrials.services.updates import UpdateLocked, save_update_draft, take_back_update
from fieldtrials.workflow import check_completed, check_reporting
from nextpractice.records.kinds import record_kinds
from nextpractice.records.services import withdraw_record


def kit(action, slug, pk):
    return reverse(f"records:{action}", kwargs={"app": "fieldtrials", "kind": slug, "pk": pk})


def export(slug, trial, fmt="csv"):
    return reverse(
        "records:export", kwargs={"app": "fieldtrials", "kind": slug, "pk": trial.pk, "fmt": fmt}
    )


def read_csv(response):
    return list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))


def withdraw(client, slug, record, reason="Recorded twice"):
    return client.post(kit("withdraw", slug, record.pk), {"reason": reason})


@pytest.fixture
def officer(world, client):
    client.force_login(world.users["officer"])
    return world.users["officer"]


# --- Monthly updates ---------------------------------------------------------------------


def test_an_officer_withdraws_an_update_and_the_month_can_be_written_again(world, client, officer):
    update = world.update  # Coral's January 2007, submitted (amber)
    coral = world.coral
    coral.latest_rag, coral.latest_update_month = "amber", update.month
    coral.save(update_fields=["latest_rag", "latest_update_month"])
    assert withdraw(client, "update", update, "Sent for the wrong trial").status_code == 302
    update.refresh_from_db()
    assert update.is_withdrawn and update.withdrawn_by == officer
    coral.refresh_from_db()  # it no longer counts as the trial's latest update
    assert (coral.latest_rag, coral.latest_update_month) == ("", None)
    assert not check_reporting(coral)[0]
    again = save_update_draft(
        trial=coral, month=update.month, actor=world.users["leader"], what_happened="Again"
    )
    assert MonthlyUpdate.objects.current().get(field_trial=coral, month=update.month) == again
    page = client.get(reverse("fieldtrials:update_detail", args=[update.pk])).content.decode()
    assert "Sent for the wrong trial" in page  # its note, and its history's sentence
    assert "withdrew the monthly update" in page
    assert "Mark as read" not in page


def test_the_author_is_told_once_that_their_update_is_withdrawn_by_whom_and_why(
    world, client, officer
):
    """A head teacher whose update an officer withdrew was told nothing: the trial's page
    simply went back to the month before."""
    from accounts.models import Notification, NotificationKind

    update = world.update  # written by the leader
    assert withdraw(client, "update", update, "Sent for the wrong trial").status_code == 302
    told = Notification.objects.get(kind=NotificationKind.UPDATE_WITHDRAWN)
    assert told.recipient == update.author == world.users["leader"]
    assert "withdrew your monthly update for January 2007" in told.message
    assert "“Sent for the wrong trial”" in told.message
    assert told.url == reverse("fieldtrials:update_detail", args=[update.pk])
    client.force_login(world.users["leader"])
    assert "withdrew your monthly update" in client.get(reverse("accounts:notifications")).text


def test_the_author_told_of_the_withdrawal_is_told_once_that_it_is_restored(world, client, officer):
    """Restoring an update withdrawn by mistake told nobody: its author, told it no longer
    counted, went on thinking so."""
    from accounts.models import Notification, NotificationKind

    update = world.update  # written by the leader
    withdraw(client, "update", update, "Sent for the wrong trial")
    restore = kit("restore", "update", update.pk)
    assert client.post(restore, {"reason": "It was the right trial"}).status_code == 302
    assert client.post(restore, {"reason": "It was the right trial"}).status_code == 409
    told = Notification.objects.filter(kind=NotificationKind.UPDATE_WITHDRAWN).order_by("pk")
    assert [n.recipient for n in told] == [world.users["leader"]] * 2  # withdrawn, restored
    restored = told.last()
    assert "restored your monthly update for January 2007" in restored.message
    assert "“It was the right trial”" in restored.message
    assert "It counts again" in restored.message
    assert restored.url == reverse("fieldtrials:update_detail", args=[update.pk])


def test_withdrawing_an_update_locks_its_trial_first_as_submitting_does(world, officer):
    """Submitting locks the trial, then the update; a withdrawal that locked them the other
    way round could deadlock with it on PostgreSQL. (On SQLite, which takes no row locks,
    the same reads come in the same order.)"""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from fieldtrials.kinds import RECORD_KINDS
    from nextpractice.records.services import withdraw_record

    kind = next(k for k in RECORD_KINDS if k.slug == "update")
    with CaptureQueriesContext(connection) as queries:
        withdraw_record(kind=kind, record=world.update, actor=officer, reason="Twice")
    marker = "FOR UPDATE" if connection.vendor == "postgresql" else "SELECT"
    locks = [q["sql"] for q in queries if marker in q["sql"] and "FROM" in q["sql"]]
    tables = [
        name
        for sql in locks
        for name in ("fieldtrials_fieldtrial", "fieldtrials_monthlyupdate")
        if sql.split("FROM", 1)[1].lstrip().strip('"').startswith(name)
    ]
    assert tables[:2] == ["fieldtrials_fieldtrial", "fieldtrials_monthlyupdate"]


def test_only_the_projects_officers_withdraw_an_update(world, client):
    client.force_login(world.users["leader"])  # its author's team: writes it, may not withdraw
    assert withdraw(client, "update", world.update).status_code == 403
    assert not MonthlyUpdate.objects.get(pk=world.update.pk).is_withdrawn


def test_a_withdrawn_update_cannot_be_taken_back_or_marked_read(world, client, officer):
    update = world.update
    withdraw(client, "update", update)
    read = client.post(reverse("fieldtrials:update_mark_read", args=[update.pk]))
    assert read.status_code == 409 and "withdrawn" in read.content.decode()
    client.force_login(world.users["leader"])
    MonthlyUpdate.objects.filter(pk=update.pk).update(author=world.users["leader"])
    taken = client.post(reverse("fieldtrials:update_take_back", args=[update.pk]))
    assert taken.status_code == 409
    assert MonthlyUpdate.objects.get(pk=update.pk).status == "submitted"


def test_an_update_withdrawn_while_its_page_was_open_is_not_taken_back(world, officer):
    """Decided on the locked row: the author's click, read before the withdrawal, is refused
    (it had answered "is a draft again", changing nothing)."""
    seen = MonthlyUpdate.objects.get(pk=world.update.pk)  # as the page read it
    kind = record_kinds()[("fieldtrials", "update")]
    withdraw_record(kind=kind, record=world.update, actor=officer, reason="Twice")
    with pytest.raises(UpdateLocked, match="withdrawn on"):
        take_back_update(update=seen, actor=seen.author)
    assert MonthlyUpdate.objects.get(pk=seen.pk).status == "submitted"
    assert not Event.objects.filter(verb="fieldtrials.update_taken_back").exists()


def test_a_submitted_update_is_not_corrected_through_the_kit(world, client, officer):
    data = {"version": world.update.version, "rag": "red", "what_happened": "Rewritten"}
    response = client.post(kit("edit", "update", world.update.pk), data)
    assert response.status_code == 400
    assert "can no longer be changed" in response.content.decode()
    assert MonthlyUpdate.objects.get(pk=world.update.pk).what_happened == "Umber happenings"


def test_the_updates_export_leaves_withdrawn_ones_out(world, client, officer):
    feb = MonthlyUpdate.objects.create(
        field_trial=world.coral, month=datetime.date(2007, 2, 1), rag="green",
        status="submitted", what_happened="Fennel happenings", author=world.users["leader"],
    )  # fmt: skip
    withdraw(client, "update", world.update)
    rows = read_csv(client.get(export("update", world.coral)))
    assert rows[0][:3] == ["Month", "Status", "Red, amber or green"]
    assert [row[3] for row in rows[1:]] == [feb.what_happened]
    sheet = load_workbook(io.BytesIO(client.get(export("update", world.coral, "xlsx")).content))
    assert [[c.value for c in row][:4] for row in sheet.active.iter_rows()] == [
        row[:4] for row in rows
    ]


# --- Power to Innovate requests ----------------------------------------------------------


def test_a_withdrawn_request_stops_counting_and_cannot_move_on(world, client, officer):
    pti = world.pti  # Coral's, submitted
    Milestone.objects.filter(field_trial=world.coral).update(completed_on=datetime.date(2007, 1, 9))
    assert pti_state_counts(officer).get("submitted") == 1
    assert "Power to Innovate request is still open" in check_completed(world.coral)[1]
    assert withdraw(client, "power-to-innovate", pti, "Asked of the wrong body").status_code == 302
    pti.refresh_from_db()
    assert pti.is_withdrawn and not pti.is_open
    assert pti_state_counts(officer).get("submitted") is None
    assert "Power to Innovate" not in check_completed(world.coral)[1]
    advise = reverse("fieldtrials:pti_transition", args=[pti.pk, "advise"])
    refused = client.post(advise, {"advice": "Grant it"})
    assert refused.status_code == 409 and "withdrawn from the record" in refused.content.decode()
    page = client.get(reverse("fieldtrials:pti_detail", args=[pti.pk])).content.decode()
    assert (
        "withdrew the Power to Innovate request “Vetch Regulation”. Reason: Asked of the wrong "
        "body." in page
    )
    assert "Record the Innovation Unit" not in page.split('id="course"')[0]


def test_a_draft_request_is_corrected_through_the_kit_refusing_a_stale_save(world, client, officer):
    draft = PowerToInnovateRequest.objects.create(
        field_trial=world.coral, regulation="Hemlock Regulation", variation_sought="v", case="c"
    )
    # Changed on its own page meanwhile: a new version, which the kit's guard sees.
    from fieldtrials.services.records import history_token, update_pti

    update_pti(request=draft, actor=officer, based_on=history_token(draft),
               regulation="Hemlock Regulations 2006", variation_sought="v", case="c")  # fmt: skip
    typed = {"version": draft.version, "regulation": "Mine", "variation_sought": "v", "case": "c"}
    stale = client.post(kit("edit", "power-to-innovate", draft.pk), typed)
    assert stale.status_code == 409 and "Hemlock Regulations 2006" in stale.content.decode()
    draft.refresh_from_db()
    assert draft.regulation == "Hemlock Regulations 2006"
    fresh = client.post(
        kit("edit", "power-to-innovate", draft.pk), {**typed, "version": draft.version}
    )
    assert fresh.status_code == 302
    draft.refresh_from_db()
    assert draft.regulation == "Mine"


def test_a_submitted_request_stands_as_it_was_sent(world, client, officer):
    typed = {
        "version": world.pti.version,
        "regulation": "Mine",
        "variation_sought": "v",
        "case": "c",
    }
    response = client.post(kit("edit", "power-to-innovate", world.pti.pk), typed)
    assert response.status_code == 400 and "stands as it was sent" in response.content.decode()


# --- One download per kind of record -----------------------------------------------------


@pytest.mark.parametrize(
    ("name", "slug"),
    [("milestones", "milestone"), ("power-to-innovate", "power-to-innovate"),
     ("updates", "update")],
)  # fmt: skip
def test_a_trials_list_download_is_the_kits_download_of_its_kind(world, client, name, slug):
    client.force_login(world.users["partner"])  # reads the trial
    old = reverse("fieldtrials:fieldtrial_list_export", args=[world.coral.pk, name])
    response = client.get(old + "?format=xlsx")
    assert response.status_code == 302
    assert response["Location"] == export(slug, world.coral, "xlsx")
