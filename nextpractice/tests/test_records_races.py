"""Two people acting on the same record at the same moment (PostgreSQL: real row locks).

Without the lock, both saves would read version 1 and both would be written, the second
silently overwriting the first; with it, the second waits, sees version 2 and is refused."""

import pytest

from accounts.models import Event, Role
from accounts.tests.factories import UserFactory
from nextpractice.records.kinds import record_kinds
from nextpractice.records.services import (
    RecordConflict,
    RecordNotWithdrawn,
    RecordWithdrawn,
    change_record,
    restore_record,
    withdraw_record,
)
from nextpractice.testing.races import at_once
from programmes.models import ProblemStatement
from programmes.tests.factories import ProgrammeMembershipFactory, ProjectFactory

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def statement_and_officers():
    project = ProjectFactory()
    officers = [UserFactory(), UserFactory()]
    for officer in officers:
        ProgrammeMembershipFactory(programme=project.programme, user=officer, role=Role.OFFICER)
    statement = ProblemStatement.objects.create(project=project, text="Original")
    return statement, officers


KIND = ("programmes", "problem-statement")


def test_two_saves_from_the_same_version_at_once_keep_one_and_refuse_the_other(
    statement_and_officers,
):
    statement, officers = statement_and_officers
    kind = record_kinds()[KIND]
    calls = [
        lambda actor=actor, text=text: change_record(
            kind=kind, record=statement, actor=actor, based_on=1, values={"text": text}
        )
        for actor, text in zip(officers, ("First", "Second"), strict=True)
    ]
    results, errors = at_once(calls)
    assert len(results) == 1
    assert [type(e) for e in errors] == [RecordConflict]
    statement.refresh_from_db()
    assert (statement.text, statement.version) == (results[0].text, 2)
    assert Event.objects.filter(verb="programmes.problem_statement_changed").count() == 1


def test_two_withdrawals_at_once_withdraw_once(statement_and_officers):
    statement, officers = statement_and_officers
    kind = record_kinds()[KIND]
    calls = [
        lambda actor=actor: withdraw_record(
            kind=kind, record=statement, actor=actor, reason="a duplicate"
        )
        for actor in officers
    ]
    results, errors = at_once(calls)
    assert len(results) == 1
    assert [type(e) for e in errors] == [RecordWithdrawn]
    assert Event.objects.filter(verb="programmes.problem_statement_withdrawn").count() == 1


def test_two_restores_at_once_restore_once(statement_and_officers):
    """Two clicks on Restore (or two officers): the row lock lets one through; the other
    finds it restored already and changes nothing."""
    statement, officers = statement_and_officers
    kind = record_kinds()[KIND]
    withdraw_record(kind=kind, record=statement, actor=officers[0], reason="by mistake")
    calls = [
        lambda actor=actor: restore_record(
            kind=kind, record=statement, actor=actor, reason="withdrawn by mistake"
        )
        for actor in officers
    ]
    results, errors = at_once(calls)
    assert len(results) == 1
    assert [type(e) for e in errors] == [RecordNotWithdrawn]
    statement.refresh_from_db()
    assert not statement.is_withdrawn and statement.version == 3
    assert Event.objects.filter(verb="programmes.problem_statement_restored").count() == 1
