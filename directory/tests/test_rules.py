"""Imports are for administrators only: the list filter and the permissions agree, and
a rule answers exactly True or False."""

from datetime import timedelta

import pytest
from django.contrib.auth.models import AnonymousUser
from django.urls import reverse
from django.utils import timezone

from directory.models import STALE_AFTER, STALE_MESSAGE, UNSTARTED_MESSAGE, OrganisationImport
from directory.rules import visible_imports, visible_people_imports
from directory.services import confirm_import, fail_import, fail_stale_imports, preview_import
from nextpractice.testing.fixtures import PERSONAS

from .factories import OrganisationImportFactory


@pytest.mark.parametrize("persona", PERSONAS)
def test_only_the_administrator_sees_and_manages_imports(world, persona):
    user = world.users[persona] or AnonymousUser()
    item = OrganisationImportFactory()
    allowed = persona == "admin"
    for perm in ("directory.view_import", "directory.manage_imports"):
        answer = user.has_perm(perm, item)
        assert answer is allowed, f"{persona} {perm}"
    assert visible_imports(user).filter(pk=item.pk).exists() is allowed


def test_staff_who_are_not_superusers_manage_imports_too(db):
    from accounts.tests.factories import UserFactory

    assert UserFactory(is_staff=True).has_perm("directory.manage_imports") is True
    assert UserFactory(is_staff=True, is_active=False).has_perm("directory.manage_imports") is False


def test_an_import_whose_job_died_is_shown_failed_and_does_not_block_the_next(db):
    admin = OrganisationImportFactory().requested_by
    long_ago = timezone.now() - STALE_AFTER * 2
    dead = OrganisationImportFactory(
        state=OrganisationImport.State.IMPORTING,
        requested_at=long_ago,
        confirmed_at=long_ago,
        import_started_at=long_ago,
    )
    assert dead.shown_state == OrganisationImport.State.FAILED
    assert "did not finish" in dead.shown_failure_message
    waiting = OrganisationImportFactory(requested_by=admin)
    preview_import(pk=waiting.pk)
    waiting.refresh_from_db()
    assert confirm_import(organisation_import=waiting, actor=admin) is True
    dead.refresh_from_db()
    assert dead.state == OrganisationImport.State.FAILED
    assert fail_stale_imports() == 0  # a second sweep fails none


def ago(**delta):
    return timezone.now() - timedelta(**delta)


@pytest.mark.parametrize("factory", ["organisations", "people"])
def test_an_import_waiting_for_a_worker_is_left_waiting_for_a_day_then_failed_saying_so(
    db, factory
):
    """A worker outage, or a queue of other jobs, fails no import still waiting: only one a job
    started is timed out after 30 minutes; one never started waits a day, and then is failed
    with a message that says so, not that a job stopped."""
    from directory.people import fail_stale_people_imports

    from .factories import PeopleImportFactory

    make, sweep = {
        "organisations": (OrganisationImportFactory, fail_stale_imports),
        "people": (PeopleImportFactory, fail_stale_people_imports),
    }[factory]
    State = OrganisationImport.State
    waiting_to_be_read = make(requested_at=ago(hours=23))
    waiting_to_be_imported = make(
        state=State.IMPORTING, requested_at=ago(hours=30), confirmed_at=ago(hours=23)
    )
    # (Organisations are imported one at a time: the started one is being read.)
    started = make(state=State.PREVIEWING, requested_at=ago(hours=2), started_at=ago(minutes=31))
    assert sweep() == 1
    started.refresh_from_db()
    assert (started.state, started.failure_message) == (State.FAILED, STALE_MESSAGE)
    for item in (waiting_to_be_read, waiting_to_be_imported):
        item.refresh_from_db()
        assert item.state != State.FAILED and item.shown_state == item.state
        assert item.is_working and item.shown_failure_message == ""
        assert item.waiting_since is not None  # its page says since when it has waited

    type(waiting_to_be_read).objects.filter(pk=waiting_to_be_read.pk).update(
        requested_at=ago(hours=24, minutes=1)
    )
    type(waiting_to_be_imported).objects.filter(pk=waiting_to_be_imported.pk).update(
        confirmed_at=ago(hours=24, minutes=1)
    )
    for item in (waiting_to_be_read, waiting_to_be_imported):
        item.refresh_from_db()
        assert item.shown_state == State.FAILED  # shown so before the sweep comes
        assert item.shown_failure_message == UNSTARTED_MESSAGE
    assert sweep() == 2
    assert sweep() == 0
    for item in (waiting_to_be_read, waiting_to_be_imported):
        item.refresh_from_db()
        assert (item.state, item.failure_message) == (State.FAILED, UNSTARTED_MESSAGE)


def test_an_import_a_job_starts_as_the_sweep_runs_is_left_to_the_job(db):
    from directory.models import stale

    item = OrganisationImportFactory(requested_at=ago(hours=25))
    condition = stale()
    assert OrganisationImport.objects.filter(condition).get() == item
    # Between the sweep's read and its update, a job claims the import.
    preview_import(pk=item.pk)
    assert not fail_import(
        pk=item.pk, message=UNSTARTED_MESSAGE, states=OrganisationImport.WORKING, only_if=condition
    )
    item.refresh_from_db()
    assert item.state == OrganisationImport.State.PREVIEWED


def test_the_page_of_an_import_no_job_started_says_since_when_it_has_waited(client, db):
    item = OrganisationImportFactory(requested_at=ago(minutes=6))
    client.force_login(item.requested_by)
    page = client.get(reverse("directory:import_detail", args=[item.pk])).content.decode()
    since = f"{timezone.localtime(item.requested_at):%H:%M}"
    assert f"Waiting since {since} for the background service: it may be busy or stopped." in page
    assert "The file is being read" not in page
    # A minute after it was asked for, it is simply being read.
    OrganisationImport.objects.filter(pk=item.pk).update(requested_at=ago(minutes=1))
    page = client.get(reverse("directory:import_status", args=[item.pk])).content.decode()
    assert "The file is being read" in page and "Waiting since" not in page


def test_confirming_while_an_import_waits_unstarted_sends_its_job_again(db):
    """Its job may have been lost with the broker's queue: it would hold the directory for a
    day. The one confirming is still told to wait; the import held up is made."""
    from directory.services import ImportBusy

    held = OrganisationImportFactory(requested_at=ago(hours=1))
    preview_import(pk=held.pk)
    OrganisationImport.objects.filter(pk=held.pk).update(
        state=OrganisationImport.State.IMPORTING, confirmed_at=ago(minutes=10)
    )
    other = OrganisationImportFactory(requested_by=held.requested_by)
    preview_import(pk=other.pk)
    other.refresh_from_db()
    with pytest.raises(ImportBusy):
        confirm_import(organisation_import=other, actor=other.requested_by)
    held.refresh_from_db()
    assert held.state == OrganisationImport.State.DONE
    other.refresh_from_db()
    assert other.state == OrganisationImport.State.PREVIEWED  # confirmed again, it imports
    assert confirm_import(organisation_import=other, actor=other.requested_by) is True


def test_the_sweep_of_dead_imports_runs_every_five_minutes(db):
    from django_celery_beat.models import PeriodicTask

    task = PeriodicTask.objects.get(task="directory.tasks.sweep_stale_imports")
    assert task.enabled
    assert (task.interval.every, task.interval.period) == (5, "minutes")


@pytest.mark.parametrize("persona", PERSONAS)
def test_a_programmes_officers_and_administrators_import_its_people(world, persona):
    from .factories import PeopleImportFactory

    user = world.users[persona] or AnonymousUser()
    quartz, onyx = world.objects["quartz"], world.objects["onyx_programme"]
    items = {p: PeopleImportFactory(programme=p) for p in (quartz, onyx)}
    may = {quartz: persona in {"officer", "admin"}, onyx: persona == "admin"}
    for programme, allowed in may.items():
        answer = user.has_perm("directory.import_people", programme)
        assert answer is allowed, f"{persona} {programme}"
        listed = visible_people_imports(user).filter(pk=items[programme].pk).exists()
        assert listed is allowed, f"{persona} sees the import of {programme}"
