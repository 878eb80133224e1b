"""Imports are for administrators only: the list filter and the permissions agree, and
a rule answers exactly True or False."""

import pytest
from django.contrib.auth.models import AnonymousUser
from django.utils import timezone

from directory.models import STALE_AFTER, OrganisationImport
from directory.rules import visible_imports, visible_people_imports
from directory.services import confirm_import, fail_stale_imports, preview_import
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
