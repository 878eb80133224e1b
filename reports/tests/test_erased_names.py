"""Reports made before a person's details were erased do not keep their name: each report of
the work they took part in has its PDF and web page deleted, a ready one is made again saying
"A former member" (once, however often the erasure is tried), and until then it cannot be
opened; a withdrawn or failed one keeps no file. Reports of other work are left as they are.
"""

import datetime
import re

import pytest
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.urls import reverse
from django.utils import timezone

from accounts.erasure import FORMER_MEMBER, erase_person
from accounts.models import Notification, Role, User
from accounts.tests.factories import UserFactory
from fieldtrials.tests.factories import FieldTrialFactory, FieldTrialMembershipFactory
from nextpractice.testing.races import at_once
from programmes.tests.factories import ProgrammeMembershipFactory
from reports.models import Report
from reports.services import request_report, withdraw_report
from reports.tasks import _attempt
from reports.tests.helpers import pdf_text
from reports.tests.test_jobs import broker_down, no_broker  # noqa: F401  (fixtures)

pytestmark = pytest.mark.django_db

NAME = "Wilhelmina Tarrant"


def said(report):
    """The words of `report`'s PDF and of its web page, each on one line."""
    report.refresh_from_db()
    with report.file.open("rb") as handle:
        pdf = " ".join(pdf_text(handle.read()).split())
    with report.page.open("rb") as handle:
        page = " ".join(handle.read().decode().split())
    return pdf, page


def stored(report):
    """The files in storage that are `report`'s, old or new (a name taken gets a suffix)."""
    from django.conf import settings

    mine = re.compile(rf"-{report.pk}(_\w+)?\.(pdf|html)$")
    return sorted(
        str(path.relative_to(settings.MEDIA_ROOT))
        for path in settings.MEDIA_ROOT.glob("reports/**/*")
        if mine.search(path.name)
    )


def kept(report):
    """The files `report` holds now."""
    report.refresh_from_db()
    return sorted(name for name in (report.file.name, report.page.name) if name)


@pytest.fixture
def story():
    """Wilhelmina is the consultant of Beacon Trial and asked for one of its reports; an
    officer asked for another. Harbour Trial, in another programme, is not her work."""
    her = UserFactory(full_name=NAME, email="wil.tarrant@school.example")
    trial = FieldTrialFactory(title="Beacon Trial", consultant=her)
    FieldTrialMembershipFactory(field_trial=trial, user=her, role=Role.CONSULTANT)
    officer = UserFactory(full_name="Olive Officer")
    ProgrammeMembershipFactory(programme=trial.project.programme, user=officer, role=Role.OFFICER)
    other = FieldTrialFactory(title="Harbour Trial")
    other_officer = UserFactory(full_name="Otto Officer")
    ProgrammeMembershipFactory(
        programme=other.project.programme, user=other_officer, role=Role.OFFICER
    )
    return {
        "her": her,
        "trial": trial,
        "officer": officer,
        "admin": UserFactory(is_staff=True, is_superuser=True),
        "officers": request_report(subject=trial, actor=officer)[0],
        "hers": request_report(subject=trial, actor=her)[0],
        "project": request_report(subject=trial.project, actor=officer)[0],
        "elsewhere": request_report(subject=other, actor=other_officer)[0],
    }


def erase(story, capture):
    with capture(execute=True):
        return erase_person(person=story["her"], actor=story["admin"])


def test_her_reports_are_made_again_saying_a_former_member_and_their_old_files_deleted(
    story, django_capture_on_commit_callbacks
):
    officers, hers = story["officers"], story["hers"]
    assert NAME in said(officers)[0] and NAME in said(hers)[0]  # as consultant, and asker
    made_at = {r.pk: r.finished_at for r in (officers, hers)}
    told = list(Notification.objects.filter(recipient=story["officer"]).values_list("pk"))

    done = erase(story, django_capture_on_commit_callbacks)

    assert done["reports_remade"] == 3  # the trial's two, and its project's
    for report in (officers, hers, story["project"]):
        pdf, page = said(report)
        assert report.state == Report.State.READY
        assert "Tarrant" not in pdf and "Tarrant" not in page
        assert stored(report) == kept(report)  # the old PDF and page deleted
    assert "Consultant A former member" in said(officers)[0]
    assert f"asked for by {FORMER_MEMBER}" in said(hers)[0]
    # As it was made: dated when it was first made, and nobody told of it again.
    assert {r.pk: r.finished_at for r in (officers, hers)} == made_at
    assert list(Notification.objects.filter(recipient=story["officer"]).values_list("pk")) == told


def test_reports_of_other_work_are_left_as_they_were(story, django_capture_on_commit_callbacks):
    elsewhere = story["elsewhere"]
    before = (elsewhere.file.name, elsewhere.page.name)

    erase(story, django_capture_on_commit_callbacks)

    elsewhere.refresh_from_db()
    assert (elsewhere.file.name, elsewhere.page.name) == before
    assert default_storage.exists(before[0])
    assert elsewhere.names_erased_at is None


def test_erasing_her_twice_makes_each_report_again_once(story, django_capture_on_commit_callbacks):
    erase(story, django_capture_on_commit_callbacks)
    officers = Report.objects.get(pk=story["officers"].pk)
    made = (officers.file.name, officers.names_erased_at)

    assert erase(story, django_capture_on_commit_callbacks) is None

    officers.refresh_from_db()
    assert (officers.file.name, officers.names_erased_at) == made
    assert default_storage.exists(made[0])


@pytest.mark.django_db(transaction=True)
def test_two_erasures_of_her_at_once_make_each_report_again_once(story):
    """Run on PostgreSQL: her row's lock lets one erasure through, which sends the jobs."""
    results, errors = at_once([lambda: erase_person(person=story["her"], actor=story["admin"])] * 2)
    assert errors == []
    assert sorted(r is None for r in results) == [False, True]
    for report in (story["officers"], story["hers"]):
        # Made again once: its PDF and page, and no other drawing kept.
        assert stored(report) == kept(report) and len(kept(report)) == 2
        assert "Tarrant" not in said(report)[0]


@pytest.mark.django_db(transaction=True)
def test_two_people_named_in_one_report_erased_at_once_are_both_gone_from_it(story):
    """Whichever order the erasures and the job making the report again take, the report
    kept names neither: a drawing made while the other erasure ran is drawn again."""
    him = UserFactory(full_name="Barnaby Quill")
    FieldTrialMembershipFactory(field_trial=story["trial"], user=him, role=Role.PRACTITIONER)
    report, _ = request_report(subject=story["trial"], actor=him)
    assert "Barnaby Quill" in said(report)[0]

    _, errors = at_once(
        [
            lambda: erase_person(person=story["her"], actor=story["admin"]),
            lambda: erase_person(person=him, actor=story["admin"]),
        ]
    )

    assert errors == []
    report.refresh_from_db()
    assert report.state == Report.State.READY
    pdf, page = said(report)
    assert "Tarrant" not in pdf and "Quill" not in pdf
    assert "Tarrant" not in page and "Quill" not in page


def test_a_drawing_made_while_someone_it_names_is_erased_is_drawn_again(
    story, django_capture_on_commit_callbacks
):
    """The job had read the report before the erasure moved its `names_erased_at` on: what it
    drew then is not kept, and it draws again."""
    report = Report.objects.create(field_trial=story["trial"], requested_by=story["officer"])
    drawing = Report.objects.select_related("field_trial", "requested_by").get(pk=report.pk)
    # What her erasure does meanwhile, as far as this report is concerned.
    User.objects.filter(pk=story["her"].pk).update(full_name=FORMER_MEMBER)
    Report.objects.filter(pk=report.pk).update(names_erased_at=timezone.now())

    with django_capture_on_commit_callbacks(execute=True):
        assert _attempt(drawing) == (None, None)

    report.refresh_from_db()
    assert report.state == Report.State.READY
    assert drawing.names_erased_at == report.names_erased_at
    assert stored(report) == kept(report)  # the first drawing's files deleted
    assert "Consultant A former member" in said(report)[0]


def test_until_it_is_made_again_its_page_says_so_and_its_pdf_cannot_be_had(
    story, client, django_capture_on_commit_callbacks
):
    officers = story["officers"]
    old = officers.file.name
    with django_capture_on_commit_callbacks() as waiting:  # the jobs not sent yet
        erase_person(person=story["her"], actor=story["admin"])
    officers.refresh_from_db()
    assert officers.state == Report.State.REMAKING and not officers.file

    client.force_login(story["officer"])
    page = client.get(reverse("reports:report_page", args=[officers.pk]))
    assert page.status_code == 200
    text = " ".join(page.content.decode().split())
    assert "This progress report is being made again" in text
    assert "Someone it names has had their details erased" in text
    assert "Download the PDF" not in text
    download = client.get(reverse("reports:report_download", args=[officers.pk]))
    assert download.status_code == 302
    assert download.url == reverse("reports:report_page", args=[officers.pk])
    listed = client.get(officers.list_url)
    assert "Being made again" in listed.content.decode()
    assert reverse("reports:report_download", args=[officers.pk]) not in listed.content.decode()

    assert default_storage.exists(old)  # until the erasure is committed
    for callback in waiting:  # committed: the old files deleted, the job sent
        callback()
    officers.refresh_from_db()
    assert officers.state == Report.State.READY
    assert stored(officers) == kept(officers)
    assert "Tarrant" not in said(officers)[0]
    assert client.get(reverse("reports:report_download", args=[officers.pk])).status_code == 200


def test_a_withdrawn_report_and_a_failed_one_keep_no_file_and_are_not_made_again(
    story, client, django_capture_on_commit_callbacks
):
    withdrawn = story["officers"]
    withdraw_report(report=withdrawn, actor=story["officer"], reason="Entered by mistake")
    old = (withdrawn.file.name, withdrawn.page.name)
    failed = Report.objects.create(
        field_trial=story["trial"],
        requested_by=story["officer"],
        requested_at=timezone.now() - datetime.timedelta(days=2),
        state=Report.State.FAILED,
        file=ContentFile(b"%PDF- a file left behind", name="left.pdf"),
    )
    failed_file = failed.file.name

    erase(story, django_capture_on_commit_callbacks)

    withdrawn.refresh_from_db()
    failed.refresh_from_db()
    assert withdrawn.state == Report.State.READY and withdrawn.is_withdrawn
    assert (withdrawn.file.name, withdrawn.page.name) == ("", "")
    assert failed.state == Report.State.FAILED and not failed.file
    for name in (*old, failed_file):
        assert not default_storage.exists(name)
    # Its officers, who still open it, read why it has no PDF any more.
    client.force_login(story["officer"])
    page = " ".join(
        client.get(reverse("reports:report_page", args=[withdrawn.pk])).content.decode().split()
    )
    assert "Its PDF and web page were deleted on" in page
    assert "when someone it names had their details erased" in page
    assert client.get(reverse("reports:report_download", args=[withdrawn.pk])).status_code == 404


def test_who_asked_for_it_reads_a_former_member(story, client, django_capture_on_commit_callbacks):
    erase(story, django_capture_on_commit_callbacks)
    client.force_login(story["officer"])
    listed = client.get(
        reverse("reports:subject_reports", args=["trial", story["trial"].pk])
    ).content.decode()
    assert "Tarrant" not in listed
    row = listed.split(f'id="report-{story["hers"].pk}"')[1].split("</tr>")[0]
    assert FORMER_MEMBER in row


def test_a_report_made_again_whose_job_the_broker_refuses_fails_saying_so(
    story, django_capture_on_commit_callbacks, request
):
    request.getfixturevalue("no_broker")  # down once her reports are made
    erase(story, django_capture_on_commit_callbacks)
    officers = Report.objects.get(pk=story["officers"].pk)
    assert officers.state == Report.State.FAILED
    assert "made again without the name of a person whose details were erased" in (
        officers.failure_message
    )


def test_the_erasure_pages_say_what_becomes_of_reports(
    story, client, django_capture_on_commit_callbacks
):
    client.force_login(story["admin"])
    url = reverse("accounts:person_erase", args=[story["her"].pk])
    text = " ".join(client.get(url).content.decode().split())
    assert "Progress reports already made that may name them are made again" in text
    with django_capture_on_commit_callbacks(execute=True):
        done = client.post(url, follow=True)
    text = " ".join(done.content.decode().split())
    assert "3 progress reports that may name them are being made again without their name" in text
