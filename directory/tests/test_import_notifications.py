"""Whoever started an import is told when it has finished, with what it did, or that it
failed, with why: once, however often its job runs, with a link to its page."""

import pytest
from django.core.files.base import ContentFile
from django.urls import reverse
from django.utils import timezone

from accounts.models import Notification, NotificationKind, Role
from accounts.services import notification_kinds_for
from accounts.tests.factories import UserFactory
from directory.models import STALE_AFTER, OrganisationImport, PeopleImport
from directory.notices import tell_starters
from directory.people import confirm_people_import, fail_stale_people_imports
from directory.services import confirm_import, fail_stale_imports
from directory.tasks import (
    preview_import_job,
    preview_people_import_job,
    run_import_job,
    run_people_import_job,
)
from fieldtrials.tests.factories import FieldTrialMembershipFactory
from programmes.tests.factories import ProgrammeMembershipFactory

from .factories import OrganisationImportFactory, PeopleImportFactory
from .gias_files import csv_bytes, establishment

pytestmark = pytest.mark.django_db
State = OrganisationImport.State
DONE, FAILED = NotificationKind.IMPORT_DONE, NotificationKind.IMPORT_FAILED


@pytest.fixture
def admin():
    return UserFactory(is_staff=True)


def told(kind=None):
    notes = Notification.objects.order_by("pk")
    if kind:
        notes = notes.filter(kind=kind)
    return list(notes.values_list("recipient__email", "kind", "key", "message", "url"))


def imported(item, confirmer):
    """Read, confirm and import `item`, each job delivered twice."""
    assert preview_import_job.delay(item.pk).get() == State.PREVIEWED
    assert preview_import_job.delay(item.pk).get() == State.PREVIEWED
    item.refresh_from_db()
    assert told() == []  # read, not yet imported
    assert confirm_import(organisation_import=item, actor=confirmer)
    assert run_import_job.delay(item.pk).get() == State.DONE
    assert run_import_job.delay(item.pk).get() == State.DONE
    item.refresh_from_db()
    return item


def test_a_finished_register_import_tells_its_starter_once_what_it_did(admin):
    item = imported(OrganisationImportFactory(requested_by=admin), admin)
    url = reverse("directory:import_detail", args=[item.pk])
    message = (
        "Your import of “gias_extract.csv” has finished: 292 organisations added, 0 changed, "
        "6 local authorities added, no problems."
    )
    assert told() == [(admin.email, DONE, f"organisationimport:{item.pk}", message, url)]
    # The job's ending told again (a retry after its work was saved): nobody told twice.
    assert tell_starters(item) == 0
    assert len(told()) == 1


def test_an_import_confirmed_by_another_administrator_tells_both(admin):
    other = UserFactory(is_staff=True)
    data = csv_bytes([establishment(1), establishment(2, **{"URN": "bad"})])
    item = imported(
        OrganisationImportFactory(
            requested_by=admin, file=ContentFile(data, name="gias_extract.csv")
        ),
        other,
    )
    assert item.problem_count == 1
    assert [(email, kind) for email, kind, *_ in told()] == [
        (admin.email, DONE),
        (other.email, DONE),
    ]
    assert told()[0][3].endswith(
        "1 organisation added, 0 changed, 1 local authority added, 1 problem."
    )


def test_a_file_that_cannot_be_read_tells_its_uploader_it_failed_and_why(admin):
    item = OrganisationImportFactory(
        requested_by=admin,
        file=ContentFile(b"nothing like the register\n", name="gias_extract.csv"),
    )
    assert preview_import_job.delay(item.pk).get() == State.FAILED
    assert preview_import_job.delay(item.pk).get() == State.FAILED
    item.refresh_from_db()
    [(email, kind, key, message, url)] = told()
    assert (email, kind, key) == (admin.email, FAILED, f"organisationimport:{item.pk}")
    assert message.startswith("Your import of “gias_extract.csv” could not be finished. ")
    assert item.failure_message in message
    assert url == reverse("directory:import_detail", args=[item.pk])


def test_an_import_whose_job_died_tells_its_starters_once_it_failed(admin):
    confirmer = UserFactory(is_staff=True)
    long_ago = timezone.now() - STALE_AFTER * 2
    OrganisationImportFactory(
        requested_by=admin,
        state=State.IMPORTING,
        requested_at=long_ago,
        confirmed_by=confirmer,
        confirmed_at=long_ago,
        import_started_at=long_ago,
    )
    assert fail_stale_imports() == 1
    assert fail_stale_imports() == 0
    notes = told(FAILED)
    assert [email for email, *_ in notes] == [admin.email, confirmer.email]
    assert all("did not finish" in message for *_, message, _ in notes)


def test_someone_no_longer_an_administrator_is_not_told(admin):
    item = OrganisationImportFactory(requested_by=admin)
    admin.is_staff = False
    admin.save()
    preview_import_job.delay(item.pk).get()
    item.refresh_from_db()
    item.state = State.FAILED
    item.save()
    assert tell_starters(item) == 0
    assert told() == []


@pytest.fixture
def programme_officer():
    officer = UserFactory()
    membership = ProgrammeMembershipFactory(user=officer, role=Role.OFFICER)
    return officer, membership.programme


def test_a_finished_people_import_tells_its_officer_once_with_a_link_to_it(programme_officer):
    officer, programme = programme_officer
    item = PeopleImportFactory(programme=programme, requested_by=officer)
    preview_people_import_job.delay(item.pk).get()
    item.refresh_from_db()
    assert confirm_people_import(people_import=item, actor=officer)
    assert run_people_import_job.delay(item.pk).get() == State.DONE
    assert run_people_import_job.delay(item.pk).get() == State.DONE
    notes = told(DONE)
    assert notes == [
        (
            officer.email,
            DONE,
            f"peopleimport:{item.pk}",
            "Your import of “people.csv” has finished: 1 person invited, 0 people added, "
            "1 problem.",
            reverse("directory:people_import_detail", args=[programme.pk, item.pk]),
        )
    ]
    item.refresh_from_db()
    assert tell_starters(item) == 0


def test_an_import_e_mails_subject_says_what_it_did_first(
    programme_officer, django_capture_on_commit_callbacks
):
    from django.core import mail

    officer, programme = programme_officer
    item = PeopleImportFactory(
        programme=programme,
        requested_by=officer,
        state=PeopleImport.State.DONE,
        counts={"invite": 4, "add": 1},
        problem_count=5,
    )
    with django_capture_on_commit_callbacks(execute=True):
        assert tell_starters(item) == 1
    assert [m.subject for m in mail.outbox] == [
        "Import of people.csv finished: 4 invited, 1 added, 5 problems"
    ]


def test_a_people_import_whose_job_died_says_it_failed(programme_officer):
    officer, programme = programme_officer
    long_ago = timezone.now() - STALE_AFTER * 2
    PeopleImportFactory(
        programme=programme,
        requested_by=officer,
        state=PeopleImport.State.PREVIEWING,
        requested_at=long_ago,
        started_at=long_ago,
    )
    assert fail_stale_people_imports() == 1
    assert fail_stale_people_imports() == 0
    [(email, kind, *_)] = told()
    assert (email, kind) == (officer.email, FAILED)


def test_only_those_who_may_import_are_asked_about_import_emails(programme_officer):
    officer, _ = programme_officer
    trial_member = FieldTrialMembershipFactory().user
    reader = UserFactory()
    staff = UserFactory(is_staff=True)
    import_kinds = {DONE, FAILED}
    assert import_kinds <= set(notification_kinds_for(officer))
    assert import_kinds <= set(notification_kinds_for(staff))  # with what reaches anyone
    assert set(notification_kinds_for(staff)) - import_kinds == set(notification_kinds_for(reader))
    assert not import_kinds & set(notification_kinds_for(trial_member))
    assert not import_kinds & set(notification_kinds_for(reader))


def test_the_email_settings_page_offers_import_notifications_to_an_administrator(client, admin):
    client.force_login(admin)
    page = client.get(reverse("accounts:notification_emails")).content.decode()
    assert "An import you started has finished" in page
    assert "An import you started could not be finished" in page
    response = client.post(reverse("accounts:notification_emails"), {"kinds": [DONE.value]})
    assert response.status_code == 302
    admin.refresh_from_db()
    assert FAILED.value in admin.email_muted_kinds and DONE.value not in admin.email_muted_kinds
