"""The tests' `load_demo` (nextpractice.testing.demo) and `world` (nextpractice.testing.fixtures)
put back exactly what was written the first time (nextpractice.testing.replay): every row of
every table, every file, and the database goes on as after a real load."""

import shutil
from pathlib import Path

import pytest
from django.db import connection, transaction

from accounts.models import User
from nextpractice.testing import demo, replay

pytestmark = pytest.mark.django_db


@pytest.fixture
def nothing_kept(monkeypatch):
    """This test's own store, so the first load here is the real command."""
    monkeypatch.setattr(replay, "_kept", {})


def test_what_is_put_back_is_what_the_command_wrote(nothing_kept, settings):
    if connection.vendor != "postgresql":
        pytest.skip("put back only on PostgreSQL; elsewhere every load is the command")
    start = transaction.savepoint()
    empty = replay.fingerprint()
    assert demo.load_demo() == "loaded"
    loaded = replay.fingerprint()
    files = replay._files()
    assert loaded != empty
    assert any(name.endswith(".pdf") for name in files), "the demo's reports are files"
    assert "demo.json" in files  # the banner's marker

    transaction.savepoint_rollback(start)
    shutil.rmtree(Path(settings.MEDIA_ROOT))
    assert replay.fingerprint() == empty

    assert demo.load_demo() == "put back"
    assert replay.fingerprint() == loaded
    assert replay._files() == files

    # Ids go on past the put-back rows, as after the command's own inserts.
    highest = User.objects.order_by("-pk").values_list("pk", flat=True).first()
    assert (
        User.objects.create_user(email="after-the-demo@example.org", full_name="After the demo").pk
        > highest
    )

    # From another starting point (here, a loaded demo), the command itself runs.
    assert demo.load_demo() == "loaded"


@pytest.mark.django_db(transaction=True)
def test_after_a_committing_test_the_demo_is_put_back_the_same():
    """A committing test (a browser test) ends with every table emptied and the content types
    and permissions made again under new ids; the demo loaded after it is put back all the
    same, and is what the command wrote from there."""
    if connection.vendor != "postgresql":
        pytest.skip("put back only on PostgreSQL; elsewhere every load is the command")
    from django.core.management import call_command

    def emptied():  # as Django's TransactionTestCase empties the tables after each test
        call_command("flush", interactive=False, verbosity=0, reset_sequences=False)

    emptied()
    demo.load_demo()  # the command, or what it wrote from here in an earlier test
    loaded = replay.fingerprint()
    emptied()
    assert demo.load_demo() == "put back"
    assert replay.fingerprint() == loaded


def test_a_world_put_back_is_the_world_built_and_each_test_has_its_own(nothing_kept):
    if connection.vendor != "postgresql":
        pytest.skip("put back only on PostgreSQL; elsewhere every world is built")
    from nextpractice.testing.fixtures import build_world

    start = transaction.savepoint()
    empty = replay.fingerprint()
    built, how = replay.replay("world", build_world)
    assert how == "ran"
    rows = replay.fingerprint()
    transaction.savepoint_rollback(start)
    assert replay.fingerprint() == empty

    again, how = replay.replay("world", build_world)
    assert how == "put back"
    assert replay.fingerprint() == rows
    assert {k: (type(o), o.pk, str(o)) for k, o in again.objects.items()} == {
        k: (type(o), o.pk, str(o)) for k, o in built.objects.items()
    }
    assert again.visible == built.visible and again.named == built.named
    assert again.users["leader"].pk == built.users["leader"].pk
    assert again.coral.project.programme.name == "Quartz Programme"

    # A test changing its world's objects leaves the next test's as they were built.
    again.coral.title = "Changed in memory"
    transaction.savepoint_rollback(start)
    third, _ = replay.replay("world", build_world)
    assert third.coral.title == "Coral Trial" and third.coral is not again.coral


def test_a_copy_of_what_was_kept_reads_the_database_again_where_the_original_would():
    """Each caller's copy is unpickled from what was kept, but a QuerySet in it is deep-copied
    instead: pickled, it would come back holding the rows of the first run."""
    people = User.objects.filter(email__endswith="@kept.example.org")
    kept = replay._kept_copy({"people": people, "who": User(email="one@kept.example.org")})
    User.objects.create_user(email="two@kept.example.org", full_name="Two")
    copied = replay._fresh_copy(kept)
    assert [u.email for u in copied["people"]] == ["two@kept.example.org"]
    assert copied["who"].email == "one@kept.example.org"
